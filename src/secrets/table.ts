/**
 * Runs our own token table (src/secrets/rules.ts) on one text. Rules are selected before any regex
 * runs: token rules by the prefixes the run scan saw, the others by literals found with indexOf.
 */
import type { SecretFinding } from './finding.js';
import { SECRET_RULES, type SecretRule } from './rules.js';
import { forEachRule, MAX_RULES, ruleBit, union } from './rule-mask.js';

/** A module-local copy: hot loops should not go through the import binding. */
const RULES: readonly SecretRule[] = [...SECRET_RULES];
if (RULES.length > MAX_RULES) throw new Error(`secret rules are selected by a ${MAX_RULES}-rule mask (rule-mask.ts)`);
/** Rules with neither prefixes nor literals run on every text. */
export const ALWAYS = RULES.reduce((m, r, i) => (!r.prefixes && !r.includes ? union(m, ruleBit(i)) : m), 0);

/** Literals the finders outside the table need to know about (bits of `Literals.present`). */
const URL_SCHEME = '://';
const KEY_BLOCK = 'PRIVATE KEY';
const USERINFO_AT = '@';
const EXTRA = [URL_SCHEME, KEY_BLOCK, USERINFO_AT];

/** Each distinct literal once, with the rules it gates (several rules share a literal). */
const LITERALS: { lit: string; mask: number }[] = [];
for (const lit of [...RULES.flatMap((r) => r.includes ?? []), ...EXTRA]) {
  if (!LITERALS.some((x) => x.lit === lit))
    LITERALS.push({ lit, mask: RULES.reduce((m, r, i) => (r.includes?.includes(lit) ? union(m, ruleBit(i)) : m), 0) });
}
/** `present` is a 32-bit mask over the literals (one bit each). */
if (LITERALS.length > 31) throw new Error('secret rule literals are marked in a 31-bit mask');
const BIT = new Map(LITERALS.map((x, i) => [x.lit, 1 << i]));
export const HAS_URL = BIT.get(URL_SCHEME)!;
export const HAS_KEY_BLOCK = BIT.get(KEY_BLOCK)!;
export const HAS_AT = BIT.get(USERINFO_AT)!;

export interface Literals {
  /** Rules the literals select, as a mask over SECRET_RULES (rule-mask.ts). */
  rules: number;
  /** Which literals occur (HAS_URL, HAS_KEY_BLOCK, HAS_AT, …). */
  present: number;
}

/**
 * Any of the literals, as one alternation: most texts hold none, and one scan answers that where an
 * indexOf per literal scanned the whole text once for each of them (each stopping at every common
 * first letter, such as the `a` of `assw`). Measured on the strings of 800 generated sessions (all but
 * 0.1% hold none): 127 ms for the indexOfs, 43 ms with this scan first; on shared/corpus's spotter
 * transcripts (95% hold none), 51 ms against 24 ms. Global: findLiterals steps it through a text.
 */
const ANY_LITERAL = new RegExp(LITERALS.map((x) => x.lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
/** The literals (indices into LITERALS) by their first character: where the alternation matched, only those can start. */
const BY_FIRST = new Map<number, number[]>();
LITERALS.forEach((x, i) => {
  const c = x.lit.charCodeAt(0);
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), i]);
});
/** Places looked at one by one, before the literals not yet seen are looked for with indexOf. */
const MAX_PLACES = 32;

/**
 * Which literals `text` holds. The alternation finds the places where some literal starts, leftmost
 * first (its branches are the literals, escaped): a text where it finds none holds none, and at each
 * place only the literals starting with that character are compared. Most texts holding any hold a
 * few places (an `@`, a `-p`), where an indexOf per literal scanned the whole text for each of them.
 * Past MAX_PLACES places, the literals not yet seen are looked for from the last place on: none starts
 * before it unseen. Either way the answer is the one an indexOf per literal gives.
 */
export function findLiterals(text: string): Literals {
  ANY_LITERAL.lastIndex = 0;
  let m = ANY_LITERAL.exec(text);
  if (m === null) return { rules: 0, present: 0 };
  let rules = 0;
  let present = 0;
  for (let places = 0; m !== null; places++) {
    const at = m.index;
    if (places === MAX_PLACES) {
      for (let i = 0; i < LITERALS.length; i++) {
        const x = LITERALS[i]!;
        if ((present & (1 << i)) === 0 && text.indexOf(x.lit, at) >= 0) {
          rules = union(rules, x.mask);
          present |= 1 << i;
        }
      }
      break;
    }
    for (const i of BY_FIRST.get(text.charCodeAt(at))!) {
      const x = LITERALS[i]!;
      if ((present & (1 << i)) === 0 && text.startsWith(x.lit, at)) {
        rules = union(rules, x.mask);
        present |= 1 << i;
      }
    }
    ANY_LITERAL.lastIndex = at + 1;
    m = ANY_LITERAL.exec(text);
  }
  return { rules, present };
}

/** Runs the rules selected by `mask` (rule-mask.ts, bit i: SECRET_RULES[i]) on `text`, appending to `out`. */
export function runTable(text: string, mask: number, out: SecretFinding[]): void {
  // Most texts select no rule: no callback is made for them.
  if (mask !== 0) forEachRule(mask, (i) => runRule(RULES[i]!, text, out));
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
