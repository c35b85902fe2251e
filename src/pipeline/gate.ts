/**
 * The min-new-sessions gate's words and its empty report, in one place: the cheap pre-check by file
 * hash, runDream's count of sessions read and the Action's count net of the open dream PR all say
 * "not dreaming yet" the same way, and a gated pass reports the same shape wherever it stopped.
 */
import type { DreamReport, EngineName } from '../model/index.js';
import { emptyUsage } from '../engine/usage.js';

export function notDreamingYet(p: { fresh: number; unit: 'files' | 'sessions'; minNewSessions: number; pending?: number }): string {
  if (p.unit === 'files') return `Not dreaming yet: ${p.fresh} new transcript files, min-new-sessions is ${p.minNewSessions}.`;
  const beyond = p.pending ? ` beyond the ${p.pending} in the open dream PR` : '';
  return `Not dreaming yet: ${p.fresh} new session(s)${beyond}, min-new-sessions is ${p.minNewSessions}.`;
}

/** The report of a pass that proposed nothing: no patterns, no edits, no usage. */
export function emptyReport(
  engine: EngineName,
  p: { sessions?: DreamReport['sessions']; notes?: string[]; timings?: Record<string, number> } = {},
): DreamReport {
  return {
    version: 1,
    engine,
    sessions: p.sessions ?? { read: 0, alreadyDreamed: 0, ids: [], files: 0, skipped: [] },
    patterns: [],
    edits: [],
    rejected: [],
    usage: emptyUsage(),
    timings: p.timings ?? {},
    notes: p.notes ?? [],
  };
}
