/**
 * Builds one Session: numbers events, and redacts and bounds every text before it is stored (clean-text.ts), so no
 * secret and no unbounded blob ever leaves a reader.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { AgentKind, FormatId, NewSessionEvent, Session, SessionEvent } from '../model/index.js';
import { PLACE_MARK, defaultTrust } from '../model/session.js';
import { cleanEvent, cleanId, cleanLabel, cleanLabels, cleanText, emptyEvent, unscanned } from './clean-text.js';
import type { ReaderContext } from './readers/context.js';

export class SessionBuilder {
  readonly events: SessionEvent[] = [];
  id: string | undefined;
  cwd: string | undefined;
  gitBranch: string | undefined;
  model: string | undefined;
  parentId: string | undefined;
  startedAt: string | undefined;
  endedAt: string | undefined;
  exitStatus: string | undefined;
  /** Flags copied onto every event pushed while set (a SpecStory sidechain turn; console text throughout). */
  marks: { sidechain?: true; lowFidelity?: true } = {};

  readonly sourceFile: string;
  /** The lines whose events keep their texts (ReaderContext.cited); undefined: every line. */
  private readonly cited: ReadonlySet<number> | undefined;

  constructor(
    readonly agent: AgentKind,
    readonly format: FormatId,
    ctx: Pick<ReaderContext, 'display' | 'cited'>,
  ) {
    this.sourceFile = ctx.display;
    this.cited = ctx.cited;
  }

  /** Whether the event at `line` keeps its texts (redacted) or has them emptied unscanned. */
  private keepsText(line: number): boolean {
    return this.cited === undefined || this.cited.has(line);
  }

  /** Labels already redacted in this session (cleanLabel). */
  private readonly labels = new Map<string, string>();

  /** Records a timestamp seen anywhere in the session (events or metadata lines). */
  seen(raw: unknown): void {
    if (typeof raw !== 'string' || raw.length === 0) return;
    const ts = cleanLabel(raw, this.labels);
    if (this.startedAt === undefined || ts < this.startedAt) this.startedAt = ts;
    if (this.endedAt === undefined || ts > this.endedAt) this.endedAt = ts;
  }

  /** Adds an event, taking ownership of `e` (its texts are redacted in place). */
  push(e: NewSessionEvent): SessionEvent {
    if (this.keepsText(e.origin.line)) cleanEvent(e);
    else emptyEvent(e);
    cleanLabels(e, this.labels);
    if (this.marks.sidechain) e.sidechain = true;
    if (this.marks.lowFidelity) e.lowFidelity = true;
    const ev = e as SessionEvent;
    ev.seq = this.events.length;
    if ('timestamp' in ev && ev.timestamp === undefined) delete ev.timestamp;
    this.seen(ev.timestamp);
    this.events.push(ev);
    return ev;
  }

  /** Updates a compaction's summary after the fact (Claude Code writes it on the next line). */
  setSummary(ev: SessionEvent, summary: string): void {
    if (ev.kind === 'compaction') ev.summary = this.keepsText(ev.origin.line) ? cleanText(summary) : unscanned(summary);
  }

  /** Replaces a result's text after the fact (a running shell's later output: copilot-shells.ts), cleaned as push cleans. */
  setText(ev: SessionEvent, text: string): void {
    if (ev.kind === 'tool_result') ev.text = this.keepsText(ev.origin.line) ? cleanText(text) : unscanned(text);
  }

  /** Names a subagent link's child after the fact (stream-json knows the child's id only at the end). */
  setLink(ev: SessionEvent, sessionId: string, description: string | undefined): void {
    if (ev.kind !== 'subagent_link') return;
    ev.sessionId = cleanId(sessionId, this.labels);
    if (description !== undefined) ev.description = this.keepsText(ev.origin.line) ? cleanText(description) : unscanned(description);
  }

  get size(): number {
    return this.events.length;
  }

  build(contentHash: string, fallbackId: string): Session {
    const label = (v: string) => cleanLabel(v, this.labels);
    const s: Session = {
      id: cleanId(this.id ?? fallbackId, this.labels),
      agent: this.agent,
      format: this.format,
      trust: defaultTrust(this.format),
      sourceFile: this.sourceFile,
      contentHash,
      events: this.events,
    };
    if (this.cwd) s.cwd = label(this.cwd);
    if (this.gitBranch) s.gitBranch = label(this.gitBranch);
    if (this.model) s.model = label(this.model);
    if (this.startedAt) s.startedAt = this.startedAt;
    if (this.endedAt) s.endedAt = this.endedAt;
    if (this.parentId) s.parentId = cleanId(this.parentId, this.labels);
    if (this.exitStatus) s.exitStatus = label(this.exitStatus);
    return s;
  }
}

/** Text of a content field that may be a string or an array of blocks ({type:'text', text}). */
export function blockText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  for (const b of content) {
    if (typeof b === 'string') parts.push(b);
    else if (b && typeof b === 'object') {
      const o = b as Record<string, unknown>;
      if (typeof o.text === 'string') parts.push(o.text);
      else if (o.type === 'image') parts.push('[image]');
      else if (typeof o.content === 'string' || Array.isArray(o.content)) parts.push(blockText(o.content));
    }
  }
  return parts.join('\n');
}

export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The file name without its extension. */
export function fileStem(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '');
}

/** Folders of an absolute path kept in its place (fileSessionId): the two nearest the file. */
const PLACE_FOLDERS = 2;

/**
 * A session id for formats that record none: the file name without its extension, placed (placedId).
 */
export function fileSessionId(display: string): string {
  return placedId(fileStem(display.replaceAll('\\', '/')), display);
}

/**
 * A name that is unique only within its folder (a file's stem, the benchmark task a trajectory ran), made a
 * session id unique in the corpus by a short hash of where the file sits (ReaderContext.display). Two files of
 * one name in two folders (a monorepo's `web/` and `api/` each with `.aider.chat.history.md`, two checkouts or
 * two benchmark runs in one corpus) are two sessions: ids key support counts, evidence, the ledger's patterns
 * and `dream why`, and one id for both counted them once and gave one's quotes to the other. The place is the
 * path relative to the repository, the same on every checkout and machine (the Action checks out to different
 * absolute paths); a file outside it (an artifact in a temp folder, a home-folder glob) is shown by its
 * absolute path, whose start differs between machines and runs, so only its nearest folders are its place.
 * A file at the repository's root keeps the bare name it always had: no other file has its name there.
 */
export function placedId(name: string, display: string): string {
  const parts = display.replaceAll('\\', '/').split('/');
  const absolute = display.startsWith('/') || /^[A-Za-z]:[\\/]/.test(display);
  if (!absolute && parts.length < 2) return name;
  const place = absolute ? parts.slice(-(PLACE_FOLDERS + 1)).join('/') : parts.join('/');
  return `${name}${PLACE_MARK}${createHash('sha256').update(place).digest('hex').slice(0, 8)}`;
}

/** Function-call arguments arrive as a JSON string in OpenAI-style formats; keep the raw text if not JSON. */
export function parseJsonArguments(args: unknown): unknown {
  if (typeof args !== 'string') return args ?? {};
  try {
    return JSON.parse(args);
  } catch {
    return args;
  }
}

/** Where an event came from, as readers spread it into each event. */
export interface EventPlace {
  origin: { file: string; line: number };
  timestamp?: string;
}

/**
 * A tool_call event with its optional fields present only when the format knew them; its command line
 * is the input's (commandOf) unless the reader worked it out otherwise (Codex's code-mode cells).
 */
export function toolCallEvent(
  c: { name: string; input: unknown; callId?: string | undefined; command?: string | undefined },
  place: EventPlace,
): NewSessionEvent {
  const command = 'command' in c ? c.command : commandOf(c.name, c.input);
  return {
    kind: 'tool_call',
    name: c.name,
    input: c.input,
    ...(c.callId ? { callId: c.callId } : {}),
    ...(command !== undefined ? { command } : {}),
    ...(escalates(c.input) ? { escalated: true as const } : {}),
    ...place,
  };
}

/** Does a call's input ask to leave the sandbox? Codex's shell tools, in both spellings its versions used. */
function escalates(input: unknown): boolean {
  const o = asRecord(input);
  return !!o && (o.with_escalated_permissions === true || o.sandbox_permissions === 'require_escalated');
}

/** A tool_result event with its optional fields present only when the format knew them. */
export function toolResultEvent(
  r: { ok: boolean; text: string; callId?: string | undefined; toolName?: string | undefined; exitCode?: number | undefined },
  place: EventPlace,
): NewSessionEvent {
  return {
    kind: 'tool_result',
    ok: r.ok,
    text: r.text,
    ...(r.callId ? { callId: r.callId } : {}),
    ...(r.toolName ? { toolName: r.toolName } : {}),
    ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
    ...place,
  };
}

/**
 * Settles a command's result after the fact: the process was still running when the call was answered, and a later
 * record (Codex's `write_stdin` poll, Claude Code's TaskOutput) saw it exit. The result keeps its place.
 */
export function settleResult(ev: NewSessionEvent | SessionEvent, exitCode: number): void {
  if (ev.kind !== 'tool_result') return;
  ev.ok = exitCode === 0;
  ev.exitCode = exitCode;
}

/** "Exit code 1", "Exit code: 1", "exited with code 1", "exit status 1". */
const EXIT_CODE = /(?:^|\n)\s*(?:Exit code:?|Process exited with code|exit status|exit code:?)\s*(-?\d{1,3})\b/i;

export function exitCodeFrom(text: string): number | undefined {
  const m = EXIT_CODE.exec(text.length > 4096 ? text.slice(0, 2048) + '\n' + text.slice(-2048) : text);
  return m ? Number(m[1]) : undefined;
}

/** The command line of a shell-like tool call, when its input carries one. */
export function commandOf(name: string, input: unknown): string | undefined {
  const o = asRecord(input);
  if (!o) return typeof input === 'string' && /^(?:bash|shell|exec|run|terminal|execute)/i.test(name) ? input : undefined;
  const c = o.command ?? o.cmd;
  if (typeof c === 'string') return c;
  if (Array.isArray(c) && c.every((x) => typeof x === 'string')) {
    // Codex shells wrap commands as ["bash", "-lc", "<script>"].
    const arr = c as string[];
    if (arr.length === 3 && /(?:^|\/)(?:ba|z)?sh$/.test(arr[0]!) && /^-l?c$/.test(arr[1]!)) return arr[2];
    return arr.join(' ');
  }
  return undefined;
}
