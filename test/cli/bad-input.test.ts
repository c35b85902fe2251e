/**
 * The command line given what people actually type: globs that match nothing, paths that do not
 * exist, a missing --repo, and absolute globs into ~/.claude. In-process through commander (a thrown
 * error is exit 1 in src/cli.ts), plus one real `dream` process for the exit code itself.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerSessionsCommand } from '../../src/cli/sessions.js';
import type { Logger, DreamReport } from '../../src/model/index.js';
import { expandAbsoluteGlobs, expandSessionGlobs } from '../../src/sources/globs.js';
import { dreamRunReport } from '../helpers/run-cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const claudeFixture = path.join(repoRoot, 'test/fixtures/transcripts/claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl');
const codexFixture = path.join(
  repoRoot,
  'test/fixtures/transcripts/codex/rollout-2026-03-03T08-00-00-019c0000-aaaa-7bbb-8ccc-0123456789ab.jsonl',
);

function recording(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => {}, info: () => {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

let dir: string;
let repo: string;
let outside: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-cli-bad-input-'));
  repo = path.join(dir, 'repo');
  outside = path.join(dir, 'home', '.claude', 'projects', 'x');
  mkdirSync(path.join(repo, '.dreaming', 'sessions'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# acme\n\n## Build\n\n- Run the tests with `pytest`.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const dreamRun = (args: string[], logger: Logger): Promise<DreamReport> =>
  dreamRunReport({ repo, report: path.join(dir, 'report.json'), args, logger });

describe('dream run', () => {
  it('warns naming each --sessions glob that matched no files', async () => {
    copyFileSync(claudeFixture, path.join(repo, '.dreaming', 'sessions', 'a.jsonl'));
    const logger = recording();
    const report = await dreamRun(['--sessions', 'nomatch/**', '.dreaming/sessions/*.jsonl', 'also-none/*.json'], logger);
    expect(report.sessions.files).toBe(1);
    expect(logger.warnings).toContain(`sessions glob "nomatch/**" matched no files under ${repo}`);
    expect(logger.warnings).toContain(`sessions glob "also-none/*.json" matched no files under ${repo}`);
    expect(logger.warnings.join('\n')).not.toMatch(/\.dreaming\/sessions\/\*\.jsonl/);
  });

  it('accepts absolute --sessions globs (~/.claude/projects/...) and reads those files', async () => {
    copyFileSync(claudeFixture, path.join(outside, 'one.jsonl'));
    copyFileSync(codexFixture, path.join(outside, 'two.jsonl'));
    const logger = recording();
    const report = await dreamRun(['--sessions', `${outside}/*.jsonl`, `!${outside}/two.jsonl`], logger);
    expect(report.sessions.files).toBe(1);
    expect(report.sessions.read).toBe(1);
    // No glob warning; only the health report's note of the fixture's record type no reader knows.
    expect(logger.warnings).toEqual(['ingestion: files: claude-code-jsonl records of types the reader does not know: some-future-type×1']);
  });

  it('says clearly that --repo does not exist instead of a raw ENOENT', async () => {
    const missing = path.join(dir, 'missing');
    await expect(dreamRun(['--repo', missing], recording())).rejects.toThrow(`--repo ${missing}: no such directory (${missing})`);
  });
});

describe('dream sessions', () => {
  async function sessions(args: string[]): Promise<string> {
    let out = '';
    const program = new Command().exitOverride();
    registerSessionsCommand(program, { logger: recording(), write: (t) => (out += t) });
    await program.parseAsync(['node', 'dream', 'sessions', ...args]);
    return out;
  }

  it('fails naming a path that does not exist, even next to one that does', async () => {
    const missing = path.join(dir, 'nonexistent.jsonl');
    await expect(sessions([claudeFixture, missing])).rejects.toThrow(`no such transcript file, directory or matching glob: ${missing}`);
  });

  it('a real dream process exits 1 with that message on stderr (and prints no table)', { timeout: 30_000 }, async () => {
    const missing = path.join(dir, 'nonexistent.jsonl');
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const run = promisify(execFile)(tsx, [path.join(repoRoot, 'src/cli.ts'), 'sessions', claudeFixture, missing], {
      cwd: dir,
      timeout: 25_000,
    });
    const err = (await run.then(
      () => undefined,
      (e: unknown) => e,
    )) as { code?: number; stderr?: string } | undefined;
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain(`no such transcript file, directory or matching glob: ${missing}`);
    expect((err as { stdout?: string } | undefined)?.stdout).toBe('');
  });

  it("walks a folder's symlinks named like transcripts: reads a link to a file, names a dangling link and a loop", async () => {
    const walked = path.join(dir, 'walked');
    mkdirSync(path.join(walked, 'sub'), { recursive: true });
    symlinkSync(claudeFixture, path.join(walked, 'linked.jsonl'));
    symlinkSync(path.join(walked, 'gone.jsonl'), path.join(walked, 'dangling.jsonl'));
    symlinkSync('loop.jsonl', path.join(walked, 'loop.jsonl'));
    // A symlinked folder that leads back up is not entered: the walk ends.
    symlinkSync('..', path.join(walked, 'sub', 'up'));
    const out = await sessions(['--json', walked]);
    const files = (JSON.parse(out) as { files: { file: string; sessions: number; issues: { reason: string }[] }[] }).files;
    expect(files.map((f) => [path.basename(f.file), f.sessions])).toEqual([
      ['dangling.jsonl', 0],
      ['linked.jsonl', 1],
      ['loop.jsonl', 0],
    ]);
    expect(files[0]!.issues[0]!.reason).toMatch(/^cannot open: ENOENT/);
    expect(files[2]!.issues[0]!.reason).toMatch(/^cannot open: ELOOP/);
  });

  it('alone, a missing path still fails naming it', async () => {
    const missing = path.join(dir, 'nonexistent.jsonl');
    await expect(sessions([missing])).rejects.toThrow(`no transcript files match ${missing}`);
  });
});

describe('absolute globs stay a command-line privilege', () => {
  it('the repository expansion (what the Action uses) still refuses them', async () => {
    await expect(expandSessionGlobs(repo, [`${outside}/*.jsonl`])).rejects.toThrow(/is absolute/);
  });

  it('expandAbsoluteGlobs expands ~ and walks a plain directory, naming globs that matched nothing', async () => {
    copyFileSync(claudeFixture, path.join(outside, 'one.jsonl'));
    writeFileSync(path.join(outside, 'notes.txt'), 'not a transcript\n');
    const home = path.join(dir, 'home');
    const got = await expandAbsoluteGlobs(['~/.claude/projects/x', '~/nowhere/*.jsonl'], home);
    expect(got.files).toEqual([path.join(outside, 'one.jsonl')]);
    expect(got.unmatched).toEqual(['~/nowhere/*.jsonl']);
  });

  it('expandAbsoluteGlobs finds files under a typed path that passes through a symlink, and names them as typed', async () => {
    copyFileSync(claudeFixture, path.join(outside, 'one.jsonl'));
    copyFileSync(claudeFixture, path.join(outside, 'agent-two.jsonl'));
    const linked = path.join(dir, 'linked-home');
    symlinkSync(path.join(dir, 'home'), linked);
    const typed = path.join(linked, '.claude', 'projects', 'x');
    const got = await expandAbsoluteGlobs([`${linked}/.claude/**/*.jsonl`, typed, `!${typed}/agent-*.jsonl`]);
    expect(got).toEqual({ files: [path.join(typed, 'one.jsonl')], unmatched: [] });
  });
});
