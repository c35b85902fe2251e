/**
 * Where an adopted lesson applies (efficacy's exposure): the kinds of command it is about, the code
 * spans it names as a command names them, and the tools a rule said in words alone names. A session
 * that met none of them says nothing of the lesson, so it is neither a session the lesson helped in
 * nor one that dilutes a mistake that recurs.
 */
import type { Session } from '../model/index.js';
import { MULTI_WORD, parseCommand, parseCommands, toolGroup } from '../signals/index.js';
import type { TrackedLesson } from './efficacy.js';

/**
 * The kinds of command a command line runs: each segment's program with its subcommand (`npm run
 * build`, `git push`, `pytest`), so a build lesson is not exposed by `npm ci`, nor a test lesson by
 * `git status`.
 */
export function commandKinds(line: string): string[] {
  return parseCommands(line).map((c) => [c.program, ...c.sub].join(' '));
}

/**
 * The situation of an episode that failed with one command and was fixed with another. When the fix
 * swapped the program (`yarn install` -> `npm ci`), the lesson is which tool to use: any use of either
 * program is its situation, not just the subcommand that happened to fail.
 */
export function episodeKinds(failed: string | undefined, fixed: string | undefined): string[] {
  const a = failed ? parseCommand(failed) : undefined;
  const b = fixed ? parseCommand(fixed) : undefined;
  const out = [...(failed ? commandKinds(failed) : []), ...(fixed ? commandKinds(fixed) : [])];
  if (a && b && a.program !== b.program) out.push(a.program, b.program);
  return out;
}

/**
 * The tools a rule the user stated in words alone ("Always use pnpm in this repo", "run make lint before
 * committing": no code span, no failed command) names, with those that do the same job: the programs
 * the command parser knows by their subcommands and those the swap miner knows as interchangeable. A
 * session that ran none of them never met the rule, so it says nothing of it; the preference is
 * exposed by the alternative too (npm for a pnpm rule), where it would be ignored. A word that is not
 * a known program ("tox", "main") tells nothing, and a rule naming none stays exposed everywhere.
 */
export function statedTools(samples: readonly { lesson?: string }[]): string[] {
  const out = new Set<string>();
  for (const s of samples)
    for (const token of (s.lesson ?? '').toLowerCase().split(/[^\w.+-]+/)) {
      const word = token.replace(/\.+$/, ''); // a sentence's full stop is not part of the name
      const group = toolGroup(word);
      if (group.length) for (const t of group) out.add(t);
      else if (MULTI_WORD.has(word)) out.add(word);
    }
  return [...out];
}

/**
 * Whether a session met a lesson's situation: it hit the episode, ran a command of a kind the lesson
 * is about (or of its program, for a swap), or ran a command naming one of the entry's code spans (a
 * path, a flag), or, for a rule stated in words alone, ran a tool it names (statedTools).
 * A lesson with none of these to go by (a matter of style) is exposed in every session of its
 * agents, as nothing narrower can be told.
 */
export function exposedTo(lesson: TrackedLesson, hit: boolean, commands: () => SessionCommands): boolean {
  if (hit) return true;
  if (lesson.situations.size === 0 && lesson.terms.length === 0) return true;
  const c = commands();
  for (const s of lesson.situations) if (c.kinds.has(s) || c.programs.has(s)) return true;
  return lesson.terms.some((term) => hasTerm(c.text, term));
}

/**
 * A code span that is only options (`-f`, `--no-verify`): which command it belongs to is said by the
 * entry's other words, and the options of every other program spell the same (`tail -f`, `rm -f`,
 * `docker compose -f`), so it tells nothing of where the lesson applies. The entry's commands and the
 * commands its episodes ran say that.
 */
export const optionsOnly = (span: string): boolean => span.split(/\s+/).every((w) => w.startsWith('-'));

/** Characters that go on a word, a path or an option: a code span found inside a longer one is another thing. */
const WORDISH = /[\p{L}\p{N}_-]/u;

/**
 * Whether a command line names a code span as the shell does, as whole words: `.env` is not in
 * `process.env` nor `.envrc`, `src/app.ts` not in `src/app.tsx`, `main` not in `domain` or `main.py`. A
 * span ending with a separator (`dist/`) is a folder and names what is inside it.
 */
export function hasTerm(text: string, term: string): boolean {
  const closed = WORDISH.test(term.at(-1) ?? '');
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    if (i > 0 && WORDISH.test(text[i - 1]!)) continue;
    const after = text[i + term.length];
    if (closed && after !== undefined && (WORDISH.test(after) || (after === '.' && WORDISH.test(text[i + term.length + 1] ?? ''))))
      continue;
    return true;
  }
  return false;
}

export interface SessionCommands {
  /** Every command line the session ran, each once, joined: code spans are looked for in it. */
  text: string;
  kinds: ReadonlySet<string>;
  /** The programs of those kinds (`npm` of `npm run build`): a swap lesson is about any use of its programs. */
  programs: ReadonlySet<string>;
}

/** The session's commands, each line parsed once however often it ran (a test command runs many times). */
export function sessionCommands(session: Session): SessionCommands {
  const lines = new Set<string>();
  for (const e of session.events) if (e.kind === 'tool_call' && e.command) lines.add(e.command);
  const kinds = new Set<string>();
  const programs = new Set<string>();
  for (const line of lines)
    for (const kind of commandKinds(line)) {
      kinds.add(kind);
      programs.add(kind.split(' ')[0]!);
    }
  return { text: [...lines].join('\n'), kinds, programs };
}
