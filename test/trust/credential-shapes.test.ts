/**
 * Issue 12, section 3: credentials in every common shape, from test/helpers/credential-corpus.ts,
 * never leave a pass: not through `dream capture` copies, the patch, the report, the ledger, the
 * memory files or stdout. And the look-alikes (ids, hashes, uuids, paths) come through untouched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTranscriptRedacted } from '../../src/cli/capture.js';
import { registerRunCommand } from '../../src/cli/run.js';
import { emptyLedger } from '../../src/ledger/ledger.js';
import { recordSessions } from '../../src/ledger/record.js';
import type { Logger } from '../../src/log.js';
import { findSecrets, redactSecrets, SECRETLINT_RULE_COUNT } from '../../src/secrets/index.js';
import { credentialShapes, leakedShapes, nonSecrets, writeCredentialCorpus } from '../helpers/credential-corpus.js';

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
    const l = recordSessions(emptyLedger(), [{ id: token, contentHash: 'h1', sourceFile: `sessions/${token}.jsonl` }], '2026-12-01T00:00:00Z');
    const text = JSON.stringify(l);
    expect(text).not.toContain(token);
    expect(l.sessions.h1!.sourceFile).toMatch(/^sessions\/\[REDACTED:[a-z-]+\]\.jsonl$/);
  });
});

describe('end to end over five sessions carrying every shape', () => {
  let dir: string;
  let repo: string;
  const outputs: Record<string, string> = {};
  let files: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'credential-shapes-'));
    repo = path.join(dir, 'repo');
    const corpus = writeCredentialCorpus(repo);
    files = corpus.sessionFiles;
    const logs: string[] = [];
    const logger: Logger = { debug: (m) => logs.push(m), info: (m) => logs.push(m), warning: (m) => logs.push(m), error: (m) => logs.push(m) };
    const program = new Command().exitOverride();
    registerRunCommand(program, { logger, env: {} });
    const report = path.join(dir, 'report.json');
    const patch = path.join(dir, 'memory.patch');
    let stdout = '';
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      await program.parseAsync(['node', 'dream', 'run', '--repo', repo, '--sessions', ...corpus.sessionGlobs, '--report', report, '--patch', patch, '--write']);
    } finally {
      process.stdout.write = write;
    }
    outputs.stdout = stdout;
    outputs.logs = logs.join('\n');
    outputs.report = readFileSync(report, 'utf8');
    outputs.patch = readFileSync(patch, 'utf8');
    outputs.ledger = readFileSync(path.join(repo, '.dreaming', 'ledger.json'), 'utf8');
    outputs['CLAUDE.md'] = readFileSync(path.join(repo, 'CLAUDE.md'), 'utf8');
    outputs['AGENTS.md'] = readFileSync(path.join(repo, 'AGENTS.md'), 'utf8');
    for (const rel of files) {
      const target = path.join(dir, 'captured', path.basename(rel));
      await copyTranscriptRedacted(path.join(repo, rel), target);
      outputs[`capture ${path.basename(rel)}`] = readFileSync(target, 'utf8');
    }
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
