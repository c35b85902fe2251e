import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PatternAccumulator } from '../../src/signals/accumulate.js';
import { clusterSignals, MAX_SIGNALS_PER_PATTERN } from '../../src/signals/cluster.js';
import type { Signal } from '../../src/model/index.js';

const signal = (sessionId: string, sig: string, summary = `summary ${sig}`, agent: Signal['agent'] = 'claude-code'): Signal => ({
  kind: 'error_then_fix',
  sessionId,
  agent,
  signature: sig,
  summary,
  lesson: `lesson ${sig}`,
  evidence: [{ session: sessionId, file: `${sessionId}.jsonl`, line: 1, quote: `quote ${sig}` }],
});

/** Sessions as lists of signals: session i carries signature `r<k>` for a recurring lesson, plus a unique one. */
function corpus(n: number): Signal[][] {
  return Array.from({ length: n }, (_, i) => [
    signal(`s${String(i).padStart(5, '0')}`, `r${i % 7}`),
    signal(`s${String(i).padStart(5, '0')}`, `u${i}`),
  ]);
}

describe('PatternAccumulator', () => {
  it('equals clusterSignals when the corpus fits one chunk', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: 9 }),
            g: fc.integer({ min: 0, max: 4 }),
            m: fc.integer({ min: 0, max: 2 }),
            a: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 3 }),
        (rows, minSupport) => {
          const bySession = new Map<string, Signal[]>();
          for (const r of rows) {
            const id = `s${r.s}`;
            bySession.set(id, [...(bySession.get(id) ?? []), signal(id, `g${r.g}`, `m${r.m}`, r.a ? 'codex' : 'claude-code')]);
          }
          const acc = new PatternAccumulator();
          for (const list of bySession.values()) acc.addSession(list);
          const got = acc.result(minSupport);
          const want = clusterSignals([...bySession.values()].flat(), minSupport);
          expect({ patterns: got.patterns, oneOffs: got.oneOffs }).toEqual(want);
          expect(got.signals).toHaveLength(rows.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts support across chunks exactly while keeping a bounded sample of signals', () => {
    const acc = new PatternAccumulator({ chunkSessions: 100, maxRawSignals: 1_000 });
    const sessions = corpus(2_100);
    for (const s of sessions) acc.addSession(s);
    const { patterns, oneOffs, signals } = acc.result(2);
    expect(patterns.map((p) => p.support.sessions)).toEqual([300, 300, 300, 300, 300, 300, 300]);
    expect(patterns.every((p) => p.signals.length === MAX_SIGNALS_PER_PATTERN)).toBe(true);
    expect(patterns[0]!.summary).toMatch(/^summary r\d$/);
    expect(oneOffs).toHaveLength(2_100);
    // Past MAX_RAW_SIGNALS the engine gets the samples, not every signal.
    expect(signals.length).toBe(7 * MAX_SIGNALS_PER_PATTERN + 2_100);
    expect(new Set(patterns[0]!.sessions).size).toBe(300);
  });

  it('forgets the oldest single-session patterns past its cap, never recurring ones', () => {
    const acc = new PatternAccumulator({ chunkSessions: 50, maxPatterns: 500 });
    for (const s of corpus(3_000)) acc.addSession(s);
    const { patterns, oneOffs } = acc.result(2);
    expect(patterns).toHaveLength(7);
    expect(patterns.reduce((n, p) => n + p.support.sessions, 0)).toBe(3_000);
    expect(oneOffs.length).toBeLessThanOrEqual(500);
    expect(acc.forgotten).toBe(3_000 - oneOffs.length);
    // The newest one-offs are the ones kept.
    expect(oneOffs.some((p) => p.signature === 'u2999')).toBe(true);
    expect(oneOffs.some((p) => p.signature === 'u0')).toBe(false);
  });

  it('hands its patterns over once: result() lets go of the tallies, so asking again or adding after is an error', () => {
    for (const maxRawSignals of [1_000, 10]) {
      const acc = new PatternAccumulator({ chunkSessions: 40, maxRawSignals });
      for (const s of corpus(120)) acc.addSession(s);
      const first = acc.result(2);
      expect(first.patterns.map((p) => p.support.sessions)).toEqual([18, 17, 17, 17, 17, 17, 17]);
      expect(first.oneOffs).toHaveLength(120);
      // What was handed over keeps what it holds after the tallies are gone.
      expect(new Set(first.patterns[0]!.sessions).size).toBe(18);
      // Every signal, raw (under the cap) or as the samples (over it: 17-18 sessions a pattern fit its sample).
      expect(first.signals.length).toBe(240);
      // A second answer would be empty, not the same: refused rather than silently wrong.
      expect(() => acc.result(2)).toThrow(/result\(\) asked twice/);
      expect(() => acc.addSession(corpus(1)[0]!)).toThrow(/after result\(\)/);
    }
  });
});
