/**
 * The min-new-sessions gate, checked before any engine runs (an LLM pass over two sessions wastes
 * money and finds no patterns). A transcript file counts as new when its sha256 is not in the ledger,
 * the same content hash the readers give each session. Sessions already in the open dream PR's
 * ledger count as dreamed: re-dreaming them every night would only cost money and churn the PR.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isDreamed, loadLedger, readLedgerFile, type Ledger } from '../ledger/index.js';
import { gitObjectIds } from '../sources/fingerprint.js';
import { planFile } from './file-skip.js';
import { displayPathFor } from './pass-files.js';

/**
 * The ledgers the gate reads, parsed once for both of its counts (a ledger of 10,000 sessions is 3 MB
 * of JSON, and the gate asked for each text twice). Read only.
 */
export interface GateLedgers {
  /** The ledger the pass starts from (state branch reconciled with the checkout). */
  base: Ledger;
  /** Ledgers of passes not merged yet (the open dream PR's): their sessions are not new either. */
  pending: Ledger[];
}

export async function gateLedgers(p: {
  repoDir: string;
  ledgerPath: string;
  /** The base ledger's text; absent: the checkout's. */
  ledgerText?: string | null;
  pendingLedgers?: { text: string; file: string }[];
}): Promise<GateLedgers> {
  const text = p.ledgerText !== undefined ? p.ledgerText : await readLedgerFile(p.repoDir, p.ledgerPath);
  return { base: loadLedger(text, p.ledgerPath), pending: (p.pendingLedgers ?? []).map((l) => loadLedger(l.text, l.file)) };
}

export async function countNewTranscriptFiles(p: {
  repoDir: string;
  /** Absolute paths. */
  files: string[];
  /** Stop counting once this many are found: the gate only needs to know "enough". */
  enough: number;
  ledgers: GateLedgers;
}): Promise<number> {
  const ledgers = [p.ledgers.base, ...p.ledgers.pending];
  const oids = await gitObjectIds(p.repoDir);
  let count = 0;
  for (const file of p.files) {
    if (count >= p.enough) break;
    // The ledgers' file marks answer most files unread: a nothing-new pass must not hash every byte.
    const display = displayPathFor(p.repoDir, file);
    let grown = false;
    let skip = false;
    for (const l of ledgers) {
      const plan = planFile(l, display, file, oids.get(display));
      if (plan.kind === 'skip') skip = true;
      else if (plan.from) grown = true;
    }
    if (skip) continue;
    if (grown) {
      count++;
      continue;
    }
    const hash = await sha256File(file);
    if (!ledgers.some((l) => isDreamed(l, hash))) count++;
  }
  return count;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Sessions the open dream PR's ledger holds and the base's does not: runDream, which reads the base
 * ledger, counts them as new, so the gate adds them to its threshold. Multi-session files are one
 * ledger entry, so this can under-count (the gate then opens a little early, never late).
 */
export function countPendingSessions(ledgers: GateLedgers): number {
  const pending = new Set<string>();
  for (const l of ledgers.pending) for (const key of Object.keys(l.sessions)) if (!isDreamed(ledgers.base, key)) pending.add(key);
  return pending.size;
}
