/**
 * Cheap extras: OpenHands event lists and SWE-agent .traj trajectories.
 */
import { SessionBuilder, asRecord, exitCodeFrom, str, toolCallEvent, toolResultEvent } from '../builder.js';
import { looksFailed } from '../looks-failed.js';
import { documentRecords, documentValue, readJsonDocument } from '../records.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { recordsOf } from './json-source.js';

export function readOpenHands(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('openhands', 'openhands-events', ctx);
  const ignored = new IgnoredTypes(new Set(['agent_state_changed', 'null', 'change_agent_state', 'think', 'system', 'recall']));
  const toolNames = new Map<string, string>();
  for (const batch of recordsOf(ctx, ['events', 'data']))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const timestamp = str(o.timestamp);
      const origin = { origin: { file: ctx.display, line: rec.line }, ...(timestamp ? { timestamp } : {}) };
      b.seen(timestamp);
      const args = asRecord(o.args) ?? {};
      const meta = asRecord(o.tool_call_metadata);
      const action = str(o.action);
      const observation = str(o.observation);
      const source = str(o.source);
      if (action === 'message' || (action === 'finish' && source === 'agent')) {
        const text = str(args.content) ?? str(args.final_thought) ?? str(o.message) ?? '';
        if (!text.trim()) continue;
        b.push(source === 'user' ? { kind: 'user_prompt', text, ...origin } : { kind: 'assistant_text', text, ...origin });
      } else if (action && source === 'agent' && !['think', 'system', 'recall', 'change_agent_state'].includes(action)) {
        const callId = str(meta?.tool_call_id) ?? (o.id !== undefined ? String(o.id) : undefined);
        const name = str(meta?.function_name) ?? action;
        if (callId) toolNames.set(callId, name);
        b.push(toolCallEvent({ name, input: args, callId }, origin));
      } else if (observation && !['agent_state_changed', 'null', 'recall'].includes(observation)) {
        const callId = str(meta?.tool_call_id) ?? (o.cause !== undefined ? String(o.cause) : undefined);
        const toolName = callId ? toolNames.get(callId) : undefined;
        const text = str(o.content) ?? str(o.message) ?? '';
        // An error no call caused: the controller refused the agent's reply itself (a malformed or
        // unknown tool call it never ran), the way mini-swe-agent's harness answers a reply.
        if (observation === 'error' && callId === undefined) {
          b.push({ kind: 'environment_feedback', text, ...origin });
          continue;
        }
        if (observation === 'user_rejected') {
          b.push({ kind: 'permission_denial', text, ...(callId ? { callId } : {}), ...(toolName ? { toolName } : {}), ...origin });
          continue;
        }
        const extras = asRecord(o.extras);
        const metaExit = asRecord(extras?.metadata)?.exit_code ?? extras?.exit_code;
        const exitCode = typeof metaExit === 'number' && metaExit >= 0 ? metaExit : exitCodeFrom(text);
        const ok = observation !== 'error' && (exitCode === undefined || exitCode === 0);
        b.push(toolResultEvent({ ok, text, callId, toolName, exitCode }, origin));
      } else ignored.add(action ?? observation ?? 'unknown');
    }
  ignored.report(ctx);
  return [b];
}

export function readSweAgent(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('swe-agent', 'swe-agent-traj', ctx);
  const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, ['trajectory']);
  if (read === undefined) return [];
  let doc: Record<string, unknown> | undefined;
  try {
    doc = asRecord(documentValue(read));
  } catch {
    // Truncated: the trajectory steps that are complete are still read below.
  }
  const history = Array.isArray(doc?.history) ? doc.history : [];
  const firstUser = history.map(asRecord).find((m) => m?.role === 'user');
  const prompt = firstUser ? (str(firstUser.content) ?? '') : '';
  // The harness's instance template (third-party issue text, or a demonstration of another task): nobody's words.
  if (prompt) b.push({ kind: 'user_prompt', text: prompt, task: true, origin: { file: ctx.display, line: 1 } });
  b.model = str(asRecord(asRecord(doc?.info)?.model_stats)?.model) ?? str(asRecord(doc?.replay_config)?.model);
  let n = 0;
  for (const rec of documentRecords(read, ['trajectory'], ctx.issue)) {
    const step = asRecord(rec.value);
    if (!step) continue;
    const origin = { origin: { file: ctx.display, line: rec.line } };
    const thought = str(step.thought);
    if (thought?.trim()) b.push({ kind: 'assistant_text', text: thought, ...origin });
    const action = str(step.action)?.trim();
    if (!action) continue;
    const callId = `step-${n++}`;
    const name = /^[a-z_]+$/.test(action.split(/\s/, 1)[0]!) ? action.split(/\s/, 1)[0]! : 'bash';
    b.push({ kind: 'tool_call', name, input: { command: action }, command: action, callId, ...origin });
    const obs = str(step.observation) ?? '';
    const exitCode = exitCodeFrom(obs);
    const ok = exitCode !== undefined ? exitCode === 0 : !looksFailed(obs, { tool: name, command: action });
    b.push({ kind: 'tool_result', ok, text: obs, callId, toolName: name, ...(exitCode !== undefined ? { exitCode } : {}), ...origin });
  }
  return [b];
}
