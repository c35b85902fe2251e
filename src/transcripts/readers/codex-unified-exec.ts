/**
 * Codex's unified exec: `exec_command` starts a process and answers after its yield time with a header
 * ("Chunk ID", "Wall time", then "Process exited with code N" or "Process running with session ID N", "Original
 * token count", "Output:") and the output so far. A process still running is finished later through `write_stdin`
 * naming that session (empty `chars` polls, text is typed into it), and the answer whose header says "Process
 * exited with code N" is the command's outcome. Codex treats `write_stdin` as transport for the exec session: a poll
 * that observes completion reports the original `exec_command` (`handlers/unified_exec/write_stdin.rs`). Read
 * call by call, a test run that printed "Process running" and failed in the poll was a success, and its failure
 * belonged to no command.
 */
import { asRecord, exitCodeFrom } from '../builder.js';

/** Codex keeps at most 64 live processes (MAX_UNIFIED_EXEC_PROCESSES); more held here only costs memory. */
const MAX_RUNNING = 64;
/** The output kept for one command across its polls, as a function output's own cap. */
const MAX_TEXT = 100_000;

/** The header's lines before "Output:": what Codex wrote, never what the command printed. */
function header(text: string): string {
  const end = text.indexOf('\nOutput:');
  return end < 0 ? '' : text.slice(0, end);
}

const RUNNING = /(?:^|\n)Process running with session ID (\d+)\s*(?:\n|$)/;

/** The session id a unified exec answer says is still running, from its header alone. */
export function runningSession(text: string): string | undefined {
  const h = header(text);
  return exitCodeFrom(h) === undefined ? RUNNING.exec(h)?.[1] : undefined;
}

/** The exit code a unified exec answer's header reports, when the process has ended. */
function exitedWith(text: string): number | undefined {
  return exitCodeFrom(header(text));
}

/** A held result: the reader's own event, settled in place when the command's outcome arrives. */
interface Running<E> {
  result: E;
  text: string;
}

/** What a `write_stdin` answer did to the command it belongs to. */
export type StdinAnswer<E> = { kind: 'settled'; exitCode: number; text: string; previous: E } | { kind: 'running' } | { kind: 'gone' };

/** The commands a rollout left running, by session id, and the polls that belong to them. */
export class UnifiedExecSessions<E> {
  private readonly running = new Map<string, Running<E>>();
  private readonly polls = new Map<string, string>();

  /** An `exec_command` answer that left its process running: its result stands until a poll settles it. */
  hold(session: string, held: { result: E; text: string }): void {
    if (!this.running.has(session) && this.running.size >= MAX_RUNNING) return;
    this.running.set(session, { ...held, text: held.text.slice(0, MAX_TEXT) });
  }

  /**
   * A `write_stdin` call naming a held session is transport, not an action of its own: true when it was taken
   * (its answer then comes to `answer`). A session never held (its start in another file) stays its own call.
   */
  takeCall(callId: string, input: unknown): boolean {
    const id = asRecord(input)?.session_id;
    const session = typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
    if (session === undefined || !this.running.has(session)) return false;
    this.polls.set(callId, session);
    return true;
  }

  /**
   * A `write_stdin` call whose session the record does not name (a SpecStory export writes the call's name and its
   * answer, not its arguments): it polls the one command held running, and is taken as that command's transport. With
   * none held, or several (which one it polled is unknown, and an outcome given to the wrong command is worse than
   * none), it stays a call of its own.
   */
  takeSole(callId: string): boolean {
    if (this.running.size !== 1) return false;
    this.polls.set(callId, this.running.keys().next().value!);
    return true;
  }

  /** Whether this output answers a taken `write_stdin` call. */
  isPoll(callId: string | undefined): callId is string {
    return callId !== undefined && this.polls.has(callId);
  }

  /**
   * A taken call's answer: the command ended (its outcome), runs on, or is gone (the id unknown to Codex). `known`:
   * the answer's fields as a code-mode cell returned them (codex-code-mode.ts), in place of the text's header.
   */
  answer(callId: string, text: string, known?: { exitCode?: number; session?: string }): StdinAnswer<E> {
    const session = this.polls.get(callId)!;
    this.polls.delete(callId);
    const held = this.running.get(session);
    if (!held) return { kind: 'gone' };
    const code = known ? known.exitCode : exitedWith(text);
    const joined = (held.text + '\n' + text).slice(0, MAX_TEXT);
    if (code === undefined) {
      // "write_stdin failed: ..." (no such process) settles nothing: the command's outcome was never seen.
      if ((known ? known.session : runningSession(text)) === undefined) {
        this.running.delete(session);
        return { kind: 'gone' };
      }
      held.text = joined;
      return { kind: 'running' };
    }
    this.running.delete(session);
    return { kind: 'settled', exitCode: code, text: joined, previous: held.result };
  }
}
