/**
 * Text copied from the Claude Code terminal UI, in both generations of its glyphs: a prompt opens with
 * `> ` (early versions) or `❯ ` (later ones), an assistant message or a tool call with `⏺ ` or `● `
 * (`● Bash(npm test)`), a tool's result with `⎿ `. The UI shows only the start of long output
 * ("… +12 lines"), so every event is marked lower fidelity.
 *
 * What the UI draws around a session is not part of it, and is told apart by where it sits: lines
 * before the welcome banner (the shell prompt that started `claude`), the input box at the bottom
 * (between two rules: a placeholder, never sent), and a custom slash command's expansion, which the UI
 * prints as a second prompt right under the command although the user typed only the command.
 */
import { SessionBuilder, exitCodeFrom } from '../builder.js';
import { looksFailed } from '../looks-failed.js';
import { readLineBatches } from '../lines.js';
import { ClaudeMessages } from './claude-messages.js';
import { unreadableLine, type ReaderContext } from './context.js';
import { ConsoleGroup, EXPAND_HINT, groupCalls } from './console-groups.js';
import { KeptLines } from './kept-lines.js';

/**
 * A tool call as the UI draws it: a tool name (Bash, Update, Web Search, mcp__server__tool), a plugin's agent
 * (`superpowers:code-reviewer`) or an MCP tool as later versions draw it (`github - create_issue (MCP)`), then its
 * argument in parentheses, and after them the model a subagent runs on when it is not the session's ("Haiku 4.5").
 */
const CALL =
  /^([A-Z][\w-]*(?: [A-Z][\w-]*)*|mcp__[\w-]+|[a-z][\w-]*:[a-z][\w-]*|[\w.-]+ - [\w.-]+ \(MCP\))\(([\s\S]*)\)(?: (?:Haiku|Sonnet|Opus)(?: \d+(?:\.\d+)?)?)?$/;
/** "github - create_issue (MCP)": the server and the tool, named as the session file names them (mcp__github__create_issue). */
const MCP_DRAWN = /^([\w.-]+) - ([\w.-]+) \(MCP\)$/;
/**
 * The UI's line for the person's answers to the agent's questions (the AskUserQuestion tool), its result under it
 * ("· <question> → <answer>"): a call and its result, as the session file records them, not the assistant's prose.
 */
const ANSWERED = /^User answered Claude's questions:$/;
const MARKER = /^(?:([>❯]) |([⏺●]) ?|\s*(⎿) ?)/u;
/** The welcome banner: "✻ Welcome to Claude Code!" in a box, or the block-glyph logo beside "Claude Code v2.1.39". */
const BANNER = /^[│|] ✻ Welcome to Claude Code\b|^\s*[\u2580-\u259f][\u2580-\u259f ]*Claude Code v\d+\.\d+/u;
/** A rule across the terminal at the first column: the input box's top or bottom edge. */
const RULE = /^[─━]{20,}$/;
/** Console failures the UI prints in words: "Error: …", a non-zero exit, a rejection. */
const FAILED = /^(?:Error\b|Exit code [1-9]|Interrupted\b|User rejected|Tool use rejected\b|No such file|Command timed out)/;
/**
 * Blocks held back until the banner shows whether they came before it. A capture without a banner (a
 * copied part of a session) is read from its first line once this many lines have gone by.
 */
const PRE_BANNER_LINES = 400;

interface Block {
  kind: 'user' | 'assistant' | 'result';
  line: number;
  lines: KeptLines;
}

export function readConsole(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('claude-code', 'claude-code-console', ctx);
  b.marks.lowFidelity = true;
  const msgs = new ClaudeMessages(b, ctx.display);
  let block: Block | undefined;
  /** The call a result line answers; its command line says what printed the result (showsText). */
  let lastCall: { id: string; name: string; command?: string } | undefined;
  /** A collapsed group line, held until the lines under it say whether they list its calls' inputs. */
  let group: ConsoleGroup | undefined;
  let calls = 0;
  /** The block just emitted was a prompt holding a slash command: a prompt right under it is its expansion. */
  let afterSlashCommand = false;
  /** Blocks read before any banner, and their lines; undefined once a banner was seen or the wait is over. */
  let preBanner: Block[] | undefined = [];
  let preBannerLines = 0;
  /** Inside the input box: nothing there was sent. */
  let inBox = false;

  /**
   * The held group's calls, each read or search answered with no outcome text (the group is drawn once they are
   * done, a failed one apart). Shell commands fold into the group whether they failed or not ("ran 2 shell commands"
   * over a `make` that was not installed): their outcome is unknown, so they are left unanswered.
   */
  const emitGroup = (): void => {
    if (!group) return;
    for (const { name, input } of group.calls()) {
      const id = `console-${++calls}`;
      msgs.assistant({ content: [{ type: 'tool_use', id, name, input }] }, group.where);
      if (name !== 'Bash') msgs.toolResult({ tool_use_id: id, content: '', is_error: false }, group.where);
    }
    group = undefined;
  };

  const emit = (bl: Block): void => {
    const text = bl.lines.join('\n').trim();
    if (!text) return;
    const w = { line: bl.line };
    // Lines under a group that draw its calls ("⎿  Read(src/a.ts)") are its inputs; anything else ends it.
    if (group && bl.kind === 'result' && group.lists(text, drawnCall)) return;
    emitGroup();
    const expansion = afterSlashCommand && bl.kind === 'user';
    afterSlashCommand = bl.kind === 'user' && !expansion && text.startsWith('/');
    if (bl.kind === 'user') {
      // The expansion is the command's own text: kept out like the isMeta line a transcript records for it.
      msgs.userText(text, w, expansion);
      lastCall = undefined;
      return;
    }
    if (bl.kind === 'result') {
      // Under no open call (a collapsed "Read 2 files" group, a result already shown) only the UI draws a
      // result line: there, "Interrupted" is the user stopping the agent, as a transcript records it.
      if (!lastCall) {
        if (/^Interrupted\b/.test(text)) msgs.userText('[Request interrupted by user]', w);
        return;
      }
      // "Interrupted", "User rejected" and the like read the same as in a transcript, so the same classifier applies.
      const body = text.replace(/^Interrupted\b.*/, '[Request interrupted by user]');
      const failed =
        (exitCodeFrom(body) ?? 0) !== 0 || FAILED.test(body) || looksFailed(body, { tool: lastCall.name, command: lastCall.command });
      msgs.toolResult({ tool_use_id: lastCall.id, content: body, is_error: failed }, w);
      lastCall = undefined;
      return;
    }
    const names = groupCalls(text);
    if (names) {
      // A failed call would be drawn apart, so none of the group failed. Nothing stays open, so "Interrupted" under
      // the group is the user stopping the agent.
      group = new ConsoleGroup(names, w);
      lastCall = undefined;
      return;
    }
    const call = ANSWERED.test(text) ? { name: 'AskUserQuestion', input: { input: '' } } : drawnCall(text);
    if (call) {
      const id = `console-${++calls}`;
      msgs.assistant({ content: [{ type: 'tool_use', id, name: call.name, input: call.input }] }, w);
      lastCall = { id, name: call.name, ...('command' in call.input ? { command: call.input.command } : {}) };
      return;
    }
    b.push({ kind: 'assistant_text', text, origin: { file: ctx.display, line: bl.line } });
    lastCall = undefined;
  };

  const emitPreBanner = (): void => {
    const held = preBanner ?? [];
    preBanner = undefined;
    held.forEach(emit);
  };

  /** A group line the UI drew unmarked, held until the next line says whether it stands alone. */
  let unmarked: { text: string; line: number } | undefined;
  /** The line before was blank: a group line with no hint must open its own paragraph. */
  let blankBefore = false;
  /** An unmarked group line ends the block above it and is read as a marked one is. */
  const startGroup = (g: { text: string; line: number }): void => {
    flush();
    block = { kind: 'assistant', line: g.line, lines: new KeptLines(g.text) };
    flush();
    blankBefore = false;
  };

  const flush = (): void => {
    if (!block) return;
    const bl = block;
    block = undefined;
    if (!preBanner) return emit(bl);
    preBanner.push(bl);
    preBannerLines += bl.lines.count;
    if (preBannerLines > PRE_BANNER_LINES) emitPreBanner();
  };

  for (const batch of readLineBatches(ctx.file, ctx.lineOpts))
    for (const l of batch) {
      if (unreadableLine(ctx, l)) continue;
      const line = l.text.trimEnd();
      if (preBanner && BANNER.test(line)) {
        // Everything so far was the shell that started Claude Code.
        block = undefined;
        preBanner = undefined;
        continue;
      }
      if (RULE.test(line)) {
        flush();
        inBox = !inBox;
        continue;
      }
      if (inBox) continue;
      const m = MARKER.exec(line);
      if (unmarked) {
        // A group line with no hint is one only when it stands alone between blank lines or before the next block.
        const alone = !!m || line === '' || !/^\s/.test(line);
        if (alone) startGroup(unmarked);
        else {
          block?.lines.push(unmarked.text);
          blankBefore = false;
        }
        unmarked = undefined;
      }
      if (m) {
        flush();
        block = { kind: m[1] ? 'user' : m[2] ? 'assistant' : 'result', line: l.line, lines: new KeptLines(line.slice(m[0].length)) };
        blankBefore = false;
        continue;
      }
      // Later 2.1 versions draw a group unmarked, at the margin or indented as a block's continuation, so it would
      // read as the end of the message above it. Only a whole group line counts: carrying the expand hint, or alone
      // in its paragraph at the block's end.
      // A tool's output sits deeper, under its "⎿".
      const names = /^ {0,2}\S/.test(line) ? groupCalls(line.trim()) : undefined;
      if (names && EXPAND_HINT.test(line)) {
        startGroup({ text: line.trim(), line: l.line });
        continue;
      }
      if (names && (blankBefore || !block)) {
        unmarked = { text: line.trim(), line: l.line };
        continue;
      }
      blankBefore = line === '';
      if (!block) continue;
      // Continuations are indented; a blank line may sit inside a message. Anything else (a box, a
      // spinner line) ends the block.
      if (line === '' || /^\s/.test(line)) block.lines.push(line.trim());
      else flush();
    }
  if (unmarked) startGroup(unmarked);
  flush();
  emitPreBanner();
  emitGroup();
  return [b];
}

/** A call as the UI draws it ("Bash(npm test)", "github - create_issue (MCP)(…)"), with its input as a transcript's. */
function drawnCall(text: string): { name: string; input: { command: string } | { input: string } } | undefined {
  // Joined only where there is a line to join: the pattern is tried at every space of the block.
  const call = CALL.exec(text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text);
  if (!call || call[2]!.includes('\n')) return undefined;
  const mcp = MCP_DRAWN.exec(call[1]!);
  const name = mcp ? `mcp__${mcp[1]}__${mcp[2]}` : call[1]!;
  const arg = call[2]!.trim();
  return { name, input: /^(?:Bash|Shell)$/.test(name) ? { command: arg } : { input: arg } };
}
