/**
 * "Don't use X, use Y", in one sentence or two (turn-instructions.ts reads a turn with it): the preference's two
 * sides, bare of quotes and of where the user said it applies.
 */
import { TRANSIENT_INSTRUCTION as TRANSIENT } from './corrections.js';
import { INTERJECTION, REASON, REASON_TOPIC } from './turn-text.js';

const DONT_USE_USE =
  /^(?:(?:please|pls)\s+)?(?:don'?t|do not|never)\s+use\s+(?:(.+?)[,;]\s*(?:but\s+|just\s+|always\s+|instead\s+)?use\s+(.+?)|(\x60?[\w@.:/+-]+\x60?)\s+use\s+(\x60?[\w@.:/+-]+\x60?))[.!]?$/i;
/** "Don't use yarn here." whose alternative comes in the next sentence ("Always use npm: ..."). */
const DONT_USE = /^(?:please\s+)?(?:don'?t|do not|never)\s+use\s+(.+?)[.!]?$/i;
const USE_NEXT = /^(?:please\s+)?(?:always\s+|just\s+|instead,?\s+)?use\s+([^:,.;!]+?)(?:\s*[:,.;!].*)?$/i;
/** Where the user said it applies, which is not part of what to use ("yarn in this repo" is yarn). */
const LOCATIVE = /\s+(?:in|for|on)\s+(?:this|the|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)$|\s+(?:here|anymore|please)$/i;

/** The thing a phrase names, without quotes, a trailing place ("in this repo") or the comma that led that place. */
export const bare = (s: string) =>
  s
    .replace(/[`'"]/g, '')
    .trim()
    .replace(LOCATIVE, '')
    .replace(/[\s,;]+$/, '');
const short = (t: string) => t.length > 0 && t.split(/\s+/).length <= 3 && !/^(it|that|this|them|those|these)$/i.test(t);

/**
 * The tool a longer alternative names as its one example, in a code span: "use some lockfile-based
 * installer like `uv` so ..." names uv. Only a program-like name (no path, no file name), introduced
 * as an example ("like", "such as", "e.g.") or standing first with a purpose clause after it.
 */
function namedAlternative(phrase: string): string | undefined {
  const spans = [...phrase.matchAll(/`([^`\s]+)`/g)];
  if (spans.length !== 1) return undefined;
  const name = spans[0]![1]!;
  if (!/^[a-z][\w+-]*$/i.test(name)) return undefined;
  const before = phrase.slice(0, spans[0]!.index).trim();
  const after = phrase
    .slice(spans[0]!.index + spans[0]![0].length)
    .trim()
    .replace(/^[.!]$/, '');
  const example = /\b(?:like|such as|e\.g\.?|for example)$/i.test(before);
  const first = before === '' && (after === '' || /^(?:so|to|for|because|since|which)\b/i.test(after));
  return example || first ? name : undefined;
}

/**
 * "Don't use X, (always) use Y", in one sentence or two, normalised to its directive core: the same
 * preference said in different words in different sessions clusters as one ("use npm, not yarn").
 * Returns the sentences it used, the preference, and a stated reason when the next sentence gives one.
 */
export function dontUseUse(list: string[], i: number): { used: number[]; use: string; not: string; reason?: string } | undefined {
  const s = (list[i] ?? '').replace(INTERJECTION, '');
  let use: string | undefined;
  let not: string | undefined;
  let used = [i];
  const one = DONT_USE_USE.exec(s);
  let phrase: string;
  let example: string | undefined;
  if (one) {
    // Typed without the comma ("dont use npm use pnpm"), both sides must be one name each.
    not = bare(one[1] ?? one[3] ?? '');
    phrase = one[2] ?? one[4] ?? '';
  } else {
    const neg = DONT_USE.exec(s);
    const next = list[i + 1] ?? '';
    const pos = neg ? USE_NEXT.exec(next) : null;
    if (!neg || !pos || TRANSIENT.test(next)) return undefined;
    not = bare(neg[1] ?? '');
    phrase = pos[1] ?? '';
    // The example may come after a comma the short form stops at ("use a faster one, like `uv`").
    example = next.slice(next.search(/\buse\s/i) + 4);
    used = [i, i + 1];
  }
  use = bare(phrase);
  // A description ("a lockfile-based installer") gives way to the tool it names as its example.
  if (!short(use) || /^(?:a|an|some|any|the)\s/i.test(use)) use = namedAlternative(example ?? phrase) ?? use;
  if (!short(use) || !short(not) || use.toLowerCase() === not.toLowerCase()) return undefined;
  const after = list[(used[used.length - 1] ?? i) + 1];
  const reason = after && REASON.test(after) && REASON_TOPIC.test(after) && !TRANSIENT.test(after) ? after : undefined;
  return { used: reason ? [...used, used.length + i] : used, use, not, ...(reason ? { reason } : {}) };
}
