/**
 * Every reader swept (test/helpers/reader-sweep.ts): a token appended to each string and key of its
 * fixtures, one place at a time, and orders planted in each place that is not the user's (or forged
 * turns inserted where a text format puts output). Counts what survived its reader.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SWEEP_ROWS, sweepInjection, sweepSecrets } from '../test/helpers/reader-sweep.js';

export interface ReaderAudit {
  format: string;
  secretsTried: number;
  leaks: string[];
  injectionsTried: number;
  holes: string[];
}

export async function auditReaders(): Promise<ReaderAudit[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-readers-'));
  try {
    const out: ReaderAudit[] = [];
    for (const [format, row] of Object.entries(SWEEP_ROWS)) {
      const s = await sweepSecrets(row, path.join(dir, 'secrets', format));
      const i = await sweepInjection(row, path.join(dir, 'injection', format));
      out.push({ format, secretsTried: s.tried, leaks: s.leaks, injectionsTried: i.tried, holes: i.holes });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
