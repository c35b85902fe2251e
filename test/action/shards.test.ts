/**
 * `mode: map` and `mode: reduce` through run(): the map jobs read the ledger the reduce starts from
 * (the state branch's, after an earlier pass), and the reduce proposes what one runner would have.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';
import type { DreamReport } from '../../src/model/index.js';
import { buildZip } from '../sources/zipfixtures.js';

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

  it('reads the transcripts no shard reads (workflow artifacts) in the reduce, after the shards, as one runner does', async () => {
    const withArtifact = async (): Promise<ActionWorld> => {
      const w = await secondNight();
      const zip = await buildZip([
        { name: 'claude-execution-output.jsonl', data: legacyBuildSession(21, '12')[1] },
        { name: 'second.jsonl', data: legacyBuildSession(22, '12')[1] },
      ]);
      w.fake.artifacts.push({ id: 31, name: 'claude-session-300', zip, createdAt: '2026-11-20T10:00:00Z', runId: 300 });
      return w;
    };
    const inputs = { 'artifact-name': 'claude-session-*', 'artifact-lookback-days': '3650' };
    const one = await withArtifact();
    const single = await one.act(inputs);
    expect(single.failed).toBeUndefined();
    expect(single.outputs['sessions-read']).toBe('5');

    const w = await withArtifact();
    for (const shard of ['1/2', '2/2']) expect((await w.act({ ...inputs, mode: 'map', shard })).failed).toBeUndefined();
    const reduced = await w.act({ ...inputs, mode: 'reduce' });
    expect(reduced.failed).toBeUndefined();
    expect(reduced.outputs['sessions-read']).toBe('5');
    // The artifact's evidence names the artifact, as a single pass's does.
    expect(w.fake.pulls.at(-1)!.body).toContain('31-claude-session-300/');
    // Each run extracts artifacts into its own temporary directory.
    const untemp = (r: DreamReport | undefined) => stable(r).replace(/"[^"]*\/dream-artifacts-[^/"]+\//g, '"ARTIFACTS/');
    expect(untemp(reduced.report)).toContain('"ARTIFACTS/31-claude-session-300/second.jsonl"');
    expect(untemp(reduced.report)).toBe(untemp(single.report));
    expect(w.fake.violations).toEqual([]);
  }, 120_000);
});
