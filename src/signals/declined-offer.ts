/**
 * A "no" to what the agent just offered is a decision about this task, not a rule for the repository. When the
 * agent ends its reply with an offer ("Want me to remove that block, or ...?", "Should I delete the old
 * fixtures?") and the user answers "Don't remove the block, but help me install it", the prohibition names the
 * offered action: it declines the proposal in front of it. Read as a standing rule it would reach memory as
 * "Don't remove the block ..." with nothing saying which block (found in round 10, a Claude Code session).
 *
 * Only the offer's own verb is declined. A prohibition of another action, one said with "never", one that names what
 * to use instead or gives a reason, or one the user scopes beyond the task ("in this repo", "from now on") is still a
 * rule.
 */

import { reasonSentence } from './rule-wording.js';

/** How much of the agent's reply is read: an offer is made at its end. */
const TAIL = 600;

/**
 * An offer of an action to the user: "(do you) want me to V", "would you like me to V", "should/shall/can I V",
 * "I can/could V ..., if you want". The verb may follow "go ahead and", "also", "just".
 */
const OFFER =
  /\b(?:(?:do\s+you\s+)?want\s+me\s+to|would\s+you\s+like\s+me\s+to|should\s+i|shall\s+i|can\s+i|may\s+i|i\s+(?:can|could)(?:\s+also)?)\s+(?:(?:go\s+ahead\s+and|also|just|now|first)\s+)?([a-z]+)/gi;

/** The declining prohibition: "don't/do not V ...", with the interjections an answer opens with. Not "never". */
const DECLINE = /^(?:(?:no|nope|ok(?:ay)?|thanks|actually)[,!.]?\s+)?(?:please\s+)?(?:don[’']?t|do\s+not)\s+([a-z]+)\b/i;

/** Forms of one verb compare equal: "remove", "removing", "removes". */
const stem = (verb: string): string => verb.toLowerCase().replace(/(?:ing|ed|es|s|e)$/, '');

/**
 * The verbs the agent offered in the end of its reply, when that end asks the user something; empty otherwise.
 * A question the user must answer is what makes the next prohibition an answer.
 */
export function offeredVerbs(agentText: string): ReadonlySet<string> {
  const tail = agentText.slice(-TAIL);
  if (!tail.includes('?')) return new Set();
  const out = new Set<string>();
  for (const m of tail.matchAll(OFFER)) out.add(stem(m[1]!));
  return out;
}

/**
 * A replacement said with the refusal ("don't install with npm, use pnpm", "... run pnpm install instead") makes it a
 * preference between two ways of doing the work, which outlasts the offer; "but help me install it" asks for other work.
 */
const ALTERNATIVE = /\b(?:use|using|instead|rather than|prefer|switch to)\b/i;

/** What the user says after the refusal's own clause ("Don't update the lockfile: it is pinned ..."). */
const AFTER_CLAUSE = /^[^,;:]*?(?:[,;:]|\s[-–—]\s)\s*(.+)$/;

/**
 * A reason the refusal holds for ("the release bot writes them", "it is pinned for the deploy"), in its own clause or
 * the next sentence, is a fact about the repository: the rule outlasts the offer. "I'll look at the diff first" or "help
 * me pin it" says what happens now instead.
 */
const givesReason = (sentence: string, next: string): boolean =>
  reasonSentence(AFTER_CLAUSE.exec(sentence.trim())?.[1]) !== undefined || reasonSentence(next) !== undefined;

/**
 * Whether a prohibition declines one of the actions the agent just offered, and says neither what to do in its place
 * nor why; `next` is the sentence after it, where either may come ("Don't install with npm. Use pnpm.").
 */
export function declinesOffer(sentence: string, offered: ReadonlySet<string>, next = ''): boolean {
  if (offered.size === 0) return false;
  const m = DECLINE.exec(sentence.trim());
  if (m === null || !offered.has(stem(m[1]!))) return false;
  return !ALTERNATIVE.test(`${sentence} ${next}`) && !givesReason(sentence, next);
}
