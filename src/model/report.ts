/**
 * The run report: the stable JSON contract (`"version": 1`) that `dream run --report` writes and the
 * Action publishes. Outside tools rely on these field names: add fields, never rename them.
 */
import type { Edit, HumanDecision, RejectedEdit } from './edit.js';
import type { ReadIssue, TrustLevel } from './session.js';
import type { Pattern } from './signal.js';
import type { EngineName } from './engine.js';
import type { Usage } from './usage.js';
import type { HealthReport } from './health.js';
import type { LessonEfficacy } from './efficacy.js';

/**
 * Session ids listed per pattern: a pattern of a 100,000-session corpus is supported by most of them, and
 * listing every id made the report mostly ids. The PR body's state marker keeps the same number.
 */
export const MAX_PATTERN_SESSIONS = 200;

/**
 * Session ids listed across the patterns no edit cites, all together: each lists as many as the rest
 * leave it, so the report holds counts and a sample whatever the corpus (at 100,000 sessions, 200 ids of
 * each of hundreds of patterns had made 3.2 MB of the report's 6.8). Those an edit cites list
 * MAX_PATTERN_SESSIONS, which the PR's state marker needs.
 */
export const MAX_REPORT_SESSION_IDS = 5_000;

export interface ReportPattern {
  id: string;
  kind: Pattern['kind'];
  summary: string;
  signature: string;
  /** Distinct sessions that support the pattern, the ledger's earlier ones included. */
  support: number;
  agents: string[];
  /**
   * A sample of the pattern's sessions (this pass's and those the ledger remembers): the first ones in sorted
   * order, MAX_PATTERN_SESSIONS when an edit of the pass cites the pattern, else as many as the report's
   * MAX_REPORT_SESSION_IDS leave each pattern (at least one). The rest are counted in sessionsOmitted.
   */
  sessions: string[];
  /** Present when `sessions` was capped: how many more the pattern has, so sessions.length + sessionsOmitted is their count. */
  sessionsOmitted?: number;
  /** true when support is below the threshold: reported, never turned into memory. */
  oneOff: boolean;
  /**
   * Its summary is the words of turns the transcripts cannot attribute to the person (Evidence.unverified): no
   * signal of it speaks the person's own words (Pattern.unverified), or every quote behind it is such a turn. The
   * summary is kept here as data, and the PR body and job summary show it counted, not in words. A pattern that
   * has the person's words too takes its summary from them alone, and is not marked.
   */
  unverified?: true;
}

export interface DreamReport {
  version: 1;
  engine: EngineName;
  sessions: {
    /** Sessions read and mined in this pass. */
    read: number;
    /** Sessions already recorded in the ledger (same content hash) and not dreamed again. */
    alreadyDreamed: number;
    /**
     * Of alreadyDreamed, the sessions of files byte-identical to a file read earlier in the same pass (a
     * transcript copied into two folders, an artifact downloaded twice): counted once, as a later pass would
     * count them. Absent when there were none.
     */
    copies?: number;
    /** Of `read`, how many are subagents (spawned by another session): counted apart from main sessions. */
    subagents?: number;
    /** Ids of the sessions read, the first thousand; the rest are counted in idsOmitted. */
    ids: string[];
    idsOmitted?: number;
    /**
     * Sessions read from a prompt log whose conversation the pass also read from its transcript (same session id):
     * not counted again in `read`. Absent when there were none.
     */
    promptLogCopies?: number;
    /**
     * Sessions of other projects that prompt logs hold (one log for every project), left out on purpose: never
     * read, and no unreadable input. Absent when there were none.
     */
    otherProjects?: number;
    /** Sessions read by who could have written their user turns (see TrustLevel). */
    byTrust?: Partial<Record<TrustLevel, number>>;
    files: number;
    /** Files skipped unparsed: the ledger shows them dreamed and unchanged. */
    filesUnchanged?: number;
    /**
     * Of filesUnchanged, those only the ledger's compacted filter knew (their marks had moved into it): skipped
     * on its "dreamed", which is wrong for a new file under 1e-9 a lookup. Absent when there were none.
     */
    filesKnownByFilter?: number;
    /** Files that grew since they were dreamed: only the appended lines were read. */
    filesResumed?: number;
    skipped: ReadIssue[];
    /** Issues beyond the first thousand, counted but not listed. */
    skippedOmitted?: number;
    /** Ingestion health: per source and format, files found/read/skipped, sessions, tool calls, unknown record types, warnings. */
    health?: HealthReport;
  };
  patterns: ReportPattern[];
  /** One-offs beyond those listed in patterns[] (the best supported are listed), counted only. */
  oneOffsOmitted?: number;
  edits: Edit[];
  rejected: RejectedEdit[];
  usage: Usage;
  timings: Record<string, number>;
  notes: string[];
  /** One object per adopted lesson: episodes per 100 sessions before and after, and the verdict. */
  efficacy?: LessonEfficacy[];
  /** Entries the pass leaves to a human: stale-looking prohibitions, and staleness it cannot prove. */
  decisions?: HumanDecision[];
}

/** One memory file's content before and after the pass. Only files that change appear. */
export interface FileChange {
  path: string;
  before: string;
  after: string;
  /** true when the pass creates the file (diffs then use /dev/null); absent means before === '' decides. */
  created?: boolean;
}

/**
 * How many lines or files a pass skipped as unreadable, the ones past the listed thousand included:
 * one count for every summary, worded as lines or files so it is not read as sessions.
 */
export function skippedInputs(s: Pick<DreamReport['sessions'], 'skipped' | 'skippedOmitted'>): number {
  return s.skipped.length + (s.skippedOmitted ?? 0);
}

/** One-offs the pass found, those past the listed ones included: one count for every summary. */
export function oneOffCount(r: Pick<DreamReport, 'patterns' | 'oneOffsOmitted'>): number {
  return r.patterns.filter((p) => p.oneOff).length + (r.oneOffsOmitted ?? 0);
}
