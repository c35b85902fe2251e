/**
 * The agent's shell keeps its working directory between commands, and the agent forgot it: `cd app && npm
 * install` worked, and a later `cd app && npx convex deploy` failed with "cd: no such file or directory: app"
 * because the shell was still in app/. The proof is structural: the last directory the session entered was
 * that same relative one, nothing since moved or removed it, and the shell now says it is not there. A `cd`
 * that never worked (a wrong path, a folder not made yet) proves nothing and is not read.
 *
 * The lesson is about where commands run, not about any folder (the folder may be moved the next day), and one
 * session is not enough to teach it: the signal carries the session's task sketch (Signal.asked), so, like a
 * how-to the user hands over, it teaches only once it recurs in sessions about different tasks (cluster.ts
 * recurringAsk), at any support bar.
 */
import type { Session, SessionEvent, Signal, ToolCallEvent } from '../model/index.js';
import { segments, shellWords } from './shell-words.js';
import { evidenceFor } from './evidence.js';
import { taskSketch } from './repeated-asks.js';
import { cdMissedDir } from './not-failures.js';

export const CWD_LESSON = 'The shell keeps its working directory between commands: check it with `pwd` before a `cd`.';

/** Commands that move or remove a directory: after one, a missing folder proves nothing about the shell. */
const MOVES = /^(?:rm|rmdir|mv|git|trash|unlink)$/;

/**
 * A command's first segment, when it may start with `cd`: its first word is `cd` only if its first character is a
 * `c` or a quote (shellWords joins `"c"d`). Asked of every result's call, and most start otherwise: their first
 * segment, a whole heredoc at times, is then not split into words.
 */
function firstIfCd(command: string): string | undefined {
  const first = segments(command, 1)[0] ?? '';
  return /^[c"']/.test(first) ? first : undefined;
}

/** The relative directory a first segment enters (`cd app`, `cd ./app/`), if that is how it starts. */
function entered(first: string | undefined): string | undefined {
  if (first === undefined) return undefined;
  const words = shellWords(first);
  if (words[0] !== 'cd' || words.length !== 2) return undefined;
  const dir = (words[1] ?? '').replace(/^\.\//, '').replace(/\/+$/, '');
  // An absolute path, home, a variable or a parent does not depend on where the shell is.
  return /^[\w@+-][\w@.+-]*(?:\/[\w@.+-]+)*$/.test(dir) && !/(?:^|\/)\.\.?(?:\/|$)/.test(dir) ? dir : undefined;
}

const startsWithCd = (first: string | undefined) => first !== undefined && /^\s*cd\s/.test(first);

/** Whether a command moves or removes `dir` (by its name, anywhere in its words). Asked of every later command. */
function touches(command: string, dir: string): boolean {
  return segments(command).some((seg) => {
    // Most segments run no mover: their first word says so, and the rest of the segment need not be split.
    if (!MOVES.test(shellWords(seg, 1)[0] ?? '')) return false;
    return shellWords(seg)
      .slice(1)
      .some((w) => w.replace(/\/+$/, '').includes(dir));
  });
}

export function mineShellCwd(session: Session): Signal[] {
  const calls = new Map<string, ToolCallEvent>();
  let last: ToolCallEvent | undefined;
  let opening: string | undefined;
  /** The directory the last working `cd` entered, and the call that entered it. */
  let inside: { dir: string; call: ToolCallEvent } | undefined;
  for (const e of session.events) {
    if (e.kind === 'user_prompt' && !e.task && !e.sidechain && opening === undefined && !/^\/\S+\s*$/.test(e.text.trim())) {
      opening = e.text;
      continue;
    }
    if (e.kind === 'tool_call') {
      if (e.command) {
        if (e.callId) calls.set(e.callId, e);
        last = e;
        if (inside && touches(e.command, inside.dir)) inside = undefined;
      }
      continue;
    }
    if (e.kind !== 'tool_result') continue;
    const call = (e.callId ? calls.get(e.callId) : undefined) ?? last;
    if (!call?.command) continue;
    const first = firstIfCd(call.command);
    const dir = entered(first);
    if (e.ok) {
      // Any other working `cd` moves the shell elsewhere: only the latest one is where it is.
      if (dir) inside = { dir, call };
      else if (startsWithCd(first)) inside = undefined;
      continue;
    }
    const named = cdMissedDir(e.text)?.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!dir || !inside || dir !== inside.dir || named !== dir || inside.call === call) continue;
    return [signal(session, inside.call, call, e, opening ?? '')];
  }
  return [];
}

function signal(session: Session, before: ToolCallEvent, again: ToolCallEvent, failure: SessionEvent, opening: string): Signal {
  return {
    kind: 'environment_feedback',
    sessionId: session.id,
    agent: session.agent,
    signature: 'shell|cwd-persists',
    summary: 'A `cd` into a folder the shell had already entered failed: the shell keeps its working directory between commands',
    lesson: CWD_LESSON,
    // Like an ask, a one-off until it recurs in sessions about different tasks: the task is what the session opened with.
    asked: taskSketch(opening, { own: '' }),
    evidence: [
      evidenceFor(session, before, before.command),
      evidenceFor(session, again, again.command),
      evidenceFor(session, failure, undefined, 'failure'),
    ],
  };
}
