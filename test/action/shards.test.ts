/**
 * `mode: map` and `mode: reduce` through run(): the map jobs read the ledger the reduce starts from
 * (the state branch's, after an earlier pass), and the reduce proposes what one runner would have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';
import type { DreamReport } from '../../src/model/index.js';

const worlds: ActionWorld[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.close();
});

/** A world after one pass (its PR closed, its state branch advanced) and three sessions more on main. */
async function secondNight(): Promise<ActionWorld> {
  const w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]));
  worlds.push(w);
  expect((await w.act()).outputs['pull-request-operation']).toBe('created');
  // Closed unmerged: only the state branch's ledger says its two sessions were dreamed.
  w.fake.closePull(1);
  w.pushToMain(Object.fromEntries([legacyBuildSession(3, '09'), legacyBuildSession(4, '10'), legacyBuildSession(5, '11')]));
  return w;
}

const stable = (r: DreamReport | undefined) => JSON.stringify({ ...r, timings: {} });

describe('map and reduce jobs through run()', () => {
  it('reduces two shards to the pass one runner makes, each map skipping what the state branch says was dreamed', async () => {
    const one = await secondNight();
    const single = await one.act();
    expect(single.failed).toBeUndefined();

    const w = await secondNight();
    for (const shard of ['1/2', '2/2']) {
      const mapped = await w.act({ mode: 'map', shard });
      expect(mapped.failed).toBeUndefined();
      expect(mapped.outputs['digest-path']).toMatch(/shard-\d-of-2\.json\.gz$/);
    }
    const reduced = await w.act({ mode: 'reduce' });
    expect(reduced.failed).toBeUndefined();
    expect(reduced.outputs).toMatchObject({ 'pull-request-operation': 'created', 'sessions-read': '3' });
    expect(reduced.report?.sessions.filesUnchanged).toBe(2);
    expect(stable(reduced.report)).toBe(stable(single.report));
    expect(w.fake.violations).toEqual([]);
  }, 120_000);
});
