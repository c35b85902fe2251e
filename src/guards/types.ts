/**
 * The guards' shared context. Guards are pure and deterministic: the same edits and context always
 * give the same verdicts. They fail closed: anything they cannot establish as safe is rejected.
 */
import type { Edit, MemoryFile, EngineName } from '../model/index.js';
import type { EvidenceIndex } from './evidence.js';
import type { ProvenanceIndex } from './provenance.js';
import type { TrustLevel } from '../model/index.js';

export interface GuardContext {
  repoDir: string;
  memory: MemoryFile[];
  /** Configured memory globs (beyond the defaults): new files may be created only where these match. */
  memoryGlobs: string[];
  /** Without it, evidence is checked for shape only: the pipeline always passes one. */
  evidence?: EvidenceIndex;
  /** Without it, only the hard-reject rules for dangerous content run: the pipeline always passes one. */
  provenance?: ProvenanceIndex;
  /**
   * Who could have written the user turns of each transcript file (display path) the pass read sessions
   * from, undefined for a file it read none from: an edit only low-trust files support is refused. By
   * file, as every session of a file has the file's trust (pipeline/read-pass.ts, ReadPassResult.readFiles).
   */
  fileTrust?: ReadonlyMap<string, TrustLevel | undefined>;
  maxEdits: number;
  maxEntryBytes: number;
  /** The engine that proposed the edits: only anthropic-dreams may cite hosted dreams instead of transcript lines. */
  engine?: EngineName;
}

/** One per-edit check: undefined when the edit passes, else the reason it is refused. */
export type EditCheck = (edit: Edit, ctx: GuardContext) => string | undefined;
