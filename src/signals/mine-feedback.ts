/**
 * Feedback from the environment about the agent's reply format: the harness, neither a tool nor a
 * person, answered a reply instead of running it ("provide exactly one action", in whatever words).
 *
 * Decided from structure alone, never from the feedback's text: the reader marks the harness's answer
 * as an `environment_feedback` event, and the replies it refused are compared with the replies it ran.
 * When every reply the harness ran carried exactly one tool call and it refused one that carried
 * several, the rule is "exactly one action per reply". Feedback that answers a reply shaped like the
 * accepted ones (a step limit, a timeout), or that answers no recorded reply (a malformed call the
 * format did not keep), shows nothing about the format and teaches nothing.
 */
import type { Session, SessionEvent, Signal } from '../model/index.js';
import { evidenceFor } from './evidence.js';

/** Replies the harness ran before "it only runs replies with exactly one call" is a fact of the session. */
const MIN_ACCEPTED = 2;

export const ONE_ACTION_LESSON = 'Put exactly one action in each reply: the harness rejects replies with none or several.';

interface Reply {
  /** The reply's first event: where a reviewer sees what the agent sent. */
  first: SessionEvent;
  calls: number;
  firstCall: SessionEvent | undefined;
}

const fromAgent = (e: SessionEvent) => e.kind === 'assistant_text' || e.kind === 'tool_call';

export function mineReplyFormat(session: Session): Signal[] {
  let reply: Reply | undefined;
  const acceptedCounts = new Set<number>();
  let accepted = 0;
  let refused: { reply: Reply; feedback: SessionEvent } | undefined;
  /** The first call the harness ran after the first refusal: what the agent sent once it kept the format. */
  let fix: SessionEvent | undefined;
  for (const e of session.events) {
    if (fromAgent(e)) {
      reply ??= { first: e, calls: 0, firstCall: undefined };
      if (e.kind === 'tool_call') {
        reply.calls++;
        reply.firstCall ??= e;
      }
      continue;
    }
    if (e.kind === 'tool_result' && reply) {
      accepted++;
      acceptedCounts.add(reply.calls);
      if (refused && !fix) fix = reply.firstCall;
    } else if (e.kind === 'environment_feedback' && reply && reply.calls > 1) {
      // A refused reply without a call could have been a message to the user the format keeps as text
      // (OpenHands' message action) answered by an unrelated error: only several calls refused are evidence.
      refused ??= { reply, feedback: e };
    }
    // Anything else (a person, a hook, a compaction) ends the reply without saying how it was taken.
    reply = undefined;
  }
  if (!refused || accepted < MIN_ACCEPTED || acceptedCounts.size !== 1 || !acceptedCounts.has(1)) return [];
  return [
    {
      kind: 'environment_feedback',
      sessionId: session.id,
      agent: session.agent,
      signature: 'reply-format|one-call',
      summary: 'The harness refused replies that held several tool calls, and ran replies that held exactly one',
      lesson: ONE_ACTION_LESSON,
      // The refusal first: an edit cites each session's first item, and the refused reply's opening
      // line (`THOUGHT: I will ...`) shows a reviewer nothing of the format it broke.
      evidence: [
        evidenceFor(session, refused.feedback),
        evidenceFor(session, refused.reply.first, undefined, 'failure'),
        ...(fix ? [evidenceFor(session, fix, undefined, 'fix')] : []),
      ],
    },
  ];
}
