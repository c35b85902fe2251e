/**
 * A lesson learnt in a package goes to that package's own memory: sessions that all ran in `packages/web` (by the
 * working directory their transcripts record) add to `packages/web/CLAUDE.md` or `packages/web/AGENTS.md`, not to
 * the root file every package's sessions read. End to end through the real readers, miners, offline engine and
 * guards, in a real git repository with nested memory. Controls: sessions in two folders, one at the root, one
 * outside the repository, or in a folder without memory of its own, add to the root file, and no file is created.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';

const claudeFix: Turn[] = [
  { user: 'Run the tests please' },
  { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
  { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
];
const codexFix: Turn[] = [
  { user: 'check the build before you push' },
  { bash: 'cargo build', out: 'error: failed to run custom build command for `openssl-sys`', exit: 101 },
  { bash: 'cargo build --no-default-features', out: 'Finished dev profile', exit: 0 },
];

interface Run {
  format: 'claude' | 'codex';
  /** The session's working directory: `@` stands for the repository's folder here, `%` for its name. */
  cwd: string;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const WEB_MEMORY = ['packages/web/CLAUDE.md', 'packages/web/AGENTS.md'];

/** The files lessons were added to, from sessions in a git repository with root memory and `nested` memory files. */
async function addsTo(runs: readonly Run[], nested: readonly string[] = WEB_MEMORY) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folder-memory-'));
  dirs.push(dir);
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write('CLAUDE.md', '# Project\n\n- Prefer small commits.\n');
  write('AGENTS.md', '# Project\n\n- Prefer small commits.\n');
  // `path=text` writes that text (a file that only imports another); a bare path, a few rules of the package's.
  for (const f of nested) {
    const [file = f, text] = f.split('=');
    write(file, text !== undefined ? `${text}\n` : '# Web\n\n- The pages live in src/pages.\n');
  }
  write('packages/web/src/index.ts', 'export {};\n');
  write('packages/api/src/index.ts', 'export {};\n');
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init'], { cwd: dir });
  runs.forEach((r, k) => {
    const id = `0${k}1c5e00-0000-4000-8000-00000000000${k}`;
    const cwd = r.cwd.replace('@', dir).replace('%', path.basename(dir));
    const day = String(10 + 2 * k);
    if (r.format === 'claude') write(`logs/s${k}.jsonl`, claudeCodeSession(id, day, cwd, claudeFix));
    else write(`logs/rollout-s${k}.jsonl`, codexRollout(id, day, cwd, codexFix));
  });
  const { report } = await runDream({
    repoDir: dir,
    sessions: ['logs/*.jsonl'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-11-30T00:00:00Z'),
  });
  const adds = report.edits.filter((e) => e.op === 'add');
  return { files: [...new Set(adds.map((e) => e.file))].sort(), adds, dir };
}

const both = (format: Run['format'], a: string, b = a): Run[] => [
  { format, cwd: a },
  { format, cwd: b },
];

describe("a package's sessions teach that package's memory", () => {
  it.each<[string, Run[], string, string[]?]>([
    ['Claude Code in the package, here', both('claude', '@/packages/web'), 'packages/web/CLAUDE.md'],
    [
      'Claude Code in and below the package, on another machine',
      both('claude', '/Users/dana/code/%/packages/web/src', '/Users/dana/code/%/packages/web'),
      'packages/web/CLAUDE.md',
    ],
    ['Claude Code on Windows', both('claude', 'C:\\Users\\dana\\%\\packages\\web'), 'packages/web/CLAUDE.md'],
    ['Codex in the package', both('codex', '@/packages/web', '@/packages/web/src/'), 'packages/web/AGENTS.md'],
    [
      "Claude Code in a package whose CLAUDE.md imports the package's AGENTS.md",
      both('claude', '@/packages/web'),
      'packages/web/AGENTS.md',
      ['packages/web/CLAUDE.md=@AGENTS.md', 'packages/web/AGENTS.md'],
    ],
  ])('%s', async (_, runs, file, nested?: string[]) => {
    const { files, adds } = await addsTo(runs, nested);
    expect(files).toEqual([file]);
    expect(adds[0]?.rationale).toContain(`ran inside packages/web/, which has its own ${path.basename(file)}`);
  });
});

describe('controls: the root file as before, and no memory file created', () => {
  it.each<[string, Run[], string, string[]?]>([
    ['one session in the package, one at the root', both('claude', '@/packages/web', '@'), 'CLAUDE.md'],
    ['one in the package, one in a package without memory', both('claude', '@/packages/web', '@/packages/api'), 'CLAUDE.md'],
    ['both in a package without memory', both('codex', '@/packages/api'), 'AGENTS.md'],
    ["a folder of another project's", both('claude', '/home/dana/other-project/packages/web'), 'CLAUDE.md'],
    ['a folder the repository lacks', both('claude', '/Users/dana/%/packages/mobile'), 'CLAUDE.md'],
    ['both in the package, which keeps no memory of this kind', both('codex', '@/packages/web'), 'AGENTS.md', ['packages/web/CLAUDE.md']],
    [
      'both in the package, where Codex reads an override and no AGENTS.md',
      both('codex', '@/packages/web'),
      'AGENTS.md',
      ['packages/web/AGENTS.override.md'],
    ],
    [
      'both in the package, where Codex reads an override beside its AGENTS.md',
      both('codex', '@/packages/web'),
      'AGENTS.md',
      ['packages/web/AGENTS.md', 'packages/web/AGENTS.override.md'],
    ],
    [
      "in the package, whose CLAUDE.md only imports the root's",
      both('claude', '@/packages/web'),
      'CLAUDE.md',
      ['packages/web/CLAUDE.md=@../../CLAUDE.md'],
    ],
  ])('%s', async (_, runs, file, nested) => {
    const { files, dir } = await addsTo(runs, nested);
    expect(files).toEqual([file]);
    expect(existsSync(path.join(dir, 'packages/api/CLAUDE.md'))).toBe(false);
    expect(existsSync(path.join(dir, 'packages/api/AGENTS.md'))).toBe(false);
  });
});
