/**
 * A sentence already read as a rule, worded as memory keeps it: whether its scope outlasts the task ("from now
 * on", "in this repo"), the scope stripped, its mood made an order ("Only run X" -> "Run only X") or a prohibition
 * ("Hands off dist/" -> "Don't touch `dist/`"), its reason kept. corrections.ts reads what a user's turn rejects and
 * asks for; this module, used by mine-instructions.ts, reads the one sentence it keeps.
 */
import { mendFrameTypos } from './frame-typos.js';
import { DETERMINER, ENDS_ON_THIS_WORK, LEAD, PRONOUN, TRANSIENT } from './corrections.js';
import { withoutReproach } from './rule-frames.js';
import { NAMED_PROGRAMS } from './command.js';

/**
 * Words by which a user scopes a rule beyond the moment: to the project ("in this repo", "it's a bun
 * project") or to every later time ("from now on", "next time"). "always" alone is not enough: pasted
 * documentation and feature specs say it too ("Always use the Files API when ...").
 */
const STANDING =
  /\b(?:(?:in|for|across|throughout)\s+(?:this|our)\s+(?:repo(?:sitory)?|project|codebase|workspace|monorepo)\b(?!\s+(?:root|folder|dir(?:ectory)?|files?|tree|name|settings))|(?:it'?s|this is)\s+an?\s+[\w@.+-]+\s+(?:repo(?:sitory)?|project|codebase|workspace|monorepo)\b|from now on|going forward|in (?:the )?future|next time|every ?time|each time)\b/i;

/**
 * Does the user say the rule outlasts this task? Only a sentence already read as a rule is asked, and
 * only a correction (see mine-instructions.ts) may use the answer to stand on one session.
 */
export function standingScope(sentence: string): boolean {
  return STANDING.test(sentence) && !TRANSIENT.test(sentence);
}

/** A scope said before the rule: "Next time, ...", "Going forward, ...", "In this repo, ...". */
const SCOPE_LEAD =
  /^(?:next time|going forward|in (?:the )?future|(?:in|for)\s+(?:this|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)),?\s+(?=\S)/i;
/** The rule after its leading scope, so the rule's own first word decides what kind of rule it is. */
export const withoutScopeLead = (sentence: string): string => sentence.replace(SCOPE_LEAD, '');

/** Prohibitions said without "don't": "Hands off dist/.", "Stay out of vendor/", "Leave the lockfile alone". */
const HANDS_OFF =
  /^(?:please\s+)?(?:hands off(?:\s+of)?|stay out of|keep out of|keep (?:your )?hands off)\s+(.+)$|^(?:please\s+)?leave\s+(.{2,60}?)\s+alone\b(.*)$/i;

/** "dist/: it is generated." -> ["dist/", ": it is generated."]: the target, then what the user said after it. */
function splitTail(rest: string): [string, string] {
  const m = /^(\S+?|the [\w .-]{1,40}?)([.,:;!]?(?:\s.*)?)$/.exec(rest.trim());
  return m ? [m[1] ?? rest, m[2] ?? ''] : [rest, ''];
}

/**
 * Prohibitions said through a modal or a wish: "You must not run X", "you shouldn't touch Y", "I don't want you to
 * run X" / "... running X", "Never, ever run X". The verb must be one a rule starts with, so "I don't want you to
 * worry" stays a remark.
 */
const MODAL_NOT =
  /^(?:you\s+)?(?:must|should|shall|may)\s*(?:not|n'?t)\s+(\w+)\b|^i\s+(?:don'?t|do\s+not)\s+want\s+you\s+(?:to\s+)?(\w+)\b|^never,?\s+(?:ever,?\s+)?(\w+)\b/i;

/** "running" -> "run", "using" -> "use", "editing" -> "edit": the verb a wish in the -ing form names. */
function bareVerb(word: string): string | undefined {
  if (RULE_VERB.test(word)) return word;
  const stem = word.replace(/ing$/i, '');
  if (stem === word) return undefined;
  return [stem, stem.replace(/(\w)\1$/, '$1'), `${stem}e`].find((v) => RULE_VERB.test(v));
}

/** A condition said first: "Before you commit, run X", "Every time before committing, run X". */
const CONDITION_LEAD = /^((?:each time\s+|every time\s+)?(?:before|after|whenever)\s+[^,]{2,40}?),\s+(\S.*?)([.!]*)$/i;
/**
 * An order said as an obligation or a wish ("You need to run X", "you should run X", "I want you to always use X"),
 * or as the team's habit ("we always use X", "we never run X"): the order is what follows. A habit needs its
 * "always"/"never", so "we use X here" stays a remark; "Always, always use X" says it once.
 */
const OBLIGED =
  /^(?:you\s+(?:need\s+to|have\s+to|ought\s+to|should|must)\s+|i\s+want\s+you\s+to\s+(?=always\b|never\b)|we\s+(?=always\b|never\b))(?=\w)|^(?:always|never),\s+(?=(?:always|never)\b)/i;

/**
 * "Run the linter before committing, always.": an order whose "always" closes it, after a comma or a dash, says what
 * "Always run the linter before committing." says (the probe found it unread: a plain order is a rule only as an
 * answer). Only an order: a rule's verb, then its object opened by code, a path or a determiner. A statement ends
 * this way too, with a subject that can double as a verb ("Build breaks on Windows, always.", "Check fails on CI,
 * always.", "Push to main fails, always."): its second word is no object, so it stays a statement.
 */
const ALWAYS_LAST = /^(\w+)(\s.*?)\s*(?:,|\s[—–-])\s*always([.!]*)$/i;
const OBJECT_OPENS = /^\s+(?:\x60|\.{0,2}\/|[\w.-]+\/|(?:the|a|an|your|our|my|its|their|this|these|those|every|each|all|any|it|them)\s)/i;

function alwaysFirst(sentence: string): string {
  const m = ALWAYS_LAST.exec(sentence.trim());
  if (!m || !RULE_VERB.test(m[1]!) || !OBJECT_OPENS.test(m[2]!)) return sentence;
  return `Always ${m[1]!.toLowerCase()}${m[2]}${m[3]}`;
}

/** The sentence as the plain order it states ("Run X before you commit.", read, never written), or unchanged. */
export function asOrder(said: string): string {
  // Read only: the lesson keeps the user's words ("…, always"), which are what the wording guard vouches for.
  const sentence = alwaysFirst(said);
  if (sentence !== said) return sentence;
  const lead = OBLIGED.exec(sentence)?.[0] ?? '';
  const rest = sentence.slice(lead.length);
  // A habit or a wish states a rule only with a rule's verb: "we always get this error" reports one.
  const habit = /^(?:we|i)\b/i.test(lead) ? /^(?:always|never)\s+(\w+)/i.exec(rest) : null;
  const s = habit && !RULE_VERB.test(habit[1] ?? '') ? sentence : rest;
  const m = CONDITION_LEAD.exec(s);
  const order = m ? `${m[2]!.replace(/\s+please$/i, '')} ${m[1]!.toLowerCase()}${m[3] ?? ''}` : s;
  return order === sentence ? sentence : `${order.charAt(0).toUpperCase()}${order.slice(1)}`;
}

/** "No sudo.", "No `yarn`!": "no" before a program's name alone forbids using it. */
const NO_PROGRAM = /^no\s+(`?)([\w-]+(?:\.[\w-]+)*)\1\s*[.!]*$/i;

/** "No" before a program's name alone as the "Don't use …" it states, or unchanged (read before "No" as an interjection). */
export function asNoProgram(sentence: string): string {
  const program = NO_PROGRAM.exec(sentence.trim());
  // Said as the engine's own template, the program as code: the wording guard passes it whole, as it does a gloss.
  return program && NAMED_PROGRAMS.has(program[2]!.toLowerCase()) ? `Don't use \`${program[2]}\`.` : sentence;
}

/** A prohibition said through a modal or a wish, as the "Don't ..." it states (read, never written), or unchanged. */
export function asNegative(sentence: string): string {
  const modal = MODAL_NOT.exec(sentence);
  const verb = modal ? bareVerb(modal[1] ?? modal[2] ?? modal[3] ?? '') : undefined;
  return modal && verb ? `${modal[3] ? 'Never' : "Don't"} ${verb.toLowerCase()}${sentence.slice(modal[0].length)}` : sentence;
}

/** The sentence as the prohibition it states ("Don't touch dist/."), or unchanged. */
export function asProhibition(sentence: string): string {
  const m = HANDS_OFF.exec(sentence);
  if (!m) return sentence;
  const [target, tail] = m[1] ? splitTail(m[1]) : [m[2] ?? '', m[3] ?? ''];
  const t = target.replace(/`/g, '');
  // A path is named as code, so provenance checks it like any other path an entry names.
  return `Don't touch ${/[/.]/.test(t) && !/\s/.test(t) ? `\`${t}\`` : t}${tail.replace(/\s*\bplease\b/i, '')}`;
}

/**
 * Verbs a rule starts with after "always": "always run the linter" has its verb, "always pnpm" has none. Verbs that
 * take a place or a manner ("always stay in the repo root", "always work on a branch", "always respond in English")
 * are verbs too: without them the rule read "Use stay in the repo root".
 */
export const RULE_VERB =
  /^(?:stay|remain|stick|work|respond|speak|talk|communicate|develop|branch|focus|debug|iterate|comment|use|run|call|ask|add|write|read|check|test|commit|push|pull|rebase|merge|squash|format|lint|build|keep|put|make|create|update|prefer|open|close|start|stop|wait|try|review|document|include|mention|be|do|verify|follow|leave|remember|sign|install|clean|delete|remove|rename|move|copy|set|pin|include|quote|escape|prefix|wrap|name|return|log|handle|validate|type|import|export|tag|bump|ship|deploy|reply|answer|explain|show|print|say|tell|confirm|double-check)$/i;

/** "Always pnpm in this repo." says which tool, not what to do with it: "Use pnpm in this repo." */
export function withVerb(sentence: string): string {
  const m = /^(always|only)\s+(\x60[^\x60]+\x60|[\w@.:/+-]+)(\s+(?:in|for|on|here|when|with)\b.*)?$/i.exec(sentence.trim());
  if (!m?.[2] || RULE_VERB.test(m[2]) || PRONOUN.test(m[2]) || DETERMINER.test(m[2])) return sentence;
  // A copula before any "when" clause makes it a statement about the word: "Only thing in this file is the parser."
  if (COPULA.test((m[3] ?? '').split(/\bwhen\b/i)[0] ?? '')) return sentence;
  return `Use ${m[2]}${m[3] ?? ''}`;
}

const COPULA = /\b(?:is|are|was|were)\b/i;
const ADVERB_LEAD = /^(?:please\s+)?(?:only|just|first)\s+\x60?([\w-]+)/i;

/**
 * An adverb that leads an order is followed by the order's verb ("Only run ...", "Just use ...", "First run
 * ...") or by the tool it names with no verb at all ("Only pnpm in this repo."). Followed by anything else it
 * leads a remark about the moment: "Only difference is the key", "Just one test failed.", "First time I see this."
 */
export function adverbRemark(sentence: string): boolean {
  const word = ADVERB_LEAD.exec(sentence.trim())?.[1];
  return word !== undefined && !RULE_VERB.test(word) && withVerb(sentence) === sentence;
}

/**
 * Reminders state a standing rule the agent missed: "don't forget to use the venv", "ensure you run the tests".
 * A frame typed with a typo ("esure you", "rember to") is read as meant (frame-typos.ts).
 */
const REMINDER =
  /^(?:don'?t forget to|do not forget to|remember to|always remember to|(?:make sure|ensure) (?:that )?(?:to|you(?:'re| are)?)|you forgot to)\s+(.{6,160}?)[.!]*$/i;

export function reminderRule(sentence: string): string | undefined {
  // "You forgot to run X again": the rule is "Run X" (rule-frames.ts).
  const s = withoutReproach(mendFrameTypos(sentence.replace(LEAD, '').trim()));
  const m = REMINDER.exec(s);
  if (!m?.[1] || TRANSIENT.test(s) || ENDS_ON_THIS_WORK.test(s) || s.endsWith('?')) return undefined;
  const rule = m[1].replace(/^(?:always\s+)/i, '');
  // "Make sure you're doing TDD": a state to keep, which has no imperative of its own; the engine says "Make sure
  // you are" (guards/wording-templates.ts) and the rest is the user's.
  if (/^(?:make sure|ensure) (?:that )?you(?:'re| are)\s/i.test(s)) return `Make sure you are ${rule}.`;
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
}

/**
 * A sentence that gives the reason for the rule before it: anaphoric ("It wipes the shared
 * database.", "They are generated.") or causal ("because ...", "otherwise ...").
 */
const REASON_START =
  /^(?:it|they|that|this|those|these|because|since|otherwise)\b|^the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|gets?|will|would|[a-z]+s)\b/i;
/** The state of the work right now ("It is failing again."), not why the rule holds. */
const STATE = /\b(?:fail(?:s|ed|ing)?|broken|error|wrong|work(?:s|ed|ing)?|done|ready|pass(?:es|ed|ing)?|looks?|seems?)\b/i;
export function reasonSentence(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  // A sentence ending in a colon introduces what follows ("This is what it printed:"), it gives no reason.
  if (/[?:]$/.test(t) || TRANSIENT.test(t) || STATE.test(t) || t.length > 160 || !REASON_START.test(t)) return undefined;
  if (/^(?:that'?s|this is|it'?s)\s+(?:it|all|fine|ok|okay|good|great|wrong|not)\b/i.test(t)) return undefined;
  return t.replace(/^(?:because|since)\s+/i, '').replace(/[.!]+$/, '');
}
