/**
 * No checkout at all (a workflow without actions/checkout, or checkout given a `path` the action was
 * not), and a shallow checkout (actions/checkout without `fetch-depth: 0`) through the Action's run(), real git
 * and the fake GitHub: the pass cannot find a merged lesson's adoption in it, so it warns first and
 * names the fix; a full clone of the same origin gets no such warning and does judge the lesson.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKOUT_FIX, notACheckout, SHALLOW_WARNING } from '../../src/action/checkout.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { mergePull } from '../ledger/merge-ways.js';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await w?.close();
  w = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh clone of the origin, as a runner's checkout step makes it. */
function checkout(bare: string, depth?: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dream-checkout-'));
  dirs.push(root);
  const dir = path.join(root, 'repo');
  gitIn(root, ['clone', '--quiet', ...(depth ? ['--depth', String(depth)] : []), `file://${bare}`, dir]);
  return dir;
}

describe('a shallow checkout', () => {
  it('warns that adopted lessons, stale entries and rule dates need fetch-depth: 0; a full clone does not', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '03')]));
    expect((await w.act()).outputs['pull-request-operation']).toBe('created');
    mergePull(w.repo.work, 'dreaming/memory', 'squash', 1);
    Object.assign(w.fake.pulls[0]!, { state: 'closed', mergedAt: '2026-11-22T09:00:00Z', closedAt: '2026-11-22T09:00:00Z' });
    // Work after the merge: the adoption is no longer the tip a depth-1 clone holds.
    w.pushToMain(Object.fromEntries([legacyBuildSession(3, '09'), legacyBuildSession(4, '10')]));

    // Dry runs both, so each starts from the same ledger.
    const full = await w.act({ 'min-new-sessions': '0', 'dry-run': 'true' }, checkout(w.repo.bare));
    expect(full.failed).toBeUndefined();
    expect(full.rec.warnings.filter((m) => m.includes('shallow'))).toEqual([]);
    expect(full.report?.efficacy?.map((e) => e.entry)).toEqual(['- Build the web UI with `npm run build`.']);

    const shallow = await w.act({ 'min-new-sessions': '0', 'dry-run': 'true' }, checkout(w.repo.bare, 1));
    expect(shallow.failed).toBeUndefined();
    expect(shallow.rec.warnings).toContain(SHALLOW_WARNING);
    expect(SHALLOW_WARNING).toContain('`fetch-depth: 0`');
    // What the warning is about: the same merged lesson goes unjudged.
    expect(shallow.report?.efficacy ?? []).toEqual([]);
  }, 120_000);

  it('warns in a map job too, whose digest counts adopted lessons from the history', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
    w.pushToMain(Object.fromEntries([legacyBuildSession(2, '03')]));
    const mapped = await w.act({ mode: 'map', shard: '1/1' }, checkout(w.repo.bare, 1));
    expect(mapped.failed).toBeUndefined();
    expect(mapped.outputs['digest-path']).toMatch(/shard-1-of-1\.json\.gz$/);
    expect(mapped.rec.warnings).toContain(SHALLOW_WARNING);
  }, 60_000);
});

describe('no checkout', () => {
  it.each(['mode dream', 'mode map', 'mode sync'])(
    'fails first with what to add to the workflow (%s)',
    async (label) => {
      w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
      // The transcripts and memory are there, but not as a git checkout: as if copied, or checked out into a subfolder.
      const root = mkdtempSync(path.join(os.tmpdir(), 'dream-no-checkout-'));
      dirs.push(root);
      const [file, text] = legacyBuildSession(1, '02');
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
      writeFileSync(path.join(root, 'CLAUDE.md'), '# acme\n');
      const mode = label.split(' ')[1]!;
      const inputs: Record<string, string> =
        mode === 'map'
          ? { mode, shard: '1/1' }
          : mode === 'sync'
            ? { mode, 'memory-store-id': 'memstore_1', 'anthropic-api-key': 'sk-ant-fake' }
            : {};
      const r = await w.act(inputs, root);
      expect(r.failed).toBe(notACheckout(root));
      expect(r.failed).toContain('actions/checkout');
      expect(w.fake.calls('pulls/create')).toEqual([]);
    },
    60_000,
  );

  it("names the folder when the action's `path` is not a checkout either", async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
    const r = await w.act({ path: 'sub' });
    // No folder at all: said by the `path` input's own check, with the same fix.
    expect(r.failed).toBe(`input path "sub": no such folder (${path.join(w.repo.work, 'sub')}): ${CHECKOUT_FIX}`);
  }, 60_000);
});
