/**
 * Requests a user hands over as a how-to, not as a correction: a command recipe inside a task prompt
 * ("... build it with `autoninja -C out/dev <target>`", "then run `pnpm -F web test` to check"), and a
 * standing preference said at the opening of a session ("use uv for everything", "answer in short bullet
 * points", "read README.md and docs/api.md then ..."). Said once, each is indistinguishable from a step of
 * that one task, so an ask is never a lesson on its own: it becomes one only when the same normalised ask
 * opens or recurs in sessions about different tasks (cluster.ts recurringAsk), in one run or with the ones
 * the ledger kept. A task re-sent word for word (the same prompt in several sessions) is one
 * task: each ask carries a sketch of the prompt around it, and prompts that mostly agree count once.
 *
 * Only the user's own lines are read (pasted.ts blanks pastes before this sees them), and only shapes
 * that carry their own how-to marker: a verb with "with/using/via" (or a dash or colon) and a command, a command with
 * a "<placeholder>" (a template to reuse, never one task's step), an -ing form an order governs ("start by building it
 * - `x`"), "run `x` to check", "try `x`" where `x` itself
 * builds or tests, a tool scoped to everything, a reply style. A weighing or passing word rules out the ask only in
 * the clauses the ask spans, so a report beside it ("isn't working at the moment - try `x`") does not.
 */
import { TRANSIENT } from './corrections.js';
import { isTestCommand, parseCommand } from './command.js';
import { shellWords } from './shell-words.js';
import { contentWords, shortHash } from './normalize.js';
import { outputLanguageAsk } from './lingua/output-language.js';

export interface Ask {
  signature: string;
  lesson: string;
  /** The user's sentence, quoted as evidence. */
  sentence: string;
  /**
   * What the ask itself is, left out of the task sketch: a recipe's code span (the rest of its sentence is
   * often the task: "rename the column, then run `x` to check"), an opening preference's whole sentence.
   */
  own: string;
}

/** Own text longer than this is a spec or a dump, not a prompt a person types again. */
const MAX_OWN = 4000;
/** Words of the task sketch: a bottom-k sample of the prompt's hashed content words. */
const SKETCH_WORDS = 48;
/** Two prompts whose sketches agree this much are one task sent again. */
export const SAME_TASK = 0.7;

const PLACEHOLDER = /<[A-Za-z][\w -]{0,30}>/;
/** A code span that reads as a command line: an optional env assignment, then a program-like word. */
const COMMAND_LIKE = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:\.{0,2}\/)?[\w<>.+@-][\w<>./+@:=-]*(?:\s|$)/;
/** A weighing, rejection or question about a choice: what it names is not simply asked for. */
const NOT_PLAIN =
  /\b(?:not|never|don'?t|do not|didn'?t|instead|rather|why|whether|should (?:we|i)|what about|how about|maybe|perhaps)\b|n't\b/i;

type Role = 'build' | 'test' | 'lint' | 'format' | 'check';
const ROLE_TEXT: Record<Role, string> = {
  build: 'Build',
  test: 'Run the tests',
  lint: 'Lint',
  format: 'Format',
  check: 'Check your changes',
};
const VERB = String.raw`(build|rebuild|compile|test|lint|format|check|verify|validate|type-?check|run)`;
/**
 * "build it with `x`", "run the tests using `x`", "check your work via `x`": the verb and what it acts on. A colon or
 * a dash stands for "with" ("build it - `x`", "to test it: `x`").
 */
const OBJECT = String.raw`(it|them|this|that|everything|tests?|(?:the|your|my)\s+(?:[\w-]+\s+)?(?:tests?|suite|build|app|project|code|binar(?:y|ies)|targets?|changes?|work))`;
const WITH = String.raw`(?:\s+(?:with|using|via|by running)|\s*[:\u2013\u2014-])\s*$`;
const WITH_FRAME = new RegExp(String.raw`\b${VERB}(?:\s+${OBJECT})?${WITH}`, 'i');
/** The -ing forms of the verbs, and what each is the form of. */
const ING_BASE: Record<string, string> = {
  building: 'build',
  rebuilding: 'rebuild',
  compiling: 'compile',
  testing: 'test',
  linting: 'lint',
  formatting: 'format',
  checking: 'check',
  verifying: 'verify',
  validating: 'validate',
  running: 'run',
};
/**
 * "Start off by building it - `x`", "first, try compiling it with `x`": the -ing form is as often a report ("I was
 * building it with `x` when…", "you keep building it with `x`"), so it is an ask only governed by an order that opens
 * its clause (try, start/begin by, keep), at the sentence's start, after a break, or after "please", "just", "then"...
 */
const ORDERED_ING_FRAME = new RegExp(
  String.raw`(?:^|[,.;:!?]\s*|\s[-\u2013\u2014]+\s|\b(?:please|pls|just|now|then|first|and|so)\s+)(?:try|(?:start|begin)(?:\s+off)?\s+by|keep)\s+(${Object.keys(ING_BASE).join('|')})(?:\s+${OBJECT})?${WITH}`,
  'i',
);

/** A frame before a code span, its verb given in its plain form. */
function frameBefore(before: string): { verb: string; object: string | undefined; index: number } | undefined {
  const plain = WITH_FRAME.exec(before);
  if (plain) return { verb: plain[1]!, object: plain[2], index: plain.index };
  const ing = ORDERED_ING_FRAME.exec(before);
  return ing ? { verb: ING_BASE[ing[1]!.toLowerCase()]!, object: ing[2], index: ing.index } : undefined;
}
/** "try `x`" as an order: opening its clause, or after "please", "just", "then", "first"... (not "when I try `x`"). */
const TRY_BEFORE = /(?:^|\b(?:please|pls|just|now|then|first|and|so)\s+)try\s*$/i;
/**
 * Where a sentence's clauses part: a spaced dash, a semicolon. "the code isn't working at the moment - try `x` -
 * can you fix it" is a report, an order and a request: the report's words do not make the order a weighing or a
 * passing remark.
 */
const CLAUSE_BREAK = /\s[-\u2013\u2014]+\s|;\s/g;
/** "run `x`" / "use `x`" before a code span whose purpose clause follows ("to check ..."). */
const RUN_BEFORE = /\b(?:run|use|execute)\s*$/i;
const PURPOSE_AFTER = /^\s*to\s+(build|compile|test|lint|format|check|verify|validate|confirm|make sure|ensure|type-?check)\b/i;
/** "run `x <target>`", "build `x <target>`": a command given as a template. */
const BARE_VERB = /\b(run|build|rebuild|compile|test)\s*$/i;

function roleOf(verb: string, object: string | undefined, command: string): Role | undefined {
  const v = verb.toLowerCase();
  if (/^(?:build|rebuild|compile)$/.test(v)) return 'build';
  if (v === 'test' || /\btests?\b|\bsuite\b/i.test(object ?? '')) return 'test';
  if (v === 'lint') return 'lint';
  if (v === 'format') return 'format';
  if (v !== 'run' && v !== 'try') return 'check';
  // A bare "run" or "try" says what it runs only through the command: a test runner, or a test target's template.
  const shape = parseCommand(command.replace(/<([\w -]+)>/g, '$1'));
  if ((shape && isTestCommand(shape)) || /<[^>]*test[^>]*>/i.test(command)) return 'test';
  // "try `go build ./cmd/api`", "try `npm run build`": a build named by its subcommand.
  return v === 'try' && shape && (shape.sub[0] === 'build' || (shape.sub[0] === 'run' && shape.sub[1] === 'build')) ? 'build' : undefined;
}

/** Where each clause of a sentence starts and ends. */
function clauses(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    out.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

/**
 * The command as the recipe names it: up to the first redirect, pipe or chained command, without the flags
 * that trail it (`--gtest_filter=-*`, `-x`: how one run narrowed it, not how the thing is run).
 */
function recipeCommand(span: string): string {
  const first = span
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s+(?:[12]?>>?|\||&&|;|\|\|)(?:\s|$)/)[0]!
    .trim();
  return first.replace(/(?:\s+-[^\s]*)+$/, '');
}

/**
 * What two sessions' recipes must share to be one: the words of the command without its flags (`-x`,
 * `--gtest_filter=...` vary by run) and with each placeholder as one token, so `<test_target>` and
 * `<target_name>` agree but `pnpm -F web test` and `pnpm -F api test` do not.
 */
function recipeKey(command: string): string {
  return shellWords(command.replace(/<[A-Za-z][\w -]{0,30}>/g, '<>'))
    .filter((w) => !w.startsWith('-'))
    .map((w) => w.replace(/\/+$/, '').toLowerCase())
    .join(' ');
}

/** The recipes one sentence of the user's gives. */
function recipesIn(sentence: string): Ask[] {
  if (!sentence.includes('`')) return [];
  const out: Ask[] = [];
  const parts = clauses(sentence);
  const clauseAt = (i: number) => parts.find((c) => i <= c.end) ?? parts[parts.length - 1]!;
  for (const m of sentence.matchAll(/`([^`\n]{2,200})`/g)) {
    const span = (m[1] ?? '').trim();
    if (!COMMAND_LIKE.test(span)) continue;
    const at = m.index ?? 0;
    const own = clauseAt(at);
    // The frames read the words right before the span, whichever clause they sit in: "build it - `x`".
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + m[0].length, own.end);
    const framed = frameBefore(before);
    const purpose = !framed && RUN_BEFORE.test(before) ? PURPOSE_AFTER.exec(after) : null;
    const template = !framed && !purpose && PLACEHOLDER.test(span) ? BARE_VERB.exec(before) : null;
    const tried = !framed && !purpose && !template && TRY_BEFORE.test(sentence.slice(own.start, at)) ? 'try' : undefined;
    // Weighing and passing words count in the clauses the ask spans, from its verb to the end of its command's.
    const from = clauseAt(Math.min(at, framed?.index ?? template?.index ?? at)).start;
    const whole = sentence.slice(from, own.end);
    if (NOT_PLAIN.test(whole) || TRANSIENT.test(whole)) continue;
    const verb = framed?.verb ?? purpose?.[1] ?? template?.[1] ?? tried;
    if (!verb) continue;
    const command = recipeCommand(span);
    const role = roleOf(verb, framed?.object, command);
    const key = recipeKey(command);
    if (!role || !key) continue;
    // Keyed by the command alone: "build it with `x`" and "rebuild using `x`" are one recipe.
    out.push({ signature: `ask|cmd|${key}`, lesson: `${ROLE_TEXT[role]} with \`${command}\`.`, sentence, own: m[0] });
  }
  return out;
}

/** Words after "use" that are not a tool's name. */
const NOT_A_NAME = /^(?:a|an|any|all|some|this|that|these|those|it|its|them|the|your|my|our|one|same|other|only|just|also)$/i;
/**
 * "Use uv for everything.", "use pnpm in this repo": a tool scoped beyond the task. "Always use ..." is
 * already a rule (mine-instructions.ts), so it is left to that miner.
 */
const TOOL_EVERYWHERE =
  /^(?:please\s+)?use\s+(`[^`\n]{1,40}`|[A-Za-z][\w@.+-]{1,39})\s+(?:for everything|for all\b[^.!?]{0,60}|for (?:every|any)\b[^.!?]{0,60}|everywhere|throughout(?: the (?:project|repo|codebase))?|(?:in|for) this (?:project|repo(?:sitory)?|codebase))[.!]?$/i;
/** "answer in short bullet points", "keep your replies brief": how the user wants to be answered. */
const STYLE_LEAD =
  /^(?:please\s+)?(?:answer|respond|reply|write (?:your )?(?:answers|responses|replies)|keep (?:your |the )?(?:answers|responses|replies))\b/i;
const STYLE_WORDS: [RegExp, string][] = [
  [/\b(?:short|brief(?:ly)?|concise(?:ly)?|terse(?:ly)?|succinct(?:ly)?)\b/i, 'short'],
  [/\bbullet(?:s| points?| lists?)?\b/i, 'bullets'],
  [/\b(?:english|german|french|spanish|italian|portuguese|dutch|polish|russian|chinese|japanese|korean)\b/i, 'language'],
  [/\bplain text\b/i, 'plain'],
];

/** The standing preference an opening sentence states, if it is one of the shapes above. */
function openingAskIn(sentence: string): Ask | undefined {
  const s = sentence.replace(/^(?:also|and|ok(?:ay)?)[,!]?\s+/i, '');
  if (s.length > 160 || NOT_PLAIN.test(s) || TRANSIENT.test(s) || s.endsWith('?')) return undefined;
  const lesson = `${s.charAt(0).toUpperCase()}${s
    .slice(1)
    .replace(/^please\s+/i, '')
    .replace(/[.!]*$/, '')}.`;
  const tool = TOOL_EVERYWHERE.exec(s);
  const name = tool?.[1]?.replace(/`/g, '');
  if (name && !NOT_A_NAME.test(name))
    return { signature: `ask|use|${name.toLowerCase()}`, lesson: lesson.replace(/^Please /, ''), sentence, own: sentence };
  if (!STYLE_LEAD.test(s)) return undefined;
  const style = STYLE_WORDS.filter(([re]) => re.test(s)).map(([, k]) => k);
  if (style.length === 0) return undefined;
  // The language is part of the style: "answer in German" and "answer in English" are two preferences.
  const lang = /\b(english|german|french|spanish|italian|portuguese|dutch|polish|russian|chinese|japanese|korean)\b/i.exec(s)?.[1];
  const key = style
    .map((k) => (k === 'language' && lang ? lang.toLowerCase() : k))
    .sort()
    .join(' ');
  return { signature: `ask|style|${key}`, lesson: lesson.replace(/^Please /, ''), sentence, own: sentence };
}

/** A document the user points the agent to: a README, a plan, a docs page (`@` is the agents' file mention). */
const DOC_REF = /^@?`?((?:[\w.-]+\/)*[\w.-]+\.(?:md|mdx|rst|txt))`?(?=[\s,.;:!]|$)/i;
/** Memory files the agent reads anyway: pointing back at one is another signal, not a reading list. */
const MEMORY_DOC = /(?:^|\/)(?:CLAUDE|AGENTS|AGENTS\.override|GEMINI|CLAUDE\.local)\.md$/i;
/** What may follow the reading list: nothing, or the task introduced as coming after it. */
const AFTER_READING = /^(?:[.!]?$|,?\s*(?:and\s+)?(?:then|first|now|before)\b)/i;

/**
 * "read @README.md @apps/api/README.md and @apps/docs/README.md then ...": the documents a session starts
 * from. Only documents (a source file read first is that task's), only as the whole object of "read", and
 * only with nothing after it but the task announced as coming next.
 */
function readingListIn(sentence: string): Ask | undefined {
  const lead = /^(?:please\s+)?(?:first\s+)?(?:read|review|go through)\s+/i.exec(sentence);
  if (!lead) return undefined;
  const docs: string[] = [];
  let rest = sentence.slice(lead[0].length);
  for (;;) {
    const m = DOC_REF.exec(rest);
    if (!m) break;
    docs.push(m[1]!.replace(/^\.\//, ''));
    rest = rest.slice(m[0].length).replace(/^\s*(?:,\s*)?(?:and\s+(?=@|`|[\w./-]+\.(?:md|mdx|rst|txt)\b))?/i, '');
  }
  if (docs.length === 0 || docs.some((d) => MEMORY_DOC.test(d)) || !AFTER_READING.test(rest.trim())) return undefined;
  const sorted = [...new Set(docs)].sort();
  const spans = sorted.map((d) => `\`${d}\``);
  const list = spans.length === 1 ? spans[0]! : `${spans.slice(0, -1).join(', ')} and ${spans[spans.length - 1]!}`;
  const read = sentence.slice(0, sentence.length - rest.length);
  return { signature: `ask|read|${sorted.join(' ').toLowerCase()}`, lesson: `At the start of a task, read ${list}.`, sentence, own: read };
}

/** Where an ask is read: the prompt's own sentences, and of them the ones read as the user's rules. */
export interface AskSource {
  /** The user's own sentences of the prompt (pastes blanked). */
  own: readonly string[];
  ownLength: number;
  /** The sentences the instruction miner reads (own-sections.ts): a short message whole, a long one's rules sections. */
  readable: readonly string[];
  /** The session's first request, where a standing preference is said. */
  opening: boolean;
}

/**
 * The asks in one prompt. Recipes are read in any prompt, task prompts included; an opening preference in the
 * session's first request; the language of the agent's words wherever the user asks for it again, but, being a
 * standing rule, only where a rule is read (a pasted README's body or a long spec's task sections are not).
 */
export function asksIn(src: AskSource): Ask[] {
  if (src.ownLength > MAX_OWN) return [];
  const out: Ask[] = [];
  const seen = new Set<string>();
  const add = (a: Ask | undefined) => {
    if (!a || seen.has(a.signature)) return;
    seen.add(a.signature);
    out.push(a);
  };
  for (const sentence of src.own) {
    recipesIn(sentence).forEach(add);
    if (src.opening) [openingAskIn(sentence), readingListIn(sentence)].forEach(add);
  }
  src.readable.forEach((sentence) => add(outputLanguageAsk(sentence)));
  return out;
}

/**
 * Each content word's hash, remembered: a session's prompts are sketched whole for each ask they hold and again
 * for the opening request, and the same words recur across prompts and sessions. Bounded: emptied when full.
 */
const wordHashes = new Map<string, string>();
const MAX_WORD_HASHES = 8192;
function wordHash(word: string): string {
  let h = wordHashes.get(word);
  if (h === undefined) {
    if (wordHashes.size >= MAX_WORD_HASHES) wordHashes.clear();
    wordHashes.set(word, (h = shortHash(word, 6)));
  }
  return h;
}

/**
 * The prompt around an ask, as a bottom-k sample of its hashed content words: enough to tell the same task
 * sent again from another task, and no transcript text.
 */
export function taskSketch(own: string, ask: Pick<Ask, 'own'>): string {
  const rest = own.replace(ask.own, ' ');
  const hashes = [...new Set(contentWords(rest))].map(wordHash).sort();
  return hashes.slice(0, SKETCH_WORDS).join(' ');
}

/**
 * How much two sketches agree (Jaccard of the bottom-k samples). A prompt that held nothing but the ask says
 * nothing about its task (the task came in a later prompt): it agrees with no other.
 */
export function sketchAgreement(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  const x = new Set(a.split(' ').filter(Boolean));
  const y = new Set(b.split(' ').filter(Boolean));
  // The k smallest hashes of the union are a uniform sample of it: the share found in both estimates Jaccard.
  const union = [...new Set([...x, ...y])].sort().slice(0, SKETCH_WORDS);
  return union.filter((w) => x.has(w) && y.has(w)).length / union.length;
}
