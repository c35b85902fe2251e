/**
 * User corrections and standing instructions. Precision matters more than recall here: a pasted
 * task description full of "always" and "never" is not a lesson, so long or code-laden prompts
 * are ignored and only sentence-initial imperatives count.
 */
import type { Session, SessionEvent } from '../transcripts/session.js';
import type { MemoryEntry } from '../edits/types.js';
import type { Signal } from './types.js';
import { contentWords, jaccard } from './normalize.js';
import { evidenceFor } from './evidence.js';

const MAX_PROMPT = 600;
const MAX_SENTENCE = 220;

const NEG = /^(?:please\s+)?(?:don'?t|do not|never|stop|avoid)\s+\w+/i;
const POS = /^(?:please\s+)?always\s+\w+/i;
const FROM_NOW_ON = /^(?:and\s+)?from now on,?\s+\w+/i;
const PREFER = /^(?:please\s+)?(?:use|run|call|prefer)\s+(.+?),?\s+(?:not|instead of|rather than)\s+(.+?)[.!]?$/i;
const DONT_USE_USE = /^(?:please\s+)?(?:don'?t|do not|never)\s+use\s+(.+?)[,;]\s*(?:use|but use|just use)\s+(.+?)[.!]?$/i;
const AFTER_REJECTION = /^(?:please\s+)?(?:use|run|keep|put|call|only|just|first)\s+\w+/i;
/** Words that make an instruction about this moment, not a standing rule ("don't commit yet"). */
const TRANSIENT = /\b(for now|yet|this time|right now|at the moment|today|anymore|never ?mind|worry|bother|for this (task|pr|change|session)|until I|before I)\b/i;
const BOILERPLATE = /^(<|\[Request interrupted|#|Caveat:|This session is being continued)/;

export interface Instruction {
  event: SessionEvent;
  sentence: string;
  lesson: string;
  signature: string;
  /** For "use X, not Y": the preferred and the rejected thing. */
  prefer?: { use: string; not: string };
}

function usablePrompt(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_PROMPT || t.includes('```')) return false;
  if (BOILERPLATE.test(t) || /AGENTS\.md instructions|<command-|<environment_context>/.test(t)) return false;
  return t.split(/\r?\n/).filter((l) => l.trim()).length <= 6;
}

/** Sentences as verbatim slices of the text, so they can be quoted. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\r?\n+/)
    .map((s) => s.trim().replace(/^[-*]\s+/, ''))
    .filter((s) => s.length > 0);
}

function cleanLesson(sentence: string): string {
  let s = sentence
    .replace(/^(?:please|also|and|ok(?:ay)?|no)[,!]?\s+/i, '')
    .replace(/^from now on,?\s+/i, '')
    .replace(/^(?:please)\s+/i, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!]$/.test(s) ? s.replace(/!$/, '.') : `${s}.`;
}

const bare = (s: string) => s.replace(/[`'"]/g, '').trim();
const words = (s: string) => contentWords(s).sort().join(' ');

export function extractInstructions(text: string, event: SessionEvent, afterRejection: boolean): Instruction[] {
  if (!usablePrompt(text)) return [];
  const out: Instruction[] = [];
  for (const sentence of sentences(text)) {
    if (sentence.length > MAX_SENTENCE || sentence.endsWith('?') || TRANSIENT.test(sentence)) continue;
    const pref = DONT_USE_USE.exec(sentence);
    const prefer = pref ? { use: bare(pref[2] ?? ''), not: bare(pref[1] ?? '') } : undefined;
    const p2 = prefer ? undefined : PREFER.exec(sentence);
    const pr = prefer ?? (p2 ? { use: bare(p2[1] ?? ''), not: bare(p2[2] ?? '') } : undefined);
    if (pr && pr.use && pr.not && pr.use.split(/\s+/).length <= 6 && pr.not.split(/\s+/).length <= 6) {
      out.push({
        event,
        sentence,
        lesson: cleanLesson(sentence),
        signature: `prefer|${words(pr.use)}>${words(pr.not)}`,
        prefer: pr,
      });
      continue;
    }
    const neg = NEG.test(sentence);
    const pos = POS.test(sentence) || FROM_NOW_ON.test(sentence) || (afterRejection && AFTER_REJECTION.test(sentence));
    if (!neg && !pos) continue;
    const cw = words(sentence);
    if (cw.split(' ').length < 2) continue;
    out.push({ event, sentence, lesson: cleanLesson(sentence), signature: `${neg ? 'neg' : 'pos'}|${cw}` });
  }
  return out;
}

/** The text a rejection carried: Claude Code appends what the user said after its boilerplate. */
function rejectionText(text: string): string {
  const m = /user said:\s*([\s\S]+)$/i.exec(text);
  if (m) return (m[1] ?? '').trim();
  return /doesn't want to proceed|tool use was rejected/i.test(text) ? '' : text.trim();
}

const hasWord = (text: string, w: string) =>
  new RegExp(`(^|[^\\w-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'i').test(text);

/** Entry words are needed for every instruction of every session: compute them once per entry. */
const entryWordCache = new WeakMap<MemoryEntry, string[]>();
function entryWords(entry: MemoryEntry): string[] {
  let w = entryWordCache.get(entry);
  if (!w) entryWordCache.set(entry, (w = contentWords(entry.text)));
  return w;
}

/** The memory entry an instruction corrects: it recommends what the user just rejected. */
export function correctedEntries(ins: Instruction, entries: readonly MemoryEntry[]): MemoryEntry[] {
  const out: MemoryEntry[] = [];
  const sentenceWords = contentWords(ins.sentence);
  for (const entry of entries) {
    if (entry.kind === 'heading') continue;
    if (ins.prefer) {
      if (hasWord(entry.text, ins.prefer.not) && !hasWord(entry.text, ins.prefer.use)) out.push(entry);
      continue;
    }
    if (ins.signature.startsWith('neg|') && !/\b(not|never|don'?t|avoid)\b/i.test(entry.text)) {
      if (jaccard(sentenceWords, entryWords(entry)) >= 0.5) out.push(entry);
    }
  }
  // A correction that contradicts half of memory is a change of direction, not a fix to one entry.
  return out.length <= 3 ? out : [];
}

export function mineInstructions(session: Session, entries: readonly MemoryEntry[]): Signal[] {
  const out: Signal[] = [];
  let rejectedAt = -Infinity;
  session.events.forEach((e, i) => {
    let found: Instruction[] = [];
    if (e.kind === 'interrupt') rejectedAt = i;
    else if (e.kind === 'tool_result' && !e.ok && /doesn't want to proceed|tool use was rejected/i.test(e.text)) rejectedAt = i;
    else if (e.kind === 'permission_denial') {
      rejectedAt = i;
      const said = rejectionText(e.text);
      // A bare rejection says nothing to learn; only the words that came with it do.
      if (said && e.text.includes(said)) found = extractInstructions(said, e, true);
    } else if (e.kind === 'user_prompt') {
      found = extractInstructions(e.text, e, i - rejectedAt <= 3);
    }
    for (const ins of found) {
      const corrected = correctedEntries(ins, entries);
      const evidence = [evidenceFor(session, ins.event, ins.sentence)];
      const pref = ins.prefer ? { failed: ins.prefer.not, fixed: ins.prefer.use } : {};
      if (corrected.length === 0) {
        out.push({ kind: 'instruction', sessionId: session.id, agent: session.agent, signature: ins.signature, summary: `User said: "${ins.sentence}"`, lesson: ins.lesson, ...pref, evidence });
      }
      for (const entry of corrected) {
        out.push({
          kind: 'memory_failure',
          sessionId: session.id,
          agent: session.agent,
          signature: `mem|${entry.id}|${ins.signature}`,
          summary: `User corrected memory: "${ins.sentence}"`,
          lesson: ins.lesson,
          ...pref,
          memoryEntryId: entry.id,
          evidence,
        });
      }
    }
  });
  return out;
}
