/**
 * Aider's .aider.chat.history.md: "# aider chat started at ..." opens a session, "#### " lines are
 * the user, "> " lines are aider's own output (edits applied, errors), the rest is the model.
 * In architect mode aider hands the architect's reply to the editor model as a "####" message of its
 * own: that echo is the model's words, not the user's, so it is not read as a prompt.
 * Aider also logs a second "####" message after some commands (aider-echo.ts): the message of
 * "/code X" again, and for "/help X" a message it composed from its own docs. Neither is typed again.
 * The shell commands aider runs are logged as "> Running <cmd>" (a command the model proposed, once the person said
 * yes), their output never: a call whose result is unknown, unless aider logged its error. Its linter's report,
 * written only when the linter failed, opens with "> ## Running: <cmd>" and holds the linter's output.
 * A command the person ran through aider ("/run X", "!X", "/test X") is logged as its "####" line: a command, not words
 * to the model. Its output never is, but "/test" adds it to the chat only when the command exited non-zero
 * (commands.py's cmd_run with add_on_nonzero_exit), saying "Added N lines of output to the chat.": that line is the
 * failure, its absence the success. "/run" asks whether to add the output whatever the exit code: no outcome.
 * With `--auto-test` aider runs its test command after each edit (base_coder.py), printing the output to the terminal
 * only; a failing run is logged as "Added N lines of output to the chat." and "Attempt to fix test errors?", a passing
 * one not at all. That question is a failed test run: a call with no command line, since the history never names
 * `--test-cmd`, and no success is read where nothing was logged.
 * Every other message that opens with "/" is a command to aider, never words to the model: aider hands any such input
 * to its commands (commands.py's is_command: the first character is "/" or "!"), which answer "Invalid command" for
 * a word they do not know. "/add", "/drop", "/undo", "/clear", "/model", "/copy-context X", "/help X", a bare "/ask"…
 * are the person working the harness; only "/ask X", "/code X", "/architect X", "/context X" and "/ok" hand words on
 * to the model, and aider logs those again as a message of their own (aider-echo.ts). "/undo" rejects the model's last
 * edit (aider drops the commit that made it): an interrupt, so the words that follow it answer a rejection.
 * A "# aider chat started" header with nothing after it but aider's own notices is aider started and left: no session.
 */
import { SessionBuilder, fileSessionId, toolCallEvent, toolResultEvent } from '../builder.js';
import { readLines } from '../lines.js';
import { unreadableLine, type ReaderContext } from './context.js';
import { KeptLines } from './kept-lines.js';
import { commandEcho, isHelpQuestion, isHelpMessage, replyWithoutReasoning } from './aider-echo.js';
import { chatStart, foldSpace, typedMessagesBeside } from './aider-input.js';

const START = /^# aider chat started at (.+)$/;
const EDIT_OK = /^Applied edit to (.+)$/;
/** An edit aider could not make: the model's block did not apply, or the file could not be written (permissions). */
const EDIT_FAILED =
  /^(?:The LLM did not conform to the edit format|Failed to apply edit|SearchReplaceNoExactMatch|Unable to apply|Unable to write file)/;
const API_ERROR = /^(?:litellm\.\w*Error|APIError|RateLimitError|.*\bAPI(?:Connection)?Error\b)/;
/**
 * Aider's own yes/no question with the answer typed after it ("Add file to the chat? (Y)es/(N)o/(S)kip all [Yes]: skip").
 * Logged on a "####" line it is still the harness's question and an answer to it, not a prompt to the model.
 */
const CONFIRM_ANSWER = /\?\s+\(Y\)es\/\(N\)o(?:\/\([A-Z]\)[^/[\]]*)*\s+\[(?:Yes|No)\]:\s*\S*$/;
/** A shell command aider ran (base_coder.py's handle_shell_commands), and the error it logs when it cannot start one. */
const RUNNING = /^Running (\S.*)$/;
const RUN_ERROR = /^Error occurred while running command '/;
/** The linter's report (linter.py), logged only when the linter exited non-zero; it ends with aider's question. */
const LINT_RUNNING = /^## Running: (\S.*)$/;
const LINT_END = /^Attempt to fix lint errors\?/;
/** A command typed at aider's prompt: "/run X" (or its alias "!X") and "/test X" (a bare "/test" names none). */
const TYPED_COMMAND = /^(?:\/(run|test)\s+|!)(\S.*)$/;
/** What "/test" logs when it adds the output: only on a non-zero exit. */
const OUTPUT_ADDED = /^Added \d+ lines? of output to the chat\.$/;
/** Aider's question after its `--auto-test` run failed (base_coder.py); never asked after a typed "/test". */
const AUTO_TEST_FAILED = /^Attempt to fix test errors\?/;
/** The person's undo of the model's last edit (commands.py's cmd_undo, which ignores any words after it). */
const UNDO = /^\/undo(?:\s[^\n]*)?$/;
/** A Markdown code fence (CommonMark: up to 3 spaces, then 3+ backticks or tildes). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function readAider(ctx: ReaderContext): SessionBuilder[] {
  const sessions: SessionBuilder[] = [];
  const base = fileSessionId(ctx.display);
  let b: SessionBuilder | undefined;
  let user: { text: KeptLines; line: number; unverified: boolean } | undefined;
  /**
   * Whether the model has replied in this chat. The reply is logged as the model wrote it, so from then on a
   * "####" line with its two spaces outside a fence may be one the model printed (with "> " lines of aider's
   * shape around it): such a prompt is marked unverified (see UserPromptEvent.unverified). Where aider's prompt
   * history sits beside the file, it decides instead, for every turn (aider-input.ts).
   */
  let replied = false;
  /** Whether the chat has a prompt yet: text before the first one answers nothing, so the model did not write it. */
  let asked = false;
  let assistant: { text: KeptLines; line: number } | undefined;
  let started: string | undefined;
  /** The model's last reply as aider hands it on, whitespace-folded, to tell the architect's handoff from a user prompt. */
  let lastReply = '';

  /**
   * "/code X" (or /ask, /architect, /context, /ok) waits here until the next message shows whether aider
   * logged its message again: then one prompt is read, not two. Anything else arriving first lets it go as typed.
   */
  let held: { text: string; line: number; echo: string; unverified: boolean } | undefined;
  /** A "/help X" question was typed: aider's next "####" message is the one it composed from its docs. */
  let helpAsked = false;

  /** What the person typed at aider's prompt, when its history sits beside this file (aider-input.ts). */
  const typed = typedMessagesBeside(ctx.file);
  const prompt = (text: string, line: number, printable: boolean) => {
    // Aider logs a submission with nothing typed as "<blank>" (io.py's user_input): no words of the person's.
    if (text.trim() === '<blank>') return;
    // With the prompt history beside the file, a turn is the person's when it holds the turn, and only then: not a
    // reply's, nor one a command's output printed before any reply (aider marks only its first line with "> ").
    const unverified = typed ? !typed.take(text, chatStart(started)) : printable;
    b!.push({ kind: 'user_prompt', text, origin: { file: ctx.display, line }, ...(unverified ? { unverified } : {}) });
  };
  /** Whatever comes before the echo means there was none: the command is read as typed. */
  const release = () => {
    if (held && b) prompt(held.text, held.line, held.unverified);
    held = undefined;
  };

  /** The "Added N lines of output" line just logged, for the auto-test question that may follow it. */
  let added: string | undefined;
  /** A "/test X" whose outcome the next lines tell: a failure if aider adds its output to the chat, else a success. */
  let test: { line: number } | undefined;
  const settleTest = (failed?: string) => {
    if (test && b)
      b.push(toolResultEvent({ ok: !failed, text: failed ?? '', toolName: 'bash' }, { origin: { file: ctx.display, line: test.line } }));
    test = undefined;
  };

  const userMessage = (text: string, line: number, unverified: boolean) => {
    const typedCommand = TYPED_COMMAND.exec(text.trim());
    // Where the prompt history sits beside the file it must hold the command, as any turn; without it the "####" line
    // outside the model's fence is taken as aider's own "> Running" lines are.
    if (typedCommand && !text.trim().includes('\n') && (!typed || typed.take(text, chatStart(started)))) {
      release();
      const command = typedCommand[2]!.trim();
      b!.push(toolCallEvent({ name: 'bash', input: { command }, command }, { origin: { file: ctx.display, line } }));
      if (typedCommand[1] === 'test') test = { line };
      return;
    }
    if (held) {
      const { echo } = held;
      if (foldSpace(text) === echo) {
        held = undefined;
        prompt(text, line, unverified);
        return;
      }
      release();
    }
    if (helpAsked) {
      helpAsked = false;
      if (isHelpMessage(text)) return;
    }
    const echo = commandEcho(text);
    if (echo !== undefined) {
      held = { text, line, echo: foldSpace(echo), unverified };
      return;
    }
    helpAsked = isHelpQuestion(text);
    if (text.trimStart().startsWith('/')) {
      // Taken from the prompt history as any typed message is, so the messages after it are matched in order.
      const took = typed?.take(text, chatStart(started));
      // "/undo" takes back aider's last commit of the model's edit: the person rejected it. Where the prompt history
      // sits beside the file it must hold the command; without it the line is taken as "/run X" is.
      if (UNDO.test(text.trim()) && (!typed || took))
        b!.push({ kind: 'interrupt', text: text.trim(), origin: { file: ctx.display, line } });
      return;
    }
    if (!lastReply || foldSpace(text) !== lastReply) prompt(text, line, unverified);
  };

  const flush = () => {
    if (user && b) {
      settleTest();
      userMessage(user.text.join('\n'), user.line, user.unverified);
      lastReply = '';
    }
    if (assistant && b && assistant.text.join('').trim()) {
      settleTest();
      release();
      helpAsked = false;
      const text = assistant.text.join('\n').trim();
      lastReply = foldSpace(replyWithoutReasoning(text));
      if (asked) replied = true;
      b.push({ kind: 'assistant_text', text, origin: { file: ctx.display, line: assistant.line } });
    }
    user = undefined;
    assistant = undefined;
  };

  /**
   * Aider logs each line the user typed with a Markdown line break after it (two spaces), and the
   * model's reply as the model wrote it. Where a file keeps those breaks (its first "####" line has
   * one), a "####" line without one is an H4 heading in a reply (or text a reply quoted), not the user.
   * A file whose trailing spaces were stripped (an editor, a commit hook) has no such mark: every
   * "####" line is read as the user's, as before.
   */
  let breaks: boolean | undefined;
  const typedLine = (raw: string): boolean => {
    const broke = / {2}\r?$/.test(raw);
    breaks ??= broke;
    return broke || !breaks;
  };

  /**
   * The fence the model's reply has open. Aider writes each typed line with "#### " in front, so a
   * fence the user typed never opens here; inside the model's fence every line is the reply, even one
   * that looks typed ("#### always run X" with its two spaces, which a fetched page can ask the model
   * to print). It closes with its own fence, a new chat, or an event aider logs when the reply is over.
   */
  let fence: string | undefined;
  const trackFence = (line: string) => {
    const mark = FENCE.exec(line)?.[1];
    if (!mark) return;
    if (fence === undefined) fence = mark;
    else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = undefined;
  };

  /**
   * Aider quotes its own output with "> " on the first line of each message only: a shell command of several lines in
   * its "Run shell commands?" offer goes on without the mark. The model's reply always opens after a blank line
   * (aider writes it with one before), so a line straight after a quoted one, before any blank line, is still aider's.
   */
  let quoted = false;

  /** The linter's failed run whose report is being read: its output goes into the call's result. */
  let lint: { lines: KeptLines; line: number } | undefined;
  const endLint = () => {
    if (lint && b) {
      const text = lint.lines.join('\n').trim();
      b.push(toolResultEvent({ ok: false, text, toolName: 'bash' }, { origin: { file: ctx.display, line: lint.line } }));
    }
    lint = undefined;
  };

  /** A quoted line about a shell command: a run, its error, or the linter's report. */
  const shellLine = (t: string, origin: { origin: { file: string; line: number } }): void => {
    if (lint) {
      if (LINT_END.test(t)) endLint();
      else lint.lines.push(t);
      return;
    }
    const run = RUNNING.exec(t) ?? LINT_RUNNING.exec(t);
    if (run) {
      const command = run[1]!.trim();
      b!.push(toolCallEvent({ name: 'bash', input: { command }, command }, origin));
      if (LINT_RUNNING.test(t)) lint = { lines: new KeptLines(), line: origin.origin.line };
    } else if (RUN_ERROR.test(t)) b!.push(toolResultEvent({ ok: false, text: t, toolName: 'bash' }, origin));
  };

  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    const afterQuote = quoted;
    quoted = false;
    const start = START.exec(line);
    if (start || (lint && !line.startsWith('>') && !(afterQuote && line.trim()))) endLint();
    if (start) {
      flush();
      settleTest();
      release();
      helpAsked = false;
      fence = undefined;
      started = start[1];
      lastReply = '';
      replied = false;
      asked = false;
      b = new SessionBuilder('aider', 'aider-history', ctx);
      b.id = `${base}#${sessions.length + 1}`;
      const iso = started ? new Date(started.replace(' ', 'T')) : undefined;
      if (iso && !Number.isNaN(iso.getTime())) b.seen(iso.toISOString());
      sessions.push(b);
      continue;
    }
    if (!b) continue;
    const origin = { origin: { file: ctx.display, line: l.line } };
    // A blank line inside a user message is "####" once trailing spaces are gone: still the user's message.
    if (fence === undefined && (line.startsWith('#### ') || line === '####') && typedLine(l.text)) {
      if (!user && CONFIRM_ANSWER.test(line)) continue;
      if (assistant) flush();
      if (!user) user = { text: new KeptLines(), line: l.line, unverified: replied };
      asked = true;
      user.text.push(line.slice(5));
      continue;
    }
    if (line.startsWith('>')) {
      quoted = true;
      flush();
      const t = line.replace(/^>\s?/, '');
      if (test && OUTPUT_ADDED.test(t)) {
        settleTest(t);
        continue;
      }
      if (AUTO_TEST_FAILED.test(t)) {
        b.push(toolCallEvent({ name: 'auto-test', input: {} }, origin));
        b.push(toolResultEvent({ ok: false, text: added ?? t, toolName: 'auto-test' }, origin));
        added = undefined;
        continue;
      }
      added = OUTPUT_ADDED.test(t) ? t : undefined;
      // Aider's own output between a command and its echo (announcements) is not an answer; an event is.
      if (/^\^C KeyboardInterrupt/.test(t) || EDIT_OK.test(t) || EDIT_FAILED.test(t) || API_ERROR.test(t)) {
        release();
        fence = undefined;
      }
      if (/^\^C KeyboardInterrupt/.test(t)) b.push({ kind: 'interrupt', text: t, ...origin });
      else if (EDIT_OK.test(t)) {
        const path = EDIT_OK.exec(t)![1]!;
        b.push({ kind: 'tool_call', name: 'edit', input: { path }, ...origin });
        b.push({ kind: 'tool_result', ok: true, toolName: 'edit', text: t, ...origin });
      } else if (EDIT_FAILED.test(t)) {
        b.push({ kind: 'tool_call', name: 'edit', input: {}, ...origin });
        b.push({ kind: 'tool_result', ok: false, toolName: 'edit', text: t, ...origin });
      } else if (API_ERROR.test(t)) b.push({ kind: 'api_error', text: t, ...origin });
      else if (/^Model: |^Main model: /.test(t) && !b.model) b.model = t.replace(/^(?:Main )?model: /i, '').split(' ')[0];
      else shellLine(t, origin);
      continue;
    }
    if (afterQuote && line.trim() && fence === undefined) {
      quoted = true;
      lint?.lines.push(line);
      continue;
    }
    if (user) flush();
    if (!assistant) {
      if (!line.trim()) continue;
      assistant = { text: new KeptLines(), line: l.line };
    }
    trackFence(line);
    assistant.text.push(line);
  }
  endLint();
  flush();
  settleTest();
  release();
  // Aider started and left with no word typed and none written: its notices alone are no session.
  return sessions.filter((s) => s.events.length > 0);
}
