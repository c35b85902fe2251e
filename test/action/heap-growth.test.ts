/**
 * The Action's pass bounds the old generation's growth itself once its modules are loaded, as the
 * CLI's pass commands do (test/cli/heap-growth.test.ts; src/pipeline/bounded-heap.ts says why). This
 * file runs in a process of its own, so the flag it finds set was set by the pass it runs: V8's code
 * cache tag, which hashes the V8 flags, must become that of a Node with the pass's flags set
 * (test/helpers/pass-flags.ts).
 */
import { spawnSync } from 'node:child_process';
import { cachedDataVersionTag } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';
import { passFlagsTagArgs } from '../helpers/pass-flags.js';

/** What a fresh Node run with `args` prints: here, V8's code cache tag. */
function printed(args: string[]): number {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node exited ${r.status}: ${r.stderr}`);
  return Number(r.stdout);
}

/** The code cache tag of a fresh Node given no flags. */
const freshTag = (): number => printed(['-e', 'console.log(require("node:v8").cachedDataVersionTag())']);

let w: ActionWorld | undefined;
afterAll(async () => w?.close());

describe('the Action pass', () => {
  it('bounds the heap growth before it reads', async () => {
    const before = cachedDataVersionTag();
    // This process's V8 flags are a fresh Node's: the tag can only change by what the pass sets.
    expect(before).toBe(freshTag());
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '10'), legacyBuildSession(2, '11')]));
    const result = await w.act();
    expect(result.failed).toBeUndefined();
    expect(result.report?.sessions.read).toBe(2);
    expect(cachedDataVersionTag()).not.toBe(before);
    expect(cachedDataVersionTag()).toBe(printed(passFlagsTagArgs()));
  }, 60_000);
});
