import { describe, expect, it } from 'vitest';
import { withLedgerSupport } from '../../src/signals/incremental.js';
import { emptyLedger, recordPatterns, loadLedger, serializeLedger } from '../../src/ledger/index.js';
import type { Pattern, Signal } from '../../src/model/index.js';

const sig = (sessionId: string, rootSessionId?: string): Signal => ({
  kind: 'error_then_fix',
  sessionId,
  ...(rootSessionId ? { rootSessionId } : {}),
  agent: 'claude-code',
  signature: 'fix|pytest',
  summary: 'pytest failed; PYTHONPATH=src pytest worked',
  evidence: [{ session: sessionId, file: `s/${sessionId}.jsonl`, line: 3, quote: 'ModuleNotFoundError' }],
});
const pattern = (signals: Signal[]): Pattern => {
  const sessions = [...new Set(signals.map((s) => s.rootSessionId ?? s.sessionId))].sort();
  return {
    id: 'p_1',
    kind: 'error_then_fix',
    signature: 'fix|pytest',
    summary: 'x',
    support: { sessions: sessions.length, agents: 1 },
    sessions,
    agents: ['claude-code'],
    signals,
  };
};

describe('support across runs counts a subagent as the session that spawned it', () => {
  it('does not promote a pattern on a subagent sample of a session already counted tonight', async () => {
    // Last week: session A (cited through its subagent A-sub) and session C.
    const ledger = loadLedger(
      serializeLedger(recordPatterns(emptyLedger(), [pattern([sig('A-sub', 'A'), sig('C')])], '2026-11-14T00:00:00Z')),
      'l.json',
    );
    expect(ledger.patterns['p_1']!.samples!.map((x) => x.rootSessionId ?? x.sessionId)).toEqual(['A', 'C']);
    // Tonight A is read again; C's transcript is gone, so only A can be cited: one session, not two.
    const tonight = pattern([sig('A')]);
    const out = await withLedgerSupport({
      ledger,
      patterns: [],
      oneOffs: [{ ...tonight, support: { sessions: 1, agents: 1 } }],
      minSupport: 2,
      resolve: async (signals) => signals.filter((s) => s.sessionId !== 'C'),
    });
    expect(out.patterns).toEqual([]);
    expect(out.oneOffs.map((p) => p.id)).toEqual(['p_1']);
    expect(out.notes.join('\n')).toMatch(/only 1 still resolve/);
  });

  it('keeps the most recent sessions when the per-pattern list is capped, oldest first in the file', () => {
    const l = recordPatterns(emptyLedger(), [pattern([sig('zz-old')])], '2026-11-01T00:00:00Z');
    recordPatterns(l, [pattern([sig('aa-new')])], '2026-11-02T00:00:00Z');
    expect(l.patterns['p_1']!.sessions).toEqual(['zz-old', 'aa-new']);
  });
});
