/**
 * The transcripts stage: transcript files in, normalised and redacted Sessions out.
 * Other stages code against exactly these names.
 */
export { detectFormat, readTranscriptFile, type ReadOptions } from './read.js';
export { summarizeTranscripts, outlineSession, isToolError, type FileSummary } from './summary.js';
export { HealthCollector, sessionCounts, type SessionCounts, type HealthReport, type FormatHealth, type FileTracker } from './health.js';
export { formatHealth } from './health-text.js';
export { MAX_LINE_BYTES } from './lines.js';
export { MAX_ARRAY_FILE_BYTES } from './records.js';
export { MAX_TEXT_CHARS } from './builder.js';
export type * from '../model/session.js';
