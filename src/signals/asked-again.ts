/**
 * "Why aren't you using X?" after the user asked for X earlier in the same session: the agent was told to
 * use X and did not, so the user has to ask again. That is a correction by structure (the earlier request
 * is in the session), not by phrasing: the same question with no earlier request for X is a suggestion
 * ("why not use a queue here?") and counts for nothing. Only negated questions count: "why are you using
 * X?" objects to X.
 */
import { toolKey, type RestatedTool } from './restated.js';

/**
 * A "why ... not ... use X" question: "why not using X?", "why not use X", "why aren't you using X",
 * "why did the agents not use X", "why don't you use the X server". Group 1 is the thing asked for.
 */
const WHY_NOT_USED =
  /\bwhy\s+(?:not|(?:(?:are|is|do|does|did)(?:n'?t)?)\s+(?:you|we|they|it|(?:the\s+)?(?:agents?|team|subagents?))(?:\s+not)?)\s+(?:be\s+)?(?:using|use|used)\s+(?:the\s+)?`?([A-Za-z][\w@.+-]{1,39})`?/i;
/** The question must carry its negation: "why did you use X" asks the opposite. */
const NEGATED = /\bwhy\s+not\b|n'?t\b|\bnot\s+(?:be\s+)?(?:using|use|used)\b/i;
/**
 * The same reproach without "why": the agent, as the subject, did not use X ("you didn't use X again", "did you not
 * use X?", "how come you're not using X"), was supposed to ("you were supposed to use X", "I asked you to use X"),
 * or is told again ("Again: use X"), or skipped it ("why did you skip X?"); "why not X?" names it bare. Never "don't use X": that rejects it.
 */
const REPROACHED = new RegExp(
  String.raw`(?:(?:\b(?:you|u)(?:'re|\s+are|\s+were|\s+did|\s+have|\s+had)?\s+(?:still\s+)?(?:not|never|n't|did\s*n'?t|have\s*n'?t|are\s*n'?t|were\s*n'?t)\s+(?:even\s+)?(?:be\s+)?|\b(?:did|do|are|were|have)\s+(?:you|u)\s+not\s+(?:even\s+)?|\b(?:supposed|meant)\s+to\s+(?:be\s+)?|\b(?:asked|told)\s+you\s+to\s+|^again[:,]?\s+)(?:using|use|used)|\b(?:why\s+did\s+you|you)\s+(?:skip|skipped|ignore|ignored))\s+(?:the\s+)?\x60?([A-Za-z][\w@.+-]{1,39})\x60?|^why\s+not\s+(?:the\s+)?\x60?([A-Za-z][\w@.+-]{1,39})\x60?\s*\?`,
  'i',
);

/**
 * The tool `own` (a prompt with its pasted lines blanked) asks why the agent is not using, when the same
 * session's earlier prompts named it as the means of the work (`asked`, keyed as restated.ts keys them).
 */
export function askedAgain(
  own: string,
  asked: ReadonlyMap<string, { tool: RestatedTool }>,
): { tool: RestatedTool; sentence: string } | undefined {
  for (const sentence of own.split(/(?<=[.!?])\s+|\r?\n+/)) {
    const s = sentence.trim();
    const why = WHY_NOT_USED.exec(s);
    const m = why && NEGATED.test(s) ? why : REPROACHED.exec(s);
    if (!m) continue;
    const name = (m[1] ?? m[2] ?? '').replace(/[.?!]+$/, '');
    const earlier = asked.get(toolKey(name));
    if (earlier) return { tool: earlier.tool, sentence: s };
  }
  return undefined;
}
