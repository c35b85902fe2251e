/**
 * `dream eval --split-at DATE`: would dreaming have helped? Dream (offline engine) over the sessions
 * before DATE with the memory as of DATE, then replay the sessions after it and count their failure
 * and correction episodes: the share the proposed lessons cover, against the share the memory
 * actually in force at each session's time covered.
 *
 * Covered is structural, not textual: an episode is covered by a memory when mining the session with
 * that memory ties the episode to one of its entries (the miner's memoryEntryId), and by a proposed
 * lesson when it is the lesson's own pattern or is tied to the entry the lesson writes. Episodes are
 * identified by where they sit (transcript file and line), so the two minings are compared episode
 * by episode. Streaming: after-sessions are mined one at a time; only counts are kept.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Edit, Logger, MemoryFile, Session, Signal } from '../model/index.js';
import { parseMemoryFile } from '../memory/parse.js';
import type { MemoryTimeline } from '../memory/timeline.js';
import { readTranscriptFile } from '../transcripts/index.js';
import { mineSession } from '../signals/mine.js';
import { signalPatternId } from '../signals/index.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { timelineRuleDates } from '../signals/rule-dates.js';
import { sessionTime } from '../model/index.js';
import { entryTextHash } from '../ledger/index.js';
import { OfflineEngine } from '../engine/offline/index.js';
import { defaultDreamOptions } from '../engine/options.js';
import { runDream } from './run.js';

export interface SplitEvalOptions {
  /** Transcript files, absolute. */
  files: readonly string[];
  splitAt: Date;
  timeline: MemoryTimeline;
  /** Where repo facts (package.json, Makefile...) are read; default: none. */
  repoDir?: string;
  minSupport?: number;
  logger: Logger;
}

interface LessonCoverage {
  editId: string;
  op: Edit['op'];
  file: string;
  text: string;
  /** After-split episodes this lesson covers. */
  covered: number;
}

export interface SplitEvalResult {
  splitAt: string;
  before: { sessions: number };
  after: { sessions: number; episodes: number };
  proposed: { edits: number; covered: number; share: number };
  inForce: { covered: number; share: number };
  /** Covered by the proposed lessons and not by the memory in force: what dreaming would have added. */
  onlyProposed: number;
  lessons: LessonCoverage[];
}

const share = (n: number, of: number): number => (of === 0 ? 0 : Math.round((1000 * n) / of) / 1000);
const place = (s: Signal): string | undefined => (s.evidence[0] ? `${s.evidence[0].file}:${s.evidence[0].line}` : undefined);

async function firstSessionTime(file: string): Promise<number | undefined> {
  for await (const s of readTranscriptFile(file, { displayPath: file })) return sessionTime(s);
  return undefined;
}

/**
 * A split with no session before it dreams over nothing, and a report of 0% would read as a finding:
 * it is an error that says where the sessions lie. (None after it still shows what would have been
 * proposed.)
 */
function assertSessionsBefore(splitAt: Date, s: { before: number; after: number; first: number }): void {
  if (s.before + s.after === 0) throw new Error('no dated session was read from the transcripts given: nothing to split');
  if (s.before === 0)
    throw new Error(
      `no session starts before the split (${splitAt.toISOString()}): the first starts at ${new Date(s.first).toISOString()}; split later`,
    );
}

export async function splitEval(o: SplitEvalOptions): Promise<SplitEvalResult> {
  const split = o.splitAt.getTime();
  const before: string[] = [];
  const after: string[] = [];
  let first = Infinity;
  for (const f of o.files) {
    const t = await firstSessionTime(f);
    if (t === undefined) continue;
    (t < split ? before : after).push(f);
    first = Math.min(first, t);
  }
  assertSessionsBefore(o.splitAt, { before: before.length, after: after.length, first });
  const atSplit = o.timeline.memoryAt(split);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dream-eval-'));
  try {
    // The memory as of the split, alone in a scratch checkout: the dream sees what agents saw then.
    for (const f of o.timeline.at(split)) {
      await mkdir(path.dirname(path.join(tmp, f.path)), { recursive: true });
      await writeFile(path.join(tmp, f.path), f.text);
    }
    const dreamt = await runDream({
      repoDir: tmp,
      sessions: [],
      transcriptFiles: before,
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, ...(o.minSupport !== undefined ? { minSupport: o.minSupport } : {}) },
      ledgerPath: '.dreaming/ledger.json',
      ledgerText: null,
      logger: o.logger,
      efficacy: false,
      // The scratch folder has no history: the timeline dates the rules, so a session from before a
      // rule was written is not counted as breaking it.
      ruleDates: timelineRuleDates(o.timeline, split, atSplit),
    });
    const edits = dreamt.report.edits;
    const proposedMemory: MemoryFile[] = [
      ...atSplit.filter((f) => !dreamt.changes.some((c) => c.path === f.path)),
      ...dreamt.changes.map((c) => parseMemoryFile(c.path, c.after)),
    ];
    // Each lesson's written entry, by file and text hash, as the proposed memory parses it.
    const lessonEntries = new Map<string, string>();
    for (const e of edits) {
      if (!e.after) continue;
      const file = proposedMemory.find((f) => f.path === (e.toFile ?? e.file));
      for (const entry of file?.entries ?? []) if (entryTextHash(entry.text) === entryTextHash(e.after)) lessonEntries.set(entry.id, e.id);
    }
    const byPattern = new Map(edits.flatMap((e) => (e.patternId ? [[e.patternId, e.id] as const] : [])));
    const lessonOf = (s: Signal): string | undefined =>
      byPattern.get(signalPatternId(s)) ?? (s.memoryEntryId ? lessonEntries.get(s.memoryEntryId) : undefined);

    const repoFacts = await collectRepoFacts(o.repoDir ?? tmp);
    const inForceCache = new Map<string, MemoryFile[]>();
    const perLesson = new Map<string, number>();
    let sessions = 0;
    let episodes = 0;
    let coveredProposed = 0;
    let coveredInForce = 0;
    let onlyProposed = 0;
    const consume = (session: Session): void => {
      const t = sessionTime(session) ?? split;
      const key = o.timeline.keyAt(t);
      let inForce = inForceCache.get(key);
      if (!inForce) inForceCache.set(key, (inForce = o.timeline.memoryAt(t)));
      if (!session.parentId) sessions++;
      const real = mineSession(session, { memory: inForce, repoFacts });
      const withLessons = new Map<string, string>();
      for (const s of mineSession(session, { memory: proposedMemory, repoFacts })) {
        const p = place(s);
        const lesson = lessonOf(s);
        if (p && lesson && !withLessons.has(p)) withLessons.set(p, lesson);
      }
      const seen = new Set<string>();
      for (const s of real) {
        const p = place(s);
        if (!p || seen.has(p)) continue;
        seen.add(p);
        episodes++;
        const byMemory = !!s.memoryEntryId;
        const lesson = withLessons.get(p);
        if (byMemory) coveredInForce++;
        if (lesson) {
          coveredProposed++;
          perLesson.set(lesson, (perLesson.get(lesson) ?? 0) + 1);
          if (!byMemory) onlyProposed++;
        }
      }
    };
    for (const f of after) for await (const s of readTranscriptFile(f, { displayPath: f, logger: o.logger })) consume(s);

    return {
      splitAt: o.splitAt.toISOString(),
      // Main sessions, as after's count: a subagent is part of the session that spawned it.
      before: { sessions: dreamt.report.sessions.read - (dreamt.report.sessions.subagents ?? 0) },
      after: { sessions, episodes },
      proposed: { edits: edits.length, covered: coveredProposed, share: share(coveredProposed, episodes) },
      inForce: { covered: coveredInForce, share: share(coveredInForce, episodes) },
      onlyProposed,
      lessons: edits.map((e) => ({
        editId: e.id,
        op: e.op,
        file: e.file,
        text: (e.after ?? e.before ?? '').split('\n')[0] ?? '',
        covered: perLesson.get(e.id) ?? 0,
      })),
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export function formatSplitEval(r: SplitEvalResult): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `Split at ${r.splitAt}: dreamed over ${r.before.sessions} session(s) before, replayed ${r.after.sessions} after (${r.after.episodes} failure and correction episodes).`,
    `Proposed lessons (${r.proposed.edits}) cover ${r.proposed.covered} of ${r.after.episodes} episodes (${pct(r.proposed.share)}); the memory in force covered ${r.inForce.covered} (${pct(r.inForce.share)}); ${r.onlyProposed} covered only by the proposed lessons.`,
  ];
  if (r.lessons.length) {
    lines.push('', '| covered | op | file | lesson |', '| --- | --- | --- | --- |');
    for (const l of r.lessons) lines.push(`| ${l.covered} | ${l.op} | ${l.file} | ${l.text.replace(/\|/g, '\\|').slice(0, 120)} |`);
  }
  return `${lines.join('\n')}\n`;
}
