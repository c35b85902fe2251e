/**
 * User corrections read as a whole turn, whatever their wording. A correction is rarely one tidy
 * sentence: "yarn? we use pnpm here", "No. pnpm, not yarn.", "Stop using yarn! This is a pnpm repo."
 * all reject one tool and name another. Each sentence (and clause) is classified as rejecting a
 * thing or asking for a thing; a turn that rejects at least one thing and asks for exactly one
 * other becomes ONE preference carrying the whole rule. Questions count only when they name what
 * the agent just did (structure, not wording), so "Why did you delete that file?" teaches nothing.
 */
import type { ToolCallEvent } from '../model/index.js';
import { clip, escapeRegExp } from './normalize.js';
import { THIS_CONVERSATION_EN } from './lingua/this-conversation.js';

/** A thing a correction names: a tool, command or path of at most three words. */
const THING = String.raw`\x60?([\w@.:/+-]+(?:\s[\w@.:/+-]+){0,2}?)\x60?`;
/** A polite request's lead ("can you", "could we please"): the user asks the agent, not about options ("should we"). */
const POLITE = String.raw`(?:(?:can|could|would)\s+(?:you|we)\s+(?:please\s+)?)`;
/** The agent's work as the subject of a report of what it used ("your change", "you", "this"). */
const WORK = String.raw`(?:your\s+(?:change|changes|code|test|tests|version|patch|edit|fix|implementation|script)|you|it|this|that)`;
/** A possessive before a thing ("Zephyr's ztest"): the owner is not part of the name the rule keeps. */
const OWNER = String.raw`(?:[\w-]+'s\s+)?`;
const END = String.raw`\s*(?:(?:in|for|on)\s+(?:this|the|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)|here|please|again|anymore|instead|ever|next time|from now on|going forward)?\s*[.!?]*$`;

/** Leading words that carry emotion or turn-taking, not content ("Ugh, no." "Wait -"). */
export const LEAD =
  /^(?:(?:(?:no+|nope|again|so|and|also|stop|wrong)[,.!?:-]+|(?:ugh|wait|hey|hmm+|come on|man|dude|seriously|please|ok(?:ay)?|actually|i said|i told you|like i said)[,.!?:-]*)\s*)+(?=\S)/i;

/**
 * Words that say how sure or how strongly, never what: "Definitely not TUI." answers "TUI, browser or native?" by
 * rejecting one option, and "definitely" is no tool to use instead. Closed lists, not an "-ly" rule, so `plotly` or
 * `fly` stay names. A strong word only strengthens what it leads ("definitely pnpm, not yarn" is "pnpm, not yarn");
 * a hedge leaves the clause no rule ("probably pnpm", "not necessarily yarn").
 */
const STRONG = String.raw`(?:definitely|absolutely|certainly|surely|obviously|clearly|really|seriously|totally|honestly|frankly|strictly|of course|for sure)`;
const HEDGE = String.raw`(?:probably|possibly|likely|maybe|perhaps|hopefully|ideally|preferably|generally|usually|mostly|normally|typically|necessarily)`;
const STANCE_WORD = new RegExp(String.raw`^(?:${STRONG}|${HEDGE})$`, 'i');
const STRONG_LEAD = new RegExp(String.raw`^${STRONG}[,]?\s+`, 'i');
const HEDGE_LEAD = new RegExp(String.raw`^${HEDGE}\s`, 'i');

const REJECTS: RegExp[] = [
  new RegExp(String.raw`^(?:don'?t|do not|never|stop|quit)\s+(?:using|use|running|run|calling|call|invoking)\s+${THING}${END}`, 'i'),
  // "Definitely not TUI", "absolutely no Docker": the strong word only strengthens the rejection.
  new RegExp(String.raw`^(?:${STRONG}\s+)?(?:no\s+more|not|no|never)\s+${THING}${END}`, 'i'),
  new RegExp(String.raw`^we\s+(?:don'?t|do not|never)\s+use\s+${THING}${END}`, 'i'),
  new RegExp(
    String.raw`^why\s+(?:on earth\s+|the hell\s+|again\s+)?(?:are|were|did|do|would)\s+you\s+(?:using|use|running|run|calling|call|reaching for|pick(?:ing)?)\s+${THING}${END}`,
    'i',
  ),
  new RegExp(String.raw`^${THING}\s+(?:is|are)\s+(?:not allowed|banned|forbidden|not used|wrong)${END}`, 'i'),
];

/**
 * What the agent's work used, said to set up an alternative: "Your test was using unittest, could you use pytest
 * instead?". It rejects that thing only when the turn asks for another one *instead*: "It uses pnpm. Run pnpm test."
 * reports a fact and asks for a command, and rejects nothing.
 */
const REPORTED = new RegExp(String.raw`^${WORK}\s+(?:(?:was|were|is|are)\s+)?(?:using|used|uses)\s+${OWNER}${THING}${END}`, 'i');
const INSTEAD = /\b(?:instead|rather)\b/i;
/**
 * "Could you use vitest instead of jest?" asks to change something; it corrects the agent only where the agent chose
 * the rejected thing (its recent actions name it). "Can we use websockets instead of polling here?" proposes a
 * change to the product and teaches nothing about how to work.
 */
const POLITE_BOTH = new RegExp(
  String.raw`^${POLITE}(?:use|switch to|go with|stick to)\s+${THING}\s+(?:instead of|rather than|in place of)\s+${THING}${END}`,
  'i',
);

const ASKS: RegExp[] = [
  new RegExp(String.raw`^(?:always\s+|just\s+|only\s+)?(?:use|run|call)\s+(?:only\s+)?${THING}${END}`, 'i'),
  new RegExp(String.raw`^we\s+(?:always\s+|only\s+)?use\s+${THING}${END}`, 'i'),
  new RegExp(String.raw`^(?:we'?re|we are)\s+(?:only\s+)?using\s+${THING}${END}`, 'i'),
  new RegExp(String.raw`^(?:always|only)\s+${THING}${END}`, 'i'),
  new RegExp(String.raw`^(?:switch|go back|stick)\s+to\s+${THING}${END}`, 'i'),
  new RegExp(
    String.raw`^we(?:'ve|\s+have)?\s+(?:standardi[sz]ed on|settled on|switched to|moved to|migrated to|went with|chose|picked)\s+${THING}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:it'?s|this is|we'?re|we are)\s+an?\s+${THING}\s+(?:repo(?:sitory)?|project|codebase|shop|house|team)${END}`,
    'i',
  ),
  new RegExp(String.raw`^${THING}\s+(?:only|instead|please)[.!]*$`, 'i'),
  // A polite request for an alternative: "can you use pytest instead?". Without "instead" it is a request for this
  // task ("could you use jq to parse it?"), and "should we" asks about options, so neither counts.
  new RegExp(String.raw`^${POLITE}(?:use|switch to|go with|stick to)\s+${THING}\s+instead\s*[.!?]*$`, 'i'),
];

/** A bare "pnpm." answers a rejection; a bare "yarn?!" rejects only what the agent just ran. */
const BARE_ASK = /^\x60?([\w@.:/+-]+)\x60?[.!]*$/;
const BARE_QUESTION = /^(?:why|what|really|seriously)?[,\s]*\x60?([\w@.:/+-]+(?:\s[\w@.:/+-]+){0,2}?)\x60?\?+!*$/i;

/** "use Y, not X" / "Y instead of X" / "Y rather than X" / "Y in place of X" in one clause. */
const BOTH = new RegExp(
  String.raw`^(?:always\s+|just\s+)?(?:(?:use|run|call)\s+)?${THING},?\s+(?:${STRONG}\s+)?(?:not|instead of|rather than|in place of|over)\s+${THING}${END}`,
  'i',
);

/** A sentence asked, not said: it ends with a question mark (ASCII or full-width), an exclamation at most after it. */
const ASKED = /[?？][!！]*\s*$/;
export const isAsked = (sentence: string): boolean => ASKED.test(sentence);

/** "use", "run" or "call" opening a clause: "use X, not Y" then names two things whatever Y is. */
const LEADING_VERB = /^(?:always\s+|just\s+)?(?:use|run|call)\s/i;
/**
 * A state, not a thing: what follows "not" in a report ("servers not working", "page not loaded",
 * "tests not passing yet"). Without a verb before it, "X not <state>" says how X is, not what to use.
 * Two letters at least before the ending, so `ping` and `sed` stay names.
 */
const STATE_AFTER_NOT =
  /^(?:\w{2,}(?:ing|ed)|found|shown|seen|done|ready|there|up|open|set|visible|available|defined|allowed|possible|right|ok(?:ay)?)(?:\s|$)/i;

/**
 * The piece of work at hand, pointed at: "this PR", "these changes", "the current ticket". A rule scoped to it ends
 * with it ("remember to bump the version in this PR"); in memory it would bind every later task. The project itself
 * ("this repo") is no such piece, nor is a thing of the code ("this file": lingua/this-thing.ts), and "this session"
 * is the conversation (lingua/this-conversation.ts).
 */
const THIS_WORK = String.raw`(?:this|the current) (?:pr|pull request|mr|merge request|ticket|task|issue|bug|feature|fix|change|changeset|patch|diff|story|sprint|job|week)|these (?:prs|pull requests|tickets|tasks|issues|bugs|features|fixes|changes|patches|diffs)`;
/**
 * An order whose last words point at the work at hand with a bare "this" ("use the staging db for this", "use the
 * v1 endpoint with this"): kept as it was said, the order would bind every later task. A finishing step reads the
 * same words as the change each task ends with ("before you finish, write tests for this": finishing-steps.ts), so
 * this is no TRANSIENT word; the readers that keep an order verbatim (a reminder, a request to remember) check it.
 */
export const ENDS_ON_THIS_WORK = /\b(?:for|with) this\s*[.!]*$/i;
/**
 * A rule with its own expiry: it holds until, or before, a point in the calendar ("until Friday", "before Monday's
 * release", "till the end of the sprint", "by tomorrow") or a one-off event ("until the demo", "before the 3.2
 * release", "while the outage lasts"). In memory it would outlive its date and bind every later task. A bound that
 * recurs with each task stays a rule ("don't merge until CI is green", "run the tests before the release"), and so
 * does "until further notice", which is "from now on".
 */
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const CALENDAR = String.raw`(?:(?:next|this|the end of(?: the| this)?) (?:week|weekend|month|sprint|quarter|year|release)|${DAY}(?:'s)?|${MONTH} \d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|\d{1,2}/\d{1,2}|tomorrow|tonight|lunch|noon|eod|eow|the weekend)`;
const ONE_OFF = String.raw`the (?:demo|launch|code freeze|freeze|outage|cutover|deadline|holidays|offsite|audit)|(?:the )?v?\d+\.\d+(?:\.\d+)? (?:release|launch|ships|is out|lands)`;
const EXPIRES = String.raw`(?:until|till|til|before|by|through) (?:${CALENDAR}|${ONE_OFF})|while the (?:outage|freeze|code freeze|incident|migration) (?:lasts|is on|is ongoing)`;
/**
 * A persona the agent is told to keep or leave ("NEVER break character until given an exit command", "stay in
 * character", "embody this agent's persona"): the persona is loaded for one conversation (BMAD's agent activations,
 * expanded into each session's first prompt, round 23), so an order about it is that conversation's. In memory it
 * would tell every later session to act a part no one gave it. Only the agent's own persona ("your", "this agent's";
 * "embody" says it alone): "keep the persona field optional" is about a field.
 */
const PERSONA = String.raw`(?:break(?:ing)?|stay(?:ing)? in|remain(?:ing)? in|out of) character|embody (?:this|the|your) (?:agent'?s )?persona|(?:adopt|assume|keep|drop|leave) (?:your|this agent'?s) persona`;
/**
 * One piece of work named as what the order is for, closing its clause ("Use pnpm, not npm, for this install.",
 * "Remember to update the changelog for this release."): no noun may follow, "this build system" is a thing of the repo.
 */
const FOR_THIS_PIECE = String.raw`(?:for|in|with|during) this (?:release|install|installation|deploy|deployment|migration|upgrade|refactor|build|run|commit|hotfix|experiment|spike)(?=\s*(?:[.,;!?)]|$))`;
/**
 * Another repository, project or machine named as where the rule holds ("In the mobile repo, use yarn, not npm.", "On
 * Ana's laptop, don't use docker.", "for my other project"): in this repository's memory it would bind work it was
 * never said about. "Other", "another" or someone's mark it; a modifier only before "repo" or "codebase" ("the mobile
 * repo"), where it names another repository: "in the repo" is this one, and "on the staging server" this project's.
 */
const ELSEWHERE = String.raw`(?:in|for|on|at|inside) (?:(?:my|our|your|the|his|her|their|that) other |another |other |[\w-]+'s (?:other )?)(?:repo(?:sitory)?|project|codebase|machine|laptop|server|box|company|job)s?|(?:in|for|inside) (?:the|that) (?!(?:main|root|same|current|whole|entire|git|this)\b)[\w-]+ (?:repo(?:sitory)?|codebase)s?`;
/**
 * Words that make a sentence about this moment or another place, not a standing rule here (one list, so every miner
 * reads it alike).
 */
const TRANSIENT_WORDS = String.raw`for now|yet|this time|this one|this once|right now|at the moment|today|tonight|never ?mind|worry|bother|${THIS_WORK}|${FOR_THIS_PIECE}|${ELSEWHERE}|${EXPIRES}|${THIS_CONVERSATION_EN}|${PERSONA}|until I|before I`;
export const TRANSIENT = new RegExp(String.raw`\b(${TRANSIENT_WORDS})\b`, 'i');
/**
 * The same for a sentence read as an instruction (mine-instructions.ts), where "anymore" marks one too
 * ("don't run the linter anymore" reverses an earlier ask rather than stating a standing rule).
 */
export const TRANSIENT_INSTRUCTION = new RegExp(String.raw`\b(${TRANSIENT_WORDS}|anymore)\b`, 'i');

export const PRONOUN = /^(?:it|that|this|them|those|these|one|something|anything|everything|nothing|yes|ok|okay|what|why|how)$/i;
/** Conversational words that a bare "X." or "X?" would otherwise take for a tool name. */
const CHAT =
  /^(?:thanks?|thank you|no|nope|ever|never|always|period|got it|understood|yes|yep|yeah|done|great|good|perfect|nice|cool|sure|fine|right|correct|exactly|continue|go|proceed|really|huh|seriously|again|now|quite|yet|wrong|better|wait|stop|please|hello|hi|ok(?:ay)?|lol|sorry|same|both|neither|either|more|less|first|later|then|here|there|else|all|anything|everything|bad|problem|problems|worries|worry|idea|clue|luck|way|doubt|kidding|need|issue|rush|hurry|matter|difference)$/i;
/** A finite verb inside a "thing" means the pattern caught a clause ("jest is | not used"), not a name. */
const VERB = /^(?:is|are|was|were|be|been|do|does|did|should|could|would|can|will|has|have|had|isn't|aren't)$/i;
/** A word that opens a verb's complement ("push *to* main", "commit *the* lockfile", "deploy *on* Fridays"). */
const COMPLEMENT = /^(?:to|on|onto|in|into|from|at|with|without|the|a|an|any|directly|straight|before|after|while|during)$/i;
/**
 * Whether a rejected "thing" of several words is an act: a verb's complement follows its first word, or it stands
 * unquoted after "never", which leads an order ("never commit generated code"), where a tool is rejected with "no" or
 * "not" ("no more plotly express").
 */
function forbidsAnAct(clause: string, rejected: string | undefined): boolean {
  const words = rejected?.split(' ') ?? [];
  return words.length > 1 && (COMPLEMENT.test(words[1] ?? '') || /\bnever\s+(?!`)/i.test(clause));
}
export const DETERMINER = /^(?:the|a|an|my|your|our|their|this|that|these|those|all|some|any|it|its|to|more|other)$/i;

export interface Preference {
  use: string;
  not: string[];
  /** Indices of the sentences the preference was read from (for the quote). */
  used: number[];
}

const clean = (s: string) =>
  s
    .replace(/[`'"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:,;!?]+$/, '')
    .toLowerCase();

/**
 * An article or possessive after the first word makes the words an action on something ("edit the project", "fix my
 * test"), not the name of a tool or thing: "edit the project, not manual scripts" is no "use X, not Y".
 */
const INNER_ARTICLE = /^(?:the|a|an|my|your|our|their)$/i;

function thing(m: RegExpExecArray | null, group = 1): string | undefined {
  const t = m?.[group] ? clean(m[group]) : '';
  const [first = '', ...after] = t.split(' ');
  if (!t || t.split(' ').some((w) => PRONOUN.test(w) || VERB.test(w)) || DETERMINER.test(first) || CHAT.test(t)) return undefined;
  if (after.some((w) => INNER_ARTICLE.test(w))) return undefined;
  // "definitely", "not necessarily yarn": a stance word is no name, and a hedged rejection rejects nothing.
  if (STANCE_WORD.test(first) || STANCE_WORD.test(t)) return undefined;
  return t;
}

/** Clauses of a sentence: "No, pnpm; not yarn" -> "pnpm", "not yarn". */
function clauses(sentence: string): string[] {
  return sentence
    .replace(LEAD, '')
    .split(/\s*[;]\s*|:\s+|\s+[-–—]\s+|,\s+(?=(?:not|no|we|use|just|always|this is|it'?s|(?:can|could|would)\s+(?:you|we))\b)/i)
    .map((c) => c.replace(LEAD, '').trim())
    .filter(Boolean);
}

/** The first of `patterns` (none global) that matches `text`, in order: the rest need not run. */
function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const r of patterns) {
    const m = r.exec(text);
    if (m) return m;
  }
  return null;
}

/** Whether one of `actions` names `q` as a word of its own (its pattern compiled once, not once per action). */
function namedIn(q: string, actions: readonly string[]): boolean {
  if (actions.length === 0) return false;
  const re = new RegExp(`(^|[^\\w-])${escapeRegExp(q)}($|[^\\w-])`, 'i');
  return actions.some((a) => re.test(a));
}

/**
 * The one preference a turn states, if any. Sentences are the turn's sentences in order; only
 * sentences free of transient words count ("use dayjs for now" is not a standing rule).
 */
export function turnPreference(sentences: readonly string[], recentActions: readonly string[] = []): Preference | undefined {
  const uses = new Map<string, number[]>();
  const nots = new Map<string, number[]>();
  const reported = new Map<string, number[]>();
  let insteadAsked = false;
  const add = (m: Map<string, number[]>, k: string | undefined, i: number) => {
    if (!k) return;
    const l = m.get(k) ?? [];
    if (!l.includes(i)) l.push(i);
    m.set(k, l);
  };
  sentences.forEach((s, i) => {
    if (TRANSIENT.test(s) || s.length > 220) return;
    const whole = s.replace(LEAD, '').replace(STRONG_LEAD, '').trim();
    const question = ASKED.test(s);
    // "Absolutely not npm - bun" is a rejection and an answer, read clause by clause, not one "X not Y".
    for (const c of BOTH.test(whole) && !HEDGE_LEAD.test(whole) ? [whole] : clauses(s)) {
      const both = BOTH.exec(c);
      const [u, n] = [thing(both, 1), thing(both, 2)];
      if (u && n && STATE_AFTER_NOT.test(n) && !LEADING_VERB.test(c)) continue;
      // "Use bun instead of npm?" asks whether to swap: like a polite request, it corrects the agent only where the
      // agent ran the rejected side; otherwise it is a question about options, answered in that conversation.
      if (u && n && question && !namedIn(n, recentActions)) continue;
      if (u && n) {
        add(uses, u, i);
        add(nots, n, i);
        continue;
      }
      const rej = firstMatch(REJECTS, c);
      if (rej) {
        // "never push to main" forbids an act (a verb and its complement), which no tool asked for elsewhere in the
        // turn replaces: "- always use pnpm\n- never push to main" are two rules, not "Use pnpm, not push".
        const rejected = thing(rej ?? null);
        if (!forbidsAnAct(c, rejected)) add(nots, rejected, i);
        continue;
      }
      const polite = POLITE_BOTH.exec(c);
      if (polite) {
        const [u, n] = [thing(polite, 1), thing(polite, 2)];
        add(uses, u, i);
        insteadAsked = true;
        if (n && namedIn(n, recentActions)) add(nots, n, i);
        continue;
      }
      const ask = firstMatch(ASKS, c);
      if (ask) {
        add(uses, thing(ask ?? null), i);
        if (INSTEAD.test(c)) insteadAsked = true;
        continue;
      }
      const used = REPORTED.exec(c);
      if (used) {
        add(reported, thing(used), i);
        continue;
      }
      const q = thing(BARE_QUESTION.exec(c));
      if (q && namedIn(q, recentActions)) {
        add(nots, q, i);
        continue;
      }
      add(uses, thing(BARE_ASK.exec(c)), i);
    }
  });
  if (nots.size === 0 && insteadAsked) for (const [k, at] of reported) nots.set(k, at);
  for (const k of uses.keys()) nots.delete(k);
  if (uses.size !== 1 || nots.size === 0 || nots.size > 3) return undefined;
  const [[use, at]] = [...uses] as [[string, number[]]];
  // A bare "pnpm." or "pnpm only" is an answer only when something was rejected beside it.
  const used = [...new Set([...at, ...[...nots.values()].flat()])].sort((a, b) => a - b);
  // The pieces must sit together: a rejection in the first line and a "use" five lines later are two topics.
  if ((used[used.length - 1] ?? 0) - (used[0] ?? 0) > 2) return undefined;
  // "pnpm, not yarn install": the rule is about the program, so the rejected side is named at the same grain.
  const grain = (n: string) => (use.includes(' ') || n.split(' ')[0] === use ? n : (n.split(' ')[0] ?? n));
  return { use, not: [...new Set([...nots.keys()].map(grain))].filter((n) => n !== use).sort(), used };
}

/** A question about an act repeated: "again", "twice", "a second time", "once more", "re-run", "rerun", "reinstall". */
const REPEATED =
  /\b(?:again|twice|(?:a|one)\s+(?:second|third|2nd|3rd|more)\s+time|once\s+more|(?:re-?(?:run|ran|install(?:ed)?|build|built|start(?:ed)?|do|did|create[d]?|generate[d]?)))\b/i;
/** A path or code span the question names, when the agent's last actions touched it. */
const QUESTION =
  /^(?:what\s+(?:are|were|r)\s+(?:you|u)\s+doing|why\s+(?:on earth\s+)?(?:are|were|did|do|would|r)\s+(?:you|u)\s+(?!think|believe|suggest|recommend|prefer|want|need|expect|say)\w+|who\s+(?:told|asked)\s+(?:you|u)|how come (?:you|u))\b[^?]*\?[?!]*$|^[^?]*\?!+$/i;
const TARGET =
  /`([^`\n]{2,80})`|((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)+\/?|[\w@.-]+\/(?=[\s?!.,]|$))|(\b[\w-]+\.(?:md|ts|tsx|js|json|ya?ml|py|go|rs|ex|exs|lock|toml|sql|sh)\b)/;

const normPath = (p: string) =>
  p
    .trim()
    .replace(/^\.\//, '')
    .replace(/[.,;:!?)]+$/, '')
    .replace(/\/+$/, '');

/**
 * The place a path-based rule is about: the folder of a file ("docs/diary/2026-10-02.md" ->
 * "docs/diary"), so objections to different files of one folder make one rule.
 */
export function pathTopic(p: string): string {
  const n = normPath(p).toLowerCase();
  const parts = n.split('/');
  return parts.length > 1 && /\.\w+$/.test(parts[parts.length - 1] ?? '') ? parts.slice(0, -1).join('/') : n;
}

/** "ran `yarn install`" / "edited `src/generated/client.ts`": the action a correction answered. */
export function actionLabel(call: ToolCallEvent): string {
  const input = (call.input ?? {}) as Record<string, unknown>;
  const file = typeof input.file_path === 'string' ? input.file_path : typeof input.path === 'string' ? input.path : undefined;
  if (call.command) return `ran \`${clip(call.command.split('\n')[0] ?? '', 80)}\``;
  if (file) return `${/write|edit|patch|create/i.test(call.name) ? 'edited' : 'used'} \`${clip(file, 80)}\``;
  return `used ${clip(call.name, 40)}`;
}

/** The text a rejection carried: Claude Code appends what the user said after its boilerplate. */
export function rejectionText(text: string): string {
  // Only permission_denial events reach here, and readers make those from structure alone.
  const m = /user said:\s*([\s\S]+)$/i.exec(text);
  if (m) return (m[1] ?? '').trim();
  return /doesn't want to proceed|tool use was rejected/i.test(text) ? '' : text.trim();
}

/** What an action text mentions: the command and every string in its input. */
export function actionText(call: ToolCallEvent): string {
  return `${call.command ?? ''}\n${JSON.stringify(call.input ?? '')}`;
}

/**
 * "what are you doing in `docs/diary`?!" right after the agent wrote there: the user objects to
 * what the agent touched. Returns the thing it touched, which must occur in one of the agent's
 * actions since the user last spoke: the question alone proves nothing.
 */
export function objectionTarget(sentence: string, recentActions: readonly string[]): { target: string; isPath: boolean } | undefined {
  const s = sentence.replace(LEAD, '').trim();
  if (!QUESTION.test(s) || s.length > 160) return undefined;
  const m = TARGET.exec(s);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!raw) return undefined;
  const target = normPath(raw);
  if (target.length < 3 || !/[\w]/.test(target)) return undefined;
  const ran = recentActions.filter((a) => a.includes(target)).length;
  if (ran === 0) return undefined;
  // "Why did you run `npm install` again?" objects to doing it twice, not to doing it: the agent ran it more than
  // once since the user spoke, or the question says the act was repeated. "Don't run `npm install`" would forbid a
  // step the work needs.
  if (ran > 1 || REPEATED.test(s)) return undefined;
  // A command with its arguments (`pip install -r requirements.txt`) is run, not a path touched, whatever it ends in.
  return { target, isPath: !/\s/.test(target) && /\/|\.\w+$/.test(raw) };
}

/** Verb for what the agent did to a target, from the tool that touched it. */
export function objectionLesson(target: string, isPath: boolean, tools: readonly string[]): string {
  const wrote = tools.some((t) => /^(?:write|edit|multiedit|notebookedit|apply_patch|str_replace|create)/i.test(t));
  if (isPath) return `Don't ${wrote ? 'write to' : 'touch'} \`${target}\` unless the user asks for it.`;
  return `Don't run \`${target}\` unless the user asks for it.`;
}
