/**
 * mini-swe-agent trajectories (`*.traj.json`): one JSON object {info, messages, trajectory_format}.
 * v1 (`mini-swe-agent-1`): the agent acts through bash code blocks inside its own text; the harness answers every
 * assistant message with one user message: `<returncode>N</returncode><output>…` when exactly one block ran,
 * or a complaint about the format when there was not exactly one. No person speaks after the task.
 * v2 (`mini-swe-agent-1.1`, mini 2.x: models/utils/actions_*.py) keeps what the harness parsed beside each message
 * in `extra`: the assistant's `extra.actions` ([{command, tool_call_id?}]), an observation's `extra.returncode`
 * and `raw_output` (`exception_info` when it did not run, or timed out). With a tool-calling model the calls are the
 * message's OpenAI `tool_calls` (one `bash` function, `{command}`) and each answer is a `role: "tool"` message naming
 * its `tool_call_id`; with a text model the observation is a user message as in v1. A format error is a user message
 * with `extra.interrupt_type`, and the run ends with a `role: "exit"` message. Where `extra` says it, it decides:
 * the text is the model's and the template's, the fields the harness's.
 */
import { SessionBuilder, asRecord, parseJsonArguments, placedId, str } from '../builder.js';
import { documentLines, readJsonDocument } from '../records.js';
import { documentObject } from './json-source.js';
import type { ReaderContext } from './context.js';

/** A fenced shell block as the harness parses it: the info string names a shell, the body ends at a closing fence. */
const SHELL_BLOCK = /^```(bash|sh|shell)[ \t]*\r?\n([\s\S]*?)\r?\n```[ \t]*$/gm;
const RETURN_CODE = /<returncode>\s*(-?\d+)\s*<\/returncode>/;

function shellBlocks(text: string): { command: string; index: number; info: string }[] {
  const out: { command: string; index: number; info: string }[] = [];
  for (const m of text.matchAll(SHELL_BLOCK)) out.push({ command: m[2]!.trim(), index: m.index, info: m[1]! });
  return out;
}

/** The model named in the harness's config, which is stored as a Python repr string. */
function modelOf(info: Record<string, unknown> | undefined): string | undefined {
  const config = info?.config;
  const text = typeof config === 'string' ? config : config !== undefined ? JSON.stringify(config) : '';
  return /['"]model_name['"]\s*:\s*['"]([^'"]{1,200})['"]/.exec(text)?.[1];
}

/** The calls the harness parsed from an assistant message (v2), by its `extra.actions` or its `tool_calls`. */
function parsedActions(m: Record<string, unknown> | undefined): { command: string; callId?: string }[] | undefined {
  const extra = asRecord(m?.extra);
  if (Array.isArray(extra?.actions))
    return extra.actions.flatMap((a) => {
      const r = asRecord(a);
      const command = str(r?.command);
      const callId = str(r?.tool_call_id);
      return command !== undefined ? [{ command, ...(callId ? { callId } : {}) }] : [];
    });
  if (!Array.isArray(m?.tool_calls)) return undefined;
  return m.tool_calls.flatMap((t) => {
    const call = asRecord(t);
    const fn = asRecord(call?.function);
    const args = asRecord(parseJsonArguments(fn?.arguments));
    const command = str(args?.command);
    const callId = str(call?.id);
    return str(fn?.name) === 'bash' && command !== undefined ? [{ command, ...(callId ? { callId } : {}) }] : [];
  });
}

/** An observation's outcome as the harness recorded it (v2): its exit code, or that it never ran to one. */
function observed(m: Record<string, unknown> | undefined): { exitCode?: number; text: string; ran: boolean } | undefined {
  const extra = asRecord(m?.extra);
  if (!extra || !('returncode' in extra)) return undefined;
  const rc = extra.returncode;
  const exitCode = typeof rc === 'number' && Number.isInteger(rc) ? rc : undefined;
  const text = str(extra.raw_output) ?? (typeof m?.content === 'string' ? m.content : '');
  return { ...(exitCode !== undefined ? { exitCode } : {}), text, ran: exitCode !== undefined && !extra.exception_info };
}

export function readMiniSweAgent(ctx: ReaderContext): SessionBuilder[] {
  const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ['messages']);
  const parsed = read && documentObject(read, ctx);
  if (!read || !parsed) return [];
  const doc = parsed.value;
  const messages = Array.isArray(doc?.messages) ? doc.messages : [];
  if (!doc || messages.length === 0) {
    ctx.issue(1, 'mini-swe-agent trajectory without messages');
    return [];
  }
  const b = new SessionBuilder('swe-agent', 'mini-swe-agent-traj', ctx);
  const info = asRecord(doc.info);
  // The task the run worked on, not the run: two runs of one task (two models, two attempts, in two folders)
  // are two sessions, so the id is placed by the file's folder as a file name is.
  const task = str(doc.instance_id);
  if (task !== undefined) b.id = placedId(task, ctx.display);
  b.exitStatus = str(info?.exit_status);
  b.model = modelOf(info);
  const lines = documentLines(read, ['messages']);
  let sawTask = false;
  // The shell blocks of the last assistant message, until the harness's reply says whether one ran.
  let pending: { callId: string; command: string }[] = [];
  /** v2 tool calls by their id, until their `role: "tool"` answer. */
  const open = new Map<string, string>();
  let n = 0;
  messages.forEach((raw, i) => {
    const m = asRecord(raw);
    const origin = { file: ctx.display, line: lines[i] ?? 1 };
    const content = typeof m?.content === 'string' ? m.content : '';
    const role = str(m?.role);
    if (role === 'system') return;
    if (role === 'user' && !sawTask) {
      sawTask = true;
      b.push({ kind: 'user_prompt', text: content, task: true, origin });
      return;
    }
    if (role === 'assistant') {
      const actions = parsedActions(m);
      if (actions !== undefined) {
        if (content.trim()) b.push({ kind: 'assistant_text', text: content.trim(), origin });
        pending = actions.map((a) => ({ callId: a.callId ?? `call-${n++}`, command: a.command }));
        for (const p of pending) {
          open.set(p.callId, p.command);
          b.push({ kind: 'tool_call', name: 'bash', callId: p.callId, input: { command: p.command }, command: p.command, origin });
        }
        return;
      }
      const blocks = shellBlocks(content);
      const thought = (blocks.length > 0 ? content.slice(0, blocks[0]!.index) : content).trim();
      if (thought) b.push({ kind: 'assistant_text', text: thought, origin });
      // The harness's default action regex takes only `bash` blocks: beside exactly one, a `shell` or
      // `sh` block is a quote (a reporter's command), not a second action.
      const bash = blocks.filter((blk) => blk.info === 'bash');
      pending = (bash.length === 1 ? bash : blocks).map((blk) => ({ callId: `call-${n++}`, command: blk.command }));
      for (const p of pending)
        b.push({ kind: 'tool_call', name: 'bash', callId: p.callId, input: { command: p.command }, command: p.command, origin });
      return;
    }
    // The run's end (v2): its status is info.exit_status.
    if (role === 'exit') return;
    const outcome = observed(m);
    if (role === 'tool') {
      const callId = str(m?.tool_call_id);
      if (callId === undefined || !open.has(callId) || !outcome) {
        ctx.issue(origin.line, 'tool message answering no call of this trajectory; skipped');
        return;
      }
      open.delete(callId);
      pending = [];
      const { exitCode, text, ran } = outcome;
      b.push({
        kind: 'tool_result',
        callId,
        toolName: 'bash',
        ok: ran && exitCode === 0,
        ...(exitCode !== undefined ? { exitCode } : {}),
        text,
        origin,
      });
      return;
    }
    if (role !== 'user') {
      ctx.issue(origin.line, `message with role ${JSON.stringify(role ?? null)}; skipped`);
      return;
    }
    if (str(asRecord(m?.extra)?.interrupt_type) !== undefined) {
      // The harness refused the reply (v2: a FormatError, no action run): its words, no call's outcome.
      pending = [];
      b.push({ kind: 'environment_feedback', text: content, origin });
      return;
    }
    if (outcome && pending.length === 1) {
      // A v2 text model's observation: the harness's fields, not the template's text.
      const ran = pending[0]!;
      pending = [];
      open.delete(ran.callId);
      const { exitCode, text } = outcome;
      b.push({
        kind: 'tool_result',
        callId: ran.callId,
        toolName: 'bash',
        ok: outcome.ran && exitCode === 0,
        ...(exitCode !== undefined ? { exitCode } : {}),
        text,
        origin,
      });
      return;
    }
    const rc = RETURN_CODE.exec(content);
    const ran = pending.length === 1 ? pending[0] : undefined;
    pending = [];
    if (ran && rc) {
      const exitCode = Number(rc[1]);
      const out = content
        .replace(RETURN_CODE, '')
        .replace(/<\/?output>/g, '')
        .trim();
      b.push({ kind: 'tool_result', callId: ran.callId, toolName: 'bash', ok: exitCode === 0, exitCode, text: out, origin });
    } else if (ran) {
      // Exactly one block, but no return code: the harness killed it (a timeout) or could not run it.
      b.push({ kind: 'tool_result', callId: ran.callId, toolName: 'bash', ok: false, text: content, origin });
    } else {
      b.push({ kind: 'environment_feedback', text: content, origin });
    }
  });
  return [b];
}
