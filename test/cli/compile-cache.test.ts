/**
 * Node's compile cache as the entry points turn it on (src/cli/compile-cache.ts), each case in a Node
 * process of its own (the cache is per process, and this one must not start caching). Where Node has no
 * `module.enableCompileCache` (before 22.1) the call must change nothing and fail nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);
const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
const temp = (): string => {
  const t = mkdtempSync(path.join(tmpdir(), 'dream-compile-cache-'));
  temps.push(t);
  return t;
};

interface Answer {
  directory?: string;
  env?: string;
}

/** Enables the cache in a fresh process with `env`, then loads a module (which the cache then keeps). */
async function enableIn(env: NodeJS.ProcessEnv, dir?: string): Promise<Answer> {
  const script = [
    `const { enableCompileCache } = await import(${JSON.stringify(path.join(repoRoot, 'src/cli/compile-cache.ts'))});`,
    `const r = enableCompileCache(process.env, ${JSON.stringify(dir)});`,
    `await import(${JSON.stringify(path.join(repoRoot, 'src/cli/base.ts'))});`,
    `console.log(JSON.stringify({ ...r, env: process.env.NODE_COMPILE_CACHE }));`,
  ].join('\n');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^NODE_(DISABLE_)?COMPILE_CACHE$/.test(k)));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...clean, ...env },
  });
  return JSON.parse(stdout) as Answer;
}

const filesUnder = (dir: string): number =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;

describe('the compile cache', () => {
  it('lives in the directory the entry point names, passes it on to workers and children, and is written', async () => {
    const dir = path.join(temp(), 'cache');
    const answer = await enableIn({}, dir);
    if (!hasCache) {
      expect(answer).toEqual({});
      expect(filesUnder(dir)).toBe(0);
      return;
    }
    expect(answer).toEqual({ directory: dir, env: dir });
    expect(filesUnder(dir)).toBeGreaterThan(0);
  });

  it('goes where NODE_COMPILE_CACHE says, whatever the entry point names', async () => {
    const chosen = path.join(temp(), 'chosen');
    const named = path.join(temp(), 'named');
    const answer = await enableIn({ NODE_COMPILE_CACHE: chosen }, named);
    expect(answer.env).toBe(chosen);
    // Node turned it on at start-up already, from the variable, in a subfolder per Node version.
    if (hasCache) expect(answer.directory?.startsWith(chosen + path.sep)).toBe(true);
    else expect(answer.directory).toBeUndefined();
    expect(filesUnder(chosen) > 0).toBe(hasCache);
    expect(filesUnder(named)).toBe(0);
  });

  it('stays off with NODE_DISABLE_COMPILE_CACHE=1, and says nothing', async () => {
    const dir = path.join(temp(), 'cache');
    expect(await enableIn({ NODE_DISABLE_COMPILE_CACHE: '1' }, dir)).toEqual({});
    expect(filesUnder(dir)).toBe(0);
  });

  it('never fails the process when the directory cannot be made', async () => {
    // A file where the directory should go: Node reports a failure instead of enabling.
    const dir = path.join(temp(), 'cache');
    const blocker = path.join(dir, '..', 'blocked');
    await run(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(blocker)}, '')`]);
    expect(await enableIn({}, path.join(blocker, 'cache'))).toEqual({});
  });
});
