/**
 * parseJsonPieces must be JSON.parse of the decoded text, exactly, for every valid document, and
 * refuse (undefined) every invalid one, so a reader's fallback reports it as before. Small piece sizes
 * make small documents walk as a large trajectory would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonPieces } from '../../src/transcripts/json-pieces.js';
import { elementLines } from '../../src/transcripts/records.js';

/** JSON.parse's verdict, as the walk must give it: the value, or undefined for a document it refuses. */
function parsed(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Structure, key order, own "__proto__" keys and prototypes, compared the way a reader sees them. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return ['array', v.map(shape)];
  if (v !== null && typeof v === 'object') {
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    return ['object', Object.keys(v).map((k) => [k, shape((v as Record<string, unknown>)[k])])];
  }
  return v;
}

function check(written: string, keys: readonly string[], pieceBytes: number): void {
  const buf = Buffer.from(written, 'utf8');
  // What the reader decoded whole before (a lone surrogate a cut left is U+FFFD in the file's bytes).
  const text = buf.toString('utf8');
  const got = parseJsonPieces(buf, 0, buf.length, keys, pieceBytes);
  const want = parsed(text);
  if (want === undefined) {
    expect(got, text).toBeUndefined();
    return;
  }
  expect(got, text).toBeDefined();
  expect(shape(got!.value)).toEqual(shape(want.value));
  // The keyed array's elements start on the lines elementLines finds in the text.
  const lines = elementLines(text, keys);
  if (got!.target) {
    const at = got!.target.starts.map((s) => buf.subarray(0, s).toString('utf8').split('\n').length);
    expect(at).toEqual(lines);
  } else expect(lines).toEqual([]);
}

/** A JSON text of `v` with random whitespace between tokens (pretty-printed, compact, or ragged). */
const spaced = (v: unknown, ws: string[]): string => {
  let i = 0;
  const gap = (): string => ws[i++ % ws.length]!;
  const out = (x: unknown): string => {
    if (Array.isArray(x)) return `[${gap()}${x.map((e) => out(e)).join(`${gap()},${gap()}`)}${gap()}]`;
    if (x !== null && typeof x === 'object') {
      const parts = Object.keys(x).map((k) => `${JSON.stringify(k)}${gap()}:${gap()}${out((x as Record<string, unknown>)[k])}`);
      return `{${gap()}${parts.join(`${gap()},${gap()}`)}${gap()}}`;
    }
    return JSON.stringify(x);
  };
  return `${gap()}${out(v)}${gap()}`;
};

const keyName = fc.constantFrom('messages', 'trajectory', 'data', 'info', '__proto__', '0', '12', 'a"b', 'é', 'x\\y');
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(keyName, fc.string()), tie('node'), { maxKeys: 5 }),
  ),
})).node;
const gaps = fc.array(fc.constantFrom('', ' ', '\n', '\n  ', '\t', '\r\n'), { minLength: 1, maxLength: 6 });
const pieceSizes = fc.constantFrom(1, 8, 64, 1 << 16);

describe('parseJsonPieces', () => {
  it('gives JSON.parse of the text for random documents, walked at any piece size', () => {
    fc.assert(
      fc.property(value, gaps, pieceSizes, (v, ws, piece) => {
        check(spaced(v, ws), ['messages', 'trajectory'], piece);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps JSON.parse own keys, order and repeats: __proto__, integer-like keys, a key given twice', () => {
    for (const piece of [1, 16, 1 << 16]) {
      check('{"b":1,"__proto__":{"x":[1,2]},"2":3,"1":[4],"b":[5,{"c":6}],"messages":[7],"messages":[8,9]}', ['messages'], piece);
      check('{"messages":{"a":1},"data":[1,\n2],"messages":[3]}', ['messages', 'data'], piece);
      check('[\n{"a":1},\n\n{"b":[2]}\n]', [], piece);
      check('"just a string"', [], piece);
      check('  [ ]  ', [], piece);
      check('{}', ['messages'], piece);
      check('{"mess\\u0061ges":[1,2],"messages":[3]}', ['messages'], piece);
    }
  });

  it('finds where long strings end past runs of backslashes and escaped quotes, and refuses them cut or damaged', () => {
    // Strings longer than the bytes walked one at a time (closingQuote), made of what ends or escapes one.
    const long = fc.string({ unit: fc.constantFrom('a', '"', '\\', 'é', '\n', '/'), minLength: 40, maxLength: 400 });
    const doc = fc.dictionary(fc.constantFrom('messages', 'info', 'x'), fc.oneof(long, fc.array(long, { maxLength: 4 })), { maxKeys: 3 });
    fc.assert(
      fc.property(doc, pieceSizes, fc.nat(), fc.constantFrom('', '"', '\\', 'x'), (v, piece, at, by) => {
        const text = JSON.stringify(v);
        check(text, ['messages'], piece);
        // One byte removed or replaced: a quote unescaped, an escape broken, or a string left open.
        const i = at % text.length;
        check(text.slice(0, i) + by + text.slice(i + 1), ['messages'], piece);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses what JSON.parse refuses, whatever the damage', () => {
    const damage = fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', ' ', '\u0001', '\n'));
    fc.assert(
      fc.property(
        value,
        gaps,
        pieceSizes,
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (v, ws, piece, cuts, replace) => {
          let text = spaced(v, ws);
          for (const [at, by] of cuts) {
            const i = text.length === 0 ? 0 : at % text.length;
            text = text.slice(0, i) + by + text.slice(i + (replace ? 1 : 0));
          }
          check(text, ['messages'], piece);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('parses a container of tiny elements whole instead of walking it, and hands a dense document back', () => {
    const tiny = Array.from({ length: 5_000 }, (_, i) => (i % 3 ? i : `s${i}`));
    // Nested under a member that is not the keyed array: parsed whole, the rest walked.
    check(JSON.stringify({ messages: [{ a: 1 }, { b: [2, 3] }], info: { counts: tiny, more: tiny } }, null, 1), ['messages'], 64);
    // The keyed array itself, or the whole document: undefined, for the caller to parse whole.
    for (const doc of [{ messages: tiny }, tiny]) {
      const buf = Buffer.from(JSON.stringify(doc));
      expect(parseJsonPieces(buf, 0, buf.length, ['messages'], 64)).toBeUndefined();
    }
  });

  it('refuses mismatched brackets, trailing commas and text after the document', () => {
    for (const piece of [1, 8, 1 << 16]) {
      for (const text of [
        '{"a":[1,2}]',
        '{"a":1]',
        '[1,2}',
        '{"a":{"b":1]}',
        '[[1,2],[3,4}]',
        '{"a":1,}',
        '[1,]',
        '[,1]',
        '{"a":1} x',
        '{"a" 1}',
        '{"a":}',
        '{"a":1 "b":2}',
        '[1 2]',
        '{"a":tru}',
        '{"a":"b\nc"}',
        '{"a":[1,2]',
        '',
        '   ',
      ]) {
        check(text, ['a'], piece);
      }
    }
  });
});
