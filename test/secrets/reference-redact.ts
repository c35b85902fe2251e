/**
 * The redactor as it was before its fast paths (commit cae271a^): the oracle the fast paths are
 * compared with. Runs every rule through its global regex and judges entropy candidates from substrings.
 * Test-only; do not import from src.
 */
import { ENTROPY_RULE_ID, SECRET_RULES, type SecretRule } from '../../src/secrets/rules.js';

export interface SecretFinding {
  rule: string;
  start: number;
  end: number;
}

const counts = new Int32Array(65536);

/** Shannon entropy in bits per character. */
function shannonEntropy(s: string): number {
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

/** 1: word-run characters [A-Za-z0-9_-]; 2: the rest of base64 ('+', '/', '=' padding). */
const CHAR_CLASS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') CHAR_CLASS[c.charCodeAt(0)] = 1;
for (const c of '+/=') CHAR_CLASS[c.charCodeAt(0)] = 2;
const MIN_TOKEN = 32;

/** A module-local copy: hot loops should not go through the import binding. */
const RULES: readonly SecretRule[] = [...SECRET_RULES];

/** Token-prefix gates, by the first character of a word-run, for a quick dispatch in the hot loop. */
const PREFIXES = new Map<number, { prefix: string; rule: number }[]>();
RULES.forEach((rule, i) => {
  for (const prefix of rule.prefixes ?? []) {
    const c = prefix.charCodeAt(0);
    const list = PREFIXES.get(c) ?? [];
    list.push({ prefix, rule: i });
    PREFIXES.set(c, list);
  }
});
/** Rule indexes as a Set, not the pass's packed masks (src/secrets/rule-mask.ts), so the two can be compared. */
const ALWAYS = RULES.flatMap((r, i) => (!r.prefixes && !r.includes ? [i] : []));
const INCLUDES = RULES.flatMap((r, i) => (r.includes ? [{ rule: i, lits: r.includes }] : []));
/** Shortest token any prefix rule matches; shorter word-runs are not checked. */
const MIN_PREFIXED = 13;

const HEX_LIKE = /^[0-9a-fA-F-]+$/;
const HAS_DIGIT = /[0-9]/;
const HAS_UPPER = /[A-Z]/;
const HAS_LOWER = /[a-z]/;
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
const VOWELS = /[aeiouAEIOU]/g;
const LETTERS = /[A-Za-z]/g;
const FEW_DIGITS_OVER = /(?:\d\D*){3}/;
const CAPS_RUN = /[A-Z]{3}[a-z]/;
/** A path whose every long segment is made of words (vowel-rich), not of random characters. */
function isWordyPath(token: string): boolean {
  const segments = token.split('/');
  if (segments.length < 3) return false;
  return segments.every((seg) => {
    if (seg.length < 4) return true;
    const letters = seg.match(LETTERS)?.length ?? 0;
    // Words: mostly letters, vowel-rich, few digits, no run of capitals mid-word (random text has all).
    return (
      letters >= seg.length * 0.8 && (seg.match(VOWELS)?.length ?? 0) >= letters * 0.3 && !FEW_DIGITS_OVER.test(seg) && !CAPS_RUN.test(seg)
    );
  });
}
const URLSAFE = /[-_]/;
const STANDARD = /[+/]/;
const SLUG_BIT = /^(?:\d+[A-Za-z]?|[A-Za-z]{1,4})$/;
const SLUG_WORD = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/;

/** A dated or numbered slug: words and short number-like bits split by '-' or '_', words half of its letters. */
function isSlug(token: string): boolean {
  let words = 0;
  for (const seg of token.split(/[-_]/)) {
    if (seg.length >= 5 && SLUG_WORD.test(seg) && (seg.match(VOWELS)?.length ?? 0) >= seg.length * 0.2) words += seg.length;
    else if (seg && !SLUG_BIT.test(seg)) return false;
  }
  return words > 0 && words * 2 >= (token.match(/[A-Za-z]/g)?.length ?? 0);
}

/**
 * Whether a base64-ish run looks like a random key rather than a hash, uuid, path or identifier.
 * Pure hex (git SHAs, sha256, uuids) is never flagged here: too many legitimate hashes in transcripts.
 */
function looksRandom(token: string): boolean {
  if (HEX_LIKE.test(token)) return false;
  if (!HAS_DIGIT.test(token) || !HAS_UPPER.test(token) || !HAS_LOWER.test(token)) return false;
  if (MARKER_TAIL.test(token) || SRI_HASH.test(token) || API_ID.test(token)) return false;
  // base64 uses '+' and '/', base64url '-' and '_': a run mixing both alphabets is a path or a name.
  if (URLSAFE.test(token) && STANDARD.test(token)) return false;
  const slashes = token.split('/').length - 1;
  // Paths (a/b/c/d) are made of words; base64 rarely has more than a few slashes per 32 chars.
  if (slashes >= 3 && slashes * 12 > token.length) return false;
  if (slashes >= 2 && isWordyPath(token)) return false;
  if (slashes === 0 && URLSAFE.test(token) && isSlug(token)) return false;
  const trimmed = token.replace(/=+$/, '');
  const threshold = trimmed.length >= 64 ? 4.8 : trimmed.length >= 48 ? 4.6 : 4.4;
  // Long runs reach higher entropies only when random; the threshold scales with what is reachable.
  const h = shannonEntropy(trimmed);
  if (h >= Math.min(threshold, Math.log2(trimmed.length) - 0.4)) return true;
  // Below the bar, a short run of letters and digits is a key when its characters mostly fall outside words.
  if (URLSAFE.test(token) || STANDARD.test(token) || trimmed.length >= 48 || h < 4.0) return false;
  const inWords = [...trimmed.matchAll(/[A-Z]?[a-z]{2,}/g)].filter((m) => /[aeiouy]/.test(m[0])).reduce((n, m) => n + m[0].length, 0);
  return inWords < trimmed.length * 0.35 && ![0, 1, 2, 3].some((o) => printableBase64(trimmed.slice(o)));
}

/** Whether the run, read as base64 from its start (whole quads only), is at least 90% printable ASCII. */
function printableBase64(run: string): boolean {
  const bytes = [...Buffer.from(run.slice(0, run.length - (run.length % 4)), 'base64')];
  return (
    bytes.length > 0 && bytes.filter((b) => (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x09 || b === 0x0d).length >= bytes.length * 0.9
  );
}

function runRule(rule: SecretRule, text: string, out: SecretFinding[]): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (rule.before && !rule.before.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    const secret = m.groups?.secret;
    if (secret !== undefined) {
      if (rule.reject?.(secret)) continue;
      const start = m.index + m[0].lastIndexOf(secret);
      out.push({ rule: rule.id, start, end: start + secret.length });
    } else {
      if (rule.reject?.(m[0])) continue;
      out.push({ rule: rule.id, start: m.index, end: m.index + m[0].length });
    }
  }
}

/** Adds the prefix rules of the word-run [s, e) to `run`. */
function prefixRules(text: string, s: number, e: number, run: Set<number>): void {
  if (e - s < MIN_PREFIXED) return;
  const list = PREFIXES.get(text.charCodeAt(s));
  if (list) for (const p of list) if (text.startsWith(p.prefix, s)) run.add(p.rule);
}

function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && CHAR_CLASS[c] !== 0;
}

/**
 * Finds base64 runs (candidates for the entropy rule) and the prefix rules their word-runs select.
 * Any run of MIN_PREFIXED+ characters contains a multiple-of-MIN_PREFIXED probe position, so only
 * probes are checked and runs are expanded around them: most of the text is never looked at twice.
 */
function scan(text: string, candidates: number[], run: Set<number>): void {
  const n = text.length;
  let p = MIN_PREFIXED - 1;
  while (p < n) {
    if (!isTokenChar(text, p)) {
      p += MIN_PREFIXED;
      continue;
    }
    let s = p;
    while (s > 0 && isTokenChar(text, s - 1)) s--;
    let e = p + 1;
    while (e < n && isTokenChar(text, e)) e++;
    if (e - s >= MIN_PREFIXED) {
      if (e - s >= MIN_TOKEN) candidates.push(s, e);
      // Word-runs inside the base64 run: split at '+', '/', '='.
      let w = s;
      for (let i = s; i <= e; i++) {
        if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
          prefixRules(text, w, i, run);
          w = i + 1;
        }
      }
    }
    p = e + MIN_PREFIXED;
  }
}

/** All secrets in `text`, sorted by position, non-overlapping (specific rules win over entropy). */
export function findSecretsReference(text: string): SecretFinding[] {
  if (text.length < 8) return [];
  const candidates: number[] = [];
  const run = new Set(ALWAYS);
  scan(text, candidates, run);
  for (const { rule, lits } of INCLUDES) if (lits.some((l) => text.includes(l))) run.add(rule);
  const found: SecretFinding[] = [];
  for (let i = 0; i < RULES.length; i++) if (run.has(i)) runRule(RULES[i]!, text, found);
  const specific = resolveOverlaps(found);
  const entropic: SecretFinding[] = [];
  for (let k = 0; k < candidates.length; k += 2) {
    const runEnd = candidates[k + 1]!;
    // '=' inside a run is an assignment (NAME=value), not base64 padding: judge each side alone.
    let s = candidates[k]!;
    while (s < runEnd) {
      // The piece ends at an '=' followed by more token characters; trailing '='s are padding.
      let e = s;
      while (e < runEnd && !(text.charCodeAt(e) === 0x3d && e + 1 < runEnd && text.charCodeAt(e + 1) !== 0x3d)) e++;
      const end = e;
      const start = s;
      s = end + 1;
      if (end - start < MIN_TOKEN) continue;
      // A specific rule's finding names the secret better than the entropy rule does.
      if (specific.some((f) => f.start < end && start < f.end)) continue;
      if (looksRandom(text.slice(start, end))) entropic.push({ rule: ENTROPY_RULE_ID, start, end });
    }
  }
  if (entropic.length === 0) return specific;
  return [...specific, ...entropic].sort((a, b) => a.start - b.start);
}

/** Earlier start wins, then the longer match; overlapping tails extend the kept finding. */
function resolveOverlaps(found: SecretFinding[]): SecretFinding[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretFinding[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end) prev.end = f.end;
      continue;
    }
    out.push({ ...f });
  }
  return out;
}
