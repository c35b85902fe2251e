/**
 * Keys said in words or sent as a header without its ':' ("the token is 9f86…", "use API key q3Zx8k…",
 * "x-api-key 9f86…", "set SECRET_KEY 9f86…", "Bearer Zx8k…"): there is no '=' or ':' for the keyed rules
 * to read. Driven by the token runs the scan already found (most texts hold none), each judged by the few
 * words before it, so the cost is that of the runs, not of every "key" in prose.
 */
import type { SecretFinding } from './finding.js';
import { isPlaceholder } from './rules.js';

const RULE_ID = 'prose-key';
const MIN_KEY = 20;
const MAX_KEY = 128;
/** The credential word right before the value, spaces (and an "is") between. "key" alone counts, but not in
 * names that hold no secret: a cache, hash, primary or sort key, an ssh, public or deploy key. With ':' or '=',
 * or after a flag's dashes, the keyed rules and cli-password read it, so it is not this rule's. */
const BEFORE =
  /(?<![-\w])(?:x-)?(?:(?:api|access|secret|private|client|auth|encryption|master|license)[ _-]?key|apikey|(?<!(?:cache|hash|primary|foreign|sort|partition|idempotency|public|ssh|gpg|pgp|object|row|lookup|map|index|unique|composite|routing|shard|s3|dict|json|yaml|config|registry|sign|signing|host|deploy)[ _-]?)key|token|secret|bearer)(?:\s+(?:is|was))?[ \t]+["'`]?$/i;

/** The end of BEFORE: a credential word (or "is", "was" after one), spaces and an optional quote. */
const LAST_WORD = /(?:key|token|secret|bearer|is|was)[ \t]+["'`]?$/i;

/**
 * An opaque key rather than a word, a name or an id said in passing: hex of 32 or more (a digit and a letter,
 * one case), or 20+ characters of base64url with digits and both cases, under half of them in word-like runs.
 * Identifiers are mostly words (`MyComponentName2Handler` 0.87, `getUserById2Async` 0.71); a random key of 20
 * characters falls under half 93% of the time, of 32 characters 98% (/tmp measurements, red team round 4).
 */
function opaqueKey(v: string): boolean {
  if (/^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/.test(v)) return /\d/.test(v) && /[A-Fa-f]/.test(v);
  if (v.length < MIN_KEY || !/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) return false;
  let cover = 0;
  for (const m of v.matchAll(/[A-Z]?[a-z]{2,}/g)) if (/[aeiouy]/.test(m[0])) cover += m[0].length;
  return cover < v.length / 2;
}

/** `runs`: [start, end) pairs of the text's token runs (token-runs.ts: vendor runs and entropy candidates). */
export function findProseKeys(text: string, runs: readonly number[], step: number, out: SecretFinding[]): void {
  for (let k = 0; k < runs.length; k += step) {
    const s = runs[k]!;
    const e = runs[k + 1]!;
    if (e - s < MIN_KEY || e - s > MAX_KEY) continue;
    const next = text.charCodeAt(e);
    // A run that goes on as a path or a dotted name ("token abc123.json") is not a key.
    if (next === 0x2e || next === 0x2f) continue;
    // Most runs (paths, names, ids) follow no credential word: the last word before decides cheaply.
    if (!LAST_WORD.test(text.slice(Math.max(0, s - 10), s))) continue;
    const value = text.slice(s, e);
    if (!/^[A-Za-z0-9_-]+$/.test(value) || isPlaceholder(value)) continue;
    const tail = wrappedTail(text, e);
    // A key wrapped at the line's end is judged whole.
    if (!opaqueKey(tail ? value + text.slice(tail[0], tail[1]) : value) && !opaqueKey(value)) continue;
    if (!BEFORE.test(text.slice(Math.max(0, s - 48), s))) continue;
    out.push({ rule: RULE_ID, start: s, end: e });
    if (tail && opaqueKey(value + text.slice(tail[0], tail[1]))) out.push({ rule: RULE_ID, start: tail[0], end: tail[1] });
  }
}

/** The next line's first run, when the key's run ends its line: the rest of a key a terminal or editor wrapped. */
function wrappedTail(text: string, e: number): [number, number] | undefined {
  let nl = e;
  if (text.charCodeAt(nl) === 0x0d) nl++;
  if (text.charCodeAt(nl) !== 0x0a) return undefined;
  let s = nl + 1;
  while (s < text.length && s - nl <= 16 && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  const m = /^[A-Za-z0-9_-]{4,128}(?![A-Za-z0-9_./-])/.exec(text.slice(s, s + 129));
  return m ? [s, s + m[0].length] : undefined;
}
