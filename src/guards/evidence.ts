/**
 * Evidence guard: every cited event must exist and contain its quote. The index re-reads only the
 * cited transcript files, once each, and keeps only verdicts (not event text), so memory stays
 * bounded however large the transcripts are.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Edit, Evidence, Session, SessionEvent } from '../model/index.js';
import { collapseWhitespace } from '../memory/normalise.js';
import { resolvesInside, unsafeRepoPath } from './paths.js';
import type { EditCheck, GuardContext } from './types.js';
import { commitEvidenceReason } from './commit-evidence.js';
import {
  REPO_SESSION,
  GIT_SESSION,
  HOSTED_DREAM_PREFIX,
  MIN_QUOTE_CHARS,
  normaliseQuote,
  unplacedId,
  usersOwnWords,
} from '../model/index.js';

const MAX_REPO_FILE_BYTES = 2 * 1024 * 1024;

function stringLeaves(v: unknown, out: string[], depth = 0): void {
  if (depth > 8 || out.length > 256) return;
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringLeaves(x, out, depth + 1);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringLeaves(x, out, depth + 1);
}

/** Every text a quote may come from: the event's text, and for tool calls the input (as JSON and its strings). */
export function eventTexts(e: SessionEvent): string[] {
  switch (e.kind) {
    case 'tool_call': {
      const out = [e.name, e.command ?? ''];
      let json = '';
      try {
        json = JSON.stringify(e.input) ?? '';
      } catch {
        json = '';
      }
      out.push(json);
      stringLeaves(e.input, out);
      return out;
    }
    case 'compaction':
      return [e.summary];
    case 'subagent_link':
      return [e.description ?? ''];
    default:
      return [e.text];
  }
}

/** Who wrote a cited quote's words, as the transcript's structure tells (EvidenceIndex.quoteAuthor). */
export type QuoteAuthor = 'user' | 'failed call' | 'other';

/** Who wrote an event's words, by the event's place alone. */
export const authorOfEvent = (session: Pick<Session, 'parentId' | 'trust'>, ev: SessionEvent): QuoteAuthor =>
  usersOwnWords(session, ev) ? 'user' : ev.kind === 'tool_result' && !ev.ok && !ev.cascade ? 'failed call' : 'other';

const key = (file: string, session: string, line: number): string => `${file}\0${session}\0${line}`;

/**
 * What a re-read finds at one cited place for one quote, as bits (evidence-facts.ts works them out while the
 * pass holds the session). An event sits at the cited line of the cited session:
 */
export const AT_EVENT = 1;
/** One of them is a user turn or refusal told by wording alone (recordEventKind); */
export const UNVERIFIED_TURN = 2;
/** one of them is any other event; */
export const OTHER_EVENT = 4;
/** the quote, long enough to count, occurs in one of their texts; */
export const QUOTED = 8;
/** one event holding it is the user's own words; */
export const BY_USER = 16;
/** one event holding it is a failed call's result. */
export const BY_FAILED_CALL = 32;

interface Wanted {
  /** session id -> line -> normalised quotes */
  sessions: Map<string, Map<number, Set<string>>>;
  /** Every citation of the file with its facts (IndexEvidenceOptions.facts); undefined once one has none. */
  known: { at: { file: string; session: string; line: number; quote: string }; facts: number }[] | undefined;
}

export class EvidenceIndex {
  /** Cited (file, session, line) that exist, with the quotes verified there. */
  private readonly verified = new Map<string, Set<string>>();
  private readonly unreadable = new Map<string, string>();
  /** Cited places whose only event is a user turn the export cannot tell from text the agent printed. */
  private readonly unverifiedTurns = new Set<string>();
  private readonly otherEvents = new Set<string>();

  /** Who wrote each cited quote (key, then the quote) where it is the user or a failed call (QuoteAuthor). */
  private readonly authors = new Map<string, QuoteAuthor>();

  /** @internal used by indexEvidence; `author`: who wrote the event the quote was found in. */
  record(at: { file: string; session: string; line: number; quote?: string; author?: QuoteAuthor }): void {
    const k = key(at.file, at.session, at.line);
    let set = this.verified.get(k);
    if (!set) this.verified.set(k, (set = new Set()));
    if (at.quote === undefined) return;
    set.add(at.quote);
    const q = `${k}\0${at.quote}`;
    // Found in the user's words and in another event of the same line, the quote is the user's.
    if (at.author && at.author !== 'other' && this.authors.get(q) !== 'user') this.authors.set(q, at.author);
  }

  /**
   * Who wrote the words this evidence quotes: the user (a turn the guards trust, a rejection's feedback); a call
   * that failed (its result's text is a stranger's, the failure itself a fact of structure); or anyone else (a
   * tool's output, a reply, an unverified turn of an export, a subagent's brief).
   */
  quoteAuthor(e: Evidence): QuoteAuthor {
    return this.authors.get(`${key(e.file, e.session, e.line)}\0${normaliseQuote(e.quote)}`) ?? 'other';
  }

  /** @internal used by indexEvidence: what kind of event sits at a cited place. */
  recordEventKind(file: string, session: string, line: number, ev: SessionEvent): void {
    const k = key(file, session, line);
    // A refusal's words told by wording alone are a turn the transcript cannot attribute to the person, as an export's later turn.
    if ((ev.kind === 'user_prompt' || ev.kind === 'permission_denial') && ev.unverified) this.unverifiedTurns.add(k);
    else this.otherEvents.add(k);
  }

  /** Whether this evidence resolves only to unverified user turns or refusal words (UserPromptEvent.unverified, PermissionDenialEvent.unverified). */
  unverifiedTurn(e: Evidence): boolean {
    const k = key(e.file, e.session, e.line);
    return this.unverifiedTurns.has(k) && !this.otherEvents.has(k);
  }

  /**
   * @internal used by indexEvidence: what re-reading would record for `quote` at a place, from its facts (the
   * bits above), as record and recordEventKind record it event by event.
   */
  recordFacts(at: { file: string; session: string; line: number; quote: string }, facts: number): void {
    if ((facts & AT_EVENT) === 0) return;
    const k = key(at.file, at.session, at.line);
    this.record({ file: at.file, session: at.session, line: at.line });
    if (facts & UNVERIFIED_TURN) this.unverifiedTurns.add(k);
    if (facts & OTHER_EVENT) this.otherEvents.add(k);
    if ((facts & QUOTED) === 0) return;
    const author: QuoteAuthor = facts & BY_USER ? 'user' : facts & BY_FAILED_CALL ? 'failed call' : 'other';
    this.record({ ...at, author });
  }

  /** @internal used by indexEvidence */
  markUnreadable(file: string, reason: string): void {
    this.unreadable.set(file, reason);
  }

  /** Why this evidence does not resolve, or undefined when it does. */
  explain(e: Evidence): string | undefined {
    const where = `${e.file}:${e.line}`;
    const bad = this.unreadable.get(e.file);
    if (bad !== undefined) return `evidence ${where} cannot be read: ${bad}`;
    const quotes = this.verified.get(key(e.file, e.session, e.line));
    if (!quotes) return `evidence ${where} names no event of session ${e.session}`;
    if (!quotes.has(normaliseQuote(e.quote))) return `evidence quote does not occur in the event at ${where}`;
    return undefined;
  }

  verify(e: Evidence): boolean {
    return this.explain(e) === undefined;
  }
}

export interface IndexEvidenceOptions {
  /**
   * The transcript files (display paths) evidence may cite: those the pass read. Evidence naming any
   * other file (outside the repository, or a forged transcript the pass never saw) is refused without
   * opening it. Without it every cited file is read: callers outside the pipeline only.
   */
  files?: Pick<ReadonlySet<string>, 'has'>;
  /**
   * Evidence may name a session by the bare name it had before ids carried their file's place (unplacedId):
   * `dream why` explaining an edit merged then. Never in a pass: a session cited under two names would count
   * twice.
   */
  bareNames?: boolean;
  /**
   * What the pass's read found at the places its miners cited (evidence-facts.ts): a file all of whose citations
   * have facts is not read again.
   */
  facts?: { of(e: Evidence): number | undefined };
}

/** The names evidence may give a session read from its file: its id, and with bareNames the bare name it had. */
function namesOf(id: string, opts: IndexEvidenceOptions): string[] {
  const bare = opts.bareNames ? unplacedId(id) : id;
  return bare === id ? [id] : [id, bare];
}

/**
 * Reads one cited transcript's sessions. `cited` holds every line the file's evidence names: events on
 * other lines are never looked at, so a reader may leave their texts out (ReadOptions.cited).
 */
type CitedSessionReader = (file: string, cited: ReadonlySet<number>) => AsyncIterable<Session>;

export async function indexEvidence(
  edits: readonly Edit[],
  readSessions: CitedSessionReader,
  opts: IndexEvidenceOptions = {},
): Promise<EvidenceIndex> {
  const wanted = new Map<string, Wanted>();
  for (const edit of edits)
    for (const e of edit.evidence ?? []) {
      if (!e || e.session === REPO_SESSION || e.session === GIT_SESSION || typeof e.file !== 'string' || isHostedDreamEvidence(e)) continue;
      const w: Wanted = wanted.get(e.file) ?? { sessions: new Map(), known: [] };
      wanted.set(e.file, w);
      const lines = w.sessions.get(e.session) ?? new Map<number, Set<string>>();
      w.sessions.set(e.session, lines);
      const quotes = lines.get(e.line) ?? new Set<string>();
      lines.set(e.line, quotes);
      const quote = normaliseQuote(String(e.quote ?? ''));
      quotes.add(quote);
      const facts = w.known ? opts.facts?.of(e) : undefined;
      if (facts === undefined) w.known = undefined;
      else w.known?.push({ at: { file: e.file, session: e.session, line: e.line, quote }, facts });
    }
  const index = new EvidenceIndex();
  for (const file of [...wanted.keys()].sort()) {
    const w = wanted.get(file)!;
    if (opts.files && !opts.files.has(file)) {
      index.markUnreadable(file, 'not a transcript this pass read');
      continue;
    }
    if (w.known && !opts.bareNames) {
      for (const { at, facts } of w.known) index.recordFacts(at, facts);
      continue;
    }
    const cited = new Set([...w.sessions.values()].flatMap((lines) => [...lines.keys()]));
    try {
      for await (const session of readSessions(file, cited))
        for (const name of namesOf(session.id, opts)) {
          const lines = w.sessions.get(name);
          if (!lines) continue;
          for (const ev of session.events) {
            const quotes = lines.get(ev.origin.line);
            if (!quotes) continue;
            index.record({ file, session: name, line: ev.origin.line });
            index.recordEventKind(file, name, ev.origin.line, ev);
            const texts = eventTexts(ev).map(collapseWhitespace);
            const author = authorOfEvent(session, ev);
            for (const q of quotes)
              if (q.length >= MIN_QUOTE_CHARS && texts.some((t) => t.includes(q)))
                index.record({ file, session: name, line: ev.origin.line, quote: q, author });
          }
        }
    } catch (err) {
      index.markUnreadable(file, (err as Error).message);
    }
  }
  return index;
}

function repoEvidenceReason(e: Evidence, repoDir: string): string | undefined {
  const where = `${e.file}:${e.line}`;
  const abs = join(repoDir, e.file);
  const unsafe = unsafeRepoPath(e.file) ?? (resolvesInside(repoDir, abs) ? undefined : 'resolves outside the repository');
  if (unsafe) return `repo evidence ${where}: ${unsafe}`;
  try {
    if (statSync(abs).size > MAX_REPO_FILE_BYTES) return `repo evidence ${where}: file too large to verify`;
    const text = collapseWhitespace(readFileSync(abs, 'utf8'));
    const q = normaliseQuote(e.quote);
    if (q.length < MIN_QUOTE_CHARS || !text.includes(q)) return `repo evidence quote does not occur in ${e.file}`;
  } catch {
    return `repo evidence ${where}: file cannot be read`;
  }
  return undefined;
}

/**
 * Hosted Dreams cite the dream and the Managed Agents sessions it read, not transcript lines:
 * `{ session, file: 'anthropic-dreams:<dream id>', line: 0, quote: '' }`. Nothing local can verify
 * them, so they count only for the anthropic-dreams engine, whose edits come from the dream itself.
 */
const API_ID = /^[A-Za-z0-9_-]{1,128}$/;
export const isHostedDreamEvidence = (e: Evidence): boolean =>
  !!e &&
  typeof e.file === 'string' &&
  e.file.startsWith(HOSTED_DREAM_PREFIX) &&
  API_ID.test(e.file.slice(HOSTED_DREAM_PREFIX.length)) &&
  typeof e.session === 'string' &&
  API_ID.test(e.session) &&
  e.line === 0 &&
  e.quote === '';

const wellFormed = (e: Evidence): boolean =>
  !!e &&
  typeof e.session === 'string' &&
  e.session !== '' &&
  typeof e.file === 'string' &&
  e.file !== '' &&
  Number.isInteger(e.line) &&
  e.line >= 1 &&
  typeof e.quote === 'string' &&
  normaliseQuote(e.quote).length >= MIN_QUOTE_CHARS;

/**
 * Which part of a citation is malformed, named without its text: the quote may be a model's invention, and the
 * reason is shown with the refusal (model/withheld.ts UNFOUND_QUOTE_WORDS says why such words are not).
 */
function malformedPart(e: Evidence | null | undefined): string {
  if (!e || typeof e !== 'object') return 'not an object';
  if (typeof e.session !== 'string' || e.session === '') return 'no session';
  if (typeof e.file !== 'string' || e.file === '') return 'no file';
  if (!Number.isInteger(e.line) || e.line < 1) return 'no line';
  return `a quote shorter than ${MIN_QUOTE_CHARS} characters`;
}

export const evidenceGuard: EditCheck = (edit, ctx) => {
  const items = Array.isArray(edit.evidence) ? edit.evidence : [];
  if (items.length === 0) return 'edit has no evidence';
  // A hosted dream cites itself, and the pass adds the lines of its sessions its sentences rest on (hosted-evidence.ts).
  const hosted = ctx.engine === 'anthropic-dreams' ? items.filter(isHostedDreamEvidence) : [];
  if (hosted.length === items.length) return undefined;
  if (hosted.length > 0) return evidenceGuard({ ...edit, evidence: items.filter((e) => !isHostedDreamEvidence(e)) }, ctx);
  const malformed = items.find((e) => !wellFormed(e));
  if (malformed) return `malformed evidence: ${malformedPart(malformed)}`;
  const fromSessions = items.filter((e) => e.session !== REPO_SESSION && e.session !== GIT_SESSION);
  if (fromSessions.length === 0 && edit.op !== 'delete' && edit.op !== 'update')
    return `${edit.op} needs evidence from a session; repository evidence only supports removing or fixing stale entries`;
  // An entry quoting itself proves nothing: a deletion needs a session, a commit, or another entry.
  const before = normaliseQuote(edit.before ?? '');
  const selfOnly = (e: Evidence) => e.session === REPO_SESSION && e.file === edit.file && before.includes(normaliseQuote(e.quote));
  if (edit.op === 'delete' && before && items.every(selfOnly))
    return 'delete cites only the entry it deletes: no proof that it is stale or wrong';
  for (const e of items) {
    const reason = citationProblem(e, ctx);
    if (reason) return reason;
  }
  return undefined;
};

/** Why one citation does not hold: a transcript line (the index), a repository file, or a commit. */
function citationProblem(e: Evidence, ctx: Pick<GuardContext, 'repoDir' | 'evidence'>): string | undefined {
  if (e.session === REPO_SESSION) return repoEvidenceReason(e, ctx.repoDir);
  if (e.session === GIT_SESSION) return commitEvidenceReason(e, ctx.repoDir);
  return ctx.evidence?.explain(e);
}

/**
 * A refused edit with each citation that does not hold marked (Evidence.unfound), whatever the engine wrote there:
 * a model may invent a quote, and the PR lists a refused edit's evidence (a lesson that needs a human decision), where
 * the words no session holds would read as evidence. A hosted dream's citation quotes nothing and is left as it is;
 * so is a malformed one, which holds no quote to show. A new edit.
 */
export function markUnfoundQuotes(edit: Edit, ctx: Pick<GuardContext, 'repoDir' | 'evidence'>): Edit {
  const evidence = (Array.isArray(edit.evidence) ? edit.evidence : []).map((e) => {
    if (!e || typeof e !== 'object') return e;
    const { unfound: _, ...rest } = e;
    const shows = wellFormed(e) && !isHostedDreamEvidence(e);
    return shows && citationProblem(e, ctx) !== undefined ? { ...rest, unfound: true as const } : rest;
  });
  return { ...edit, evidence };
}
