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
 * The tool `own` (a prompt with its pasted lines blanked) asks why the agent is not using, when the same
 * session's earlier prompts named it as the means of the work (`asked`, keyed as restated.ts keys them).
 */
export function askedAgain(
  own: string,
  asked: ReadonlyMap<string, { tool: RestatedTool }>,
): { tool: RestatedTool; sentence: string } | undefined {
  for (const sentence of own.split(/(?<=[.!?])\s+|\r?\n+/)) {
    const s = sentence.trim();
    const m = WHY_NOT_USED.exec(s);
    if (!m || !NEGATED.test(s)) continue;
    const name = (m[1] ?? '').replace(/[.?!]+$/, '');
    const earlier = asked.get(toolKey(name));
    if (earlier) return { tool: earlier.tool, sentence: s };
  }
  return undefined;
}
