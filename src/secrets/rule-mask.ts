/**
 * Sets of secret rules (indexes into SECRET_RULES) as bit masks held in one number. JavaScript's
 * bitwise operators keep 32 bits, which capped the table at 31 rules; a double holds integers up to
 * 2^53 exactly, so a mask is two words in one number: bits 0–31 the low word, the rest the high word
 * (up to MAX_RULES in all). The hot paths still see one number per text (no allocation), and only
 * the places that combine or read masks go through these helpers.
 */
const WORD = 2 ** 32;
/** Rules a mask can hold: 32 in the low word, 20 in the high one (2^52 stays exact). */
export const MAX_RULES = 52;

/** The mask holding rule `i` alone. */
export function ruleBit(i: number): number {
  if (i < 0 || i >= MAX_RULES) throw new Error(`secret rule index ${i} outside a ${MAX_RULES}-rule mask`);
  return 2 ** i;
}

/** The rules in `a` or in `b`. */
export function union(a: number, b: number): number {
  if (a === b || b === 0) return a;
  if (a === 0) return b;
  const low = ((a % WORD) | (b % WORD)) >>> 0;
  const high = (a / WORD) | 0 | ((b / WORD) | 0);
  return high * WORD + low;
}

/** Calls `fn` with each rule index in `mask`, in increasing order. */
export function forEachRule(mask: number, fn: (i: number) => void): void {
  if (mask === 0) return;
  const low = (mask % WORD) >>> 0;
  const high = (mask / WORD) | 0;
  for (let i = 0; i < 32 && low >>> i !== 0; i++) if (((low >>> i) & 1) !== 0) fn(i);
  for (let i = 0; high >>> i !== 0; i++) if (((high >>> i) & 1) !== 0) fn(32 + i);
}
