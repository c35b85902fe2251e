/** The ledger as a file in a checkout, and the questions asked of it before a pass starts. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadLedger } from './load.js';

/** The ledger file's text, or null when the repo has none yet (its first pass). */
export async function readLedgerFile(repoDir: string, ledgerPath: string): Promise<string | null> {
  return readFile(path.join(repoDir, ledgerPath), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
}

/**
 * When the repo last dreamed, from the ledger: the latest time a session was dreamed or an edit
 * proposed. Undefined without a ledger (first run: every settled session is new). `ledgerText` is
 * the ledger the pass itself starts from (the Action's comes from the state branch), so `since`
 * moves with every pass, not only with merged PRs; absent, repoDir/ledgerPath is read.
 */
export async function lastDreamTime(repoDir: string, ledgerPath: string, ledgerText?: string | null): Promise<string | undefined> {
  const text = ledgerText !== undefined ? ledgerText : await readLedgerFile(repoDir, ledgerPath);
  const ledger = loadLedger(text, ledgerPath);
  // The newest hosted session the ledger knows by creation time is an exact cursor: a pass capped at
  // its maximum read the oldest sessions, and those after it are still waiting.
  const created = Object.values(ledger.sessions).flatMap((s) =>
    s.createdAt && !Number.isNaN(Date.parse(s.createdAt)) ? [Date.parse(s.createdAt)] : [],
  );
  if (created.length) return new Date(Math.max(...created)).toISOString();
  let latest: string | undefined;
  const consider = (t: string | undefined) => {
    if (t && !Number.isNaN(Date.parse(t)) && (!latest || Date.parse(t) > Date.parse(latest))) latest = t;
  };
  for (const s of Object.values(ledger.sessions)) consider(s.dreamedAt);
  for (const e of Object.values(ledger.edits)) consider(e.proposedAt);
  return latest === undefined ? undefined : new Date(Date.parse(latest)).toISOString();
}
