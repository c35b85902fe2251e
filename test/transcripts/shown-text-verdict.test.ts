/**
 * A search's or a viewer's output is the text it found or showed, not a verdict on the command. In formats that keep
 * no exit code, a compiler diagnostic or an "error:" line at the head of the output reads as a failure
 * (looks-failed.ts); printed by `grep -h`, `cat`, `tail`, `sed -n`, `git show` or a file read tool, the line is the
 * log's or the file's, and the command worked. Told by what printed it (shows-text.ts), never by the words: the same
 * line printed by the compiler, or piped from it through `tail`/`grep`, stays a failure, and a viewer the shell could
 * not find still failed. The commands, logs and tools are written for this test in several agents' formats.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksFailed } from '../../src/transcripts/looks-failed.js';
import { writeTask } from '../helpers/cline-task.js';
import { ofKind, readAll } from './helpers.js';
import { noExitFormats } from './no-exit-formats.js';

const TSC = "src/cart.ts(14,3): error TS2322: Type 'string' is not assignable to type 'number'.";
const GCC = "parse.c:3:5: error: implicit declaration of function 'strlcpy'\n#include <string.h>";
const NPM = 'npm error code ELIFECYCLE\nnpm error path /srv/app\nnpm error command failed';
const MYPY = 'app/models.py:42: error: Incompatible return value type (got "str", expected "int")';
const FATAL = "fatal: couldn't find remote ref feature/login\n2025-10-02T08:14:11Z retrying in 5s";

/** A command that shows a log or a file, and what it printed: the log's own error lines. */
const SHOWN: [string, string][] = [
  ['grep -h "error TS" build.log', TSC],
  ['rg --no-filename -N "error" logs/ci.txt', GCC],
  ["git grep -h 'error:' -- '*.log'", MYPY],
  ['cat build.log', GCC],
  ['tail -50 ci.log', NPM],
  ["sed -n '120,160p' logs/tsc.out", TSC],
  ['head -n 5 mypy.out', MYPY],
  ['less -FX build.log', TSC],
  ['git show HEAD~1:build.log', TSC],
  ['tail -n 100 deploy.log', FATAL],
  ['cd services/api && cat logs/build.txt', GCC],
  ['LC_ALL=C grep -h error build.log | head -20', TSC],
  ['docker logs --tail 40 api', GCC],
  ['Get-Content build.log -Tail 20', TSC],
];

/** The same lines printed by the run itself, or by it through a filter: its verdict, still a failure. */
const RAN: [string, string][] = [
  ['npx tsc --noEmit 2>&1 | tail -20', TSC],
  ['npm run build 2>&1 | grep -i error', NPM],
  ['cd app && gcc -c parse.c', GCC],
  ['mypy app | head -30', MYPY],
  ['git pull origin feature/login', FATAL],
  // A viewer that never ran: the shell's verdict, whatever program it names.
  ['rg -n TODO src', 'bash: rg: command not found'],
  // git's viewers word their own failures as git does anything else.
  ['git show v9.9:deploy.log', "fatal: invalid object name 'v9.9'."],
  ['git log -p origin/feature', "fatal: ambiguous argument 'origin/feature': unknown revision or path not in the working tree."],
];

describe('looksFailed given what printed the output', () => {
  it.each(SHOWN)('`%s` shows text: not a failure', (command, output) => {
    expect(looksFailed(output)).toBe(true);
    expect(looksFailed(output, { tool: 'bash', command })).toBe(false);
  });
  it.each(RAN)('`%s` ran: still a failure', (command, output) => {
    expect(looksFailed(output, { tool: 'bash', command })).toBe(true);
  });
  it.each([
    ['read_file', TSC],
    ['Read', GCC],
    ['view_file', NPM],
    ['search_file_content', MYPY],
    ['grep_search', TSC],
    ['open', GCC],
    ['search_dir', TSC],
  ])('a %s tool shows text', (tool, output) => {
    expect(looksFailed(output, { tool })).toBe(false);
  });
  it.each([
    ['read_file', 'Error: file not found: src/cart/missing.ts'],
    ['open', 'Error: File src/cart.py not found'],
    ['view_file', 'failed to read src/cart.ts: permission denied'],
  ])('a %s tool that could not read still failed', (tool, output) => {
    expect(looksFailed(output, { tool })).toBe(true);
  });
  it('an editor that views shows text; its edit, a shell and an unnamed tool do not', () => {
    expect(looksFailed(GCC, { tool: 'str_replace_editor', command: 'view' })).toBe(false);
    expect(looksFailed(GCC, { tool: 'str_replace_editor', command: 'str_replace' })).toBe(true);
    expect(looksFailed(GCC, { tool: 'run_shell_command' })).toBe(true);
    expect(looksFailed(GCC, {})).toBe(true);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'shown-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const { opencode, sweAgent, cursor } = noExitFormats({ dir, ask: 'why did CI fail' });

/** Cline's API history (XML era): the command in the reply, its output in the next user message. */
async function cline(command: string, output: string): Promise<boolean[]> {
  const api = [
    { role: 'user', content: [{ type: 'text', text: '<task>\nwhy did CI fail\n</task>' }] },
    { role: 'assistant', content: [{ type: 'text', text: `<execute_command>\n<command>${command}</command>\n</execute_command>` }] },
    {
      role: 'user',
      content: [{ type: 'text', text: `[execute_command for '${command}'] Result:\nCommand executed.\nOutput:\n${output}` }],
    },
  ];
  const file = join(writeTask(dir, `17691${++n}`, { api }), 'api_conversation_history.json');
  return ofKind((await readAll(file)).sessions[0]!, 'tool_result').map((r) => r.ok);
}

/** A generic OpenAI-style message list: the call's function and arguments, the tool's reply. */
async function generic(command: string, output: string): Promise<boolean[]> {
  const file = join(dir, `chat-${n++}.jsonl`);
  const lines = [
    { role: 'user', content: 'why did CI fail' },
    {
      role: 'assistant',
      content: '',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'shell', arguments: JSON.stringify({ command }) } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: output },
  ];
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return ofKind((await readAll(file)).sessions[0]!, 'tool_result').map((r) => r.ok);
}

const READERS = { opencode, sweAgent, cursor, cline, generic };

describe.each(Object.entries(READERS))('%s', (_, read) => {
  it.each([SHOWN[0]!, SHOWN[3]!, SHOWN[4]!, SHOWN[8]!, SHOWN[9]!, SHOWN[10]!])('`%s` shows a log: a success', async (command, output) => {
    expect(await read(command, output)).toEqual([true]);
  });
  it.each([RAN[0]!, RAN[2]!, RAN[5]!, RAN[6]!])('`%s` ran and failed: a failure', async (command, output) => {
    expect(await read(command, output)).toEqual([false]);
  });
});
