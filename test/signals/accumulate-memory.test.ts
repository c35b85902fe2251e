import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PatternAccumulator } from '../../src/signals/accumulate.js';
import { clusterSignals, MAX_SIGNALS_PER_PATTERN } from '../../src/signals/cluster.js';
import type { Pattern, Signal } from '../../src/model/index.js';

/** A fix signal; with `entry`, the failing command came from that memory entry (memory_failure, same fix signature). */
const fixSignal = (sessionId: string, g: number, entry?: string, root?: string): Signal => ({
  kind: entry ? 'memory_failure' : 'error_then_fix',
  sessionId,
  ...(root ? { rootSessionId: root } : {}),
  agent: 'claude-code',
  signature: `fix|git|-|+flag:--set-upstream${g}`,
  summary: `summary ${g}`,
  lesson: `lesson ${g}`,
  failed: 'git push',
  fixed: 'git push --set-upstream origin',
  ...(entry ? { memoryEntryId: entry } : {}),
  evidence: [{ session: sessionId, file: `${sessionId}.jsonl`, line: 1, quote: `quote ${g}` }],
});

const view = (ps: Pattern[]) =>
  ps.map((p) => ({
    id: p.id,
    kind: p.kind,
    support: p.support,
    sessions: p.sessions,
    memorySample: p.signals.some((s) => !!s.memoryEntryId),
  }));

describe('PatternAccumulator keeps the "memory caused this" flag across chunks', () => {
  it('a memory signal in a later chunk, after 25 samples, still makes a memory_failure pattern that names the entry', () => {
    const acc = new PatternAccumulator({ chunkSessions: 30 });
    for (let i = 0; i < 30; i++) acc.addSession([fixSignal(`a${String(i).padStart(2, '0')}`, 0)]);
    acc.addSession([fixSignal('z-memory', 0, 'CLAUDE.md#L3')]);
    const { patterns } = acc.result(2);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.kind).toBe('memory_failure');
    expect(patterns[0]!.signals.find((s) => s.memoryEntryId)?.sessionId).toBe('z-memory');
    expect(patterns[0]!.signals.length).toBeLessThanOrEqual(MAX_SIGNALS_PER_PATTERN + 1);
  });

  it('a memory signal from an already-sampled session is kept', () => {
    const acc = new PatternAccumulator({ chunkSessions: 1 });
    acc.addSession([fixSignal('s1', 0)]);
    acc.addSession([fixSignal('s2', 0)]);
    // s1's subagent, read in a later chunk: same root session, but it names the entry.
    acc.addSession([fixSignal('s1/agent-x', 0, 'CLAUDE.md#L3', 's1')]);
    const { patterns } = acc.result(2);
    expect(patterns[0]!.kind).toBe('memory_failure');
    expect(patterns[0]!.support.sessions).toBe(2);
    expect(patterns[0]!.signals.some((s) => s.memoryEntryId === 'CLAUDE.md#L3')).toBe(true);
  });

  it('over shuffled chunkings equals clusterSignals on kind, support and memory sample presence', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: 40 }),
            g: fc.integer({ min: 0, max: 2 }),
            mem: fc.integer({ min: 0, max: 12 }),
            sub: fc.boolean(),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        (rows, chunk, minSupport, seed) => {
          const bySession = new Map<string, Signal[]>();
          for (const r of rows) {
            const root = `s${String(r.s).padStart(2, '0')}`;
            const id = r.sub ? `${root}/agent-a` : root;
            const list = bySession.get(id) ?? [];
            if (list.some((x) => x.signature.endsWith(`${r.g}`))) continue; // one signal per signature per session, as mined
            list.push(fixSignal(id, r.g, r.mem === 0 ? `CLAUDE.md#L${r.g}` : undefined, r.sub ? root : undefined));
            bySession.set(id, list);
          }
          const sessions = [...bySession.values()];
          // Deterministic shuffle from the seed.
          let x = seed >>> 0 || 1;
          for (let i = sessions.length - 1; i > 0; i--) {
            x = (x * 1103515245 + 12345) >>> 0;
            const j = x % (i + 1);
            [sessions[i], sessions[j]] = [sessions[j]!, sessions[i]!];
          }
          const acc = new PatternAccumulator({ chunkSessions: chunk });
          for (const list of sessions) acc.addSession(list);
          const got = acc.result(minSupport);
          const want = clusterSignals(sessions.flat(), minSupport);
          expect(view(got.patterns)).toEqual(view(want.patterns));
          expect(view(got.oneOffs)).toEqual(view(want.oneOffs));
        },
      ),
      { numRuns: 300 },
    );
  });
});
