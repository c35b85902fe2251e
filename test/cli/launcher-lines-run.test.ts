/**
 * Harness trial folders, end to end through the real CLI: each trial keeps the agent's stdout as
 * `agent/command-1/stdout.txt`, opened by the lines bash prints when it runs without a terminal (Harbor's layout).
 * The same mistake in two trials is a lesson only if those files are read; and a trial that keeps the transcript
 * twice (`agent/claude-code.txt` bare, and the same records in `command-1/stdout.txt`) is one session, whose one
 * mistake stays one session's. Trials, folders and outputs written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { useLogsRepo } from '../helpers/logs-repo.js';
import { CWD_LESSON } from '../../src/signals/shell-cwd.js';

const cwd = '/srv/trial';
const shellLines = 'bash: cannot set terminal process group (-1): Inappropriate ioctl for device\nbash: no job control in this shell\n';
const forgot = (task: string): Turn[] => [
  { user: task },
  { bash: 'cd reports && make deps', out: 'ok' },
  { bash: 'ls', out: 'Makefile\nsrc' },
  { bash: 'cd reports && make', out: 'bash: line 1: cd: reports: No such file or directory', error: true },
  { bash: 'make', out: 'built report.pdf' },
  { say: 'Built.' },
];

const t = useLogsRepo({
  prefix: 'dream-launcher-',
  cwd,
  memory: { 'CLAUDE.md': '# CLAUDE.md\n\n- Reports are built with make.\n' },
  sessions: 'logs/**/*.txt',
});

const session = (id: string, day: string, task: string) => claudeCodeSession(id, day, cwd, forgot(task));
const added = (r: DreamReport) => r.edits.filter((e) => e.op === 'add').map((e) => [e.file, e.after]);

describe('dream run over trial folders whose stdout files open with the shell lines', () => {
  it('reads each trial and proposes the lesson two of them show', async () => {
    t.write(
      'logs/trial-a/agent/command-1/stdout.txt',
      shellLines + session('5d2a9c00-0000-4000-8000-000000000001', '10', 'Build the March report.'),
    );
    t.write(
      'logs/trial-b/agent/command-1/stdout.txt',
      shellLines + session('5d2a9c00-0000-4000-8000-000000000002', '12', 'Add a chart to the yearly report.'),
    );
    const r = await t.dreamRun();
    expect(r.sessions.read).toBe(2);
    expect(added(r)).toEqual([['CLAUDE.md', CWD_LESSON]]);
  });

  it('a trial that keeps its transcript twice is one session: its one mistake is no lesson', async () => {
    const one = session('5d2a9c00-0000-4000-8000-000000000003', '14', 'Build the April report.');
    t.write('logs/trial-c/agent/claude-code.txt', one);
    t.write('logs/trial-c/agent/command-1/stdout.txt', shellLines + one);
    const r = await t.dreamRun();
    expect(added(r)).toEqual([]);
    expect(r.patterns.filter((p) => p.support > 1)).toEqual([]);
  });
});
