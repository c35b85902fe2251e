/**
 * Issue 12, section 3: credentials in every common shape, from test/helpers/credential-corpus.ts,
 * never leave a pass: not through `dream capture` copies, the patch, the report, the ledger, the
 * memory files or stdout. And the look-alikes (ids, hashes, uuids, paths) come through untouched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/ledger/ledger.js';
import { recordSessions } from '../../src/ledger/record.js';
import { findSecrets, redactSecrets, SECRETLINT_RULE_COUNT } from '../../src/secrets/index.js';
import { credentialShapes, leakedShapes, nonSecrets } from '../helpers/credential-corpus.js';
import { runCredentialPass } from '../helpers/credential-pass.js';

const shapes = credentialShapes();

describe('the credential corpus', () => {
  it('holds at least 43 shapes, each with its secret really in its text', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(43);
    expect(new Set(shapes.map((s) => s.name)).size).toBe(shapes.length);
    for (const s of shapes) expect(leakedShapes(s.text, [s]), s.name).toEqual([s.name]);
  });

  it("secretlint's recommended preset is loaded and finds on its own", () => {
    expect(SECRETLINT_RULE_COUNT).toBeGreaterThanOrEqual(20);
    const shopify = shapes.find((s) => s.name === 'Shopify token')!;
    expect(findSecrets(shopify.text).map((f) => f.rule)).toContain('secretlint-shopify');
  });

  it.each(shapes.map((s) => [s.name, s] as const))('%s is redacted', (_name, s) => {
    const red = redactSecrets(s.text);
    expect(leakedShapes(red, [s])).toEqual([]);
    expect(red).toContain('[REDACTED:');
  });

  it.each(nonSecrets())('%s is left as it is', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('the ledger records a transcript named after a token under a redacted name', () => {
    const token = shapes.find((s) => s.name === 'GitHub PAT')!.secrets[0]!;
    const l = recordSessions(
      emptyLedger(),
      [{ id: token, contentHash: 'h1', sourceFile: `sessions/${token}.jsonl` }],
      '2026-12-01T00:00:00Z',
    );
    const text = JSON.stringify(l);
    expect(text).not.toContain(token);
    expect(l.sessions.h1!.sourceFile).toMatch(/^sessions\/\[REDACTED:[a-z-]+\]\.jsonl$/);
  });
});

describe('end to end over five sessions carrying every shape', () => {
  let dir: string;
  const outputs: Record<string, string> = {};
  let files: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'credential-shapes-'));
    const pass = await runCredentialPass(dir);
    Object.assign(outputs, pass.outputs);
    files = pass.sessionFiles;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the pass really read every session and wrote every output', () => {
    const report = JSON.parse(outputs.report!) as { sessions: { read: number } };
    expect(report.sessions.read).toBe(5);
    expect(outputs.stdout!.length).toBeGreaterThan(0);
    expect(outputs.ledger).toContain('c0c0c0c0-0001');
    expect(Object.keys(outputs).filter((k) => k.startsWith('capture '))).toHaveLength(5);
  });

  it('no output carries any credential, whole or in part', () => {
    const leaks = Object.entries(outputs).flatMap(([where, text]) => leakedShapes(text, shapes).map((s) => `${where}: ${s}`));
    expect(leaks).toEqual([]);
  });

  it('the capture copies keep every look-alike byte for byte (as JSON string content)', () => {
    for (const rel of files) {
      const copy = outputs[`capture ${path.basename(rel)}`]!;
      // Codex nests commands and outputs as JSON inside JSON strings: escaped once more there.
      const once = (t: string) => JSON.stringify(t).slice(1, -1);
      for (const n of nonSecrets()) expect(copy.includes(once(n)) || copy.includes(once(once(n))), n).toBe(true);
    }
  });
});
