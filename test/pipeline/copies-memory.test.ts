/**
 * A pass keeps a key of each file's content while it reads (copies.ts): paid once per file at every
 * size, so it is measured per key, in a Node process of its own (the sources through tsx, `--expose-gc`
 * so that only what is retained is counted).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCopies } from '../../src/pipeline/copies.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-copies-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEYS = 20_000;
const script = path.join(dir, 'measure.mjs');
writeFileSync(
  script,
  `import { createHash } from 'node:crypto';\n` +
    `import { FileCopies } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/pipeline/copies.ts')).href)};\n` +
    `const live = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };\n` +
    // Fresh 64-character hashes, as each file's digest brings its own (Session.contentHash).
    `const hash = (i) => createHash('sha256').update(String(i)).digest('hex');\n` +
    // A first set loads and compiles what isCopy runs: only the keys are counted.
    `new FileCopies().isCopy(hash(-1), 1);\n` +
    `const before = live(); const copies = new FileCopies();\n` +
    `for (let i = 0; i < ${KEYS}; i++) copies.isCopy(hash(i), 1);\n` +
    `const after = live();\n` +
    // Asked again, every hash is a copy: the keys kept are the hashes' own.
    `for (let i = 0; i < ${KEYS}; i++) copies.isCopy(hash(i), 1);\n` +
    `console.log(JSON.stringify({ bytes: (after - before) / ${KEYS}, copies: copies.sessions }));\n`,
);

describe("a pass's keys of the files it read (copies.ts)", () => {
  it('are three words of each hash in a flat table, not strings in a set', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`measure.mjs exited ${r.status}: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { bytes: number; copies: number };
    // Every hash a copy the second time, none the first (the table grew four times in between).
    expect(m.copies).toBe(KEYS);
    // A slot of 12 bytes and a byte, the table grown at three quarters full: 17 to 35 bytes a key. A flat string of
    // 24 characters (40 bytes) and its slot in a set: about 66 bytes; a slice of the hash and its slot: about 146.
    expect(m.bytes).toBeLessThan(40);
  }, 120_000);

  it('tells a copy by the first 24 hex digits, whatever else the hash holds', () => {
    const c = new FileCopies();
    const zeros = '0'.repeat(64);
    expect(c.isCopy(zeros, 1)).toBe(false);
    expect(c.isCopy(`${'0'.repeat(24)}${'f'.repeat(40)}`, 2)).toBe(true);
    // The 24th digit differs: another file.
    expect(c.isCopy(`${'0'.repeat(23)}1${'0'.repeat(40)}`, 1)).toBe(false);
    // Not lower-case hex: kept as its characters, never taken for the hex key that reads the same.
    expect(c.isCopy('0'.repeat(23) + 'A', 1)).toBe(false);
    expect(c.isCopy(`${'0'.repeat(23)}a${'1'.repeat(8)}`, 1)).toBe(false);
    expect(c.isCopy(`${'0'.repeat(23)}A-other-tail`, 4)).toBe(true);
    expect(c.isCopy('', 1)).toBe(false);
    expect(c.sessions).toBe(6);
  });
});
