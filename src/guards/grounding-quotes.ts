/**
 * The lines a hosted dream's sentences rest on. Anthropic's hosted Dreams cite the dream and the sessions it read,
 * never a line, so grounding (grounding.ts) had nothing to weigh their sentences against and an order no session
 * holds landed. The pass now reads those sessions and, for each sentence, finds the one quote of them that grounds
 * it best by the claude engine's rule (the user's words ground anything; anyone else's only the facts it states;
 * a failed call also that it failed), and cites it beside the dream. The guards then judge the edit as they judge
 * the claude engine's: the quote is verified at its line, its author read from the event it sits in. Choosing the
 * best quote is what a model choosing its own citations could do, so this is no weaker than that rule, and no
 * stronger either: an order padded with words of some turn of those sessions can still find that turn.
 */
import type { Edit, Evidence, MemoryFile, Session, SessionEvent } from '../model/index.js';
import { MIN_QUOTE_CHARS, normaliseQuote } from '../model/index.js';
import { collapseWhitespace } from '../memory/normalise.js';
import { authorOfEvent, isHostedDreamEvidence } from './evidence.js';
import { contentWords, groundedRatio, stemOf, stemsOf, type ContentWord } from './grounding.js';
import { sentencesOf } from './sentences.js';
import { groundingKnows, groundingSentences } from './wording.js';
import { citedWords, wordsOf } from './wording-words.js';

/** A quote longer than this is cut to its sentences: a reviewer reads it in the PR, and it grounds only its words. */
const MAX_QUOTE_CHARS = 300;
/** Text of one event weighed: a long log is cut, as the wording index cuts it. */
const MAX_EVENT_CHARS = 64_000;

interface Pending {
  content: ContentWord[];
  /** The share grounded with no quote, and the best found so far with one. */
  floor: number;
  best?: { ratio: number; evidence: Evidence };
}

/** Collects, over the sessions a hosted dream read, the best-grounding quote of every sentence its edits write. */
export class GroundingQuotes {
  private readonly pending = new Map<Edit, Pending[]>();
  /** Stems of the words some sentence needs grounded: a text holding none of them grounds nothing more. */
  private readonly needed = new Set<string>();

  constructor(edits: readonly Edit[], memory: readonly MemoryFile[]) {
    const known = groundingKnows(memory);
    for (const edit of edits) {
      if (typeof edit.after !== 'string' || !edit.evidence.some(isHostedDreamEvidence)) continue;
      const sentences = groundingSentences(edit.after).map(({ words }) => {
        const content = contentWords(words, known);
        return { content, floor: groundedRatio(content, new Set()) };
      });
      const open = sentences.filter((p) => p.floor < 1);
      for (const p of open) for (const w of p.content) if (!w.known) this.needed.add(w.stem);
      if (open.length > 0) this.pending.set(edit, open);
    }
  }

  observe(session: Session): void {
    if (this.needed.size === 0) return;
    for (const ev of session.events) {
      const text = quotable(ev);
      if (!text) continue;
      const whole = collapseWhitespace(text);
      if (!this.mayGround(whole)) continue;
      const author = authorOfEvent(session, ev);
      const at = { session: session.id, file: ev.origin.file, line: ev.origin.line, agent: session.agent };
      // Each sentence is read once; the whole of a short text grounds what its sentences ground together.
      const together = new Set<string>();
      for (const quote of quotesIn(whole)) {
        if (!this.mayGround(quote)) continue;
        const stems = stemsOf(citedWords([{ quote }], () => author));
        for (const x of stems) together.add(x);
        this.weigh(quote, stems, at);
      }
      const short = normaliseQuote(whole);
      if (short.length <= MAX_QUOTE_CHARS && short.length >= MIN_QUOTE_CHARS && together.size > 0) this.weigh(short, together, at);
    }
  }

  /** The edits with each sentence's quote cited after the dream's own evidence (new objects; the input is not changed). */
  edits(edits: readonly Edit[]): Edit[] {
    return edits.map((edit) => {
      const found = (this.pending.get(edit) ?? []).flatMap((p) => (p.best ? [p.best.evidence] : []));
      const fresh = found.filter((e, i) => found.findIndex((x) => x.line === e.line && x.file === e.file && x.quote === e.quote) === i);
      return fresh.length > 0 ? { ...edit, evidence: [...edit.evidence, ...fresh] } : edit;
    });
  }

  /** A cheap look-out before the full reading: whether the text holds a word whose stem some sentence needs. */
  private mayGround(text: string): boolean {
    return wordsOf(text).some((w) => this.needed.has(stemOf(w)));
  }

  private weigh(quote: string, stems: ReadonlySet<string>, at: Omit<Evidence, 'quote'>): void {
    for (const sentences of this.pending.values())
      for (const p of sentences) {
        const ratio = groundedRatio(p.content, stems);
        if (ratio > p.floor && ratio > (p.best?.ratio ?? 0)) p.best = { ratio, evidence: { ...at, quote } };
      }
  }
}

/** The text of an event that may be quoted: what someone said or printed, never a call's input (provenance reads those). */
function quotable(ev: SessionEvent): string | undefined {
  switch (ev.kind) {
    case 'user_prompt':
    case 'permission_denial':
    case 'tool_result':
    case 'assistant_text':
    case 'hook_block':
    case 'api_error':
    case 'environment_feedback':
      return ev.text.length > MAX_EVENT_CHARS ? ev.text.slice(0, MAX_EVENT_CHARS) : ev.text;
    default:
      return undefined;
  }
}

/** The sentences of a text (whitespace collapsed), each as the evidence guard will find it in the event. */
function quotesIn(whole: string): string[] {
  const out: string[] = [];
  for (const c of sentencesOf(whole)) {
    const q = normaliseQuote(c);
    if (q.length >= MIN_QUOTE_CHARS && q.length <= MAX_QUOTE_CHARS && whole.includes(q) && !out.includes(q)) out.push(q);
  }
  return out;
}
