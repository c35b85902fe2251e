/**
 * What a user says right after rejecting the agent's tool call, read by where it sits:
 *
 * - "I'll run the fly commands myself." takes a kind of action back: the agent should stop running
 *   that program and hand over the steps. It counts only when the program it names is one the
 *   rejected call ran, so "I'll review it myself" after a rejected `rm` is not a rule about `rm`.
 * - "Just tell me what to do." asks for this reply (tell, show, explain me ...): it says how to answer
 *   now, not how to work in this repository, so it is never a memory entry on its own.
 */
import type { ToolCallEvent } from '../model/index.js';
import { parseCommands } from './command.js';

/** "I'll / I will / I'd rather ... myself (by hand, manually)": the user keeps the action. */
const KEEPS =
  /^(?:(?:ok(?:ay)?|no|nope|actually)[,!]?\s+)?(?:i'?ll|i\s+will|i'?d\s+rather|i\s+prefer\s+to|let\s+me)\s+(?:run|do|handle|execute|type|deploy)\b(.*?)\b(?:myself|by hand|manually)\b/i;

/** A request about the reply in progress: the verb asks for words back, not for work on the repo. */
const REPLY_REQUEST =
  /^(?:please\s+)?(?:just\s+|only\s+|first\s+)?(?:(?:tell|show|give|walk|send|let)\s+(?:me|us)\b|(?:explain|describe|summari[sz]e|answer)\b)/i;

export const replyRequest = (sentence: string): boolean => REPLY_REQUEST.test(sentence.trim());

/** The programs a call ran (`cd app && fly status` ran fly), for matching what the user takes back. */
function programsOf(calls: readonly ToolCallEvent[]): Set<string> {
  const out = new Set<string>();
  for (const c of calls) if (c.command) for (const shape of parseCommands(c.command)) out.add(shape.program.toLowerCase());
  return out;
}

/**
 * The program the user takes back from the agent, when the sentence keeps an action for the user and
 * names a program the rejected calls ran; undefined otherwise.
 */
export function handsBackProgram(sentence: string, rejected: readonly ToolCallEvent[]): string | undefined {
  const m = KEEPS.exec(sentence.trim());
  if (!m) return undefined;
  const named = new Set((m[1] ?? '').toLowerCase().match(/[\w@.+-]+/g) ?? []);
  for (const p of programsOf(rejected)) if (named.has(p)) return p;
  return undefined;
}
