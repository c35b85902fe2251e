/**
 * User corrections and standing instructions. Precision matters more than recall here: a pasted
 * task description full of "always" and "never" is not a lesson, so only the user's own lines are read
 * (pasted.ts), a long spec only for the sections it heads as rules (own-sections.ts), and only
 * sentence-initial imperatives count.
 */
import type { Session, SessionEvent, MemoryEntry, Signal, ToolCallEvent } from '../model/index.js';
import { contentWords, jaccard } from './normalize.js';
import { evidenceFor } from './evidence.js';
import { meaningStems } from './similar.js';
import {
  actionLabel,
  rejectionText,
  actionText,
  objectionLesson,
  pathTopic,
  objectionTarget,
  turnPreference,
  TRANSIENT_INSTRUCTION,
} from './corrections.js';
import {
  adverbRemark,
  asProhibition,
  withVerb,
  reasonSentence,
  reminderRule,
  asOrder,
  asNegative,
  standingScope,
  withoutScopeLead,
} from './rule-wording.js';
import { swappedProgram } from './corrections-swap.js';
import { lazyOwnText, RecentOutputs } from './pasted.js';
import { MAX_MESSAGE, readableOwnText, shortOwnText } from './own-sections.js';
import { handsBackProgram, replyRequest } from './hands-back.js';
import { restatedTools, type RestatedTool } from './restated.js';
import { glossRule } from './lingua/gloss.js';
import { standingRule } from './lingua/standing.js';
import { scopesTheMessage } from './lingua/this-conversation.js';
import { askedAgain } from './asked-again.js';
import { asksIn, taskSketch, type Ask } from './repeated-asks.js';
import { bareTestsReproach, createdFiles, finishingStepIn, testsStepDone } from './finishing-steps.js';
import { pointedRulesFile } from './pointers.js';
import { afterRetraction, retractsEarlier } from './retraction.js';
import { looseRule } from './loose-forms.js';
import { withoutSwearing } from './expletives.js';
import { mendFrameTypos } from './frame-typos.js';
import { declinesOffer, offeredVerbs } from './declined-offer.js';
import { namesNoObject } from './objectless.js';
import { offeredOptions, picksOfferedOption, RanPrograms } from './chosen-option.js';

const MAX_SENTENCE = 220;

const NEG = /^(?:please\s+)?(?:don'?t|do not|never|stop|avoid)\s+\w+/i;
const POS = /^(?:please\s+)?always\s+\w+/i;
const FROM_NOW_ON = /^(?:and\s+)?from now on,?\s+\w+/i;
const PREFER = /^(?:please\s+)?(?:use|run|call|prefer)\s+(.+?),?\s+(?:not|instead of|rather than|in place of)\s+(.+?)[.!]?$/i;
const DONT_USE_USE =
  /^(?:(?:please|pls)\s+)?(?:don'?t|do not|never)\s+use\s+(?:(.+?)[,;]\s*(?:but\s+|just\s+|always\s+|instead\s+)?use\s+(.+?)|(\x60?[\w@.:/+-]+\x60?)\s+use\s+(\x60?[\w@.:/+-]+\x60?))[.!]?$/i;
/** "Don't use yarn here." whose alternative comes in the next sentence ("Always use npm: ..."). */
const DONT_USE = /^(?:please\s+)?(?:don'?t|do not|never)\s+use\s+(.+?)[.!]?$/i;
const USE_NEXT = /^(?:please\s+)?(?:always\s+|just\s+|instead,?\s+)?use\s+([^:,.;!]+?)(?:\s*[:,.;!].*)?$/i;
/** Where the user said it applies, which is not part of what to use ("yarn in this repo" is yarn). */
const LOCATIVE = /\s+(?:in|for|on)\s+(?:this|the|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)$|\s+(?:here|anymore|please)$/i;
/**
 * A statement of fact right after a preference is its reason ("The lockfile is package-lock.json."),
 * when it is about the repository (a file, a dependency, a limit): "The tests are failing." is not.
 */
const REASON = /^(?:the|this|our|it)\b[^?]{3,100}\b(?:is|are|uses?|has|lives?|needs?)\b[^?]*[.!]$/i;
const REASON_TOPIC =
  /\b[\w-]+\.(?:json|ya?ml|toml|lock|lockb|txt|cfg|ini)\b|\b(?:lockfile|dependenc(?:y|ies)|installed|config(?:ured)?|budget|deprecated|supported|requires?|version)\b/i;
/** Leading interjections that do not change an instruction ("No, don't use yarn here."). */
const INTERJECTION = /^(?:no|nope|ok(?:ay)?|also|and|actually)[,!]?\s+(?=\S)/i;
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
const BOILERPLATE = /^(<|\[Request interrupted|Caveat:|This session is being continued)/;

interface Instruction {
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
interface RecentActions {
  calls: ToolCallEvent[];
}

/** A path the rule is about: "don't touch docs/diary" and "what are you doing in docs/diary?!" cluster on it. */
const PATH_TOKEN = /`([^`\s]*\/[^`\s]*)`|(?:^|\s)((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)+\/?|[\w@.-]+\/(?=[\s?!.,]|$))/;
function negSignature(sentence: string): string {
  const m = PATH_TOKEN.exec(sentence);
  const p = m?.[1] ?? m?.[2];
  return p ? `neg|path:${pathTopic(p)}` : `neg|${ruleKey(sentence)}`;
}

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
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
/** "Don't push to main. Open a PR instead.": the alternative belongs to the prohibition before it. */
const ALTERNATIVE = /^(?:just\s+)?[a-z]+\b[^?]{2,120}\b(?:instead|rather)\b[^?]*[.!]?$/i;

/**
 * Whether a message is the user's at all: not harness text, not a dump. A short message that starts with
 * '#' is Claude Code's memory shortcut (already saved) or a bare heading; a long one is a typed spec whose
 * rule sections are read.
 */
function usablePrompt(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_MESSAGE) return false;
  if (t.startsWith('#') && shortOwnText(t)) return false;
  return !BOILERPLATE.test(t) && !/AGENTS\.md instructions|<command-|<environment_context>/.test(t);
}

/**
 * Sentences as verbatim slices of the text, so they can be quoted. The period of "vs.", "e.g.", "i.e." and
 * "cf." ends no sentence: cut there, "Only difference is `url` vs. `query`, no?" loses its question mark.
 * CJK's full stop, exclamation and question marks end one with no space after them.
 */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:vs|e\.g|i\.e|cf)\.)\s+|(?<=[。！？])\s*|\r?\n+/i)
    .map((s) => s.trim().replace(/^[-*]\s+/, ''))
    .filter((s) => s.length > 0);
}

function cleanLesson(sentence: string): string {
  let s = sentence
    .replace(/^(?:please|also|and|ok(?:ay)?|no)[,!]?\s+/i, '')
    .replace(/^from now on,?\s+/i, '')
    .replace(/^(?:please)\s+/i, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!]$/.test(s) ? s.replace(/!$/, '.') : `${s}.`;
}

const bare = (s: string) => s.replace(/[`'"]/g, '').trim().replace(LOCATIVE, '').trim();
const words = (s: string) => contentWords(s).sort().join(' ');
/**
 * The clustering key of a rule: its stems without the reason ("Never run X, it wipes the db." and
 * "Don't run X. It wipes the db." are one rule), so word forms and a stated reason do not split it.
 */
const ruleKey = (s: string) =>
  meaningStems(s.replace(/(?:[,;:]|\s+-+)\s+(?:it|they|that|this|since|because|as|so|otherwise|which)\b.*$|:\s+.*$/i, ''))
    .sort()
    .join(' ');

const short = (t: string) => t.length > 0 && t.split(/\s+/).length <= 3 && !/^(it|that|this|them|those|these)$/i.test(t);

/**
 * The tool a longer alternative names as its one example, in a code span: "use some lockfile-based
 * installer like `uv` so ..." names uv. Only a program-like name (no path, no file name), introduced
 * as an example ("like", "such as", "e.g.") or standing first with a purpose clause after it.
 */
function namedAlternative(phrase: string): string | undefined {
  const spans = [...phrase.matchAll(/`([^`\s]+)`/g)];
  if (spans.length !== 1) return undefined;
  const name = spans[0]![1]!;
  if (!/^[a-z][\w+-]*$/i.test(name)) return undefined;
  const before = phrase.slice(0, spans[0]!.index).trim();
  const after = phrase
    .slice(spans[0]!.index + spans[0]![0].length)
    .trim()
    .replace(/^[.!]$/, '');
  const example = /\b(?:like|such as|e\.g\.?|for example)$/i.test(before);
  const first = before === '' && (after === '' || /^(?:so|to|for|because|since|which)\b/i.test(after));
  return example || first ? name : undefined;
}

/**
 * "Don't use X, (always) use Y", in one sentence or two, normalised to its directive core: the same
 * preference said in different words in different sessions clusters as one ("use npm, not yarn").
 * Returns the sentences it used, the preference, and a stated reason when the next sentence gives one.
 */
function dontUseUse(list: string[], i: number): { used: number[]; use: string; not: string; reason?: string } | undefined {
  const s = (list[i] ?? '').replace(INTERJECTION, '');
  let use: string | undefined;
  let not: string | undefined;
  let used = [i];
  const one = DONT_USE_USE.exec(s);
  let phrase: string;
  let example: string | undefined;
  if (one) {
    // Typed without the comma ("dont use npm use pnpm"), both sides must be one name each.
    not = bare(one[1] ?? one[3] ?? '');
    phrase = one[2] ?? one[4] ?? '';
  } else {
    const neg = DONT_USE.exec(s);
    const next = list[i + 1] ?? '';
    const pos = neg ? USE_NEXT.exec(next) : null;
    if (!neg || !pos || TRANSIENT.test(next)) return undefined;
    not = bare(neg[1] ?? '');
    phrase = pos[1] ?? '';
    // The example may come after a comma the short form stops at ("use a faster one, like `uv`").
    example = next.slice(next.search(/\buse\s/i) + 4);
    used = [i, i + 1];
  }
  use = bare(phrase);
  // A description ("a lockfile-based installer") gives way to the tool it names as its example.
  if (!short(use) || /^(?:a|an|some|any|the)\s/i.test(use)) use = namedAlternative(example ?? phrase) ?? use;
  if (!short(use) || !short(not) || use.toLowerCase() === not.toLowerCase()) return undefined;
  const after = list[(used[used.length - 1] ?? i) + 1];
  const reason = after && REASON.test(after) && REASON_TOPIC.test(after) && !TRANSIENT.test(after) ? after : undefined;
  return { used: reason ? [...used, used.length + i] : used, use, not, ...(reason ? { reason } : {}) };
}

/** The verbatim slice of text from the first to the last of these sentences, for the quote. */
function span(text: string, first: string, last: string): string {
  const a = text.indexOf(first);
  const b = a >= 0 ? text.indexOf(last, a) : -1;
  return a >= 0 && b >= 0 ? text.slice(a, b + last.length) : first;
}

/** Where a user turn sits: what the agent just did decides how its sentences are read. */
interface TurnContext {
  /** Right after an interrupt or a rejected tool call. */
  afterRejection: boolean;
  /** Right after the agent's action failed or was rejected. */
  correction: boolean;
  recent: RecentActions;
  /** The text with the lines the user pasted blanked (pasted.ts): docs, logs and tool output are not the user's. */
  own: () => string;
  /** Whether a line repeats what the agent wrote shortly before (a plan handed back). */
  agentWrote: (line: string) => boolean;
  /** The actions the agent's last reply offered the user (declined-offer.ts): a "don't" naming one answers the offer. */
  offered: ReadonlySet<string>;
  /** The options the agent's last reply asked the user to pick from, and what the session ran (chosen-option.ts). */
  options: ReadonlySet<string>;
  ran: RanPrograms;
}

function extractInstructions(text: string, event: SessionEvent, turn: TurnContext): Instruction[] {
  const { afterRejection, correction, recent } = turn;
  if (!usablePrompt(text)) return [];
  const out: Instruction[] = [];
  // Only the user's own lines: pasted docs, logs and tool output say "always"/"run" to someone else.
  // Of a long message, only the sections the user headed as rules (own-sections.ts).
  const readable = readableOwnText(turn.own(), turn.agentWrote);
  const own = sentences(readable.text);
  // "… This rule is for this chat only.": what the message asks is for this conversation (lingua/this-conversation.ts).
  if (own.some(scopesTheMessage)) return [];
  // Rendered only for prompts worth reading: a Write's input can be a whole file.
  const actions = recent.calls.map((c) => actionText(c).slice(0, 2000));
  // A rule in another language, or typed loosely, is read as its English gloss (lingua/gloss.ts, loose-forms.ts); the
  // user's words stay the quote.
  const said = new Map<string, string>();
  // A frame word typed with a typo ("nevr push to main") is read as meant (frame-typos.ts); the quote stays as typed.
  const typed = new Map<string, string>();
  // A swear word is read as if unsaid (expletives.ts); the quote keeps it, the lesson never does.
  const list = own.map((s) => {
    const calm = withoutSwearing(s);
    const g = glossRule(calm, actions) ?? looseRule(calm, actions);
    if (g) said.set(g, s);
    const read = g ?? mendFrameTypos(calm) ?? calm;
    if (!g && read !== s) typed.set(read, s);
    return read;
  });
  const quoted = (s: string) => said.get(s) ?? typed.get(s) ?? s;
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
    const reminder = reminderRule(raw);
    if (reminder && words(reminder).split(' ').length >= 2) {
      out.push({ event, sentence: quote1, lesson: reminder, signature: `pos|${ruleKey(reminder)}` });
      continue;
    }
    // A rule in another language with no code to gloss ("记得先启动代理"): the lesson is the user's sentence (lingua/standing.ts).
    const standing = said.has(raw) ? undefined : standingRule(raw);
    if (standing) {
      out.push({
        event,
        sentence: raw,
        lesson: `${raw.replace(/[\s.!。！]+$/u, '')}.`,
        signature: `${standing.polarity}|said|${standing.key}`,
      });
      continue;
    }
    if (raw.length > MAX_SENTENCE || raw.endsWith('?') || TRANSIENT.test(raw)) continue;
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
    const stated = asProhibition(withoutScopeLead(raw.replace(INTERJECTION, '')));
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
    const neg = NEG.test(sentence);
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
    const pos = POS.test(sentence) || FROM_NOW_ON.test(sentence) || plain;
    if (!neg && !pos) continue;
    // "Don't delete by default." names nothing to leave alone: a piece of a request, not a rule (objectless.ts).
    if (namesNoObject(sentence)) continue;
    const cw = words(sentence);
    // One content word is a rule only when it names something ("reset-db"), not "Don't stop."
    if (cw.split(' ').length < 2 && !/[-:/._]/.test(cw)) continue;
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
    out.push({ event, sentence: quote, lesson, signature: neg ? negSignature(sentence) : `pos|${ruleKey(sentence)}` });
  }
  return out;
}

const hasWord = (text: string, w: string) =>
  new RegExp(`(^|[^\\w-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'i').test(text);

/** Entry words are needed for every instruction of every session: compute them once per entry. */
const entryWordCache = new WeakMap<MemoryEntry, string[]>();
function entryWords(entry: MemoryEntry): string[] {
  let w = entryWordCache.get(entry);
  if (!w) entryWordCache.set(entry, (w = contentWords(entry.text)));
  return w;
}

/** Which of the rejected things an entry recommends ("yarn" in "Install with `yarn install`"). */
function rejectedIn(prefer: NonNullable<Instruction['prefer']>, text: string): string | undefined {
  return (prefer.nots ?? [prefer.not]).find((n) => hasWord(text, n));
}

/** The memory entry an instruction corrects: it recommends what the user just rejected. */
function correctedEntries(ins: Instruction, entries: readonly MemoryEntry[]): MemoryEntry[] {
  const out: MemoryEntry[] = [];
  const sentenceWords = contentWords(ins.sentence);
  for (const entry of entries) {
    if (entry.kind === 'heading') continue;
    if (ins.prefer) {
      if (rejectedIn(ins.prefer, entry.text) && !hasWord(entry.text, ins.prefer.use)) out.push(entry);
      continue;
    }
    if (ins.signature.startsWith('neg|') && !/\b(not|never|don'?t|avoid)\b/i.test(entry.text)) {
      if (jaccard(sentenceWords, entryWords(entry)) >= 0.5) out.push(entry);
    }
  }
  // A correction that contradicts half of memory is a change of direction, not a fix to one entry.
  return out.length <= 3 ? out : [];
}

/** The multi-line texts an agent put in a tool call's input (a plan, a file it wrote): its own words. */
function authoredText(input: unknown): string[] {
  if (!input || typeof input !== 'object') return [];
  return Object.values(input).filter((v): v is string => typeof v === 'string' && v.includes('\n'));
}

export function mineInstructions(session: Session, entries: readonly MemoryEntry[]): Signal[] {
  const out: Signal[] = [];
  let rejectedAt = -Infinity;
  // The agent's actions since the user last spoke, bounded: an objection must name one of them.
  let recent: RecentActions = { calls: [] };
  // What the correction answered, for the episode a reader (or the claude engine) sees with it.
  // Kept as the call and labelled when a correction quotes it: most calls are never quoted, and the
  // label (a clipped first line of the command) was built for each of them.
  let lastCall: ToolCallEvent | undefined;
  const lastAction = (): string => (lastCall ? actionLabel(lastCall) : '');
  // A tool call failed since the user last spoke: what the user says next answers it.
  let failedSinceUser = false;
  const outputs = new RecentOutputs();
  const agentWrote = (line: string) => outputs.wrote(line);
  // The tools the user named as the means of the work, first mention each: support for another session's correction.
  const restated = new Map<string, { tool: RestatedTool; event: SessionEvent }>();
  // How-tos the user handed over (repeated-asks.ts), each once a session: support only where they recur across tasks.
  const asks = new Map<string, { ask: Ask; event: SessionEvent; sketch: string; named?: Set<string> }>();
  // Files the agent created in this session (by name): a finishing step naming one names the agent's own note.
  const created = new Set<string>();
  // The session's first request is where a standing preference is said; a bare slash command is not a request.
  let opened = false;
  let openingSketch = '';
  // The agent replied or acted since the user last spoke: a bare pointer at a rules file answers that.
  let agentSince = false;
  // The agent's last reply since the user last spoke: an offer there is what a "don't" may be answering.
  let agentReply = '';
  // What the session's commands ran: a side of an answer the agent ran is a tool, not an option (chosen-option.ts).
  const ran = new RanPrograms();
  // The last prompt and the signals read from it: a message that opens with "scratch that" withdraws them.
  let lastPrompt: { event: SessionEvent; signals: Set<Signal> } | undefined;
  session.events.forEach((e, i) => {
    let found: Instruction[] = [];
    // Said right after the agent's action failed or was rejected: a correction, by structure.
    let correction = false;
    if (e.kind === 'tool_call' || e.kind === 'assistant_text') agentSince = true;
    if (e.kind === 'tool_call') {
      recent.calls = [...recent.calls.slice(-7), e];
      for (const f of createdFiles(e)) if (created.size < 256) created.add(f);
      lastCall = e;
      ran.add(e.command);
      for (const text of authoredText(e.input)) outputs.addAuthored(text);
    } else if (e.kind === 'assistant_text') {
      outputs.addAuthored(e.text);
      agentReply = e.text;
    } else if (e.kind === 'tool_result') {
      outputs.add(e.text);
      if (!e.ok && !e.cascade) failedSinceUser = true;
    } else if (e.kind === 'interrupt') rejectedAt = i;
    else if (e.kind === 'permission_denial') {
      rejectedAt = i;
      const said = rejectionText(e.text);
      // A bare rejection says nothing to learn; only the words that came with it do.
      correction = true;
      if (said && e.text.includes(said))
        found = extractInstructions(said, e, {
          afterRejection: true,
          correction,
          recent,
          own: lazyOwnText(said, outputs),
          agentWrote,
          offered: new Set(),
          options: new Set(),
          ran,
        });
    } else if (e.kind === 'user_prompt' && !e.task && !e.sidechain) {
      // A harness's task text and a parent agent's prompt to a subagent are nobody's instruction to remember.
      const afterRejection = i - rejectedAt <= 3;
      correction = afterRejection || failedSinceUser;
      const whole = lazyOwnText(e.text, outputs);
      // What the user took back in the turn ("use X. Actually no, keep Y") is not read (retraction.ts).
      let kept: string | undefined;
      const own = () => (kept ??= afterRetraction(whole()));
      if (lastPrompt && retractsEarlier(whole())) {
        const withdrawn = lastPrompt;
        for (let k = out.length - 1; k >= 0; k--) if (withdrawn.signals.has(out[k]!)) out.splice(k, 1);
        for (const [key, a] of asks) if (a.event === withdrawn.event) asks.delete(key);
        for (const [key, r] of restated) if (r.event === withdrawn.event) restated.delete(key);
      }
      found = extractInstructions(e.text, e, {
        afterRejection,
        correction,
        recent,
        own,
        agentWrote,
        offered: offeredVerbs(agentReply),
        options: offeredOptions(agentReply),
        ran,
      });
      // Against the tools earlier prompts asked for, before this prompt's own are added.
      const again = found.some((f) => f.prefer) ? undefined : askedAgain(own(), restated);
      if (again)
        found.push({
          event: e,
          sentence: again.sentence,
          lesson: `Use ${again.tool.name}.`,
          signature: `prefer|${again.tool.key}`,
          fixed: again.tool.name,
        });
      for (const tool of restatedTools(own())) if (!restated.has(tool.key)) restated.set(tool.key, { tool, event: e });
      if (usablePrompt(e.text) && !/^\/\S+\s*$/.test(e.text.trim())) {
        const text = own();
        // A code span broken over two lines is still one command.
        const list = sentences(text.replace(/`[^`]*`/g, (m) => m.replace(/\s*\n\s*/g, ' ')));
        const readable = sentences(readableOwnText(text, agentWrote).text);
        for (const ask of asksIn({ own: list, ownLength: text.length, readable, opening: !opened })) {
          // A sentence the miner already read as a rule is that rule, not an ask besides.
          if (asks.has(ask.signature) || found.some((f) => f.sentence.includes(ask.sentence))) continue;
          asks.set(ask.signature, { ask, event: e, sketch: taskSketch(text, ask) });
        }
        // A step asked for after the opening request (finishing-steps.ts): its task is what the session opened with.
        if (!opened) openingSketch = taskSketch(text, { own: '' });
        else
          for (const sentence of list) {
            // "you forgot the tests": run them or write them, as the agent's next action shows.
            const done = bareTestsReproach(sentence) ? testsStepDone(session.events, i) : undefined;
            const step = finishingStepIn(sentence) ?? (done && { ...done, sentence });
            if (!step) continue;
            const named = (step.files ?? []).filter((f) => !created.has(f.split('/').pop()!.toLowerCase()));
            const had = asks.get(step.signature);
            if (had) {
              // The session's later steps may name the files: "did you update the AXIOMS_TODO.md?" after "update the md files".
              for (const f of named) if (had.named && had.named.size < 8) had.named.add(f);
              continue;
            }
            // A reminder of the step ("don't forget to update the docs") reads as a standing "Update the docs." too;
            // the step, tied to the end of the work and to tasks that differ, is the lesson it teaches.
            const taken = found.findIndex((f) => f.sentence.includes(step.sentence));
            if (taken >= 0 && !(found[taken]!.signature.startsWith('pos|') && reminderRule(step.sentence))) continue;
            if (taken >= 0) found.splice(taken, 1);
            asks.set(step.signature, { ask: { ...step, own: step.sentence }, event: e, sketch: openingSketch, named: new Set(named) });
          }
        opened = true;
      }
      // Only a rules file, in answer to what the agent just did: a rule there was broken (pointers.ts). Reported, no lesson.
      const pointed = agentSince && found.length === 0 ? pointedRulesFile(own()) : undefined;
      if (pointed) {
        const name = pointed.split('/').pop()!.toLowerCase();
        out.push({
          kind: 'instruction',
          sessionId: session.id,
          agent: session.agent,
          signature: `pointer|${name}`,
          summary: `User pointed the agent back at \`${pointed}\`${lastAction() ? ` after the agent ${lastAction()}` : ''}`,
          evidence: [evidenceFor(session, e, e.text.trim())],
        });
      }
      const swap = found.some((f) => f.prefer)
        ? undefined
        : swappedProgram(session.events, i, { lastCall: recent.calls[recent.calls.length - 1], correction, own });
      if (swap)
        found.push({
          event: e,
          sentence: e.text.trim(),
          lesson: `Use ${swap.use}, not ${swap.not}.`,
          signature: `prefer|${words(swap.use)}`,
          prefer: swap,
        });
      recent = { calls: [] };
      failedSinceUser = false;
      agentSince = false;
      agentReply = '';
    }
    const after = found.length > 0 && lastAction() ? ` after the agent ${lastAction()}` : '';
    if (e.kind === 'user_prompt') lastCall = undefined;
    const from = out.length;
    for (const ins of found) {
      const corrected = correctedEntries(ins, entries);
      const evidence = [evidenceFor(session, ins.event, ins.sentence)];
      const pref = {
        ...(ins.prefer ? { failed: ins.prefer.not, fixed: ins.prefer.use } : ins.fixed ? { fixed: ins.fixed } : {}),
        ...(correction && standingScope(ins.sentence) ? { standing: true as const } : {}),
      };
      if (corrected.length === 0) {
        out.push({
          kind: 'instruction',
          sessionId: session.id,
          agent: session.agent,
          signature: ins.signature,
          summary: `User said: "${ins.sentence}"${after}`,
          lesson: ins.lesson,
          ...pref,
          evidence,
        });
      }
      for (const entry of corrected) {
        const failed = ins.prefer ? rejectedIn(ins.prefer, entry.text) : undefined;
        out.push({
          kind: 'memory_failure',
          sessionId: session.id,
          agent: session.agent,
          signature: `mem|${entry.id}|${ins.signature}`,
          summary: `User corrected memory: "${ins.sentence}"${after}`,
          lesson: ins.lesson,
          ...pref,
          ...(failed ? { failed } : {}),
          memoryEntryId: entry.id,
          evidence,
        });
      }
    }
    if (e.kind === 'user_prompt' && !e.task && !e.sidechain) lastPrompt = { event: e, signals: new Set(out.slice(from)) };
  });
  // After the session's own signals, so a correction in the same session is the one its pattern samples; a tool the
  // session already has a preference for adds nothing.
  const preferred = new Set(out.filter((s) => s.signature.startsWith('prefer|')).map((s) => s.signature));
  for (const { tool, event } of restated.values()) {
    const signature = `prefer|${tool.key}`;
    if (preferred.has(signature)) continue;
    out.push({
      kind: 'instruction',
      sessionId: session.id,
      agent: session.agent,
      signature,
      summary: `User asked for ${tool.name} again: "${tool.sentence}"`,
      fixed: tool.name,
      restated: true,
      evidence: [evidenceFor(session, event, tool.sentence)],
    });
  }
  for (const { ask, event, sketch, named } of asks.values()) {
    out.push({
      kind: 'instruction',
      sessionId: session.id,
      agent: session.agent,
      signature: ask.signature,
      summary: `User asked: "${ask.sentence}"`,
      lesson: ask.lesson,
      asked: sketch,
      ...(named?.size ? { named: [...named] } : {}),
      evidence: [evidenceFor(session, event, ask.sentence)],
    });
  }
  return out;
}
