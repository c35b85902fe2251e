/**
 * Whether two JSON values are the same value, as the ledger's text would show them: objects compared
 * by their own keys whatever their order (serializeLedger sorts keys), arrays element by element.
 *
 * Why: a pass that learnt nothing new still serialised its whole ledger to find out that the text had
 * not changed. Comparing the ledger it holds with the ledger the text parses to answers the same
 * question without building a string the size of the file, and needs nothing from the writers: whatever
 * changed the value, through whichever reference, shows here. So no writer has to remember to say so.
 *
 * Conservative by design: anything this does not recognise as plain JSON data (a class instance, a
 * function, a value JSON would drop or rewrite such as undefined, NaN or an object with toJSON) counts
 * as different, and the caller serialises as before. Never "same" when the texts would differ.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return a !== undefined && (typeof a !== 'number' || Number.isFinite(a));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const arr = Array.isArray(a);
  if (arr !== Array.isArray(b)) return false;
  if (arr) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJsonValue(x[i], y[i])) return false;
    return true;
  }
  if (!plain(a) || !plain(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  // Indexed, as serializeLedger's walk: a pass runs this once, before much is optimised.
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!Object.prototype.hasOwnProperty.call(y, k) || !sameJsonValue(x[k], y[k])) return false;
  }
  return true;
}

/** An object JSON.stringify writes member by member: no toJSON, and a plain prototype. */
function plain(o: object): boolean {
  const proto: unknown = Object.getPrototypeOf(o);
  return (proto === Object.prototype || proto === null) && typeof (o as { toJSON?: unknown }).toJSON !== 'function';
}
