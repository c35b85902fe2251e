/**
 * Per-file counts (for `dream sessions` and reports) and compact per-session outlines (for engines).
 */
import {
  promptAuthor,
  type PromptAuthor,
  type SessionOutline,
  type FormatId,
  type ReadIssue,
  type Session,
  type SessionEvent,
} from '../model/index.js';
import { redactSecrets } from '../secrets/index.js';
import { sessionCounts, type FileTracker, type HealthCollector, type SessionCounts } from './health.js';
import { readTranscriptFile, type ReadOptions } from './read.js';

export interface FileSummary {
  file: string;
  format: FormatId | null;
  sessions: number;
  events: number;
  toolCalls: number;
  toolErrors: number;
  skippedLines: number;
  issues: ReadIssue[];
  /** Record types the reader did not understand, with counts (present only when there were some). */
  unknownTypes?: Record<string, number>;
}

/**
 * A row with nothing counted yet: a file about to be read, a folder that could not be listed, a table's total.
 * One place for it, so a count added to FileSummary starts at zero everywhere.
 */
export function emptySummary(file: string): FileSummary {
  return { file, format: null, sessions: 0, events: 0, toolCalls: 0, toolErrors: 0, skippedLines: 0, issues: [] };
}

/** One file's summary and its sessions' counts: all the health report needs, as plain data a thread can send. */
export interface FileRead {
  summary: FileSummary;
  counts: SessionCounts[];
}

/** No line: a summary's read keeps no event's text (ReadOptions.cited). */
const NO_LINES: ReadonlySet<number> = new Set();

/** Reads one file into its summary row. Never throws for bad content (readTranscriptFile reports it). */
export async function summarizeFile(
  file: string,
  opts: Omit<ReadOptions, 'onIssue' | 'onFormat' | 'onUnknownTypes' | 'cited'> = {},
): Promise<FileRead> {
  const s = emptySummary(opts.displayPath ?? file);
  const counts: SessionCounts[] = [];
  const lines = new Set<number>();
  const onIssue = (i: ReadIssue) => {
    s.issues.push(i);
    if (i.line !== undefined) lines.add(i.line);
  };
  const onFormat = (f: FormatId | null) => (s.format = f);
  const onUnknownTypes = (found: ReadonlyMap<string, number>) => {
    s.unknownTypes ??= {};
    for (const [k, n] of found) s.unknownTypes[k] = (s.unknownTypes[k] ?? 0) + n;
  };
  // A summary counts events: it reads none of their texts (the read empties them unscanned, and hashes nothing).
  for await (const session of readTranscriptFile(file, { ...opts, onIssue, onFormat, onUnknownTypes, cited: NO_LINES })) {
    const c = sessionCounts(session);
    counts.push(c);
    s.sessions++;
    s.events += c.events;
    s.toolCalls += c.toolCalls;
    s.toolErrors += c.toolErrors;
  }
  s.skippedLines = lines.size;
  return { summary: s, counts };
}

/** Counts a file read (on this thread or another) into the health report, as if it had been read under it. */
export function trackFile(tracker: FileTracker, read: FileRead): void {
  const { summary } = read;
  tracker.onFormat(summary.format);
  for (const i of summary.issues) tracker.onIssue(i);
  if (summary.unknownTypes) tracker.onUnknownTypes(new Map(Object.entries(summary.unknownTypes)));
  for (const c of read.counts) tracker.counted(c);
  tracker.end();
}

export async function summarizeTranscripts(
  files: string[],
  opts: Omit<ReadOptions, 'displayPath' | 'onIssue' | 'onFormat' | 'onUnknownTypes'> & {
    displayPath?: (file: string) => string;
    /** Also counts every file into this health report, under `source` (default "files"). */
    health?: HealthCollector;
    source?: string;
  } = {},
): Promise<FileSummary[]> {
  const out: FileSummary[] = [];
  const { health, source, displayPath, ...readOpts } = opts;
  for (const file of files) {
    const read = await summarizeFile(file, { ...readOpts, displayPath: displayPath?.(file) ?? file });
    if (health) trackFile(health.file(source ?? 'files'), read);
    out.push(read.summary);
  }
  return out;
}

function firstLine(text: string, max: number): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * How an outline names a prompt by its author (promptAuthor): the user's first prompt is `prompt:`, later ones
 * `user:`; any other author is named, so a model reading the outline does not take a parent agent's brief, a
 * benchmark's issue text or a public comment for the user's words (the guards never do).
 */
const NOT_THE_USER: Record<Exclude<PromptAuthor, 'user'>, string> = {
  'parent agent': "parent agent's prompt, not the user's",
  sidechain: "sidechain prompt, not the user's",
  task: "task text a harness handed over, not the user's",
  public: 'public prompt, anyone may have written it',
  unverified: "a turn shown as the user's that a reply could have printed, unverified",
};

/** An outline's lines (first prompt, then the tool/error/interrupt sequence) and the counts, whatever its size. */
function outlineParts(s: Session): { parts: string[]; counts: SessionOutline['counts'] } {
  let toolCalls = 0;
  let toolErrors = 0;
  let userPrompts = 0;
  const parts: string[] = [];
  const firstPrompt = s.events.find((e) => e.kind === 'user_prompt');
  const label = (e: SessionEvent & { kind: 'user_prompt' }, user: string): string => {
    const author = promptAuthor(s, e);
    return author === 'user' ? user : NOT_THE_USER[author];
  };
  if (firstPrompt && firstPrompt.kind === 'user_prompt') parts.push(`${label(firstPrompt, 'prompt')}: ${firstLine(firstPrompt.text, 300)}`);
  const calls = new Map<string, string>();
  for (const e of s.events) {
    switch (e.kind) {
      case 'user_prompt':
        userPrompts++;
        if (e !== firstPrompt) parts.push(`${label(e, 'user')}: ${firstLine(e.text, 120)}`);
        break;
      case 'tool_call':
        toolCalls++;
        if (e.callId) calls.set(e.callId, e.command ? `${e.name}(${firstLine(e.command, 80)})` : e.name);
        else parts.push(e.command ? `${e.name}(${firstLine(e.command, 80)})` : e.name);
        break;
      case 'tool_result': {
        const label = (e.callId && calls.get(e.callId)) ?? e.toolName ?? 'tool';
        if (e.callId) calls.delete(e.callId);
        if (e.ok) parts.push(label);
        else if (e.cascade) parts.push(`${label} (cancelled)`);
        else {
          toolErrors++;
          parts.push(`✗ ${label}${e.exitCode !== undefined ? ` [exit ${e.exitCode}]` : ''}: ${firstLine(e.text, 120)}`);
        }
        break;
      }
      case 'interrupt':
        parts.push('⏸ interrupted');
        break;
      case 'permission_denial':
        // Words told by their wording alone are labelled as an unverified turn is: a tool could have printed them.
        parts.push(
          `⛔ denied ${e.toolName ?? ''}${e.text ? `${e.unverified ? ' (its words unverified)' : ''}: ${firstLine(e.text, 120)}` : ''}`.trimEnd(),
        );
        break;
      case 'hook_block':
        parts.push(`${e.followUp ? '⚠ hook after the call' : '⛔ hook'} ${e.hook ?? ''}: ${firstLine(e.text, 100)}`);
        break;
      case 'compaction':
        parts.push('— compacted —');
        break;
      case 'api_error':
        parts.push(`api error: ${firstLine(e.text, 80)}`);
        break;
      case 'subagent_link':
        parts.push(`→ subagent ${e.sessionId}`);
        break;
      default:
        break;
    }
  }
  return { parts, counts: { events: s.events.length, toolCalls, toolErrors, userPrompts } };
}

/** The lines joined within maxChars, redacted. */
function outlineText(parts: readonly string[], maxChars: number): string {
  let outline = '';
  for (const p of parts) {
    const next = outline ? `${outline}\n${p}` : p;
    if (next.length > maxChars - 2) {
      outline = `${outline}\n…`;
      break;
    }
    outline = next;
  }
  // Readers already redacted; this is a second line of defence for outlines built from other sources.
  return redactSecrets(outline).slice(0, maxChars);
}

/** A compact, redacted outline: first prompt, then the tool/error/interrupt sequence, within maxChars. */
export function outlineSession(s: Session, maxChars = 2000): SessionOutline {
  return outlineWith(s, outlineParts(s), maxChars);
}

/**
 * The outline within maxChars and its text within shortChars, from one walk over the events: a pass
 * outlines every session at both sizes (pipeline/outlines.ts), and the lines do not depend on the size.
 */
export function outlineSessionTwice(s: Session, maxChars: number, shortChars: number): { outline: SessionOutline; short: string } {
  const parts = outlineParts(s);
  return { outline: outlineWith(s, parts, maxChars), short: outlineText(parts.parts, shortChars) };
}

function outlineWith(s: Session, { parts, counts }: ReturnType<typeof outlineParts>, maxChars: number): SessionOutline {
  const o: SessionOutline = {
    id: s.id,
    agent: s.agent,
    format: s.format,
    sourceFile: s.sourceFile,
    contentHash: s.contentHash,
    counts,
    outline: outlineText(parts, maxChars),
  };
  if (s.parentId) o.parentId = s.parentId;
  if (s.model) o.model = s.model;
  if (s.startedAt) o.startedAt = s.startedAt;
  if (s.endedAt) o.endedAt = s.endedAt;
  return o;
}
