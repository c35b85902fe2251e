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
  it('are strings of their own, not views that keep each whole hash alive', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`measure.mjs exited ${r.status}: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { bytes: number; copies: number };
    expect(m.copies).toBe(KEYS);
    // A flat key of 24 characters (40 bytes) and its slot in the set: about 66 bytes. A slice of the hash, a
    // 32-byte view that keeps the hash's 80 bytes alive, and its slot: about 146.
    expect(m.bytes).toBeLessThan(100);
  }, 120_000);
});
