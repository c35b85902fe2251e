/**
 * Memory hygiene that needs no new lesson: entries that say the same thing twice (merge), and pairs
 * that contradict each other (keep the one the repository and the sessions support). Entries the
 * repository has outgrown are staleness.ts's, which deletes only with proof.
 */
import type { Edit, Evidence, MemoryEntry, MemoryFile, Signal } from '../../model/index.js';
import {
  type RepoFacts,
  codeSpans,
  contentWords,
  jaccard,
  referencesOf,
  commandMentions,
  scriptOf,
  type CommandMention,
  commandCore,
  parseCommand,
} from '../../signals/index.js';
import { makeEdit, pickEvidence } from './build.js';
import { meaningStems, negated, sameMeaning, similarityOf } from '../../signals/index.js';
import { REPO_SESSION } from '../../model/index.js';
import { repoQuote } from './staleness.js';

function scriptsEvidence(facts: RepoFacts): Evidence[] {
  return facts.scriptsLine ? [{ session: REPO_SESSION, file: 'package.json', line: facts.scriptsLine, quote: '"scripts"' }] : [];
}

const DUPLICATE = 0.75;
const SAME_TOPIC = 0.5;
const MIN_WORDS = 3;

/**
 * Repetition under another heading, or a bullet restating a paragraph, is usually deliberate (a
 * "critical rules" list summing up the workflow above it): only entries of one kind in one section
 * are taken for duplicates.
 */
const sameSection = (a: MemoryEntry, b: MemoryEntry) =>
  a.kind === b.kind && a.headingPath.join('\u0000').toLowerCase() === b.headingPath.join('\u0000').toLowerCase();

/** One entry's words all appear in the other's: the shorter says nothing the longer does not. */
function subsumes(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return short.length >= MIN_WORDS && short.every((w) => long.has(w));
}

/**
 * An entry that names its command as the means of a job ("Start the dev server with `make dev`"): two such entries
 * with different commands are two answers to one question. Commands named as steps ("Run `pnpm test` before
 * committing", "Run `pnpm lint` before committing") add up instead, whatever the repository says of either.
 */
const MEANS = /\b(?:with|using|via|through|by running)\s+`[^`\n]+`/i;

/** An entry's words as read: no list marker, code quotes, case, or closing punctuation. */
const plainText = (t: string) =>
  t
    .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
    .replace(/`/g, '')
    .replace(/[.!;:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Entries with the same code (or none) say the same thing: near-identical words, one within the other, or one meaning. */
const alike = (sim: number, wa: string[], wb: string[], a: string, b: string) => sim >= DUPLICATE || subsumes(wa, wb) || sameMeaning(a, b);

/**
 * What an entry points at (links, bare paths), as one string to compare. It is what the entry is for, as a code span
 * is: entries pointing at different pages or files are different entries however alike their words, and the words of
 * two URLs on one host ("github", "io", "docs", ...) or two paths in one folder would otherwise make them look alike.
 */
const referenceKey = (text: string) => referencesOf(text).join('\n');

/** What sameSaying compares of an entry's text, read once per entry. */
export interface Saying {
  text: string;
  spans: string;
  refs: string;
  negated: boolean;
  words: string[];
  meaning: string[];
}
export const sayingOf = (text: string): Saying => ({
  text,
  spans: codeSpans(text).join('\n'),
  refs: referenceKey(text),
  negated: negated(text),
  words: contentWords(text),
  meaning: meaningStems(text),
});

/** Two entries say the same thing, as mergeEdits judges a pair in one section (for entries of different files). */
export function sameSaying(a: Saying, b: Saying): boolean {
  if (a.spans !== b.spans || a.refs !== b.refs || a.negated !== b.negated) return false;
  if (Math.min(a.words.length, a.meaning.length) < 2 || Math.min(b.words.length, b.meaning.length) < 2) return false;
  return alike(Math.max(jaccard(a.words, b.words), similarityOf(a.meaning, b.meaning).jaccard), a.words, b.words, a.text, b.text);
}

/** "3. " or "3) " opening an entry: an item of a numbered list. */
const ORDERED_ITEM = /^\s{0,3}\d{1,9}[.)]\s/;

/**
 * The numbered list each of a file's entries is an item of: consecutive numbered items form one list, and any other
 * entry (a heading, a paragraph, a bullet) ends it. The items of one list are the steps of one procedure, different
 * steps however alike their words: two steps may end in the same review sub-steps, and a step may repeat an earlier
 * one at a later point ("lint again after generating the code"). Deleting one as a copy takes a step out of the
 * procedure, so two items of one list are never taken for duplicates or contradictions of each other.
 */
function numberedLists(entries: readonly MemoryEntry[]): Map<MemoryEntry, number> {
  const lists = new Map<MemoryEntry, number>();
  let list = 0;
  let open = false;
  for (const e of entries) {
    const item = e.kind !== 'heading' && ORDERED_ITEM.test(e.text);
    if (item && !open) list++;
    if (item) lists.set(e, list);
    open = item;
  }
  return lists;
}

/** Entries hygiene may touch: list items and prose, not headings or code blocks. */
export const editable = (e: MemoryEntry) => e.kind !== 'heading' && !/^\s*(```|~~~)/.test(e.text);

/**
 * How well the repository and the sessions back an entry's commands: +1 for a script that exists
 * or a command that worked in a session, -1 for a missing script or a command that failed.
 */
function backing(
  entry: MemoryEntry,
  mentions: readonly CommandMention[],
  facts: RepoFacts,
  signals: readonly Signal[],
): { score: number; evidence: Evidence[] } {
  let score = 0;
  const cited: Signal[] = [];
  for (const m of mentions) {
    if (m.entry.id !== entry.id) continue;
    const s = scriptOf(m.shape);
    // Judged against the entry's own package and workspace, not the root manifest alone.
    const def = s && facts.runnables?.lookup(entry.file, s.kind, s.name);
    if (def && def.defined !== null) score += def.defined ? 1 : -1;
    else if (s?.kind === 'script' && facts.scripts) score += s.name in facts.scripts ? 1 : -1;
    else if (s?.kind === 'make' && facts.makeTargets) score += facts.makeTargets.includes(s.name) ? 1 : -1;
    const core = commandCore(m.shape);
    const coreOf = (c: string | undefined) => {
      const shape = c ? parseCommand(c) : undefined;
      return shape ? commandCore(shape) : undefined;
    };
    for (const sig of signals) {
      if (coreOf(sig.fixed) === core) {
        score += 1;
        cited.push(sig);
      } else if (coreOf(sig.failed) === core) {
        score -= 1;
        cited.push(sig);
      }
    }
  }
  return { score, evidence: pickEvidence(cited) };
}

export function mergeEdits({
  memory,
  facts,
  signals,
  skip,
  notes,
}: {
  memory: readonly MemoryFile[];
  facts: RepoFacts;
  signals: readonly Signal[];
  /** Entries another edit of this pass already touches. */
  skip: ReadonlySet<string>;
  /** Where the pass's notes go. */
  notes: string[];
}): Edit[] {
  const mentions = commandMentions(memory);
  const edits: Edit[] = [];
  for (const file of memory) {
    const entries = file.entries.filter((e) => editable(e) && !skip.has(e.id));
    const words = new Map(entries.map((e) => [e.id, contentWords(e.text)]));
    const meaning = new Map(entries.map((e) => [e.id, meaningStems(e.text)]));
    const refs = new Map(entries.map((e) => [e.id, referenceKey(e.text)]));
    const lists = numberedLists(file.entries);
    const used = new Set<string>();
    for (let i = 0; i < entries.length; i++) {
      const a = entries[i] as MemoryEntry;
      if (used.has(a.id)) continue;
      for (let j = i + 1; j < entries.length; j++) {
        const b = entries[j] as MemoryEntry;
        if (used.has(b.id)) continue;
        const list = lists.get(a);
        if (list !== undefined && list === lists.get(b)) continue;
        const wa = words.get(a.id) ?? [];
        const wb = words.get(b.id) ?? [];
        const ma = meaning.get(a.id) ?? [];
        const mb = meaning.get(b.id) ?? [];
        if (Math.min(wa.length, ma.length) < 2 || Math.min(wb.length, mb.length) < 2) continue;
        const sim = Math.max(jaccard(wa, wb), similarityOf(ma, mb).jaccard);
        if (sim < SAME_TOPIC) continue;
        const spansA = codeSpans(a.text).join('\n');
        const spansB = codeSpans(b.text).join('\n');
        let keep: MemoryEntry;
        let drop: MemoryEntry;
        let rationale: string;
        let evidence: Evidence[] = [];
        // The same words with and without code quotes ("never commit `.env` files", "Never commit .env files.") differ
        // in their spans only by how they were typed.
        const retyped = spansA !== spansB && plainText(a.text) === plainText(b.text);
        if (spansA !== spansB && (spansA || spansB) && !retyped) {
          if (jaccard(wa, wb) < SAME_TOPIC || !(MEANS.test(a.text) && MEANS.test(b.text))) continue;
          // Same topic, different commands: a contradiction. Only resolve it when evidence decides.
          const ba = backing(a, mentions, facts, signals);
          const bb = backing(b, mentions, facts, signals);
          // Evidence decides only against an entry: its command failed in a session or names a script its package
          // lacks. Two commands of which one merely worked ("run `pnpm test` before committing", "run `pnpm lint`
          // before committing") are two steps, not a contradiction.
          if (ba.score === bb.score || Math.min(ba.score, bb.score) >= 0) {
            notes.push(`possible contradiction left for a human: ${file.path}:${a.startLine} vs ${file.path}:${b.startLine}`);
            continue;
          }
          [keep, drop] = ba.score > bb.score ? [a, b] : [b, a];
          evidence = [...ba.evidence, ...bb.evidence].slice(0, 4);
          rationale = `Contradicting entries (${file.path}:${a.startLine} and ${file.path}:${b.startLine}); the repository${evidence.length ? ' and sessions' : ''} support \`${codeSpans(keep.text)[0] ?? keep.text}\`.`;
          if (evidence.length === 0) evidence = scriptsEvidence(facts);
        } else if (sameSection(a, b) && refs.get(a.id) === refs.get(b.id) && (retyped || alike(sim, wa, wb, a.text, b.text))) {
          [keep, drop] = b.text.length > a.text.length ? [b, a] : [a, b];
          rationale = `Near-duplicate entries (${file.path}:${a.startLine} and ${file.path}:${b.startLine}) say the same thing; keep one.`;
        } else {
          continue;
        }
        used.add(a.id);
        used.add(b.id);
        const fromSessions = evidence.some((e) => e.session !== REPO_SESSION);
        // Without session evidence, folding one entry into an unchanged survivor is a plain delete,
        // which repository evidence (the surviving entry) can support.
        edits.push(
          fromSessions
            ? makeEdit({
                op: 'merge',
                file: file.path,
                entryId: keep.id,
                mergedEntryIds: [drop.id],
                before: keep.text,
                after: keep.text,
                rationale,
                evidence,
              })
            : makeEdit({
                op: 'delete',
                file: file.path,
                entryId: drop.id,
                before: drop.text,
                rationale,
                evidence: [repoQuote(keep), ...evidence].slice(0, 5),
              }),
        );
        break;
      }
    }
  }
  return edits;
}
