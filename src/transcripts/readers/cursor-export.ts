/**
 * Cursor's own "Export chat" markdown: a "# title" line, "_Exported on <date> from Cursor (x.y.z)_",
 * then turns, each opened by a "---" rule, a blank line and a "**User**" or "**Cursor**" line. The
 * export keeps the words only: no tool calls, no results, no per-turn times. A "---" or a bold
 * "**User**" inside a code fence is the reply's text, not a new turn; one the reply prints outside a fence
 * cannot be told from a turn, so user turns after the first reply are marked unverified.
 */
import { SessionBuilder, fileSessionId } from '../builder.js';
import { readLines } from '../lines.js';
import { unreadableLine, type ReaderContext } from './context.js';
import { withoutPlanHandoff } from './cursor-plan.js';
import { KeptLines } from './kept-lines.js';

/** The export's second line, as detection checks it too. */
export const CURSOR_EXPORT_STAMP = /^_Exported on .{1,80} from Cursor \([\d.]+\)_$/m;
const HEADER = /^\*\*(User|Cursor)\*\*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

export function readCursorExport(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('generic', 'cursor-export', ctx);
  b.id = fileSessionId(ctx.display);
  let turn: { who: 'User' | 'Cursor'; line: number; text: KeptLines } | undefined;
  // The last lines seen, to know a header follows "---" and a blank line.
  let prev1 = '';
  let prev2 = '';
  let fence: string | undefined;
  let replied = false;

  const flush = () => {
    if (!turn) return;
    // The rule that opened the next turn is not this turn's text.
    turn.text.trimEnd((l) => /^(?:---|\s*)$/.test(l));
    const said = turn.text.join('\n').trim();
    // Cursor's Plan-mode hand-off is the IDE's text in the person's turn (cursor-plan.ts).
    const text = turn.who === 'User' ? withoutPlanHandoff(said) : said;
    const origin = { file: ctx.display, line: turn.line };
    if (text && turn.who === 'Cursor') b.push({ kind: 'assistant_text', text, origin });
    // After the first reply, a "---", a blank line and "**User**" may be lines the model printed: the
    // export has no escaping, times or tool calls to tell them from a turn (see UserPromptEvent.unverified).
    else if (text) b.push({ kind: 'user_prompt', text, origin, ...(replied ? { unverified: true as const } : {}) });
    if (turn.who === 'Cursor') replied = true;
    turn = undefined;
  };

  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.trimEnd();
    const header = fence === undefined ? HEADER.exec(line) : null;
    if (header && prev2 === '---' && prev1 === '') {
      flush();
      turn = { who: header[1] as 'User' | 'Cursor', line: l.line, text: new KeptLines() };
    } else if (turn) {
      turn.text.push(line);
      const f = FENCE.exec(line);
      if (f) fence = fence === undefined ? f[1] : line.trim().startsWith(fence) ? undefined : fence;
    }
    prev2 = prev1;
    prev1 = line;
  }
  flush();
  return b.events.length > 0 ? [b] : [];
}
