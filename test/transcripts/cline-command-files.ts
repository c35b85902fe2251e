/**
 * One Cline `execute_command` call and its result written in each of Cline's three files (the Markdown export, the
 * API history, the UI messages), for tests of how a command's output with no exit code is judged. The result is
 * "Command executed.\nOutput:\n…" as Cline's XML era writes it; the UI messages stream the output in two pieces, the
 * verdict arriving in the last.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { uiMessages, writeTask } from '../helpers/cline-task.js';
import { ofKind, readAll } from './helpers.js';

type Writer = (command: string, out: string) => string;

const env = '<environment_details>\n# VSCode Open Tabs\n(No open tabs)\n</environment_details>';

/** The three writers, each writing a new file or task folder under `dir`. */
export function clineCommandFiles(dir: string): [string, Writer][] {
  let n = 0;
  const exportFile: Writer = (command, out) => {
    const turns = [
      `**User:**\n\n<task>\nget the build green\n</task>\n${env}`,
      `**Assistant:**\n\n<execute_command>\n<command>${command}</command>\n</execute_command>`,
      `**User:**\n\n[execute_command for '${command}'] Result:\nCommand executed.\nOutput:\n${out}\n${env}`,
      '**Assistant:**\n\nDone.',
    ];
    const file = join(dir, `cline_task_${++n}.md`);
    writeFileSync(file, turns.join('\n\n---\n\n') + '\n');
    return file;
  };
  const apiHistory: Writer = (command, out) => {
    const api = [
      { role: 'user', content: [{ type: 'text', text: '<task>\nget the build green\n</task>' }] },
      { role: 'assistant', content: [{ type: 'text', text: `<execute_command>\n<command>${command}</command>\n</execute_command>` }] },
      { role: 'user', content: [{ type: 'text', text: `[execute_command for '${command}'] Result:\nCommand executed.\nOutput:\n${out}` }] },
    ];
    return join(writeTask(dir, `17692${++n}`, { api }), 'api_conversation_history.json');
  };
  const uiFile: Writer = (command, out) => {
    const lines = out.split('\n');
    const half = Math.ceil(lines.length / 2);
    const ui = uiMessages([
      { task: 'get the build green' },
      { command, out: [lines.slice(0, half).join('\n'), lines.slice(half).join('\n')], auto: true },
    ]);
    return join(writeTask(dir, `17693${++n}`, { ui }), 'ui_messages.json');
  };
  return [
    ['the Markdown export', exportFile],
    ['the API history', apiHistory],
    ['the UI messages', uiFile],
  ];
}

/** Each command result's ok, in order. */
export async function verdicts(file: string): Promise<boolean[]> {
  const { sessions } = await readAll(file);
  return ofKind(sessions[0]!, 'tool_result').map((r) => r.ok);
}
