/**
 * The transcripts stage: transcript files in, normalised and redacted Sessions out.
 * Other stages code against exactly these names.
 */
export { detectFormat, readTranscriptFile } from './read.js';
export {
  emptySummary,
  summarizeFile,
  summarizeTranscripts,
  trackFile,
  outlineSession,
  outlineSessionTwice,
  type FileRead,
  type FileSummary,
} from './summary.js';
export { HealthCollector, sessionCounts, type SessionCounts, type HealthReport } from './health.js';
export { formatHealth } from './health-text.js';
export { MAX_LINE_BYTES } from './lines.js';
export type * from '../model/session.js';
