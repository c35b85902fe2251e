/**
 * The working variant of a failed command: a later run of the same family that differs in how it
 * runs (a flag, a setup step, an environment variable), not in what it was given. Most of what looks
 * like a fix is not one, and each rule here is a way a retry can pass without teaching anything:
 * it only looked at the file, it ran inline code of the agent's own, it selected fewer tests, it
 * passed after the agent changed the code it was failing on, or it added flags to a program the
 * shell could not even find.
 */
import { commandFamily, isTestCommand, structuralDiff, structuralTokenSet, type CommandShape } from './command.js';
import { outputOnlyFlag } from './command-display.js';
import { actingShape, onlyLooks, type Step } from './episodes.js';
import { missingScriptLine } from './memory-use.js';
import { runsInlineCode, scriptOf } from './not-failures.js';
import { ROOT_TOKEN, runsAsRoot } from './override.js';
import { escapeRegExp } from './normalize.js';
import { boundedMemo } from '../model/index.js';

/**
 * Flags that choose which tests run (`pytest -k name`, `go test -run TestX`, `jest -t name`), by
 * runner: like a path argument, a narrower selection is not another way of running the tests.
 * A Map, as every table asked with a transcript's or memory's words: an object answers a name it lacks from
 * its prototype (`constructor`).
 */
const SELECTION: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({
    pytest: /^(-k|-m|--deselect(=.*)?|--lf|--last-failed|--ff|--failed-first|--sw|--stepwise)$/,
    go: /^-(run|skip)(=.*)?$/,
    jest: /^(-t|--testNamePattern(=.*)?|--testPathPattern(=.*)?|-o|--onlyChanged)$/,
    vitest: /^(-t|--testNamePattern(=.*)?)$/,
    mocha: /^(-g|--grep(=.*)?|-f|--fgrep(=.*)?)$/,
    rspec: /^(-e|--example(=.*)?|--tag(=.*)?)$/,
    phpunit: /^(--filter(=.*)?|--group(=.*)?)$/,
    playwright: /^(-g|--grep(=.*)?|--project(=.*)?)$/,
  }),
);
/** A package script's runner is unknown (`npm test -- -t x`): only flags that select for every runner using them. */
const SCRIPT_SELECTION = /^(-t|--testNamePattern(=.*)?|--grep(=.*)?|-k|--filter(=.*)?)$/;

function selectsTests(shape: CommandShape, flag: string): boolean {
  if (!isTestCommand(shape)) return false;
  return (SELECTION.get(shape.program === 'py.test' ? 'pytest' : shape.program) ?? SCRIPT_SELECTION).test(flag);
}

/** A token of `shape` that changes how it runs: not an output-only flag, nor a test selection. */
const meaningful = (shape: CommandShape) => (t: string) =>
  !(t.startsWith('flag:') && (outputOnlyFlag(shape.program, t.slice(5)) || selectsTests(shape, t.slice(5))));

interface Diff {
  added: string[];
  removed: string[];
}

/** The fix's structural change; running as root is part of it (the shape drops `sudo` as a wrapper). */
function meaningfulDiff(a: CommandShape, b: CommandShape): Diff {
  const d = structuralDiff(a, b);
  const added = d.added.filter(meaningful(b));
  if (runsAsRoot(b) && !runsAsRoot(a)) added.push(ROOT_TOKEN);
  return { added: added.sort(), removed: d.removed.filter(meaningful(a)) };
}

/** Whether meaningfulDiff(a, b) is not empty, without building it. */
function changesStructure(a: CommandShape, b: CommandShape): boolean {
  const ta = structuralTokenSet(a);
  const tb = structuralTokenSet(b);
  const inB = meaningful(b);
  const inA = meaningful(a);
  for (const t of tb) if (!ta.has(t) && inB(t)) return true;
  for (const t of ta) if (!tb.has(t) && inA(t)) return true;
  return false;
}

/** Errors in the code being run, not in how it was run: a retry after editing that code is a red-green loop. */
const CODE_ERROR =
  /\b(SyntaxError|IndentationError|TabError|NameError|UnboundLocalError|ReferenceError|AttributeError|TypeError|KeyError|IndexError|ValueError|ZeroDivisionError|AssertionError)\b|\berror TS\d+|^panic: /m;

/** The phrases a shell prints for a program it cannot find: every missingPattern match holds one. */
const MISSING_PHRASES = ['not found', 'is not recognized', 'No such file or directory'];
/** Patterns by program, compiled once: most failures name no missing program at all (see programMissing). */
const missingPattern = boundedMemo(512, (program: string): RegExp => {
  const p = escapeRegExp(program);
  return new RegExp(
    String.raw`\b${p}: (command )?not found|command not found: ${p}\b|'${p}' is not recognized|${p}: No such file or directory`,
  );
});

/**
 * The shell could not find the program itself (`python: command not found`, `./run.sh: No such file`).
 * A match holds the program's name and one of the shell's phrases, so a text without both needs no
 * pattern (profiled: compiling one for every failed command was a twentieth of a pass).
 */
function programMissing(text: string, shape: CommandShape): boolean {
  const head = text.slice(0, 4000);
  if (!head.includes(shape.program) || !MISSING_PHRASES.some((m) => head.includes(m))) return false;
  return missingPattern(shape.program).test(head);
}

/**
 * What made a missing program runnable is where it runs from (`source .venv/bin/activate`, `PATH=...`, `npx`,
 * `uv run`), never a flag of its own.
 */
const locatesProgram = (t: string) => t.startsWith('setup:') || t.startsWith('env:') || t.startsWith('via:') || t === ROOT_TOKEN;

/**
 * The interpreter could not run at all: the wrong version of it (`requires Python >= 3.10`, `Unsupported engine`),
 * a script it cannot execute (`bad interpreter`, `exec format error`). Like a missing program, that is about the
 * interpreter, so a run of any script that works behind a fix (a venv, `nvm use`) shows the fix.
 */
const WRONG_INTERPRETER =
  /\b(?:requires?|needs?) (?:a )?(?:Python|Node(?:\.js)?|Ruby|PHP|Perl)\s*(?:version\s*)?(?:[<>=~^]=?\s*)?v?\d|Unsupported engine|bad interpreter|cannot execute binary|[Ee]xec format error/;

/**
 * The failed command ran one script (`python tools/gen.py`) and the retry another (`FOO=1 python tools/list.py`): the
 * retry working says nothing of the failed script, whose error is its own, so what the retry ran behind is no fix.
 * Unless the interpreter itself failed: not found (`missing`) or not the one the script needs.
 */
function otherScript(failed: CommandShape, retry: CommandShape, missing: boolean, output: string): boolean {
  const a = scriptOf(failed);
  const b = scriptOf(retry);
  if (a === undefined || b === undefined || baseName(a) === baseName(b)) return false;
  return !missing && !WRONG_INTERPRETER.test(output.slice(0, 4000));
}
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Package managers' script runners, and the subcommand that names the script after it (`npm run <script>`). */
const PACKAGE_RUN: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({ npm: /^(run|run-script)$/, pnpm: /^run$/, yarn: /^run$/, bun: /^run$/, deno: /^task$/ }),
);

/** The package script a command runs (`npm run typecheck`, `yarn typecheck` -> `typecheck`), if it runs one through its runner. */
function packageScript(shape: CommandShape): string | undefined {
  const run = PACKAGE_RUN.get(shape.program);
  if (!run) return undefined;
  if (run.test(shape.sub[0] ?? '')) return shape.sub[1] ?? shape.args[0];
  // The shorthand the parser already files under the runner (`yarn lint`, `pnpm typecheck`).
  return commandFamily(shape) === `${shape.program} run` ? shape.sub[0] : undefined;
}

/**
 * A script name's words of three letters or more (`legacy-build` -> legacy, build; `checkTypes` -> check, types) and
 * the whole name run together (`testci`): short words are the generic part (`lint:js`, `build:js`), yet a short name
 * (`ci`) is still found inside a longer one (`test:ci`).
 */
function nameParts(name: string): string[] {
  const lower = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const words = lower.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  return [...words, lower.replace(/[^a-z0-9]+/g, '')].filter((w) => w.length > 0);
}

/**
 * The package said the script does not exist (`npm error Missing script: "typecheck"`) and the retry ran another
 * script that shares no word with it (`npm run lint`): that is the agent trying what there is, not the missing
 * script under its new name (`legacy-build` -> `build`, `type-check` -> `typecheck`, `test:unit` -> `test`), so it
 * teaches no replacement. A lint is not a type check, nor a build a test. Asked only when memory does not name the
 * missing script (VariantSearch.memoryNamesIt).
 */
function unrelatedScript(failed: CommandShape, retry: CommandShape, output: string): boolean {
  const gone = packageScript(failed);
  const ran = packageScript(retry);
  if (!gone || !ran || gone === ran || !missingScriptLine(output.slice(0, 4000), gone)) return false;
  const a = nameParts(gone);
  const b = nameParts(ran);
  return !a.some((w) => b.some((v) => v.includes(w) || w.includes(v)));
}

/**
 * What the interpreter's world lacked, not the script: a module or package it could not load, the script's file not
 * where it ran, a program a script called that the shell could not find, memory.
 */
const INTERPRETER_WORLD =
  /ModuleNotFoundError|No module named|ImportError|Cannot find (?:module|package)|ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|ERR_UNKNOWN_FILE_EXTENSION|cannot load such file|Could not find gem|GemNotFound|Can't locate \S+ in @INC|can't open file|No such file or directory|command not found|not recognized as|heap out of memory|MemoryError/;

/**
 * The script raised an error of its own (it waited for input, `EOFError`; a setting it reads was unset; a server it
 * calls was down) and the same script worked behind a setup step (`source set_api_key.sh && python t.py`). That is a
 * fact about that script, and a setup lesson can only name the interpreter (`plain python fails`), which every other
 * script runs through: none is learnt. A variable or a flag is given to the script's own run, so its lesson names
 * the script (`DJANGO_SETTINGS_MODULE=... python manage.py`: scriptFixed). A fix of the interpreter's world (a venv
 * for a missing module, the folder the file is in) still teaches.
 */
function scriptsOwnError(failed: CommandShape, d: Diff, missing: boolean, output: string): boolean {
  if (scriptOf(failed) === undefined || missing) return false;
  if (!d.added.every((t) => t.startsWith('setup:')) || d.removed.length > 0) return false;
  const head = output.slice(0, 4000);
  return !INTERPRETER_WORLD.test(head) && !WRONG_INTERPRETER.test(head);
}

/**
 * The retry only left options out and ran something else (`pytest -o x scratch/` failed, `pytest tests/a.py`
 * passed): what it was given changed as well, so nothing shows the options were at fault, unless the
 * failure named one (`unrecognized arguments: -n`). On the same arguments (less an option's value, which
 * the shape keeps among them: `-p xdist tests` then `tests`), dropping them is the fix.
 */
function onlyDroppedAnother(failed: CommandShape, retry: CommandShape, d: Diff, output: string): boolean {
  if (d.added.length > 0 || d.removed.length === 0 || !d.removed.every((t) => t.startsWith('flag:'))) return false;
  if (retry.args.every((a) => failed.args.includes(a))) return false;
  const head = output.slice(0, 4000);
  return !d.removed.some((t) => {
    const flag = t.slice(5).replace(/=.*$/, '');
    return new RegExp(`(^|[^\\w-])${escapeRegExp(flag)}($|[^\\w-])`).test(head);
  });
}

/** Where to look for the working variant of a failed command, and what memory says of it. */
export interface VariantSearch {
  /** Command steps after the failure looked at. */
  window: number;
  /**
   * Memory names the failed command: a script it names that the package says is missing is a proven-wrong entry, and
   * the script the agent ran instead is what it becomes (`npm run build` gone, `npm run compile` works), whatever
   * its name. Without such an entry, another script is only the missing one's new name when their names agree.
   */
  memoryNamesIt: boolean;
}

/**
 * The first later step (within `window` command steps) that ran a working variant of the failed
 * command `shape` of step `i`, that variant, and meaningfulDiff from the failed command to it (built once
 * for every check here and for the caller's lesson: a fix is found for most failures).
 */
export function workingVariant(
  steps: readonly Step[],
  i: number,
  shape: CommandShape,
  { window, memoryNamesIt }: VariantSearch,
): { step: Step; shape: CommandShape; diff: Diff } | undefined {
  const fam = commandFamily(shape);
  const failed = steps[i] as Step;
  // A command that only looks (`sed -n 1,9p`) is no working form of one that does something (`sed -i`).
  const looks = onlyLooks(shape);
  const inline = runsInlineCode(shape);
  // Both are asked only when they can decide something: a code error once an edit came, a missing program
  // once a candidate passed (profiled: the code-error regex on every failure's output was a sixtieth of
  // a pass over the real transcripts).
  let missing: boolean | undefined;
  let inCode: boolean | undefined;
  // The later step's own command, or its first when that is of the failure's family (a working `sed -i` before a script).
  const candidate = (r: Step) => [actingShape(r), r.shapes[0]].find((f) => !!f && commandFamily(f) === fam);
  let edited = false;
  for (let j = i + 1, seen = 0; j < steps.length && seen < window; j++) {
    const r = steps[j] as Step;
    edited ||= r.edit;
    if (r.shapes.length === 0) continue;
    seen++;
    // The code failed and then changed: whatever passed next passed on other code.
    if (edited && (inCode ??= CODE_ERROR.test(failed.text.slice(0, 20_000)))) return undefined;
    const f = r.ok ? candidate(r) : undefined;
    if (!f || (!looks && onlyLooks(f)) || (!inline && runsInlineCode(f)) || !changesStructure(shape, f)) continue;
    const diff = meaningfulDiff(shape, f);
    if ((missing ??= programMissing(failed.text, shape)) && !diff.added.some(locatesProgram)) continue;
    if (otherScript(shape, f, missing, failed.text) || scriptsOwnError(shape, diff, missing, failed.text)) continue;
    if (!memoryNamesIt && unrelatedScript(shape, f, failed.text)) continue;
    if (onlyDroppedAnother(shape, f, diff, failed.text)) continue;
    return { step: r, shape: f, diff };
  }
  return undefined;
}

/**
 * The script a fix was given a variable or a flag for after an error of its own (`python manage.py` run again with
 * `DJANGO_SETTINGS_MODULE=...` or `--settings=...`): the lesson names it, as what the fix sets is the script's. When
 * the interpreter's world failed (out of memory, a module it could not load) the fix is the interpreter's, named
 * alone. Scripts the agent wrote this session never get here (not-failures.ts drops their errors).
 */
export function scriptFixed(failed: CommandShape, fixed: CommandShape | undefined, output: string): string | undefined {
  const script = scriptOf(failed);
  if (!script || !fixed || scriptOf(fixed) !== script) return undefined;
  const head = output.slice(0, 4000);
  if (INTERPRETER_WORLD.test(head) || WRONG_INTERPRETER.test(head)) return undefined;
  const d = meaningfulDiff(failed, fixed);
  return d.added.some((t) => t.startsWith('env:') || t.startsWith('flag:')) ? script : undefined;
}
