/**
 * What a pass holds while it reads must stop growing with the corpus: the outlines it keeps for the
 * engine, and the sessions and file marks it lists in the ledger.
 */
import { describe, expect, it } from 'vitest';
import { FULL_OUTLINE_CHARS, PassOutlines, SHORT_OUTLINE_CHARS, type OutlinePair } from '../../src/pipeline/outlines.js';
import { markRead, PassRecorder, planFile } from '../../src/pipeline/file-skip.js';
import { emptyLedger, isDreamed, loadLedger, serializeLedger, MAX_LISTED_FILES, MAX_LISTED_SESSIONS } from '../../src/ledger/index.js';
import { outlineSession } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { session } from '../signals/session-builder.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import type { DreamInput, SessionOutline } from '../../src/model/index.js';
import { pytestFix, TempRepo } from './helpers.js';

const hash = (i: number): string => i.toString(16).padStart(64, '0');

function numbered(i: number, parentId?: string) {
  const s = session(`s${i}`, [{ user: `please build part ${i}` }, { run: `make part${i}`, ok: false, out: `no rule for part${i}` }]);
  return { ...s, contentHash: hash(i), ...(parentId ? { parentId } : {}) };
}

/** A session outlined at both sizes, as a reader hands it to the pass (mine-file.ts). */
function pair(s: Session): OutlinePair {
  return { outline: outlineSession(s, FULL_OUTLINE_CHARS), short: outlineSession(s, SHORT_OUTLINE_CHARS).outline };
}

/** The ledger as a pass loads it, which its readers plan files and ask "dreamed?" against (read-pass.ts readers()). */
const asLoaded = (text: string | null) => loadLedger(text, 'ledger.json');

describe('PassOutlines', () => {
  it('counts every session but keeps at most maxKept outlines, then only text-less subagent links', () => {
    const outlines = new PassOutlines({ maxKept: 20, budgetChars: 500 });
    for (let i = 0; i < 300; i++) outlines.add(pair(numbered(i, i % 10 === 9 ? `s${i - 1}` : undefined)));
    expect(outlines.count).toBe(300);
    const withText = outlines.kept.filter((o) => o.outline.length > 0);
    expect(withText.map((o) => o.id)).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}`));
    // Past the cap, a subagent still says whose it is (engines count its evidence for its parent).
    const links = outlines.kept.slice(20);
    expect(links.length).toBe(28);
    expect(links.every((o) => o.outline === '' && o.parentId === `s${Number(o.id.slice(1)) - 1}`)).toBe(true);
  });

  it('shortens outlines once the character budget is spent', () => {
    const outlines = new PassOutlines({ budgetChars: 1 });
    const steps = Array.from({ length: 60 }, (_, i) => ({ run: `make target${i} --jobs 4`, ok: false, out: `no rule to make target${i}` }));
    const first = outlines.add(pair({ ...session('a', steps), contentHash: hash(1) }));
    const second = outlines.add(pair({ ...session('b', steps), contentHash: hash(2) }));
    expect(first.outline.length).toBeGreaterThan(300);
    expect(second.outline.length).toBeLessThanOrEqual(300);
  });
});

describe('PassRecorder', () => {
  it('keeps the listed sessions under twice the cap while a pass reads, and forgets none', () => {
    const ledger = emptyLedger();
    const found = asLoaded(serializeLedger(ledger));
    const recorder = new PassRecorder(ledger, { at: '2026-01-01T00:00:00.000Z', keepFiles: new Set() });
    const total = 3 * MAX_LISTED_SESSIONS;
    let most = 0;
    for (let i = 0; i < total; i++) {
      const s = numbered(i);
      recorder.session({ id: s.id, contentHash: s.contentHash, sourceFile: s.sourceFile }, { keep: i < 10 });
      most = Math.max(most, Object.keys(ledger.sessions).length);
    }
    expect(most).toBeLessThanOrEqual(2 * MAX_LISTED_SESSIONS);
    expect(Object.keys(ledger.dreamed?.segments ?? []).length).toBeGreaterThan(0);
    for (let i = 0; i < total; i++) expect(isDreamed(ledger, hash(i))).toBe(true);
    // The sampled sessions (an open PR cites them) stay listed, so they can be dreamed again.
    for (let i = 0; i < 10; i++) expect(ledger.sessions[hash(i)]?.id).toBe(`s${i}`);
    // What the pass itself compacted is not asked of the filter while it reads: a fuller filter's false
    // "dreamed" would drop a new session. The ledger as the pass loaded it (empty here) answers instead.
    const compacted = Array.from({ length: total }, (_, i) => hash(i)).filter((h) => !ledger.sessions[h]);
    expect(compacted.length).toBeGreaterThan(MAX_LISTED_SESSIONS);
    expect(compacted.filter((h) => isDreamed(found, h))).toEqual([]);
  });

  it('lists a session once, even when a copy of it turns up in another file', () => {
    const ledger = emptyLedger();
    const recorder = new PassRecorder(ledger, { at: '2026-01-01T00:00:00.000Z', keepFiles: new Set() });
    recorder.session({ id: 's1', contentHash: hash(1), sourceFile: 'a.jsonl' });
    recorder.session({ id: 's1', contentHash: hash(1), sourceFile: 'copy/a.jsonl' });
    expect(ledger.sessions).toEqual({ [hash(1)]: { id: 's1', sourceFile: 'a.jsonl', dreamedAt: '2026-01-01T00:00:00.000Z' } });
  });

  it('keeps the file marks bounded too, and plans the files it read against the filter it found', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bounded-files-'));
    try {
      const ledger = emptyLedger();
      const found = asLoaded(serializeLedger(ledger));
      const recorder = new PassRecorder(ledger, { at: '2026-01-01T00:00:00.000Z', keepFiles: new Set() });
      const total = 2 * MAX_LISTED_FILES + 50;
      let most = 0;
      for (let i = 0; i < total; i++) {
        const abs = path.join(dir, `${i}.jsonl`);
        const text = `{"n":${i}}\n`;
        writeFileSync(abs, text);
        const mark = markRead(abs, { startOffset: 0, bytes: Buffer.byteLength(text), lines: 1 }, undefined);
        recorder.file(`${i}.jsonl`, mark!, 1);
        most = Math.max(most, Object.keys(ledger.files ?? {}).length);
      }
      expect(most).toBeLessThanOrEqual(2 * MAX_LISTED_FILES);
      const compacted = Array.from({ length: total }, (_, i) => `${i}.jsonl`).filter((f) => !ledger.files?.[f]);
      expect(compacted.length).toBeGreaterThan(0);
      const first = compacted[0]!;
      // The ledger as it will be saved knows the file; this pass, which found no filter, does not ask it.
      expect(planFile(ledger, first, path.join(dir, first), undefined)).toEqual({ kind: 'skip', sessions: 1, byFilter: true });
      expect(planFile(found, first, path.join(dir, first), undefined)).toEqual({ kind: 'read' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The offline engine, recording the outlines the pass hands it; `reads` says whether it asks for their text. */
class Recording extends OfflineEngine {
  seen: SessionOutline[] = [];
  constructor(override readonly readsOutlines: boolean) {
    super();
  }
  override dream(input: DreamInput) {
    this.seen = input.sessions;
    return super.dream(input);
  }
}

describe('outlines for an engine that reads none', () => {
  it('keeps no outline text for the offline engine, and proposes the same edits as a pass that keeps them', async () => {
    const repo = new TempRepo();
    try {
      for (let i = 0; i < 3; i++) repo.session(i, pytestFix);
      expect(new OfflineEngine().readsOutlines).toBe(false);
      const reads = new Recording(true);
      const kept = await repo.run({ engine: reads });
      const none = new Recording(false);
      const dropped = await repo.run({ engine: none });
      expect(reads.seen).toHaveLength(3);
      expect(reads.seen.every((o) => o.outline.includes('pytest'))).toBe(true);
      expect(none.seen).toEqual([]);
      expect(dropped.diff).toBe(kept.diff);
      expect(dropped.diff).toContain('PYTHONPATH=src pytest');
      expect(JSON.stringify({ ...dropped.report, timings: {} })).toBe(JSON.stringify({ ...kept.report, timings: {} }));
    } finally {
      repo.dispose();
    }
  });
});
