/**
 * Every pass command bounds the old generation's growth once its modules are loaded and before it
 * allocates (src/pipeline/bounded-heap.ts). Each command runs in a Node process of its own, from the
 * sources, on an empty repository; what shows the growth factor in force is V8's code cache tag,
 * which hashes the V8 flags: after the command it must be the tag of a Node with the pass's flags set
 * (test/helpers/pass-flags.ts: the growth factor, and TurboFan off where Maglev is on by default).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { passFlagsTagArgs } from '../helpers/pass-flags.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-heap-growth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = path.join(dir, 'repo');
mkdirSync(repo);
writeFileSync(path.join(repo, 'CLAUDE.md'), '# acme\n\n- Use pnpm, not npm.\n');
const memoryLog = path.join(dir, 'memory.log');
writeFileSync(memoryLog, '');
const digest = path.join(dir, 'shard.digest');

// Runs one command of the program in this process, then prints the tag before and after it.
const script = path.join(dir, 'command.mjs');
writeFileSync(
  script,
  `import { cachedDataVersionTag } from 'node:v8';\n` +
    `import { buildProgram } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/cli/program.ts')).href)};\n` +
    `const before = cachedDataVersionTag();\n` +
    `const quiet = { debug() {}, info() {}, warning() {}, error() {} };\n` +
    `await buildProgram({ logger: quiet, env: {} }).parseAsync(['node', 'dream', ...process.argv.slice(2)]);\n` +
    `console.error(JSON.stringify({ before, after: cachedDataVersionTag() }));\n`,
);

function node(args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r;
}

const tagWithFlag = (): number => Number(node(passFlagsTagArgs()).stdout);

function tags(args: string[]): { before: number; after: number } {
  const lines = node([script, ...args])
    .stderr.trim()
    .split('\n');
  return JSON.parse(lines[lines.length - 1]!) as { before: number; after: number };
}

const none = ['--sessions', 'none/*.jsonl'];
// `dream eval` needs a dated session before its split (it refuses to split nothing): one, read from outside the repo.
const dated = path.join(dir, 'dated');
mkdirSync(dated);
writeFileSync(
  path.join(dated, 's1.jsonl'),
  claudeCodeSession('5e551011-aaaa-4bbb-8ccc-000000000001', '10', repo, [{ user: 'Hello there' }]),
);
describe('the pass commands bound the heap growth', () => {
  const commands: [string, string[]][] = [
    ['run', ['run', '--repo', repo, ...none, '--engine', 'offline', '--allow-empty']],
    ['map', ['map', '--repo', repo, ...none, '--shard', '1/1', '--out', digest]],
    ['reduce', ['reduce', '--repo', repo, '--digests', digest, '--engine', 'offline']],
    ['eval', ['eval', '--repo', repo, '--sessions', path.join(dated, '*.jsonl'), '--split-at', '2026-11-15', '--memory-log', memoryLog]],
  ];
  for (const [name, args] of commands)
    it(`dream ${name}`, () => {
      const t = tags(args);
      expect(t.after).not.toBe(t.before);
      expect(t.after).toBe(tagWithFlag());
    });
});
