/**
 * The entropy rule: whether a run of base64 characters looks like a random key rather than a hash,
 * uuid, path, identifier or word. Runs hold token characters only (ASCII), so one pass over a trait
 * table decides the cheap vetoes before any substring is made.
 */

const counts = new Int32Array(65536);

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const seen: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const n = counts[c]!;
    if (n === 0) seen.push(c);
    counts[c] = n + 1;
  }
  let h = 0;
  for (const c of seen) {
    const p = counts[c]! / s.length;
    h -= p * Math.log2(p);
    counts[c] = 0;
  }
  return h;
}

/** Per-character traits of a candidate run, so one loop answers what used to take a regex each. */
const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
/** Outside [0-9a-fA-F-]: the run is not a plain hex string, hash or uuid. */
const NON_HEX = 8;
/** base64url's own characters, '-' and '_'. */
const URLSAFE = 16;
/** standard base64's own characters, '+' and '/'. */
const STANDARD = 32;
const VOWEL = 64;
const TRAITS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let t = 0;
  if (ch >= '0' && ch <= '9') t |= DIGIT;
  if (ch >= 'A' && ch <= 'Z') t |= UPPER;
  if (ch >= 'a' && ch <= 'z') t |= LOWER;
  if (!/[0-9a-fA-F-]/.test(ch)) t |= NON_HEX;
  if (ch === '-' || ch === '_') t |= URLSAFE;
  if (ch === '+' || ch === '/') t |= STANDARD;
  if ('aeiouAEIOU'.includes(ch)) t |= VOWEL;
  TRAITS[c] = t;
}
const SLASH = 0x2f;
/** Our own redaction markers, and markers other sanitisers leave behind, are not secrets. */
const MARKER_TAIL = /REDACTED/;
/** Subresource-integrity hashes in lockfiles are public. */
const SRI_HASH = /^sha(?:1|256|384|512)-/;
/**
 * Ids that Anthropic and OpenAI APIs and Claude Code put in every transcript (tool_use ids, message
 * ids, server tool ids, sessions, files, batches, completions): public handles, not credentials.
 * Named prefixes only, so an unknown `vendor_...` key is still judged by entropy.
 */
const API_ID =
  /^(?:(?:srv)?toolu|msg|agent_msg|req|sesn|sevt|file|msgbatch|drm|memstore|chatcmpl|call|resp|run|thread|asst|batch|fc|rs)(?:_(?:vrtx|bdrk))?[_-][A-Za-z0-9]{16,48}$/;
const CAPS_RUN = /[A-Z]{3}[a-z]/;

/** Segment [s, e) of a path is made of words: mostly letters, vowel-rich, few digits, no capitals run mid-word. */
function isWordySegment(text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len < 4) return true;
  let letters = 0;
  let vowels = 0;
  let digits = 0;
  for (let i = s; i < e; i++) {
    const t = TRAITS[text.charCodeAt(i)]!;
    if ((t & (UPPER | LOWER)) !== 0) letters++;
    if ((t & VOWEL) !== 0) vowels++;
    if ((t & DIGIT) !== 0) digits++;
  }
  // Random text has all of these; words have none.
  return letters >= len * 0.8 && vowels >= letters * 0.3 && digits < 3 && !CAPS_RUN.test(text.slice(s, e));
}

/** A path whose every long segment is made of words (vowel-rich), not of random characters. */
function isWordyPath(text: string, start: number, end: number): boolean {
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === SLASH) {
      if (!isWordySegment(text, s, i)) return false;
      s = i + 1;
    }
  }
  return true;
}

/** A short segment of a slug: a number, a number with a unit or zone letter ("34Z", "2h"), or a short word. */
const SLUG_BIT = /^(?:\d+[A-Za-z]?|[A-Za-z]{1,4})$/;
/** A word as people write one: lower case, Capitalised or all capitals, never mixed the way random text is. */
const SLUG_WORD = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/;
const VOWELS = /[aeiou]/gi;

function isSlugWord(word: string): boolean {
  return SLUG_WORD.test(word) && (word.match(VOWELS)?.length ?? 0) >= word.length * 0.2;
}

/**
 * A dated or numbered slug ("2026-01-06_14-34Z-fix-login-flow", a SpecStory export's file name):
 * segments split by '-' or '_', each a word or a short number-like bit, with words of five letters or
 * more making up half of its letters. Half of its letters, not of its length: the date and time are
 * a third of a SpecStory name, so "2025-07-17_14-28Z-sync-project-with-github" was taken for a key and
 * the report holding it refused. A key split by those characters has random segments, which are neither.
 */
function isSlug(text: string, start: number, end: number): boolean {
  let wordy = 0;
  let letters = 0;
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0 : text.charCodeAt(i);
    if (i < end && c !== 0x2d && c !== 0x5f) {
      if ((TRAITS[c]! & (UPPER | LOWER)) !== 0) letters++;
      continue;
    }
    const segment = text.slice(s, i);
    if (segment.length >= 5 && isSlugWord(segment)) wordy += segment.length;
    else if (segment.length > 0 && !SLUG_BIT.test(segment)) return false;
    s = i + 1;
  }
  return wordy > 0 && wordy * 2 >= letters;
}

/**
 * Whether the base64-ish run text[start, end) looks like a random key. Pure hex (git SHAs, sha256,
 * uuids) is never flagged here: too many legitimate hashes in transcripts.
 */
export function looksRandom(text: string, start: number, end: number): boolean {
  let traits = 0;
  let slashes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    traits |= TRAITS[c]!;
    if (c === SLASH) slashes++;
  }
  if ((traits & NON_HEX) === 0) return false;
  if ((traits & (DIGIT | UPPER | LOWER)) !== (DIGIT | UPPER | LOWER)) return false;
  // base64 uses '+' and '/', base64url '-' and '_': a run mixing both alphabets is a path or a name.
  if ((traits & (URLSAFE | STANDARD)) === (URLSAFE | STANDARD)) return false;
  const length = end - start;
  // Paths (a/b/c/d) are made of words; base64 rarely has more than a few slashes per 32 chars.
  if (slashes >= 3 && slashes * 12 > length) return false;
  if (slashes >= 2 && isWordyPath(text, start, end)) return false;
  if (slashes === 0 && (traits & URLSAFE) !== 0 && isSlug(text, start, end)) return false;
  const token = text.slice(start, end);
  if (MARKER_TAIL.test(token) || SRI_HASH.test(token) || API_ID.test(token)) return false;
  let trimmedEnd = length;
  while (trimmedEnd > 0 && token.charCodeAt(trimmedEnd - 1) === 0x3d) trimmedEnd--;
  const trimmed = trimmedEnd === length ? token : token.slice(0, trimmedEnd);
  const threshold = trimmed.length >= 64 ? 4.8 : trimmed.length >= 48 ? 4.6 : 4.4;
  // Long runs reach higher entropies only when random; the threshold scales with what is reachable.
  const h = shannonEntropy(trimmed);
  if (h >= Math.min(threshold, Math.log2(trimmed.length) - 0.4)) return true;
  return (traits & (URLSAFE | STANDARD)) === 0 && randomShortKey(trimmed, h);
}

/** Below the entropy bar, how low a short alphanumeric run may go and still be judged by its shape. */
const SHORT_KEY_ENTROPY = 4.0;
const SHORT_KEY_MAX = 48;
/** At most this share of a random key's characters falls in word-like runs; identifiers are mostly words. */
const MAX_WORD_COVER = 0.35;
/** A capital (optional) and two or more small letters: the words camelCase and PascalCase names are made of. */
const WORDLIKE = /[A-Z]?[a-z]{2,}/g;
const VOWEL_Y = /[aeiouy]/;

/**
 * A 32–47 character run of letters and digits alone whose entropy fell short of the bar: a prefixless key
 * (Mistral's 32 characters, Cohere's 40) drawn at random from 62 characters falls short one time in seven at 32
 * characters, since so few characters cannot show much entropy. What tells it from a long identifier
 * (`createAwsAuthSigv4HttpAuthOption`, a test name glued with numbers) is that its characters mostly do not
 * fall in words: under a third of them sit in runs of small letters with a vowel. Base64 of ordinary text
 * (any of its four alignments decoding to printable ASCII) is left to the bar alone, as before.
 */
function randomShortKey(run: string, h: number): boolean {
  if (run.length >= SHORT_KEY_MAX || h < SHORT_KEY_ENTROPY) return false;
  let cover = 0;
  for (const m of run.matchAll(WORDLIKE)) if (VOWEL_Y.test(m[0])) cover += m[0].length;
  return cover < run.length * MAX_WORD_COVER && !base64OfText(run);
}

/** Whether some 4-character alignment of the run decodes (base64) to at least 90% printable ASCII. */
function base64OfText(run: string): boolean {
  for (let offset = 0; offset < 4; offset++) {
    const n = (run.length - offset) & ~3;
    const bytes = Buffer.from(run.slice(offset, offset + n), 'base64');
    let printable = 0;
    for (const b of bytes) if ((b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x09 || b === 0x0d) printable++;
    if (bytes.length > 0 && printable >= bytes.length * 0.9) return true;
  }
  return false;
}

/** Token-like: letters and digits, not plain hex (hashes, uuids are everywhere), not an SRI hash. */
export function isTokenLike(text: string, s: number, e: number): boolean {
  let traits = 0;
  for (let i = s; i < e; i++) traits |= TRAITS[text.charCodeAt(i)]!;
  if ((traits & DIGIT) === 0 || (traits & (UPPER | LOWER)) === 0 || (traits & NON_HEX) === 0) return false;
  return !(text.startsWith('sha', s) && SRI_HASH.test(text.slice(s, s + 8)));
}
