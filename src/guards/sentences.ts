/**
 * Sentences of prose, as the wording guard reads them: split after . ! ? followed by space, and at line
 * breaks, with code spans kept whole. sentencesAt cuts out only the sentences at given places, exactly as
 * sentencesOf would cut them, so a long tool output is not split where no sentence can matter.
 */

/** Code spans' . ! ? do not end a sentence. */
const maskSpans = (text: string): string =>
  text.includes('`') ? text.replace(/(`+)[^`\n][\s\S]*?\1/g, (m) => m.replace(/[.!?]/g, '_')) : text;

const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A piece between two cuts as a sentence: trimmed, without its list marker, and only if it has a letter or digit.
 * Every sentence of tool output that may give an order comes through here, so the regexes run only where
 * ASCII cannot answer: a list marker starts with - * + or a digit, and an ASCII letter or digit settles the test.
 */
function sentenceOf(piece: string): string | undefined {
  let t = piece.trim();
  const first = t.charCodeAt(0);
  if (first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57)) t = t.replace(LIST_MARKER, '');
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return t;
    if (c >= 128) return LETTER_OR_DIGIT.test(t) ? t : undefined;
  }
  return undefined;
}

/** Where a line may be cut within: a . ! ? followed by a space. */
const CUT = /[.!?]\s/;

/** Sentences, split where prose ends one: after . ! ? followed by space, and at line breaks. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of maskSpans(text).split(/\r?\n/))
    // Most lines of tool output hold no cut: the split's lookbehind is tried at every position, the test finds none at once.
    for (const piece of CUT.test(line) ? line.split(/(?<=[.!?])\s+/) : [line]) {
      const s = sentenceOf(piece);
      if (s !== undefined) out.push(s);
    }
  return out;
}

/** JavaScript's \s: what follows . ! ? where sentencesOf cuts. */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63;

/**
 * The sentences of sentencesOf(text) that hold one of `places` (indexes into text, ascending), in order,
 * each once. Linear: each sentence is scanned once from a place to its two ends.
 */
export function sentencesAt(text: string, places: readonly number[]): string[] {
  if (places.length === 0) return [];
  const masked = maskSpans(text);
  const out: string[] = [];
  let done = 0;
  for (const p of places) {
    if (p < done) continue;
    // The line: sentencesOf splits at \r?\n.
    const lineStart = masked.lastIndexOf('\n', p - 1) + 1;
    let lineEnd = masked.indexOf('\n', p);
    if (lineEnd < 0) lineEnd = masked.length;
    else if (lineEnd > lineStart && masked.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    // Back to the end of the last run of spaces after . ! ? (a cut), or the line's start.
    let start = p;
    while (start > lineStart) {
      if (!isSpace(masked.charCodeAt(start - 1))) {
        start--;
        continue;
      }
      let run = start - 1;
      while (run > lineStart && isSpace(masked.charCodeAt(run - 1))) run--;
      if (run > lineStart && endsSentence(masked.charCodeAt(run - 1))) break;
      start = run;
    }
    // On to the next . ! ? followed by a space, or the line's end.
    let end = p;
    while (end < lineEnd && !(endsSentence(masked.charCodeAt(end)) && end + 1 < lineEnd && isSpace(masked.charCodeAt(end + 1)))) end++;
    if (end < lineEnd) end++;
    const s = sentenceOf(masked.slice(start, end));
    if (s !== undefined) out.push(s);
    done = end;
  }
  return out;
}
