/**
 * Tokens a terminal or a log wrapped onto two lines (`ghp_abc…` + newline + indentation + `…xyz`):
 * where a word-run ends a line and another starts the next, the two are joined and checked by the
 * specific rules; a finding across the join redacts both pieces. Each newline looks at its two
 * neighbouring runs only, so the cost stays linear.
 */
import type { SecretFinding } from './finding.js';
import { ENTROPY_RULE_ID } from './rules.js';
import { classAt, startsLikeToken } from './token-runs.js';

const MIN_WRAP_LEFT = 6;
const MIN_WRAP_RIGHT = 4;
const MAX_WRAP = 600;

/** `specific` finds the table's secrets in a joined pair (the entropy rule's findings are ignored). */
export function findWrapped(text: string, out: SecretFinding[], specific: (joined: string) => SecretFinding[]): void {
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
        for (const f of specific(joined)) {
          if (f.rule === ENTROPY_RULE_ID || f.start >= left.length || f.end <= left.length) continue;
          out.push({ rule: f.rule, start: ls + f.start, end: le }, { rule: f.rule, start: rs, end: rs + (f.end - left.length) });
          break;
        }
      }
    }
    nl = next;
  }
}
