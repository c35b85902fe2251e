import { describe, expect, it } from 'vitest';
import {
  emptyLedger,
  isDreamed,
  loadLedger,
  recordEntryOutcome,
  recordPatterns,
  recordProposed,
  recordRejected,
  recordSessions,
  serializeLedger,
  suppressedEditIds,
  pendingEntryKey,
  isSuppressed,
  prunePatterns,
  capPatternSessions,
  compactLedger,
  readersLedgerText,
} from '../../src/ledger/index.js';
import type { Pattern, Edit } from '../../src/model/index.js';
import { samplesAsSignals } from '../../src/signals/incremental.js';

const pattern = (id: string, sessions: string[], entryId?: string): Pattern => ({
  id,
  kind: entryId ? 'memory_failure' : 'error_then_fix',
  signature: `sig-${id}`,
  summary: 's',
  support: { sessions: sessions.length, agents: 1 },
  sessions,
  agents: ['claude-code'],
  signals: sessions.map((s) => ({
    kind: entryId ? 'memory_failure' : 'error_then_fix',
    sessionId: s,
    agent: 'claude-code',
    signature: `sig-${id}`,
    summary: 's',
    ...(entryId ? { memoryEntryId: entryId } : {}),
    evidence: [],
  })),
});
const edit = (id: string, patternId?: string): Edit => ({
  id,
  op: 'add',
  file: 'CLAUDE.md',
  after: 'x',
  rationale: 'r',
  evidence: [],
  ...(patternId ? { patternId } : {}),
});

describe('load and serialize', () => {
  it('treats a missing file as an empty ledger and round-trips with sorted keys', () => {
    const l = loadLedger(null, '.dreaming/ledger.json');
    expect(l).toEqual(emptyLedger());
    recordSessions(
      l,
      [
        { id: 'b', contentHash: 'hb', sourceFile: 'b.jsonl' },
        { id: 'a', contentHash: 'ha', sourceFile: 'a.jsonl' },
      ],
      'T1',
    );
    const text = serializeLedger(l);
    expect(text.indexOf('"ha"')).toBeLessThan(text.indexOf('"hb"'));
    expect(text.endsWith('\n')).toBe(true);
    expect(serializeLedger(loadLedger(text, 'x'))).toBe(text);
  });

  it('names the file on bad JSON and bad schema', () => {
    expect(() => loadLedger('{nope', '.dreaming/ledger.json')).toThrow(/^\.dreaming\/ledger\.json: invalid JSON/);
    expect(() => loadLedger('{"version":2}', 'L.json')).toThrow('L.json: unsupported ledger version 2');
    expect(() => loadLedger('{"version":1,"sessions":{"h":{"id":1}}}', 'L.json')).toThrow('L.json: "sessions.h.id" must be a string');
    expect(() => loadLedger('[]', 'L.json')).toThrow('L.json: the ledger must be a JSON object');
    const file = (extra: string) =>
      `{"version":1,"files":{"a.jsonl":{"size":1,"mtimeMs":1,"bytes":1,"lines":1,"head":"h","mark":"m","dreamedAt":"t"${extra}}}}`;
    expect(loadLedger(file(''), 'L.json').files?.['a.jsonl']?.ctimeMs).toBeUndefined();
    expect(loadLedger(file(',"ctimeMs":5.25,"ino":7'), 'L.json').files?.['a.jsonl']).toMatchObject({ ctimeMs: 5.25, ino: 7 });
    expect(() => loadLedger(file(',"ctimeMs":5.25'), 'L.json')).toThrow('L.json: "files.a.jsonl" must hold both ctimeMs and ino');
    expect(() => loadLedger(file(',"ctimeMs":"5","ino":7'), 'L.json')).toThrow('L.json: "files.a.jsonl" must hold both ctimeMs and ino');
  });

  it('tells arrays from objects in the schema, and names the first field that is wrong', () => {
    const pattern = (sessions: string, agents = '[]') =>
      `{"version":1,"patterns":{"p":{"kind":"k","signature":"s","support":1,"sessions":${sessions},"agents":${agents},"lastSeen":"t"}}}`;
    expect(loadLedger(pattern('["a"]'), 'L.json').patterns.p?.sessions).toEqual(['a']);
    expect(() => loadLedger(pattern('{}'), 'L.json')).toThrow('L.json: "patterns.p.sessions" must be an array');
    expect(() => loadLedger(pattern('"a"', '1'), 'L.json')).toThrow('L.json: "patterns.p.sessions" must be an array');
    const efficacy = (before: string) =>
      `{"version":1,"efficacy":{"e":{"patternId":"p","adoptedAt":"t","before":${before},"after":{},"weeks":{}}}}`;
    expect(loadLedger(efficacy('{"sessions":1}'), 'L.json').efficacy?.e?.before).toEqual({ sessions: 1 });
    expect(() => loadLedger(efficacy('[]'), 'L.json')).toThrow('L.json: "efficacy.e.before" must be an object');
    expect(() => loadLedger(efficacy('"x"'), 'L.json')).toThrow('L.json: "efficacy.e.before" must be an object');
    expect(() => loadLedger('{"version":1,"sessions":{"h":[]}}', 'L.json')).toThrow('L.json: "sessions.h" must be an object');
  });
});

describe('incremental and idempotent runs', () => {
  it('gives read workers the sessions, file marks and filter, without the patterns and edits they never read', () => {
    const l = emptyLedger();
    recordSessions(
      l,
      Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, contentHash: `h${i}`, sourceFile: `${i}.jsonl` })),
      'T1',
    );
    l.files = {
      'a.jsonl': { size: 5, mtimeMs: 1, bytes: 5, lines: 1, head: 'h', mark: 'm', ctimeMs: 0.5, ino: 9, dreamedAt: 'T1', sessions: 1 },
    };
    compactLedger(l, { maxSessions: 10 });
    recordPatterns(l, [pattern('p1', ['s1', 's2'], 'm1')], 'T1');
    const view = loadLedger(readersLedgerText(l), 'view');
    expect(view.sessions).toEqual(l.sessions);
    expect(view.files).toEqual(l.files);
    expect(view.dreamed).toEqual(l.dreamed);
    for (let i = 0; i < 32; i++) expect(isDreamed(view, `h${i}`)).toBe(isDreamed(l, `h${i}`));
    expect(view.patterns).toEqual({});
    expect(view.entries).toEqual({});
    expect(Object.keys(l.patterns)).toEqual(['p1']);
  });

  it('records sessions by content hash and does not rewrite them', () => {
    const l = emptyLedger();
    recordSessions(l, [{ id: 'a', contentHash: 'ha', sourceFile: 'a.jsonl' }], 'T1');
    const once = serializeLedger(l);
    recordSessions(l, [{ id: 'a', contentHash: 'ha', sourceFile: 'a.jsonl' }], 'T2');
    expect(serializeLedger(l)).toBe(once);
    expect(isDreamed(l, 'ha')).toBe(true);
    expect(isDreamed(l, 'hb')).toBe(false);
  });

  it('accumulates pattern support across runs and counts hurt per entry', () => {
    const l = emptyLedger();
    recordPatterns(l, [pattern('p1', ['a', 'b'], 'm1')], 'T1');
    const once = serializeLedger(l);
    recordPatterns(l, [pattern('p1', ['a', 'b'], 'm1')], 'T2');
    expect(serializeLedger(l)).toBe(once);
    recordPatterns(l, [pattern('p1', ['c'], 'm1')], 'T3');
    expect(l.patterns.p1).toMatchObject({ support: 3, firstSeen: 'T1', lastSeen: 'T3', sessions: ['a', 'b', 'c'] });
    expect(l.entries.m1).toEqual({ hurt: 3, helped: 0, lastSeen: 'T3' });
    recordEntryOutcome(l, 'm1', 'helped', 2, 'T4');
    expect(l.entries.m1!.helped).toBe(2);
  });

  it('suppresses proposed and rejected edits until their pattern has new sessions', () => {
    const l = emptyLedger();
    const p = pattern('p1', ['a', 'b']);
    expect(suppressedEditIds(l, [p]).size).toBe(0);
    recordPatterns(l, [p], 'T1');
    recordProposed(l, [edit('e1', 'p1'), edit('e2')], 'T1');
    recordRejected(l, ['e3'], 'T1');
    const held = suppressedEditIds(l, [p]);
    expect(['e1', 'e2', 'e3'].filter((id) => held.has(id))).toEqual(['e1', 'e2', 'e3']);
    // e1's lesson worded anew (another id, its pattern and file) is the same proposal; e2's, tied to no pattern, is not.
    expect(isSuppressed({ id: 'e9', patternId: 'p1', op: 'add', file: 'CLAUDE.md' }, held)).toBe(true);
    expect(isSuppressed({ id: 'e9', op: 'add', file: 'CLAUDE.md' }, held)).toBe(false);
    // New evidence for p1 lifts the suppression of e1 only.
    expect([...suppressedEditIds(l, [pattern('p1', ['a', 'b', 'c'])])].sort()).toEqual(['e2', 'e3']);
    recordRejected(l, ['e1'], 'T2');
    expect(l.edits.e1).toMatchObject({ status: 'rejected', rejectedAt: 'T2', proposedAt: 'T1', supportAtDecision: 2 });
    const once = serializeLedger(l);
    recordRejected(l, ['e1'], 'T3');
    recordProposed(l, [edit('e2')], 'T3');
    expect(serializeLedger(l)).toBe(once);
  });

  it("reads the ledger's sessions once however many edits ask for new evidence, with the same answer", () => {
    const l = emptyLedger();
    const ids = Array.from({ length: 200 }, (_, i) => `s${i}`);
    recordSessions(
      l,
      ids.map((id, i) => ({ id, contentHash: `h${id}`, sourceFile: i % 2 ? `dir/${id}.jsonl` : `${id}.jsonl` })),
      'T1',
    );
    const patterns = Array.from({ length: 20 }, (_, i) => pattern(`p${i}`, ids.slice(i, i + 3)));
    recordPatterns(l, patterns, 'T1');
    recordProposed(
      l,
      patterns.map((p, i) => edit(`e${i}`, p.id)),
      'T1',
    );
    recordRejected(l, ['e0'], 'T2');
    l.edits.e0!.sessions = ['s0'];
    const expected = [...suppressedEditIds(l, patterns)].sort();
    // The same ledger whose sessions count each property read: Object.values reads every session once.
    let reads = 0;
    const counted = { ...l, sessions: new Proxy(l.sessions, { get: (t, k, r) => (reads++, Reflect.get(t, k, r) as unknown) }) };
    expect([...suppressedEditIds(counted, patterns)].sort()).toEqual(expected);
    expect(expected).toContain('e5');
    expect(expected).not.toContain('e0');
    expect(reads).toBeLessThanOrEqual(ids.length);
  });

  it('marks entries of pending proposals, and frees them when the proposal is rejected', () => {
    const l = emptyLedger();
    recordProposed(l, [{ ...edit('e1'), op: 'update', entryId: 'm1' }], 'T1');
    expect(suppressedEditIds(l, []).has(pendingEntryKey('m1'))).toBe(true);
    recordRejected(l, ['e1'], 'T2');
    expect(suppressedEditIds(l, []).has(pendingEntryKey('m1'))).toBe(false);
    expect(l.edits.e1!.entryIds).toEqual(['m1']);
  });
});

describe('samples, rejections with sessions, and pruning', () => {
  const withEvidence = (p: Pattern): Pattern => ({
    ...p,
    signals: p.signals.map((s) => ({
      ...s,
      lesson: 'L',
      evidence: [{ session: s.sessionId, file: `${s.sessionId}.jsonl`, line: 3, quote: 'q quote' }],
    })),
  });

  it('keeps a few samples from distinct sessions and turns them back into signals', () => {
    const l = emptyLedger();
    recordPatterns(l, [withEvidence(pattern('p1', ['a']))], 'T1');
    recordPatterns(l, [withEvidence(pattern('p1', ['b', 'c', 'd', 'e']))], 'T2');
    expect(l.patterns.p1!.samples!.map((s) => s.sessionId)).toEqual(['a', 'b', 'c']);
    const back = samplesAsSignals(l, 'p1');
    expect(back[0]).toMatchObject({ kind: 'error_then_fix', signature: 'sig-p1', sessionId: 'a', lesson: 'L' });
    expect(back[0]!.evidence[0]).toMatchObject({ session: 'a', file: 'a.jsonl', line: 3, quote: 'q quote' });
    expect(samplesAsSignals(l, 'nope')).toEqual([]);
  });

  it('lifts a rejection only for sessions outside the ones it saw, and an older rejection does not overturn a newer proposal', () => {
    const l = emptyLedger();
    recordRejected(l, [{ id: 'e1', patternId: 'p1', sessions: ['b', 'a'] }], 'T1');
    expect(l.edits.e1).toMatchObject({ status: 'rejected', patternId: 'p1', sessions: ['a', 'b'] });
    expect(suppressedEditIds(l, [pattern('p1', ['a', 'b'])]).has('e1')).toBe(true);
    expect(suppressedEditIds(l, [pattern('p1', ['a', 'b', 'c'])]).has('e1')).toBe(false);
    const once = serializeLedger(l);
    recordRejected(l, [{ id: 'e1', patternId: 'p1', sessions: ['a'] }], 'T2');
    expect(serializeLedger(l)).toBe(once);
    recordPatterns(l, [pattern('p1', ['a', 'b', 'c'])], 'T3');
    recordProposed(l, [edit('e1', 'p1')], 'T3');
    expect(l.edits.e1).toMatchObject({ status: 'proposed', sessions: ['a', 'b', 'c'] });
    recordRejected(l, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b'] }], 'T4');
    expect(l.edits.e1!.status).toBe('proposed');
    recordRejected(l, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b', 'c'] }], 'T5');
    expect(l.edits.e1).toMatchObject({ status: 'rejected', rejectedAt: 'T5' });
  });

  it('treats a capped rejection conservatively: unlisted sessions count as old until more arrive than were left out', () => {
    const l = emptyLedger();
    // The pattern had 5 sessions; the marker listed 3 (a, b, c) and counted 5.
    recordRejected(l, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b', 'c'], sessionCount: 5 }], 'T1');
    expect(l.edits.e1).toMatchObject({ status: 'rejected', sessions: ['a', 'b', 'c'], sessionCount: 5 });
    // The same five sessions read again (d and e were the unlisted ones): still rejected.
    expect(suppressedEditIds(l, [pattern('p1', ['a', 'b', 'c', 'd', 'e'])]).has('e1')).toBe(true);
    // A sixth session: more outside the list than it left out, so there is new evidence.
    expect(suppressedEditIds(l, [pattern('p1', ['a', 'b', 'c', 'd', 'e', 'f'])]).has('e1')).toBe(false);
    // Without the count the same read would have lifted it.
    const bare = emptyLedger();
    recordRejected(bare, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b', 'c'] }], 'T1');
    expect(suppressedEditIds(bare, [pattern('p1', ['a', 'b', 'c', 'd', 'e'])]).has('e1')).toBe(false);
    // The count survives a reload and a repeated rejection; a larger count widens it.
    const again = loadLedger(serializeLedger(l), 'l.json');
    const once = serializeLedger(again);
    recordRejected(again, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b', 'c'], sessionCount: 5 }], 'T2');
    expect(serializeLedger(again)).toBe(once);
    recordRejected(again, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b', 'c'], sessionCount: 6 }], 'T3');
    expect(again.edits.e1).toMatchObject({ sessions: ['a', 'b', 'c'], sessionCount: 6 });
    expect(suppressedEditIds(again, [pattern('p1', ['a', 'b', 'c', 'd', 'e', 'f'])]).has('e1')).toBe(true);
  });

  it('a capped rejection still overturns a proposal whose extra sessions it counted', () => {
    const l = emptyLedger();
    recordPatterns(l, [pattern('p1', ['a', 'b', 'c', 'd'])], 'T1');
    recordProposed(l, [edit('e1', 'p1')], 'T1');
    recordRejected(l, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b'], sessionCount: 4 }], 'T2');
    expect(l.edits.e1).toMatchObject({ status: 'rejected', sessionCount: 4 });
    const m = emptyLedger();
    recordPatterns(m, [pattern('p1', ['a', 'b', 'c', 'd'])], 'T1');
    recordProposed(m, [edit('e1', 'p1')], 'T1');
    recordRejected(m, [{ id: 'e1', patternId: 'p1', sessions: ['a', 'b'], sessionCount: 3 }], 'T2');
    expect(m.edits.e1!.status).toBe('proposed');
  });

  it('caps the session ids all patterns list: the longest lists keep their most recent ids, support stays', () => {
    const l = emptyLedger();
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    recordPatterns(l, [pattern('big', ids('b', 300)), pattern('mid', ids('m', 120)), pattern('small', ids('s', 30))], 'T1');
    capPatternSessions(l, 200);
    const listed = Object.values(l.patterns).reduce((a, p) => a + p.sessions.length, 0);
    expect(listed).toBeLessThanOrEqual(200);
    expect(l.patterns.small!.sessions).toEqual(ids('s', 30));
    expect(l.patterns.big!.sessions).toEqual(ids('b', 300).slice(-85));
    expect(l.patterns.mid!.sessions).toEqual(ids('m', 120).slice(-85));
    expect(l.patterns.big!.support).toBe(300);
    // A session seen before the cap is new evidence only if it was cut: the most recent were kept.
    recordPatterns(l, [pattern('big', ['b299', 'b300'])], 'T2');
    expect(l.patterns.big!.support).toBe(301);
  });

  it('forgets the weakest, oldest unreferenced patterns past the cap', () => {
    const l = emptyLedger();
    recordPatterns(l, [pattern('old', ['a'])], 'T1');
    recordPatterns(l, [pattern('kept', ['a']), pattern('strong', ['a', 'b'])], 'T2');
    recordPatterns(l, [pattern('cited', ['x'])], 'T0');
    recordProposed(l, [edit('e', 'cited')], 'T2');
    expect(prunePatterns(l, 2)).toBe(2);
    expect(Object.keys(l.patterns).sort()).toEqual(['cited', 'strong']);
    expect(prunePatterns(l, 2)).toBe(0);
  });
});

describe('recordPatterns: samples redacted once per distinct text', () => {
  // Samples of many patterns cite the same sessions and files; each text is redacted once and the
  // answer reused. Whatever text repeats, each sample must read as redacting it afresh would.
  const TOKEN = 'ghp_' + 'c'.repeat(18) + 'D2'.repeat(9);
  const signalOf = (id: string, session: string, file: string, quote: string) => ({
    kind: 'error_then_fix' as const,
    sessionId: session,
    agent: 'claude-code' as const,
    signature: `sig-${id}`,
    summary: 's',
    named: [quote, file],
    evidence: [{ session, file, line: 3, quote }],
  });
  const patternOf = (id: string, signals: ReturnType<typeof signalOf>[]): Pattern => ({
    id,
    kind: 'error_then_fix',
    signature: `sig-${id}`,
    summary: 's',
    support: { sessions: signals.length, agents: 1 },
    sessions: signals.map((s) => s.sessionId),
    agents: ['claude-code'],
    signals,
  });

  it('keeps each sample as its own redaction, secrets in repeated and unrepeated texts alike', () => {
    const secretFile = `logs/${TOKEN}.jsonl`;
    const l = emptyLedger();
    recordPatterns(
      l,
      [
        patternOf('p1', [signalOf('p1', 's1', secretFile, `failed with ${TOKEN}`), signalOf('p1', 's2', 'b.jsonl', 'plain quote one')]),
        patternOf('p2', [signalOf('p2', 's1', secretFile, 'plain quote two'), signalOf('p2', 's3', 'b.jsonl', `again ${TOKEN}`)]),
        patternOf('p3', [signalOf('p3', 's2', 'b.jsonl', 'plain quote one')]),
      ],
      'T1',
    );
    const samples = Object.values(l.patterns).flatMap((p) => p.samples ?? []);
    expect(samples).toHaveLength(5);
    const text = serializeLedger(l);
    expect(text).not.toContain(TOKEN.slice(4));
    expect(samples.map((s) => s.evidence[0]!.file)).toEqual([
      'logs/[REDACTED:github-pat].jsonl',
      'b.jsonl',
      'logs/[REDACTED:github-pat].jsonl',
      'b.jsonl',
      'b.jsonl',
    ]);
    expect(samples.map((s) => s.evidence[0]!.quote)).toEqual([
      'failed with [REDACTED:github-pat]',
      'plain quote one',
      'plain quote two',
      'again [REDACTED:github-pat]',
      'plain quote one',
    ]);
    expect(samples[0]!.named).toEqual(['failed with [REDACTED:github-pat]', 'logs/[REDACTED:github-pat].jsonl']);
  });
});
