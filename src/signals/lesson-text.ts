/**
 * How a lesson learned from a fix reads in memory: the working command first, then that the other
 * form fails. Built from canonical commands (see lessonCommand), so sessions that ran `pytest -q`,
 * `pytest tests/x.py` or `python -m pytest` all teach the same sentence.
 */
import { clip } from './normalize.js';
import { isTestCommand, parseCommand } from './command.js';
import { shellWords } from './shell-words.js';

const NAMED = /\b([A-Z]\w*(?:Error|Exception))\b/;

/** What to say a failure failed with: the exception's name, else the line when it names no path. */
export function failurePhrase(err: string): string {
  const named = NAMED.exec(err)?.[1];
  if (named) return named;
  const line = err.trim();
  if (!line || /[/\\]/.test(line)) return '';
  return `"${clip(line.replace(/`/g, "'").replace(/"/g, "'"), 80).replace(/[.:;,\s]+$/, '')}"`;
}

/** Words of a that b lacks (order ignored): empty when b extends a with env or flags. */
function missingWords(a: string, b: string): string[] {
  const have = new Set(shellWords(b));
  return shellWords(a).filter((w) => !have.has(w));
}

/** A short reason the fix works, when the fix says it plainly (PYTHONPATH=src -> the package lives in src/). */
function why(fixed: string, err: string): string {
  const env = /\bPYTHONPATH=([\w./-]+)/.exec(fixed)?.[1];
  if (env && env !== '.' && /ModuleNotFoundError|ImportError|No module named/.test(err))
    return ` (the package lives in ${env.replace(/\/$/, '')}/)`;
  return '';
}

/**
 * The lesson for "`failed` failed; `fixed` worked". Both commands are canonical forms (no per-session
 * arguments, no output-only flags). The sentence is built from what ran: the error text only selects
 * a reason the fix itself states (see why), and is never quoted, so tool output cannot word memory.
 */
export function fixLesson(fixed: string, failed: string, err: string, argNoun?: string): string {
  const shape = parseCommand(fixed);
  const what = shape && isTestCommand(shape) ? 'the tests with ' : '';
  const cmd = `\`${fixed}\`${argNoun ? ` followed by ${argNoun}` : ''}`;
  // The failing run went through a program named by absolute path (`/usr/bin/python3 -m pytest`) and
  // the working one did not: that interpreter is what differs, so it alone is named, not a command
  // that only ever failed.
  const via = shellWords(failed)[0];
  if (via?.startsWith('/') && !shellWords(fixed).includes(via))
    return `Run ${what}${cmd}, not through \`${via}\`: it fails${why(fixed, err)}.`;
  if (failed && missingWords(failed, fixed).length === 0) {
    return `Run ${what}${cmd}: plain \`${failed}\` fails${why(fixed, err)}.`;
  }
  return `Run ${what}${cmd}, not \`${failed}\`: it fails${why(fixed, err)}.`;
}
