/**
 * The agent's shell keeps its working directory (signals/shell-cwd.ts), end to end through the real readers, the
 * guards and the offline engine: a `cd` into the folder the shell already entered fails in two sessions about
 * different tasks, and the lesson about where commands run goes where the agent reads. One session teaches nothing,
 * even at --min-support 1. Folders and outputs written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { useLogsRepo } from '../helpers/logs-repo.js';
import { CWD_LESSON } from '../../src/signals/shell-cwd.js';

const cwd = '/home/dev/greenhouse';
const forgot = (task: string): Turn[] => [
  { user: task },
  { bash: 'cd dashboard && npm ci', out: 'added 318 packages in 6s' },
  { bash: 'git status --short', out: ' M dashboard/src/App.tsx' },
  { bash: 'cd dashboard && npm run build', out: '(eval):cd:1: no such file or directory: dashboard', error: true },
  { bash: 'npm run build', out: 'built in 3.1s' },
  { say: 'Built.' },
];

const t = useLogsRepo({
  prefix: 'dream-cwd-',
  cwd,
  memory: { 'CLAUDE.md': '# CLAUDE.md\n\n- The dashboard is a Vite app.\n' },
  sessions: 'logs/**/*.jsonl',
});
const { claude, dreamRun } = t;

const added = (r: DreamReport) => r.edits.filter((e) => e.op === 'add').map((e) => [e.file, e.after]);

describe('dream run on a shell that kept its directory', () => {
  it('proposes where commands run once it recurs in sessions about different tasks', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', forgot('Show the humidity chart on the dashboard.'));
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', forgot('Add a dark theme to the dashboard settings.'));
    const r = await dreamRun();
    expect(added(r)).toEqual([['CLAUDE.md', CWD_LESSON]]);
    expect(r.rejected).toEqual([]);
  });

  it('one session is no edit, even at --min-support 1', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', forgot('Show the humidity chart on the dashboard.'));
    expect(added(await dreamRun('--min-support', '1'))).toEqual([]);
  });
});
