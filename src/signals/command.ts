/**
 * A small shell-command model: enough to tell "the same command again" (a red-green loop) from
 * "a variant of the command" (the agent learned something about how to run it).
 */
import { segments, shellWords, withoutHeredocBodies } from './shell-words.js';
import { groupWords } from './command-groups.js';
import { PYTHON_M, pythonModuleOf, runnerOf } from './command-runners.js';
import { takesValue } from './value-flags.js';
import { freeTextOption, type FreeTextContext } from './free-text.js';

export interface CommandShape {
  /** The segment of the command line that was analysed, verbatim. */
  readonly segment: string;
  readonly env: readonly string[];
  readonly program: string;
  /** Subcommand words that identify what runs (git push, npm run build, make lint). */
  readonly sub: readonly string[];
  /** Flags, with `--flag=value` reduced to `--flag=value` kept whole (values matter for fixes). */
  readonly flags: readonly string[];
  /** Remaining positional arguments (paths, branch names, test selections). */
  readonly args: readonly string[];
  /**
   * Setup segments the command ran behind (`cd web`, `source .venv/bin/activate`): part of how it runs.
   * Always present (empty when none) so every shape has one hidden class: the miners' hot functions
   * were re-optimised each time a shape with setup followed shapes without.
   */
  readonly setup: readonly string[];
  /**
   * The runner the program ran through (`uv run`, `npx`, `bundle exec`): it finds the program in the project's
   * environment, so `uv run pytest` working after `pytest` failed is a fix, though the program is the same.
   */
  readonly via: readonly string[];
}

/** Prefixes that only say how or as whom the command runs; running as root is read from the segment (override.ts). */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'command', 'exec']);
/** Runners that run a program from the project's environment (its virtualenv, node_modules, bundle). */
const RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
/** Shell grammar before a command only says when it runs (`do eslint $f`, `if grep -q x f`, `! git diff --quiet`). */
const LEADING_KEYWORDS = new Set(['do', 'then', 'else', 'elif', 'if', 'while', 'until', '!', '{']);
/**
 * Shell grammar that runs nothing itself: a loop or branch header (`for f in *.ts`, cmd's `for /f ... do x`,
 * PowerShell's `foreach`) or a closer. Read as a program it would be a tool the agent "used".
 */
const HEADER_KEYWORDS = new Set(['for', 'foreach', 'case', 'select', 'function', 'in', 'done', 'fi', 'esac', '}']);
const SKIP_SEGMENT = /^(cd|pushd|popd|source|\.|echo|printf|set|true|false|sleep|clear|ls|pwd|cat|head|tail|grep|wc|tee|sort)$/;
/** Programs whose subcommand is part of what a command is (`git push` is not `git pull`); memory-refs.ts knows them as programs too. */
export const MULTI_WORD = new Set([
  'git',
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'cargo',
  'go',
  'mix',
  'docker',
  'kubectl',
  'gh',
  'make',
  'bd',
  'uv',
  'pip',
  'pip3',
  'poetry',
  'deno',
  'dotnet',
  'bundle',
  'rake',
  'rails',
  'terraform',
  'composer',
  'gradle',
  'mvn',
  // The wrappers a project checks in run the same tool: `./gradlew test` is not `./gradlew assembleDebug`.
  'gradlew',
  'mvnw',
  'adb',
]);
/**
 * Program names that are no English word, which a rule names as it would in a code span: "Don't use sudo", "Never use
 * yarn". Not "go", "make", "mix", "bundle", "rake", "rails": "Don't go", "Never make it" are English.
 */
export const NAMED_PROGRAMS: ReadonlySet<string> = new Set([
  ...[...MULTI_WORD].filter((p) => !/^(?:go|make|mix|bundle|rake|rails)$/.test(p)),
  'sudo',
  'doas',
  'npx',
  'pnpx',
  'bunx',
]);
const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);

export const ENV_ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
export const REDIRECT = /^(\d?>>?|&>|<|\d?>&\d)/;

export function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/**
 * A setup segment that changes where or how the next command runs (`cd web`, `source .venv/bin/activate`).
 * An absolute `cd` is the session's own checkout, not something another session could repeat.
 */
function setupOf(words: string[]): string | undefined {
  const [program, target] = words;
  if (!target || words.length !== 2) return undefined;
  if ((program === 'cd' || program === 'pushd') && !/^([/~$]|\.\.?$)/.test(target)) return `cd ${target}`;
  if (program === 'source' || program === '.') return `source ${target}`;
  return undefined;
}

/**
 * The positions in `rest` (the words after the program) that are the value of the option before them, by the
 * program's or its runner's grammar (value-flags.ts). Most commands have no option that takes one: an empty set.
 */
function valuePositions(program: string, via: readonly string[], rest: readonly string[]): ReadonlySet<number> {
  let values: Set<number> | undefined;
  let owners: string[] | undefined;
  for (let k = 0; k < rest.length - 1; k++) {
    const w = rest[k] ?? '';
    if (!w.startsWith('-') || w.length < 2) continue;
    owners ??= [program, ...via.map((v) => basename(v.split(' ')[0] ?? ''))];
    if (!takesValue(owners, w)) continue;
    (values ??= new Set()).add(k + 1);
    k++;
  }
  return values ?? NO_VALUES;
}
const NO_VALUES: ReadonlySet<number> = new Set();
/** An option's value that is itself a setting (`core.hooksPath=/dev/null`, `user.name=bot`). */
const SETTING = /^[A-Za-z][\w.-]*=/;

/**
 * The flags as a structural key holds them: a prose option's attached value is dropped (`--message=wip` is
 * `--message`, `-mwip` is `-m`, `-amwip` is `-am`; free-text.ts), so sessions that wrote other messages key alike.
 * Most flags carry no value.
 */
function withoutProse(flags: string[], c: FreeTextContext): string[] {
  if (!flags.some((f) => f.includes('=') || GLUED.test(f))) return flags;
  return flags.map((f) => proseCut(f, c));
}
/** A short option with more letters after it: a bundle (`-am`), or an option with its value glued on (`-mwip`). */
const GLUED = /^-[A-Za-z][^-]/;
function proseCut(flag: string, c: FreeTextContext): string {
  if (flag.includes('=') && !GLUED.test(flag)) return freeTextOption(c, flag) ?? flag;
  const option = freeTextOption(c, flag);
  if (!option || option.startsWith('--')) return flag;
  // git reads the rest of a bundle after its message option as the message: the flag ends with that option's letter.
  return flag.slice(0, flag.indexOf(option.slice(1), 1) + 1);
}

/** `words`: the segment's shell words without redirections. */
function parseWords(segment: string, words: string[], context: { exported: string[]; setup: string[] }): CommandShape | undefined {
  const { exported, setup } = context;
  const env: string[] = [...exported];
  while (words.length > 0 && ENV_ASSIGN.test(words[0] ?? '')) {
    env.push(words[0] ?? '');
    words = words.slice(1);
  }
  const via: string[] = [];
  while (words.length > 0 && (WRAPPERS.has(words[0] ?? '') || RUNNERS.has(words[0] ?? ''))) {
    if (RUNNERS.has(words[0] ?? '')) via.push(words[0] ?? '');
    words = words.slice(1);
    while (words.length > 0 && (ENV_ASSIGN.test(words[0] ?? '') || (words[0] ?? '').startsWith('-'))) {
      const w = words[0] ?? '';
      if (ENV_ASSIGN.test(w)) env.push(w);
      words = words.slice(1);
    }
  }
  if (words[0] === 'timeout') words = words.slice(2);
  const runner = runnerOf(words);
  if (runner) {
    via.push(runner.via);
    words = words.slice(runner.taken);
  }
  const python = pythonModuleOf(words);
  if (python) {
    via.push(python.via);
    words = words.slice(python.taken);
  }
  const first = words[0];
  if (!first) return undefined;
  const program = basename(first);
  const rest = words.slice(1);
  // The interpreter's options are how the module runs: a fix may be one (`python -W error -m pytest`).
  const flags: string[] = python ? [...python.options] : [];
  // An option's value is no subcommand: `git -C vendor status` runs `status` in vendor, `kubectl -n staging get pods`
  // runs `get`. Read as one, sessions in two folders were two habits (`git vendor`, `git api`) and a fix pairing
  // `git status` with `git -C vendor status` was never seen. Values stay arguments.
  const values = valuePositions(program, via, rest);
  /** Positions in `rest` of the words that are no option. */
  const at: number[] = [];
  rest.forEach((w, k) => {
    if (!(w.startsWith('-') && w.length > 1 && !values.has(k))) at.push(k);
    // A setting given for this one run (`git -c core.hooksPath=/dev/null commit`) is part of how it runs: the flag
    // carries it, so a fix or an override (override.ts) is told by the setting, not by `-c` alone.
    else flags.push(values.has(k + 1) && SETTING.test(rest[k + 1] ?? '') ? `${w}=${rest[k + 1] ?? ''}` : w);
  });
  const verbs = values.size === 0 ? at : at.filter((k) => !values.has(k));
  const taken = new Set<number>();
  if (MULTI_WORD.has(program) && verbs.length > 0) {
    taken.add(verbs[0] ?? 0);
    const s0 = rest[verbs[0] ?? 0];
    if (SCRIPT_RUNNERS.has(program) && (s0 === 'run' || s0 === 'run-script') && verbs.length > 1) taken.add(verbs[1] ?? 0);
  }
  const sub = [...taken].map((k) => rest[k] ?? '');
  // The verb after a command group is a subcommand too (`docker compose up`): command-groups.ts. Options whose values
  // the grammar tables know are left out with them (`docker compose -f ci.yml up` runs `up`).
  const group = groupWords(program, sub, values.size === 0 ? rest : rest.filter((_, k) => !values.has(k) && !values.has(k + 1)));
  for (const k of verbs.filter((k) => !taken.has(k)).slice(0, group.taken)) taken.add(k);
  const positional = at.filter((k) => !taken.has(k)).map((k) => rest[k] ?? '');
  // Most commands are in no group: their words stand as read.
  const grouped = group.taken > 0;
  const subs = grouped ? [...sub, ...group.words] : sub;
  return {
    segment,
    env,
    program,
    sub: subs,
    flags: withoutProse(flags, { program, verb: subs[0] ?? positional[0] }),
    args: positional,
    setup: [...setup],
    via,
  };
}

/** A segment whose program is followed straight by an option (`git -C app commit`): the only ones it can apply to. */
const OPTION_AFTER_PROGRAM = /(?:^|[;&|\n])\s*(?:sudo\s+)?[\w./-]+\s+--?[A-Za-z]/;

/**
 * What a command line ran, named without the options that stood between its program and subcommand (`git commit`
 * for `git -C app commit -m fix`): a lesson names a gate or habit by its family, and a guard that trusts only the words
 * as they ran would not know `git commit` ran. Empty when every family stands in the line as it is.
 */
export function familiesBehindOptions(line: string): string[] {
  if (!OPTION_AFTER_PROGRAM.test(line)) return [];
  return parseCommands(line)
    .filter((shape) => shape.sub.length > 0)
    .map((shape) => [shape.program, ...shape.sub].join(' '))
    .filter((family) => !line.includes(family));
}

/** Parse the first substantive segment of a command line. Returns undefined for empty input. */
export function parseCommand(line: string): CommandShape | undefined {
  return parseAll(line, true)[0];
}

/**
 * Every substantive segment of a command line, in order (`git add x && git commit -m m` is two).
 * Setup segments (`cd web`, `source .venv/bin/activate`) are not returned themselves: they ride on
 * the segments that follow them.
 */
export function parseCommands(line: string): readonly CommandShape[] {
  return parseAll(line, false);
}

/*
 * No memo of lines: session 19 kept the shapes of the last 2,048 lines (7-12% fewer bytes allocated), but the shapes
 * it held lived long enough to be promoted and then died when it was emptied, which raised a 10k pass's peak RSS by
 * 15-20 MB with no CPU gain measured (bench/incremental.bench.ts, interleaved). Shapes stay young garbage; what is
 * made from one shape several times (its display, its token set) is remembered by shape, weakly.
 */

function parseAll(line: string, firstOnly: boolean): CommandShape[] {
  const segs = segments(withoutHeredocBodies(line).replace(/\\\n/g, ' '));
  let exported: string[] = [];
  const setup: string[] = [];
  const out: CommandShape[] = [];
  for (const segment of segs) {
    let words = shellWords(segment).filter((w) => !REDIRECT.test(w) && w !== '/dev/null');
    while (words.length > 0 && LEADING_KEYWORDS.has(words[0] ?? '')) words = words.slice(1);
    if (HEADER_KEYWORDS.has(words[0] ?? '')) continue;
    if (words[0] === 'export') {
      exported = exported.concat(words.slice(1).filter((w) => ENV_ASSIGN.test(w)));
      continue;
    }
    if (SKIP_SEGMENT.test(basename(words[0] ?? '')) && segs.length > 1) {
      const s = setupOf(words);
      if (s) setup.push(s);
      continue;
    }
    const shape = parseWords(segment, words, { exported, setup });
    if (!shape) continue;
    out.push(shape);
    if (firstOnly) break;
  }
  return out;
}

/** Subcommands of npm/yarn/pnpm/bun that are not package scripts. */
export const RUNNER_BUILTINS =
  /^(install|i|add|remove|rm|ci|exec|dlx|x|create|init|publish|link|update|up|upgrade|outdated|why|list|ls|audit|pack|version|config|cache|login|logout|info|view|global|workspace|workspaces|setup|help|run|run-script|test|start|stop|restart)$/;

/**
 * The command family: program plus its subcommand (`git push`, `npm run`, `pytest`), and the verb after a
 * command group (`docker compose up`, `aws s3 cp`: command-groups.ts).
 * Make targets and bare-named scripts (`yarn build`) are what varies within a family, not the family.
 */
export function commandFamily(shape: CommandShape): string {
  if (shape.program === 'make') return 'make';
  const s0 = shape.sub[0];
  if (s0 && SCRIPT_RUNNERS.has(shape.program)) {
    if (s0 === 'run' || s0 === 'run-script') return `${shape.program} ${s0}`;
    if (shape.program !== 'npm' && !RUNNER_BUILTINS.test(s0)) return `${shape.program} run`;
  }
  // Asked for every shape the miners see: most have no subcommand, and those need no array.
  return shape.sub.length === 0 ? shape.program : `${shape.program} ${shape.sub.join(' ')}`;
}

/** Whether `python -m` is what a structural diff changed: the runner was added or dropped. */
export const changesPythonM = (d: { added: readonly string[]; removed: readonly string[] } | undefined): boolean =>
  !!d && [...d.added, ...d.removed].includes(`via:${PYTHON_M}`);

/** Everything that shapes how the command runs, without the positional selection. */
export function structuralTokens(shape: CommandShape): string[] {
  // Setup, runners, env, subcommands, flags, in that order: pushed into one array, as every pair of steps is diffed.
  const out: string[] = [];
  for (const x of shape.setup) out.push(`setup:${x}`);
  for (const x of shape.via) out.push(`via:${x}`);
  for (const e of shape.env) out.push(`env:${e}`);
  for (const s of shape.sub) out.push(`sub:${s}`);
  for (const f of shape.flags) out.push(`flag:${f}`);
  return out;
}

/**
 * structuralTokens as a set, by shape: a failure is compared with each later command of its family (fix-search.ts)
 * and diffed with its fix, so the same shapes' tokens were built again for every pair. A shape is read-only, so its set cannot go stale; weak, so it
 * goes with its shape.
 */
const tokenSets = new WeakMap<CommandShape, ReadonlySet<string>>();
export function structuralTokenSet(shape: CommandShape): ReadonlySet<string> {
  let set = tokenSets.get(shape);
  if (!set) tokenSets.set(shape, (set = new Set(structuralTokens(shape))));
  return set;
}

/** Tokens added and removed going from a to b (structure only); empty when only arguments changed. */
export function structuralDiff(a: CommandShape, b: CommandShape): { added: string[]; removed: string[] } {
  const ta = structuralTokenSet(a);
  const tb = structuralTokenSet(b);
  return {
    added: [...tb].filter((t) => !ta.has(t)).sort(),
    removed: [...ta].filter((t) => !tb.has(t)).sort(),
  };
}

/** The shape without its volatile arguments, as the agent would write it in memory. */
export function commandCore(shape: CommandShape): string {
  return [...shape.env, shape.program, ...shape.sub, ...shape.flags].join(' ');
}

const TEST_PROGRAMS = /^(pytest|py\.test|jest|vitest|mocha|rspec|phpunit|tox|nox|ava|karma|playwright|cypress)$/;

export function isTestCommand(shape: CommandShape): boolean {
  if (TEST_PROGRAMS.test(shape.program)) return true;
  const s0 = shape.sub[0] ?? '';
  const s1 = shape.sub[1] ?? '';
  if (s0 === 'test' || s0 === 't') return true;
  return (s0 === 'run' || s0 === 'run-script') && /^test/.test(s1);
}

/** Output of a failing test run (assertions), as opposed to the command itself not working. */
export function looksLikeTestFailure(output: string): boolean {
  const envError =
    /(ModuleNotFoundError|ImportError|command not found|Missing script|No such file|not recognized|unknown (option|command|flag)|ENOENT|Cannot find module|no tests ran|unrecognized arguments)/i;
  if (envError.test(output)) return false;
  return /(\b\d+ (failed|failing|failures?)\b|AssertionError|assert(ion)? ?(failed|error)|\bexpected\b.*\b(received|got|to (be|equal))|✕|^FAIL\b|\b\d+\) test )/im.test(
    output,
  );
}
