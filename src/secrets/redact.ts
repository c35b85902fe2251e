/**
 * Secret detection and redaction. Runs on every text a reader emits, so the common path (no secret)
 * must stay cheap: one probing pass over the characters finds entropy candidates and selects the
 * token rules whose prefixes occur (token-runs.ts); the other rules are gated by literals (table.ts).
 * secretlint's preset, whose cost per call is fixed, runs only where it could add something, and
 * through `presetFinder`, which a batch (batch.ts) replaces to run it once for many texts.
 */
import { looksRandom } from './entropy.js';
import { findAssignments } from './assignments.js';
import { overlapsAny, resolveOverlaps, someRunUncovered, withoutOverlaps, type SecretFinding } from './finding.js';
import { ENTROPY_RULE_ID } from './rules.js';
import { secretlintFindings, type PresetScope } from './secretlint.js';
import { union } from './rule-mask.js';
import { ALWAYS, findLiterals, HAS_AT, HAS_KEY_BLOCK, HAS_URL, runTable } from './table.js';
import { MIN_TOKEN, MIN_VENDOR_TOKEN, scanTokenRuns } from './token-runs.js';
import { findUrlPasswords } from './url-userinfo.js';
import { findWrapped } from './wrapped.js';
import { findProseKeys } from './prose-key.js';

export type { SecretFinding } from './finding.js';
export { shannonEntropy } from './entropy.js';

/**
 * secretlint's findings in `text` for `scope`; `ours` are the findings of our own rules (sorted,
 * disjoint), which win where both match.
 */
export type PresetFinder = (text: string, scope: PresetScope, ours: readonly SecretFinding[]) => SecretFinding[];

const direct: PresetFinder = (text, scope) => secretlintFindings(text, scope);
let presetFinder: PresetFinder = direct;

/** Runs `fn` with `finder` in place of the direct preset call (batch.ts); restores it afterwards. */
export function withPresetFinder<T>(finder: PresetFinder, fn: () => T): T {
  const previous = presetFinder;
  presetFinder = finder;
  try {
    return fn();
  } finally {
    presetFinder = previous;
  }
}

/**
 * Runs `fn` with the preset's scope narrowed per text by `narrow` (undefined: not asked at all), for
 * callers that know parts of the text were already scanned on their own; the narrowed question goes
 * to the finder in place before (direct, or a batch's).
 */
export function narrowPreset<T>(narrow: (text: string, scope: PresetScope) => PresetScope | undefined, fn: () => T): T {
  const outer = presetFinder;
  return withPresetFinder((text, scope, ours) => {
    const narrowed = narrow(text, scope);
    return narrowed === undefined ? [] : outer(text, narrowed, ours);
  }, fn);
}

/** Whether `text` holds a token-like run of the length secretlint's token rules need (the preset's gate). */
export function hasVendorRun(text: string): boolean {
  // A shorter text holds no such run: no scan (nor its result) for the short keys capture asks about.
  return text.length >= MIN_VENDOR_TOKEN && scanTokenRuns(text).vendorRuns.length > 0;
}

/** No rule finds a secret in a text shorter than this: findSecrets answers such a text without a scan. */
export const MIN_SECRET_TEXT = 8;

/**
 * All secrets in `text`, sorted by position, non-overlapping (specific rules win over entropy):
 * secretlint's recommended preset, our token table, keyed assignments, URL passwords, tokens wrapped
 * across two lines, and the entropy rule.
 */
export function findSecrets(text: string): SecretFinding[] {
  if (text.length < MIN_SECRET_TEXT) return [];
  return findTableSecrets(text, true);
}

const tableOnly = (joined: string): SecretFinding[] => findTableSecrets(joined);

/**
 * The token table and the entropy rule; with `all`, the finders outside the table too. The table
 * alone is what test/secrets/reference-redact.ts checks the fast paths against.
 */
export function findTableSecrets(text: string, all = false): SecretFinding[] {
  if (text.length < 8) return [];
  const runs = scanTokenRuns(text);
  const literals = findLiterals(text);
  const found: SecretFinding[] = [];
  runTable(text, union(ALWAYS, union(runs.rules, literals.rules)), found);
  const hasUrl = (literals.present & HAS_URL) !== 0;
  if (all) {
    findAssignments(text, found);
    if (hasUrl) findUrlPasswords(text, found);
    findWrapped(text, found, tableOnly);
    // Keys said in words: only where the scan found a run long enough to be one.
    if (runs.vendorRuns.length > 0) findProseKeys(text, runs.vendorRuns, 2, found);
    if (runs.candidates.length > 0) findProseKeys(text, runs.candidates, 3, found);
  }
  const specific = resolveOverlaps(found);
  const entropic = entropyFindings(text, runs.candidates, specific);
  const ours = entropic.length === 0 ? specific : [...specific, ...entropic].sort((a, b) => a.start - b.start);
  if (!all) return ours;
  // secretlint's preset costs tens of microseconds a call whatever the text, so it runs only where it
  // could add something: a token-like run none of our findings covers (or a key block), or a URL
  // with userinfo ('@') for its credential-URL rules.
  const uncovered = (literals.present & HAS_KEY_BLOCK) !== 0 || someRunUncovered(ours, runs.vendorRuns);
  const userinfo = hasUrl && (literals.present & HAS_AT) !== 0;
  if (!uncovered && !userinfo) return ours;
  const extra = presetFinder(text, uncovered ? 'all' : 'url', ours);
  if (extra.length === 0) return ours;
  // Where our rules already name a secret, their id (and narrower span) is kept.
  const kept = withoutOverlaps(
    extra.sort((a, b) => a.start - b.start),
    ours,
  );
  return kept.length === 0 ? ours : resolveOverlaps([...ours, ...kept]);
}

/** The entropy rule on the scan's candidate runs, where no specific finding already names the secret. */
function entropyFindings(text: string, candidates: readonly number[], specific: readonly SecretFinding[]): SecretFinding[] {
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
  return entropic;
}

/** `text` with `found` (sorted, disjoint) replaced by `[REDACTED:<rule>]`. */
function applyRedactions(text: string, found: readonly SecretFinding[]): string {
  if (found.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const f of found) {
    out += text.slice(pos, f.start) + `[REDACTED:${f.rule}]`;
    pos = f.end;
  }
  return out + text.slice(pos);
}

/** `text` with each secret replaced by `[REDACTED:<rule>]`. Returns the same string when clean. */
export function redactSecrets(text: string): string {
  return applyRedactions(text, findSecrets(text));
}
