/**
 * `npm run eval -- --real`: the offline pass over every real corpus in ../shared/corpus that
 * eval/real-labels.json describes, scored against lessons a person labelled by reading the transcripts.
 * Each proposed edit gets a verdict: a labelled lesson (found or partly), a known junk class, a verdict a
 * person recorded after reading it, or unlabelled (printed for a person to read, and not counted as
 * mergeable). Corpora that are absent are skipped: CI has ../shared, a user's clone does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DreamOptions, DreamReport, Edit } from '../src/model/index.js';
import { silentLogger } from '../src/log.js';
import { runRealCorpus } from './real.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED_CORPUS = path.join(here, '..', '..', 'shared', 'corpus');

/** Every group must occur in the edit's text; a group is a list of alternatives. */
type Groups = string[][];
interface LessonLabel {
  id: string;
  op: Edit['op'][];
  sessions: string[];
  why: string;
  all: Groups;
  partly?: Groups;
  /** Words that make an otherwise matching edit wrong (e.g. forcing past the safeguard). */
  none?: string[];
}
interface Pattern {
  id: string;
  why: string;
  pattern: string;
}
interface Reviewed {
  all: Groups;
  verdict: 'merge' | 'reject';
  why: string;
}
interface CorpusLabels {
  memory?: string;
  extensions?: string[];
  read: string;
  lessons: LessonLabel[];
  negativeControls: Pattern[];
  reviewed: Reviewed[];
}
interface RealLabels {
  junkClasses: Pattern[];
  corpora: Record<string, CorpusLabels>;
}

type Verdict =
  | { kind: 'lesson' | 'partly'; id: string }
  | { kind: 'junk'; id: string }
  | { kind: 'reviewed'; verdict: 'merge' | 'reject'; why: string }
  | { kind: 'unlabelled' };

export interface ScoredCorpus {
  corpus: string;
  sessions: number;
  lessons: { id: string; status: 'found' | 'partly' | 'missed'; edit?: string }[];
  edits: { edit: Edit; verdict: Verdict }[];
  /** Edits a reviewer would merge (labelled lessons, partly included, and edits a person judged mergeable). */
  mergeable: number;
  negativeControlHits: { control: string; edit: Edit }[];
  /** Deletions (and entries folded away by merges) that no labelled lesson asks for. */
  falseDeletions: Edit[];
  report: DreamReport;
}

function loadRealLabels(file = path.join(here, 'real-labels.json')): RealLabels {
  return JSON.parse(readFileSync(file, 'utf8')) as RealLabels;
}

/** The text a reviewer reads: the new entry for add/update/merge/move, the removed one for a delete. */
const textOf = (e: Edit) => (e.after ?? e.before ?? '').toLowerCase();
const hasAll = (text: string, groups: Groups) => groups.every((g) => g.some((w) => text.includes(w.toLowerCase())));
const isDeletion = (e: Edit) => e.op === 'delete' || (e.op === 'merge' && (e.mergedEntryIds?.length ?? 0) > 0);

/** The junk class an edit falls in, by the patterns of real-labels.json (case-insensitive). */
function junkClassOf(e: Edit, classes: Pattern[]): string | undefined {
  const text = e.after ?? e.before ?? '';
  return classes.find((c) => new RegExp(c.pattern, 'i').test(text))?.id;
}

function verdictOf(e: Edit, labels: CorpusLabels, classes: Pattern[]): Verdict {
  // Junk first: a lesson carried with a junk part (a session's branch name, a forced add) is rejected whole.
  const junk = junkClassOf(e, classes);
  if (junk) return { kind: 'junk', id: junk };
  const text = textOf(e);
  for (const l of labels.lessons) {
    if (!l.op.includes(e.op) || (l.none ?? []).some((w) => text.includes(w.toLowerCase()))) continue;
    if (hasAll(text, l.all)) return { kind: 'lesson', id: l.id };
    if (l.partly && hasAll(text, l.partly)) return { kind: 'partly', id: l.id };
  }
  const seen = labels.reviewed.find((r) => hasAll(text, r.all));
  return seen ? { kind: 'reviewed', verdict: seen.verdict, why: seen.why } : { kind: 'unlabelled' };
}

function scoreCorpus(corpus: string, report: DreamReport, labels: CorpusLabels, classes: Pattern[]): ScoredCorpus {
  const edits = report.edits.map((edit) => ({ edit, verdict: verdictOf(edit, labels, classes) }));
  const lessons = labels.lessons.map((l) => {
    const full = edits.find((x) => x.verdict.kind === 'lesson' && x.verdict.id === l.id);
    const part = edits.find((x) => x.verdict.kind === 'partly' && x.verdict.id === l.id);
    const status: 'found' | 'partly' | 'missed' = full ? 'found' : part ? 'partly' : 'missed';
    return { id: l.id, status, edit: (full ?? part)?.edit.id };
  });
  const mergeable = edits.filter(
    ({ verdict: v }) => v.kind === 'lesson' || v.kind === 'partly' || (v.kind === 'reviewed' && v.verdict === 'merge'),
  ).length;
  const negativeControlHits = labels.negativeControls.flatMap((c) =>
    report.edits.filter((e) => !isDeletion(e) && new RegExp(c.pattern, 'i').test(e.after ?? '')).map((edit) => ({ control: c.id, edit })),
  );
  const falseDeletions = edits.filter((x) => isDeletion(x.edit) && x.verdict.kind !== 'lesson').map((x) => x.edit);
  return { corpus, sessions: report.sessions.read, lessons, edits, mergeable, negativeControlHits, falseDeletions, report };
}

/** Runs and scores every labelled corpus present under root; `only` narrows to some corpora. */
export async function runRealCorpora(root = SHARED_CORPUS, only?: string[], options?: DreamOptions): Promise<ScoredCorpus[]> {
  if (!existsSync(root)) return [];
  const labels = loadRealLabels();
  const out: ScoredCorpus[] = [];
  for (const [name, l] of Object.entries(labels.corpora)) {
    const dir = path.join(root, name);
    if (!existsSync(dir) || (only && !only.includes(name))) continue;
    const memory = l.memory ? path.join(dir, l.memory) : undefined;
    const r = await runRealCorpus({
      corpus: dir,
      memoryFile: memory,
      logger: silentLogger,
      extensions: l.extensions,
      ...(options ? { options } : {}),
    });
    out.push(scoreCorpus(name, r.report, l, labels.junkClasses));
  }
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(0).padStart(4)}%`);

function verdictText(v: Verdict): string {
  if (v.kind === 'lesson') return `LESSON ${v.id}`;
  if (v.kind === 'partly') return `PARTLY ${v.id}`;
  if (v.kind === 'junk') return `JUNK   ${v.id}`;
  if (v.kind === 'reviewed') return `READ   ${v.verdict}: ${v.why}`;
  return 'UNLABELLED (read it)';
}

/** The per-corpus table, then every edit with its verdict. */
export function formatReal(results: ScoredCorpus[]): string {
  const lines = [
    'real corpora (offline engine; labels: eval/real-labels.json)',
    '',
    'corpus                        sessions  edits  mergeable  found  partly  missed  neg.ctl  false-del',
  ];
  for (const c of results) {
    const n = (s: string) => c.lessons.filter((l) => l.status === s).length;
    lines.push(
      `${c.corpus.padEnd(30)}${String(c.sessions).padStart(8)}${String(c.edits.length).padStart(7)}  ${pct(c.mergeable, c.edits.length)}     ${String(n('found')).padStart(5)}${String(n('partly')).padStart(8)}${String(n('missed')).padStart(8)}${String(c.negativeControlHits.length).padStart(9)}${String(c.falseDeletions.length).padStart(11)}`,
    );
  }
  const labelled = results.flatMap((c) => c.lessons);
  const found = labelled.filter((l) => l.status === 'found').length;
  const partly = labelled.filter((l) => l.status === 'partly').length;
  const edits = results.reduce((s, c) => s + c.edits.length, 0);
  const merge = results.reduce((s, c) => s + c.mergeable, 0);
  const worst = results.filter((c) => c.edits.length > 0).map((c) => c.mergeable / c.edits.length);
  lines.push(
    '',
    `recall of labelled real lessons: ${found}/${labelled.length} found, ${partly} partly (${pct(found, labelled.length).trim()}; target >= 70%)`,
    `mergeable edits overall: ${merge}/${edits} (${pct(merge, edits).trim()}); worst corpus ${worst.length ? pct(Math.min(...worst), 1).trim() : 'n/a'} (target >= 80% on every corpus)`,
    `negative controls in edits: ${results.reduce((s, c) => s + c.negativeControlHits.length, 0)} (target 0); false deletions: ${results.reduce((s, c) => s + c.falseDeletions.length, 0)} (target 0)`,
  );
  for (const c of results) {
    if (c.edits.length === 0 && c.lessons.length === 0) continue;
    lines.push('', `${c.corpus}:`);
    for (const l of c.lessons) lines.push(`  ${l.status.toUpperCase().padEnd(7)}${l.id}`);
    for (const { edit: e, verdict } of c.edits)
      lines.push(
        `  ${verdictText(verdict)}\n      ${e.op} ${e.file}${e.section?.length ? ` [${e.section.join(' > ')}]` : ''}: ${e.after ?? e.before ?? ''}`,
      );
    for (const h of c.negativeControlHits) lines.push(`  NEGATIVE CONTROL ${h.control}: ${h.edit.after ?? ''}`);
    for (const x of c.report.rejected) lines.push(`  (rejected by ${x.by}) ${x.edit.op}: ${x.edit.after ?? x.edit.before ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}
