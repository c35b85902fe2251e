/**
 * Runners: commands that run another program from the project's environment (`uv run pytest`, `bundle exec
 * rspec`, `python -m pytest`). The program they run is what the command is; the runner, with the options it
 * was given, is how it runs (`CommandShape.via`).
 */
import { takesValue } from './value-flags.js';

/** The runner `python -m X` (any python version) is to `X`: one name, so sessions of python3 and python agree. */
export const PYTHON_M = 'python -m';
/**
 * A Python interpreter by name, versioned or not (`python`, `python3`, `python3.12`, `pypy3.10`): `3.12` is its
 * version, not a file's extension, so the name is the program that runs `-m X`.
 */
export const PYTHON = /^(?:python|pypy)\d*(?:\.\d+)*(?:\.exe)?$/;
/** Windows' launcher picks the interpreter by a version option (`py -3.12 -m pytest`): no program of its own. */
const PY_VERSION = /^-\d+(?:\.\d+)?(?:-(?:32|64))?$/;

const RUNNER_SUBCOMMAND: Record<string, string> = {
  uv: 'run',
  poetry: 'run',
  pipenv: 'run',
  pdm: 'run',
  hatch: 'run',
  rye: 'run',
  bundle: 'exec',
  pnpm: 'exec',
};

/** The words that follow a runner (`run`, `exec`). */
const RUNNER_WORDS: ReadonlySet<string> = new Set(Object.values(RUNNER_SUBCOMMAND));

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/**
 * The runner at the front of `words` and how many words it took, or undefined when they start with none (or
 * nothing is left to run). `uv run --python 3.12 pytest` -> `uv run --python 3.12`, 4 words.
 */
export function runnerOf(words: readonly string[]): { via: string; taken: number } | undefined {
  // Every command parsed asks, and most are no runner: their second word says so before the table is asked
  // (a name the table lacks is looked up along the object's prototype too).
  if (!RUNNER_WORDS.has(words[1] ?? '')) return undefined;
  const runner = words[0] ?? '';
  if (RUNNER_SUBCOMMAND[runner] === undefined || words[1] !== RUNNER_SUBCOMMAND[runner]) return undefined;
  let i = 2;
  for (let w = words[i] ?? ''; w.startsWith('-') && w.length > 1; w = words[i] ?? '') {
    i += takesValue([runner], w) ? 2 : 1;
  }
  return words[i] ? { via: words.slice(0, i).join(' '), taken: i } : undefined;
}

/**
 * An interpreter running a module (`python -m pytest`): it runs it with the working folder on its path, a runner
 * like `uv run`. Any version (`python3.12`), path (`/usr/bin/python3`, `.venv/bin/python`) or Windows' launcher
 * (`py -3.12`). A bare name is `python -m` whatever its version; a path is kept, as which interpreter ran
 * (the project's virtualenv, or not) is what a fix may have changed.
 */
export function pythonModuleOf(words: readonly string[]): { via: string; taken: number; options: string[] } | undefined {
  // `-m` or an interpreter option stands second (every command parsed asks; most have neither).
  if (!(words[1] ?? '').startsWith('-')) return undefined;
  const first = words[0] ?? '';
  const name = basename(first);
  const launcher = name === 'py' && first === name;
  if (!PYTHON.test(name) && !launcher) return undefined;
  let m = launcher && PY_VERSION.test(words[1] ?? '') ? 2 : 1;
  // The interpreter's own options before `-m` (`python -W ignore -m pytest`, `python3 -u -m http.server`) say how it
  // runs, not what: `-c` runs code, not a module.
  const options: string[] = [];
  for (let w = words[m] ?? ''; w.startsWith('-') && w.length > 1 && w !== '-m' && w !== '-c' && m < 8; w = words[m] ?? '') {
    options.push(w);
    m += takesValue(['python'], w) ? 2 : 1;
  }
  if (words[m] !== '-m' || !words[m + 1]) return undefined;
  return { via: first === name ? PYTHON_M : `${first} -m`, taken: m + 1, options };
}

/** Is `word` (a word of the command line) the interpreter of a `python -m` runner? */
export const isInterpreterWord = (word: string): boolean => PYTHON.test(basename(word)) || word === 'py' || PY_VERSION.test(word);
