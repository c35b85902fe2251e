/**
 * The lines of a SpecStory call, in both layouts: a v2.1 `<tool-use>` element (its summary, its input label or
 * list, its body, up to `</tool-use>`), and the older plain "Tool use: **Bash**" header with its inline-code input
 * lines, then "Result:" or "Error:" before the result's fence. The fences themselves are routed by the reader.
 */
import type { Tool } from './specstory-calls.js';
import { cursorSummaryInput, inlineCode, type FenceTracker } from './specstory-markup.js';

const TOOL_ELEMENT = /^<tool-use\b[^>]*\bdata-tool-name="([^"]*)"/;
const TOOL_TYPE = /\bdata-tool-type="([^"]*)"/;
const PLAIN_TOOL = /^Tool use: \*\*([^*]+)\*\*\s*(.*)$/;
const SUMMARY = /<summary>Tool use: \*\*([^*]+)\*\*\s*(.*?)<\/summary>/;
const INPUT_LABEL = /^\s*Input\b[^:`]{0,20}:\s*(`{3,}|~{3,})?\s*$/;
const INPUT_LIST_LABEL = /^\s*\*\*Input:\*\*\s*$/;
/** Claude Code's v2.1 exports put "**Result:**" after the input list: the fence after it is the result. */
const RESULT_AFTER_LIST = /^\s*\*\*Result:\*\*\s*$/;
const INPUT_ITEM = /^- ([A-Za-z_][\w.-]*):\s*(.*)$/;
/** The plain layout's label before a call's output fence. */
export const RESULT_LABEL = /^(Result|Error):\s*$/;

/** The command a summary names, in backticks or after Cursor's "Run command:". */
function summaryCommand(rest: string): string | undefined {
  return inlineCode(rest) ?? cursorSummaryInput(rest);
}

/** A call opened by a `<tool-use>` element's first line; `closed` when that line closes it too. */
export function elementTool(line: string, lineNo: number): { tool: Tool; closed: boolean } | undefined {
  const el = TOOL_ELEMENT.exec(line);
  if (!el) return undefined;
  const tool: Tool = {
    name: el[1]!,
    type: TOOL_TYPE.exec(line)?.[1] ?? 'unknown',
    line: lineNo,
    element: true,
    body: [],
    inputNext: false,
    awaitingResult: false,
    ticks: 0,
  };
  // Codex through SpecStory v2.0 writes a call whose input and output it did not keep on one line, element
  // closed and all. Left open, the call would swallow every turn after it, the user's included, up to the
  // next element's end, and take that element's output as its own.
  if (!line.includes('</tool-use>')) return { tool, closed: false };
  const s = SUMMARY.exec(line);
  const cmd = s ? summaryCommand(s[2]!) : undefined;
  if (cmd !== undefined) tool.summaryCommand = cmd;
  return { tool, closed: true };
}

/** A line inside an open element: 'closed' at `</tool-use>`, else read into the call. */
export function elementLine(tool: Tool, line: string, lineNo: number, fences: FenceTracker): 'closed' | undefined {
  if (line.includes('</tool-use>')) return 'closed';
  const s = SUMMARY.exec(line);
  if (s) {
    const cmd = summaryCommand(s[2]!);
    if (cmd !== undefined) tool.summaryCommand = cmd;
  } else if (/<\/summary>\s*$/.test(line)) {
    // The tail of a summary that spans lines (a multi-line command); the command fence follows.
    return undefined;
  } else if (INPUT_LIST_LABEL.test(line)) {
    tool.inputList = { values: new Map() };
  } else if (tool.inputList && RESULT_AFTER_LIST.test(line)) {
    tool.inputList.closed = true;
  } else if (tool.inputList && !tool.inputList.closed && INPUT_ITEM.test(line)) {
    const [, key, rest] = INPUT_ITEM.exec(line)!;
    const value = inlineCode(rest!.trim());
    if (value !== undefined) tool.inputList.values.set(key!, value);
    else if (!rest!.trim()) tool.inputList.pendingKey = key!;
  } else if (INPUT_LABEL.test(line)) {
    tool.inputNext = true;
    // "Input (truncated): ```" opens its fence on the label's own line.
    const marker = INPUT_LABEL.exec(line)![1];
    if (marker) fences.feed(marker, lineNo);
  } else if (!/^\s*<\/?(?:details|summary)>/.test(line)) tool.body.push(line);
  return undefined;
}

/** A call opened by the plain layout's "Tool use: **name**" header, its input inline when the header carries it. */
export function plainTool(line: string, lineNo: number): Tool | undefined {
  const plain = PLAIN_TOOL.exec(line);
  if (!plain) return undefined;
  const tool: Tool = {
    name: plain[1]!.trim(),
    type: 'unknown',
    line: lineNo,
    element: false,
    body: [],
    inputNext: false,
    awaitingResult: false,
    ticks: 0,
  };
  const rest = plain[2]!.trim();
  tool.inlineInHeader = inlineCode(rest) !== undefined;
  if (rest) {
    tool.body.push(rest);
    tool.ticks += rest.split('`').length - 1;
  }
  return tool;
}

/**
 * A line after a plain call's header: inline-code input lines, "Result:", then a fence; false when the line is
 * anything else, which ends the call.
 */
export function plainToolLine(tool: Tool, line: string): boolean {
  if (!line.trim()) return true;
  const label = RESULT_LABEL.exec(line);
  if (label) {
    tool.awaitingResult = true;
    if (label[1] === 'Error') tool.errorLabel = true;
    return true;
  }
  // An inline-code input may span lines (a quoted newline in a command): odd backticks so far mean it is open.
  if (!tool.awaitingResult && (line.startsWith('`') || tool.ticks % 2 === 1)) {
    tool.body.push(line);
    tool.ticks += line.split('`').length - 1;
    return true;
  }
  return false;
}
