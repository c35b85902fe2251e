/**
 * The "####" messages aider logs again after a command, read from aider's commands.py and base_coder.py:
 * - "/ask X", "/code X", "/architect X" and "/context X" hand X to a coder whose run() logs it as a user
 *   message of its own, so one request appears twice ("/code X", then "X"). Read twice, the second copy is
 *   no longer the session's opening request and slips past every rule that keeps the task itself out.
 * - "/ok [extra]" is "/code Ok, please go ahead and make those changes. [extra]".
 * - "/help X" runs a help coder with a message aider composed: "# Question: X", then "# Relevant docs:"
 *   and pages of its own documentation, logged as "####" lines. None of it is the user's.
 * - In architect mode the architect's reply goes to the editor as a "####" message, without its reasoning
 *   (below).
 */

/** A chat-mode command followed by a message (a bare "/code" only switches mode: nothing is logged again). */
const MODE_COMMAND = /^\/(ask|code|architect|context)(?=\s)\s+(\S[\s\S]*)$/;
const OK_COMMAND = /^\/ok(?:\s+([\s\S]*))?$/;
const OK_MESSAGE = 'Ok, please go ahead and make those changes.';

/** The message aider will log again after this typed message, when it is such a command. */
export function commandEcho(typed: string): string | undefined {
  const text = typed.trim();
  const mode = MODE_COMMAND.exec(text);
  if (mode) return mode[2]!.trim();
  const ok = OK_COMMAND.exec(text);
  if (ok) {
    const extra = (ok[1] ?? '').trim();
    return extra ? `${OK_MESSAGE} ${extra}` : OK_MESSAGE;
  }
  return undefined;
}

/** "/help how do I ...": a question to aider about aider, answered with a composed message. */
export function isHelpQuestion(typed: string): boolean {
  return /^\/help\s+\S/.test(typed.trim());
}

/** The message aider composes for "/help X" (help.py: `# Question: X`, then `# Relevant docs:`). */
export function isHelpMessage(text: string): boolean {
  return text.trimStart().startsWith('# Question:');
}

/**
 * Aider writes a model's reasoning into the history inside `<thinking-content-…>` tags (reasoning_tags.py: the tag
 * is "thinking-content-" and a fixed md5 hex), and removes it with remove_reasoning_content() before the reply goes
 * on: to the editor model in architect mode, so the "####" echo of the plan holds the reply without its reasoning.
 * Like aider, a closing tag left without its opening one drops everything before it.
 */
const REASONING_BLOCK = /<(thinking-content-[0-9a-f]{32})>[\s\S]*?<\/\1>/g;
const REASONING_END = /^[\s\S]*?<\/thinking-content-[0-9a-f]{32}>/;

/** The reply as aider hands it on to the editor model: its reasoning blocks removed. */
export function replyWithoutReasoning(reply: string): string {
  return reply.replace(REASONING_BLOCK, '').replace(REASONING_END, '').trim();
}
