/**
 * The one Session model every reader produces and every later stage consumes.
 *
 * Readers normalise very different formats (Claude Code JSONL, stream-json, Managed Agents events,
 * Codex rollouts, chat-message arrays...) into this shape. Every event keeps its origin so that
 * evidence cited in a memory edit can be opened by a reviewer at file:line.
 */

export type AgentKind =
  | 'claude-code'
  | 'claude-sdk'
  | 'managed-agents'
  | 'codex'
  | 'openhands'
  | 'swe-agent'
  | 'aider'
  | 'gemini-cli'
  | 'copilot-cli'
  | 'grok-cli'
  | 'cline'
  | 'generic';

export type FormatId =
  | 'claude-code-jsonl'
  | 'claude-stream-json'
  | 'managed-agents-events'
  | 'codex-rollout'
  | 'generic-chat'
  | 'openhands-events'
  | 'swe-agent-traj'
  | 'aider-history'
  | 'mini-swe-agent-traj'
  | 'specstory-md'
  | 'gemini-cli-chat'
  | 'gemini-cli-logs'
  | 'gemini-cli-share'
  | 'gemini-cli-history'
  | 'claude-code-history'
  | 'codex-history'
  | 'cursor-export'
  | 'claude-code-console'
  | 'copilot-cli'
  | 'copilot-cli-share'
  | 'grok-cli'
  | 'cline-ui-messages'
  | 'cline-api-history'
  | 'cline-export-md'
  | 'opencode-export-md';

/** Where an event came from: the transcript file (as given to the reader) and the 1-based line. */
interface Origin {
  file: string;
  line: number;
}

interface EventBase {
  /** Position of the event within its session, 0-based and gap-free. */
  seq: number;
  origin: Origin;
  /** ISO-8601 timestamp when the format records one. */
  timestamp?: string;
  /** A subagent's turn written inline in its parent's transcript (SpecStory "- sidechain"). */
  sidechain?: true;
  /**
   * The format keeps only part of what happened (console text: output cut to "… +N lines"), so a
   * missing error or command is no evidence of absence.
   */
  lowFidelity?: true;
}

interface UserPromptEvent extends EventBase {
  kind: 'user_prompt';
  text: string;
  /** The task a harness handed the agent (benchmark issue text), not a person's correction. */
  task?: true;
  /**
   * A turn the transcript cannot tell from text nobody typed there: in a Markdown export, a turn after the
   * agent first speaks (Markdown has no escaping, so the model's reply can print a "user" header, and a page it
   * fetched can ask it to); in an older Gemini CLI chat, any message (a custom command's expansion is
   * recorded as the user's). Such a turn vouches for no words or commands, and no edit rests on it alone.
   */
  unverified?: true;
}

interface AssistantTextEvent extends EventBase {
  kind: 'assistant_text';
  text: string;
}

export interface ToolCallEvent extends EventBase {
  kind: 'tool_call';
  /** The format's call id (tool_use id, call_id...), used to pair results. */
  callId?: string;
  name: string;
  input: unknown;
  /** For shell-like tools: the command line, extracted from input so signals need not know each tool. */
  command?: string;
  /**
   * The call asked to run outside the agent's sandbox (Codex's `with_escalated_permissions: true`, later
   * `sandbox_permissions: "require_escalated"`): read from the call's arguments, never from its text.
   */
  escalated?: true;
}

export interface ToolResultEvent extends EventBase {
  kind: 'tool_result';
  callId?: string;
  /** Name of the tool whose call this answers, when the pairing is known. */
  toolName?: string;
  ok: boolean;
  exitCode?: number;
  text: string;
  /**
   * True when the failure is a cascade from a parallel call ("Sibling tool call errored"),
   * not a failure of this call. Such results have ok=false but must never become lessons.
   */
  cascade?: boolean;
}

/**
 * The person took the turn back from the agent: stopped it mid-work ("[Request interrupted by user]"), or undid
 * the edit it had just made (aider's `/undo`). It carries none of their words (what they say next is a prompt of
 * its own, read as answering the rejection), and the work it rejects did run, unlike a PermissionDenialEvent's.
 */
interface InterruptEvent extends EventBase {
  kind: 'interrupt';
  text: string;
}

interface PermissionDenialEvent extends EventBase {
  kind: 'permission_denial';
  callId?: string;
  toolName?: string;
  /** What the user said along with the rejection, if anything (a rejection plus a correction). */
  text: string;
  /**
   * The rejection was told from its wording alone, in a format that records no harness marker beside a result
   * (SpecStory, console captures, generic message logs, opencode's export): a tool's output could have printed the same
   * words, so they vouch for nothing (usersOwnWords) and are withheld and weighed as an export's unverified turn is.
   * Every reader records a refusal's words here, never as a prompt of their own: a denial the person typed is a denial.
   */
  unverified?: true;
}

export interface HookBlockEvent extends EventBase {
  kind: 'hook_block';
  hook?: string;
  callId?: string;
  toolName?: string;
  text: string;
  /**
   * The hook spoke about a call that ran (a PostToolUse block, a hook that stopped the turn): its complaint, kept for
   * the reader, but the call's own result is its answer. It refuses no call and is no step of its own.
   */
  followUp?: true;
}

/**
 * The harness, not a person, answered the agent: a format error ("provide exactly one action"), a
 * step limit. It is neither a tool result nor a user correction.
 */
interface EnvironmentFeedbackEvent extends EventBase {
  kind: 'environment_feedback';
  text: string;
}

export interface CompactionEvent extends EventBase {
  kind: 'compaction';
  summary: string;
}

interface ApiErrorEvent extends EventBase {
  kind: 'api_error';
  status?: number;
  text: string;
}

interface SubagentLinkEvent extends EventBase {
  kind: 'subagent_link';
  /** The child session's id. */
  sessionId: string;
  description?: string;
}

interface MemoryInjectionEvent extends EventBase {
  kind: 'memory_injection';
  /** e.g. "AGENTS.md" or "/repo/CLAUDE.md" when the format says which file was injected. */
  path?: string;
  text: string;
}

export type SessionEvent =
  | UserPromptEvent
  | AssistantTextEvent
  | ToolCallEvent
  | ToolResultEvent
  | InterruptEvent
  | PermissionDenialEvent
  | HookBlockEvent
  | EnvironmentFeedbackEvent
  | CompactionEvent
  | ApiErrorEvent
  | SubagentLinkEvent
  | MemoryInjectionEvent;

/** Distributes Omit over the union so each member keeps its own fields. */
export type NewSessionEvent = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'seq'> : never) : never;

/**
 * Who could have written the text a session marks as the user's. Trust follows the source, not the
 * words: the same sentence weighs differently from a developer's own terminal and from an issue comment.
 * - `developer`: a local session or a committed transcript (the person at the keyboard is on the team);
 * - `app-user`: a Managed Agents session (the app's user, who may not be on the team);
 * - `public`: claude-code-action execution files and other CI transcripts, whose prompt anyone who can
 *   comment on an issue or pull request may have written.
 */
export type TrustLevel = 'developer' | 'app-user' | 'public';

export const TRUST_LEVELS: readonly TrustLevel[] = ['developer', 'app-user', 'public'];

/** What a reader can tell from the format alone; the pipeline refines it by where the file came from. */
export function defaultTrust(format: FormatId): TrustLevel {
  if (format === 'claude-stream-json') return 'public';
  if (format === 'managed-agents-events') return 'app-user';
  return 'developer';
}

export interface Session {
  id: string;
  /** Who could have written its user turns (see TrustLevel). */
  trust: TrustLevel;
  agent: AgentKind;
  format: FormatId;
  /** The transcript file, as the path was given to the reader (repo-relative in the Action). */
  sourceFile: string;
  /** sha256 (hex) of the source file's bytes; the ledger records dreamed sessions by it. */
  contentHash: string;
  cwd?: string;
  /**
   * The repository's folder `cwd` names, relative to its root and `/`-separated (transcripts/session-folder.ts): set
   * only for a folder below the root, when the pass knows the repository. Absent at the root or where unknown.
   */
  folder?: string;
  gitBranch?: string;
  model?: string;
  startedAt?: string;
  endedAt?: string;
  /** For subagents: the id of the session that spawned them. */
  parentId?: string;
  /** How the session ended when the format says (mini-swe-agent's info.exit_status: "Submitted", "LimitsExceeded"). */
  exitStatus?: string;
  events: SessionEvent[];
}

/**
 * Who wrote a user_prompt event's text, by where it sits: the user, unless it is a subagent's turn (its "user" is
 * the parent model), a sidechain turn written inline, the task a benchmark harness handed over (third-party issue
 * text), or a CI transcript's prompt (anyone who can comment may have written it). The guards trust the user's
 * words only; session outlines label each prompt by its author, so a model reading them is told the same.
 */
export type PromptAuthor = 'user' | 'parent agent' | 'sidechain' | 'task' | 'public' | 'unverified';

export function promptAuthor(
  session: Pick<Session, 'parentId' | 'trust'>,
  e: Pick<SessionEvent & { kind: 'user_prompt' }, 'task' | 'sidechain' | 'unverified'>,
): PromptAuthor {
  if (session.parentId !== undefined) return 'parent agent';
  if (e.sidechain) return 'sidechain';
  if (e.task) return 'task';
  // A Markdown export's later turn, or an older Gemini chat's: a reply could have printed it (UserPromptEvent.unverified).
  if (e.unverified) return 'unverified';
  return session.trust === 'public' ? 'public' : 'user';
}

/** Whether a user_prompt event holds the user's own words (see promptAuthor). */
export function userTurn(
  session: Pick<Session, 'parentId' | 'trust'>,
  e: Pick<SessionEvent & { kind: 'user_prompt' }, 'task' | 'sidechain' | 'unverified'>,
): boolean {
  return promptAuthor(session, e) === 'user';
}

/**
 * Whether an event's text is words the user wrote: a user turn the guards trust (userTurn), or what the user said
 * with a rejection the reader knew from structure (not one told by its wording alone, and not in a public session,
 * where anyone may have).
 */
export function usersOwnWords(session: Pick<Session, 'parentId' | 'trust'>, e: SessionEvent): boolean {
  if (e.kind === 'user_prompt') return userTurn(session, e);
  return e.kind === 'permission_denial' && !e.unverified && session.trust !== 'public';
}

/** When a session happened: its start, else its first timestamped event. */
export function sessionTime(session: Pick<Session, 'startedAt' | 'events'>): number | undefined {
  const candidates = [session.startedAt, ...session.events.slice(0, 50).map((e) => e.timestamp)];
  for (const t of candidates) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  return undefined;
}

/** A line or file a reader could not use. Reported, never fatal. */
export interface ReadIssue {
  file: string;
  line?: number;
  reason: string;
  /**
   * Not a line or file that could not be used but sessions left out by design: a prompt log's sessions of other
   * projects (transcripts/project-scope.ts), this many. Counted and said apart from what was unreadable.
   */
  leftOut?: number;
}

/**
 * Between a name unique only in its folder and the hash of the folder that makes it a session id
 * (transcripts/builder.ts placedId): `.aider.chat.history@1a2b3c4d#2`.
 */
export const PLACE_MARK = '@';
const PLACED = /@[0-9a-f]{8}(?=[#/]|$)/;

/**
 * The id a session named by its file had before ids carried the file's place: the bare name. Ledgers written
 * then list it; a transcript dreamed then and read again (aider's history grows) is the same session under its
 * placed id (see newSessions). A file at the repository's root still has its bare name as its id.
 */
export function unplacedId(id: string): string {
  return id.replace(PLACED, '');
}

/**
 * The sessions of `ids` that `known` (a ledger's list) does not hold, and the bare names the others were known
 * by. A bare name the list holds stands for one session: ledgers written before ids carried their place listed
 * it for whichever folder's file it was, and it is a root file's id today. So it is claimed once, by the least
 * placed id of its name (ids sorted: the same whatever order the sessions came in), unless the root file's
 * session is among `ids` itself; every other placed id of that name is new. Main took a bare name as every
 * placed id of it, forever: after a root `.aider.chat.history.md` supported a pattern, no folder's did again.
 * `roots`: ids the ledger lists as sessions of a file at the root (rootFileIds): those are no older name, and
 * are claimed by no placed id.
 */
export function newSessions(
  known: ReadonlySet<string>,
  ids: readonly string[],
  roots: ReadonlySet<string> = new Set(),
): { fresh: string[]; claimed: Map<string, string> } {
  const claimed = new Map<string, string>();
  const present = new Set(ids);
  for (const id of [...ids].sort()) {
    const bare = unplacedId(id);
    if (bare !== id && !known.has(id) && known.has(bare) && !present.has(bare) && !roots.has(bare) && !claimed.has(bare))
      claimed.set(bare, id);
  }
  const claimants = new Set(claimed.values());
  // In the order given: the ledger lists sessions oldest first, and its cap forgets the oldest.
  return { fresh: ids.filter((id) => !known.has(id) && !claimants.has(id)), claimed };
}

/** The ids of listed sessions read from a file at the repository's root: their bare names are their own (newSessions). */
export function rootFileIds(sessions: Iterable<{ id: string; sourceFile: string }>): Set<string> {
  const out = new Set<string>();
  for (const s of sessions) if (!/[\\/]/.test(s.sourceFile)) out.add(s.id);
  return out;
}
