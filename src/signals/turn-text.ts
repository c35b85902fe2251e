/**
 * The text of a user turn as the instruction miners read it (mine-instructions.ts, turn-instructions.ts): whether it
 * is the user's at all, its sentences as verbatim slices (for quotes), the keys a rule clusters on, and the words
 * around a rule that are not the rule (a leading interjection, a reason stated as a fact).
 */
import { contentWords } from './normalize.js';
import { meaningStems } from './similar.js';
import { MAX_MESSAGE, shortOwnText } from './own-sections.js';
import { INTENSIFIER_STEMS, withoutFrames } from './rule-frames.js';

/**
 * A statement of fact right after a preference is its reason ("The lockfile is package-lock.json."),
 * when it is about the repository (a file, a dependency, a limit): "The tests are failing." is not.
 */
export const REASON = /^(?:the|this|our|it)\b[^?]{3,100}\b(?:is|are|uses?|has|lives?|needs?)\b[^?]*[.!]$/i;
export const REASON_TOPIC =
  /\b[\w-]+\.(?:json|ya?ml|toml|lock|lockb|txt|cfg|ini)\b|\b(?:lockfile|dependenc(?:y|ies)|installed|config(?:ured)?|budget|deprecated|supported|requires?|version)\b/i;
/** Leading interjections that do not change an instruction ("No, don't use yarn here."). */
export const INTERJECTION = /^(?:no|nope|ok(?:ay)?|also|and|actually)[,!]?\s+(?=\S)/i;
const BOILERPLATE = /^(<|\[Request interrupted|Caveat:|This session is being continued)/;

/**
 * Whether a message is the user's at all: not harness text, not a dump. A short message that starts with
 * '#' is Claude Code's memory shortcut (already saved) or a bare heading; a long one is a typed spec whose
 * rule sections are read.
 */
export function usablePrompt(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_MESSAGE) return false;
  if (t.startsWith('#') && shortOwnText(t)) return false;
  return !BOILERPLATE.test(t) && !/AGENTS\.md instructions|<command-|<environment_context>/.test(t);
}

/**
 * Sentences as verbatim slices of the text, so they can be quoted. The period of "vs.", "e.g.", "i.e." and
 * "cf." ends no sentence: cut there, "Only difference is `url` vs. `query`, no?" loses its question mark.
 * CJK's full stop, exclamation and question marks end one with no space after them.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:vs|e\.g|i\.e|cf)\.)\s+|(?<=[。！？])\s*|\r?\n+/i)
    .map((s) => s.trim().replace(/^[-*]\s+/, ''))
    .filter((s) => s.length > 0);
}

export function cleanLesson(sentence: string): string {
  let s = sentence
    .replace(/^(?:please|also|and|ok(?:ay)?|no)[,!]?\s+/i, '')
    .replace(/^from now on,?\s+/i, '')
    .replace(/^(?:please)\s+/i, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!]$/.test(s) ? s.replace(/!$/, '.') : `${s}.`;
}

export const words = (s: string) => contentWords(s).sort().join(' ');
/**
 * The clustering key of a rule: its stems without the reason ("Never run X, it wipes the db." and
 * "Don't run X. It wipes the db." are one rule), so word forms and a stated reason do not split it; nor do the words
 * that frame it ("from now on", "ever", "stop doing": rule-frames.ts).
 */
export const ruleKey = (s: string) =>
  meaningStems(withoutFrames(s.replace(/(?:[,;:]|\s+-+)\s+(?:it|they|that|this|since|because|as|so|otherwise|which)\b.*$|:\s+.*$/i, '')))
    .filter((stem) => !INTENSIFIER_STEMS.has(stem))
    .sort()
    .join(' ');

/** The verbatim slice of text from the first to the last of these sentences, for the quote. */
export function span(text: string, first: string, last: string): string {
  const a = text.indexOf(first);
  const b = a >= 0 ? text.indexOf(last, a) : -1;
  return a >= 0 && b >= 0 ? text.slice(a, b + last.length) : first;
}

export const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
