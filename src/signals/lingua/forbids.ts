/**
 * Whether the order a "from now on" frames forbids ("A partir de ahora, no hagas commit sin tests", "Von nun an keine
 * Commits auf main", "从现在开始不要直接推到 main", "今後はプッシュしないでください"). The frame itself says only when
 * (standing.ts reads it as "pos", as it reads "always"), so the order's own negation decides the rule's polarity, which
 * the pull request shows: a prohibition labelled as an ask reads as its opposite. English reads it the same way
 * (turn-instructions.ts timeFramed). Keyed by the lexicon's language; the text is what follows the frame.
 *
 * Where the language puts the negation: before the verb in Spanish, Portuguese, French ("ne … pas/plus/jamais") and
 * Russian, and Chinese's 不要/别 before the verb; anywhere in German, whose "nicht" closes the clause ("pushe nicht auf
 * main") and whose "kein" negates a noun ("keine Commits"), but not "nicht nur" (not only); at the end in Japanese
 * ("しないで", "するな") and Korean ("하지 마", "하지 말 것").
 */
const FORBIDS: Record<string, RegExp> = {
  es: /^(?:no|nunca|jamás|jamas|nada de|ni)(?![\p{L}])/iu,
  pt: /^(?:não|nao|nunca|jamais|nada de|nem)(?![\p{L}])/iu,
  fr: /^(?:(?:ne|n')\s*(?:\p{L}+\s+)?\p{L}+\s+(?:pas|plus|jamais|rien|aucun|aucune)|(?:pas|jamais|plus jamais|aucun|aucune|pas de|plus de)(?![\p{L}]))/iu,
  de: /(?<![\p{L}])(?:nicht(?!\s+nur(?![\p{L}]))|nie|niemals|kein|keine|keinen|keinem|keiner|keines)(?![\p{L}])/iu,
  ru: /^(?:не|никогда не|ни в коем случае не|ни за что не)(?![\p{L}])/iu,
  it: /^(?:non|mai|evita|evitate|niente)(?![\p{L}])/iu,
  zh: /^(?:请|請)?(?:不要|不準|不准|不许|不許|别|別|禁止|请勿|請勿|勿|不能|不可以|不得|千万别|千萬別|千万不要|千萬不要|永远不要|永遠不要|绝对不要|絕對不要|绝不|絕不|再也不要)/u,
  ja: /(?:ないで|ないこと|ないように|るな|禁止|てはいけない|てはだめ|てはダメ|ちゃだめ|ちゃダメ|じゃだめ|じゃダメ)(?:ください|下さい|ね|よ|です)?$/u,
  ko: /(?:지\s*(?:마|마세요|마요|마라|말아요|말아\s*주세요|말\s*것|말기)|금지)$/u,
};

/**
 * "Don't forget to" negates the forgetting, not the order: "De ahora en adelante, no olvides correr las migraciones",
 * "今後はテストを実行するのを忘れないで" ask for it.
 */
const DONT_FORGET =
  /(?<![\p{L}])(?:no (?:te )?olvides|no (?:se )?olvide|não (?:se )?esque[cç]|nao (?:se )?esque[cç]|n'oublie|vergiss nicht|vergesst nicht|vergessen sie nicht|non dimenticar|non scordar|не забу)|(?:不要|别|別)忘|忘れないで|忘れるな|잊지\s*마|잊지\s*말/iu;

/** Whether the words after a "from now on" frame forbid what they name (see the module comment). */
export function forbidsAfterFrame(lang: string, after: string): boolean {
  const rest = after.replace(/^[\s,，、:：]+/u, '').replace(/[\s.!。！]+$/u, '');
  return FORBIDS[lang]?.test(rest) === true && !DONT_FORGET.test(rest);
}
