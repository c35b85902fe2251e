/**
 * The documented settings of one dream run. src/main.ts builds this from action inputs and the
 * CLI from its flags; both go through the same YAML config file loader. Nothing mutates it later.
 */
import type { EngineName } from '../engine/types.js';

export interface Settings {
  /** The repository checkout the memory files live in. */
  repoDir: string;
  /** Globs (relative to repoDir) of committed transcripts. */
  sessions: string[];
  /** Globs of memory files beyond the defaults (CLAUDE.md, AGENTS.md, .claude/rules, skills). */
  memory: string[];
  engine: EngineName;
  model?: string;
  minSupport: number;
  maxEdits: number;
  /** Sessions that must be new since the last dream before a pass runs. */
  minNewSessions: number;
  budget: { maxLines: number; maxBytes: number };
  maxDeleteShare: number;
  maxEntryBytes: number;
  /** Where the ledger lives, relative to repoDir. */
  ledgerPath: string;
  dryRun: boolean;
  /** Free-form instructions for the hosted Dreams engine (at most 4,096 characters). */
  instructions?: string;
}

export const defaultSettings = (repoDir: string): Settings => ({
  repoDir,
  sessions: ['.dreaming/sessions/**/*.{jsonl,json}'],
  memory: [],
  engine: 'offline',
  minSupport: 2,
  maxEdits: 20,
  minNewSessions: 1,
  budget: { maxLines: 200, maxBytes: 25 * 1024 },
  maxDeleteShare: 0.25,
  maxEntryBytes: 600,
  ledgerPath: '.dreaming/ledger.json',
  dryRun: false,
});
