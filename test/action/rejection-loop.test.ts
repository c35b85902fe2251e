import { afterEach, describe, expect, it } from 'vitest';
import { parseStateMarker } from '../../src/publish/body.js';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const days = ['02', '03', '04', '05', '06', '07', '08'];

describe("the reviewer's loop with more sessions than an edit cites", () => {
  it('a rejected edit whose pattern had 7 sessions stays rejected on the same 7; an 8th session brings it back', async () => {
    w = await makeActionWorld(Object.fromEntries(days.map((d, i) => legacyBuildSession(i + 1, d))));
    const first = await w.act();
    expect(first.failed).toBeUndefined();
    expect(first.outputs['pull-request-operation']).toBe('created');
    const state = parseStateMarker(w.fake.pulls[0]!.body)!;
    const fix = first.report!.edits.find((e) => e.patternId && first.report!.patterns.find((p) => p.id === e.patternId)?.support === 7);
    expect(fix).toBeDefined();
    // The edit cites at most five sessions; the marker keeps all seven of its pattern's.
    expect(new Set(fix!.evidence.map((e) => e.session)).size).toBeLessThan(7);
    const marked = state.edits!.find((e) => e.id === fix!.id)!;
    expect(marked.sessions).toHaveLength(7);
    expect(marked.sessionCount).toBeUndefined();
    w.fake.closePull(1);

    // Closed unmerged: the state branch recorded the seven, so nothing is read again and nothing proposed.
    const again = await w.act();
    expect(again.failed).toBeUndefined();
    expect(again.outputs['sessions-read']).toBe('0');
    expect(again.report?.edits ?? []).toEqual([]);
    expect(again.outputs['pull-request-operation']).toBe('none');

    // The eighth session is the only one read; the ledger's samples carry the other seven.
    w.pushToMain(Object.fromEntries([legacyBuildSession(8, '09')]));
    const back = await w.act();
    expect(back.failed).toBeUndefined();
    expect(back.outputs['sessions-read']).toBe('1');
    expect(back.report!.edits.map((e) => e.id)).toContain(fix!.id);
    expect(back.outputs['pull-request-operation']).toBe('created');
    expect(w.fake.violations).toEqual([]);
  }, 60_000);
});
