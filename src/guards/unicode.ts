/**
 * Text is compared by what a reader sees, not by its code points: `сurl` with a Cyrillic `с`, a
 * zero-width space inside `--no-verify` or a bidi override that reorders a command all read as the
 * harmless or familiar thing while slipping past a pattern. The danger and provenance checks run on
 * the folded text; entries that keep characters nobody can see are refused outright.
 */
import { Buffer } from 'node:buffer';
// The package's own function builds one regex of all 6,311 confusables when it is loaded (a few ms at every
// start, and a compile on first use) to replace them anywhere in a string; this module only ever asks for one
// character at a time, which is a lookup in the same table (test/guards/confusables.test.ts checks both agree
// on every code point).
import confusables from 'unhomoglyph/data.json' with { type: 'json' };

/**
 * Characters that render as nothing or reorder what follows: format characters (zero-width space and
 * joiners, bidi embeddings, overrides and isolates, the BOM, soft hyphen, tag characters), variation
 * selectors, and the fillers some fonts draw blank.
 */
// Variation selectors are combining marks: listed as a class on purpose, to find them on their own.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** What the Unicode confusables data maps one code point to (the code point itself where it maps nothing). */
export function confusableOf(ch: string): string {
  return Object.hasOwn(confusables, ch) ? (confusables as Record<string, string>)[ch]! : ch;
}

/** The confusable's Latin look-alike, when it has one made of plain ASCII; memoised per character. */
const asciiSkeleton = new Map<string, string>();
function skeletonOf(ch: string): string {
  let s = asciiSkeleton.get(ch);
  if (s === undefined) {
    const folded = confusableOf(ch);
    // Only letters and digits are folded: ASCII punctuation is already itself, and the Unicode data maps
    // some of it to letters (`|` to `l`), which would hide a pipe from the danger rules.
    s = /^[A-Za-z0-9]+$/.test(folded) ? folded : ch;
    asciiSkeleton.set(ch, s);
  }
  return s;
}

// eslint-disable-next-line no-control-regex
const EACH_NON_ASCII = /[^\x00-\x7f]/gu;

/**
 * Whether every character of `text` is ASCII: exactly when its UTF-8 form has one byte per UTF-16
 * unit (any other unit, a lone surrogate too, takes two or three). Node counts that natively, several
 * times faster than the regex /[^\x00-\x7f]/ scans (profiled: the regex on every tool output was a
 * sixtieth of a pass).
 */
const isAscii = (text: string): boolean => Buffer.byteLength(text, 'utf8') === text.length;

/**
 * NFKC (fullwidth and compatibility forms become plain ones), invisible characters removed, and each
 * non-ASCII letter that looks like a Latin letter or digit replaced by it. Linear in the text.
 */
export function foldForChecks(text: string): string {
  // ASCII is its own NFKC form and holds no invisible character or look-alike: most text is, and skips the work.
  if (isAscii(text)) return text;
  const nfkc = text.normalize('NFKC').replace(INVISIBLE, '');
  return isAscii(nfkc) ? nfkc : nfkc.replace(EACH_NON_ASCII, skeletonOf);
}

/** Per UTF-16 unit past ASCII: 1 when folding and lower-casing keep it and it is no letter, number or mark, 2 when not, 0 unknown. */
const keepsItself = new Uint8Array(0x10000);
const NOT_INERT = /[\p{L}\p{N}\p{M}]/u;

/**
 * A cheap proof that foldForChecks(text) === text and that lower-casing changes only ASCII letters:
 * every character is ASCII, or a symbol, punctuation or space that NFKC, the look-alike table and
 * lower-casing all keep (arrows, box drawing, check marks) and is neither invisible nor a letter,
 * number or mark (so nothing composes with a neighbour). False proves nothing: surrogates (emoji) and
 * the other characters are simply not vouched for, and the caller folds as usual.
 */
export function foldsToItself(text: string): boolean {
  if (isAscii(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let known = keepsItself[c]!;
    if (known === 0) {
      const ch = String.fromCharCode(c);
      const kept =
        (c < 0xd800 || c > 0xdfff) &&
        !NOT_INERT.test(ch) &&
        ch.replace(INVISIBLE, '') === ch &&
        ch.normalize('NFKC') === ch &&
        skeletonOf(ch) === ch &&
        ch.toLowerCase() === ch;
      known = kept ? 1 : 2;
      keepsItself[c] = known;
    }
    if (known === 2) return false;
  }
  return true;
}

/** Code points of the invisible and bidi characters in `text`, as U+XXXX labels (first few). */
function invisibleCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(INVISIBLE)) {
    found.add(`U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    if (found.size >= 5) break;
  }
  return [...found];
}

const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/** Words that mix Latin letters with Cyrillic, Greek or other look-alike letters: no honest word does. */
function mixedScriptWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.normalize('NFKC').split(/[^\p{L}\p{M}\p{N}_-]+/u)) {
    if (w && LATIN.test(w) && LOOKALIKE_SCRIPTS.test(w)) out.push(w);
    if (out.length >= 3) break;
  }
  return out;
}

/** Why text may not be written into memory as it stands, or undefined. */
export function unicodeRefusal(text: string): string | undefined {
  const invisible = invisibleCharacters(text);
  if (invisible.length > 0) return `carries invisible or bidi characters (${invisible.join(', ')})`;
  const mixed = mixedScriptWords(text);
  if (mixed.length > 0) return `mixes look-alike scripts in a word (${mixed.map((w) => JSON.stringify(foldForChecks(w))).join(', ')})`;
  return undefined;
}
