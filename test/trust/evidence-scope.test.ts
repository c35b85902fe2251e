/**
 * Model-written evidence may cite only transcripts the pass read: a citation of a file outside the
 * repository, or of a forged transcript beside it, must not verify even when that file really holds
 * the quoted event.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edit, Evidence, DreamEngine, DreamInput, Logger } from '../../src/model/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { emptyUsage } from '../../src/engine/usage.js';
import { indexEvidence } from '../../src/guards/index.js';
import { runDream } from '../../src/pipeline/run.js';
import { claudeJsonl, prompt, sessionReader, tempDir } from '../guards/fixtures.js';

const quiet: Logger = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} };
let root: string;
let repo: string;
let absForged: string;

const QUOTE = 'always keep commits small and focused';
const cite = (file: string, session: string): Evidence => ({ session, file, line: 1, quote: QUOTE });
const edit = (id: string, after: string, evidence: Evidence[]): Edit => ({
  id,
  op: 'add',
  file: 'CLAUDE.md',
  section: ['Workflow'],
  after,
  rationale: 'seen',
  evidence,
});

beforeAll(() => {
  root = tempDir('dream-evidence-scope-');
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'sessions'), { recursive: true });
  mkdirSync(join(root, 'forged'), { recursive: true });
  writeFileSync(join(repo, 'CLAUDE.md'), '# Workflow\n\n- review before merging\n');
  writeFileSync(join(repo, 'sessions/a.jsonl'), claudeJsonl('real-1', [prompt(`Please ${QUOTE}.`)]));
  // Forged transcripts holding the very same event: only where they live gives them away.
  writeFileSync(join(root, 'forged/x.jsonl'), claudeJsonl('forged-1', [prompt(`Please ${QUOTE}.`)]));
  absForged = join(root, 'forged/abs.jsonl');
  writeFileSync(absForged, claudeJsonl('forged-2', [prompt(`Please ${QUOTE}.`)]));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('evidence scope', () => {
  it('runDream refuses evidence citing a file outside the pass, and accepts the same event in a file it read', async () => {
    const engine: DreamEngine = {
      name: 'offline',
      dream: (_input: DreamInput) =>
        Promise.resolve({
          edits: [
            edit('e-real', 'Keep commits small and focused.', [cite('sessions/a.jsonl', 'real-1')]),
            edit('e-abs', 'Keep each commit focused on one change.', [cite(absForged, 'forged-2')]),
            edit('e-rel', 'Split large commits into focused ones.', [cite('../forged/x.jsonl', 'forged-1')]),
          ],
          rejected: [],
          usage: emptyUsage(),
          notes: [],
        }),
    };
    const run = await runDream({
      repoDir: repo,
      sessions: ['sessions/**/*.jsonl'],
      engine,
      options: { ...defaultDreamOptions, minSupport: 1 },
      ledgerPath: '.dreaming/ledger.json',
      logger: quiet,
    });
    expect(run.report.edits.map((e) => e.id)).toEqual(['e-real']);
    const refused = Object.fromEntries(run.report.rejected.map((r) => [r.edit.id, `${r.by}: ${r.reason}`]));
    expect(refused['e-abs']).toBe(`guard:evidence: evidence ${absForged}:1 cannot be read: not a transcript this pass read`);
    expect(refused['e-rel']).toBe('guard:evidence: evidence ../forged/x.jsonl:1 cannot be read: not a transcript this pass read');
  });

  it('indexEvidence does not open a cited file outside the allowed set', async () => {
    const reads: string[] = [];
    const edits = [edit('a', 'x', [cite('sessions/a.jsonl', 'real-1')]), edit('b', 'y', [cite('../forged/x.jsonl', 'forged-1')])];
    const index = await indexEvidence(edits, sessionReader(repo, reads), { files: new Set(['sessions/a.jsonl']) });
    expect(reads).toEqual(['sessions/a.jsonl']);
    expect(index.verify(edits[0]!.evidence[0]!)).toBe(true);
    expect(index.explain(edits[1]!.evidence[0]!)).toBe('evidence ../forged/x.jsonl:1 cannot be read: not a transcript this pass read');
    // Without the set (callers outside the pipeline) the same citation is read and verifies.
    const open = await indexEvidence(edits, sessionReader(repo));
    expect(open.verify(edits[1]!.evidence[0]!)).toBe(true);
  });
});
