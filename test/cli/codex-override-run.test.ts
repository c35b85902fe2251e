/**
 * Codex reads AGENTS.override.md instead of AGENTS.md in a directory (src/memory/kinds.ts). End to end on a
 * real git checkout, `dream run --write` over Codex rollouts: the override's rules are the ones Codex read (a
 * lesson already there is not added again, a rule there that Codex keeps breaking is strengthened there), a new
 * Codex lesson lands in the override, AGENTS.md (which only the other agents read there) is left byte for byte,
 * and a lesson shared with Claude Code is written to both files, saying why. Without an override, nothing changes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DreamReport, Edit } from '../../src/model/index.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';
import { dreamRunReport } from '../helpers/run-cli.js';

const cwd = '/home/dev/acme-notes';
const pytestFail = "ImportError while loading conftest.\nE   ModuleNotFoundError: No module named 'acme_notes'\n1 error in 0.12s";
const pytestPass = '============ 14 passed in 0.41s ============';
/** The agent's own fix: pytest cannot import the package until src is on the path. */
const pythonPathFix: Turn[] = [
  { bash: 'pytest -q', out: pytestFail, exit: 2 },
  { bash: 'PYTHONPATH=src pytest -q', out: pytestPass, exit: 0 },
];
const SHARED = '# AGENTS.md\n\n- Python sources live in src/acme_notes.\n';
const OVERRIDE = '# Codex rules for this checkout\n\n- Answer in English.\n';

/** Three sessions in which the user corrects Codex for npm, each in other words. */
const corrected = (task: string, npm: string, said: string): Turn[] => [
  { user: task },
  { bash: npm, out: 'added 3 packages in 2s', exit: 0 },
  { user: said },
  { say: 'Sorry, switching to yarn.' },
];
const yarnCorrections: Turn[][] = [
  corrected('Add lodash to the web app.', 'npm install lodash', 'No, use yarn, not npm.'),
  corrected('Add dayjs for the date picker.', 'npm install dayjs', 'Please stop using npm here. Use yarn.'),
  corrected('Install zod for the form schemas.', 'npm i zod', "Don't use npm, we use yarn in this repo."),
];

let dir: string;
let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-codex-override-'));
  repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, 'src', 'acme_notes'), { recursive: true });
  writeFileSync(path.join(repo, 'src', 'acme_notes', '__init__.py'), '');
  writeFileSync(path.join(repo, 'AGENTS.md'), SHARED);
  writeFileSync(path.join(repo, '.gitignore'), 'sessions/\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Memory as it stood before the sessions (2026-11): a rule written after them is not one they were corrected against. */
function commit(): void {
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base', '--date', '2026-10-01T00:00:00Z');
}

function codex(...each: Turn[][]): void {
  mkdirSync(path.join(repo, 'sessions', 'codex'), { recursive: true });
  each.forEach((turns, i) => {
    const id = `019fbd8d-0000-7000-8000-00000000000${i}`;
    writeFileSync(path.join(repo, 'sessions', 'codex', `rollout-${id}.jsonl`), codexRollout(id, String(10 + i), cwd, turns));
  });
}

/** Claude Code marks a failed command with is_error, not an exit code. */
const asClaude = (turns: Turn[]): Turn[] => turns.map((t) => (t.exit ? { ...t, error: true } : t));

function claude(...each: Turn[][]): void {
  mkdirSync(path.join(repo, 'sessions', 'claude'), { recursive: true });
  each.forEach((turns, i) => {
    const id = `c1a0de00-0000-4000-8000-00000000000${i}`;
    writeFileSync(path.join(repo, 'sessions', 'claude', `${id}.jsonl`), claudeCodeSession(id, String(20 + i), cwd, asClaude(turns)));
  });
}

const dreamRun = (): Promise<DreamReport> =>
  dreamRunReport({ repo, report: path.join(dir, 'report.json'), args: ['--sessions', 'sessions/**/*.jsonl', '--write'] });
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');
const edited = (r: DreamReport, re: RegExp) =>
  r.edits.filter((e) => re.test(`${e.after ?? ''} ${e.before ?? ''}`)).map((e: Edit) => [e.op, e.file]);

describe('dream run on Codex sessions in a repository that keeps AGENTS.override.md', () => {
  it('adds a Codex lesson to the override, which Codex reads, and leaves AGENTS.md byte for byte', async () => {
    writeFileSync(path.join(repo, 'AGENTS.override.md'), OVERRIDE);
    codex(
      [{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix],
      [{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix],
    );
    commit();
    const report = await dreamRun();
    expect(edited(report, /PYTHONPATH=src pytest/)).toEqual([['add', 'AGENTS.override.md']]);
    expect(read('AGENTS.override.md')).toMatch(/^# Codex rules for this checkout\n\n- Answer in English\.\n[\s\S]*PYTHONPATH=src pytest/);
    expect(read('AGENTS.md')).toBe(SHARED);
  });

  it('adds it to AGENTS.md, as before, when there is no override (control)', async () => {
    codex(
      [{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix],
      [{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix],
    );
    commit();
    const report = await dreamRun();
    expect(edited(report, /PYTHONPATH=src pytest/)).toEqual([['add', 'AGENTS.md']]);
    expect(existsSync(path.join(repo, 'AGENTS.override.md'))).toBe(false);
  });

  it('does not add again a lesson the override already holds, in other words', async () => {
    writeFileSync(path.join(repo, 'AGENTS.override.md'), `${OVERRIDE}- Tests need src on the path: run \`PYTHONPATH=src pytest -q\`.\n`);
    codex(
      [{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix],
      [{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix],
    );
    commit();
    const before = read('AGENTS.override.md');
    const report = await dreamRun();
    expect(edited(report, /PYTHONPATH/)).toEqual([]);
    expect(read('AGENTS.override.md')).toBe(before);
    expect(read('AGENTS.md')).toBe(SHARED);
  });

  it('still teaches Codex a lesson only the AGENTS.md beside its override holds, since Codex does not read that file', async () => {
    writeFileSync(path.join(repo, 'AGENTS.md'), `${SHARED}- Tests need src on the path: run \`PYTHONPATH=src pytest -q\`.\n`);
    writeFileSync(path.join(repo, 'AGENTS.override.md'), OVERRIDE);
    codex(
      [{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix],
      [{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix],
    );
    commit();
    const report = await dreamRun();
    expect(edited(report, /PYTHONPATH=src pytest/)).toEqual([['add', 'AGENTS.override.md']]);
  });

  it('strengthens a rule of the override that the user keeps correcting Codex against, there', async () => {
    writeFileSync(path.join(repo, 'AGENTS.override.md'), `${OVERRIDE}- Use yarn for dependencies, never npm.\n`);
    codex(...yarnCorrections);
    commit();
    const report = await dreamRun();
    const yarn = report.edits.filter((e) => /yarn/i.test(`${e.after ?? ''} ${e.before ?? ''}`));
    expect(yarn.map((e) => [e.op, e.file])).toEqual([['update', 'AGENTS.override.md']]);
    expect(yarn[0]!.before).toBe('- Use yarn for dependencies, never npm.');
    expect(read('AGENTS.override.md')).toMatch(/^- \*\*IMPORTANT:\*\* Use yarn for dependencies, never npm\.$/m);
    expect(read('AGENTS.md')).toBe(SHARED);
  });

  it('does not strengthen the same rule in the AGENTS.md beside the override, which Codex never read: it teaches the override', async () => {
    writeFileSync(path.join(repo, 'AGENTS.md'), `${SHARED}- Use yarn for dependencies, never npm.\n`);
    writeFileSync(path.join(repo, 'AGENTS.override.md'), OVERRIDE);
    codex(...yarnCorrections);
    commit();
    const report = await dreamRun();
    const yarn = report.edits.filter((e) => /yarn/i.test(`${e.after ?? ''} ${e.before ?? ''}`));
    expect(yarn.map((e) => [e.op, e.file])).toEqual([['add', 'AGENTS.override.md']]);
    expect(read('AGENTS.md')).toBe(`${SHARED}- Use yarn for dependencies, never npm.\n`);
  });

  it('writes a lesson Codex and Claude Code share to AGENTS.md and to the override, saying why in the edit', async () => {
    writeFileSync(path.join(repo, 'AGENTS.override.md'), OVERRIDE);
    writeFileSync(path.join(repo, 'CLAUDE.md'), '@AGENTS.md\n');
    codex([{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix]);
    claude([{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix]);
    commit();
    const report = await dreamRun();
    const adds = report.edits.filter((e) => /PYTHONPATH=src pytest/.test(e.after ?? ''));
    expect(adds.map((e) => [e.op, e.file]).sort()).toEqual([
      ['add', 'AGENTS.md'],
      ['add', 'AGENTS.override.md'],
    ]);
    for (const e of adds) expect(e.rationale).toMatch(/Codex reads AGENTS\.override\.md instead of AGENTS\.md/);
    expect(read('AGENTS.md')).toMatch(/PYTHONPATH=src pytest/);
    expect(read('AGENTS.override.md')).toMatch(/PYTHONPATH=src pytest/);
  });

  it('says nothing of a second copy when there is no override (control)', async () => {
    writeFileSync(path.join(repo, 'CLAUDE.md'), '@AGENTS.md\n');
    codex([{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix]);
    claude([{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix]);
    commit();
    const report = await dreamRun();
    const adds = report.edits.filter((e) => /PYTHONPATH=src pytest/.test(e.after ?? ''));
    expect(adds.map((e) => [e.op, e.file])).toEqual([['add', 'AGENTS.md']]);
    expect(adds[0]!.rationale).not.toMatch(/override/);
  });
});
