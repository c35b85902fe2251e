/**
 * Copilot CLI sessions end to end: `dream run` reads their events.jsonl logs, mines a lesson they
 * share, and proposes it in the file Copilot CLI reads (.github/copilot-instructions.md when the
 * repository keeps one, else AGENTS.md). What a skill or autopilot injected as a user.message is not
 * the user, and a one-off is no lesson. `dream sessions` lists the logs as copilot-cli.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerSessionsCommand } from '../../src/cli/sessions.js';
import { silentLogger } from '../../src/log.js';
import type { DreamReport } from '../../src/model/index.js';
import { copilotSession, type Turn } from '../helpers/transcript-builders.js';
import { dreamRunReport } from '../helpers/run-cli.js';

const cwd = '/home/dev/acme-notes';
const pytestFail = "ImportError while loading conftest.\nE   ModuleNotFoundError: No module named 'acme_notes'\n1 error in 0.12s";
const pytestPass = '============ 14 passed in 0.41s ============';

/** The agent's own fix: pytest cannot import the package until src is on the path. */
const pythonPathFix: Turn[] = [
  { bash: 'pytest -q', out: pytestFail, exit: 2 },
  { bash: 'PYTHONPATH=src pytest -q', out: pytestPass, exit: 0 },
];
const yarnOrder = 'Always use yarn in this repo, never npm: the lockfile is yarn.lock.';

let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-copilot-'));
  repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, 'src', 'acme_notes'), { recursive: true });
  mkdirSync(path.join(repo, 'tests'), { recursive: true });
  writeFileSync(path.join(repo, 'src', 'acme_notes', '__init__.py'), '');
  writeFileSync(path.join(repo, 'tests', 'test_search.py'), 'def test_x():\n    assert True\n');
  writeFileSync(path.join(repo, 'AGENTS.md'), '# AGENTS.md\n\n- Python sources live in src/acme_notes.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes Copilot logs where the CLI keeps them: one folder per session, events.jsonl inside. */
function sessions(...each: Turn[][]): void {
  each.forEach((turns, i) => {
    const id = `c0p11070-${i}aaa-4bbb-8ccc-00000000000${i}`;
    const file = path.join(repo, '.copilot', 'session-state', id, 'events.jsonl');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, copilotSession(id, String(10 + i), cwd, turns));
  });
}

const dreamRun = (...args: string[]): Promise<DreamReport> =>
  dreamRunReport({ repo, report: path.join(dir, 'report.json'), args: ['--sessions', '.copilot/session-state/**/events.jsonl', ...args] });

const added = (r: DreamReport) => r.edits.filter((e) => e.op === 'add').map((e) => [e.file, e.after]);

describe('dream run on Copilot CLI sessions', () => {
  it('proposes a fix Copilot found in two sessions into .github/copilot-instructions.md, the file it reads', async () => {
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(path.join(repo, '.github', 'copilot-instructions.md'), '# Copilot instructions\n\n- Keep answers short.\n');
    sessions(
      [{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix],
      [{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix],
    );
    const report = await dreamRun();
    expect(report.sessions.ids.sort()).toEqual(['c0p11070-0aaa-4bbb-8ccc-000000000000', 'c0p11070-1aaa-4bbb-8ccc-000000000001']);
    expect(report.sessions.health?.formats.map((f) => [f.format, f.sessions])).toEqual([['copilot-cli', 2]]);
    expect(added(report)).toEqual([['.github/copilot-instructions.md', expect.stringMatching(/PYTHONPATH=src pytest/)]]);
  });

  it('proposes it into AGENTS.md when the repository has no copilot-instructions.md, and creates nothing under .github/', async () => {
    sessions(
      [{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix],
      [{ user: 'Check the CSV importer handles BOMs.' }, ...pythonPathFix],
    );
    const report = await dreamRun();
    expect(added(report)).toEqual([['AGENTS.md', expect.stringMatching(/PYTHONPATH=src pytest/)]]);
  });

  it("learns a person's repeated order, but not the same words injected by a skill or autopilot (negative control)", async () => {
    const typed = (i: number): Turn[] => [{ user: `Add a --json flag to export ${i}.` }, { user: yarnOrder }, { say: 'Understood.' }];
    sessions(typed(1), typed(2), typed(3));
    expect(added(await dreamRun()).some(([, after]) => /yarn/i.test(after ?? ''))).toBe(true);

    rmSync(path.join(repo, '.copilot'), { recursive: true });
    const injected = (i: number, source: string): Turn[] => [
      { user: `Add a --json flag to export ${i}.` },
      { user: yarnOrder, source },
      { say: 'Understood.' },
    ];
    sessions(injected(1, 'skill-yarn'), injected(2, 'autopilot'), injected(3, 'agent-planner'));
    const report = await dreamRun();
    expect(report.sessions.read).toBe(3);
    expect(report.edits.filter((e) => /yarn/i.test(e.after ?? ''))).toEqual([]);
  });

  it('proposes nothing from a fix seen in one session only (negative control)', async () => {
    sessions([{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix], [{ user: 'Tidy the README.' }, { say: 'Done.' }]);
    const report = await dreamRun();
    expect(report.sessions.read).toBe(2);
    expect(report.edits.filter((e) => /PYTHONPATH/.test(e.after ?? ''))).toEqual([]);
  });
});

describe('dream sessions on Copilot CLI logs', () => {
  it('lists each log with format copilot-cli, its tool calls and failures', async () => {
    sessions([{ user: 'Fix the search crash on empty queries.' }, ...pythonPathFix]);
    let out = '';
    const program = new Command().exitOverride();
    registerSessionsCommand(program, { logger: silentLogger, write: (t) => (out += t) });
    await program.parseAsync(['node', 'dream', 'sessions', '--json', path.join(repo, '.copilot', 'session-state')]);
    const rows = JSON.parse(out) as { files: { format: string; sessions: number; toolCalls: number; toolErrors: number }[] };
    expect(rows.files).toEqual([expect.objectContaining({ format: 'copilot-cli', sessions: 1, toolCalls: 2, toolErrors: 1 })]);
  });
});
