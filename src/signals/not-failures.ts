/**
 * Non-zero exits that are not failures of the command: a search that found nothing, a comparison
 * that found a difference, removing what was already gone, and errors in code the agent wrote in
 * the same session. None of them says anything about how to run the command, so none may teach.
 */
import { isTestCommand, type CommandShape } from './command.js';
import { segments, shellWords } from './shell-words.js';
import { isAgentEditCommand } from './episodes.js';

/** Programs whose exit status 1 is an answer ("no match", "they differ", "not there"), not an error. */
const ANSWERING =
  /^(grep|egrep|fgrep|zgrep|rg|ag|ack|diff|cmp|test|\[|\[\[|which|whereis|type|pgrep|pidof|false|git-diff|git-grep|comm|jq)$/;
/** Programs that only print what they are given. */
const PRINTING = /^(echo|printf|head|tail|sort|uniq|wc|cut|cat|true|xargs|tr)$/;
/** Programs that fail on a missing path: looking whether something exists. */
const LOOKING = /^(ls|cat|head|tail|stat|file|less|more|wc|find|readlink|realpath|du|tree|grep|egrep|fgrep|zgrep|rg|ag|ack|nl|awk)$/;
/**
 * The shell could not enter a directory: bash's "cd: X: No such file or directory", zsh's "cd: no
 * such file or directory: X" (under Claude Code's eval: "(eval):cd:1: no such file or directory: X"),
 * dash's "can't cd to X". The agent's working directory was not what it assumed; the command after
 * the `cd` never ran, so its fix is only "be elsewhere".
 */
const CD_MISSED =
  /(?:^|\n)[^\n]{0,40}\bcd:(?:\d+:)? (?:([^\n]{1,200}): )?(?:no such file or directory|not a directory)\b(?:: *(\S+))?|\bcan't cd to (\S+)/i;

/** The directory a failed `cd` named, as the shell printed it ('' when it named none), or undefined when no `cd` failed. */
export function cdMissedDir(output: string): string | undefined {
  const m = CD_MISSED.exec(output.slice(0, 2000));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** Removing, killing or creating what is already in that state. */
const IDEMPOTENT_MISS =
  /\b(No such file or directory|cannot remove|does not exist|not found|No such process|File exists|already exists|no process found)\b/i;
const CLEANUP = /^(rm|rmdir|unlink|kill|pkill|killall|mkdir|ln|docker-rm)$/;
/**
 * Interpreters given the program text inline: a failure is in the agent's own code. A Map: every failed command's
 * program is asked, and an object answers a name it lacks from its prototype (`constructor`, `valueOf`).
 */
const INLINE_CODE: ReadonlyMap<string, RegExp> = new Map([
  ['python', /^-c$/],
  ['node', /^(-e|--eval|-p|--print)$/],
  ['ruby', /^-e$/],
  ['perl', /^-e$/],
  ['php', /^-r$/],
  ['elixir', /^-e$/],
  ['deno', /^eval$/],
]);
/** The interpreter itself could not run: that is about the environment, so it can teach. */
const ENVIRONMENT =
  /(command not found|not recognized as|No such file or directory:? ['"]?\S*(python|node|ruby)|is not installed|cannot execute)/i;

/**
 * Tools that take a pattern or a small program as an argument (a regex, a sed script, an awk or jq
 * program). When one rejects it, the agent's own text is malformed, as with inline code: rewriting it
 * is the whole fix (`grep -F` for a `[` taken as a bracket), so no flag or habit is learnt.
 */
const PATTERN_TOOL = /^(grep|egrep|fgrep|zgrep|rg|ag|ack|git-grep|sed|gsed|awk|gawk|mawk|nawk|jq|yq)$/;
/**
 * Their complaints about the pattern or program, never about an option or the machine: GNU and BSD regex
 * errors, ripgrep's "regex parse error", sed's `-e expression #1, char 5: ...` and BSD's "unterminated
 * substitute", awk's and jq's syntax and compile errors.
 */
const MALFORMED_PATTERN = new RegExp(
  [
    String.raw`Unmatched \\?[[({)]`,
    String.raw`Invalid (?:regular expression|preceding regular expression|range end|back reference|character class|character range|content of|regex)`,
    String.raw`[Tt]railing backslash`,
    String.raw`(?:brackets \(\[ ?\]\)|parentheses|braces) not balanced`,
    String.raw`repetition-operator operand invalid`,
    String.raw`regex parse error`,
    String.raw`Bad regex`,
    String.raw`-e expression #\d+, char \d+`,
    String.raw`unterminated (?:substitute|\x60s' command|regular expression)`,
    String.raw`unknown option to \x60s'`,
    String.raw`\b(?:syntax|compile) error`,
  ].join('|'),
);
const PATTERN_COMPLAINT_AT = /^[^\n]{0,80}?(?:grep|rg|ag|ack|sed|awk|jq|yq|fatal|error)\b[^\n]{0,400}$/im;

/** Did a pattern tool of the command reject the pattern or program the agent typed? */
function rejectsOwnPattern(shapes: readonly CommandShape[], output: string): boolean {
  if (!shapes.some((s) => PATTERN_TOOL.test(s.program) || (s.program === 'git' && s.sub[0] === 'grep'))) return false;
  // The complaint is the tool's own line (`grep: Unmatched [`, `jq: error: syntax error`), not a line of a searched file.
  const head = output.slice(0, 2000).replace(/\\n/g, '\n');
  return head.split('\n').some((line) => PATTERN_COMPLAINT_AT.test(line) && MALFORMED_PATTERN.test(line));
}

/** Programs that run the script named by their first argument. */
const RUNNER = /^(python[\d.]*|node|ruby|perl|php|bash|sh|zsh|deno|bun|tsx|ts-node|elixir|go|Rscript|julia)$/;

/**
 * The script an interpreter runs (`python tools/gen.py`, `node scripts/seed.js`, `go run main.go`): its first
 * argument, when the program is one that runs scripts and no subcommand other than `run` comes first.
 */
export function scriptOf(s: CommandShape): string | undefined {
  if (!RUNNER.test(s.program) || (s.sub.length > 0 && s.sub[0] !== 'run')) return undefined;
  return s.args[0];
}

const isVersionChar = (c: number): boolean => c === 0x2e || (c >= 0x30 && c <= 0x39);

/** The interpreter a program is, its version left out (`python3.12` is python), if it takes code inline. */
function interpreter(program: string): string | undefined {
  // The digits and dots at its end, found by hand, not by a regex replace: every failed command's program is asked.
  let end = program.length;
  while (end > 0 && isVersionChar(program.charCodeAt(end - 1))) end--;
  const base = end === program.length ? program : program.slice(0, end);
  return INLINE_CODE.has(base) ? base : undefined;
}

/** Does the command hand an interpreter program text of the agent's own (`python -c`, `node -e`, a heredoc on stdin)? */
export function runsInlineCode(s: CommandShape): boolean {
  const lang = interpreter(s.program);
  const code = lang === undefined ? undefined : INLINE_CODE.get(lang);
  return !!code && (s.flags.some((f) => code.test(f)) || s.args[0] === '-' || /<</.test(s.segment));
}

/** The files and folders an argument's path passes through (`scratch/a/t.py::test_a` is `scratch`, `a`, `t.py`). */
const pathParts = (arg: string) =>
  arg
    .replace(/::.*$/, '')
    .split('/')
    .filter((x) => x && x !== '.' && x !== '..');

/** The program and words of the last segment of a chain or pipe: its exit status is the call's. */
function lastSegmentWords(line: string): string[] {
  const segs = segments(line);
  const last = segs[segs.length - 1] ?? '';
  const words = shellWords(last).filter((w) => !/^(\d?>>?|&>|<|\d?>&\d)/.test(w) && w !== '/dev/null');
  while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] ?? '')) words.shift();
  return words;
}

/** Checkers whose non-zero exit reports findings in the code, as a failing test does. */
const LINTER =
  /^(pylint|flake8|ruff|eslint|mypy|pyright|pycodestyle|pydocstyle|pyflakes|black|isort|rubocop|golangci-lint|staticcheck|shellcheck|stylelint|markdownlint|hadolint|yamllint|biome|oxlint|tslint|standard|prettier|credo|clippy|vet)$/;
/**
 * `src/a.py:3:1: C0114 ...`, `a.go:12:2: undefined...`, eslint's `  12:5  error  ...`, ruff's and
 * mypy's `Found 3 errors`, pylint's `***** Module x`, black's `would reformat x`, prettier's `[warn] x`.
 */
const FINDING =
  /^(?:\S+\.\w+:\d+(?::\d+)?:? +\S|\s+\d+:\d+ +(?:error|warning) +\S)|^Found \d+ (?:errors?|issues?)\b|^\*+ Module \S+$|^would reformat \S|^\[warn\] \S+\.\w+$/m;

/**
 * A checker reported findings in the code (`pylint` naming a missing docstring, `eslint` an unused
 * variable): like a failing test, that is about the code, and a retry with other flags that reports
 * fewer (`--recursive=y` dropped, a rule deselected) only looked at less. A lint script counts as
 * the checker (`npm run lint`, `make lint`), and so does a checker run as a subcommand (`mix credo`, `cargo clippy`).
 */
export function reportsLintFindings(shape: CommandShape, output: string): boolean {
  const [s0 = '', s1 = ''] = shape.sub;
  const script = /^(run|run-script)$/.test(s0) ? s1 : s0;
  const named = LINTER.test(shape.program) || LINTER.test(s0) || /^lint/.test(script);
  return named && FINDING.test(output.slice(0, 20_000).replace(/\\n/g, '\n'));
}

/**
 * Why a failed call is not a failure of its command, or undefined when it is one. `exitCode` is the
 * recorded status when the format keeps one; `created` holds the base names of files the agent wrote
 * earlier in the session.
 */
export function notAFailure(
  command: string,
  shapes: readonly CommandShape[],
  output: string,
  exitCode: number | undefined,
  created: ReadonlySet<string>,
): string | undefined {
  const words = lastSegmentWords(command);
  const first = words[0] ?? '';
  // A relative path names a project script (`bin/test`), not the system program of that name.
  const last = first.includes('/') && !first.startsWith('/') ? first : first.slice(first.lastIndexOf('/') + 1);
  const answerExit = exitCode === undefined || exitCode === 1;
  const gitAnswer = last === 'git' && /^(diff|grep|ls-files|rev-parse|show-ref|merge-base|check-ignore)$/.test(words[1] ?? '');
  // `[ -d x ] && echo yes`: a chain of questions and printing fails only because a question said no.
  const chain = segments(command).map((seg) => shellWords(seg, 1)[0] ?? '');
  const askingChain = chain.some((p) => ANSWERING.test(p)) && chain.every((p) => ANSWERING.test(p) || PRINTING.test(p));
  if (
    (ANSWERING.test(last) || gitAnswer || askingChain) &&
    answerExit &&
    !/\b(usage|invalid|unrecognized|illegal option)\b/i.test(output.slice(0, 400))
  ) {
    return `\`${last}\` exiting 1 is an answer (no match, a difference), not a failure`;
  }
  if (LOOKING.test(last) && /No such file or directory|cannot access|does not exist/i.test(output.slice(0, 2000))) {
    return `\`${last}\` of a missing path only looked whether it exists`;
  }
  if (/(?:^|[;&|(]\s*)cd\s/.test(command) && cdMissedDir(output) !== undefined) {
    return '`cd` into a directory that is not there: the working directory, not the command, was wrong';
  }
  if (shapes.some((s) => CLEANUP.test(s.program)) && IDEMPOTENT_MISS.test(output.slice(0, 2000))) {
    return 'removing, stopping or creating something already in that state';
  }
  if (shapes.some(isAgentEditCommand)) return 'an edit the agent typed was rejected (its own code, not a command)';
  if (rejectsOwnPattern(shapes, output)) return 'the tool rejected the pattern or program the agent typed (its own text)';
  if (ENVIRONMENT.test(output.slice(0, 2000))) return undefined;
  for (const s of shapes) {
    const lang = interpreter(s.program);
    if (runsInlineCode(s)) return `the failure is in code the agent passed to \`${s.program}\` inline`;
    // Only a script being run: a created file merely passed along (`git add new.ts`) is not the failure.
    const script = lang || RUNNER.test(s.program) ? s.args[0] : s.program;
    if (script && created.has(script.slice(script.lastIndexOf('/') + 1))) {
      return `the failure is in \`${script}\`, a script the agent wrote in this session`;
    }
    // Tests run on files or folders the agent made, or under one (`pytest scratch/sub`, `jest tmp-check.test.js`): its own fixtures.
    const own = isTestCommand(s) ? s.args.find((a) => pathParts(a).some((p) => created.has(p))) : undefined;
    if (own) return `the tests run are in \`${own}\`, which the agent made in this session`;
  }
  return undefined;
}
