import { describe, expect, it } from 'vitest';
import { runEval } from '../../eval/run.js';

// Quality gate for the offline engine over the labelled evaluation set (eval/labels.json).
describe('offline dream pass over the evaluation set', () => {
  it('meets the recall, precision, evidence and negative-control targets', async () => {
    const r = await runEval();
    expect(r.report.sessions.read).toBe(23);
    expect(r.report.sessions.skipped).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(r.controlHits).toEqual([]);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.resolvableEvidence).toBe(1);
    expect(r.negativeControlEdits).toBe(0);
    expect(r.oneOffEdits).toBe(0);
  }, 60_000);
});
