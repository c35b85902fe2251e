/**
 * topLevelMemberValue finds a member of a line's top-level object from its bytes, by structure: never a
 * key a tool wrote inside a string, never a nested one, and only a value it has seen whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topLevelMemberValue } from '../../src/transcripts/json-tail.js';

const KEY = Buffer.from('"toolUseResult":');

/** The span found in `line` (placed between other bytes, as in a read chunk), as text. */
function found(line: string): string | undefined {
  const buf = Buffer.from(`{"prev":1}\n${line}\n{"next":"x"}`);
  const start = Buffer.byteLength('{"prev":1}\n');
  const span = topLevelMemberValue(buf, start, start + Buffer.byteLength(line), KEY);
  return span && buf.toString('utf8', span.from, span.to);
}

describe('topLevelMemberValue', () => {
  it('finds an object or string value of the top-level member, wherever it sits', () => {
    expect(found('{"type":"user","toolUseResult":{"stdout":"a \\"b\\" c\\\\","n":[1,{"x":"]"}]},"uuid":"u"}')).toBe(
      '{"stdout":"a \\"b\\" c\\\\","n":[1,{"x":"]"}]}',
    );
    expect(found('{"type":"user","toolUseResult":"Error: it failed \\\\"}')).toBe('"Error: it failed \\\\"');
    expect(found('{"toolUseResult":{}}')).toBe('{}');
    expect(found('{"a":"é→😀","toolUseResult":{"s":"ü"} , "b":2 }  ')).toBe('{"s":"ü"}');
  });

  it('finds nothing in a string, in a nested object, or where the key is a string value', () => {
    // A tool's output quoting the key is escaped in the line: \"toolUseResult\":
    expect(found(JSON.stringify({ type: 'user', message: { content: '{"toolUseResult":{"a":1}}' } }))).toBeUndefined();
    expect(found(JSON.stringify({ type: 'user', message: { toolUseResult: { a: 1 } } }))).toBeUndefined();
    expect(found(JSON.stringify({ type: 'user', data: [{ toolUseResult: 'x'.repeat(10) }] }))).toBeUndefined();
    // A string ending in the key's bytes: the quote before "toolUseResult" is escaped.
    expect(found('{"a":"say \\"toolUseResult\\":{}","b":1}')).toBeUndefined();
  });

  it('reads nothing it has not seen whole: numbers, arrays, broken brackets or quotes, no closing brace', () => {
    expect(found('{"toolUseResult":42}')).toBeUndefined();
    expect(found('{"toolUseResult":[1,2]}')).toBeUndefined();
    expect(found('{"toolUseResult":{"a":[1}]}')).toBeUndefined();
    expect(found('{"toolUseResult":{"a":1}}}')).toBeUndefined();
    expect(found('{"toolUseResult":{"a":1}{"b":2}}')).toBeUndefined();
    expect(found('{"toolUseResult":"a" "b"}')).toBeUndefined();
    expect(found('{"toolUseResult":{"a":"unclosed}')).toBeUndefined();
    expect(found('{"toolUseResult":{"a":1}')).toBeUndefined();
    expect(found('{"toolUseResult":{"a":1},"b":2')).toBeUndefined();
  });

  it('on any object, finds exactly the top-level value, and finds it when no later member holds the key (property)', () => {
    const trap = fc.constantFrom('"toolUseResult":{}', '\\"toolUseResult\\":', 'toolUseResult', '}"{', '\\', '"', '{"toolUseResult":"x"}');
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      trap,
      fc.tuple(fc.string(), trap, fc.string()).map((x) => x.join('')),
    );
    const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.oneof(text, fc.constant('toolUseResult')), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    const members = fc.dictionary(
      fc.string().filter((k) => k !== 'toolUseResult' && k !== '__proto__'),
      value,
      { maxKeys: 4 },
    );
    let seen = 0;
    fc.assert(
      fc.property(
        members,
        fc.option(fc.oneof(text, fc.dictionary(text, value, { maxKeys: 3 }), value)),
        members,
        (before, result, after) => {
          const o = { ...before, ...(result !== null ? { toolUseResult: result } : {}), ...after };
          const line = JSON.stringify(o);
          const got = found(line);
          if (got !== undefined) {
            expect(result).not.toBeNull();
            expect(got).toBe(JSON.stringify(result));
            expect(typeof result === 'string' || (typeof result === 'object' && !Array.isArray(result))).toBe(true);
            seen++;
          }
          const tail = JSON.stringify(Object.fromEntries(Object.entries(after).filter(([k]) => !Object.hasOwn(before, k))));
          const wholeValue = typeof result === 'string' || (result !== null && typeof result === 'object' && !Array.isArray(result));
          // The scan starts from the key's last occurrence in the bytes; a nested one after it makes it give up.
          if (wholeValue && !`${JSON.stringify(result)}${tail}`.includes('"toolUseResult":')) expect(got).toBe(JSON.stringify(result));
        },
      ),
      { numRuns: 3000 },
    );
    expect(seen).toBeGreaterThan(400);
  });
});
