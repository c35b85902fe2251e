/**
 * Signals are mined deterministically from one session; patterns cluster them across sessions.
 */
import type { AgentKind } from './session.js';
import type { Evidence } from './evidence.js';

type SignalKind =
  /** A tool error followed later by a variant that succeeded. */
  | 'error_then_fix'
  /** The same command failing the same way, with no fix found. */
  | 'repeated_failure'
  /** A user correction or standing instruction ("don't...", "always...", "use X, not Y"). */
  | 'instruction'
  /** A memory entry that led to a failure, or that the agent was corrected against. */
  | 'memory_failure'
  /** A hook blocked a tool call. */
  | 'hook_block'
  /** The harness refused the agent's replies for their format (signals/mine-feedback.ts). */
  | 'environment_feedback';

export interface Signal {
  kind: SignalKind;
  sessionId: string;
  /**
   * For a signal mined from a subagent: the session that spawned it. Support counts a session and its
   * subagents once (they are one piece of work), so clustering keys on `rootSessionId ?? sessionId`.
   */
  rootSessionId?: string;
  agent: AgentKind;
  /** Its session's folder below the repository's root (Session.folder): its lesson goes to that folder's memory. */
  folder?: string;
  /** Normalised signature (paths, numbers, hashes, quoted values stripped): the clustering key. */
  signature: string;
  /** One line a human can read. */
  summary: string;
  /** The lesson this signal suggests, phrased as a memory entry would be, when one can be derived. */
  lesson?: string;
  /** For error_then_fix/repeated_failure: the failing command and the working variant. */
  failed?: string;
  fixed?: string;
  /** For memory_failure: the memory entry implicated. */
  memoryEntryId?: string;
  evidence: Evidence[];
  /**
   * A correction the user scoped beyond the moment ("in this project", "from now on") right after the
   * agent's action failed or was rejected: the user's own word that the rule stands, so its pattern
   * needs no second session.
   */
  standing?: true;
  /**
   * A "use X" instruction that only restates the thing a preference asks for ("write the tests using gtest"): it adds
   * a session to a correction's support (the user had to say it again) but is never a lesson on its own.
   */
  restated?: true;
  /**
   * A how-to the user handed over (signals/repeated-asks.ts: a command recipe, a preference said at a session's
   * opening), with a sketch of the prompt around it. A one-off until the same ask recurs in sessions about
   * different tasks (cluster.ts recurringAsk), in one run or with the ledger's samples.
   */
  asked?: string;
  /**
   * For a finishing step (signals/finishing-steps.ts): the notes files the user named in it, none the agent created in
   * that session. The lesson names a file only when two sessions name it.
   */
  named?: string[];
  /** For a rule memory states that the session broke: how the rule is known to have been in force. */
  ruleAge?: RuleInForce;
  /**
   * For an instruction: when its session started (sessionTime), to tell whether memory held the rule it restates yet
   * (engine/offline/strengthen-dated.ts). Absent where the session has no time.
   */
  started?: string;
  /**
   * The identities of the events it was seen in (signals/occurrence.ts): two sessions whose signals of
   * a pattern share one are two records of one conversation, and count once (signals/same-event.ts).
   */
  occurrences?: string[];
}

/**
 * How a broken rule is known to have been in the memory the session started with (signals/rule-dates.ts):
 * the session shows the memory it loaded, with the rule (`loaded`); git says the rule's line was
 * committed at `since`, before the session started; or that could not be told (`unknown`, why), and
 * the session counts as it would were lines never dated.
 */
export type RuleInForce = { loaded: true } | { since: string } | { unknown: string };

export interface Pattern {
  /** Stable id derived from kind and signature. */
  id: string;
  kind: SignalKind;
  signature: string;
  summary: string;
  lesson?: string;
  /** Support counted in distinct root sessions (a subagent counts as its parent) and distinct agents. */
  support: { sessions: number; agents: number };
  /** The distinct root sessions: a subagent's signal is listed under the session that spawned it. */
  sessions: string[];
  agents: AgentKind[];
  /**
   * The folders below the root its sessions ran in, every session counted (model/folders.ts): absent when one ran at
   * the root or in an unknown folder, or they ran in too many. Where a lesson is added (engine/offline/nested-targets.ts).
   */
  folders?: string[];
  signals: Signal[];
  /**
   * No signal of it has words the person is known to have said: its summary and lesson are those of turns the
   * transcripts cannot attribute to the person (signals/cluster.ts wordsUnverified). Kept as data, never shown.
   */
  unverified?: true;
}

/**
 * What the sessions of a pass did with the paths and scripts memory names (signals/memory-use.ts
 * gathers it): the proof staleness needs that a path is alive or a script is missing.
 */
export interface MemoryUse {
  /** Memory-named paths (as memory spells them) a session read or wrote successfully: the first such event. */
  touched: ReadonlyMap<string, Evidence>;
  /** `script:NAME` or `make:NAME`: failures saying it does not exist, at most one per session. */
  missing: ReadonlyMap<string, readonly Evidence[]>;
  /** `script:NAME` or `make:NAME` that ran successfully in some session. */
  ran: ReadonlySet<string>;
}
