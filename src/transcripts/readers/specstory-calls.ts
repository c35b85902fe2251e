/**
 * What a SpecStory call's parts say, whichever layout wrote them: the input it carries (under the key the signals
 * read for a command, a searched pattern or a read file), and whether its output shows it failed. SpecStory writes no
 * error flag, so failure is read from the output as the agent itself saw it.
 */
import { exitCodeFrom } from '../builder.js';
import { looksFailed, passedByRunner } from '../looks-failed.js';
import type { OutputProducer } from '../shows-text.js';
import { opensAsHarnessVerdict } from './claude-messages.js';
import { TERMINAL_FAILED, echoesCommand, inlineCode, unescapeEntities, type Fence } from './specstory-markup.js';
import { opensWithTerminalFailure, terminalFailsAfterFirstLine } from './specstory-terminal.js';

/** Tool failures Claude Code reports in words only; the rest is caught by exit codes and looksFailed. */
const FAILED_RESULT =
  /^(?:<tool_use_error>|File has (?:been unexpectedly modified|not been read yet)|Command timed out|InputValidationError|String to replace not found)/;
/** The item of a Copilot input list that names what the call acts on, first found wins. */
const INPUT_SUBJECT = ['command', 'query', 'filePath', 'path', 'pattern', 'url'];
const READ_TOOL = /^(?:read|read_file|view|view_file|cat)$/i;
const SEARCH_TOOL = /^(?:grep|glob|search|find|codebase_search|grep_search|file_search|search_file_content)$/i;
/** A search's inputs as SpecStory's Claude Code export labels them: " path `./src` pattern `TODO` include `*.ts`". */
const LABELLED_INPUT = /(?:^|\s)(path|pattern|include) `([^`]*)`/g;
/** A fence that holds a command line: Cursor writes its terminal commands as ```bash, also on Windows. */
const COMMAND_FENCE = /^\s*`{3,}\s*(?:bash|sh|shell|zsh|console|powershell|pwsh|ps1|cmd|bat)\s*$/i;
const SHELL_TOOL = /^(?:bash|shell|shell_command|exec_command|run_command|run_shell_command|run_terminal_cmd|local_shell)$/i;

export interface Tool {
  name: string;
  type: string;
  line: number;
  /** v2.1 element (ends at </tool-use>) or old plain text (ends at its result or at other text). */
  element: boolean;
  summaryCommand?: string;
  body: string[];
  /** The next fence is the tool's input ("Input:"), not its result. */
  inputNext: boolean;
  input?: string;
  result?: ToolOutput;
  /** Plain layout: "Result:" or "Error:" was seen, the next fence is the result. */
  awaitingResult: boolean;
  /** Plain layout: the result was labelled "Error:", SpecStory's own mark of a failed call. */
  errorLabel?: boolean;
  /** Plain layout: the header line carried the input ("Tool use: **exec_command** `ls`"), so a fence right after is the result. */
  inlineInHeader?: boolean;
  /** Plain layout: backticks in the input lines so far. */
  ticks: number;
  /**
   * Cursor: the input is a command fence, so a bare fence after it is the terminal's output, which states no exit
   * code and is judged as a terminal's (terminalOutputFailed).
   */
  commandFence?: boolean;
  /**
   * VS Code Copilot's v2.1 layout: "**Input:**", then "- key: `value`" items, a long value ("- newString:") in
   * the fence after its key. Copilot's export writes no results, so none of these fences is one.
   */
  inputList?: { values: Map<string, string>; pendingKey?: string; closed?: boolean };
}

/** A call's output; `error` when SpecStory labelled it "Error:" rather than "Result:". */
export interface ToolOutput {
  text: string;
  line: number;
  error?: boolean;
}

/** `producer`: what printed the text, so a search's or a viewer's output is not judged as its verdict (showsText). */
function resultFailed(text: string, producer: OutputProducer): { failed: boolean; exitCode?: number } {
  const exitCode = exitCodeFrom(text);
  if (exitCode !== undefined) return { failed: exitCode !== 0, exitCode };
  const head = text.trimStart();
  // SpecStory writes no error flag: a rejection or interrupt the harness wrote is told by its wording. A head a test
  // runner's passing tally follows is the tests' log.
  return { failed: FAILED_RESULT.test(head) || opensAsHarnessVerdict(head) || (looksFailed(head, producer) && !passedByRunner(head)) };
}

/** What a Copilot input list says the call acts on (`command`, `query`, `filePath`, ...), if it has a list. */
function listSubject(tool: Tool): string | undefined {
  const values = tool.inputList?.values;
  if (!values) return undefined;
  for (const key of INPUT_SUBJECT) if (values.has(key)) return values.get(key);
  return undefined;
}

/** A shell call's first fence, opened as a command fence, is its command (Cursor writes no "Input:" label). */
export function commandFenceFirst(tool: Tool, f: Fence): boolean {
  const shell = tool.type === 'shell' || SHELL_TOOL.test(tool.name);
  return shell && tool.input === undefined && tool.result === undefined && COMMAND_FENCE.test(f.open);
}

/** A terminal's output without its first line when that line echoes the command; entities read as characters. */
function afterEcho(text: string, command: string): string {
  const plain = unescapeEntities(text);
  const nl = plain.indexOf('\n');
  const first = nl < 0 ? plain : plain.slice(0, nl);
  return echoesCommand(first, command) ? (nl < 0 ? '' : plain.slice(nl + 1)) : plain;
}

/**
 * A search's labelled inputs, each under its own name, when the export labels them (formatGrepTool writes the folder
 * searched before the pattern, so the first inline code is the folder, not what was sought).
 */
function labelledSearch(body: string): Record<string, string> | undefined {
  const found: Record<string, string> = {};
  for (const m of body.matchAll(LABELLED_INPUT)) found[m[1]!] ??= m[2]!;
  return found.pattern !== undefined || found.path !== undefined ? found : undefined;
}

/** A call's input, with the command line or subject its parts name, and whether it runs a shell. */
export function callInput(t: Tool): { input: Record<string, string>; code: string | undefined; shell: boolean } {
  const body = t.body.join('\n').trim();
  const labelled = t.type === 'search' || SEARCH_TOOL.test(t.name) ? labelledSearch(body) : undefined;
  if (labelled) return { input: labelled, code: labelled.pattern ?? labelled.path, shell: false };
  const code = t.summaryCommand ?? listSubject(t) ?? inlineCode(body) ?? t.input;
  const description = code !== undefined ? body.slice(0, Math.max(0, body.indexOf('`'))).trim() : body;
  const shell = t.type === 'shell' || SHELL_TOOL.test(t.name);
  const input: Record<string, string> = {};
  const key = shell
    ? 'command'
    : t.type === 'search' || SEARCH_TOOL.test(t.name)
      ? 'pattern'
      : t.type === 'read' || READ_TOOL.test(t.name)
        ? 'file_path'
        : 'input';
  if (code !== undefined) input[key] = code;
  if (description && shell) input.description = description;
  return { input, code, shell };
}

/**
 * Whether a Cursor terminal's output (`out`, after its echo of `command`) shows the run failed, in every layout: the
 * export keeps no exit code, so a failure line at the start of any output line counts (terminalFailsAfterFirstLine).
 */
export function terminalOutputFailed(command: string, out: string): boolean {
  return resultFailed(out, { command }).failed || opensWithTerminalFailure(out) || terminalFailsAfterFirstLine(command, out);
}

/** What outputVerdict needs of the call: its tool, whether it runs a shell, its command line, whether it is Cursor's terminal. */
export interface VerdictCall {
  tool: string;
  shell: boolean;
  code: string | undefined;
  /** Cursor's terminal (its command in a command fence): output with no exit code, judged line by line. */
  terminal?: boolean;
}

/** Whether a call's output shows it failed, and the exit code it states; a shell's judged after its echo of `code`. */
export function outputVerdict(result: ToolOutput, { tool, shell, code, terminal }: VerdictCall): { failed: boolean; exitCode?: number } {
  // Cursor's terminal output opens with the prompt and the command ("$ cd app &amp;&amp; npm test"), so
  // a failure is judged on what follows it, as in the older layout's terminal echo.
  const judgedText = shell && code !== undefined ? afterEcho(result.text, code) : result.text;
  const judged = resultFailed(judgedText, { tool, command: shell ? code : undefined });
  // Only Cursor's terminal is judged past the first line: another agent's shell result states its exit code when
  // it failed, so output without one (a passing run) may print error lines that are not its verdict.
  const terminalFailed =
    shell &&
    judged.exitCode === undefined &&
    (terminal && code !== undefined ? terminalOutputFailed(code, judgedText) : TERMINAL_FAILED.test(judgedText.trimStart()));
  // "Error:" is the export's own structure, so it settles failure whatever the text says.
  const failed = result.error === true || judged.failed || terminalFailed;
  return judged.exitCode !== undefined ? { failed, exitCode: judged.exitCode } : { failed };
}
