/**
 * The ingestion health report: what the transcripts stage found, read and skipped, per source and
 * format (built by src/transcripts/health.ts, shown by the CLI, the job summary and the PR body).
 */
import type { FormatId } from './session.js';

export interface FormatHealth {
  /** Where the files came from: "files" (named on the command line), "repo", "artifacts", "managed-agents"... */
  source: string;
  /** "unknown" for files whose format was not recognised. */
  format: FormatId | 'unknown';
  filesFound: number;
  filesRead: number;
  /** Files that gave no session, by reason. */
  skipped: Record<string, number>;
  sessions: number;
  events: number;
  toolCalls: number;
  toolErrors: number;
  /** Record types the reader did not understand, with counts: a new agent version shows up here. */
  unknownTypes: Record<string, number>;
}

export interface HealthReport {
  formats: FormatHealth[];
  totals: { filesFound: number; filesRead: number; filesSkipped: number; sessions: number; toolCalls: number; toolErrors: number };
  warnings: string[];
}
