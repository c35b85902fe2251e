/**
 * Gemini's own conversation history, the `Content` list its API takes: items `{role: 'user' | 'model', parts}`, a part
 * holding `text` (reasoning when `thought` is set), a `functionCall` `{name, args}` or a `functionResponse`
 * `{id, name, response: {output | error}}`. Gemini CLI writes that list whole for `/chat share <file>.json` and
 * `/chat save <tag>` (`checkpoint-<tag>.json`, gemini-history.ts) and renders it as Markdown for
 * `/chat share <file>.md` (gemini-share.ts); both readers hand each item here, so the two forms read alike. The chat
 * recordings (gemini.ts) share the result and typed-words rules.
 */
import { asRecord, exitCodeFrom, str, toolCallEvent, toolResultEvent, type SessionBuilder } from '../builder.js';
import type { IgnoredTypes } from './context.js';

/**
 * Gemini CLI sends the files a prompt names with `@` after the typed words, under this heading, and
 * older versions record that whole request as the user's message. The files' text is not typed (a
 * README can hold orders, or a forged "--- End of content ---" with more after it), and nothing typed
 * follows the heading, so the person's words end where it starts.
 */
const REFERENCED_FILES = '--- Content from referenced files ---';

/**
 * In IDE mode Gemini CLI hands the model the editor's state (open files, cursor, selected text) as a user turn of its
 * own: "Here is the user's editor context as a JSON object. This is for your information only.", then "Here is a
 * summary of changes in the user's editor context…" as the editor moves. Typed by nobody; a selection is a file's text.
 */
const EDITOR_CONTEXT = /^\s*Here is (?:the user's editor context|a summary of changes in the user's editor context)\b/;

/** The words a person typed in a Gemini CLI request: what precedes the `@` files' text; none in an editor context turn. */
export function typedPart(text: string): string {
  if (EDITOR_CONTEXT.test(text)) return '';
  const at = text.indexOf(REFERENCED_FILES);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * What a tool's answer says: the text, whether it failed (its error, a failed status, or a shell's "Exit Code: N"
 * in the output although the call itself succeeded), or that it never ran because the person cancelled it. The chat
 * recordings say so by `status`; the history has no status, only the CLI's "[Operation Cancelled]" error.
 */
export function geminiResult(
  name: string,
  response: Record<string, unknown> | undefined,
  recorded: { status?: string | undefined; resultDisplay?: unknown } = {},
): { cancelled: string } | { ok: boolean; text: string; exitCode: number | undefined } {
  const { status, resultDisplay } = recorded;
  const error = response?.error;
  if (status === 'cancelled' || (status === undefined && typeof error === 'string' && error.startsWith('[Operation Cancelled]')))
    return { cancelled: `${name} cancelled` };
  const output = response?.output;
  const text =
    typeof error === 'string'
      ? error
      : typeof output === 'string'
        ? output
        : typeof resultDisplay === 'string'
          ? resultDisplay
          : JSON.stringify(response ?? {});
  const exitCode = exitCodeFrom(text);
  const ok = status !== 'error' && error === undefined && (exitCode === undefined || exitCode === 0);
  return { ok, text, exitCode };
}

/** One part of an item, with the line it starts on where the form knows one (the Markdown's blocks). */
export interface ContentPart {
  value: Record<string, unknown>;
  line?: number;
}

/**
 * The CLI's own first turn, the environment it hands the model (date, OS, folder listing, "Reminder: Do not return
 * an empty response when a tool call is required."): written in the user's role, typed by nobody.
 */
const ENVIRONMENT = /^\s*(?:<session_context>|This is the Gemini CLI\. We are setting up the context for our chat\.)/;
/** A compressed chat's summary, which the model wrote and the CLI hands back in the user's role. */
const SNAPSHOT = /^\s*<state_snapshot>/;
/** The CLI's fixed answers to its own context turns: not the model speaking. */
const ACKNOWLEDGED = /^Got it\. Thanks for the (?:additional )?context!$/;

/**
 * Turns the items of one conversation into events, in order. `forgeable`: the form prints the model's text raw
 * (Markdown), so a turn after any text the model wrote may be lines it printed (UserPromptEvent.unverified); the
 * JSON forms keep each item apart, and no text can make another.
 */
export class GeminiContent {
  private items = 0;
  private modelWrote = false;
  /** Calls not answered yet, oldest first: the next user item's responses answer them in order, by name. */
  private pending: { name: string; callId: string }[] = [];

  constructor(
    private readonly b: SessionBuilder,
    private readonly file: string,
    private readonly forgeable: boolean,
    private readonly ignored: IgnoredTypes,
  ) {}

  item(role: unknown, parts: readonly ContentPart[], line: number): void {
    const first = this.items++ === 0;
    const text = parts
      .filter((p) => typeof p.value.text === 'string' && p.value.thought !== true)
      .map((p) => p.value.text as string)
      .join('');
    const at = (l: number | undefined) => ({ origin: { file: this.file, line: l ?? line } });
    if (role === 'user') {
      for (const p of parts) {
        const r = asRecord(p.value.functionResponse);
        if (r) this.answer(r, at(p.line));
      }
      if (first && ENVIRONMENT.test(text)) {
        // The one folder the CLI ran in, as it told the model (a workspace of several folders names no one folder).
        this.b.cwd ??= /^I'm currently working in the directory: (.+?)\s*$/m.exec(text)?.[1];
        return;
      }
      if (SNAPSHOT.test(text)) {
        this.modelWrote = true;
        return;
      }
      const typed = typedPart(text).trim();
      if (typed)
        this.b.push({
          kind: 'user_prompt',
          text: typed,
          ...at(undefined),
          ...(this.forgeable && this.modelWrote ? { unverified: true as const } : {}),
        });
    } else if (role === 'model') {
      const said = text.trim();
      if (said) {
        this.b.push({ kind: 'assistant_text', text: said, ...at(undefined) });
        if (!ACKNOWLEDGED.test(said)) this.modelWrote = true;
      }
      parts.forEach((p, k) => {
        const c = asRecord(p.value.functionCall);
        if (!c) return;
        const name = str(c.name) ?? 'unknown';
        // The history's calls carry no id in most versions: each is named by where it sits, and its answer takes that name.
        const callId = str(c.id) ?? `${p.line ?? line}.${k}`;
        this.pending.push({ name, callId });
        this.b.push(toolCallEvent({ name, input: c.args ?? {}, callId }, at(p.line)));
      });
    } else this.ignored.add(`role:${String(role)}`);
  }

  private answer(r: Record<string, unknown>, place: { origin: { file: string; line: number } }): void {
    const name = str(r.name) ?? 'unknown';
    const k = this.pending.findIndex((c) => c.name === name);
    const call = k >= 0 ? this.pending.splice(k, 1)[0] : this.pending.shift();
    const callId = call?.callId ?? str(r.id);
    const result = geminiResult(name, asRecord(r.response));
    if ('cancelled' in result) this.b.push({ kind: 'interrupt', text: result.cancelled, ...place });
    else this.b.push(toolResultEvent({ ...result, callId, toolName: name }, place));
  }
}
