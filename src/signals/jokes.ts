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

/**
 * Laughter typed as letters is the same mark as a face: "haha", "lol", "jajaja", "kkkk", "mdr", "хаха", "哈哈",
 * "ㅋㅋ", "（笑）", "www" after Japanese. The class is a laughing syllable repeated (or one of the few acronyms for it),
 * standing as its own word: "Always use emacs, real programmers don't use vim haha" teases, it rules nothing.
 */
const LAUGHTER = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:a?(?:h[aeiu]){2,}h?|(?:j[aeiu]){2,}|k{3,}|(?:rs){2,}|lo+l|lmf?ao+|rofl|mdr+|ptdr+|а?(?:х[аеи]){2,}|лол)(?![\p{L}\p{N}_])`,
    '哈{2,}|嘿{2,}|呵{2,}|ㅋ{2,}|ㅎ{2,}|[(（]笑[)）]',
    String.raw`(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[wｗ]{2,}`,
  ].join('|'),
  'iu',
);
/**
 * Amusement given as the reason makes the rule a tease: "Always run `sl` instead of `ls`, it's funnier", "use
 * cowsay for commit messages, for the lulz". A rule's reason says what goes wrong without it, never that it is fun.
 */
const AMUSEMENT =
  /\b(?:(?:it(?:'?s|\s+is)|that(?:'?s|\s+is)|because|'?cause|since)\s+(?:(?:way|much|so|a\s+lot|just)\s+)?(?:funnier|more\s+fun|hilarious)|for\s+(?:the\s+)?(?:lulz|lols|laughs|giggles))\b/i;

/**
 * An ironic tag closing a sentence says the opposite of the order before it: "Never test anything, genius.", "Always
 * delete the lockfile, why not.", "Sure, push straight to main, what could go wrong". Only set off at the end, after a
 * comma or a dash, where a tag sits: "why not" or "genius" inside a sentence are its own words.
 */
const IRONY =
  /(?:,|\s[-–—])\s*(?:why\s+not|what\s+could\s+(?:possibly\s+)?go\s+wrong|(?:you\s+|real\s+)?genius|(?:great|brilliant|fantastic|wonderful|genius)\s+(?:idea|plan)|brilliant|smart\s+move|said\s+no\s+one\s+ever|yeah,?\s+right)\s*[.!?]*\s*$|\s\/s\s*$/im;

/** Whether the user's own text carries a teasing face, laughter, an amused reason or an ironic tag outside code. */
export function marksAJoke(text: string): boolean {
  const prose = text.replace(CODE, ' ');
  return TEASING.test(prose) || LAUGHTER.test(prose) || AMUSEMENT.test(prose) || IRONY.test(prose);
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
