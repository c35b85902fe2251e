/**
 * A command as memory shows it: the words of what ran up to the first path, and the options it needs with their
 * values, so the lesson names a command that runs.
 */
import { basename, commandCore, ENV_ASSIGN, parseCommand, REDIRECT, type CommandShape } from './command.js';
import { shellWords } from './shell-words.js';
import { PYTHON, PYTHON_M, isInterpreterWord } from './command-runners.js';
import { takesValue } from './value-flags.js';
import { argumentsAreProse, startsFreeText } from './free-text.js';

/**
 * The programs whose options a command's words may be: the program, and the runners it ran through
 * (`uv run --python 3.12 pytest`: `--python` is uv's).
 */
function optionOwners(shape: CommandShape): string[] {
  return [shape.program, ...shape.via.map((v) => basename(v.slice(0, v.indexOf(' ') >>> 0)))];
}

/**
 * An option's value as the lesson shows it, verbatim: a word as it ran, or a quoted one with the quotes it ran
 * with (`pytest -m "not slow"`). Undefined when it cannot be shown as it ran (its quotes were split, or a backtick
 * would end the lesson's code span).
 */
function shownValue(segment: string, value: string): string | undefined {
  if (value.includes('`')) return undefined;
  if (value !== '' && !/[\s"']/.test(value) && segment.includes(value)) return value;
  for (const q of ['"', "'"]) if (!value.includes(q) && segment.includes(`${q}${value}${q}`)) return `${q}${value}${q}`;
  return undefined;
}

/** A verb as CLIs spell them (command-groups.ts): lowercase words joined by dashes; a path, file or value is none. */
const VERB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/**
 * Whether a path about to be cut is the value of the option shown just before it: the option is the last word shown,
 * no plain word has come since the program, and the next word is one (the subcommand the option's value stood before).
 */
function valueBeforeVerb(shown: readonly string[], next: string | undefined, positional: boolean): boolean {
  const last = shown[shown.length - 1] ?? '';
  return !positional && shown.length > 1 && last.startsWith('-') && !last.includes('=') && next !== undefined && VERB.test(next);
}

/**
 * The command as a memory entry would show it: the segment's words up to the first path, file or
 * quoted argument, or its prose (a message, a title: free-text.ts), all specific to one session. A contiguous prefix, so it stays a verbatim
 * slice of what actually ran. An option that takes a value keeps it, path or not (`pip install -r
 * requirements.txt`, `docker compose -f compose.test.yml up`): cut there, the command would not run. A value that
 * cannot be shown as it ran drops its option with it. Values of one machine are kept, for machine-values.ts to refuse.
 */
export function commandDisplay(shape: CommandShape, script?: string): string {
  if (script !== undefined) return displayOf(shape, script);
  let shown = displays.get(shape);
  if (shown === undefined) displays.set(shape, (shown = displayOf(shape, undefined)));
  return shown;
}

/**
 * Displays already made, by shape: a failed step's command is shown in its summary, its lesson and its pattern's
 * wording from the one shape of the step (read-only, so the display cannot change). Weak: an entry goes with its
 * shape.
 */
const displays = new WeakMap<CommandShape, string>();

function displayOf(shape: CommandShape, script: string | undefined): string {
  const out: string[] = [];
  const owners = optionOwners(shape);
  let program = false;
  let valueOf = false;
  // Whether a word that is no option has come after the program (its subcommand, say).
  let positional = false;
  const words = shellWords(shape.segment);
  const prose = { program: shape.program, verb: shape.sub[0] ?? shape.args[0] };
  // `git stash save wip-for-ana`: the first word after the subcommands is the message.
  const message = argumentsAreProse(shape.program, shape.sub) ? shape.args[0] : undefined;
  for (const [k, w] of words.entries()) {
    if (REDIRECT.test(w) || w === '/dev/null') break;
    // Another option is no value: the one before took none here (`docker compose down -v --remove-orphans`).
    if (valueOf && w.startsWith('-') && w.length > 1) valueOf = false;
    if (valueOf) {
      const shown = shownValue(shape.segment, w);
      valueOf = false;
      if (shown === undefined) {
        out.pop();
        break;
      }
      out.push(shown);
      continue;
    }
    const assignment = ENV_ASSIGN.test(w) || /^--?[\w-]+=/.test(w);
    // The program itself may be a project script (`bin/test`, `./gradlew`): that path is the command. So is the
    // interpreter that runs it as a module (`python3.12 -m black`), whose version is no file extension.
    const runsIt =
      basename(w) === shape.program ||
      (shape.via.length > 0 && shape.via.some((v) => v === PYTHON_M || v === `${w} -m`) && isInterpreterWord(w));
    const isProgram = !program && !assignment && runsIt && !/[\s"'`]/.test(w);
    if (!assignment) program = true;
    // A script the lesson is about (`python manage.py` given a variable) is named, though it is a file.
    if (isProgram || (script !== undefined && w === script)) {
      out.push(w);
      continue;
    }
    // A commit message, a PR's title, what echo prints: this session's prose, never a lesson's (free-text.ts).
    if (startsFreeText(prose, w) || (message !== undefined && w === message && out.length > shape.sub.length)) break;
    // A version (`--python 3.12`, `py -3.12`) is no file's extension.
    const file = /\.\w{1,5}$/.test(w) && !/^-?\d+(?:\.\d+)+$/.test(w);
    if (!assignment && (/[/\\]/.test(w) || file || /\s|["'`]/.test(w))) {
      // A path between an option no table knows and the command's first plain word was that option's value
      // (`mytool -o out/dist build`): cut there, the lesson would show `mytool -o`, a command that does not run.
      if (!valueBeforeVerb(out, words[k + 1], positional) || shownValue(shape.segment, w) === undefined) break;
      out.push(w);
      continue;
    }
    if (/[\s"'`]/.test(w)) break;
    out.push(w);
    if (program && !w.startsWith('-') && out.length > 1) positional = true;
    valueOf = takesValue(owners, w);
  }
  // An option whose value never came (a redirect or the line's end follows it) is no command either.
  if (valueOf) out.pop();
  return out.length > 0 ? out.join(' ') : commandCore(shape);
}

/**
 * Do these leading words of a lesson's command end where a command cannot be cut: on an option waiting for its value
 * (`pip install -r`), or inside a quoted value (`pytest -m "not`)? The words several sessions agree on may end there
 * when each gave the option its own value.
 */
export function endsInsideValue(words: readonly string[]): boolean {
  const text = words.join(' ');
  let quote = '';
  for (const c of text) if (c === '"' || c === "'") quote = quote === '' ? c : quote === c ? '' : quote;
  if (quote !== '') return true;
  const shape = parseCommand(text);
  return !!shape && takesValue(optionOwners(shape), words[words.length - 1] ?? '');
}

/** Long options that change how much a command prints, not whether it works, in any program that takes them. */
const OUTPUT_ONLY_LONG =
  /^(--verbose|--quiet|--silent|--tb(=.*)?|--no-header|--colou?r(=.*)?|--maxfail(=.*)?|--trace|--debug|--reporter(=.*)?)$/;
/**
 * Short options are output-only only in the programs that say so: `-v` is verbose to pytest but mounts or removes
 * volumes to docker and inverts grep; `-s` is pytest's capture switch but `ln -s` and `git commit -s` change what is
 * done; `-x` is pytest's first-failure stop but tar's extract. Dropping one of those from a lesson changes the lesson.
 */
const OUTPUT_ONLY_SHORT: ReadonlyMap<string, RegExp> = new Map([
  ['pytest', /^(-v+|-q+|-x|-s|-rA)$/],
  ['py.test', /^(-v+|-q+|-x|-s|-rA)$/],
  ['go', /^(-v|-x)$/],
  ['cargo', /^(-v+|-q)$/],
  ['pip', /^(-v+|-q+)$/],
  ['pip3', /^(-v+|-q+)$/],
  ['uv', /^(-v+|-q+)$/],
  ['npm', /^(-s|-q)$/],
  ['pnpm', /^(-s)$/],
  ['yarn', /^(-s)$/],
  ['make', /^(-s)$/],
  ['curl', /^(-s|-S|-sS|-v)$/],
  ['tox', /^(-v+|-q+)$/],
]);

/** Whether `flag` only changes how much `program` prints, not whether or what it does. */
export function outputOnlyFlag(program: string, flag: string): boolean {
  return OUTPUT_ONLY_LONG.test(flag) || OUTPUT_ONLY_SHORT.get(program)?.test(flag) === true;
}

/**
 * The command as a lesson names it: the display form without output-only flags, and `python -m X`
 * as `X` (the parser already treats them as one program). Sessions that ran `pytest -q` and
 * `python -m pytest tests/x.py` agree on `pytest` — unless `python -m` is what the lesson is about
 * (`keepPythonM`: `pytest` failed and `python -m pytest` worked).
 */
export function lessonCommand(shape: CommandShape, keepPythonM = false, script?: string): string {
  const words = commandDisplay(shape, script).split(' ');
  const owners = optionOwners(shape);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (!keepPythonM && PYTHON.test(w) && words[i + 1] === '-m' && words[i + 2] === shape.program) {
      i++;
      continue;
    }
    if (w.startsWith('-') && outputOnlyFlag(shape.program, w)) {
      // An output-only option's value goes with it (`--tb short`): left alone it would read as an argument.
      if (takesValue(owners, w)) i++;
      continue;
    }
    out.push(w);
  }
  // An end-of-options marker whose every argument was output-only is left with nothing after it (`npm run lint --`).
  while (out.length > 1 && out[out.length - 1] === '--') out.pop();
  // The setup is how the command has to run (`source .venv/bin/activate && pytest`), so it is part of the lesson.
  return [...shape.setup, out.join(' ')].join(' && ');
}
