import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_PATTERN_SESSIONS, type Pattern, type ReportPattern, type Signal } from '../../src/model/index.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { toReportPatterns } from '../../src/pipeline/report-patterns.js';
import { renderPull } from '../../src/publish/body.js';
import { edit, passResult } from '../publish/helpers.js';

const ctx = {
  owner: 'acme',
  repo: 'notes',
  serverUrl: 'https://github.com',
  baseSha: 'a'.repeat(40),
  branch: 'dreaming/memory',
  date: new Date('2026-11-21T00:00:00Z'),
};

const signal = (sessionId: string, signature: string): Signal => ({
  kind: 'error_then_fix',
  sessionId,
  agent: 'claude-code',
  signature,
  summary: `summary ${signature}`,
  evidence: [{ session: sessionId, file: `${sessionId}.jsonl`, line: 1, quote: 'quote' }],
});

/** The report's patterns as they were before the cap: every session of the pattern, listed. */
const uncapped = (patterns: Pattern[]): ReportPattern[] =>
  patterns.map((p) => ({
    id: p.id,
    kind: p.kind,
    summary: p.summary,
    signature: p.signature,
    support: p.support.sessions,
    agents: [...p.agents],
    sessions: [...p.sessions],
    oneOff: false,
  }));

const markerOf = (body: string): string => body.slice(body.lastIndexOf('<!-- agent-dreaming:state'));

describe('the report lists a sample of each pattern’s sessions and counts the rest', () => {
  it('keeps the sorted first ids of a pattern with more sessions than the cap', () => {
    // Signals in no sorted order: the sample is the sorted first ids, not the first seen.
    const ids = Array.from({ length: 450 }, (_, i) => `s-${String((i * 7919) % 450).padStart(3, '0')}`);
    const { patterns, oneOffs } = clusterSignals([...ids.map((id) => signal(id, 'big')), signal('b', 'small'), signal('a', 'small')], 2);
    const rows = toReportPatterns(patterns, oneOffs);
    const big = rows.find((p) => p.signature === 'big')!;
    expect(big.sessions).toEqual([...ids].sort().slice(0, MAX_PATTERN_SESSIONS));
    expect(big.sessionsOmitted).toBe(450 - MAX_PATTERN_SESSIONS);
    expect(big.support).toBe(450);
    const small = rows.find((p) => p.signature === 'small')!;
    expect(small.sessions).toEqual(['a', 'b']);
    expect(small).not.toHaveProperty('sessionsOmitted');
  });

  it('gives the PR the same state marker as a report that lists every session', () => {
    // Ids of many lengths, so the longest id may fall outside the sample; edits from one to past the
    // marker's budget per edit; patterns above and below the cap; edits with and without a pattern.
    // Distinct ids in no sorted order (multiplying by an odd number is a bijection modulo 2^32), each padded to its own length.
    const idsOf = (pads: number[]): string[] => pads.map((pad, i) => `${((i * 2654435761) >>> 0).toString(16)}-${'x'.repeat(pad)}`);
    // Sometimes one long id that sorts after the others ('z' after hex digits), so the longest id is not in the sample.
    const patternArb = fc
      .tuple(fc.array(fc.nat({ max: 40 }), { maxLength: 3 * MAX_PATTERN_SESSIONS, size: 'max' }), fc.option(fc.nat({ max: 80 })))
      .map(([pads, tail]) => [...idsOf(pads), ...(tail === null ? [] : ['z'.repeat(tail + 1)])]);
    const editArb = fc.record({ pattern: fc.nat(), linked: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(patternArb, { minLength: 1, maxLength: 6 }),
        fc.array(editArb, { minLength: 1, maxLength: 25, size: 'max' }),
        (lists, picks) => {
          const patterns: Pattern[] = lists.map((sessions, i) => ({
            id: `p-${i}`,
            kind: 'error_then_fix',
            signature: `sig-${i}`,
            summary: `pattern ${i}`,
            support: { sessions: sessions.length, agents: 1 },
            sessions,
            agents: ['claude-code'],
            signals: [],
          }));
          const edits = picks.map((p, i) =>
            edit(`e-${i}`, `- line ${i}`, p.linked ? { patternId: `p-${p.pattern % patterns.length}` } : {}),
          );
          const capped = passResult(edits);
          capped.report.patterns = toReportPatterns(patterns, []);
          const full = passResult(edits);
          full.report.patterns = uncapped(patterns);
          expect(markerOf(renderPull(capped.report, ctx).body)).toBe(markerOf(renderPull(full.report, ctx).body));
        },
      ),
      // Shrinking arrays of hundreds of ids takes minutes: the first counterexample is reported as found.
      { numRuns: 60, endOnFailure: true },
    );
  });
});
