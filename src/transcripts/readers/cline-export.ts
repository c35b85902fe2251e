/**
 * The Markdown that Cline's "Export task" button writes (Roo Code's and Kilo Code's too): the task's API
 * messages, each as a "**User:**" or "**Assistant:**" line, a blank line and its blocks joined by
 * newlines, with a "---" rule between messages. Text blocks are written as they are, so the export holds
 * the API history's messages and cline-conversation.ts reads them under the same trust rules. Two
 * generations of tool calls:
 * - XML in the reply (`<execute_command><command>…`), answered by `[execute_command for '…'] Result:`
 *   blocks in the next user message (Roo Code's reads as `<read_file><args><file>…`);
 * - native tool use, written as "[Tool Use: name]" and its input as "Key: value" lines, answered in
 *   order by "[Tool]" or "[Tool (Error)]" blocks.
 *
 * Nothing is escaped: a reply or a tool's output can hold a rule, a blank line and "**User:**" that
 * cannot be told from a message break, nor can the environment snapshot the harness appends to the first
 * message (a running terminal's output). So only the first message vouches for the person's words; in
 * every later user message they are unverified (UserPromptEvent), as in the other Markdown readers.
 */
import { SessionBuilder, fileSessionId, type EventPlace } from '../builder.js';
import { readLines } from '../lines.js';
import { IgnoredTypes, unreadableLine, type ReaderContext } from './context.js';
import { CLINE_IGNORED, clineConversation } from './cline-conversation.js';
import { KeptLines } from './kept-lines.js';

/** The export's opening, as detection checks it: the first message is the task the person typed. */
export const CLINE_EXPORT_START = /^\*\*User:\*\*[ \t]*\r?\n[ \t]*\r?\n[ \t]*<(?:task|user_message)>/;
const HEADER = /^\*\*(User|Assistant):\*\*$/;
const TOOL_USE = /^\[Tool Use: ([\w.:-]{1,100})\]$/;
const TOOL_ANSWER = /^\[Tool( \(Error\))?\]$/;
/** The export writes a block type it does not know as this line; it holds nothing. */
const UNKNOWN_BLOCK = /^\[Unexpected content type: [^\]]*\]$/;
/** A line that opens an XML-era result block (cline-conversation.ts checks the whole header). */
const RESULT_START = /^\[[a-z_]+(?:\]| for ')/;
/** A native input's "Key: value" line: the export capitalises each key of the tool's input. */
const INPUT_KEY = /^([A-Z][A-Za-z_]{0,40}): ?(.*)$/;

/**
 * A message being read: its blocks close as its lines stream, each block's lines kept as their head and tail
 * (kept-lines.ts), so a tool's output of a million lines is not held whole. A block opens at a call's "[Tool Use:
 * …]" (the assistant's), at a "[Tool]" answer, an XML-era result's header or the environment snapshot (the user's).
 */
interface Message {
  role: 'User' | 'Assistant';
  line: number;
  place: EventPlace;
  unverified: boolean;
  blocks: Block[];
  /** The block whose lines are arriving: a call's input, an answer's output, or text. */
  open: { call?: string; answer?: { id: string | undefined; error: boolean }; lines: KeptLines };
  /** A line that is not blank has come: the blank lines before it are the layout's. */
  begun: boolean;
}

type Block = { type: 'text'; text: string } | Record<string, unknown>;

/** A native call's input from its "Key: value" lines; a line with no key continues the value before it. */
function nativeInput(lines: readonly string[]): Record<string, string> {
  const input: Record<string, string> = {};
  let key: string | undefined;
  for (const l of lines) {
    const m = INPUT_KEY.exec(l);
    if (m) {
      key = m[1]!.toLowerCase();
      input[key] = m[2]!;
    } else if (key !== undefined) input[key] += `\n${l}`;
  }
  return input;
}

export function readClineExport(ctx: ReaderContext): SessionBuilder[] {
  const b = new SessionBuilder('cline', 'cline-export-md', ctx);
  b.id = fileSessionId(ctx.display);
  const { assistant, user } = clineConversation(b, new IgnoredTypes(CLINE_IGNORED));
  /** Native calls not yet answered, in order: "[Tool]" answers carry no id, so they pair by position. */
  let unanswered: string[] = [];
  let calls = 0;
  /** Any message after the first may be text the first one's environment snapshot, a reply or a tool printed. */
  let later = false;

  /** The open block becomes one of the message's blocks. */
  const close = (m: Message): void => {
    const { call, answer, lines } = m.open;
    if (call !== undefined) {
      const id = `md-${++calls}`;
      unanswered.push(id);
      m.blocks.push({ type: 'tool_use', id, name: call, input: nativeInput(lines.lines()) });
    } else if (answer) m.blocks.push({ type: 'tool_result', tool_use_id: answer.id, content: lines.join('\n'), is_error: answer.error });
    else {
      const text = lines.join('\n');
      if (text.trim()) m.blocks.push({ type: 'text', text });
    }
    m.open = { lines: new KeptLines() };
  };

  const open = (role: Message['role'], line: number): Message => {
    const unverified = later;
    later = true;
    if (role === 'Assistant') unanswered = [];
    return {
      role,
      line,
      place: { origin: { file: ctx.display, line } },
      unverified,
      blocks: [],
      open: { lines: new KeptLines() },
      begun: false,
    };
  };

  /** A line of the message: it opens a block, or it is the open block's. */
  const messageLine = (m: Message, l: string, at: number): void => {
    if (!m.begun && l.trim() === '') return;
    m.begun = true;
    if (m.role === 'Assistant') {
      const use = TOOL_USE.exec(l);
      if (use) {
        close(m);
        m.open = { call: use[1]!, lines: new KeptLines() };
      } else if (!UNKNOWN_BLOCK.test(l)) m.open.lines.push(l);
      return;
    }
    const answer = TOOL_ANSWER.exec(l);
    if (answer) {
      close(m);
      const id = unanswered.shift();
      if (id === undefined) ctx.issue(at, 'a "[Tool]" result with no "[Tool Use: …]" call before it');
      m.open = { answer: { id, error: answer[1] !== undefined }, lines: new KeptLines() };
    } else if (RESULT_START.test(l) || /^\s*<environment_details>/.test(l)) {
      close(m);
      m.open.lines.push(l);
    } else m.open.lines.push(l);
  };

  const read = (m: Message): void => {
    // The rule that opened the next message is not this message's text, nor the blank lines around it.
    m.open.lines.trimEnd((l) => /^(?:---)?$/.test(l.trim()));
    close(m);
    if (m.role === 'Assistant') assistant(m.blocks, m.place);
    else user(m.blocks, m.place, m.unverified);
  };

  let message: Message | undefined;
  // The last two lines seen, to know a header follows "---" and a blank line.
  let prev1: string | undefined;
  let prev2: string | undefined;
  let wrote = false;
  for (const l of readLines(ctx.file, ctx.lineOpts)) {
    if (unreadableLine(ctx, l)) continue;
    const line = l.text.replace(/\r$/, '').replace(/^\uFEFF/, '');
    const header = HEADER.exec(line.trimEnd());
    // The first header opens the file (after blank lines only); every later one follows a rule and a blank line.
    if (header && (message === undefined ? !wrote : prev2?.trim() === '---' && prev1?.trim() === '')) {
      if (message) read(message);
      message = open(header[1] as Message['role'], l.line);
    } else if (message) messageLine(message, line, l.line);
    wrote ||= line.trim() !== '';
    prev2 = prev1;
    prev1 = line;
  }
  if (message) read(message);
  return b.events.length > 0 ? [b] : [];
}
