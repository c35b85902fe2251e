/**
 * Faces the user types say how a sentence is meant, never what it asks. A teasing one (a tongue ":P", a wink ";)",
 * "xD", a laughing or winking emoji) makes the message a joke: "Always use vim, never emacs :P" said in two
 * sessions became memory, face and all. A friendly one (":)", "🙂") changes nothing but must not reach a lesson
 * ("Always run `make lint` before committing :)."). Faces are glyphs, the same in every language, so no word list.
 * Inside a code span they are code (`:P` in a vim mapping), and a face needs a space or the end of the text
 * on both sides, so "C:P" or "f(x;)" is not one.
 */
const CODE = /`[^`\n]*`/g;
const TEASING =
  /(?:^|\s)(?:[:;=]-?[pPþ]|;-?[)\]D]|[xX]D+)(?=\s|[.!,]*$|[.!,]+\s)|[\u{1F61B}-\u{1F61D}\u{1F609}\u{1F602}\u{1F923}\u{1F643}\u{1F92A}\u{1F60F}\u{1F606}]/u;
const FRIENDLY = /\s*(?<=^|\s)(?:[:=]-?[)\]D]|\(:|[\u{1F642}\u{1F60A}\u{1F600}\u{1F604}\u{1F601}])(?=\s|[.!,]*$)/gu;

/** Whether the user's own text carries a teasing face outside code. */
export function marksAJoke(text: string): boolean {
  return TEASING.test(text.replace(CODE, ' '));
}

/** The sentence without its friendly faces (the same string when it has none). */
export function withoutSmileys(sentence: string): string {
  if (!/[:=(]|[\u{1F600}-\u{1F64F}]/u.test(sentence)) return sentence;
  // Faces inside a code span stay: only the text between spans is cleaned.
  return sentence
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(FRIENDLY, '')))
    .join('')
    .trim();
}
