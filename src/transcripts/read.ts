/**
 * The transcripts stage's entry point: detect a file's format, run its reader, attach the content
 * hash, and report every problem as a ReadIssue instead of throwing.
 */
import { silentLogger } from '../log.js';
import { redactSecrets } from '../secrets/index.js';
import { fileSessionId } from './builder.js';
import { detectAndRead, detectFile } from './detect.js';
import type { ReaderContext } from './readers/context.js';
import type { ReadEnd } from './lines.js';
import { scopeToProject } from './project-scope.js';
import { sessionFolder } from './session-folder.js';
import { READERS } from './registry.js';
import type { Logger, FormatId, ReadIssue, Session } from '../model/index.js';

export interface ReadOptions {
  /** Path recorded in sourceFile and origins (e.g. repo-relative). Default: the path given. */
  displayPath?: string;
  onIssue?: (issue: ReadIssue) => void;
  /** Told the detected format (null when unknown) before any session is read. */
  onFormat?: (format: FormatId | null) => void;
  /** Told the record types the reader did not understand, with counts, once per file. */
  onUnknownTypes?: (counts: ReadonlyMap<string, number>) => void;
  logger?: Logger;
  /**
   * Resume a transcript that grew: read from this byte offset (the end of a complete line), numbering
   * lines after `line`. Honoured only for formats whose every record stands alone (RESUMABLE_FORMATS);
   * others are read from the start. `onEnd` says which happened.
   */
  from?: { offset: number; line: number };
  /** Where the read began, and where the last complete line ended: the next pass's `from` (and, read from the start, what the mark needs: ReadEnd.seen). */
  onEnd?: (end: ReadEnd & { startOffset: number }) => void;
  /**
   * The repository being dreamed (absolute): a prompt log of several projects is read for its sessions
   * only (project-scope.ts). Absent: every session is read, as `dream sessions` lists them.
   */
  project?: string;
  /**
   * The only lines whose events' texts the caller reads (the evidence guard checks a few cited lines):
   * events elsewhere keep their kind, line and labels, but their texts are emptied before any scan (a text
   * too short for any secret rule is kept as it is), so re-reading a transcript to check a quote does not
   * redact the whole of it again; an empty set keeps no event's text (`dream sessions`' summaries). Nor is the file hashed:
   * such a read's sessions have an empty contentHash (no caller keys anything by it). Absent: every line.
   */
  cited?: ReadonlySet<number>;
}

/** Formats that log every project's prompts in one file. */
const MULTI_PROJECT_FORMATS: ReadonlySet<FormatId> = new Set(['claude-code-history']);

/**
 * Formats that can be read from the middle: each JSONL record names its session, so the appended
 * lines alone make a session with the right id. Codex rollouts name it only in their first record.
 */
const RESUMABLE_FORMATS: ReadonlySet<FormatId> = new Set(['claude-code-jsonl']);

export function detectFormat(file: string): FormatId | null {
  return detectFile(file).format;
}

/** Sessions in one transcript file. Never throws for bad content; problems go to onIssue. */
export async function* readTranscriptFile(file: string, opts: ReadOptions = {}): AsyncGenerator<Session> {
  const display = opts.displayPath ?? file;
  const logger = opts.logger ?? silentLogger;
  const issue = (line: number | undefined, said: string, leftOut?: number): void => {
    // Reasons quote the input (a role, a record type, a file's first words): they reach logs, the health
    // report and `dream sessions --json`, so they are redacted like any transcript text.
    const reason = redactSecrets(said);
    const i: ReadIssue = { file: display, ...(line !== undefined ? { line } : {}), reason, ...(leftOut !== undefined ? { leftOut } : {}) };
    opts.onIssue?.(i);
    logger.debug(`${display}${line !== undefined ? `:${line}` : ''}: ${reason}`);
  };
  const { detection, already, head } = detectAndRead(file);
  opts.onFormat?.(detection.format);
  if (detection.format === null) {
    issue(undefined, detection.unread ? detection.reason : `unknown format: ${detection.reason}`);
    return;
  }
  let hash = '';
  const from = opts.from && opts.from.offset > 0 && RESUMABLE_FORMATS.has(detection.format) ? opts.from : undefined;
  const onEnd = opts.onEnd;
  const ctx: ReaderContext = {
    file,
    display,
    issue,
    logger,
    ...(head ? { head } : {}),
    lineOpts: {
      ...(opts.cited ? {} : { onHash: (h: string) => (hash = h) }),
      // A resumed read starts past the bytes detection read; a read from the start takes them (ReadAlready).
      ...(from ? { startOffset: from.offset, startLine: from.line } : already ? { already } : {}),
      ...(onEnd ? { onEnd: (e: ReadEnd) => onEnd({ startOffset: from?.offset ?? 0, ...e }) } : {}),
    },
    ...(opts.onUnknownTypes ? { onUnknownTypes: opts.onUnknownTypes } : {}),
    ...(opts.cited ? { cited: opts.cited } : {}),
  };
  let builders;
  try {
    builders = READERS[detection.format].read(ctx);
  } catch (e) {
    // Readers are written not to throw on content; this catches I/O failures (file vanished, EACCES).
    issue(undefined, `read failed: ${(e as Error).message}`);
    return;
  }
  if (opts.project && MULTI_PROJECT_FORMATS.has(detection.format)) {
    const scoped = scopeToProject(builders, opts.project);
    if (scoped.note) issue(undefined, scoped.note, scoped.leftOut);
    builders = scoped.keep;
  }
  // Most formats name their sessions: the file's id is worked out only for one that does not.
  let fallback: string | undefined;
  for (const b of builders) {
    const session = b.build(hash, b.id ?? (fallback ??= fileSessionId(display)));
    const folder = opts.project && session.cwd ? sessionFolder(session.cwd, opts.project) : undefined;
    yield folder ? { ...session, folder } : session;
  }
}
