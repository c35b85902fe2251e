/**
 * A pass's process starts itself again with a bounded young generation (src/pipeline/bounded-heap.ts):
 * real Node processes, as the CLI and the Action run them. What shows that the work ran once, in the
 * child with the flag, is what the script prints; the exit code and a killing signal reach the caller.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-bounded-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Prints its flags and exits as told: with a code, or killed by a signal.
const script = path.join(dir, 'pass.mjs');
writeFileSync(
  script,
  `import { rerunWithBoundedHeap } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/pipeline/bounded-heap.ts')).href)};\n` +
    `const code = await rerunWithBoundedHeap();\n` +
    `if (code !== undefined) process.exit(code);\n` +
    `console.log(JSON.stringify(process.execArgv.filter((a) => /semi|growing/.test(a))));\n` +
    `const how = process.argv[2];\n` +
    `if (how.startsWith('SIG')) process.kill(process.pid, how); else process.exit(Number(how));\n`,
);

function run(how: string, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, how], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ stdout, code, signal })));
}

describe('a pass run with a bounded young generation', () => {
  it('runs the work once, in a child started with --max-semi-space-size, and exits with its code', async () => {
    const r = await run('3');
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[]),
    ).toEqual([['--max-semi-space-size=8', '--heap-growing-percent=10']]);
    expect(r.code).toBe(3);
  });

  it('dies of the signal that killed the child', async () => {
    const r = await run('SIGTERM');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.signal).toBe('SIGTERM');
  });

  it('runs in this process when NODE_OPTIONS bounds the young generation already', async () => {
    const r = await run('0', { NODE_OPTIONS: '--max_semi_space_size=16' });
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[]),
    ).toEqual([[]]);
    expect(r.code).toBe(0);
  });
});
