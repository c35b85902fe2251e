import { describe, expect, it } from 'vitest';
import { runEval } from '../../eval/run.js';

// Quality gate for the offline engine over the labelled evaluation set (eval/labels.json).
describe('offline dream pass over the evaluation set', () => {
  it('meets the recall, precision, evidence and negative-control targets', async () => {
    const r = await runEval();
    expect(r.report.sessions.read).toBe(29);
    expect(r.report.sessions.skipped).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(r.controlHits).toEqual([]);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.resolvableEvidence).toBe(1);
    expect(r.negativeControlEdits).toBe(0);
    expect(r.oneOffEdits).toBe(0);
    // Staleness is proven or nothing is deleted: the planted stale entries go with their proof, and
    // the traps (gitignored and generated folders, a route a session edited, a package's own script
    // failing from the root) stay.
    expect(r.falseDeletions.map((e) => `${e.file}: ${e.before}`)).toEqual([]);
    expect(r.report.notes.some((n) => n.startsWith('kept packages/api/CLAUDE.md:3') && n.includes('db:rollout'))).toBe(true);
    const seed = r.report.edits.find((e) => e.id === r.matched['delete-stale-seed']);
    expect(seed?.evidence.some((e) => e.quote.includes('Missing script: db:seed'))).toBe(true);
    const gone = r.report.edits.find((e) => e.id === r.matched['delete-stale-path']);
    expect(gone?.evidence[0]).toMatchObject({ session: 'git', file: 'src/legacy/handlers.ts' });
    expect(gone?.evidence[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
    // The second-wave cases are found, not just outweighed by the rest of the set.
    for (const id of ['add-date-fns', 'add-etl-pythonpath', 'delete-duplicate-pr-description']) expect(r.matched[id], id).toBeTruthy();
  }, 60_000);

  // The paraphrase layer: each lesson in three or more wordings. Only what is stable is asserted: no
  // control becomes an edit, every edit is a labelled one with resolvable evidence, and the word
  // classes (corrections in any phrasing, duplicates by meaning, placement, strengthening) are found.
  it('finds the lessons of the paraphrase layer whatever their wording, and no control', async () => {
    const r = await runEval('paraphrased');
    expect(r.report.sessions.skipped).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(r.controlHits).toEqual([]);
    expect(r.negativeControlEdits).toBe(0);
    expect(r.precision).toBe(1);
    const words = [
      'update-yarn-install',
      'update-yarn-add',
      'add-zod',
      'add-generated',
      'strengthen-diary',
      'delete-duplicate-indent',
      'delete-duplicate-retries',
      'delete-duplicate-commit-mood',
    ];
    for (const id of words) expect(r.matched[id], id).toBeTruthy();
  }, 60_000);
});
