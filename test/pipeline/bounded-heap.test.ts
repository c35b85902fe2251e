/**
 * A pass's process starts itself again with a bounded young generation, and the pass bounds the old
 * generation's growth itself (src/pipeline/bounded-heap.ts): real Node processes, as the CLI and the
 * Action run them. What shows that the work ran once, in the child with the flag, is what the script
 * prints; the exit code and a killing signal reach the caller.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TIER_FLAGS } from '../helpers/pass-flags.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-bounded-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const boundedHeap = JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/pipeline/bounded-heap.ts')).href);

// Prints its flags and as many lines as told, then ends as told: with an exit code, or killed by a signal.
const script = path.join(dir, 'pass.mjs');
writeFileSync(
  script,
  `import { rerunWithBoundedHeap } from ${boundedHeap};\n` +
    `const code = await rerunWithBoundedHeap();\n` +
    `if (code !== undefined) process.exit(code);\n` +
    `console.log(JSON.stringify(process.execArgv.filter((a) => /semi|growing/.test(a))));\n` +
    `console.log(process.env.MALLOC_ARENA_MAX ?? 'unset');\n` +
    `for (let i = 0; i < Number(process.argv[3] ?? 0); i++) process.stdout.write(\`line \${i}\\n\`);\n` +
    `const how = process.argv[2];\n` +
    `if (how.startsWith('SIG')) process.kill(process.pid, how); else process.exitCode = Number(how);\n`,
);

const { MALLOC_ARENA_MAX: _arenas, ...withoutArenas } = process.env;

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { ...withoutArenas, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ stdout, code, signal })));
}

/** V8's tag for its code caches, which hashes the V8 flags in force: what the process's flags are. */
function flagsTag(nodeArgs: string[], code: string): string {
  const r = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', code], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('a pass run with a bounded young generation', () => {
  it('runs the work once, in a child started with --max-semi-space-size alone, which writes all its output and gives its exit code', async () => {
    const r = await run(['3', '20000']);
    const lines = r.stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual(['--max-semi-space-size=8']);
    // Two malloc arenas (see bounded-heap.ts), where the user set none.
    expect(lines[1]).toBe('2');
    expect(lines.slice(2)).toEqual(Array.from({ length: 20000 }, (_, i) => `line ${i}`));
    expect(r.code).toBe(3);
  });

  it("keeps the user's malloc arena setting", async () => {
    const r = await run(['0'], { MALLOC_ARENA_MAX: '4' });
    expect(r.stdout.trim().split('\n')).toEqual(['["--max-semi-space-size=8"]', '4']);
  });

  it('dies of the signal that killed the child', async () => {
    const r = await run(['SIGTERM']);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.signal).toBe('SIGTERM');
  });

  it('runs in this process when NODE_OPTIONS bounds the young generation already', async () => {
    const r = await run(['0'], { NODE_OPTIONS: '--max_semi_space_size=16' });
    expect(r.stdout.trim().split('\n')).toEqual(['[]', 'unset']);
    expect(r.code).toBe(0);
  });
});

describe("the pass's V8 flags: the old generation's growth bounded, TurboFan off", () => {
  const tag = 'import { cachedDataVersionTag } from "node:v8"; console.log(cachedDataVersionTag());';
  const bounded = `import { setPassFlags } from ${boundedHeap}; setPassFlags(); ${tag}`;
  /** The tag once `flags` are set after start, one by one, as a pass sets them. */
  const setLater = (flags: string[]): string =>
    `import { setFlagsFromString } from "node:v8"; for (const f of ${JSON.stringify(flags)}) setFlagsFromString(f); ${tag}`;
  // Node 20's V8 has Maglev off by default: there the tiers are left as they are (bounded-heap.ts says why).
  const tiers = [...TIER_FLAGS];

  it('bounds the growth factor as --heap-growing-percent=10 on the command line does', () => {
    // A tier setting of the user's own leaves the growth factor alone set.
    const own = ['--import', 'tsx', '--turbofan'];
    const onCommandLine = flagsTag([...own, '--heap-growing-percent=10'], tag);
    expect(onCommandLine).not.toBe(flagsTag(own, tag));
    expect(flagsTag(own, bounded)).toBe(onCommandLine);
  });

  it('sets the growth factor and turns TurboFan off, where nothing was given', () => {
    expect(flagsTag(['--import', 'tsx'], bounded)).toBe(flagsTag(['--import', 'tsx'], setLater(['--heap-growing-percent=10', ...tiers])));
  });

  it('puts TurboFan back for a pass that will read a quarter of a GB or more, and only then', () => {
    const reading = (bytes: number): string =>
      `import { setPassFlags, tierForRead } from ${boundedHeap}; setPassFlags(); tierForRead(${bytes}); ${tag}`;
    const quarterGb = 256 * 1024 * 1024;
    const node = ['--import', 'tsx'];
    expect(flagsTag(node, reading(quarterGb))).toBe(flagsTag(node, setLater(['--heap-growing-percent=10'])));
    expect(flagsTag(node, reading(quarterGb - 1))).toBe(flagsTag(node, setLater(['--heap-growing-percent=10', ...tiers])));
    if (tiers.length > 0) expect(flagsTag(node, reading(quarterGb))).not.toBe(flagsTag(node, reading(quarterGb - 1)));
  });

  it("leaves the user's growth factor as it was", () => {
    // Node takes V8's growth factor on its command line only, not in NODE_OPTIONS.
    const given = ['--import', 'tsx', '--heap_growing_percent=25'];
    expect(flagsTag(given, bounded)).toBe(flagsTag(given, setLater(tiers)));
  });

  it("leaves the user's tier settings as they were: TurboFan or Maglev turned on or off, or a --max-opt of their own", () => {
    for (const own of ['--turbofan', '--no-opt', '--max_opt=3', '--no-maglev', '--maglev']) {
      const given = ['--import', 'tsx', own];
      expect(flagsTag(given, bounded), own).toBe(flagsTag(given, setLater(['--heap-growing-percent=10'])));
    }
  });
});

describe("worker threads started while the pass's flags are set", () => {
  const bundledWorker = JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/pipeline/bundled-worker.ts')).href);
  const mineFiles = JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/pipeline/mine-files.ts')).href);

  it("boot with V8's flags as Node started, so their built-ins compile from Node's code cache, and the bound is back once they speak", () => {
    // The tag at start, once bounded, as the read worker is started, when it runs its first line, and
    // after its first message (ready, or an error: either comes after its modules are loaded).
    const script =
      `import { setPassFlags } from ${boundedHeap}; import { spawnBundledWorker } from ${bundledWorker};\n` +
      `import { cachedDataVersionTag as tag } from 'node:v8';\n` +
      `const seen = { start: tag() }; setPassFlags(); seen.bounded = tag();\n` +
      `const worker = spawnBundledWorker({ entry: 'read-worker', from: ${mineFiles}, workerData: { repoDir: ${JSON.stringify(dir)}, memoryGlobs: [], lessons: [], provenance: undefined } });\n` +
      `seen.spawned = tag(); worker.once('online', () => (seen.online = tag()));\n` +
      `worker.once('message', () => { seen.spoke = tag(); console.log(JSON.stringify(seen)); void worker.terminate(); });\n`;
    const seen = JSON.parse(flagsTag(['--import', 'tsx'], script)) as Record<string, number>;
    expect(seen.bounded).not.toBe(seen.start);
    expect(seen.spawned).toBe(seen.start);
    expect(seen.online).toBe(seen.start);
    expect(seen.spoke).toBe(seen.bounded);
  });

  it("leave the user's growth factor as it was", () => {
    const given = ['--import', 'tsx', '--heap_growing_percent=25'];
    const lifted = `import { setPassFlags, liftPassFlags } from ${boundedHeap}; setPassFlags(); liftPassFlags(); ${'import { cachedDataVersionTag } from "node:v8"; console.log(cachedDataVersionTag());'}`;
    expect(flagsTag(given, lifted)).toBe(
      flagsTag(given, 'import { cachedDataVersionTag } from "node:v8"; console.log(cachedDataVersionTag());'),
    );
  });
});
