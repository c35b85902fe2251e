/**
 * Rules written in another language, read as the English sentence the instruction miner already reads.
 * "用 pnpm，不要用 npm" glosses as "Use `pnpm`, not `npm`.", "führe `npm test` nicht aus" as "Don't run
 * `npm test`.", and the miner then decides, as it does for English, whether the sentence is a rule (a
 * transient word, a question, the turn it answers, support across sessions). This is no second miner: it
 * only translates the structured classes whose payload is ASCII code, with each language's small frame
 * (lexicon.ts and one file per language). The gloss is the engine's English, so its only free parts are
 * the code spans; the user's own words stay the evidence quote.
 *
 * Precision first: a sentence is glossed only when a whole clause is one frame around its payload, the
 * payload looks like code, and nothing in the sentence makes it a question, a moment, an exception or a
 * one-off task on one file.
 */
import { MULTI_WORD, NAMED_PROGRAMS } from '../command.js';
import { withoutReminder, type Lexicon, type RuleEvent } from './lexicon.js';
import { zh } from './zh.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { es } from './es.js';
import { pt } from './pt.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { it } from './it.js';
import { escapeRegExp } from '../normalize.js';
import { saysThisConversation } from './this-conversation.js';
import { pointsAtUnnamedThing } from './this-thing.js';

const LEXICONS: readonly Lexicon[] = [zh, ja, ko, es, pt, de, fr, ru, it];
/** Longer than this, a sentence is a paragraph, not a rule (the miner's own bar is the same). */
const MAX_SENTENCE = 220;
/** Letters of scripts whose words are never ASCII: an ASCII word among them is code or a name. */
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u;
/**
 * English function words, outside code: a sentence with one is English, which the miner reads itself.
 * Spanish and Portuguese share the verb "use" with English, and "Use pnpm, but only for installs" must not
 * lose its "but only" to a lexicon that reads its first clause. None of these is a word of another lexicon.
 */
const ENGLISH =
  /\b(?:the|an|not|but|only|instead|of|and|for|with|this|that|it|is|are|was|were|be|don'?t|please|always|never|before|after|when|we|you|than|rather|such|like|to|some|any|here|just|our|your|my|which|should|must|can|will|would|could|has|have|also)\b/i;

type Reading =
  | { kind: 'swap'; a: string; b: string }
  | { kind: 'reject'; b: string }
  | { kind: 'ask'; a: string }
  | { kind: 'dontRun'; x: string }
  | { kind: 'before'; x: string; e: RuleEvent };

/** Words of an alternation as whole words of a spaced script, or as written in one without spaces. */
const inText = (alternation: string, spaced: boolean): string =>
  spaced ? String.raw`(?<![\p{L}\p{N}'])(?:${alternation})(?![\p{L}\p{N}])` : `(?:${alternation})`;

/** A lexicon's filler and "from now on" as one stripper ("verwende bitte pnpm": please sits anywhere). */
const strippers = new WeakMap<Lexicon, RegExp>();
function fillerOf(lex: Lexicon): RegExp {
  let s = strippers.get(lex);
  if (!s) {
    s = new RegExp(String.raw`\s*,?\s*${inText(`${lex.filler}|${lex.later}`, lex.spaced)}\s*,?`, 'giu');
    strippers.set(lex, s);
  }
  return s;
}

/** A lexicon's "from now on" (lexicon.ts later), to find and to take out. */
const laters = new WeakMap<Lexicon, RegExp>();
function laterOf(lex: Lexicon): RegExp {
  let s = laters.get(lex);
  if (!s) {
    s = new RegExp(inText(lex.later, lex.spaced), 'giu');
    laters.set(lex, s);
  }
  return s;
}
/** Every spaced lexicon's "from now on": "Von nun an nutze pnpm." holds the English "an" only inside one. */
const SPACED_LATER = new RegExp(
  inText(
    LEXICONS.filter((l) => l.spaced)
      .map((l) => l.later)
      .join('|'),
    true,
  ),
  'giu',
);

/** The text as the lexicons read it: compatibility forms folded (full-width `，` and backticks), quotes made ASCII. */
function normalise(sentence: string): string {
  return (
    sentence
      .normalize('NFKC')
      .replace(/[’‘ʼ]/g, "'")
      // CJK corner brackets around ASCII code quote it as backticks do.
      .replace(/[「『]([\x20-\x7e]{1,80})[」』]/g, '`$1`')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function stripFiller(c: string, lex: Lexicon): string {
  return c
    .replace(fillerOf(lex), ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,.!。]+$/gu, '')
    .trim();
}

const unquote = (t: string) => t.replace(/^`|`$/g, '').trim();

/**
 * Whether a payload is code, by its form or by what the agent did: a code span, a path, flag or dotted
 * name, a program with subcommands, or a name the agent's recent actions used. "no ejecutes eso" names no
 * code, and neither does "testsを実行しないで" (an English word among Japanese ones is not a command).
 */
function codeish(raw: string, actions: readonly string[]): boolean {
  if (raw.startsWith('`')) return true;
  const t = raw.trim();
  const first = t.split(' ')[0] ?? '';
  // The first word decides: "a lockfile-based installer" is a description whose hyphen makes no command.
  if (/[-./_:@=+~]/.test(first) || MULTI_WORD.has(first.toLowerCase()) || NAMED_PROGRAMS.has(first.toLowerCase())) return true;
  const re = new RegExp(`(^|[^\\w-])${escapeRegExp(first)}($|[^\\w-])`, 'i');
  return actions.some((a) => re.test(a));
}

/**
 * A swap needs one side to be code by that test; among words of a script that has no ASCII words, the other
 * may be any lower-case ASCII name ("用 vitest 而不是 jest" after the agent ran jest). In a Latin script it
 * could be a word of the language ("usa git en lugar de eso"), so both sides must be code.
 */
function swapCode(a: string, b: string, actions: readonly string[], nonLatin: boolean): boolean {
  const name = (t: string) => nonLatin && /^[a-z][a-z0-9+-]*$/.test(unquote(t));
  const [ca, cb] = [codeish(a, actions), codeish(b, actions)];
  return (ca && cb) || (ca && name(b)) || (name(a) && cb);
}

function eventOf(lex: Lexicon, said: string): RuleEvent | undefined {
  return lex.events.find(([re]) => new RegExp(`^(?:${re.source})$`, 'iu').test(said.trim()))?.[1];
}

/** The one reading of a clause, or undefined. */
function readClause(c: string, lex: Lexicon): Reading | undefined {
  const g = (patterns: readonly RegExp[]) => {
    for (const p of patterns) {
      const m = p.exec(c);
      if (m?.groups) return m.groups;
    }
    return undefined;
  };
  let m = g(lex.swap);
  if (m?.a && m.b) return { kind: 'swap', a: m.a, b: m.b };
  m = g(lex.dontRun);
  if (m?.x) return { kind: 'dontRun', x: m.x };
  m = g(lex.before);
  const e = m?.e ? eventOf(lex, m.e) : undefined;
  if (m?.x && e) return { kind: 'before', x: m.x, e };
  m = g(lex.reject);
  if (m?.b) return { kind: 'reject', b: m.b };
  m = g(lex.ask);
  if (m?.a) return { kind: 'ask', a: m.a };
  return undefined;
}

/** The sentence's readings in one language: the whole sentence first, else clause by clause. */
function readSentence(s: string, lex: Lexicon): Reading | undefined {
  const whole = readClause(stripFiller(s, lex), lex);
  if (whole) return whole;
  const found: Reading[] = [];
  for (const raw of s.split(/\s*[,;:、]\s*|\s+[-–—]\s+/)) {
    const c = stripFiller(raw, lex);
    if (!c || lex.interjection.test(c)) continue;
    const r = readClause(c, lex);
    if (r) found.push(r);
    // A clause before the rule that the frame does not know may narrow it ("when installing deps, use pnpm"):
    // not read. One after it gives its reason or an aside, which the gloss leaves out.
    else if (found.length === 0) return undefined;
  }
  if (found.length === 1) return found[0];
  const asks = found.filter((r) => r.kind === 'ask');
  const rejects = found.filter((r) => r.kind === 'reject');
  // "Don't use npm, use pnpm": one thing asked for, the rest rejected, is a swap.
  if (asks.length === 1 && rejects.length === 1 && asks.length + rejects.length === found.length)
    return { kind: 'swap', a: asks[0]!.a, b: rejects[0]!.b };
  return undefined;
}

const code = (t: string) => `\`${unquote(t)}\``;

/**
 * Function words of the Latin-script lexicons (es, pt, de, fr): a payload is up to four ASCII words, and in these
 * languages the words after a program may be the sentence's own ("siempre usa pnpm para instalar dependencias"
 * would gloss as "Always use `pnpm para instalar dependencias`."). Such a payload is prose around code, not code:
 * the sentence is left unread (cutting it to `pnpm` could drop a restriction: "usa pnpm solo para instalar").
 */
const LATIN_FUNCTION_WORD =
  /^(?:para|por|con|sin|de|del|en|el|la|los|las|un|una|y|o|que|cuando|antes|despu[eé]s|pra|com|sem|em|na|no|nos|nas|do|da|dos|das|um|uma|e|ou|quando|pour|avec|sans|dans|le|les|des|du|et|quand|avant|apr[eè]s|zum|zur|f[uü]r|mit|ohne|und|oder|die|der|das|den|dem|ein|eine|wenn|vor|nach|um|per|senza|di|del|della|il|lo|gli|nel|nella|o|che|prima|dopo)$/i;
function proseInPayload(t: string): boolean {
  if (t.startsWith('`')) return false;
  return t
    .trim()
    .split(/\s+/)
    .slice(1)
    .some((w) => LATIN_FUNCTION_WORD.test(w));
}

/**
 * The English rule a sentence in another language states, in the words the instruction miner reads, or
 * undefined. `actions` are the agent's recent actions (their commands and inputs), which vouch for a payload
 * named without code markup.
 */
export function glossRule(sentence: string, actions: readonly string[]): string | undefined {
  if (sentence.length > MAX_SENTENCE) return undefined;
  // Most sentences are English: plain ASCII with an English function word, settled before any other work.
  const ascii = !/[^ -~]/.test(sentence);
  const codeless = sentence.includes('`') ? sentence.replace(/`[^`]*`/g, ' ') : sentence;
  // "an" is the one English function word a language's "from now on" holds ("von nun an"): only a sentence whose first
  // English word it is pays for looking again without those frames.
  const first = ENGLISH.exec(codeless)?.[0];
  const english = first !== undefined && (first.toLowerCase() !== 'an' || ENGLISH.test(codeless.replace(SPACED_LATER, ' ')));
  if (ascii && english) return undefined;
  const norm = ascii ? sentence.trim() : normalise(sentence);
  // A payload is ASCII code: a sentence without an ASCII letter has none.
  if (!/[A-Za-z]/.test(norm)) return undefined;
  const nonLatin = !ascii && NON_LATIN.test(norm);
  for (const lex of LEXICONS) {
    if ((english && lex.spaced) || !lex.cue.test(norm)) continue;
    // A reminder or a reproach ("n'oublie pas de lancer X", "olvidaste ejecutar X") and "from now on" make the order
    // they frame standing, as "always" does ("Désormais, lance X avant de committer.": lexicon.ts).
    const unreminded = withoutReminder(norm, lex);
    const framed = unreminded ?? norm;
    // Where CJK puts it mid-sentence it may say "after" ("提交以后运行 X": run X after committing): only its opening counts.
    const at = framed.search(laterOf(lex));
    const later = lex.spaced ? at >= 0 : at === 0;
    const always = unreminded !== undefined || later || new RegExp(lex.always.source, lex.always.flags.replace('g', '')).test(framed);
    const never = lex.never.test(framed);
    // CJK says "never" as an adverb before the negated verb ("绝对不要运行"), which the frame does not
    // hold; spaced scripts say it in place of the negation ("nunca corras"), which the frame does.
    const bare = lex.spaced ? framed : framed.replace(new RegExp(lex.never.source, 'gu'), '');
    const text = bare.replace(lex.always, ' ').replace(/\s+/g, ' ').trim();
    const r = readSentence(text, lex);
    if (!r) continue;
    // The frame is this language's: its words for a question, this moment or one file decide.
    // …but the words of its "from now on" are none of those ("à partir de maintenant", "ab jetzt").
    const held = later ? framed.replace(laterOf(lex), ' ') : framed;
    if (lex.hold.test(held) || saysThisConversation(norm) || pointsAtUnnamedThing(norm)) return undefined;
    // "Use gemini-2.5." is English as much as Portuguese: the English miner reads it as it is.
    if (r.kind === 'ask' && /^(?:use|run)$/i.test(text.replace(r.a, '').replace(/[\s.!]+/g, ''))) return undefined;
    // In a Latin script the payload's later words may be the language's own (see LATIN_FUNCTION_WORD).
    const payloads = ['a' in r ? r.a : '', 'b' in r ? r.b : '', 'x' in r ? r.x : ''];
    if (!nonLatin && payloads.some(proseInPayload)) return undefined;
    const ok = (t: string) => codeish(t, actions);
    switch (r.kind) {
      case 'swap':
        return swapCode(r.a, r.b, actions, nonLatin) && unquote(r.a).toLowerCase() !== unquote(r.b).toLowerCase()
          ? `Use ${code(r.a)}, not ${code(r.b)}.`
          : undefined;
      case 'reject':
        return ok(r.b) ? `${never ? 'Never' : "Don't"} use ${code(r.b)}.` : undefined;
      case 'ask':
        return ok(r.a) ? `${always ? 'Always use' : 'Use'} ${code(r.a)}.` : undefined;
      case 'dontRun':
        return ok(r.x) ? `${never ? 'Never' : "Don't"} run ${code(r.x)}.` : undefined;
      case 'before':
        return ok(r.x) ? `${always ? 'Always run' : 'Run'} ${code(r.x)} before ${r.e}.` : undefined;
    }
  }
  return undefined;
}
