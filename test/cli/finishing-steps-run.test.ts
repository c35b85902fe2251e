/**
 * A step the user keeps asking for once the work is done (signals/finishing-steps.ts), end to end through the real
 * readers, the guards and the offline engine: asked after the work of sessions about different tasks, in different
 * words and by different agents (Claude Code's session JSONL, Codex, Claude Code's prompt log), it becomes one edit in
 * the file each agent reads. The same step in one session, one task opened again, or the step as a session's opening
 * request teaches nothing. Wordings written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { useLogsRepo } from '../helpers/logs-repo.js';

const cwd = '/home/dev/almanac';
const work: Turn[] = [{ bash: 'git status --short', out: ' M src/tides.ts' }, { say: 'Done: the tide table now rounds to minutes.' }];
const finished = (task: string, later: string): Turn[] => [{ user: task }, ...work, { user: later }, { say: 'Updated.' }];

const t = useLogsRepo({
  prefix: 'dream-finish-',
  cwd,
  memory: {
    'CLAUDE.md': '# CLAUDE.md\n\n- The tide tables live in src/.\n',
    'AGENTS.md': '# AGENTS.md\n\n- The tide tables live in src/.\n',
  },
  sessions: 'logs/**/*.json*',
});
const { claude, codex, dreamRun } = t;
/** Claude Code's prompt log: only what the person typed, one line per prompt. */
const promptLog = (sessions: { id: string; said: string[] }[]) =>
  t.write(
    'logs/history.jsonl',
    sessions
      .flatMap((s, k) =>
        s.said.map((display, i) =>
          JSON.stringify({ display, pastedContents: {}, timestamp: Date.UTC(2026, 10, 20 + k, 9, i * 7), project: cwd, sessionId: s.id }),
        ),
      )
      .join('\n') + '\n',
  );

const added = (r: DreamReport) => r.edits.filter((e) => e.op === 'add').map((e) => [e.file, e.after]);

describe('dream run on a finishing step the user keeps asking for', () => {
  it('proposes it where each agent reads, once it recurs after the work of sessions about different tasks', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', finished('Round the tide times to whole minutes.', 'update the md files'));
    codex(
      'b',
      '0b1c5e00-0000-4000-8000-000000000002',
      '12',
      finished('Add the moon phase to the daily page.', 'Did you update the docs as well?'),
    );
    promptLog([
      {
        id: '0c1c5e00-0000-4000-8000-000000000003',
        said: ['Plot the spring tides for March.', 'yes', 'ok now write the open questions in a md file for the next session'],
      },
    ]);
    const r = await dreamRun();
    const lesson = expect.stringMatching(/^Before finishing, update the (?:md files|docs): the user asked for it in 3 sessions\.$/);
    expect(added(r).sort()).toEqual([
      ['AGENTS.md', lesson],
      ['CLAUDE.md', lesson],
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('a check on the tests in two sessions becomes "run the tests"', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', finished('Round the tide times to whole minutes.', 'did you run the tests?'));
    claude(
      'b',
      '0b1c5e00-0000-4000-8000-000000000002',
      '12',
      finished('Add the moon phase to the daily page.', 'Have you run the test suite?'),
    );
    expect(added(await dreamRun())).toEqual([['CLAUDE.md', 'Before finishing, run the tests: the user asked for it in 2 sessions.']]);
  });

  it('one session is no edit, even at --min-support 1', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', finished('Round the tide times to whole minutes.', 'update the md files'));
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', finished('Add the moon phase to the daily page.', 'thanks'));
    expect(added(await dreamRun('--min-support', '1'))).toEqual([]);
  });

  it('one task opened again, and the step as the opening request, teach nothing', async () => {
    const task = 'Round the tide times to whole minutes and keep the old fixtures passing.';
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', finished(task, 'update the md files'));
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', finished(task, 'did you update the docs?'));
    claude('c', '0c1c5e00-0000-4000-8000-000000000003', '14', [{ user: 'update the md files' }, ...work]);
    expect(added(await dreamRun('--min-support', '1'))).toEqual([]);
  });
});

describe('the finishing lesson names the notes files the sessions name', () => {
  const wrote = (file: string): Turn => ({
    tool: 'Write',
    input: { file_path: `${cwd}/${file}`, content: '# Notes\n' },
    out: 'File created',
  });
  it('a file named in two sessions, not one named in one', async () => {
    claude(
      'a',
      '0a1c5e00-0000-4000-8000-000000000001',
      '10',
      finished('Round the tide times to whole minutes.', 'update the AXIOMS_TODO.md file that will be used for the next iteration'),
    );
    codex('b', '0b1c5e00-0000-4000-8000-000000000002', '12', [
      ...finished('Add the moon phase to the daily page.', 'did you update the OPTION_A_PROGRESS.md?'),
      { user: 'did you update the AXIOMS_TODO.md?' },
    ]);
    promptLog([{ id: '0c1c5e00-0000-4000-8000-000000000003', said: ['Plot the spring tides for March.', 'update the md files'] }]);
    const lesson = 'Before finishing, update the md files (`AXIOMS_TODO.md`): the user asked for it in 3 sessions.';
    expect(added(await dreamRun()).sort()).toEqual([
      ['AGENTS.md', lesson],
      ['CLAUDE.md', lesson],
    ]);
  });

  it('never a file the agent created in that session', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', [
      { user: 'Round the tide times to whole minutes.' },
      wrote('TIDES_NOTES.md'),
      ...work,
      { user: 'update the md files' },
      { user: 'did you update TIDES_NOTES.md?' },
    ]);
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', [
      ...finished('Add the moon phase to the daily page.', 'did you update TIDES_NOTES.md?'),
      { user: 'update the md files' },
    ]);
    expect(added(await dreamRun())).toEqual([['CLAUDE.md', 'Before finishing, update the md files: the user asked for it in 2 sessions.']]);
  });
});
