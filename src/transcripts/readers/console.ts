/**
 * Text copied from the Claude Code terminal UI: `> ` opens a user prompt, `⏺ ` an assistant
 * message or a tool call (`⏺ Bash(npm test)`), `⎿ ` a tool's result. The UI shows only the start
 * of long output ("… +12 lines"), so every event is marked lower fidelity.
 */
import { SessionBuilder, exitCodeFrom, looksFailed } from '../builder.js';
import { readLineBatches } from '../lines.js';
import { ClaudeMessages } from './claude-messages.js';
import type { ReaderContext } from './context.js';

/** A tool call as the UI draws it: a tool name (Bash, Update, mcp__server__tool) then its argument in parentheses. */
const CALL = /^([A-Z][\w-]*|mcp__[\w-]+)\(([\s\S]*)\)$/;
const MARKER = /^(?:(>) |(⏺) ?|\s*(⎿) ?)/u;
/** Console failures the UI prints in words: "Error: …", a non-zero exit, a rejection. */
const FAILED = /^(?:Error\b|Exit code [1-9]|Interrupted by user|User rejected|No such file|Command timed out)/;

interface Block {
  kind: 'user' | 'assistant' | 'result';
  line: number;
  lines: string[];
}

export function readConsole(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('claude-code', 'claude-code-console', ctx.display);
  b.marks.lowFidelity = true;
  const msgs = new ClaudeMessages(b, ctx.display);
  let block: Block | undefined;
  let lastCall: { id: string; name: string } | undefined;
  let calls = 0;

  const flush = (): void => {
    if (!block) return;
    const bl = block;
    block = undefined;
    const text = bl.lines.join('\n').trim();
    if (!text) return;
    const w = { line: bl.line };
    if (bl.kind === 'user') {
      msgs.userText(text, w);
      lastCall = undefined;
      return;
    }
    if (bl.kind === 'result') {
      if (!lastCall) return;
      // "Interrupted", "User rejected" and the like read the same as in a transcript, so the same classifier applies.
      const body = text.replace(/^Interrupted by user\b.*/, '[Request interrupted by user]');
      const failed = (exitCodeFrom(body) ?? 0) !== 0 || FAILED.test(body) || looksFailed(body);
      msgs.toolResult({ tool_use_id: lastCall.id, content: body, is_error: failed }, w);
      lastCall = undefined;
      return;
    }
    const call = CALL.exec(text.replace(/\s*\n\s*/g, ' '));
    if (call && !call[2]!.includes('\n')) {
      const id = `console-${++calls}`;
      const name = call[1]!;
      const arg = call[2]!.trim();
      const input = /^(?:Bash|Shell)$/.test(name) ? { command: arg } : { input: arg };
      msgs.assistant({ content: [{ type: 'tool_use', id, name, input }] }, w);
      lastCall = { id, name };
      return;
    }
    b.push({ kind: 'assistant_text', text, origin: { file: ctx.display, line: bl.line } });
    lastCall = undefined;
  };

  for (const batch of readLineBatches(ctx.file, ctx.lineOpts))
    for (const l of batch) {
      if ('problem' in l) {
        ctx.issue(l.line, l.problem === 'too-long' ? 'line exceeds the line cap; skipped' : `${l.problem}; line skipped`);
        continue;
      }
      const line = l.text.replace(/\s+$/, '');
      const m = MARKER.exec(line);
      if (m) {
        flush();
        block = { kind: m[1] ? 'user' : m[2] ? 'assistant' : 'result', line: l.line, lines: [line.slice(m[0].length)] };
        continue;
      }
      if (!block) continue;
      // Continuations are indented; a blank line may sit inside a message. Anything else (a box, a
      // spinner line) ends the block.
      if (line === '' || /^\s/.test(line)) block.lines.push(line.trim());
      else flush();
    }
  flush();
  return [b];
}
