/**
 * Rules typed loosely, read as the engine's own template sentence (guards/wording-templates.ts), the way a rule in
 * another language is glossed (lingua/gloss.ts): the instruction miner then decides as for any sentence whether it is
 * a rule (the turn it answers, a transient word, support across sessions), and the user's words stay the quote.
 * Two classes, each with a command as code for its payload, so no frame word ever becomes part of a lesson:
 * - an end put to a command: "no more `X`", "enough with `X`", "quit running `X`" -> "Don't run `X`.";
 * - a step tied to a commit or push without its verb or in text-speak: "`X` b4 every commit", "Remember: `X` before
 *   each commit", "before any commit: `X`", "run `X` prior to committing", "you committed without running `X`"
 *   -> "Run `X` before committing.". Read as a rule only where the agent's own commit is on record (mine-instructions).
 */

/** A command as code, or as plain words the agent's recent action starts with (structure vouches for those). */
const SPAN = /^`([^`\n]{2,80})`/;
/** A tag question asks for assent, not about the rule: "no more `X`, ok?". */
const TAG = /,?\s+(?:ok(?:ay)?|alright|all right|right|understood|got it|yeah|clear|capisce)\s*\?+$/i;
/** Politeness, hesitation and a concession before the rule: "ok that worked but", "please,", "hey,". */
const OPENING =
  /^(?:(?:please|pls|plz|hey|ok(?:ay)?|and|also|so|again|remember|reminder|note|btw)[,:!]?\s+)*(?:(?:ok(?:ay)?,?\s+)?(?:that|it|this)\s+(?:worked|works|is fine|looks good)[,;]?\s+but\s+)?(?:(?:please|pls|plz)[,!]?\s+)?/i;
/** What may follow the command in a standing end to it: politeness, "from you", a reason after punctuation. */
const CLOSING = /^(?:\s+(?:please|pls|plz|from you|ever|again|in this (?:repo|project)|here))*\s*(?:$|[.!,:;]|\s[-–—]\s)/i;
const END_TO = /^(?:no\s+more|enough\s+with|quit(?:\s+(?:running|using|calling|doing))?)\s+/i;

const TEXT_SPEAK: [RegExp, string][] = [
  [/\bb4\b/gi, 'before'],
  [/\bprior\s+to\b/gi, 'before'],
];
/** The commit or push a step is tied to, after "before": "each commit", "you commit", "committing", "any push". */
const EVENT = /^before\s+(?:you\s+|we\s+)?(?:each\s+|every\s+|any\s+|a\s+)?(commit|push)(?:ting|ing|ted|ed|es|s)?\b/i;

/** The command a clause opens with: a code span, or the words of a recent command (at most four). */
function command(text: string, actions: readonly string[]): { cmd: string; rest: string } | undefined {
  const span = SPAN.exec(text);
  if (span) return { cmd: span[1]!.trim(), rest: text.slice(span[0].length) };
  for (const a of actions) {
    const line = a.split('\n')[0]!.trim();
    if (line.length < 3 || !text.toLowerCase().startsWith(line.toLowerCase())) continue;
    if (!/^\S+(?:\s+\S+){0,3}$/.test(line) || /[^\s\w./:=@+-]/.test(line)) continue;
    return { cmd: line, rest: text.slice(line.length) };
  }
  return undefined;
}

const eventOf = (m: RegExpExecArray) => (m[1]!.toLowerCase() === 'push' ? 'pushing' : 'committing');

/** The template rule a loosely typed sentence states, or undefined. `actions` are the agent's recent actions. */
export function looseRule(sentence: string, actions: readonly string[]): string | undefined {
  if (sentence.length > 220) return undefined;
  let s = sentence
    .trim()
    .replace(/\u2019/g, "'")
    .replace(TAG, '.');
  if (s.endsWith('?')) return undefined;
  const typed = s;
  for (const [re, to] of TEXT_SPEAK) s = s.replace(re, to);
  // A rule already in the miner's own words ("run `X` before committing") is read as typed, so its lesson is too.
  let loose = s !== typed;
  s = s.replace(OPENING, '');
  // "no more `X`": an end put to the command, said with nothing after it but politeness or a reason.
  const end = END_TO.exec(s);
  if (end) {
    const c = command(s.slice(end[0].length), actions);
    return c && CLOSING.test(c.rest) ? `Don't run \`${c.cmd}\`.` : undefined;
  }
  // "you committed without running `X`": the step the commit skipped.
  const skipped = /^you\s+(commit|push)(?:ted|ed)\s+without\s+(?:running\s+|doing\s+)?/i.exec(s);
  if (skipped) {
    const c = command(s.slice(skipped[0].length), actions);
    if (!c || !/^(?:\s+(?:again|first))*\s*(?:$|[.!])/i.test(c.rest)) return undefined;
    return `Run \`${c.cmd}\` before ${skipped[1]!.toLowerCase() === 'push' ? 'pushing' : 'committing'}.`;
  }
  // "before any commit: `X`", "(always) (run|do) `X` before each commit", "`X` before every commit".
  const lead = /^(before\s+[^:,]{2,30}?)[:,]\s+/i.exec(s);
  if (lead) {
    const ev = EVENT.exec(lead[1]!);
    const body = s.slice(lead[0].length);
    const verb = /^(?:always\s+)?(run|do)\s+/i.exec(body);
    // "Before you commit, run `X`." is the miner's own form (corrections.ts asOrder), read as typed.
    if (!ev || !(loose || !verb || verb[1]!.toLowerCase() === 'do')) return undefined;
    const c = command(body.slice(verb?.[0].length ?? 0), actions);
    return c && /^\s*(?:please|pls)?\s*[.!]*$/i.test(c.rest) ? `Run \`${c.cmd}\` before ${eventOf(ev)}.` : undefined;
  }
  const always = /^always\s+/i.test(s);
  const verb = /^(?:always\s+)?(run|do)\s+/i.exec(s);
  loose ||= !verb || verb[1]!.toLowerCase() === 'do';
  const c = command(s.slice(verb?.[0].length ?? 0), actions);
  if (!c || !loose) return undefined;
  const ev = EVENT.exec(c.rest.trim());
  if (!ev) return undefined;
  const after = c.rest.trim().slice(ev[0].length);
  if (!/^(?:[,\s]+(?:always|please|pls|plz|thank you|thanks|anything))*\s*[.!]*$/i.test(after)) return undefined;
  return `${always ? 'Always run' : 'Run'} \`${c.cmd}\` before ${eventOf(ev)}.`;
}
