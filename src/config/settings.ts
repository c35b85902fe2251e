/**
 * The documented settings of one dream run. src/main.ts builds this from action inputs and the
 * CLI from its flags; both go through the same YAML config file loader. Nothing mutates it later.
 */
import type { DreamOptions, EngineName, ProviderName } from '../model/index.js';
import { DEFAULT_SESSION_GLOBS } from './transcript-files.js';

export interface Settings {
  /** The repository checkout the memory files live in. */
  repoDir: string;
  /** Globs (relative to repoDir) of committed transcripts. */
  sessions: string[];
  /** Globs of memory files beyond the defaults (CLAUDE.md, AGENTS.md, .claude/rules, skills). */
  memory: string[];
  engine: EngineName;
  /** Where the claude engine reaches Claude: Anthropic's API, Amazon Bedrock or Google Vertex AI. */
  provider: ProviderName;
  model?: string;
  minSupport: number;
  maxEdits: number;
  /** Sessions that must be new since the last dream before a pass runs. */
  minNewSessions: number;
  budget: { maxLines: number; maxBytes: number };
  maxDeleteShare: number;
  maxEntryBytes: number;
  /** Days without an adopted lesson's episode or its commands before efficacy calls it unobserved (reported, never deleted). */
  unobservedDays: number;
  /** Where the ledger lives, relative to repoDir. */
  ledgerPath: string;
  dryRun: boolean;
  /** Free-form instructions for the hosted Dreams engine (at most 4,096 characters). */
  instructions?: string;
  /**
   * `dream` proposes edits through a PR; `sync` uploads merged memory files to memoryStoreId; `map`
   * writes one shard's signal digest; `reduce` merges every shard's digest and proposes as `dream`.
   */
  mode: 'dream' | 'sync' | 'map' | 'reduce';
  /** mode map: this shard, `I/N` (1-based). */
  shard?: string;
  /** mode map: the digest file to write; mode reduce: globs of the digests to merge. Relative to repoDir. */
  digests?: string[];
  /** anthropic-dreams: the store to mirror the repo into (default: a temporary one); sync: the store to update. */
  memoryStoreId?: string;
  /** anthropic-dreams: the Managed Agents sessions to dream over (default: the settled ones since the last dream). */
  anthropicSessionIds?: string[];
  /** anthropic-dreams: keep the temporary and output memory stores instead of deleting them. */
  keepStores: boolean;
  /** anthropic-dreams: the deadline for each dream, after which it is canceled. */
  dreamTimeoutMinutes: number;
  /**
   * offline and claude engines: also read Managed Agents sessions (true: the settled ones since the
   * last dream; a list: those ids).
   */
  managedSessions: boolean | string[];
}

export const defaultSettings = (repoDir: string): Settings => ({
  repoDir,
  sessions: [...DEFAULT_SESSION_GLOBS],
  memory: [],
  engine: 'offline',
  provider: 'anthropic',
  minSupport: 2,
  maxEdits: 20,
  minNewSessions: 1,
  budget: { maxLines: 200, maxBytes: 25 * 1024 },
  maxDeleteShare: 0.25,
  maxEntryBytes: 600,
  unobservedDays: 30,
  ledgerPath: '.dreaming/ledger.json',
  dryRun: false,
  mode: 'dream',
  keepStores: false,
  dreamTimeoutMinutes: 45,
  managedSessions: false,
});

/** The limits a dream pass runs under, as the CLI and the Action both derive them from settings. */
export const dreamOptionsFrom = (s: Settings): DreamOptions => ({
  minSupport: s.minSupport,
  maxEdits: s.maxEdits,
  budget: s.budget,
  maxDeleteShare: s.maxDeleteShare,
  maxEntryBytes: s.maxEntryBytes,
});
