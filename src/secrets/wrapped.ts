/**
 * Tokens cut in two pieces: a terminal or a log wrapped it onto two lines (`ghp_abc…` + newline +
 * indentation + `…xyz`, or a shell's `\` continuation), or code spelt it as two string literals
 * (`"sk-ant-" + "api03-…"`, Python's `"sk-…"` newline `"…"`, PHP's `.`, a JSON array's `"…", "…"`).
 * Where a word-run ends before such a join and another starts after it, the two are joined and
 * checked by the specific rules; a finding across the join redacts both pieces. Two literals joined
 * by an operator (`+`, `.`, `..`) are one value in code, so there the joined run is also judged by the
 * entropy rule: a bare key split in two is then as visible as it is whole. Each newline and each
 * quote looks at its two neighbouring runs only, so the cost stays linear.
 */
import type { SecretFinding } from './finding.js';
import { looksRandom } from './entropy.js';
import { ENTROPY_RULE_ID } from './rules.js';
import { classAt, MIN_TOKEN, startsLikeToken } from './token-runs.js';

const MIN_WRAP_LEFT = 6;
const MIN_WRAP_RIGHT = 4;
/** A literal of a concatenation can be short: `"ghp_" + "…"`, `'AKIA' + '…'` (startsLikeToken still gates it). */
const MIN_LITERAL = 3;
const MAX_WRAP = 600;
/** Most whitespace between two literals (a line break and indentation). */
const MAX_GAP = 40;

type Specific = (joined: string) => SecretFinding[];

/** `specific` finds the table's secrets in a joined pair (the entropy rule's findings are ignored). */
export function findWrapped(text: string, out: SecretFinding[], specific: Specific): void {
  findLineWraps(text, out, specific);
  findLiteralJoins(text, out, specific);
}

function findLineWraps(text: string, out: SecretFinding[], specific: Specific): void {
  let nl = text.indexOf('\n');
  while (nl >= 0) {
    const next = text.indexOf('\n', nl + 1);
    let le = nl;
    if (le > 0 && text.charCodeAt(le - 1) === 0x0d) le--;
    // A shell's or a string's line continuation: `…abc\` newline `def…`.
    if (le > 0 && text.charCodeAt(le - 1) === 0x5c) le--;
    let ls = le;
    while (ls > 0 && le - ls <= MAX_WRAP && classAt(text, ls - 1) !== 0) ls--;
    // Only a run that starts like a known token is worth joining: its prefix is on the first line.
    if (le - ls >= MIN_WRAP_LEFT && le - ls <= MAX_WRAP && startsLikeToken(text, ls, le)) {
      let rs = nl + 1;
      while (rs < text.length && rs - nl <= 16 && (text.charCodeAt(rs) === 0x20 || text.charCodeAt(rs) === 0x09)) rs++;
      let re = rs;
      while (re < text.length && re - rs <= MAX_WRAP && classAt(text, re) !== 0) re++;
      if (re - rs >= MIN_WRAP_RIGHT && le - ls + re - rs <= MAX_WRAP) joinPieces(text, [ls, le, rs, re], out, specific, false);
    }
    nl = next;
  }
}

/**
 * A closing quote after a token character, a gap of whitespace (and `\` continuations) with at most one
 * operator (`+`, `.`, `..`) or a comma, and an opening quote before a token character. One regex finds
 * them: irregexp skips to the quotes, and most quotes (prose, JSON punctuation) fail at once.
 */
const JOIN = /["'][ \t\r\n\\]*(\+|\.{1,2}|,)?[ \t\r\n\\]*["'](?=[A-Za-z0-9_-]{4})/g;

/** Two string literals side by side, each whole (between its own quotes). */
function findLiteralJoins(text: string, out: SecretFinding[], specific: Specific): void {
  JOIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOIN.exec(text)) !== null) {
    const at = m.index;
    const gap = m[0];
    // The quote closes a literal: a token character before it (checked here, where a lookbehind slowed the scan).
    if (at === 0 || classAt(text, at - 1) === 0) {
      JOIN.lastIndex = at + 1;
      continue;
    }
    // Literals side by side with nothing between them are one CSV field or an escaped quote, not a join.
    if (gap.length === 2 || gap.length - 2 > MAX_GAP) continue;
    const operator = m[1] !== undefined && m[1] !== ',';
    const rs = at + gap.length;
    let re = rs;
    while (re < text.length && re - rs <= MAX_WRAP && classAt(text, re) !== 0) re++;
    if (re - rs < MIN_WRAP_RIGHT || text.charCodeAt(re) !== text.charCodeAt(rs - 1)) continue;
    let ls = at;
    while (ls > 0 && at - ls <= MAX_WRAP && classAt(text, ls - 1) !== 0) ls--;
    // The left piece is a whole literal (its opening quote right before it), not the tail of a longer one.
    if (at - ls < MIN_LITERAL || at - ls > MAX_WRAP || ls === 0 || text.charCodeAt(ls - 1) !== text.charCodeAt(at)) continue;
    if (re - rs + at - ls > MAX_WRAP) continue;
    if (operator || startsLikeToken(text, ls, at)) joinPieces(text, [ls, at, rs, re], out, specific, operator);
  }
}

/**
 * Checks the pieces [ls, le) and [rs, re) joined; a finding that crosses the join redacts both pieces.
 * `entropy`: the pieces are one value (literals joined by an operator), so a random joined run counts too.
 */
function joinPieces(
  text: string,
  [ls, le, rs, re]: [number, number, number, number],
  out: SecretFinding[],
  specific: Specific,
  entropy: boolean,
): void {
  const left = text.slice(ls, le);
  const joined = left + text.slice(rs, re);
  if (startsLikeToken(text, ls, le) && !wholeAlone(left, text.slice(rs, re), specific))
    for (const f of specific(joined)) {
      if (f.rule === ENTROPY_RULE_ID || f.start >= left.length || f.end <= left.length) continue;
      out.push({ rule: f.rule, start: ls + f.start, end: le }, { rule: f.rule, start: rs, end: rs + (f.end - left.length) });
      return;
    }
  if (entropy && joined.length >= MIN_TOKEN && looksRandom(joined, 0, joined.length))
    out.push({ rule: ENTROPY_RULE_ID, start: ls, end: le }, { rule: ENTROPY_RULE_ID, start: rs, end: re });
}

/**
 * A token split across two items of a JSON array (`["sk-ant-api03-…", "…"]` in a tool's input): the rule
 * that matches the two joined, or undefined. Only a first item that starts like a known token is joined.
 */
export function splitTokenRule(left: string, right: string, specific: Specific): string | undefined {
  if (left.length < MIN_LITERAL || right.length < MIN_WRAP_RIGHT || left.length + right.length > MAX_WRAP) return undefined;
  let ls = left.length;
  while (ls > 0 && classAt(left, ls - 1) !== 0) ls--;
  let re = 0;
  while (re < right.length && classAt(right, re) !== 0) re++;
  if (left.length - ls < MIN_LITERAL || re < MIN_WRAP_RIGHT || !startsLikeToken(left, ls, left.length)) return undefined;
  const head = left.slice(ls);
  if (wholeAlone(head, right.slice(0, re), specific)) return undefined;
  for (const f of specific(head + right.slice(0, re)))
    if (f.rule !== ENTROPY_RULE_ID && f.start < head.length && f.end > head.length) return f.rule;
  return undefined;
}

/**
 * Whether nothing was cut: the left piece is a whole token already (a rule's finding reaches its end) and the
 * right one reads as a word (`"export T=ghp_…", "export …"`), not as the rest of a key (a digit, a capital, `_`, `-`).
 */
function wholeAlone(left: string, right: string, specific: Specific): boolean {
  return !/[0-9A-Z_-]/.test(right) && specific(left).some((f) => f.rule !== ENTROPY_RULE_ID && f.end === left.length);
}
