import { describe, expect, it } from 'vitest';
import { clusterSignals, patternId } from '../../src/signals/cluster.js';
import type { Signal, AgentKind } from '../../src/model/index.js';

const sig = (sessionId: string, signature: string, agent: AgentKind = 'claude-code', lesson = `lesson ${signature}`): Signal => ({
  kind: 'error_then_fix',
  sessionId,
  agent,
  signature,
  summary: `summary ${signature}`,
  lesson,
  evidence: [{ session: sessionId, file: `${sessionId}.jsonl`, line: 1, quote: 'q' }],
});

describe('clusterSignals', () => {
  it('counts support in distinct sessions and agents, and splits off one-offs', () => {
    const { patterns, oneOffs } = clusterSignals(
      [sig('a', 'x'), sig('a', 'x'), sig('b', 'x', 'codex'), sig('c', 'y'), sig('d', 'z'), sig('e', 'z')],
      2,
    );
    expect(patterns.map((p) => [p.signature, p.support])).toEqual([
      ['x', { sessions: 2, agents: 2 }],
      ['z', { sessions: 2, agents: 1 }],
    ]);
    expect(patterns[0]!.sessions).toEqual(['a', 'b']);
    expect(patterns[0]!.agents).toEqual(['claude-code', 'codex']);
    expect(patterns[0]!.signals.map((s) => s.sessionId)).toEqual(['a', 'b']);
    expect(oneOffs.map((p) => p.signature)).toEqual(['y']);
  });

  it('gives stable ids and an order independent of input order', () => {
    const input = [sig('a', 'x'), sig('b', 'x'), sig('c', 'y'), sig('d', 'y'), sig('e', 'y')];
    const one = clusterSignals(input, 2);
    const two = clusterSignals([...input].reverse(), 2);
    expect(two).toEqual(one);
    expect(one.patterns[0]!.id).toBe(patternId('error_then_fix', 'y'));
    expect(one.patterns[0]!.id).toMatch(/^p_[0-9a-f]{12}$/);
    expect(patternId('instruction', 'y')).not.toBe(patternId('error_then_fix', 'y'));
  });

  it('picks the most frequent lesson', () => {
    const { patterns } = clusterSignals(
      [sig('a', 'x', 'claude-code', 'B'), sig('b', 'x', 'claude-code', 'A'), sig('c', 'x', 'claude-code', 'B')],
      1,
    );
    expect(patterns[0]!.lesson).toBe('B');
  });

  it('handles 10,000 sessions with bounded samples per pattern', () => {
    const signals: Signal[] = [];
    for (let i = 0; i < 10_000; i++) signals.push(sig(`s${i}`, `sig${i % 50}`, i % 3 === 0 ? 'codex' : 'claude-code'));
    const { patterns, oneOffs } = clusterSignals(signals, 2);
    expect(patterns).toHaveLength(50);
    expect(oneOffs).toHaveLength(0);
    expect(patterns.every((p) => p.support.sessions === 200 && p.signals.length <= 25)).toBe(true);
  });
});
