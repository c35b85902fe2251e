/**
 * Where a lesson is added is read from its pattern's folders (model/folders.ts), which count every session, not the
 * sampled ones: clustering, the streaming accumulator in chunks, an incremental pass joined with the ledger and two
 * ledgers merged all give the summary one pass over every session gives. And what a ledger says of them is checked.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterSignals, MAX_SIGNALS_PER_PATTERN } from '../../src/signals/cluster.js';
import { PatternAccumulator } from '../../src/signals/accumulate.js';
import { emptyLedger, loadLedger, mergeLedgers, recordPatterns, serializeLedger } from '../../src/ledger/index.js';
import { joinFolders, MAX_PATTERN_FOLDERS, REPO_FOLDER_RULE, type Signal } from '../../src/model/index.js';

const signal = (n: number, folder: string | undefined): Signal => ({
  kind: 'error_then_fix',
  sessionId: `s${String(n).padStart(3, '0')}`,
  agent: 'claude-code',
  ...(folder === undefined ? {} : { folder }),
  signature: 'fix|pytest|PYTHONPATH=src pytest',
  summary: 'pytest failed, then PYTHONPATH=src pytest passed',
  evidence: [{ session: `s${n}`, file: `s${n}.jsonl`, line: 3, quote: 'PYTHONPATH=src pytest' }],
});

const folded = (signals: Signal[], chunkSessions: number) => {
  const acc = new PatternAccumulator({ chunkSessions, maxRawSignals: 0 });
  for (const s of signals) acc.addSession([s]);
  return acc.result(1).patterns[0]!;
};

describe("a pattern's folders", () => {
  it('count the sessions past the sample cap: one at the root after 30 in the package makes it the root', () => {
    const inWeb = Array.from({ length: 30 }, (_, i) => signal(i, i % 2 ? 'packages/web' : 'packages/web/src'));
    const [p] = clusterSignals([...inWeb, signal(99, undefined)], 1).patterns;
    expect(p!.signals).toHaveLength(MAX_SIGNALS_PER_PATTERN);
    expect(p!.signals.every((s) => s.folder !== undefined)).toBe(true);
    expect(p!.folders).toBeUndefined();
    expect(clusterSignals(inWeb, 1).patterns[0]!.folders).toEqual(['packages/web', 'packages/web/src']);
  });

  it('are the root past MAX_PATTERN_FOLDERS distinct folders', () => {
    const spread = Array.from({ length: MAX_PATTERN_FOLDERS + 1 }, (_, i) => signal(i, `packages/p${i}`));
    expect(clusterSignals(spread.slice(0, -1), 1).patterns[0]!.folders).toHaveLength(MAX_PATTERN_FOLDERS);
    expect(clusterSignals(spread, 1).patterns[0]!.folders).toBeUndefined();
  });

  it('are the same in one pass, in chunks of any size and in any order of sessions', () => {
    const folder = fc.constantFrom(undefined, 'a', 'a/b', 'c', 'd/e/f', 'g', 'h', 'i', 'j', 'k', 'l');
    fc.assert(
      fc.property(fc.array(folder, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (folders, chunk) => {
        const signals = folders.map((f, i) => signal(i, f));
        const whole = clusterSignals(signals, 1).patterns[0]!.folders;
        expect(folded(signals, chunk).folders).toEqual(whole);
        expect(folded([...signals].reverse(), chunk).folders).toEqual(whole);
      }),
    );
  });

  it('join as sets, the root absorbing, whichever side comes first', () => {
    expect(joinFolders(['b'], ['a', 'b'])).toEqual(['a', 'b']);
    expect(joinFolders(['a', 'b'], ['b'])).toEqual(['a', 'b']);
    expect(joinFolders(undefined, ['a'])).toBeUndefined();
    expect(joinFolders(['a'], undefined)).toBeUndefined();
  });
});

describe('the ledger keeps them', () => {
  const recorded = (folders: (string | undefined)[], from = 0) => {
    const l = emptyLedger();
    const patterns = clusterSignals(
      folders.map((f, i) => signal(from + i, f)),
      1,
    ).patterns;
    recordPatterns(l, patterns, '2026-11-30T00:00:00Z');
    return l;
  };

  it('joined with what a pass finds, so a session at the root in any pass keeps the lesson at the root', () => {
    const l = recorded(['packages/web']);
    expect(Object.values(l.patterns)[0]!.folders).toEqual(['packages/web']);
    recordPatterns(l, clusterSignals([signal(7, 'packages/web/src')], 1).patterns, '2026-12-01T00:00:00Z');
    expect(Object.values(l.patterns)[0]!.folders).toEqual(['packages/web', 'packages/web/src']);
    recordPatterns(l, clusterSignals([signal(8, undefined)], 1).patterns, '2026-12-02T00:00:00Z');
    expect(Object.values(l.patterns)[0]!.folders).toBeUndefined();
    recordPatterns(l, clusterSignals([signal(9, 'packages/web')], 1).patterns, '2026-12-03T00:00:00Z');
    expect(Object.values(l.patterns)[0]!.folders).toBeUndefined();
  });

  it('and two copies merged keep both copies’ folders', () => {
    const a = recorded(['packages/web', 'packages/web']);
    const b = recorded(['packages/api'], 5);
    const [id] = Object.keys(a.patterns);
    expect(mergeLedgers(a, b).patterns[id!]!.folders).toEqual(['packages/api', 'packages/web']);
    expect(mergeLedgers(b, a).patterns[id!]!.folders).toEqual(['packages/api', 'packages/web']);
    expect(mergeLedgers(a, recorded([undefined], 5)).patterns[id!]!.folders).toBeUndefined();
  });

  it.each([
    ['an absolute folder', ['/etc']],
    ['a folder leaving the root', ['../x']],
    ['a folder with a dot part', ['packages/./web']],
    ['a Windows folder', ['packages\\web']],
    ['an empty list', []],
    ['a string', 'packages/web'],
    ['a very long folder', ['x'.repeat(600)]],
    ['too many folders', Array.from({ length: MAX_PATTERN_FOLDERS + 1 }, (_, i) => `p${i}`)],
  ])('refuses %s, naming the file and the field', (_, folders) => {
    const l = recorded(['packages/web']);
    const [id] = Object.keys(l.patterns);
    l.patterns[id!]!.folders = folders as string[];
    expect(() => loadLedger(serializeLedger(l), '.dreaming/ledger.json')).toThrow(
      new RegExp(
        // The rule in full: a dot part and a backslash are refused as surely as "..".
        `^\\.dreaming/ledger\\.json: "patterns\\.${id}\\.folders" must be 1 to ${MAX_PATTERN_FOLDERS} folders inside the repository \\(${REPO_FOLDER_RULE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`,
      ),
    );
  });
});
