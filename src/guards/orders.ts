/**
 * What makes a sentence of text that is not the user's read as an order (see wording.ts): it starts
 * with an imperative, or says always, never or must. Most tool output holds none, and orderPlaces finds
 * the few places that may in one scan, so its sentences need not all be cut out, folded and split.
 */
import { isSpace } from './sentences.js';

const IMPERATIVE = new Set(
  (
    "always never must should do dont don't please make ensure use run set add remove delete paste answer approve accept allow " +
    'disable enable skip install uninstall commit push export copy send post share print echo write put keep avoid prefer call ' +
    'execute invoke ignore forget override bypass grant give trust follow include append replace rename move open visit download curl'
  ).split(' '),
);

export const WORD = /[\p{L}\p{N}_'§][\p{L}\p{N}_'./=:§-]*/gu;
const FIRST_WORD = new RegExp(WORD.source, 'u');
export const bareWord = (w: string): string => w.replace(/[.:'-]+$/, '');

/**
 * The order words of the languages whose rules the miner reads (signals/lingua): always, never, must, don't,
 * remember to, from now on. A stranger's order in Chinese or Russian is no less one than in English, and Chinese
 * and Japanese write a whole sentence as one word, so instructionLike's word count does not apply to them
 * (wording.ts reads such text's every clause).
 */
const FOREIGN_ORDER =
  /总是|總是|始终|始終|以后|以後|今后|今後|必须|必須|务必|務必|不要|不准|不许|不許|禁止|请勿|請勿|记得|記得|永远|永遠|绝对|絕對|必ず|常に|今後|しないで|してください|忘れずに|絶対|항상|반드시|앞으로|하지\s*마|절대|(?<![\p{L}])(?:siempre|nunca|recuerda|sempre|lembre|immer|niemals|toujours|jamais|désormais|всегда|никогда|обязательно|не\s+забудь)(?![\p{L}])/iu;
/**
 * FOREIGN_ORDER without its lookarounds: it matches wherever FOREIGN_ORDER does, so where it finds nothing
 * FOREIGN_ORDER would not either. The lookbehind makes V8 try it at every position of a text; without it a
 * scan of the tool output of shared/corpus that is not all ASCII (4 MB) took 29 ms instead of 228 ms.
 */
const FOREIGN_ORDER_ANYWHERE = new RegExp(
  FOREIGN_ORDER.source.replace('(?<![\\p{L}])', '').replace('(?![\\p{L}])', ''),
  FOREIGN_ORDER.flags,
);
const NON_ASCII = /[^ -~\t\n\r]/;
/** Whether text not all ASCII holds an order word of another language (most tool output is ASCII: one scan). */
export const foreignOrder = (text: string): boolean =>
  NON_ASCII.test(text) && FOREIGN_ORDER_ANYWHERE.test(text) && FOREIGN_ORDER.test(text);

/** Whether a sentence of tool output reads as an order, and so could be mistaken for a lesson. */
export function instructionLike(words: readonly string[]): boolean {
  return words.length >= 3 && (IMPERATIVE.has(words[0]!) || words.some((w) => w === 'always' || w === 'never' || w === 'must'));
}

const ORDER_WORD = /always|never|must/i;
const ORDER_WORDS = /always|never|must/gi;
const LONGEST_IMPERATIVE = Math.max(...[...IMPERATIVE].map((w) => w.length));
const imperativeWord = (w: string | undefined): boolean => w !== undefined && IMPERATIVE.has(bareWord(w).toLowerCase());

/**
 * False only where instructionLike is false for the text's words: its first word is no imperative and
 * none of always, never, must occurs even inside a word. Most tool output fails it, and is then not split
 * into words at all (profiled: splitting every sentence of tool output was a tenth of a pass).
 * `text` is folded (wording's foldedText), or a sentence that folds to itself (foldsToItself): then its
 * folded form is itself lower-cased, with code spans reduced, and reducing a span only hides words: an
 * imperative first word of the reduced text stands before any span, so the answer for the text as it is
 * is the same, or a true that the folded text then corrects.
 */
export function mayInstruct(text: string): boolean {
  return ORDER_WORD.test(text) || imperativeWord(FIRST_WORD.exec(text)?.[0]);
}

/** [A-Za-z0-9_'], where a word starts in text that folds to itself (a § is taken for a gap: a word it starts is no imperative). */
const startsWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
/** [A-Za-z0-9_'./=:-], what such a word goes on with. */
const goesOnWord = (c: number): boolean => startsWord(c) || c === 46 || c === 47 || c === 61 || c === 58 || c === 45;
/** . : ' -, what bareWord strips from a word's end. */
const trails = (c: number): boolean => c === 46 || c === 58 || c === 39 || c === 45;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** . ! ?, which followed by a space (JavaScript's \s, as isSpace) is where sentencesOf cuts within a line. */
const STOP_MARKS = ['.', '!', '?'];
const SHORTEST_IMPERATIVE = Math.min(...[...IMPERATIVE].map((w) => w.length));
/** By lower-cased first letter (a-z): whether some imperative starts with it. */
const IMPERATIVE_INITIAL = new Uint8Array(26);
for (const w of IMPERATIVE) IMPERATIVE_INITIAL[w.charCodeAt(0) - 97] = 1;

/**
 * Whether text[i, e) (ASCII word characters) lower-cased is an imperative. Most words at a sentence's
 * head are not, and are told apart by length and first letter before any string is made (profiled: a
 * slice and a lower-casing for every line of tool output was a twentieth of a pass).
 */
function imperativeAt(text: string, i: number, e: number): boolean {
  if (e - i < SHORTEST_IMPERATIVE || e - i > LONGEST_IMPERATIVE) return false;
  const first = text.charCodeAt(i) | 0x20;
  if (first < 97 || first > 122 || IMPERATIVE_INITIAL[first - 97] === 0) return false;
  return IMPERATIVE.has(text.slice(i, e).toLowerCase());
}

/** Whether text[i, e) is a number short enough to be read as a word ("1" of a list item "1)"). */
function numberAt(text: string, i: number, e: number): boolean {
  if (e === i || e - i > LONGEST_IMPERATIVE) return false;
  for (let k = i; k < e; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Where, in text that folds to itself (see foldsToItself), a sentence of sentencesOf may read as an
 * order (mayInstruct), ascending: each always, never or must, and the first word after each place a
 * sentence can start (the text's start, a line's, after . ! ? and a space) when it is an imperative. A
 * numbered item's number is passed over, as sentencesOf strips it. Every sentence for which mayInstruct
 * holds contains one of these places; some places may be in sentences for which it does not.
 */
export function orderPlaces(text: string): number[] {
  const heads: number[] = [];
  const n = text.length;
  let i = 0;
  let head = true;
  // The next line break and the space after the next . ! ? at or after i (n + 1: none), found by
  // indexOf rather than one character at a time: most of tool output lies between them. Each mark has
  // its own next place, found by indexOf too (profiled: a regex for the three was a seventieth of a pass).
  let nextBreak = -1;
  let nextStop = -1;
  const stops = [-1, -1, -1];
  while (i < n) {
    if (!head) {
      if (nextBreak <= i) nextBreak = text.indexOf('\n', i) + 1 || n + 1;
      if (nextStop <= i) {
        nextStop = n + 1;
        for (let m = 0; m < STOP_MARKS.length; m++) {
          // A mark's next place found from an earlier i is still its next one from here when it is past i.
          if (stops[m]! <= i) {
            let p = text.indexOf(STOP_MARKS[m]!, i);
            while (p >= 0 && !(p + 1 < n && isSpace(text.charCodeAt(p + 1)))) p = text.indexOf(STOP_MARKS[m]!, p + 1);
            stops[m] = p < 0 ? n + 1 : p + 1;
          }
          nextStop = Math.min(nextStop, stops[m]!);
        }
      }
      // A sentence may start just after either; nothing else does until then.
      i = Math.min(nextBreak, nextStop);
      head = true;
      continue;
    }
    while (i < n && !startsWord(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let k = i + 1;
    while (k < n && goesOnWord(text.charCodeAt(k))) k++;
    // The word as bareWord leaves it.
    let e = k;
    while (e > i && trails(text.charCodeAt(e - 1))) e--;
    if (imperativeAt(text, i, e)) heads.push(i);
    // A number ("1)" of a list) leaves the head open; a word ending in "." may end the sentence itself.
    head = numberAt(text, i, e) || (text.charCodeAt(k - 1) === 46 && k < n && isSpace(text.charCodeAt(k)));
    i = k;
  }
  if (!ORDER_WORD.test(text)) return heads;
  const places = [...heads, ...Array.from(text.matchAll(ORDER_WORDS), (m) => m.index)];
  return places.sort((a, b) => a - b);
}
