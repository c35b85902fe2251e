/**
 * The min-new-sessions gate, checked before any engine runs (an LLM pass over two sessions wastes
 * money and finds no patterns). A transcript file counts as new when its sha256 is not in the ledger,
 * the same content hash the readers give each session. Sessions already in the open dream PR's
 * ledger count as dreamed: re-dreaming them every night would only cost money and churn the PR.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isDreamed, loadLedger, readLedgerFile } from '../ledger/index.js';
import { gitObjectIds } from '../sources/fingerprint.js';
import { planFile } from './file-skip.js';
import { displayPathFor } from './pass-files.js';

export async function countNewTranscriptFiles(p: {
  repoDir: string;
  ledgerPath: string;
  /** Absolute paths. */
  files: string[];
  /** Stop counting once this many are found: the gate only needs to know "enough". */
  enough: number;
  /** The ledger the pass starts from (state branch reconciled with the checkout); absent: the checkout's. */
  ledgerText?: string | null;
  /** Ledgers of passes not merged yet (the open dream PR's): their sessions are not new either. */
  pendingLedgers?: { text: string; file: string }[];
}): Promise<number> {
  const text = p.ledgerText !== undefined ? p.ledgerText : await readLedgerFile(p.repoDir, p.ledgerPath);
  const ledgers = [loadLedger(text, p.ledgerPath), ...(p.pendingLedgers ?? []).map((l) => loadLedger(l.text, l.file))];
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
export async function countPendingSessions(p: {
  repoDir: string;
  ledgerPath: string;
  pendingLedgers: { text: string; file: string }[];
  ledgerText?: string | null;
}): Promise<number> {
  const text = p.ledgerText !== undefined ? p.ledgerText : await readLedgerFile(p.repoDir, p.ledgerPath);
  const base = loadLedger(text, p.ledgerPath);
  const pending = new Set<string>();
  for (const l of p.pendingLedgers)
    for (const key of Object.keys(loadLedger(l.text, l.file).sessions)) if (!isDreamed(base, key)) pending.add(key);
  return pending.size;
}
