/**
 * The tools a user names as the means of the work they ask for ("add tests that use gtest", "write it using the
 * gtest framework"): in a session where nothing was corrected this says the same thing a correction in another
 * session said, that the user wants that tool, and had to say it again. Read from the user's own lines only, and
 * never from a sentence that rejects, weighs or questions a choice ("not", "instead of", "why", "should we").
 */
import { contentWords } from './normalize.js';
import { saysThisConversation, scopesTheMessage } from './lingua/this-conversation.js';

/** At most this many restated tools a prompt: a long request names a handful of tools, a paste names hundreds. */
const MAX_PER_PROMPT = 8;
const MAX_PROMPT = 2000;

// The verb may open the sentence: "Use the X server for it."
const MEANS = /\b(?:[Uu]sing|[Uu]ses|[Uu]se)\s+(?:the\s+)?`?([A-Za-z][\w@.+-]{1,39})`?(?=[\s.,;:!?)]|$)/g;
/**
 * Access granted to a tool is the same ask in other words: "each agent will have access to the X server", "give them
 * access to X", "a reviewer with access to X". Only a grant (have/has/give/with), never a question about access.
 */
const ACCESS =
  /\b(?:(?:have|has|having|with)\s+|(?:give|giving|grant)\s+(?:\w+\s+){0,2}?)access\s+to\s+(?:the\s+)?`?([A-Za-z][\w@.+-]{1,39})`?(?=[\s.,;:!)]|$)/g;
/** A rejection, a correction or a weighing of options: what it names is not simply wanted. */
const NOT_PLAIN =
  /\b(?:not|no|never|don'?t|doesn'?t|didn'?t|won'?t|stop|avoid|instead|rather|why|whether|should (?:we|i)|what about|how about|maybe|perhaps|or)\b|n't\b/i;
/**
 * A report of what the agent's work used ("This is using axios.", "Your change uses moment"): said to set up a
 * correction, it names the rejected thing. "that" counts only opening a clause: "a test that uses pytest" asks for it.
 */
const REPORT =
  /(?:\b(?:you|it|this)|\byour\s+\w+|(?:^|[,;]\s*)that)\s+(?:(?:was|were|is|are|had|has|have)\s+)?(?:been\s+)?(?:using|used|uses)\b/i;
/** Words after "use" that are not a tool's name. */
const NOT_A_NAME =
  /^(?:a|an|any|all|some|something|anything|everything|nothing|whatever|whichever|this|that|these|those|it|its|them|they|their|your|my|our|his|her|one|same|other|another|more|less|each|every|both|either|case|cases|only|just|also|to|of|in|on|for|with|by|as|at|is|are|was|were|be|been)$/i;

/** How clustering keys a tool: the content words of a preference's "use" side, sorted. */
export const toolKey = (name: string): string => contentWords(name).sort().join(' ');

export interface RestatedTool {
  /** The tool, as clustering keys it: the content words of a preference's "use" side. */
  key: string;
  name: string;
  sentence: string;
}

/** The tools `own` (a prompt with its pasted lines blanked) names as the means of the work, each once. */
export function restatedTools(own: string): RestatedTool[] {
  if (own.length > MAX_PROMPT) return [];
  const out = new Map<string, RestatedTool>();
  const all = own.split(/(?<=[.!?])\s+|\r?\n+/);
  if (all.some(scopesTheMessage)) return [];
  for (const sentence of all) {
    const s = sentence.trim();
    // "In this chat, use X": asked for this conversation only, not the standing wish a restatement counts as.
    if (!s || NOT_PLAIN.test(s) || REPORT.test(s) || saysThisConversation(s)) continue;
    for (const m of [...s.matchAll(MEANS), ...(s.endsWith('?') ? [] : s.matchAll(ACCESS))]) {
      const name = (m[1] ?? '').replace(/[.]+$/, '');
      if (NOT_A_NAME.test(name)) continue;
      const key = toolKey(name);
      if (!key || out.has(key)) continue;
      out.set(key, { key, name, sentence: s });
      if (out.size >= MAX_PER_PROMPT) return [...out.values()];
    }
  }
  return [...out.values()];
}
