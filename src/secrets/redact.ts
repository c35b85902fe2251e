/**
 * Secret detection and redaction. Runs on every text a reader emits, so the common path (no secret)
 * must stay cheap: keyword prefilters gate the rule regexes, and the entropy scan is one regex pass.
 */
import { ENTROPY_RULE_ID, SECRET_RULES, type SecretRule } from './rules.js';

export interface SecretFinding {
  rule: string;
  start: number;
  end: number;
}

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

/** base64 / base64url alphabet, plus '=' padding. */
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') TOKEN_CHAR[c.charCodeAt(0)] = 1;
const MIN_TOKEN = 32;

/** A module-local copy: hot loops should not go through the import binding. */
const RULES: readonly SecretRule[] = [...SECRET_RULES];

/** One pass over the text tells which rules' keywords occur (instead of one `includes` per keyword). */
const KEYWORD_RULES = new Map<string, number[]>();
SECRET_RULES.forEach((rule, i) => {
  for (const k of rule.keywords) {
    const list = KEYWORD_RULES.get(k) ?? [];
    list.push(i);
    KEYWORD_RULES.set(k, list);
  }
});
const KEYWORD_SCAN = new RegExp(
  [...KEYWORD_RULES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  'g',
);
const ALWAYS = SECRET_RULES.flatMap((r, i) => (r.keywords.length === 0 ? [i] : []));

function rulesToRun(text: string): Set<number> {
  const run = new Set<number>(ALWAYS);
  KEYWORD_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_SCAN.exec(text)) !== null) {
    for (const i of KEYWORD_RULES.get(m[0]) ?? []) run.add(i);
    if (run.size === RULES.length) break;
  }
  return run;
}

const HEX_LIKE = /^[0-9a-fA-F-]+$/;
const HAS_DIGIT = /[0-9]/;
const HAS_UPPER = /[A-Z]/;
const HAS_LOWER = /[a-z]/;
/** Our own redaction markers, and markers other sanitisers leave behind, are not secrets. */
const MARKER_TAIL = /REDACTED/;
/** Subresource-integrity hashes in lockfiles are public. */
const SRI_HASH = /^sha(?:1|256|384|512)-/;

/**
 * Whether a base64-ish run looks like a random key rather than a hash, uuid, path or identifier.
 * Pure hex (git SHAs, sha256, uuids) is never flagged here: too many legitimate hashes in transcripts.
 */
function looksRandom(token: string): boolean {
  if (HEX_LIKE.test(token)) return false;
  if (!HAS_DIGIT.test(token) || !HAS_UPPER.test(token) || !HAS_LOWER.test(token)) return false;
  if (MARKER_TAIL.test(token) || SRI_HASH.test(token)) return false;
  const slashes = token.split('/').length - 1;
  // Paths (a/b/c/d) are made of words; base64 rarely has more than a few slashes per 32 chars.
  if (slashes >= 3 && slashes * 12 > token.length) return false;
  const trimmed = token.replace(/=+$/, '');
  const threshold = trimmed.length >= 64 ? 4.8 : trimmed.length >= 48 ? 4.6 : 4.4;
  // Long runs reach higher entropies only when random; the threshold scales with what is reachable.
  return shannonEntropy(trimmed) >= Math.min(threshold, Math.log2(trimmed.length) - 0.4);
}

function runRule(rule: SecretRule, text: string, out: SecretFinding[]): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (++guard > text.length) break;
      continue;
    }
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

/** All secrets in `text`, sorted by position, non-overlapping (specific rules win over entropy). */
export function findSecrets(text: string): SecretFinding[] {
  if (text.length < 8) return [];
  const found: SecretFinding[] = [];
  const run = rulesToRun(text);
  for (let i = 0; i < RULES.length; i++) if (run.has(i)) runRule(RULES[i]!, text, found);
  const specific = resolveOverlaps(found);
  if (text.length < 32) return specific;
  const entropic: SecretFinding[] = [];
  // A hand loop over runs of token characters: a regex like /[A-Za-z0-9+/=_-]{32,}/ retries at
  // every position inside shorter words and is several times slower on prose.
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    if (c < 128 && TOKEN_CHAR[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const s = start;
    start = -1;
    if (i - s < MIN_TOKEN) continue;
    // A specific rule's finding names the secret better than the entropy rule does.
    if (specific.some((f) => f.start < i && s < f.end)) continue;
    if (looksRandom(text.slice(s, i))) entropic.push({ rule: ENTROPY_RULE_ID, start: s, end: i });
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

/** `text` with each secret replaced by `[REDACTED:<rule>]`. Returns the same string when clean. */
export function redactSecrets(text: string): string {
  const found = findSecrets(text);
  if (found.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const f of found) {
    out += text.slice(pos, f.start) + `[REDACTED:${f.rule}]`;
    pos = f.end;
  }
  return out + text.slice(pos);
}
