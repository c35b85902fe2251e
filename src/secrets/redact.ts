/**
 * Secret detection and redaction. Runs on every text a reader emits, so the common path (no secret)
 * must stay cheap: one probing pass over the characters finds entropy candidates and selects the
 * token rules whose prefixes occur; the other rules are gated by literals or start with a cheap scan.
 */
import { findAssignments } from './assignments.js';
import { ENTROPY_RULE_ID, SECRET_RULES, type SecretRule } from './rules.js';
import { secretlintFindings } from './secretlint.js';
import { findUrlPasswords } from './url-userinfo.js';

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

/** 1: word-run characters [A-Za-z0-9_-]; 2: the rest of base64 ('+', '/', '=' padding). */
const CHAR_CLASS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') CHAR_CLASS[c.charCodeAt(0)] = 1;
for (const c of '+/=') CHAR_CLASS[c.charCodeAt(0)] = 2;
const MIN_TOKEN = 32;

/** A module-local copy: hot loops should not go through the import binding. */
const RULES: readonly SecretRule[] = [...SECRET_RULES];

/** Token-prefix gates, indexed by the first character of a word-run, for a quick dispatch in the hot loop. */
const PREFIXES: ({ prefix: string; rule: number }[] | undefined)[] = new Array(128).fill(undefined);
RULES.forEach((rule, i) => {
  for (const prefix of rule.prefixes ?? []) {
    const c = prefix.charCodeAt(0);
    if (c >= 128) throw new Error(`secret rule prefix must start with ASCII: ${prefix}`);
    (PREFIXES[c] ??= []).push({ prefix, rule: i });
  }
});
if (RULES.length > 31) throw new Error('secret rules are selected by a 31-bit mask');
const ALWAYS = RULES.reduce((m, r, i) => (!r.prefixes && !r.includes ? m | (1 << i) : m), 0);
/** Each distinct literal once, with the rules it gates (several rules share "://"). */
const INCLUDES: { lit: string; mask: number }[] = [];
RULES.forEach((r, i) => {
  for (const lit of r.includes ?? []) {
    const known = INCLUDES.find((x) => x.lit === lit);
    if (known) known.mask |= 1 << i;
    else INCLUDES.push({ lit, mask: 1 << i });
  }
});
/** Shortest token any prefix rule matches; shorter word-runs are not checked. */
const MIN_PREFIXED = 13;

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

/**
 * Whether the base64-ish run text[start, end) looks like a random key rather than a hash, uuid, path
 * or identifier. Pure hex (git SHAs, sha256, uuids) is never flagged here: too many legitimate hashes
 * in transcripts. Runs hold token characters only (ASCII), so one pass over a trait table decides
 * the cheap vetoes before any substring is made.
 */
function looksRandom(text: string, start: number, end: number): boolean {
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
  const token = text.slice(start, end);
  if (MARKER_TAIL.test(token) || SRI_HASH.test(token) || API_ID.test(token)) return false;
  let trimmedEnd = length;
  while (trimmedEnd > 0 && token.charCodeAt(trimmedEnd - 1) === 0x3d) trimmedEnd--;
  const trimmed = trimmedEnd === length ? token : token.slice(0, trimmedEnd);
  const threshold = trimmed.length >= 64 ? 4.8 : trimmed.length >= 48 ? 4.6 : 4.4;
  // Long runs reach higher entropies only when random; the threshold scales with what is reachable.
  return shannonEntropy(trimmed) >= Math.min(threshold, Math.log2(trimmed.length) - 0.4);
}

function accept(rule: SecretRule, text: string, m: RegExpExecArray, out: SecretFinding[]): void {
  if (rule.before && !rule.before.test(text.slice(Math.max(0, m.index - 48), m.index))) return;
  const secret = m.groups?.secret;
  if (secret !== undefined) {
    if (rule.reject?.(secret)) return;
    const start = m.index + m[0].lastIndexOf(secret);
    out.push({ rule: rule.id, start, end: start + secret.length });
  } else {
    if (rule.reject?.(m[0])) return;
    out.push({ rule: rule.id, start: m.index, end: m.index + m[0].length });
  }
}

function runRule(rule: SecretRule, text: string, out: SecretFinding[]): void {
  if (rule.quotedAfter !== undefined) return runQuotedAfter(rule, text, out);
  const re = rule.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    accept(rule, text, m, out);
  }
}

/** Sticky copies of the quotedAfter rules' patterns, tried at one position each. */
const STICKY = new Map<SecretRule, RegExp>(
  RULES.filter((r) => r.quotedAfter !== undefined).map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace('g', '') + 'y')]),
);

function quoteFollows(text: string, i: number): boolean {
  const n = text.length;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22 || c === 0x27) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return false;
}

/**
 * The same matches as the global regex's exec loop, in the same order: a match can only start at an
 * anchor character with a quote after it, so the places in between are skipped with indexOf, and each
 * search resumes after the previous match, as exec does.
 */
function runQuotedAfter(rule: SecretRule, text: string, out: SecretFinding[]): void {
  const re = STICKY.get(rule)!;
  const anchors = rule.quotedAfter!;
  const next = Array.from(anchors, (ch) => text.indexOf(ch));
  let from = 0;
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j]! >= 0 && (k < 0 || next[j]! < next[k]!)) k = j;
    if (k < 0) return;
    const q = next[k]!;
    next[k] = text.indexOf(anchors[k]!, q + 1);
    if (q < from || !quoteFollows(text, q)) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    from = q + m[0].length;
    accept(rule, text, m, out);
  }
}

/** Prefix rules of the word-run [s, e) as a bit mask. */
function prefixRules(text: string, s: number, e: number): number {
  if (e - s < MIN_PREFIXED) return 0;
  const c = text.charCodeAt(s);
  const list = c < 128 ? PREFIXES[c] : undefined;
  let mask = 0;
  if (list) for (const p of list) if (text.startsWith(p.prefix, s)) mask |= 1 << p.rule;
  return mask;
}

/** CHAR_CLASS of text[i] (i inside the text); 0 for non-ASCII. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? CHAR_CLASS[c]! : 0;
}

function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && CHAR_CLASS[c] !== 0;
}

/**
 * Finds base64 runs (candidates for the entropy rule, pushed as start, end and the classes seen) and
 * the prefix rules their word-runs select.
 * Any run of MIN_PREFIXED+ characters contains a multiple-of-MIN_PREFIXED probe position, so only
 * probes are checked and runs are expanded around them: most of the text is never looked at twice.
 */
/** Token-like: letters and digits, not plain hex (hashes, uuids are everywhere), not an SRI hash. */
function isTokenLike(text: string, s: number, e: number): boolean {
  let traits = 0;
  for (let i = s; i < e; i++) traits |= TRAITS[text.charCodeAt(i)]!;
  if ((traits & DIGIT) === 0 || (traits & (UPPER | LOWER)) === 0 || (traits & NON_HEX) === 0) return false;
  return !(text.startsWith('sha', s) && SRI_HASH.test(text.slice(s, s + 8)));
}

/** Filled by scan(): [start, end) pairs of runs that may be vendor tokens, where secretlint's token rules can match. */
let tokenRuns: number[] = [];
/** Shortest vendor token secretlint's preset matches (`tskey-`, `dapi` + 32, …) is longer than this. */
const MIN_VENDOR_TOKEN = 16;

function scan(text: string, candidates: number[]): number {
  const n = text.length;
  tokenRuns = [];
  let mask = 0;
  let p = MIN_PREFIXED - 1;
  while (p < n) {
    if (!isTokenChar(text, p)) {
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
      if (e - s >= MIN_VENDOR_TOKEN && isTokenLike(text, s, e)) tokenRuns.push(s, e);
      if (e - s >= MIN_TOKEN) candidates.push(s, e, seen);
      if ((seen & 2) === 0) mask |= prefixRules(text, s, e);
      else {
        // Word-runs inside the base64 run: split at '+', '/', '='.
        let w = s;
        for (let i = s; i <= e; i++) {
          if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
            mask |= prefixRules(text, w, i);
            w = i + 1;
          }
        }
      }
    }
    p = e + MIN_PREFIXED;
  }
  return mask;
}

/**
 * All secrets in `text`, sorted by position, non-overlapping (specific rules win over entropy):
 * secretlint's recommended preset, our token table, keyed assignments, URL passwords, tokens wrapped
 * across two lines, and the entropy rule.
 */
export function findSecrets(text: string): SecretFinding[] {
  if (text.length < 8) return [];
  return findTableSecrets(text, true);
}

/**
 * The token table and the entropy rule; with `all`, the finders outside the table too. The table
 * alone is what test/secrets/reference-redact.ts checks the fast paths against.
 */
export function findTableSecrets(text: string, all = false): SecretFinding[] {
  if (text.length < 8) return [];
  const candidates: number[] = [];
  let run = ALWAYS | scan(text, candidates);
  const runs = tokenRuns;
  for (const { lit, mask } of INCLUDES) if ((run & mask) !== mask && text.includes(lit)) run |= mask;
  const found: SecretFinding[] = [];
  for (let i = 0; i < RULES.length; i++) if ((run & (1 << i)) !== 0) runRule(RULES[i]!, text, found);
  let hasUrl = false;
  if (all) {
    findAssignments(text, found);
    hasUrl = text.includes('://');
    if (hasUrl) findUrlPasswords(text, found);
    findWrapped(text, found);
  }
  const specific = resolveOverlaps(found);
  const entropic: SecretFinding[] = [];
  for (let k = 0; k < candidates.length; k += 3) {
    const runEnd = candidates[k + 1]!;
    // Without '+', '/' or '=' (hashes, words) the run is one piece: no need to look for '='.
    const oneClass = (candidates[k + 2]! & 2) === 0;
    // '=' inside a run is an assignment (NAME=value), not base64 padding: judge each side alone.
    let s = candidates[k]!;
    while (s < runEnd) {
      // The piece ends at an '=' followed by more token characters; trailing '='s are padding.
      let e = oneClass ? runEnd : s;
      while (e < runEnd && !(text.charCodeAt(e) === 0x3d && e + 1 < runEnd && text.charCodeAt(e + 1) !== 0x3d)) e++;
      const end = e;
      const start = s;
      s = end + 1;
      if (end - start < MIN_TOKEN) continue;
      // A specific rule's finding names the secret better than the entropy rule does.
      if (specific.length > 0 && overlapsAny(specific, start, end)) continue;
      if (looksRandom(text, start, end)) entropic.push({ rule: ENTROPY_RULE_ID, start, end });
    }
  }
  const ours = entropic.length === 0 ? specific : [...specific, ...entropic].sort((a, b) => a.start - b.start);
  if (!all) return ours;
  // secretlint's preset costs tens of microseconds a call whatever the text, so it runs only where it
  // could add something: a token-like run none of our findings covers (or a key block), or a URL
  // with userinfo ('@') for its credential-URL rules.
  const uncovered = text.includes('PRIVATE KEY') || someRunUncovered(ours, runs);
  const userinfo = hasUrl && text.includes('@');
  if (!uncovered && !userinfo) return ours;
  const extra = secretlintFindings(text, uncovered ? 'all' : 'url').sort((a, b) => a.start - b.start);
  // Where our rules already name a secret, their id (and narrower span) is kept.
  const kept = withoutOverlaps(extra, ours);
  return kept.length === 0 ? ours : resolveOverlaps([...ours, ...kept]);
}

/**
 * Whether some run [runs[k], runs[k+1]) meets no finding. A run a finding touches is taken as handled:
 * `API_TOKEN=value` is one run whose value our keyed rule already redacted. Both lists are in text
 * order: one merge pass.
 */
function someRunUncovered(found: readonly SecretFinding[], runs: readonly number[]): boolean {
  let j = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    while (j < found.length && found[j]!.end <= start) j++;
    const f = found[j];
    if (!f || f.start >= runs[k + 1]!) return true;
  }
  return false;
}

/** The findings of `extra` (sorted by start) that overlap none of `found` (sorted, disjoint), in one merge pass. */
function withoutOverlaps(extra: readonly SecretFinding[], found: readonly SecretFinding[]): SecretFinding[] {
  const out: SecretFinding[] = [];
  let j = 0;
  for (const x of extra) {
    while (j < found.length && found[j]!.end <= x.start) j++;
    const f = found[j];
    if (!f || f.start >= x.end) out.push(x);
  }
  return out;
}

function overlapsAny(found: readonly SecretFinding[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
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

const MIN_WRAP_LEFT = 6;

/** Whether a word-run inside text[s, e) starts with a token rule's prefix (the run may hold '/', '+'). */
function startsLikeToken(text: string, s: number, e: number): boolean {
  let w = s;
  for (let i = s; i <= e; i++) {
    if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
      const c = text.charCodeAt(w);
      const list = c < 128 ? PREFIXES[c] : undefined;
      if (list) for (const p of list) if (text.startsWith(p.prefix, w)) return true;
      w = i + 1;
    }
  }
  return false;
}
const MIN_WRAP_RIGHT = 4;
const MAX_WRAP = 600;

/**
 * Tokens a terminal or a log wrapped onto two lines (`ghp_abc…` + newline + indentation + `…xyz`):
 * where a word-run ends a line and another starts the next, the two are joined and checked by the
 * specific rules; a finding across the join redacts both pieces. Each newline looks at its two
 * neighbouring runs only, so the cost stays linear.
 */
function findWrapped(text: string, out: SecretFinding[]): void {
  let nl = text.indexOf('\n');
  while (nl >= 0) {
    const next = text.indexOf('\n', nl + 1);
    let le = nl;
    if (le > 0 && text.charCodeAt(le - 1) === 0x0d) le--;
    let ls = le;
    while (ls > 0 && le - ls <= MAX_WRAP && classAt(text, ls - 1) !== 0) ls--;
    // Only a run that starts like a known token is worth joining: its prefix is on the first line.
    if (le - ls >= MIN_WRAP_LEFT && le - ls <= MAX_WRAP && startsLikeToken(text, ls, le)) {
      let rs = nl + 1;
      while (rs < text.length && rs - nl <= 16 && (text.charCodeAt(rs) === 0x20 || text.charCodeAt(rs) === 0x09)) rs++;
      let re = rs;
      while (re < text.length && re - rs <= MAX_WRAP && classAt(text, re) !== 0) re++;
      if (re - rs >= MIN_WRAP_RIGHT && le - ls + re - rs <= MAX_WRAP) {
        const left = text.slice(ls, le);
        const joined = left + text.slice(rs, re);
        for (const f of findTableSecrets(joined)) {
          if (f.rule === ENTROPY_RULE_ID || f.start >= left.length || f.end <= left.length) continue;
          out.push({ rule: f.rule, start: ls + f.start, end: le }, { rule: f.rule, start: rs, end: rs + (f.end - left.length) });
          break;
        }
      }
    }
    nl = next;
  }
}
