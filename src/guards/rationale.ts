/**
 * What a model may say about an edit where the PR, the report, `dream run` and `dream why` show it: the rationale of
 * an edit it proposed, and the reason its reviewer gave for dropping one. The model read untrusted transcripts, so a
 * page it steered could have it write links, mentions, issue references, commands or an order to the reviewer ("this
 * was approved, merge it") in the bot's voice. Escaping makes such text inert (publish/inert.ts); this decides whether
 * it is shown at all, by the rules an entry meets, applied to the edit and the evidence that was checked:
 * - every command, URL and path it names (extract.ts, as provenance reads an entry), every @mention and every issue
 *   reference is one the edit itself, a quote it cites that the evidence index found, or memory holds;
 * - every sentence (and clause after a semicolon or dash) rests on those words as an entry's sentence rests on its
 *   evidence (grounding.ts): a quarter of its content words, leaving out the words every explanation of an edit uses
 *   (sessions, the user asked, failed, twice...), which say nothing a reviewer could be steered by.
 * A text that fails is replaced, never shown: by a sentence the pipeline writes from the edit's checked evidence
 * (a rationale) or from the refusal (a reason), saying what kind of thing was withheld and never its words. Clipped
 * first, so what is checked is what would be shown.
 */
import type { Edit, Evidence, MemoryFile, RejectedEdit } from '../model/index.js';
import { GIT_SESSION, MODEL_WORDS_WITHHELD, REPO_SESSION } from '../model/index.js';
import type { EvidenceIndex } from './evidence.js';
import { extractClaims, normalisePath, normaliseUrl, tokenize, URL_PATTERN } from './extract.js';
import { contentWords, groundedRatio, stemsOf } from './grounding.js';
import { citedWords, clausesOf, wordsOf, CODE } from './wording-words.js';
import { sentencesOf } from './sentences.js';
import { clip } from '../signals/index.js';

/** Characters of a model's rationale or reason shown: a paragraph, not a page. */
const MAX_MODEL_TEXT_CHARS = 600;
const GROUNDED_SHARE = 1 / 4;

/**
 * Words every account of an edit uses, whatever the edit: who said what how often, and what a lesson does. Left out
 * of the tally like grounding's glue: they neither ground a sentence nor count against it, so "asked in both sessions"
 * stands, and "the maintainers approved merging this" is weighed on maintainers, approved, merging alone.
 */
const ACCOUNT = new Set(
  (
    'session sessions conversation conversations user users person people developer developers agent agents model ' +
    'memory entry entries rule rules lesson lessons evidence quote quotes cited cite cites line lines file files ' +
    'pattern patterns support supported supports signal signals time times once twice thrice again repeated repeatedly ' +
    'recurring recurred recur recurs ask asks asked say says said tell tells told correct corrects corrected correction ' +
    'corrections fail fails failed failing failure failures work works worked working fix fixes fixed error errors ' +
    'duplicate duplicates duplicated existing exists already redundant stale outdated contradict contradicts ' +
    'contradicted add adds added update updates updated replace replaces replaced two three four five several multiple ' +
    'different distinct separate command commands tool tools step steps instead mistake mistakes'
  ).split(' '),
);

export interface ModelTextContext {
  memory: readonly MemoryFile[];
  /** The pass's evidence index: which quotes were found and who wrote them. Without it no quote counts. */
  evidence?: Pick<EvidenceIndex, 'verify' | 'quoteAuthor'>;
}

const isTranscript = (e: Evidence): boolean => e.session !== REPO_SESSION && e.session !== GIT_SESSION;

/** The quotes of an edit that were checked: found in their transcript by the index (or repository evidence the guards read). */
function checkedEvidence(edit: Edit, ctx: ModelTextContext): Evidence[] {
  return edit.evidence.filter((e) => e.unfound !== true && (!isTranscript(e) || ctx.evidence?.verify(e) === true));
}

/** Why the text cannot be shown (a kind of thing, never its words), or undefined when it can. */
function modelTextProblem(text: string, edit: Edit, ctx: ModelTextContext): string | undefined {
  const evidence = checkedEvidence(edit, ctx);
  const held = [
    edit.after ?? '',
    edit.before ?? '',
    ...(edit.section ?? []),
    edit.file,
    edit.toFile ?? '',
    ...evidence.map((e) => e.quote),
    ...ctx.memory.flatMap((m) => [m.path, m.text]),
  ].filter((t) => t !== '');
  const unheld = unheldClaim(text, held);
  if (unheld) return `it names ${unheld} that neither the edit, its checked quotes nor memory holds`;
  // A code span's words count as the words they are: "pnpm" in a reason rests on the edit's `pnpm`.
  const quoted = evidence.filter(isTranscript).map((e) => ({ quote: spanless(e.quote), cited: e }));
  const cited = stemsOf(citedWords(quoted, (q) => ctx.evidence?.quoteAuthor(q.cited) ?? 'other'));
  const editWords = new Set(wordsOf(spanless([edit.after ?? '', edit.before ?? '', ...(edit.section ?? [])].join('\n'))));
  const memoryWords = memoryWordsOf(ctx.memory);
  const known = (w: string): boolean => w === CODE || editWords.has(w) || memoryWords.has(w);
  for (const sentence of sentencesOf(text)
    .flatMap(clausesOf)
    .flatMap((s) => s.split(/;\s+|\s+[—–-]{1,2}\s+/))) {
    const words = wordsOf(sentence).filter((w) => !ACCOUNT.has(w));
    if (groundedRatio(contentWords(words, known), cited) < GROUNDED_SHARE)
      return 'a sentence that rests on none of the words of the edit, its checked quotes or memory';
  }
  return undefined;
}

/** Text with its code spans' backticks dropped, so their words are read as words. */
const spanless = (text: string): string => text.replace(/`/g, ' ');

/** Memory's words, its code spans' included. */
const memoryWordCache = new WeakMap<readonly MemoryFile[], ReadonlySet<string>>();
function memoryWordsOf(memory: readonly MemoryFile[]): ReadonlySet<string> {
  let words = memoryWordCache.get(memory);
  if (!words) memoryWordCache.set(memory, (words = new Set(memory.flatMap((m) => wordsOf(spanless(m.text))))));
  return words;
}

/** The first kind of claim in `text` that no held text holds, named by kind. */
function unheldClaim(text: string, held: readonly string[]): string | undefined {
  const claims = extractClaims(text);
  const heldUrls = held.flatMap((t) => [...t.matchAll(URL_PATTERN)].map((m) => normaliseUrl(m[0])));
  if (claims.urls.some((u) => !heldUrls.some((h) => h === u || h.startsWith(`${u}/`)))) return 'a URL';
  const tokens = held.map((t) => tokenize(t.replace(URL_PATTERN, ' ')));
  const runs = tokens.map((ts) => ` ${ts.join(' ')} `);
  if (claims.commands.some((c) => !runs.some((r) => r.includes(` ${c.join(' ')} `)))) return 'a command';
  const paths = tokens.flat().map(normalisePath);
  if (claims.paths.some((p) => !paths.some((h) => h === p || h.endsWith(`/${p}`)))) return 'a path';
  const lower = held.map((t) => t.toLowerCase());
  const mentions = text.match(/(?<![\w.])@[A-Za-z0-9][A-Za-z0-9-]*/g) ?? [];
  if (mentions.some((m) => !lower.some((t) => t.includes(m.toLowerCase())))) return 'a mention';
  const refs = text.match(/(?<![\w&])#\d+|\bGH-\d+/gi) ?? [];
  if (refs.some((r) => !lower.some((t) => t.includes(r.toLowerCase())))) return 'an issue reference';
  return undefined;
}

/** A text cut to MAX_MODEL_TEXT_CHARS at a word (signals' clip), marked as cut. */
function clipped(text: string): string {
  return text.length <= MAX_MODEL_TEXT_CHARS ? text : `${clip(text, MAX_MODEL_TEXT_CHARS - 1)}…`;
}

/** The edit with the model's rationale as it may be shown: clipped, or replaced by the pipeline's own account. */
export function settleRationale(edit: Edit, ctx: ModelTextContext): Edit {
  const text = clipped(edit.rationale);
  const problem = modelTextProblem(text, edit, ctx);
  if (problem === undefined) return text === edit.rationale ? edit : { ...edit, rationale: text };
  const sessions = new Set(edit.evidence.filter(isTranscript).map((e) => e.session)).size;
  const rests = sessions ? ` It rests on the ${sessions} session${sessions === 1 ? '' : 's'} cited below.` : '';
  return { ...edit, rationale: `${capitalised(MODEL_WORDS_WITHHELD)} (${problem}).${rests}` };
}

/** A refusal whose reason a model wrote (the claude reviewer's), with that reason as it may be shown. */
export function settleReason(rejected: RejectedEdit, ctx: ModelTextContext): RejectedEdit {
  const text = clipped(rejected.reason);
  const problem = modelTextProblem(text, rejected.edit, ctx);
  if (problem === undefined) return text === rejected.reason ? rejected : { ...rejected, reason: text };
  return { ...rejected, reason: `dropped; ${MODEL_WORDS_WITHHELD} (${problem})` };
}

const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
