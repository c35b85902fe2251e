/**
 * Whether a tool's output is text it showed (a file, a log, search matches, history) rather than its own verdict on
 * a run. Told by structure, by what printed it: the tool, or the program a shell command line ran. A log's
 * "src/a.ts(3,5): error TS2322" printed by `tail -50 ci.log` is the log's line; printed by `tsc` it is the verdict.
 */

/** What printed an output: the tool, and the command line a shell-like tool ran. */
export interface OutputProducer {
  tool?: string | undefined;
  command?: string | undefined;
}

/**
 * Programs that print what a file or a log holds, or what matched a search: `cat`, pagers, `head` and `tail`,
 * `sed -n`, the greps, PowerShell's Get-Content and Select-String, Windows' findstr, journalctl. When they fail they
 * say so under their own name ("cat: a.log: No such file or directory"), never with an "error:" or "fatal:" of
 * their own.
 */
const PLAIN_VIEWER =
  /^(?:cat|zcat|tac|head|tail|less|more|bat|batcat|nl|sed|grep|egrep|fgrep|zgrep|rg|ag|ack|type|Get-Content|gc|Select-String|sls|findstr|journalctl)$/i;

/**
 * Viewers that word their own failures as a verdict ("fatal: bad revision", docker's "Error response from daemon"):
 * git's views of history and files, the container tools' log printers.
 */
const VOICED_VIEWER = /^(?:git (?:log|show|diff|grep|blame|reflog)|(?:docker|podman|kubectl|oc) logs)$/i;

/**
 * Tools that read a file, list a folder or search (Claude Code's Read, Grep, Glob; Gemini CLI's read_file and
 * search_file_content; Cursor's grep_search and codebase_search; Cline's search_files; opencode's read; SWE-agent's
 * open, goto, scroll and search commands), compared without case, "_" or "-".
 */
const VIEWER_TOOL =
  /^(?:read|readfile|readmanyfiles|view|viewfile|cat|open|openfile|goto|scrollup|scrolldown|searchfile|searchdir|searchfiles|searchfilecontent|find|findfile|search|grep|grepsearch|codebasesearch|filesearch|glob|ls|list|listdir|listdirectory|listfiles)$/;

/** Steps that print nothing of their own when they work, so the output that follows is the next step's. */
const QUIET_STEP = /^(?:cd|pushd|popd|export|set|unset|source|\.|true|:|Set-Location|sl)$/i;

/** Tools that carry a shell command line; another tool's `command` field names a subcommand (an editor's "view"). */
const EDITOR_VIEW = /^(?:str_replace_editor|str_replace_based_edit_tool|edit_file|file_editor)$/i;

/**
 * How the output `producer` printed is text it showed or found rather than a verdict on a run: `plain`, a program
 * that names itself when it fails (so an "error:" line at the head is the file's); `voiced`, a viewer that says
 * "error:"/"fatal:" when it fails itself (git's viewers, a read or search tool answered by its harness, "Error:
 * file not found"); undefined, a run whose output is its verdict.
 */
export function showsText(producer: OutputProducer): 'plain' | 'voiced' | undefined {
  const command = producer.command?.trim();
  if (producer.tool && EDITOR_VIEW.test(producer.tool)) return command === 'view' ? 'voiced' : undefined;
  const ran = command ? commandShows(command) : undefined;
  if (ran) return ran;
  // A tool of the harness's own (Read, read_file, SWE-agent's `open`): its harness words its failures.
  const tool = producer.tool?.toLowerCase().replace(/[_-]/g, '');
  return tool && VIEWER_TOOL.test(tool) ? 'voiced' : undefined;
}

/**
 * The head of the output is the first step's that prints anything, and in a pipeline the first stage's, which the
 * others filter (`npm run build 2>&1 | tail -30` shows the build's verdict, `cat ci.log | grep error` the log).
 */
function commandShows(command: string): 'plain' | 'voiced' | undefined {
  for (const step of command.split(/&&|\|\||;|\n/)) {
    const program = stepProgram(step);
    if (!program || QUIET_STEP.test(program)) continue;
    return PLAIN_VIEWER.test(program) ? 'plain' : VOICED_VIEWER.test(program) ? 'voiced' : undefined;
  }
  return undefined;
}

/** Whether any step of a command line shows text (its later lines may then be a file's, whatever they say). */
export function someStepShowsText(command: string): boolean {
  return command.split(/&&|\|\||;|\n/).some((step) => {
    const program = stepProgram(step);
    return PLAIN_VIEWER.test(program) || VOICED_VIEWER.test(program);
  });
}

/**
 * A step's program as its pipeline's first stage runs it, past environment assignments and wrappers, with the
 * subcommand of git and the container tools: "git log", "docker logs", "cat", "npm".
 */
function stepProgram(step: string): string {
  const stage = step.split('|', 1)[0]!;
  const words = stage.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && (/^[A-Za-z_]\w*=/.test(words[i]!) || /^(?:sudo|time|command|nohup|env)$/.test(words[i]!))) i++;
  const program = (words[i] ?? '').replace(/^.*[\\/]/, '');
  if (!/^(?:git|docker|podman|kubectl|oc)$/.test(program)) return program;
  // The subcommand: the first word that is no option nor an option's value (`git -C app log`, `git --no-pager show`).
  for (let j = i + 1; j < words.length; j++) {
    const w = words[j]!;
    if (/^-[Cc]$/.test(w)) j++;
    else if (!w.startsWith('-')) return `${program} ${w}`;
  }
  return program;
}
