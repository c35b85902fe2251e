/**
 * The one pass over a text's characters that the common path (no secret) pays: runs of token
 * characters are found by probing, and they select the token rules whose prefixes start them, the
 * entropy candidates, and the runs where a vendor token could sit.
 */
import { isTokenLike } from './entropy.js';
import { SECRET_RULES } from './rules.js';
import { ruleBit, union } from './rule-mask.js';

/**
 * 1: word-run characters [A-Za-z0-9_-]; 2: the rest of base64 ('+', '/', '=' padding); 0 for any
 * other UTF-16 unit (a full-size table spares the hot loops a range check).
 */
const CHAR_CLASS = new Uint8Array(65536);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') CHAR_CLASS[c.charCodeAt(0)] = 1;
for (const c of '+/=') CHAR_CLASS[c.charCodeAt(0)] = 2;
/** Shortest run the entropy rule judges. */
export const MIN_TOKEN = 32;

/**
 * Token-prefix gates, indexed by the first two characters of a word-run (`c0 << 7 | c1`, both ASCII), for a
 * quick dispatch in the hot loops. By the first character alone, every word-run starting with a common letter
 * (`s`, `g`, `A`) tried each of its prefixes with startsWith: in findLineWraps, which asks this of the last run
 * of every line, that was most of the secret scan's time on tool output of prose. Every prefix is at least two
 * characters, so the pair selects exactly the prefixes startsWith could match.
 */
const PREFIXES: ({ prefix: string; bit: number }[] | undefined)[] = new Array(128 * 128).fill(undefined);
SECRET_RULES.forEach((rule, i) => {
  for (const prefix of rule.prefixes ?? []) {
    const c0 = prefix.charCodeAt(0);
    const c1 = prefix.charCodeAt(1);
    if (!(c0 < 128 && c1 < 128)) throw new Error(`secret rule prefix must start with two ASCII characters: ${prefix}`);
    (PREFIXES[(c0 << 7) | c1] ??= []).push({ prefix, bit: ruleBit(i) });
  }
});

/** The prefixes that could start at text[at]: those whose first two characters are there. */
function prefixesAt(text: string, at: number): { prefix: string; bit: number }[] | undefined {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  // Past the text's end charCodeAt is NaN, which fails the test.
  return c0 < 128 && c1 < 128 ? PREFIXES[(c0 << 7) | c1] : undefined;
}
/** Shortest token any prefix rule matches; shorter word-runs are not checked. */
const MIN_PREFIXED = 13;
/** Shortest vendor token secretlint's preset matches (`tskey-`, `dapi` + 32, …) is longer than this. */
export const MIN_VENDOR_TOKEN = 16;

/** Prefix rules of the word-run [s, e) as a mask (rule-mask.ts, bit i: SECRET_RULES[i]). */
function prefixRules(text: string, s: number, e: number): number {
  if (e - s < MIN_PREFIXED) return 0;
  const list = prefixesAt(text, s);
  let mask = 0;
  if (list) for (const p of list) if (text.startsWith(p.prefix, s)) mask = union(mask, p.bit);
  return mask;
}

/** CHAR_CLASS of text[i] (i inside the text). */
export function classAt(text: string, i: number): number {
  return CHAR_CLASS[text.charCodeAt(i)]!;
}

/** What one scan found. */
export interface TokenScan {
  /** The prefix rules to run, as a mask over SECRET_RULES (rule-mask.ts). */
  rules: number;
  /** Entropy candidates: start, end and the classes seen (bit 2: '+', '/' or '='), three numbers each. */
  candidates: readonly number[];
  /** [start, end) pairs of token-like runs, where secretlint's token rules can match. */
  vendorRuns: readonly number[];
}

/** What most scans find: no run at all. Shared, so that a clean text's scan allocates nothing. */
const NONE: TokenScan = Object.freeze({ rules: 0, candidates: Object.freeze([]), vendorRuns: Object.freeze([]) });

/**
 * Finds base64 runs and the prefix rules their word-runs select.
 * Any run of MIN_PREFIXED+ characters contains a multiple-of-MIN_PREFIXED probe position, so only
 * probes are checked and runs are expanded around them: most of the text is never looked at twice.
 */
export function scanTokenRuns(text: string): TokenScan {
  const n = text.length;
  // Made at the first run of MIN_PREFIXED+ characters; a text without one returns NONE.
  let candidates: number[] | undefined;
  let vendorRuns: number[] | undefined;
  let mask = 0;
  let p = MIN_PREFIXED - 1;
  while (p < n) {
    if (CHAR_CLASS[text.charCodeAt(p)] === 0) {
      p += MIN_PREFIXED;
      continue;
    }
    // The classes seen while expanding tell whether the run holds '+', '/' or '=' at all.
    let seen = classAt(text, p);
    let s = p;
    while (s > 0) {
      const c = classAt(text, s - 1);
      if (c === 0) break;
      seen |= c;
      s--;
    }
    let e = p + 1;
    while (e < n) {
      const c = classAt(text, e);
      if (c === 0) break;
      seen |= c;
      e++;
    }
    if (e - s >= MIN_PREFIXED) {
      candidates ??= [];
      vendorRuns ??= [];
      if (e - s >= MIN_VENDOR_TOKEN && isTokenLike(text, s, e)) vendorRuns.push(s, e);
      if (e - s >= MIN_TOKEN) candidates.push(s, e, seen);
      if ((seen & 2) === 0) mask = union(mask, prefixRules(text, s, e));
      else {
        // Word-runs inside the base64 run: split at '+', '/', '='.
        let w = s;
        for (let i = s; i <= e; i++) {
          if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
            mask = union(mask, prefixRules(text, w, i));
            w = i + 1;
          }
        }
      }
    }
    p = e + MIN_PREFIXED;
  }
  return candidates && vendorRuns ? { rules: mask, candidates, vendorRuns } : NONE;
}

/** Whether a word-run inside text[s, e) starts with a token rule's prefix (the run may hold '/', '+'). */
export function startsLikeToken(text: string, s: number, e: number): boolean {
  let w = s;
  for (let i = s; i <= e; i++) {
    if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
      const list = prefixesAt(text, w);
      if (list) for (const p of list) if (text.startsWith(p.prefix, w)) return true;
      w = i + 1;
    }
  }
  return false;
}
