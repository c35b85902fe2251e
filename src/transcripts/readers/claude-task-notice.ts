/**
 * Claude Code's `<task-notification>`: when a background task ends (a shell sent to the background, a sub-agent, a
 * monitor's event), the harness hands the model a notice in the user's role, `<task-id>`, `<tool-use-id>`,
 * `<output-file>`, `<status>` (completed, failed, killed) and a `<summary>` such as 'Background command "npm test"
 * completed (exit code 1)', often followed by "Read the output file to retrieve the result: …". Newer versions mark the
 * record `origin: {kind: "task-notification"}` (and a queued one `commandMode: "task-notification"`): by that mark the
 * record is the harness's, and its notice says how the task ended.
 */

/** The task a notice is about, and the exit code its summary reports (when it reports one). */
export function taskNotice(text: string): { taskId: string; exitCode?: number } | undefined {
  const start = text.indexOf('<task-notification>');
  const end = text.indexOf('</task-notification>', start);
  if (start < 0 || end < 0) return undefined;
  const notice = text.slice(start, end);
  const taskId = /<task-id>([^<\s]{1,200})<\/task-id>/.exec(notice)?.[1];
  if (!taskId) return undefined;
  const summary = /<summary>([^<]{0,2000})<\/summary>/.exec(notice)?.[1] ?? '';
  const code = /\bexit code (-?\d{1,3})\)?\s*$/.exec(summary)?.[1];
  return code !== undefined ? { taskId, exitCode: Number(code) } : { taskId };
}

/** A user record the harness wrote by its own mark: any origin but a person's. */
export function harnessOrigin(origin: unknown): boolean {
  const kind = origin !== null && typeof origin === 'object' ? (origin as Record<string, unknown>).kind : undefined;
  return typeof kind === 'string' && kind !== 'human';
}
