/**
 * A pass sets its V8 flags once its modules are loaded (src/pipeline/bounded-heap.ts), and Node's code cache
 * for its built-in modules is refused under other flags than Node started with: a built-in first loaded after
 * that is compiled from source, every pass. So what a pass loads of Node's own it loads with its modules.
 * The pass runs from the sources in a Node process of its own, which reports Node's own account of the
 * built-ins it compiled without their cache (internalBinding('builtins').getCacheUsage(), --expose-internals).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-builtins-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = path.join(dir, 'repo');
mkdirSync(repo);
writeFileSync(path.join(repo, 'CLAUDE.md'), '# acme\n\n- Use pnpm, not npm.\n');

// Runs one command of the program in this process, then prints the built-ins compiled from source during it.
const script = path.join(dir, 'command.mjs');
writeFileSync(
  script,
  `import { createRequire } from 'node:module';\n` +
    `import { buildProgram } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/cli/program.ts')).href)};\n` +
    `const { internalBinding } = createRequire(import.meta.url)('internal/test/binding');\n` +
    `const fromSource = () => [...internalBinding('builtins').getCacheUsage().compiledWithoutCache];\n` +
    `const before = new Set(fromSource());\n` +
    `const quiet = { debug() {}, info() {}, warning() {}, error() {} };\n` +
    `await buildProgram({ logger: quiet, env: {} }).parseAsync(['node', 'dream', ...process.argv.slice(2)]);\n` +
    `console.error(JSON.stringify(fromSource().filter((m) => !before.has(m))));\n`,
);

function fromSourceDuring(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', '--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as string[];
}

describe("a pass loads Node's built-ins before it sets its V8 flags", () => {
  it('a `dream run` that reads nothing compiles none of them from source (perf_hooks, for the stage timings, was)', () => {
    expect(fromSourceDuring(['run', '--repo', repo, '--sessions', 'none/*.jsonl', '--engine', 'offline', '--allow-empty'])).toEqual([]);
  });
});
