/**
 * Cline (XML era) records no exit code: a command's result is "Command executed." followed by "Output:" and what
 * the terminal showed, and "Command executed." alone when the terminal gave it nothing. That line says the command
 * ended, not how: in a real export (round 27) the agent ran the tests, got the bare line, declared the task done, and
 * the person pasted the same failure back. Read as a success, such a run became the working half of a fix ("X failed;
 * Y worked"). Now the call keeps no outcome, in the export and in the API history alike; a run whose output shows it
 * passing is still a fix. Wording, commands and projects are ours, several kinds of run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/model/index.js';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { writeTask } from '../helpers/cline-task.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cline-unseen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A failed run, then a variant whose result is `second`: [command that failed, its output, the variant]. */
const runs: [string, string, string][] = [
  [
    'npx vite build --mode docs',
    'error during build:\nError: Could not resolve entry module "index.html".',
    'npx vite build --mode docs --config docs/vite.config.ts',
  ],
  ['npm run build', 'npm ERR! Missing script: "build"', 'npm run build:web'],
  ['cargo build', 'error[E0432]: unresolved import `crate::cfg`', 'cargo build --features cfg'],
  [
    'pytest tests/unit',
    'Traceback (most recent call last):\n  File "tests/conftest.py", line 3\nModuleNotFoundError: No module named \'app\'',
    'PYTHONPATH=src pytest tests/unit',
  ],
];
const PASSED = 'Command executed.\nOutput:\nall targets built\nDone in 2.1s';
const UNSEEN = 'Command executed.';

const env = '<environment_details>\n# VSCode Open Tabs\n(No open tabs)\n</environment_details>';
function exportFile([failed, out, variant]: [string, string, string], second: string): string {
  const turns = [
    `**User:**\n\n<task>\nget the release build working again\n</task>\n${env}`,
    `**Assistant:**\n\n<thinking>\nTry the build.\n</thinking>\n\n<execute_command>\n<command>${failed}</command>\n</execute_command>`,
    `**User:**\n\n[execute_command for '${failed}'] Result:\nCommand executed.\nOutput:\n${out}\n${env}`,
    `**Assistant:**\n\n<execute_command>\n<command>${variant}</command>\n</execute_command>`,
    `**User:**\n\n[execute_command for '${variant}'] Result:\n${second}\n${env}`,
    '**Assistant:**\n\nThe build works now.',
  ];
  const file = join(dir, `cline_task_${++n}.md`);
  writeFileSync(file, turns.join('\n\n---\n\n') + '\n');
  return file;
}
/** The same conversation as Cline's API history, in the native tool-use era (results as tool_result blocks). */
function apiHistory([failed, out, variant]: [string, string, string], second: string): string {
  const api = [
    { role: 'user', content: [{ type: 'text', text: '<task>\nget the release build working again\n</task>' }] },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_a', name: 'execute_command', input: { command: failed } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_a', content: `Command executed.\nOutput:\n${out}` }] },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_b', name: 'execute_command', input: { command: variant } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_b', content: second }] },
    { role: 'assistant', content: [{ type: 'text', text: 'The build works now.' }] },
  ];
  return join(writeTask(dir, `17690${++n}`, { api }), 'api_conversation_history.json');
}

async function one(file: string): Promise<Session> {
  const { sessions } = await readAll(file);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}
const fixes = (s: Session) =>
  mineSession(s, { memory: [], repoFacts: unknownRepoFacts })
    .filter((g) => g.kind === 'error_then_fix')
    .map((g) => [g.failed, g.fixed]);

describe('a Cline command whose result is only "Command executed."', () => {
  it.each(runs)('`%s` failed, the variant printed nothing: no outcome, no fix (export and API history)', async (...run) => {
    for (const file of [exportFile(run, UNSEEN), apiHistory(run, UNSEEN)]) {
      const s = await one(file);
      // Both calls are read; only the one whose output was seen has an outcome, and it failed.
      expect(ofKind(s, 'tool_call').map((c) => c.command)).toEqual([run[0], run[2]]);
      expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([false]);
      expect(fixes(s)).toEqual([]);
    }
  });

  it.each(runs)('control: `%s` failed and the variant printed a passing run: still a fix', async (...run) => {
    for (const file of [exportFile(run, PASSED), apiHistory(run, PASSED)]) {
      const s = await one(file);
      expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([false, true]);
      // The lesson quotes each command up to its first path.
      const [[failed, fixed] = []] = fixes(s);
      expect(fixes(s)).toHaveLength(1);
      expect([run[0].startsWith(failed ?? '?'), run[2].startsWith(fixed ?? '?')]).toEqual([true, true]);
    }
  });

  it('control: another tool answered with the same words keeps its result, and output after the line is judged', async () => {
    const file = exportFile(runs[0]!, 'Command executed.\nOutput:\nnpm ERR! code ELIFECYCLE');
    expect(ofKind(await one(file), 'tool_result').map((r) => r.ok)).toEqual([false, false]);
    const api = [
      { role: 'user', content: [{ type: 'text', text: '<task>\nread the notes\n</task>' }] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_r', name: 'read_file', input: { path: 'NOTES.md' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_r', content: 'Command executed.' }] },
    ];
    const notes = await one(join(writeTask(dir, 'notes', { api }), 'api_conversation_history.json'));
    expect(ofKind(notes, 'tool_result').map((r) => [r.toolName, r.ok])).toEqual([['read_file', true]]);
  });
});
