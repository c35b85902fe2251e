/**
 * Efficacy over a whole checkout (`dream efficacy`): every transcript the globs match is read and
 * mined again, dreamed or not, and counted from scratch against the lessons adopted at HEAD. Nothing
 * is written. Streaming, like a pass: each session is dropped once counted.
 */
import path from 'node:path';
import type { AdoptedEntry, LessonEfficacy, Logger } from '../model/index.js';
import type { Ledger } from '../ledger/index.js';
import { discoverMemoryFiles } from '../memory/discover.js';
import { readTranscriptFile } from '../transcripts/index.js';
import { mineSession } from '../signals/mine.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { memoryRuleDates } from '../signals/rule-dates.js';
import { sessionTime } from '../model/index.js';
import { EfficacyPass } from './efficacy.js';
import { FileCopies } from './copies.js';

export interface MeasureOptions {
  repoDir: string;
  /** Transcript files, absolute. */
  files: readonly string[];
  memoryGlobs?: string[];
  ledger: Ledger;
  /** Adopted entries, when already found; absent: from git at HEAD. */
  adoptions?: readonly AdoptedEntry[];
  /** Only sessions that started at or after this time count. */
  since?: Date;
  now?: Date;
  unobservedDays?: number;
  logger: Logger;
}

export interface MeasuredEfficacy {
  efficacy: LessonEfficacy[];
  /** Sessions read (in the `since` window, or undated). */
  sessions: number;
  /**
   * Of those, the sessions whose transcript gives no time (a renamed old-layout SpecStory export, a Gemini CLI
   * shared chat): neither before nor after an adoption, so no lesson counts them. Said beside the table, or
   * "unobserved" and "0 of 0" would read as if no session had met the lesson.
   */
  undated: number;
}

export async function measureEfficacy(o: MeasureOptions): Promise<MeasuredEfficacy> {
  const memory = await discoverMemoryFiles(o.repoDir, { globs: o.memoryGlobs ?? [], logger: o.logger });
  const repoFacts = await collectRepoFacts(o.repoDir);
  const ruleDates = await memoryRuleDates(o.repoDir, memory);
  const pass = await EfficacyPass.start(
    o.repoDir,
    o.ledger,
    memory,
    {
      fromScratch: true,
      ...(o.adoptions ? { adoptions: o.adoptions } : {}),
      ...(o.unobservedDays !== undefined ? { unobservedDays: o.unobservedDays } : {}),
    },
    o.logger,
  );
  let sessions = 0;
  let undated = 0;
  const copies = new FileCopies();
  if (pass.lessons.length > 0) {
    for (const abs of o.files) {
      const rel = path.relative(o.repoDir, abs);
      const display = rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
      let first = true;
      for await (const session of readTranscriptFile(abs, { displayPath: display, logger: o.logger })) {
        // A file's sessions share its content hash: a copy of a file counted already is skipped whole (copies.ts).
        if (first && copies.isCopy(session.contentHash, 1)) break;
        first = false;
        const t = sessionTime(session);
        if (o.since && t !== undefined && t < o.since.getTime()) continue;
        sessions++;
        if (t === undefined) {
          undated++;
          continue;
        }
        pass.observe(session, mineSession(session, { memory, repoFacts, ruleDates }));
      }
    }
  }
  const { efficacy } = pass.finish(o.ledger, memory, o.now ?? new Date());
  return { efficacy, sessions, undated };
}
