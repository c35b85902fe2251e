/**
 * Failure -> resolution episodes. A failing step, the next success of the same intent, and what ran
 * in between: that is where a lesson hides (a prerequisite command, a setup prefix, another tool), or
 * where it is shown there was none (the agent edited code until the command passed: a red-green loop).
 *
 * Everything here is decided from structure: which tool ran, with which arguments, whether it
 * succeeded, whether files changed in between. Tool output only ever *selects* among commands that
 * actually ran; no sentence of it is carried into a lesson.
 */
import type { HookBlockEvent, SessionEvent, ToolCallEvent, ToolResultEvent } from '../model/index.js';
import { commandFamily, parseCommands, type CommandShape } from './command.js';
import { segments, shellWords } from './shell-words.js';
import { EDIT_TOOL, patchedFiles } from './tool-files.js';
import { escapeRegExp } from './normalize.js';
import { changesOnce } from './one-time-changes.js';

export interface Step {
  call: ToolCallEvent;
  /** The tool result, or the hook block that answered the call instead. */
  outcome: ToolResultEvent | HookBlockEvent;
  ok: boolean;
  /** A hook refused the call (the harness says so structurally: a hook_block event answering the call). */
  hook: boolean;
  text: string;
  /** Every command of a shell call, in order; empty for other tools. */
  shapes: readonly CommandShape[];
  /** The call changes files (an editor tool, `sed -i`, a redirect into a file...). */
  edit: boolean;
}

const stepKeys = new WeakMap<Step, string>();
/**
 * The step's whitespace-normalised command line: identity for "the same command again". Worked out when a miner
 * compares a failed step (most steps never are), once a step: squeezing every step's command, a heredoc's whole
 * file among them, was 3% of mining the real corpus.
 */
export function stepKey(step: Step): string {
  let key = stepKeys.get(step);
  if (key === undefined) stepKeys.set(step, (key = (step.call.command ?? '').replace(/\s+/g, ' ').trim()));
  return key;
}

/** Shell commands that change files in place. */
const EDIT_PROGRAM = /^(sed|perl|patch|apply_patch|tee|touch|cp|mv|git)$/;
/** SWE-agent's editing commands, typed into its shell (`edit 3:5 ... end_of_edit`, `create repro.py`). */
const AGENT_EDIT_COMMAND = /^(edit|create|insert|append|str_replace|end_of_edit|str_replace_editor)$/;

export const isAgentEditCommand = (s: CommandShape) => AGENT_EDIT_COMMAND.test(s.program);
/** A redirect into a file (not `2>&1`, not /dev/null). */
const WRITE_REDIRECT = /(?:^|[^\d&>])>>?\s*(?!&|\/dev\/null)[\w./~-]+/;

function inputPath(input: unknown): string | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const o = input as Record<string, unknown>;
  const p = o.file_path ?? o.path ?? o.filename ?? o.notebook_path;
  return typeof p === 'string' ? p : undefined;
}

function isEditCommand(line: string, shapes: readonly CommandShape[]): boolean {
  if (shapes.some((s) => AGENT_EDIT_COMMAND.test(s.program) || (EDIT_PROGRAM.test(s.program) && editsInPlace(s)))) return true;
  // Outside quotes only: `echo "a > b"` writes nothing.
  return WRITE_REDIRECT.test(line.replace(/"[^"]*"|'[^']*'/g, ''));
}

function editsInPlace(s: CommandShape): boolean {
  switch (s.program) {
    case 'sed':
    case 'perl':
      return s.flags.some((f) => /^-(i|pi|[a-z]*i)|^--in-place\b/.test(f));
    case 'git':
      return /^(apply|checkout|restore|stash|am|cherry-pick|revert|reset)$/.test(s.sub[0] ?? '');
    default:
      return true;
  }
}

/** Is this tool call an edit (a file changes), from its tool name and input alone? */
function isEditCall(call: ToolCallEvent, shapes: readonly CommandShape[] = []): boolean {
  if (call.command !== undefined) return isEditCommand(call.command, shapes);
  if (!EDIT_TOOL.test(call.name)) return false;
  const sub = (call.input as Record<string, unknown> | undefined)?.command;
  return sub !== 'view';
}

/** The names a session had come across before a call (namedIn), asked one at a time. */
export type KnownNames = Pick<ReadonlySet<string>, 'has'>;

/**
 * Files and folders a call created or wrote, by base name: the agent's own scripts and scratch trees.
 * `known` holds the names the session had already come across (namedIn): a parent folder `mkdir -p`
 * passes through is counted as made only when it is not one of them.
 */
export function writtenFiles(call: ToolCallEvent, known: KnownNames = new Set()): string[] {
  // Codex's apply_patch, as its own tool or through the shell: the files it adds (those it updates were the project's).
  const added = patchedFiles(call.command ?? call.input).flatMap((f) => (f.op === 'Add' ? [baseName(f.path)] : []));
  if (call.command === undefined) {
    // Created whole (Write, `create`), not edited: an edited file was the project's before.
    const sub = (call.input as Record<string, unknown> | undefined)?.command;
    const creates = /^(write|create_file|write_file)$/i.test(call.name) || sub === 'create';
    const p = creates ? inputPath(call.input) : undefined;
    return p ? [baseName(p), ...added] : added;
  }
  const out: string[] = added;
  // Without a '>' there is no redirection to find (most commands; some carry a whole file's heredoc).
  const redirects = call.command.includes('>') ? call.command.replace(/"[^"]*"|'[^']*'/g, '') : '';
  for (const m of redirects.matchAll(/(?:^|[^\d&>])>>?\s*([\w./~-]+)/g)) {
    if (m[1] && m[1] !== '/dev/null') out.push(baseName(m[1]));
  }
  if (!mayWrite(call.command)) return out;
  for (const seg of segments(call.command)) {
    const program = shellWords(seg, 1)[0] ?? '';
    if (program === 'mkdir') out.push(...madeDirs(shellWords(seg).slice(1), known));
    if (program === 'cp' || program === 'ln') out.push(...copyMade(shellWords(seg).slice(1), known));
    if (!WRITES.has(program)) continue;
    const w = shellWords(seg);
    if (w.length > 1)
      out.push(
        ...w
          .slice(1)
          .filter((x) => !x.startsWith('-'))
          .map(baseName),
      );
  }
  return out;
}

/**
 * The folders `mkdir` made, by name. `mkdir -p scratch/a scratch/b` makes `scratch` too when it was not
 * there, which the command does not say: a parent the session never named before counts as made, so a run
 * of the whole `scratch` tree is the agent's own, while `tests` in `mkdir -p tests/unit`, listed or read
 * earlier, stays the project's.
 */
function madeDirs(words: readonly string[], known: KnownNames): string[] {
  const out: string[] = [];
  for (const w of words) {
    // `-m 755`'s mode is no folder.
    if (w.startsWith('-') || /^\d+$/.test(w)) continue;
    const parts = w.split('/').filter((x) => x && x !== '.' && x !== '..' && x !== '~');
    const last = parts.pop();
    if (!last) continue;
    if (!w.startsWith('/') && !w.startsWith('~')) out.push(...parts.filter((x) => !known.has(x)));
    out.push(last);
  }
  return out;
}

/**
 * What `cp` or `ln` made, by name: the target when it is a new name (`cp -r tests/cases scratch`, `ln -s ../x
 * link`). Names are compared by base name only, so a copy that keeps its source's name (`cp tests/test_a.py /tmp/`,
 * `cp a.py b/a.py`) is not counted: the project's file of that name would pass for the agent's. Nor is a target the
 * session had come across before (`tests`, listed earlier): what lands in it, or over it, is not the agent's.
 */
function copyMade(words: readonly string[], known: KnownNames): string[] {
  const ops = words.filter((w) => !w.startsWith('-'));
  if (ops.length !== 2 || words.some((w) => /^(-t|--target-directory)/.test(w))) return [];
  const [source = '', target = ''] = ops;
  const name = baseName(target.replace(/\/+$/, ''));
  if (target.endsWith('/') || !name || name === '.' || name === '..' || known.has(name)) return [];
  return name === baseName(source.replace(/\/+$/, '')) ? [] : [name];
}

/** Programs whose output lists the names of files and folders. */
const LISTS = /^(ls|find|tree|fd|git)$/;
const NAME = /[^\s/'"`=:;,&|()<>[\]{}*]+/g;

/**
 * The names of files and folders a call mentioned or listed (its command's words, its input's path, a
 * listing's first 4000 characters): what the session had come across before a `mkdir -p` named them.
 */
export function namedIn(step: Pick<Step, 'call' | 'shapes' | 'text'>): string[] {
  const out: string[] = [...((step.call.command ?? inputPath(step.call.input) ?? '').match(NAME) ?? [])];
  if (step.shapes.some((s) => LISTS.test(s.program))) out.push(...(step.text.slice(0, 4000).match(NAME) ?? []));
  return out;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
/** Programs whose arguments are the files they write. */
const WRITES = new Set(['touch', 'tee', 'create']);
/** The programs writtenFiles reads the words of: mkdir, cp, ln and WRITES. */
const WRITER_NAME = /mkdir|cp|ln|touch|tee|create/;
/**
 * Whether a segment of the command may start with one of those programs: one of their names stands in its text,
 * or does once its quote characters are taken out (shellWords joins `"mk"dir` into `mkdir`, and no name holds a
 * quote). Most commands hold none, and cutting each into segments and words to find no such program was most of
 * writtenFiles' time.
 */
const mayWrite = (command: string): boolean =>
  WRITER_NAME.test(command) || (QUOTE.test(command) && WRITER_NAME.test(command.replace(QUOTES, '')));
const QUOTE = /["']/;
const QUOTES = /["']/g;

/** Tool calls paired with what answered them (a result or a hook block), in the order they were answered. */
export function sessionSteps(events: readonly SessionEvent[]): Step[] {
  const calls = new Map<string, ToolCallEvent>();
  const pending: ToolCallEvent[] = [];
  const steps: Step[] = [];
  for (const e of events) {
    if (e.kind === 'tool_call') {
      if (e.callId) calls.set(e.callId, e);
      pending.push(e);
      continue;
    }
    // A hook's complaint after its call ran (followUp) is no answer: the call's result is, counted once.
    if (e.kind !== 'tool_result' && !(e.kind === 'hook_block' && e.callId && !e.followUp)) continue;
    const call = e.callId ? calls.get(e.callId) : pending[pending.length - 1];
    if (!call) continue;
    const i = pending.indexOf(call);
    if (i >= 0) pending.splice(i, 1);
    if (e.kind === 'tool_result' && e.cascade) continue;
    const shapes = call.command !== undefined ? parseCommands(call.command) : [];
    const hook = e.kind === 'hook_block';
    steps.push({
      call,
      outcome: e,
      ok: e.kind === 'tool_result' ? e.ok : false,
      hook,
      text: e.text,
      shapes,
      edit: isEditCall(call, shapes),
    });
  }
  return steps;
}

/** Commands that gate work rather than do it: their failure after code edits can only be a check refusing. */
const GATE = /^git (commit|push)$/;

/** The command a step is about: a gate when the chain has one (`git add x && git commit`), else its first. */
export function principal(step: Pick<Step, 'shapes'>): CommandShape | undefined {
  return step.shapes.find((s) => GATE.test(commandFamily(s))) ?? step.shapes[0];
}

/** Programs that print nothing when they work: their output, if any, is their failure. */
const QUIET_WRITER = /^(touch|mkdir|cp|mv|ln|rm|chmod|chown|truncate)$/;
/** Programs that only write a file when their output is redirected into one (`cat > f <<EOF`). */
const REDIRECTED_WRITER = /^(cat|echo|printf)$/;

export function quietWrite(shape: CommandShape): boolean {
  if (QUIET_WRITER.test(shape.program)) return true;
  if (shape.program === 'sed' || shape.program === 'perl') return editsInPlace(shape);
  return REDIRECTED_WRITER.test(shape.program) && WRITE_REDIRECT.test(shape.segment.replace(/"[^"]*"|'[^']*'/g, ''));
}

/** Does the output carry an error of this program's own (`sed: -e expression #1...`, `mkdir: cannot create...`)? */
function namesItself(text: string, shape: CommandShape): boolean {
  const head = text.slice(0, 4000);
  const program = escapeRegExp(shape.program);
  const own = new RegExp(String.raw`(?:^|\n|\\n)\s*(?:[\w./-]*/)?${program}:`);
  if (own.test(head)) return true;
  // A redirect into a file that cannot be written fails in the shell, which names the file.
  const target = /(?:^|[^\d&>])>>?\s*([\w./~-]+)/.exec(shape.segment.replace(/"[^"]*"|'[^']*'/g, ''))?.[1];
  return !!target && REDIRECTED_WRITER.test(shape.program) && head.includes(`${target}: `);
}

/**
 * The command a step's outcome belongs to. A chain that starts with quiet file writes (`sed -i ... &&
 * python repro.py`, `cat > t.py <<EOF` then `python t.py`) succeeded or failed as its later command
 * did, unless the output is a write's own error: blaming the `sed -i` for the script's traceback
 * would teach a "fix" to a command that worked.
 */
export function actingShape(step: Pick<Step, 'shapes' | 'text'>): CommandShape | undefined {
  const { shapes } = step;
  for (let k = 0; k < shapes.length - 1; k++) {
    const s = shapes[k] as CommandShape;
    if (!quietWrite(s) || namesItself(step.text, s)) return s;
  }
  return shapes[shapes.length - 1];
}

export function isGate(shape: CommandShape): boolean {
  return GATE.test(commandFamily(shape));
}

/** Commands that only look: running them changes nothing another command could need. */
const LOOK_PROGRAM =
  /^(ls|cat|nl|bat|tac|od|xxd|hexdump|strings|column|head|tail|less|more|grep|egrep|fgrep|rg|ag|ack|find|fd|tree|wc|stat|file|du|df|ps|pgrep|top|which|whereis|type|command|echo|printf|pwd|date|whoami|uname|env|printenv|sleep|true|false|test|\[|\[\[|diff|cmp|sort|uniq|cut|awk|jq|yq|xargs|curl|wget|open|code|history|clear|man|read|sed)$/;
/**
 * Per program, its subcommands that only look.
 * A Map, as every table asked with a transcript's or memory's words: an object answers a name it lacks from
 * its prototype (`constructor`).
 */
const LOOK_SUB: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({
    git: /^(status|log|diff|show|branch|ls-files|rev-parse|remote|fetch|blame|grep|describe|shortlog|reflog|config|cat-file|ls-tree|tag|worktree)$/,
    gh: /^(pr|issue|run|repo|api|browse|view|status)$/,
    docker: /^(ps|images|logs|inspect)$/,
    kubectl: /^(get|describe|logs)$/,
  }),
);

/**
 * onlyLooks by shape: a failure's resolution asks it of every command in the window after it, so the
 * same shape is asked up to a window's worth of times, and each answer splits its segment into words.
 */
const looks = new WeakMap<CommandShape, boolean>();

/** Does this command only look (list, read, search, report status)? */
export function onlyLooks(shape: CommandShape): boolean {
  let answer = looks.get(shape);
  if (answer === undefined) looks.set(shape, (answer = looksOnly(shape)));
  return answer;
}

function looksOnly(shape: CommandShape): boolean {
  // A project script named by path (`bin/test`, `./scripts/check`) is not the builtin of that name.
  const word = shellWords(shape.segment).find((w) => baseName(w) === shape.program);
  if (word?.includes('/')) return false;
  // `sed -i` and `find -delete` change files: the program's name alone does not say it only looks.
  if ((shape.program === 'sed' || shape.program === 'perl') && editsInPlace(shape)) return false;
  if (shape.program === 'find' && shape.flags.some((f) => /^-(delete|exec|execdir|ok|okdir|fprint\w*)$/.test(f))) return false;
  if (LOOK_PROGRAM.test(shape.program)) return true;
  const sub = LOOK_SUB.get(shape.program);
  if (sub && sub.test(shape.sub[0] ?? '')) return true;
  // `mix help`, `npm view`, `cargo --version`: asking, not doing.
  if (/^(help|--help|-h|--version|-V|version|info|view|list|ls|outdated|why)$/.test(shape.sub[0] ?? '')) return true;
  // The verb after a command group lists or shows (`docker context ls`, `git stash list`, `kubectl config view`,
  // `poetry env info`); a script runner's next word is a script of the project's (`npm run list`), which may do anything.
  // A known group's verb is a subcommand (command-groups.ts); another's is still the first argument.
  const verb = shape.sub.length > 1 ? shape.sub[shape.sub.length - 1] : shape.args[0];
  if (shape.sub[0] && !SCRIPT_RUNNER_SUB.test(shape.sub[0]) && GROUP_LOOK_VERB.test(verb ?? '')) return true;
  if (listsTasks(shape)) return true;
  return shape.flags.some((f) => f === '--help' || f === '--version');
}

const GROUP_LOOK_VERB = /^(ls|list|show|inspect|view|info|help|version|ps|logs)$/;
const SCRIPT_RUNNER_SUB = /^(run|run-script|exec|x|dlx|script|task)$/;
/** Package managers whose script runner, given no script, prints the scripts it has (`npm run`, `deno task`). */
const LISTING_RUNNER: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({ npm: /^(run|run-script)$/, yarn: /^run$/, pnpm: /^run$/, bun: /^run$/, deno: /^task$/ }),
);
/** Task runners' flag that prints their tasks instead of running one (`just --list`, `rake -T`). */
const LIST_FLAG: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({
    just: /^(-l|--list|--summary)$/,
    task: /^(-l|--list|-a|--list-all)$/,
    rake: /^(-T|--tasks|-W|--where)$/,
    cargo: /^--list$/,
    composer: /^--list$/,
  }),
);

/**
 * A task runner asked what it can run: the script runner with no script (`npm run` prints the package's scripts,
 * as npm's own "Missing script" error advises) or a listing flag. Nothing ran, so it is never the working form of
 * a script that failed (`npm run typecheck` missing, then `npm run` to see what there is).
 */
function listsTasks(shape: CommandShape): boolean {
  const listFlag = LIST_FLAG.get(shape.program);
  if (listFlag && shape.flags.some((f) => listFlag.test(f))) return true;
  const runner = LISTING_RUNNER.get(shape.program);
  return !!runner && shape.sub.length === 1 && runner.test(shape.sub[0] ?? '') && shape.args.length === 0;
}

export interface Resolution {
  /** Index of the next successful step of the same intent, or -1. */
  retry: number;
  /** Files changed between the failure and that retry. */
  edited: boolean;
  /** Commands that ran and succeeded in between and that do something (not only look). */
  between: { step: Step; shape: CommandShape }[];
}

/** Steps between failure and retry considered at most: a resolution is close to its failure. */
const EPISODE_WINDOW = 60;

/**
 * What happened between the failure at `i` and the next success of the same intent. `sameIntent`
 * decides what counts as "the same again" (the same command line, or the same gate).
 */
export function resolve(steps: readonly Step[], i: number, sameIntent: (s: Step) => boolean, window = EPISODE_WINDOW): Resolution {
  const failed = steps[i];
  const fam = failed ? principal(failed) : undefined;
  const between: Resolution['between'] = [];
  let edited = false;
  const end = Math.min(steps.length, i + 1 + window);
  for (let j = i + 1; j < end; j++) {
    const s = steps[j] as Step;
    if (s.ok && sameIntent(s)) return { retry: j, edited, between };
    if (s.edit) edited = true;
    if (!s.ok) continue;
    for (const shape of s.shapes) {
      // A command that only looked, or made a change done once (one-time-changes.ts), is no step the failed one needed.
      if (onlyLooks(shape) || (fam && commandFamily(shape) === commandFamily(fam)) || changesOnce(shape)) continue;
      between.push({ step: s, shape });
    }
  }
  return { retry: -1, edited, between };
}

/**
 * The word that names what a command does: the subcommand of a multi-word tool (`mix credo` ->
 * credo, `pnpm run lint` -> lint), else the program (`createdb`).
 */
function distinctiveWord(shape: CommandShape): string {
  // A group's verb names it (`go mod tidy` -> tidy) unless too short to find alone (`docker compose up` -> compose);
  // a script's name (`npm run db`) is the script's whatever its length.
  const n = shape.sub.length;
  const group = n > 1 && !/^(run|run-script)$/.test(shape.sub[0] ?? '') && (shape.sub[n - 1] ?? '').length < 3;
  const last = shape.sub[group ? n - 2 : n - 1];
  return (last && !/^(run|run-script|exec|x)$/.test(last) ? last : shape.program).toLowerCase();
}

/**
 * Does the failure output name this command's distinctive word, standing alone (not inside a path
 * or file name)? `[CREDO]` and `Run 'mix format'` name credo and format; `test/foo_test.exs` names no test.
 */
export function namedBy(output: string, shape: CommandShape): boolean {
  const word = distinctiveWord(shape);
  if (word.length < 3) return false;
  const re = new RegExp(`(^|[^\\w/.-])${escapeRegExp(word)}(?=$|[^\\w/.])`, 'im');
  return re.test(output.slice(0, 20_000));
}
