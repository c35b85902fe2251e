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
const OPENING = new RegExp(String.raw`^[^A-Za-z]*(?:[A-Za-z]+[^A-Za-z]+){0,${OPENING_WORDS - 1}}[A-Za-z]*`);

/** Whether a and b are at most one edit apart (Damerau: insert, delete, substitute, or swap two neighbours). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [m, n] = [a.length, b.length];
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < Math.min(m, n) && a[i] === b[i]) i++;
  if (m === n) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The frame word a typed word was meant to be, or undefined. */
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

/** The sentence with typos in its opening frame words mended ("esure you" -> "ensure you"); the rest as typed. */
export function mendFrameTypos(sentence: string): string {
  // Only the opening words are read: a long sentence costs no more than a short one.
  const head = OPENING.exec(sentence)?.[0] ?? '';
  const mended = head.replace(/[A-Za-z]+/g, (w) => sameCase(w, meant(w)) ?? w) + sentence.slice(head.length);
  return mendMakeSure(mended);
}
