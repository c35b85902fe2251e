/**
 * GitHub Copilot CLI's shell sessions, in its session log and its `/share` export alike. A `bash` (or `powershell`)
 * call whose command is still running when its wait ends is answered "<command with shellId: N is still running after
 * S seconds. …>" (some versions say `sessionId`, and a named session may have any id), and the agent later waits on it
 * with `read_bash`, types into it with `write_bash` (`{shellId | sessionId, delay, input?}`) or ends it with
 * `stop_bash`. The answer that ends "<exited with exit code N>" is the command's outcome: like Codex's `write_stdin`
 * (codex-unified-exec.ts), these calls are transport for the command, not actions of their own. Read call by call, a
 * test run that was "still running" was a success, and its failure in a later poll belonged to no command.
 */
import { asRecord } from '../builder.js';

/** The tools that reach a running shell by its id. */
const POLLS = new Set(['read_bash', 'write_bash', 'stop_bash', 'read_powershell', 'write_powershell', 'stop_powershell']);
/** Copilot keeps a handful of live shells; more held here only costs memory. */
const MAX_RUNNING = 64;
/** The output kept for one command across its polls. */
const MAX_TEXT = 100_000;

/** The harness's own last line: the shell ended with this code ("<exited with exit code 1>", later "<shellId: 3 completed with exit code 1>"). */
const EXITED = /<(?:exited|(?:shellId|sessionId): [^\s<>]{1,80} completed) with exit code (-?\d{1,3})>\s*$/;
/** The harness's own last line: the command outlived its wait, under this shell id. */
const STILL_RUNNING = /<command with (?:shellId|sessionId): ([^\s<>]{1,80}) is still running after \d+ seconds\.[^\n]*>\s*$/;

/** The last line only: what a command printed earlier is not the harness speaking. */
const tail = (text: string): string => (text.length > 4096 ? text.slice(-2048) : text);

/** The exit code Copilot appended to a shell's output, when the command ended. */
export function shellExitCode(text: string): number | undefined {
  const m = EXITED.exec(tail(text));
  return m ? Number(m[1]) : undefined;
}

/** The shell id of a command Copilot says is still running, from the answer's last line. */
export function stillRunningShell(text: string): string | undefined {
  return STILL_RUNNING.exec(tail(text))?.[1];
}

/** What a poll's answer did to the command it belongs to. */
export type PollAnswer<E> = { kind: 'settled'; exitCode: number; text: string; previous: E } | { kind: 'running' } | { kind: 'gone' };

/** The commands a session left running, by shell id, and the poll calls that reach them. */
export class CopilotShells<E> {
  private readonly running = new Map<string, { result: E; text: string }>();
  private readonly polls = new Map<string, string>();

  /** A shell call answered "still running": its result stands until a poll settles it. */
  hold(shell: string, result: E, text: string): void {
    if (!this.running.has(shell) && this.running.size >= MAX_RUNNING) return;
    this.running.set(shell, { result, text: text.slice(0, MAX_TEXT) });
  }

  /**
   * Takes a poll naming a held shell (its answer then comes to `answer`): true when taken. A poll of a shell never
   * held here (started before an export began, or never running) stays a call of its own.
   */
  takeCall(callId: string, name: string, input: unknown): boolean {
    if (!POLLS.has(name)) return false;
    const o = asRecord(input);
    const id = o?.shellId ?? o?.sessionId;
    const shell = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    if (shell === undefined || !this.running.has(shell)) return false;
    this.polls.set(callId, shell);
    return true;
  }

  /** Whether this call id is a taken poll. */
  isPoll(callId: string | undefined): callId is string {
    return callId !== undefined && this.polls.has(callId);
  }

  /**
   * A taken poll's answer: the command ended (its outcome, with all it printed), runs on, or is gone: stopped, or
   * an id the CLI no longer knows ("Invalid shell ID"), whose outcome was never seen and so settles nothing.
   */
  answer(callId: string, text: string, exitCode: number | undefined): PollAnswer<E> {
    const shell = this.polls.get(callId)!;
    this.polls.delete(callId);
    const held = this.running.get(shell);
    if (!held) return { kind: 'gone' };
    const joined = (held.text + '\n' + text).slice(0, MAX_TEXT);
    const code = exitCode ?? shellExitCode(text);
    if (code !== undefined) {
      this.running.delete(shell);
      return { kind: 'settled', exitCode: code, text: joined, previous: held.result };
    }
    if (stillRunningShell(text) === undefined) {
      this.running.delete(shell);
      return { kind: 'gone' };
    }
    held.text = joined;
    return { kind: 'running' };
  }
}
