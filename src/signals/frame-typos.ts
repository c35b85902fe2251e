import { RULE_VERB } from './rule-wording.js';

/**
 * Typos in the words that make a sentence a rule ("esure you are doing TDD", "rember to run the linter", "dont
 * forgt to update the docs", "alwasy open a PR", "nevr push to main"). A user types fast and the frame word is the one
 * typed without looking. Only the opening words are mended, only into a frame word, only one edit away (a letter
 * dropped, added, changed or two swapped), and never a word that is English in its own right ("unsure", "insure",
 * "forgot", "ever", "newer"). The mended sentence is a reading of the user's words: the quote stays as typed, and the
 * wording guard vouches for the mended frame as the user's (guards/wording.ts).
 */

/**
 * The frame words a rule opens with: a reminder's (corrections.ts REMINDER) and a standing rule's "always" and
 * "never" (mine-instructions.ts POS and NEG), each long enough that one edit is a typo.
 */
const FRAME_WORDS = ['remember', 'forget', 'ensure', 'always', 'never'];
/** Words one edit from a frame word that mean something else (or name something: Naver). */
const REAL_WORDS = new Set([
  'unsure',
  'insure',
  'ensue',
  'ensures',
  'ensured',
  'forgot',
  'forge',
  'forger',
  'forgets',
  'remembers',
  'allays',
  'ever',
  'fever',
  'lever',
  'sever',
  'newer',
  'naver',
  'nevus',
]);
/** How many opening words may hold the frame ("please dont forgt to", "ok make sur you"). */
const OPENING_WORDS = 4;

/**
 * Whether a from `i` and b from `j` (each at most its length) are the same characters to their ends, as
 * `a.slice(i) === b.slice(j)`. Compared in place: oneEdit is asked of each opening word of every sentence a user
 * typed, against each frame word, and the slices it took were most of what mending cost.
 */
function sameRest(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Whether a and b are at most one edit apart (Damerau: insert, delete, substitute, or swap two neighbours). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [m, n] = [a.length, b.length];
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < Math.min(m, n) && a[i] === b[i]) i++;
  if (m === n) return sameRest(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameRest(a, i + 2, b, i + 2));
  return m > n ? sameRest(a, i + 1, b, i) : sameRest(a, i, b, i + 1);
}

/** The lengths a word one edit from a frame word can have: any other is no typo of one, and costs no look. */
const SHORTEST = Math.min(...FRAME_WORDS.map((f) => f.length)) - 1;
const LONGEST = Math.max(...FRAME_WORDS.map((f) => f.length)) + 1;

/** The frame word a typed word (of a length SHORTEST to LONGEST) was meant to be, or undefined. */
function meant(word: string): string | undefined {
  const w = word.toLowerCase();
  if (REAL_WORDS.has(w) || FRAME_WORDS.includes(w)) return undefined;
  return FRAME_WORDS.find((f) => oneEdit(w, f));
}

/**
 * "make sure" is two short words, each one edit from many ("take", "sue"): mended only as a pair whose other
 * word is typed right ("mkae sure", "make sur"), before the "to" or "you" of a reminder.
 */
function mendMakeSure(text: string): string {
  return text.replace(
    /^((?:\S+\s+){0,2}?)([A-Za-z]{3,5})(\s+)([A-Za-z]{3,5})(?=\s+(?:to|you|that)\b)/i,
    (all, lead: string, a: string, sp: string, b: string) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      const ok = (x === 'make' && oneEdit(y, 'sure')) || (y === 'sure' && oneEdit(x, 'make'));
      return ok && !(x === 'make' && y === 'sure') ? `${lead}make${sp}sure` : all;
    },
  );
}

/** "Nver" is "Never": a sentence's capital stays where it was typed. */
const sameCase = (typed: string, word: string | undefined): string | undefined =>
  word && /^[A-Z]/.test(typed) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Words before "from now on" that leave it the sentence's frame: "Ok, now on, …", "and form now on …". */
const FROM_NOW_ON_LEAD = /^((?:(?:ok(?:ay)?|and|so|also|alright|please|pls|then)[,!]?\s+){0,2})/i;
const FROM_NOW_ON = ['from', 'now', 'on'];
/** The frame's shape, loosely, at the sentence's opening: "now" and "on" mended keep their first letters ("from no on", "from now one"). */
const NOW_ON_NEAR = /^(?:(?:ok(?:ay)?|and|so|also|alright|please|pls|then)[,!]?\s+){0,2}(?:[a-z]{1,5}\s+)?n[a-z]{0,3}\s+o[a-z]{0,2}\b/i;
/** The first word after the frame, past a comma and "please". */
const ORDER_AFTER = /^,?\s+(?:please,?\s+)?([A-Za-z']+(?:\s+not\b)?)/i;
const FRAME_NEXT = /^(?:always|never|don'?t|do\s+not|when|whenever|before|after|once|each|every)$/i;
/** Whether what follows the frame opens an order. */
function ordersAfter(rest: string): boolean {
  const word = ORDER_AFTER.exec(rest)?.[1];
  return word !== undefined && (FRAME_NEXT.test(word) || RULE_VERB.test(word));
}
/**
 * "from now on" typed with one of its words one edit off ("form now on", "from now one", "from no on") or with its
 * "from" dropped ("Ok, now on, when you change a file, say why."), read as typed right. Three words in that order
 * say nothing else; two do ("Now on the login page the button is gone"), so "now on" is mended only where a comma,
 * "always" or "never" follows it: the frame's own place. Either is mended only before an order (a rule's verb, "always",
 * "never", "don't", a "when"/"before" clause): "Now on, the build takes five minutes." states, and stays as typed.
 */
function mendFromNowOn(text: string): string {
  // One anchored test first: nearly every sentence has no "n… o…" pair among its opening words, and is done here.
  if (!NOW_ON_NEAR.test(text)) return text;
  const lead = FROM_NOW_ON_LEAD.exec(text)?.[1] ?? '';
  const rest = text.slice(lead.length);
  const dropped = /^(now\s+on)(?=\s*,|\s+(?:always|never)\b)/i.exec(rest);
  if (dropped && !ordersAfter(rest.slice(dropped[1]!.length))) return text;
  if (dropped) return `${lead}${/^N/.test(rest) && !lead ? 'From' : 'from'} now on${rest.slice(dropped[1]!.length)}`;
  const three = /^([A-Za-z]{1,5})(\s+)([A-Za-z]{1,4})(\s+)([A-Za-z]{1,4})(?=[\s,]|$)/.exec(rest);
  if (!three) return text;
  const typed = [three[1]!, three[3]!, three[5]!];
  const off = typed.filter((w, k) => w.toLowerCase() !== FROM_NOW_ON[k]);
  if (off.length !== 1 || !typed.every((w, k) => oneEdit(w.toLowerCase(), FROM_NOW_ON[k]!))) return text;
  if (!ordersAfter(rest.slice(three[0].length))) return text;
  const word = typed.map((w, k) => (k === 0 ? (sameCase(w, 'from') ?? w) : FROM_NOW_ON[k]));
  return `${lead}${word[0]}${three[2]}${word[1]}${three[4]}${word[2]}${rest.slice(three[0].length)}`;
}

/** The sentence with typos in its opening frame words mended ("esure you" -> "ensure you"); the rest as typed. */
export function mendFrameTypos(sentence: string): string {
  const frame = mendFromNowOn(sentence);
  if (frame !== sentence) return frame;
  // Only the opening words (runs of ASCII letters) are read: a long sentence costs no more than a short one. They are
  // found by hand and a word is cut out only at a length a typo can have: most sentences a user types open with no
  // such typo, and every one of them is asked (a regex's replace cost a new string and a call per word).
  let mended = '';
  let copied = 0;
  let i = 0;
  for (let words = 0; words < OPENING_WORDS; words++) {
    while (i < sentence.length && !isLetter(sentence.charCodeAt(i))) i++;
    if (i >= sentence.length) break;
    const start = i;
    while (i < sentence.length && isLetter(sentence.charCodeAt(i))) i++;
    if (i - start < SHORTEST || i - start > LONGEST) continue;
    const typed = sentence.slice(start, i);
    const word = sameCase(typed, meant(typed));
    if (word === undefined) continue;
    mended += sentence.slice(copied, start) + word;
    copied = i;
  }
  return mendMakeSure(copied === 0 ? sentence : mended + sentence.slice(copied));
}
