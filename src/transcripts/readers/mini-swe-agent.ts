/**
 * mini-swe-agent trajectories (`*.traj.json`): one JSON object {info, messages, trajectory_format}.
 * The agent acts through bash code blocks inside its own text; the harness answers every assistant
 * message with one user message: `<returncode>N</returncode><output>…` when exactly one block ran,
 * or a complaint about the format when there was not exactly one. No person speaks after the task.
 */
import { SessionBuilder, asRecord, placedId, str } from '../builder.js';
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
    if (role !== 'user') {
      ctx.issue(origin.line, `message with role ${JSON.stringify(role ?? null)}; skipped`);
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
