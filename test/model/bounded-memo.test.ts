/**
 * boundedMemo: each key computed once while the memo holds it, and the memo emptied whole at its limit, so a stream
 * of distinct keys (every tool call a new `command`) never holds more than the limit.
 */
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/model/index.js';

describe('boundedMemo', () => {
  it('computes a key once while it is held, a falsy result included', () => {
    const calls: string[] = [];
    const strength = boundedMemo(8, (k: string) => {
      calls.push(k);
      return k.length % 2;
    });
    expect([strength('ab'), strength('abc'), strength('ab'), strength('abc'), strength('ab')]).toEqual([0, 1, 0, 1, 0]);
    expect(calls).toEqual(['ab', 'abc']);
  });

  it('empties itself at its limit and computes again what it dropped', () => {
    const calls: number[] = [];
    const square = boundedMemo(3, (n: number) => {
      calls.push(n);
      return n * n;
    });
    for (const n of [1, 2, 3]) square(n);
    expect(square(2)).toBe(4);
    expect(calls).toEqual([1, 2, 3]);
    // A fourth key finds the memo full: it is emptied, and 1 and 2 are computed again when asked for.
    expect(square(4)).toBe(16);
    expect([square(4), square(1), square(2)]).toEqual([16, 1, 4]);
    expect(calls).toEqual([1, 2, 3, 4, 1, 2]);
  });
});
