/**
 * One user turn read for corrections and standing instructions (mine-instructions.ts walks the session and gives
 * each turn its context). Only sentence-initial imperatives count; a turn's whole preference is read first.
 */
import type { SessionEvent, ToolCallEvent } from '../model/index.js';
import { actionText, isAsked, objectionLesson, pathTopic, objectionTarget, turnPreference, TRANSIENT_INSTRUCTION } from './corrections.js';
import {
  adverbRemark,
  asProhibition,
  withVerb,
  reasonSentence,
  reminderRule,
  RULE_VERB,
  asOrder,
  asNegative,
  asNoProgram,
  standingScope,
  withoutScopeLead,
} from './rule-wording.js';
import { readableOwnText } from './own-sections.js';
import { handsBackProgram, replyRequest } from './hands-back.js';
import { glossRule } from './lingua/gloss.js';
import { standingRule } from './lingua/standing.js';
import { afterBareReproach } from './lingua/bare-reproach.js';
import { looseRule } from './loose-forms.js';
import { withoutSwearing } from './expletives.js';
import { marksAJoke, withoutSmileys } from './jokes.js';
import { holdsPlan, type StepReader } from './plans.js';
import { statesNotAsks } from './statements.js';
import { scopesTheMessage } from './lingua/this-conversation.js';
import { mendFrameTypos } from './frame-typos.js';
import { declinesOffer } from './declined-offer.js';
import { namesNoObject, pointsAtAManner } from './objectless.js';
import { rememberRequest } from './remember-request.js';
import { pointsAtUnnamedThing } from './lingua/this-thing.js';
import { picksOfferedOption, type RanPrograms } from './chosen-option.js';
import { cleanLesson, INTERJECTION, lowerFirst, REASON, REASON_TOPIC, ruleKey, sentences, span, usablePrompt, words } from './turn-text.js';
import { bare, dontUseUse } from './dont-use-use.js';
import { NAMED_PROGRAMS } from './command.js';

const MAX_SENTENCE = 220;

/**
 * "Stop" forbids only what it stops doing ("stop adding comments") or says when to halt ("stop and ask first", "stop at
 * the first failure"); before a thing it is an order to halt that thing now ("Stop the GPU processes", "stop the dev
 * server"), a step of the task.
 */
const NEG =
  /^(?:please\s+)?(?:don'?t|do not|never|avoid|stop(?=\s+(?:\w+ing|and|at|after|before|when|whenever|if|once|on|as|until|unless|to)\b))\s+\w+/i;
const POS = /^(?:please\s+)?always\s+\w+/i;
const FROM_NOW_ON = /^(?:and\s+)?from now on,?\s+(?=\w)/i;
/**
 * What follows "from now on" is a rule only as an order to the agent: an imperative ("From now on, run the linter"), or
 * "you"/"we" with a modal or "always"/"never" ("From now on we must use pnpm"). A subject of its own makes it a
 * prediction or the speaker's own plan ("From now on, it will be faster.", "From now on I will review the PRs
 * myself.", "From now on the tests take ten minutes."): in memory the agent would read "I" as itself.
 */
const OWN_SUBJECT =
  /^(?:i|it|he|she|they|this|that|these|those|there|things|everything|nothing|everyone|everybody|nobody|someone|the|a|an|my|our|your|their|his|her|its|you|we)\b/i;
const ADDRESSED = /^(?:you|we)(?:'ll|\s+(?:should|must|shall|will|need\s+to|have\s+to|ought\s+to|are\s+to|always|never|only)\b)/i;
/**
 * The order "from now on" frames and its polarity ("From now on, don't use yarn" forbids, and so keys with "Don't use
 * yarn", never with "From now on, use yarn"), with the order said after the frame, or undefined where the sentence
 * has no such frame or frames a statement.
 */
function timeFramed(sentence: string): { neg: boolean; rest: string } | undefined {
  const frame = FROM_NOW_ON.exec(sentence);
  if (!frame) return trailingFramed(sentence);
  const rest = sentence.slice(frame[0].length);
  if (OWN_SUBJECT.test(rest) && !ADDRESSED.test(rest)) return undefined;
  return { neg: NEG.test(asNegative(rest)), rest };
}
/** "From now on" closing the sentence: "Run `ruff check` before pushing, from now on." */
const FROM_NOW_ON_LAST = /,?\s+from now on\s*[.!]*$/i;
/**
 * The order a closing "from now on" frames, or undefined. Its subject may be anywhere before it ("The build takes ten
 * minutes from now on.", "Tests run in CI from now on."), so what it frames must open as an order does: a verb a rule
 * orders with (rule-wording.ts RULE_VERB) or a prohibition.
 */
function trailingFramed(sentence: string): { neg: boolean; rest: string } | undefined {
  const frame = FROM_NOW_ON_LAST.exec(sentence);
  if (!frame) return undefined;
  const rest = `${sentence.slice(0, frame.index)}.`;
  const neg = NEG.test(asNegative(rest));
  return neg || RULE_VERB.test(/^(?:please\s+)?([a-z-]+)/i.exec(rest)?.[1] ?? '') ? { neg, rest } : undefined;
}
/**
 * "Always, before you do anything, tell me why." / "Never, under any circumstances, push to main.": the adverb, then a
 * clause set off by commas that says when, then the verb. The same order as the plain form, the condition fronted.
 */
const FRONTED = /^(?:please\s+)?(always|never|don'?t ever|do not ever),\s+[^,]{3,60},\s+\w+/i;
const PREFER = /^(?:please\s+)?(?:use|run|call|prefer)\s+(.+?),?\s+(?:not|instead of|rather than|in place of)\s+(.+?)[.!]?$/i;
const AFTER_REJECTION = /^(?:please\s+)?(?:use|run|keep|put|call|only|just|first)\s+`?\w+/i;
/**
 * A condition that recurs, which makes a plain imperative a standing habit ("run `make lint` before
 * committing", "add a test whenever you fix a bug") rather than a step of the task ("run the migration").
 */
const RECURRING = /\b(?:before|after|when(?:ever)?|each time|every time)\s+(?:\w+ing\b|(?:each|every|any|you|we)\b)/i;
/** The git action a habit is tied to: "before committing", "before every push", "whenever you commit". */
const HABIT = /\b(?:before|after|whenever|each time|every time)\s+(?:you\s+|we\s+)?(?:each\s+|every\s+|any\s+)?(commit|push)/i;
/** Words that make an instruction about this moment, not a standing rule ("don't commit yet"). */
const TRANSIENT = TRANSIENT_INSTRUCTION;

export interface Instruction {
  event: SessionEvent;
  sentence: string;
  lesson: string;
  signature: string;
  /** For "use X, not Y": the preferred and the rejected thing(s) ("npm or yarn"). */
  prefer?: { use: string; not: string; nots?: string[] };
  /** For "why aren't you using X?" after the user asked for X (asked-again.ts): the thing asked for, with nothing rejected. */
  fixed?: string;
}

/** What the agent did since the user last spoke (at most 8 calls): the structure an objection must point at. */
export interface RecentActions {
  calls: ToolCallEvent[];
}

/** A path the rule is about: "don't touch docs/diary" and "what are you doing in docs/diary?!" cluster on it. */
const PATH_TOKEN = /`([^`\s]*\/[^`\s]*)`|(?:^|\s)((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)+\/?|[\w@.-]+\/(?=[\s?!.,]|$))/;
function negSignature(sentence: string): string {
  const m = PATH_TOKEN.exec(sentence);
  const p = m?.[1] ?? m?.[2];
  return p ? `neg|path:${pathTopic(p)}` : `neg|${ruleKey(sentence)}`;
}

/**
 * Whether the one content word of a rule is written as code ("Always use `pnpm`.", and every gloss of a rule in another
 * language, whose payload is code by then): the user marked it as a name, which a verb like "stop" never is.
 */
const codeSpanHolds = (sentence: string, word: string): boolean =>
  [...sentence.matchAll(/`([^`\n]+)`/g)].some((m) => words(m[1] ?? '') === word);

/** A program named as what a verb of using acts on ("Don't use sudo", "never run yarn"), not a verbless "Never yarn". */
const usesProgram = (sentence: string, program: string): boolean =>
  new RegExp(String.raw`\b(?:use|using|run|running|call|calling|invoke|with)\s+${program}\b`, 'i').test(sentence);

/**
 * A sentence of several clauses, outside its code: a gloss of one of them says nothing of the others ("Bitte kein yarn,
 * wir nutzen bun." glosses as "Don't use `yarn`.", the alternative left out), so a one-word gloss of it is no rule of
 * its own (the swap is read whole elsewhere).
 */
const CLAUSES = /^(?:[^`]|`[^`]*`)*?(?:[,;:、，；：]|\s[-–—]\s)/u;

/** The sentence after a rule that gives its reason ("It wipes the shared database."). */
function reasonAfter(next: string | undefined): string | undefined {
  if (!next) return undefined;
  const r = reasonSentence(next);
  if (r) return r;
  return REASON.test(next) && REASON_TOPIC.test(next) && !TRANSIENT.test(next) ? next.replace(/[.!]+$/, '') : undefined;
}
/** "Use zod, not yup: our schemas are shared with the API." carries its reason after the colon. */
function colonReason(sentence: string): string | undefined {
  const tail = /:\s+([^:]+)$/.exec(sentence)?.[1]?.trim();
  if (!tail || tail.endsWith('?') || TRANSIENT.test(tail) || tail.split(/\s+/).length < 3) return undefined;
  // A command or another instruction after the colon is an example, not a reason.
  if (/^(?:use|run|call|always|never|don'?t|do not|\S+\s+(?:install|add|run|exec)\b)/i.test(tail) || tail.includes('`')) return undefined;
  return tail.replace(/[.!]+$/, '');
}
/** "Don't push to main. Open a PR instead.": the alternative belongs to the prohibition before it. */
const ALTERNATIVE = /^(?:just\s+)?[a-z]+\b[^?]{2,120}\b(?:instead|rather)\b[^?]*[.!]?$/i;

/** A list item with a rule frame of its own: "always …", "never …", "from now on …", "use X, not Y", or one in another language. */
function isRuleItem(item: string, actions: readonly string[]): boolean {
  const s = item.replace(/[.;,]+$/, '');
  return [NEG, POS, PREFER].some((re) => re.test(s)) || !!timeFramed(s) || !!standingRule(s) || !!glossRule(s, actions);
}

/** A plan's step is a habit when it has a rule frame or a recurring condition ("run `make lint` before committing"). */
const planReader = (actions: readonly string[]): StepReader => ({
  isRule: (item) => isRuleItem(item, actions),
  asksHabit: (item) => isRuleItem(item, actions) || RECURRING.test(item) || HABIT.test(item),
});

/** Where a user turn sits: what the agent just did decides how its sentences are read. */
export interface TurnContext {
  /** Right after an interrupt or a rejected tool call. */
  afterRejection: boolean;
  /** Right after the agent's action failed or was rejected. */
  correction: boolean;
  recent: RecentActions;
  /** The text with the lines the user pasted blanked (pasted.ts): docs, logs and tool output are not the user's. */
  own: () => string;
  /** Whether a line repeats what the agent wrote shortly before (a plan handed back). */
  agentWrote: (line: string) => boolean;
  /**
   * The readable part of own() (own-sections.ts) and its sentences, when the caller works them out once for the
   * turn because it reads them too (mine-instructions.ts: its asks); else they are worked out here.
   */
  readable?: () => ReadableTurn;
  /** The actions the agent's last reply offered the user (declined-offer.ts): a "don't" naming one answers the offer. */
  offered: ReadonlySet<string>;
  /** The options the agent's last reply asked the user to pick from, and what the session ran (chosen-option.ts). */
  options: ReadonlySet<string>;
  ran: RanPrograms;
}

/** A turn's readable own text (own-sections.ts) and its sentences. */
export interface ReadableTurn {
  readable: ReturnType<typeof readableOwnText>;
  sentences: string[];
}

export function readableTurn(own: string, agentWrote: (line: string) => boolean): ReadableTurn {
  const readable = readableOwnText(own, agentWrote);
  return { readable, sentences: sentences(readable.text) };
}

export function extractInstructions(text: string, event: SessionEvent, turn: TurnContext): Instruction[] {
  const { afterRejection, correction, recent } = turn;
  if (!usablePrompt(text)) return [];
  const out: Instruction[] = [];
  // Only the user's own lines: pasted docs, logs and tool output say "always"/"run" to someone else.
  // Of a long message, only the sections the user headed as rules (own-sections.ts).
  const { readable, sentences: own } = turn.readable?.() ?? readableTurn(turn.own(), turn.agentWrote);
  // "… This rule is for this chat only.": what the message asks is for this conversation (lingua/this-conversation.ts).
  if (own.some(scopesTheMessage)) return [];
  // A teasing face makes the message a joke (jokes.ts); a plan of steps (numbered, bulleted or sequenced) is this task's (plans.ts),
  // unless the user headed it as rules.
  if (marksAJoke(readable.text)) return [];
  // Rendered only for prompts worth reading: a Write's input can be a whole file.
  const actions = recent.calls.map((c) => actionText(c).slice(0, 2000));
  if (!readable.rules.trim() && holdsPlan(readable.text, planReader(actions))) return [];
  // A rule in another language, or typed loosely, is read as its English gloss (lingua/gloss.ts, loose-forms.ts); the
  // user's words stay the quote.
  const said = new Map<string, string>();
  // A frame word typed with a typo ("nevr push to main") is read as meant (frame-typos.ts); the quote stays as typed.
  const typed = new Map<string, string>();
  // "Save in memory: use pnpm for installs.": the rule kept is read, and the request makes its order standing
  // (remember-request.ts); the quote keeps the request.
  const keptOrders = new Set<number>();
  // "また忘れてる。テストを先に実行して。": the order after a bare reproach is read as its reminder (lingua/bare-reproach.ts);
  // the quote holds both sentences, the lesson the order as typed.
  const reproached = new Map<string, { quote: string; order: string }>();
  // A swear word is read as if unsaid (expletives.ts); the quote keeps it, the lesson never does.
  const list = own.map((s, k) => {
    const calm = withoutSmileys(withoutSwearing(s));
    const request = rememberRequest(calm, own[k + 1]);
    if (request?.order) keptOrders.add(k);
    const asked = request?.object ?? calm;
    const g = glossRule(asked, actions) ?? looseRule(asked, actions);
    if (g) said.set(g, s);
    const reminded = g ? undefined : afterBareReproach(own[k - 1], asked);
    if (reminded) {
      reproached.set(reminded, { quote: span(text, own[k - 1] ?? s, s), order: s });
      return reminded;
    }
    const read = g ?? mendFrameTypos(asked) ?? asked;
    if (!g && read !== s) typed.set(read, s);
    return read;
  });
  const quoted = (s: string) => reproached.get(s)?.quote ?? said.get(s) ?? typed.get(s) ?? s;
  const ruled = new Set(sentences(readable.rules));
  const consumed = new Set<number>();
  const tools = recent.calls.map((c) => c.name);
  // The turn read as a whole first: one rejection and one alternative, over up to three sentences.
  const pref = turnPreference(list, actions);
  // "Browser, not native." answering "TUI, browser or native?" decides the task: its sentences teach nothing else.
  const picked = (use: string, nots: readonly string[], said: string) =>
    picksOfferedOption({ use, nots }, { offered: turn.options, ran: turn.ran, said });
  if (pref && picked(pref.use, pref.not, pref.used.map((k) => quoted(list[k] ?? '')).join(' '))) pref.used.forEach((k) => consumed.add(k));
  else if (pref) {
    const first = pref.used[0] ?? 0;
    const last = pref.used[pref.used.length - 1] ?? first;
    const reason = reasonAfter(list[last + 1]) ?? colonReason(list[last] ?? '');
    for (let k = first; k <= last + (reason ? 1 : 0); k++) consumed.add(k);
    const not = pref.not.join(' or ');
    out.push({
      event,
      sentence: span(text, quoted(list[first] ?? ''), quoted(list[last + (reason ? 1 : 0)] ?? '')),
      lesson: `Use ${pref.use}, not ${not}${reason ? `: ${lowerFirst(reason)}` : ''}.`,
      signature: `prefer|${words(pref.use)}`,
      prefer: { use: pref.use, not, nots: pref.not },
    });
  }
  for (let i = 0; i < list.length; i++) {
    if (consumed.has(i)) continue;
    const raw = list[i] ?? '';
    const quote1 = quoted(raw);
    // "I'll run the fly commands myself" right after the agent's `fly status` was rejected.
    const kept = afterRejection ? handsBackProgram(raw, recent.calls) : undefined;
    if (kept) {
      // The same rule as an objection to the program ("why did you run fly?"), so the two cluster.
      out.push({ event, sentence: quote1, lesson: objectionLesson(kept, false, tools), signature: `neg|cmd:${kept}` });
      continue;
    }
    const objection = objectionTarget(raw, actions);
    if (objection) {
      const { target, isPath } = objection;
      out.push({
        event,
        sentence: quote1,
        lesson: objectionLesson(target, isPath, tools),
        signature: isPath ? `neg|path:${pathTopic(target)}` : `neg|cmd:${target.toLowerCase()}`,
      });
      continue;
    }
    // "Never seen this error before", "Don't know why it hangs": a statement with its subject dropped (statements.ts).
    if (statesNotAsks(raw) || (quote1 !== raw && statesNotAsks(quote1))) continue;
    const reminder = reminderRule(raw);
    // Two content words, or, where the user says the rule was missed, one written as code ("You forgot to run `make
    // lint` again." is "Run `make lint`.", keyed with "Always run `make lint`.", rule-frames.ts).
    const cw1 = reminder ? words(reminder) : '';
    if (reminder && (cw1.split(' ').length >= 2 || (/\byou forgot\b/i.test(raw) && codeSpanHolds(reminder, cw1)))) {
      out.push({ event, sentence: quote1, lesson: reminder, signature: `pos|${ruleKey(reminder)}` });
      continue;
    }
    // A rule in another language with no code to gloss ("记得先启动代理"): the lesson is the user's sentence (lingua/standing.ts).
    const standing = said.has(raw) ? undefined : standingRule(raw);
    if (standing) {
      const typedRule = reproached.get(raw);
      out.push({
        event,
        sentence: typedRule?.quote ?? raw,
        lesson: `${(typedRule?.order ?? raw).replace(/[\s.!。！]+$/u, '')}.`,
        signature: `${standing.polarity}|said|${standing.key}`,
      });
      continue;
    }
    // "Use vitest instead of jest?!" is asked too, whatever marks follow the question mark.
    if (raw.length > MAX_SENTENCE || isAsked(raw) || TRANSIENT.test(raw)) continue;
    const core = dontUseUse(list, i);
    if (core) {
      core.used.forEach((k) => consumed.add(k));
      if (picked(core.use, [core.not], core.used.map((k) => quoted(list[k] ?? '')).join(' '))) continue;
      const reason = core.reason ? `: ${core.reason.charAt(0).toLowerCase()}${core.reason.slice(1).replace(/[.!]$/, '')}` : '';
      out.push({
        event,
        sentence: span(text, quote1, quoted(list[core.used[core.used.length - 1] ?? i] ?? raw)),
        lesson: `Use ${core.use}, not ${core.not}${reason}.`,
        signature: `prefer|${words(core.use)}`,
        prefer: { use: core.use, not: core.not },
      });
      continue;
    }
    // "Next time, don't ..." / "In this repo, use ...": the scope leads, the rule follows.
    // "No sudo." forbids the program, before "No" is read as an interjection (rule-wording.ts asNoProgram).
    const stated = asProhibition(withoutScopeLead(asNoProgram(raw).replace(INTERJECTION, '')));
    // Read as the plain order or prohibition it states ("You must not run X" is "Don't run X"); the lesson keeps
    // the user's own words, which are what the wording guard vouches for.
    const sentence = asOrder(asNegative(stated));
    const worded = sentence === stated ? sentence : stated.replace(/,?\s+please([.!]*)$/i, '$1');
    const p2 = PREFER.exec(sentence);
    const pr = p2 ? { use: bare(p2[1] ?? ''), not: bare(p2[2] ?? '') } : undefined;
    if (pr && pr.use && pr.not && pr.use.split(/\s+/).length <= 6 && pr.not.split(/\s+/).length <= 6) {
      if (picked(pr.use, [pr.not], quote1)) continue;
      out.push({
        event,
        sentence: quote1,
        lesson: cleanLesson(sentence),
        signature: `prefer|${words(pr.use)}`,
        prefer: pr,
      });
      continue;
    }
    const fronted = FRONTED.exec(sentence)?.[1]?.toLowerCase();
    const framed = timeFramed(sentence);
    const neg = NEG.test(sentence) || (fronted !== undefined && fronted !== 'always') || framed?.neg === true;
    // "Don't remove it" right after "Want me to remove that block?" decides this task, unless scoped beyond it.
    if (neg && !standingScope(raw) && declinesOffer(sentence, turn.offered, list[i + 1])) continue;
    // A plain imperative is a rule only where it answers the agent: right after a rejection, or after a
    // failure when the user scoped it beyond the task ("use the venv in this project").
    // A long spec is not an answer to what the agent just did, even when it follows a rejection.
    const answers = readable.whole && (afterRejection || (correction && standingScope(raw)));
    // Under a heading the user gave as rules, so is one that says when it recurs ("run X before committing").
    const listed = ruled.has(quote1) && (RECURRING.test(raw) || standingScope(raw));
    // A habit tied to what the agent just did ("run X before committing" after its `git commit`): it answers that.
    const habit = HABIT.exec(sentence);
    const answered = habit !== null && actions.some((a) => new RegExp(String.raw`\bgit\s+${habit[1]!.toLowerCase()}\b`).test(a));
    const plain = (answers || listed || answered) && AFTER_REJECTION.test(sentence) && !adverbRemark(sentence) && !replyRequest(sentence);
    const order =
      keptOrders.has(i) && RULE_VERB.test(/^[a-z-]+/i.exec(sentence)?.[0] ?? '') && !adverbRemark(sentence) && !replyRequest(sentence);
    const pos = POS.test(sentence) || framed !== undefined || fronted === 'always' || plain || order;
    if (!neg && !pos) continue;
    // "Don't delete by default." names nothing to leave alone: a piece of a request, not a rule (objectless.ts); "never
    // edit this file" points at what memory cannot show (this-thing.ts), and so does "don't use sleep this way".
    if (namesNoObject(sentence) || pointsAtUnnamedThing(sentence) || pointsAtAManner(sentence)) continue;
    const cw = words(sentence);
    // One content word is a rule only when it names something ("reset-db", "Never use `yarn`.", "Don't use sudo."), not
    // "Don't stop."
    const names = (NAMED_PROGRAMS.has(cw) && usesProgram(sentence, cw)) || codeSpanHolds(sentence, cw);
    if (cw.split(' ').length < 2 && !/[-:/._]/.test(cw) && !(names && !(said.has(raw) && CLAUSES.test(quote1)))) continue;
    // A rule said in two sentences is one rule: its reason or its alternative comes next.
    const next = list[i + 1];
    // A gloss is the engine's template sentence, which the wording guard passes only whole: no reason is appended.
    const reason = said.has(raw) ? undefined : reasonAfter(next);
    const alternative = !reason && !said.has(raw) && neg && next && ALTERNATIVE.test(next) && !TRANSIENT.test(next) ? next : undefined;
    const rule = cleanLesson(withVerb(worded)).replace(/\.$/, '');
    const lesson = reason
      ? `${rule}: ${lowerFirst(reason)}.`
      : alternative
        ? `${rule}; ${lowerFirst(alternative.replace(/[.!]+$/, ''))}.`
        : `${rule}.`;
    if (reason || alternative) consumed.add(i + 1);
    const quote = reason || alternative ? span(text, quote1, quoted(next ?? raw)) : quote1;
    out.push({
      event,
      sentence: quote,
      lesson,
      signature: neg ? negSignature(framed?.neg ? framed.rest : sentence) : `pos|${ruleKey(sentence)}`,
    });
  }
  return out;
}
