/**
 * Issue 12 sections 3 and 4 in the audit: the credential corpus (57 shapes across Claude Code and
 * Codex sessions) through `dream run` and `dream capture` copies, the look-alikes that must survive,
 * and hostile inputs that must cost bounded work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProvenanceIndex } from '../src/guards/provenance.js';
import { redactSecrets } from '../src/secrets/index.js';
import { LineCounter } from '../src/transcripts/records.js';
import { credentialShapes, leakedShapes, nonSecrets } from '../test/helpers/credential-corpus.js';
import { runCredentialPass } from '../test/helpers/credential-pass.js';

export interface CredentialAudit {
  shapes: number;
  /** `output: shape` for every credential found in an output. */
  leaks: string[];
  lookalikes: number;
  /** Look-alikes redaction changed. */
  falsePositives: string[];
  hostile: number;
  /** Hostile inputs whose work exceeded a constant times their size. */
  overBudget: string[];
}

export async function auditCredentials(): Promise<CredentialAudit> {
  const shapes = credentialShapes();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-credentials-'));
  try {
    const { outputs } = await runCredentialPass(dir);
    const leaks = Object.entries(outputs).flatMap(([where, text]) => leakedShapes(text, shapes).map((s) => `${where}: ${s}`));
    const lookalikes = nonSecrets();
    const falsePositives = lookalikes.filter((t) => redactSecrets(t) !== t);
    const overBudget: string[] = [];
    // A base64 data URI in a memory file (it ran a pass out of heap): provenance hashes a bounded share.
    const uri = `![x](data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg/'.repeat(18_000)})`;
    const idx = new ProvenanceIndex({ log2Bits: 20 });
    idx.trust(uri);
    if (idx.hashedChars > uri.length) overBudget.push(`data URI: ${idx.hashedChars} characters hashed for ${uri.length}`);
    // A chat log saved as one line: line numbers for its elements cost one pass.
    const oneLine = `[${Array.from({ length: 50_000 }, (_, i) => `{"role":"user","content":"m${i}"}`).join(',')}]`;
    const lines = new LineCounter(oneLine);
    for (let off = 0; off < oneLine.length; off += 31) lines.lineAt(off);
    if (lines.scanned > oneLine.length) overBudget.push(`one-line JSON: ${lines.scanned} characters searched for ${oneLine.length}`);
    return { shapes: shapes.length, leaks, lookalikes: lookalikes.length, falsePositives, hostile: 2, overBudget };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
