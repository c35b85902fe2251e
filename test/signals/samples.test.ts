/**
 * The one sample rule clustering and the streaming accumulator share: one sample per root session up
 * to the cap, plus the first sample naming a memory entry whatever came before it.
 */
import { describe, expect, it } from 'vitest';
import { addSample, type Samples } from '../../src/signals/cluster.js';
import type { Signal } from '../../src/model/index.js';

const sig = (sessionId: string, extra: Partial<Signal> = {}): Signal =>
  ({ sessionId, signature: 'x', kind: 'correction', ...extra }) as unknown as Signal;
const fresh = (): Samples => ({ memory: false, signals: [] });

describe('addSample', () => {
  it('keeps one signal per root session, counting a subagent as its parent', () => {
    const b = fresh();
    for (const s of [sig('a'), sig('a'), sig('b'), sig('sub', { rootSessionId: 'a' } as Partial<Signal>)]) addSample(b, s);
    expect(b.signals.map((s) => s.sessionId)).toEqual(['a', 'b']);
    expect(b.memory).toBe(false);
  });

  it('stops at the cap but still takes the first signal naming a memory entry, and only the first', () => {
    const b = fresh();
    for (let i = 0; i < 100; i++) addSample(b, sig(`s${i}`));
    const cap = b.signals.length;
    expect(cap).toBeGreaterThan(1);
    expect(cap).toBeLessThan(100);
    addSample(b, sig('s0', { memoryEntryId: 'e1' } as Partial<Signal>));
    addSample(b, sig('s1', { memoryEntryId: 'e2' } as Partial<Signal>));
    expect(b.signals.length).toBe(cap + 1);
    expect(b.signals.at(-1)?.memoryEntryId).toBe('e1');
    expect(b.memory).toBe(true);
  });
});
