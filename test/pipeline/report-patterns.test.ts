import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_PATTERN_SESSIONS, MAX_REPORT_SESSION_IDS, type Pattern, type ReportPattern, type Signal } from '../../src/model/index.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { toReportPatterns } from '../../src/pipeline/report-patterns.js';
import { renderPull } from '../../src/publish/body.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';
import { jobSummary } from '../../src/publish/summary.js';
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

const pattern = (id: string, sessions: string[]): Pattern => ({
  id,
  kind: 'error_then_fix',
  signature: `sig-${id}`,
  summary: `pattern ${id}`,
  support: { sessions: new Set(sessions).size, agents: 1 },
  sessions,
  agents: ['claude-code'],
  signals: [],
});

/** `n` distinct session ids of pattern `id`, in no sorted order. */
const idsFor = (id: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${id}-${String((i * 7919) % n).padStart(5, '0')}`);

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
        fc.nat({ max: 40 }),
        (lists, picks, fillers) => {
          const patterns: Pattern[] = lists.map((sessions, i) => pattern(`p-${i}`, sessions));
          const edits = picks.map((p, i) =>
            edit(`e-${i}`, `- line ${i}`, p.linked ? { patternId: `p-${p.pattern % patterns.length}` } : {}),
          );
          // Patterns no edit cites, enough that the report's overall cap leaves each only a few ids.
          const filler = Array.from({ length: fillers }, (_, i) => pattern(`q-${i}`, idsOf(Array.from({ length: 300 }, () => 0))));
          const cited = new Set(edits.flatMap((e) => (e.patternId ? [e.patternId] : [])));
          const capped = passResult(edits);
          capped.report.patterns = toReportPatterns([...patterns, ...filler], [], cited);
          const full = passResult(edits);
          full.report.patterns = uncapped([...patterns, ...filler]);
          expect(markerOf(renderPull(capped.report, ctx).body)).toBe(markerOf(renderPull(full.report, ctx).body));
        },
      ),
      // Shrinking arrays of hundreds of ids takes minutes: the first counterexample is reported as found.
      { numRuns: 60, endOnFailure: true },
    );
  });
});

describe('the report holds counts and a capped sample of sessions overall', () => {
  it('lists a few ids of each of many patterns, as many for each, and counts every session', () => {
    // Counts drawn per pattern, some above the per-pattern cap, some one-offs; some patterns cited by an edit.
    const arb = fc.array(
      fc.record({ n: fc.integer({ min: 1, max: 2 * MAX_PATTERN_SESSIONS }), cited: fc.boolean(), oneOff: fc.boolean() }),
      {
        minLength: 1,
        maxLength: 80,
        size: 'max',
      },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const all = specs.map((p, i) => ({ ...p, pattern: pattern(`p${i}`, idsFor(`p${i}`, p.n)) }));
        const cited = new Set(all.filter((p) => p.cited).map((p) => p.pattern.id));
        const rows = toReportPatterns(
          all.filter((p) => !p.oneOff).map((p) => p.pattern),
          all.filter((p) => p.oneOff).map((p) => p.pattern),
          cited,
        );
        expect(rows.map((r) => r.id)).toEqual([...all.filter((p) => !p.oneOff), ...all.filter((p) => p.oneOff)].map((p) => p.pattern.id));
        const listed = new Map(rows.map((r) => [r.id, r]));
        for (const p of all) {
          const row = listed.get(p.pattern.id)!;
          // The sample is the sorted first ids, and with the count of the rest it accounts for every session.
          expect(row.sessions).toEqual([...p.pattern.sessions].sort().slice(0, row.sessions.length));
          expect(row.sessions.length + (row.sessionsOmitted ?? 0)).toBe(p.n);
          expect(row.sessionsOmitted === undefined || row.sessionsOmitted > 0).toBe(true);
          expect(row.sessions.length).toBeGreaterThanOrEqual(1);
          if (p.cited) expect(row.sessions.length).toBe(Math.min(p.n, MAX_PATTERN_SESSIONS));
        }
        const others = all.filter((p) => !p.cited).map((p) => ({ n: p.n, listed: listed.get(p.pattern.id)!.sessions.length }));
        const total = others.reduce((n, o) => n + o.listed, 0);
        expect(total).toBeLessThanOrEqual(Math.max(MAX_REPORT_SESSION_IDS, others.length));
        // One share for every pattern that could not list all of its ids; one more each would pass the cap.
        const cut = others.filter((o) => o.listed < o.n);
        const share = Math.max(0, ...cut.map((o) => o.listed));
        for (const o of cut) expect(o.listed).toBe(share);
        for (const o of others) expect(o.listed).toBeLessThanOrEqual(cut.length ? share : MAX_PATTERN_SESSIONS);
        if (cut.length && share < MAX_PATTERN_SESSIONS) expect(total + cut.length).toBeGreaterThan(MAX_REPORT_SESSION_IDS);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('keeps a 100,000-session report to a few thousand ids, whatever the order of its patterns', () => {
    // The shape of the bench's 100k reduce: 400 patterns of hundreds of sessions, 2,000 one-offs of one.
    const supported = Array.from({ length: 400 }, (_, i) => pattern(`s${String(i).padStart(3, '0')}`, idsFor(`s${i}`, 250 + i)));
    const oneOffs = Array.from({ length: 2_000 }, (_, i) => pattern(`o${i}`, [`o${i}-only`]));
    const rows = toReportPatterns(supported, oneOffs, new Set(['s007']));
    const ids = rows.reduce((n, r) => n + r.sessions.length, 0);
    expect(ids).toBeLessThanOrEqual(MAX_REPORT_SESSION_IDS + MAX_PATTERN_SESSIONS);
    expect(rows.find((r) => r.id === 's007')!.sessions).toHaveLength(MAX_PATTERN_SESSIONS);
    expect(rows.find((r) => r.id === 'o5')!.sessions).toEqual(['o5-only']);
    const share = rows.find((r) => r.id === 's100')!.sessions.length;
    expect(share).toBe(Math.floor((MAX_REPORT_SESSION_IDS - 2_000) / 399));
    const reversed = toReportPatterns([...supported].reverse(), [...oneOffs].reverse(), new Set(['s007']));
    expect(new Map(reversed.map((r) => [r.id, r.sessions]))).toEqual(new Map(rows.map((r) => [r.id, r.sessions])));
  });

  it('counts the one-offs past the listed ones in the summaries', () => {
    const input = passResult([]);
    input.report.patterns = toReportPatterns([pattern('a', ['x', 'y'])], [pattern('b', ['z'])]);
    input.report.oneOffsOmitted = 4_000;
    expect(formatRunSummary(input.report)).toContain('patterns: 1 supported, 4001 one-off');
    expect(jobSummary(input.report, undefined)).toContain('| patterns | 1 supported, 4001 one-off |');
    expect(renderPull(input.report, ctx).body).toContain('Patterns: 1 supported, 4001 one-off');
  });
});
