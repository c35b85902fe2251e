/**
 * "Why aren't you using X?" after the user asked for X earlier in the same session: the agent was told to
 * use X and did not, so the user has to ask again. That is a correction by structure (the earlier request
 * is in the session), not by phrasing: the same question with no earlier request for X is a suggestion
 * ("why not use a queue here?") and counts for nothing. Only negated questions count: "why are you using
 * X?" objects to X.
 */
import { toolKey, type RestatedTool } from './restated.js';
import { TRANSIENT } from './corrections.js';
import { escapeRegExp } from './normalize.js';

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
 * A reproach that the user had said it already, naming no verb of its own: "wasn't I clear?", "I said X", "I already
 * told you, X", "how many times do I have to say it", "what part of 'use X' was unclear", "didn't I say to use X", "as
 * I mentioned, use X", "I specifically asked for X". It counts only beside the tool the session's earlier prompt asked
 * for, named as the object (the name closes its phrase: "the ripgrep output" is not ripgrep).
 */
const SAID_BEFORE =
  /\b(?:(?:i|we)\s+(?:already\s+|specifically\s+|clearly\s+|just\s+|literally\s+)?(?:said|told\s+(?:you|u)|asked(?:\s+(?:you|u))?(?:\s+for)?|mentioned|wrote)|was(?:n'?t|\s+not)\s+i\s+clear|how\s+many\s+times|what\s+part\s+of|did(?:n'?t|\s+not)\s+i\s+(?:say|tell\s+(?:you|u)|ask)|as\s+i\s+(?:said|mentioned|wrote|asked)|like\s+i\s+(?:said|told\s+(?:you|u)))\b/i;
/** A concession or a moment beside the reproach: "I said uv, but pip is fine", "... it's down today". */
const CONCEDED = /\b(?:but|though|although|however|unless|except|fine|ok(?:ay)?|for now|today|this time|down|broken)\b/i;

/** Whether `text` names `name` as the thing asked for, not negated, closing its phrase. */
function namesAsObject(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  const object = new RegExp(
    String.raw`(?:^|[\s:,'"‘“(])(?:to\s+)?(?:use\s+|using\s+)?(?:the\s+)?\x60?${n}\x60?(?:\s+(?:mcp|server|cli|tool|skill|plugin))*\s*(?=$|[.!?,;:'"’”)])`,
    'i',
  );
  const negated = new RegExp(String.raw`\b(?:not|no|never|don'?t|stop)\s+(?:use\s+|using\s+)?(?:the\s+)?${n}\b`, 'i');
  return object.test(text) && !negated.test(text);
}

/** The earlier-asked tool a "said it already" reproach names (itself or in the sentence after it), with its words. */
function saidBefore(
  sentences: readonly string[],
  asked: ReadonlyMap<string, { tool: RestatedTool }>,
): { tool: RestatedTool; sentence: string } | undefined {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!SAID_BEFORE.test(s)) continue;
    const near = [s, sentences[k + 1] ?? ''].join(' ').trim();
    if (CONCEDED.test(near) || TRANSIENT.test(near)) continue;
    for (const { tool } of asked.values()) if (namesAsObject(near, tool.name)) return { tool, sentence: near };
  }
  return undefined;
}

/**
 * The tool `own` (a prompt with its pasted lines blanked) asks why the agent is not using, when the same
 * session's earlier prompts named it as the means of the work (`asked`, keyed as restated.ts keys them).
 */
export function askedAgain(
  own: string,
  asked: ReadonlyMap<string, { tool: RestatedTool }>,
): { tool: RestatedTool; sentence: string } | undefined {
  const sentences = own
    .split(/(?<=[.!?])\s+|\r?\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sentences) {
    const why = WHY_NOT_USED.exec(s);
    const m = why && NEGATED.test(s) ? why : REPROACHED.exec(s);
    if (!m) continue;
    const name = (m[1] ?? m[2] ?? '').replace(/[.?!]+$/, '');
    const earlier = asked.get(toolKey(name));
    if (earlier) return { tool: earlier.tool, sentence: s };
  }
  return saidBefore(sentences, asked);
}
