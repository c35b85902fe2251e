/**
 * The `dream` program as a user meets it: --version, --help with the defaults, a bad value that
 * names its flag (by the same rule as the Action input), a README synopsis that matches the real
 * flags, and a reader that closes the pipe early.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { defaultSettings } from '../../src/config/settings.js';
import { Inputs } from '../../src/action/inputs.js';
import type { Logger } from '../../src/model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const run = promisify(execFile);
const silent: Logger = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} };
const dream = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli.ts'), ...args], { cwd: repoRoot });

const program = () =>
  buildProgram({ logger: silent, env: {} })
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
const sub = (name: string) => program().commands.find((c) => c.name() === name)!;

describe('dream', () => {
  it('prints its package version with --version', async () => {
    const { stdout } = await dream('--version');
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('dream efficacy with no adopted lesson says it read no transcript, rather than "0 sessions read"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dream-efficacy-'));
    try {
      await run('git', ['init', '--quiet', dir]);
      const { stdout } = await dream('efficacy', '--repo', dir, '--sessions', path.join(repoRoot, 'examples/demo/sessions/**/*.jsonl'));
      expect(stdout).toBe('No adopted lessons with a pattern to measure, so no transcript was read.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("dream reduce takes globs as the Action's digests input does: a quoted one reads as the shell's list", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dream-reduce-glob-'));
    try {
      await run('git', ['init', '--quiet', dir]);
      writeFileSync(path.join(dir, 'CLAUDE.md'), readFileSync(path.join(repoRoot, 'examples/demo/CLAUDE.md')));
      await run('git', ['-C', dir, 'add', '-A']);
      await run('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init']);
      const sessions = path.join(repoRoot, 'examples/demo/sessions/**/*.jsonl');
      const shards = ['1/2', '2/2'].map((s, i) => path.join(dir, `digest-${i + 1}.json.gz`));
      for (const [i, out] of shards.entries())
        await dream('map', '--repo', dir, '--sessions', sessions, '--shard', `${i + 1}/2`, '--out', out);
      const listed = await dream('reduce', '--repo', dir, '--digests', ...shards, '--engine', 'offline');
      const quoted = await dream('reduce', '--repo', dir, '--digests', path.join(dir, 'digest-*.json.gz'), '--engine', 'offline');
      expect(listed.stdout).toMatch(/sessions: 5 read/);
      expect(quoted.stdout).toBe(listed.stdout);
      // A glob that matches nothing says so, naming the flag.
      const none = path.join(dir, 'nothing-*.json.gz');
      await expect(dream('reduce', '--repo', dir, '--digests', none)).rejects.toThrow(`--digests: no digest matches ${none}`);
      // A plain missing name keeps the reader's own error, which names the file.
      await expect(dream('reduce', '--repo', dir, '--digests', path.join(dir, 'd1.json.gz'))).rejects.toThrow(
        /d1\.json\.gz: cannot read the digest/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describes every command in --help the same way: a sentence that starts with a capital', () => {
    const lower = program()
      .commands.filter((c) => !/^[A-Z]/.test(c.description()))
      .map((c) => c.name());
    expect(lower).toEqual([]);
  });

  it.each(['run', 'reduce'])('shows the defaults of %s in --help, taken from the settings the run uses', (name) => {
    const help = sub(name).helpInformation().replace(/\s+/g, ' ');
    const d = defaultSettings('.');
    expect(help).toMatch(new RegExp(`--engine <name> [^-]*\\(default: ${d.engine}\\)`));
    expect(help).toMatch(new RegExp(`--min-support <n> [^-]*\\(default: ${d.minSupport}\\)`));
    expect(help).toMatch(new RegExp(`--max-edits <n> [^-]*\\(default: ${d.maxEdits}\\)`));
  });

  it.each([
    ['--min-support', '0', /^--min-support: expected an integer ≥ 1, got "0"$/],
    ['--min-support', 'two', /^--min-support: expected an integer ≥ 1, got "two"$/],
    ['--max-edits', '-1', /^--max-edits: expected an integer ≥ 0, got "-1"$/],
    ['--max-edits', '2.5', /^--max-edits: expected an integer ≥ 0, got "2.5"$/],
    ['--dream-timeout', '0', /^--dream-timeout: expected an integer from 1 to 1440, got "0"$/],
    ['--threads', '0', /^--threads: expected an integer ≥ 1, got "0"$/],
    ['--threads', '1.5', /^--threads: expected an integer ≥ 1, got "1.5"$/],
  ])('rejects %s %s naming the flag', async (flag, value, message) => {
    await expect(program().parseAsync(['run', flag, value], { from: 'user' })).rejects.toThrow(message);
  });

  it.each(['0', 'two', '1e1'])('dream map rejects --threads %s naming the flag', async (value) => {
    await expect(program().parseAsync(['map', '--shard', '1/1', '--out', 'd.json', '--threads', value], { from: 'user' })).rejects.toThrow(
      `--threads: expected an integer ≥ 1, got "${value}"`,
    );
  });

  it.each([
    ['efficacy', '--unobserved-days', '0', 'an integer ≥ 1'],
    ['efficacy', '--unobserved-days', '0x10', 'an integer ≥ 1'],
    ['eval', '--min-support', '0', 'an integer ≥ 1'],
    ['eval', '--min-support', '1e1', 'an integer ≥ 1'],
  ])('dream %s rejects %s %s by the rule of dream run and the config key', async (command, flag, value, expected) => {
    const args = command === 'eval' ? ['eval', '--split-at', '2026-01-01'] : [command];
    await expect(program().parseAsync([...args, flag, value], { from: 'user' })).rejects.toThrow(
      `${flag}: expected ${expected}, got "${value}"`,
    );
  });

  it('accepts exactly the values the Action accepts for the same setting', async () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 30 }).map(String),
      fc.constantFrom('', ' ', '1.0', '1e1', '0x2', '+3', '07', 'NaN', '2 '),
    );
    for (const [flag, input] of [
      ['--min-support', 'min-support'],
      ['--max-edits', 'max-edits'],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(value, async (v) => {
          const parse = sub('run').options.find((o) => o.long === flag)!.parseArg!;
          const cli = (() => {
            try {
              return parse(v, undefined);
            } catch {
              return 'rejected';
            }
          })();
          const action = (() => {
            try {
              return new Inputs({ [`INPUT_${input.toUpperCase()}`]: v }).int(input) ?? 'unset';
            } catch {
              return 'rejected';
            }
          })();
          // An empty input means "not given" to the Action; a flag always has a value.
          if (action === 'unset') return;
          expect(cli).toEqual(action);
        }),
      );
    }
  });

  it('names the Action input in the same words', () => {
    expect(() => new Inputs({ 'INPUT_MIN-SUPPORT': '0' }).int('min-support')).toThrow(
      'input min-support: expected an integer ≥ 1, got "0"',
    );
  });
});

describe("README's CLI synopsis", () => {
  const block = /## CLI\n\n```\n([\s\S]*?)```/.exec(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'))![1]!;
  // One entry per command: a line starting with `dream <name>` and its indented continuation lines.
  const synopses = new Map<string, string>();
  let current = '';
  for (const line of block.split('\n')) {
    const m = /^dream (\w[\w-]*)/.exec(line);
    if (m) synopses.set((current = m[1]!), line.replace(/#.*$/, ''));
    else if (/^\s/.test(line) && current) synopses.set(current, synopses.get(current)! + line);
  }

  it('lists every command', () => {
    expect([...synopses.keys()].filter((k) => !k.startsWith('-')).sort()).toEqual(
      program()
        .commands.map((c) => c.name())
        .sort(),
    );
  });

  it.each(['run', 'sessions', 'capture', 'efficacy', 'eval', 'sync', 'why', 'map', 'reduce'])(
    'gives `%s` exactly its real flags, and brackets the optional ones',
    (name) => {
      const text = synopses.get(name)!;
      const documented = [...text.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);
      const real = sub(name)
        .options.map((o) => o.long!)
        .filter((f) => f !== '--help');
      expect([...new Set(documented)].sort()).toEqual(real.sort());
      // A flag written outside brackets claims to be required: only mandatory options may be.
      const unbracketed = [...text.replace(/\[[^\]]*\]/g, '').matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);
      const mandatory = sub(name)
        .options.filter((o) => o.mandatory)
        .map((o) => o.long!);
      expect(unbracketed.sort()).toEqual(mandatory.sort());
    },
  );
});

describe('a reader that closes the pipe early', () => {
  it('ends dream run quietly with exit 0 instead of crashing with EPIPE', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'run', '--repo', 'examples/demo', '--sessions', 'sessions/**/*.jsonl'],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // As `| head -0` does: the read end is gone before the first write.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});

describe('dream run --threads', () => {
  it('proposes the same patch on worker threads as on this thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dream-threads-'));
    try {
      const patches: string[] = [];
      for (const threads of ['1', '2']) {
        const patch = path.join(dir, `t${threads}.patch`);
        await program().parseAsync(
          [
            'run',
            '--repo',
            path.join(repoRoot, 'examples/demo'),
            '--sessions',
            'sessions/**/*.jsonl',
            '--threads',
            threads,
            '--patch',
            patch,
          ],
          {
            from: 'user',
          },
        );
        patches.push(readFileSync(patch, 'utf8'));
      }
      expect(patches[0]).toMatch(/^diff --git/m);
      expect(patches[1]).toBe(patches[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
