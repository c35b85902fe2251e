/**
 * What the evidence guard's re-read of a transcript would find at a place a miner cited, worked out while the
 * pass holds the session it read from that file. indexEvidence re-read every cited file after the engine: on
 * 1,000 generated sessions whose recurring lessons cite nearly every file, that second read was a sixth of the
 * pass's time.
 *
 * The facts are made by the guard's own code (eventTexts, authorOfEvent, the quote's normal form) from the
 * events the reader built, never taken from a miner's word; they are bound to the evidence object they were
 * made for, and to its file, session, line and quote as they were then, so an engine's own citation (a new
 * object) or one changed since is verified by re-reading, as before. A file is read again whenever any of its
 * citations has no facts.
 */
import type { Evidence, Session, SessionEvent } from '../model/index.js';
import { MIN_QUOTE_CHARS, normaliseQuote } from '../model/index.js';
import { collapseWhitespace } from '../memory/normalise.js';
import { AT_EVENT, BY_FAILED_CALL, BY_USER, OTHER_EVENT, QUOTED, UNVERIFIED_TURN, authorOfEvent, eventTexts } from './evidence.js';

/** Who could have written the session's user turns, as its reader said: the re-read applies no source's trust. */
export type ReadTrust = Pick<Session, 'parentId' | 'trust'>;

/**
 * The facts (evidence.ts's bits) re-reading `file` would record for each of `evidence`, in order; -1 for evidence that
 * cites another file or session (left to the re-read). `read` is the session's trust as its reader set it.
 */
export function readFacts(session: Session, o: { file: string; read: ReadTrust }, evidence: readonly Evidence[]): number[] {
  let byLine: Map<number, SessionEvent[]> | undefined;
  const out: number[] = [];
  for (const e of evidence) {
    if (e.file !== o.file || e.session !== session.id) {
      out.push(-1);
      continue;
    }
    if (!byLine) {
      byLine = new Map();
      for (const ev of session.events) {
        const at = byLine.get(ev.origin.line);
        if (at) at.push(ev);
        else byLine.set(ev.origin.line, [ev]);
      }
    }
    const q = normaliseQuote(String(e.quote ?? ''));
    let facts = 0;
    for (const ev of byLine.get(e.line) ?? []) {
      facts |= AT_EVENT;
      facts |= (ev.kind === 'user_prompt' || ev.kind === 'permission_denial') && ev.unverified ? UNVERIFIED_TURN : OTHER_EVENT;
      if (q.length < MIN_QUOTE_CHARS || !eventTexts(ev).some((t) => collapseWhitespace(t).includes(q))) continue;
      facts |= QUOTED;
      const author = authorOfEvent(o.read, ev);
      if (author === 'user') facts |= BY_USER;
      else if (author === 'failed call') facts |= BY_FAILED_CALL;
    }
    out.push(facts);
  }
  return out;
}

interface Vouched {
  facts: number;
  file: string;
  session: string;
  line: number;
  quote: string;
}

/** The facts of the evidence objects the pass's miners made, by object (see the module comment). */
export class EvidenceFacts {
  private readonly byEvidence = new WeakMap<Evidence, Vouched>();

  /** Binds each evidence of `signals` (in order) to its facts from readFacts; -1 binds nothing. */
  vouch(evidence: Iterable<Evidence>, facts: readonly number[]): void {
    let k = 0;
    for (const e of evidence) {
      const f = facts[k++];
      if (f === undefined) return;
      if (f < 0) continue;
      this.byEvidence.set(e, { facts: f, file: e.file, session: e.session, line: e.line, quote: e.quote });
    }
  }

  /** The facts of `e`, when it is an object they were made for and still cites what it cited then. */
  of(e: Evidence): number | undefined {
    const v = this.byEvidence.get(e);
    return v && v.file === e.file && v.session === e.session && v.line === e.line && v.quote === e.quote ? v.facts : undefined;
  }
}
