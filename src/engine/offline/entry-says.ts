/**
 * Whether memory already says a lesson: the same working command, or near-identical words, in an entry or in one item
 * of a longer list entry. Kept apart from lessons.ts, which decides what to do about it.
 */
import { boundedMemo, type MemoryEntry } from '../../model/index.js';
import {
  codeSpans,
  contentWords,
  jaccard,
  meaningStems,
  negated,
  parseCommand,
  referencesOf,
  sameMeaning,
  structuralTokens,
} from '../../signals/index.js';

const SAME_LESSON = 0.6;

/** A command as entrySays compares commands: its program and its structural tokens. */
interface CommandKey {
  program: string;
  tokens: string;
}

export function commandKey(command: string): CommandKey | undefined {
  const shape = parseCommand(command);
  return shape ? { program: shape.program, tokens: structuralTokens(shape).join(' ') } : undefined;
}

/** What entrySays compares of a text: its content words and the commands of its code spans. */
interface Said {
  words: string[];
  commands: CommandKey[];
  /** The pages and files it points at (referencesOf). */
  refs: string[];
}

function saidIn(text: string): Said {
  return { words: contentWords(text), commands: codeSpans(text).flatMap((span) => commandKey(span) ?? []), refs: referencesOf(text) };
}

/**
 * Each memory entry's Said, by text: every pattern is compared with every entry, and reading the
 * entries again for each pattern was most of the offline engine's time (profiled at 1,000 sessions).
 */
const entrySaid = boundedMemo(4096, saidIn);

/** A lesson as entrySays compares it, read once for all the entries it is compared with. */
export interface LessonSaid {
  lesson: string;
  words: string[];
  /** The working command's key; undefined when there is none or it does not parse. */
  fixed: CommandKey | undefined;
  refs: string[];
}

/** Does this entry already say what the lesson says (same working command, or near-identical words)? */
export function entrySays(entry: MemoryEntry, l: LessonSaid): boolean {
  return entry.kind !== 'heading' && textSays(entry.text, l);
}

function textSays(text: string, l: LessonSaid): boolean {
  const said = entrySaid(text);
  const fx = l.fixed;
  if (fx && said.commands.some((m) => m.program === fx.program && m.tokens === fx.tokens)) return true;
  // Words leave links and paths out: an entry pointing at another page or file ("Read docs/auth.md before …") is
  // another entry however alike its words, and one that names every page and file the lesson does may say it.
  if (l.refs.some((r) => !said.refs.includes(r))) return false;
  if (narrowerHead(l.lesson, text)) return false;
  return (
    jaccard(l.words, said.words) >= SAME_LESSON ||
    (negated(l.lesson) === negated(text) && sameMeaning(l.lesson, text)) ||
    sameHead(l.lesson, text)
  );
}

/**
 * Where a rule's defining or explaining part begins: a relative clause ("that restate what the code does", "which
 * hides migration bugs"), a colon, a dash, a parenthesis, a semicolon or a comma, a second sentence.
 */
const DEFINING = /\s(?:that|which|who|because|since)\s|[:;,(]|\s[-–—]\s|\.\s/i;
/** A rule's head: its words before the defining part, without list marker, emphasis, code marks or an IMPORTANT label. */
function headOf(text: string): string {
  const plain = text
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/^IMPORTANT:\s*/i, '');
  const at = plain.search(DEFINING);
  return (at < 0 ? plain : plain.slice(0, at)).replace(ANYWAY, '');
}
/** A closing phrase that widens nothing: "in this repo", "under any circumstances", "for any reason", "ever". */
const ANYWAY =
  /(?:\s+(?:in|for|within|at|on|under|inside)\s+(?:this|the|our|any|all|every)\s+(?:repo|repository|project|codebase|monorepo|workspace|package|times?|cases?|reason|circumstances?)|\s+(?:ever|at all|whatsoever))\s*[.!]*$/i;
/**
 * A short rule said with its definition: "**NEVER add redundant comments** that restate what the code does" and "Do not
 * mock the database, which hides migration bugs" hold "Never add redundant comments" and "Don't mock the database",
 * whose few words are too few of the whole line's for the other measures. The heads must say the same words in the
 * same order: a head with more ("Never add comments to tests", "Never push directly to main on Fridays") is narrower,
 * and does not hold the wider rule; and both must forbid, or both ask.
 */
function sameHead(lesson: string, text: string): boolean {
  const [ha, hb] = [headOf(lesson), headOf(text)];
  const a = meaningStems(ha);
  const b = meaningStems(hb);
  if (a.length === 0 || a.length !== b.length || !a.every((w, k) => w === b[k]) || negated(ha) !== negated(hb)) return false;
  // One stem leaves too much out (stems drop "use", "any"): "Never use TypeScript" is not "Don't use any in TypeScript".
  return a.length >= 2 || plainWords(ha) === plainWords(hb);
}

/** A head's words without its frame ("never", "don't", "always", "please") and marks, for heads of one stem. */
function plainWords(head: string): string {
  return head
    .toLowerCase()
    .replace(/\b(?:never|always|please|don'?t|do not|avoid)\b/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * The line of a longer list entry whose own item says the lesson: a rule memory holds as one sub-bullet ("- Docs:" then
 * "  - Never add comments that restate the code") is held, though its words are too few of the whole entry's. Each
 * item is its marker line and the lines that continue it, at any depth; an entry of one item is entrySays's.
 */
export function itemSaying(entry: MemoryEntry, l: LessonSaid): number | undefined {
  if (entry.kind !== 'bullet' || !entry.text.includes('\n')) return undefined;
  const lines = entry.text.split('\n');
  const starts = lines.flatMap((line, i) => (LIST_ITEM.test(line) ? [i] : []));
  if (starts.length < 2) return undefined;
  return starts.find((at, k) => textSays(lines.slice(at, starts[k + 1] ?? lines.length).join('\n'), l));
}

/** Words that open a restriction of where, when or for what a rule holds ("on Fridays", "in unit tests", "during releases"). */
const RESTRICTS = /^(?:on|in|inside|within|during|while|when|whenever|unless|except|outside|if|until|at|for)$/i;

/** Phrases of that shape that restrict nothing: the project memory is about, every time, any case. */
const EVERYWHERE =
  /^(?:in|for|within|at|on|under|inside)\s+(?:this|the|our|any|all|every)\s+(?:repo|repository|project|codebase|monorepo|workspace|package|times?|cases?|reason|circumstances?)\b/i;

/**
 * The line's head says the lesson's words and then restricts them ("Never push directly to main on Fridays", "Don't
 * touch the lockfile during releases"): it holds a narrower rule than the lesson, which it must not be taken to say,
 * however many words they share (and strengthening it would mark the narrower rule as the one the user asked for).
 */
function narrowerHead(lesson: string, text: string): boolean {
  const want = meaningStems(headOf(lesson));
  if (want.length < 2) return false;
  const words = headOf(text).split(/\s+/).filter(Boolean);
  for (let k = 1; k < words.length; k++) {
    const stems = meaningStems(words.slice(0, k).join(' '));
    if (stems.length > want.length) return false;
    if (stems.length === want.length && stems.every((w, i) => w === want[i]))
      return RESTRICTS.test(words[k]!) && !EVERYWHERE.test(words.slice(k).join(' '));
  }
  return false;
}
