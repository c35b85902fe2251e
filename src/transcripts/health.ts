/**
 * The ingestion health report: per source and format, what was found, read, skipped (and why), and
 * what came out of it. Silent ingestion failures are the worst kind, so the likely causes of an
 * empty or tool-less harvest are named in warnings. Counts only: memory is bounded by the number of
 * distinct formats, reasons and record types, never by the number of files.
 */
import type { FormatHealth, FormatId, HealthReport, ReadIssue, Session } from '../model/index.js';

export type { FormatHealth, HealthReport } from '../model/index.js';

/** Formats whose sessions record tool calls when the agent made any; zero from them means misreading. */
const TOOL_FORMATS = new Set<FormatId>([
  'claude-code-jsonl',
  'claude-stream-json',
  'managed-agents-events',
  'codex-rollout',
  'openhands-events',
  'swe-agent-traj',
  'mini-swe-agent-traj',
  'gemini-cli-chat',
  'specstory-md',
  'claude-code-console',
  'copilot-cli',
  'copilot-cli-share',
  'grok-cli',
  'cline-ui-messages',
  'cline-api-history',
  'cline-export-md',
  'opencode-export-md',
]);

/**
 * Formats of runs that work a task alone (a trajectory, an event stream): there is no person to just answer, so a
 * run without a tool call is one the reader misread, whatever else it holds.
 */
const AUTONOMOUS = new Set<FormatId>(['openhands-events', 'swe-agent-traj', 'mini-swe-agent-traj']);

/** Why a format's sessions might carry no tool calls, as a reader of the report can act on it. */
const NO_TOOLS_CAUSE: Partial<Record<FormatId, string>> = {
  'generic-chat':
    'if these are agent runs, their tool calls are in a shape the generic reader does not know (commands inside text, a new tool-call field)',
  'specstory-md': 'SpecStory exports from Cursor and some resumed sessions write commands as plain text, which is read as prose',
  'claude-code-console': 'console text shows a call as "⏺ Name(args)"; a copy without those lines has none',
  'gemini-cli-chat': 'older Gemini CLI versions recorded no toolCalls in their chat files',
};

/** A skip reason without the file-specific detail, so that like reasons count together. */
function reasonBucket(reason: string): string {
  const r = reason.replace(/^unknown format: /, '');
  const cut = r.search(/; it starts|; it holds|: no known transcript format|: looks like/);
  return (cut > 0 ? r.slice(0, cut) : r).trim().slice(0, 160);
}

function emptyRow(source: string, format: FormatHealth['format']): FormatHealth {
  return {
    source,
    format,
    filesFound: 0,
    filesRead: 0,
    skipped: {},
    sessions: 0,
    events: 0,
    toolCalls: 0,
    toolErrors: 0,
    unknownTypes: {},
  };
}

/** Callbacks for one file, shaped like readTranscriptFile's options. */
export interface FileTracker {
  onFormat: (format: FormatId | null) => void;
  onIssue: (issue: ReadIssue) => void;
  onUnknownTypes: (counts: ReadonlyMap<string, number>) => void;
  session: (s: Session) => void;
  /** The same as session(), from a session's counts (a worker thread or a shard read the session). */
  counted: (c: SessionCounts) => void;
  /** Call once the file's sessions have all been read. */
  end: () => void;
}

export interface SessionCounts {
  events: number;
  toolCalls: number;
  toolErrors: number;
  /**
   * A session where the person asked and the agent only answered: prompts and replies read, no tool call. The API's
   * error in place of a reply (a rate limit, round 23) is the agent's side read too: a version the reader does not
   * know leaves none of it. Absent in digests written before it was counted, which then read as not chat-only (the
   * warning stays as it was).
   */
  chatOnly?: boolean;
}

export function sessionCounts(s: Session): SessionCounts {
  let toolCalls = 0;
  let toolErrors = 0;
  let prompts = 0;
  let replies = 0;
  for (const e of s.events) {
    if (e.kind === 'tool_call') toolCalls++;
    else if (e.kind === 'tool_result' && !e.ok && e.cascade !== true) toolErrors++;
    else if (e.kind === 'user_prompt') prompts++;
    else if (e.kind === 'assistant_text' || e.kind === 'api_error') replies++;
  }
  const chatOnly = toolCalls === 0 && prompts > 0 && replies > 0;
  return { events: s.events.length, toolCalls, toolErrors, ...(chatOnly ? { chatOnly } : {}) };
}

export class HealthCollector {
  private readonly rows = new Map<string, FormatHealth>();
  /** Per row, how many of its sessions were chat-only (SessionCounts.chatOnly): kept beside the report's rows. */
  private readonly chatOnly = new Map<FormatHealth, number>();

  private row(source: string, format: FormatHealth['format']): FormatHealth {
    const key = `${source}\u0000${format}`;
    let r = this.rows.get(key);
    if (!r) this.rows.set(key, (r = emptyRow(source, format)));
    return r;
  }

  /** Starts tracking one file from `source`. */
  file(source: string): FileTracker {
    let format: FormatHealth['format'] = 'unknown';
    let sessions = 0;
    let firstFileIssue: string | undefined;
    const unknown = new Map<string, number>();
    const counted = (c: SessionCounts): void => {
      sessions++;
      const r = this.row(source, format);
      r.sessions++;
      r.events += c.events;
      r.toolCalls += c.toolCalls;
      r.toolErrors += c.toolErrors;
      if (c.chatOnly) this.chatOnly.set(r, (this.chatOnly.get(r) ?? 0) + 1);
    };
    return {
      onFormat: (f) => (format = f ?? 'unknown'),
      onIssue: (i) => {
        if (i.line === undefined) firstFileIssue ??= i.reason;
      },
      onUnknownTypes: (counts) => {
        for (const [k, n] of counts) unknown.set(k, (unknown.get(k) ?? 0) + n);
      },
      session: (s) => counted(sessionCounts(s)),
      counted: (c) => counted(c),
      end: () => {
        const r = this.row(source, format);
        r.filesFound++;
        if (sessions > 0) r.filesRead++;
        else {
          const reason = reasonBucket(firstFileIssue ?? (format === 'unknown' ? 'unknown format' : 'no session in the file'));
          r.skipped[reason] = (r.skipped[reason] ?? 0) + 1;
        }
        for (const [k, n] of unknown) r.unknownTypes[k] = (r.unknownTypes[k] ?? 0) + n;
      },
    };
  }

  /** `filesUnchanged`: files a pass skipped unread as dreamed before (they are found, not missing). */
  report(opts: { filesUnchanged?: number } = {}): HealthReport {
    const formats = [...this.rows.values()].sort((a, b) => (a.source + a.format < b.source + b.format ? -1 : 1));
    const totals = { filesFound: 0, filesRead: 0, filesSkipped: 0, sessions: 0, toolCalls: 0, toolErrors: 0 };
    for (const r of formats) {
      totals.filesFound += r.filesFound;
      totals.filesRead += r.filesRead;
      totals.filesSkipped += r.filesFound - r.filesRead;
      totals.sessions += r.sessions;
      totals.toolCalls += r.toolCalls;
      totals.toolErrors += r.toolErrors;
    }
    const chatOnly = (r: FormatHealth) => this.chatOnly.get(r) ?? 0;
    return { formats, totals, warnings: healthWarnings(formats, totals, { filesUnchanged: opts.filesUnchanged ?? 0, chatOnly }) };
  }
}

/**
 * Whether a tool-less row is only people asking and agents answering: every session chat-only, no record the reader
 * did not know, and a format where a person is there to answer. A version the reader does not know leaves records it
 * names as unknown, or sessions with the agent's side missing; a chat has neither.
 */
function onlyChats(r: FormatHealth, chatOnly: number): boolean {
  return r.format !== 'unknown' && !AUTONOMOUS.has(r.format) && chatOnly === r.sessions && Object.keys(r.unknownTypes).length === 0;
}

function healthWarnings(
  formats: FormatHealth[],
  totals: HealthReport['totals'],
  { filesUnchanged, chatOnly }: { filesUnchanged: number; chatOnly: (r: FormatHealth) => number },
): string[] {
  const out: string[] = [];
  // Nothing new to read is no ingestion problem: the files are there, dreamed before.
  if (totals.sessions === 0 && !(totals.filesFound === 0 && filesUnchanged > 0)) {
    if (totals.filesFound === 0)
      out.push('no sessions read: no transcript file was found (check the sessions globs and where the agent writes its transcripts)');
    else {
      const reasons = new Map<string, number>();
      for (const r of formats) for (const [k, n] of Object.entries(r.skipped)) reasons.set(k, (reasons.get(k) ?? 0) + n);
      const top = [...reasons].sort((a, b) => b[1] - a[1])[0];
      out.push(`no sessions read from ${totals.filesFound} file(s)${top ? `: most were skipped as "${top[0]}" (${top[1]})` : ''}`);
    }
  }
  for (const r of formats) {
    if (r.format === 'unknown' || r.sessions === 0 || r.toolCalls > 0) continue;
    const cause = NO_TOOLS_CAUSE[r.format];
    // A cause names a known way a format hides its calls, which a chat looks like too: it is said even then.
    if (!cause && onlyChats(r, chatOnly(r))) continue;
    if (TOOL_FORMATS.has(r.format) || cause) {
      out.push(
        `${r.source}: ${r.sessions} ${r.format} session(s) with no tool calls${cause ? `: ${cause}` : ': the reader may not know this version of the format'}`,
      );
    }
  }
  for (const r of formats) {
    const unknown = Object.entries(r.unknownTypes);
    if (unknown.length === 0) continue;
    const list = unknown
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, n]) => `${k}×${n}`)
      .join(', ');
    out.push(`${r.source}: ${r.format} records of types the reader does not know: ${list}`);
  }
  return out;
}
