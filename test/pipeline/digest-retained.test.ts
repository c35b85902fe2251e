/**
 * A pass holds every file's digest (its sessions' signals and outlines) to its end, so what a digest
 * holds beyond its own data is paid once per file at every size. Signals quote slices of their session's
 * texts, which V8 keeps as views holding the whole text alive: a digest mined on the pass's own thread
 * is copied as a worker's arrives (mine-files.ts). The live heap held per file is measured in a Node
 * process of its own (the sources through tsx, `--expose-gc` so that only what is retained is counted).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-digest-retained-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const src = (p: string): string => JSON.stringify(pathToFileURL(path.join(repoRoot, 'src', p)).href);
const script = path.join(dir, 'measure.mjs');
writeFileSync(
  script,
  `import { readdirSync } from 'node:fs';\n` +
    `import { join } from 'node:path';\n` +
    `import { mineFiles } from ${src('pipeline/mine-files.ts')};\n` +
    `import { ProvenanceIndex } from ${src('guards/index.ts')};\n` +
    `import { collectRepoFacts } from ${src('signals/repo-facts.ts')};\n` +
    `const ctx = { memory: [], repoFacts: await collectRepoFacts(process.argv[2]), provenance: new ProvenanceIndex({ log2Bits: 16 }), ledger: undefined, lessons: [] };\n` +
    `const listOf = (d) => readdirSync(d).sort().map((f) => ({ abs: join(d, f), display: 'sessions/' + f, source: 'repo' }));\n` +
    `const mine = async (d) => { const out = []; for await (const x of mineFiles(listOf(d), { threads: 1, ctx, setup: {} })) out.push(x); return out; };\n` +
    // A first pass over other files loads and compiles what mining runs: only the digests are counted.
    `await mine(process.argv[3]);\n` +
    `globalThis.gc(); const before = process.memoryUsage().heapUsed;\n` +
    `const digests = await mine(process.argv[2]);\n` +
    `globalThis.gc(); const after = process.memoryUsage().heapUsed;\n` +
    `const signals = digests.reduce((n, d) => n + d.sessions.reduce((m, s) => m + s.signals.length, 0), 0);\n` +
    `console.log(JSON.stringify({ files: digests.length, signals, bytes: after - before, json: JSON.stringify(digests).length }));\n`,
);

/** `n` sessions, each with failing commands whose outputs are a few KB of lines, as real ones are. */
function corpus(name: string, n: number): string {
  const d = path.join(dir, name);
  mkdirSync(d);
  for (let i = 0; i < n; i++) {
    const lines = (k: number, what: string) =>
      Array.from({ length: k }, (_, j) => `${what} ${i}.${j}: looked at src/part_${j % 13}.ts`).join('\n');
    const turns: Turn[] = [{ user: `Please fix the parser, case ${i}` }];
    for (let t = 0; t < 3; t++)
      turns.push(
        {
          bash: `make target_${i}_${t}`,
          out: `make: *** No rule to make target 'target_${i}_${t}'. Stop.\n${lines(60, 'note')}`,
          error: true,
          exit: 2,
        },
        { bash: `make target_${i}_${t}-all`, out: 'done', exit: 0 },
      );
    turns.push(
      { bash: 'npm run check', out: `${lines(120, 'step')}\nerror: check requires --strict-mode`, error: true, exit: 1 },
      { say: 'Done.' },
    );
    const id = `${String(i).padStart(8, '0')}-aaaa-4aaa-8aaa-${String(i).padStart(12, '0')}`;
    writeFileSync(path.join(d, `${id}.jsonl`), claudeCodeSession(id, String(1 + (i % 28)).padStart(2, '0'), '/repo', turns));
  }
  return d;
}

describe("a pass's digests", () => {
  it('hold their own data, not the session texts their signals quote', () => {
    const files = 600;
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, corpus('main', files), corpus('warm', 20)], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`measure.mjs exited ${r.status}: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { files: number; signals: number; bytes: number; json: number };
    expect(m.files).toBe(files);
    expect(m.signals).toBeGreaterThan(files);
    // Copied, a digest held 2.2 times its JSON (10.1 KB a file); holding the texts its signals quote from
    // as well, 3.7 times (16.8 KB).
    expect(m.bytes).toBeLessThan(2.8 * m.json);
  }, 180_000);
});
