/**
 * The scripts the wording guard reads character by character: Chinese, Japanese and Korean. Chinese and Japanese
 * write a sentence with no spaces. Korean has spaces, but what they part is a word with its particles and endings
 * glued on ("커밋하기 전에 테스트를 실행해"): "테스트를" and "테스트는" are one word to a reader and two to a word match,
 * so a stranger's order copied with its particles changed shared no word triple with what was printed, and a short
 * Korean clause was too few words to outweigh the user's. Hangul syllables are compared as characters, as Korean
 * text search indexes them (syllable bigrams, the way CJK bigram analyzers treat Hangul with Han and kana).
 */
const SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';

/** Text that holds a character read as a word of its own. */
export const CJK = new RegExp(`[${SCRIPTS}]`, 'u');
/** One such character, or a run of anything else: "용pnpm" is "용", "pnpm". */
export const CJK_OR_RUN = new RegExp(`[${SCRIPTS}]|[^${SCRIPTS}]+`, 'gu');
/** A word that is one such character. */
export const CJK_CHAR = new RegExp(`^[${SCRIPTS}]$`, 'u');
