/**
 * An event keeps the head and tail of a long text (builder.ts), and only them: V8 makes a slice as a view
 * of its parent, so a kept head and tail that were slices kept the whole text alive as long as the
 * session lived (a session of 2 MB outputs held 100 MB for the 1.5 MB it stores). The live heap that a
 * read session holds is measured in a Node process of its own (the sources through tsx, `--expose-gc` so
 * that only what is retained is counted).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { claudeCodeSession, miniSweTrajectory, type Turn } from '../helpers/transcript-builders.js';
import { repoRoot } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-bounded-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = join(dir, 'measure.mjs');
writeFileSync(
  script,
  `import { readTranscriptFile } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/transcripts/index.ts')).href)};\n` +
    `const read = async (f) => { const out = []; for await (const s of readTranscriptFile(f)) out.push(s); return out; };\n` +
    // A first read of the same format loads and compiles what reading runs: only the sessions are counted.
    `await read(process.argv[3]);\n` +
    `globalThis.gc(); const before = process.memoryUsage().heapUsed;\n` +
    `const sessions = await read(process.argv[2]);\n` +
    `globalThis.gc(); const after = process.memoryUsage().heapUsed;\n` +
    `const chars = sessions.flatMap((s) => s.events).reduce((n, e) => n + ('text' in e ? e.text.length : 0), 0);\n` +
    `console.log(JSON.stringify({ sessions: sessions.length, bytes: after - before, chars }));\n`,
);

/** Live heap a file's sessions hold once read, and the characters of their texts. */
function retained(file: string, warm: string): { bytes: number; chars: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, file, warm], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`measure.mjs exited ${r.status}: ${r.stderr}`);
  const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { sessions: number; bytes: number; chars: number };
  expect(m.sessions).toBe(1);
  return m;
}

/** `n` commands whose outputs are each about a megabyte of varied lines. */
function turns(n: number, lines: number): Turn[] {
  return Array.from({ length: n }, (_, t) => ({
    bash: `pytest tests/test_${t}.py`,
    out: Array.from({ length: lines }, (_, i) => `tests/test_${t}.py::case_${i} PASSED [${i % 100}%]`).join('\n'),
    exit: 0,
  }));
}

const OUTPUTS = 24;
const LINES = 25_000;

describe('a long text an event keeps', () => {
  for (const [name, ext, make] of [
    ['Claude Code JSONL', '.jsonl', (t: Turn[]) => claudeCodeSession('5f0c9a7e-2222-4a2b-9c3d-0123456789ab', '03', '/w', t)],
    ['a mini-swe-agent trajectory', '.traj.json', (t: Turn[]) => miniSweTrajectory('task-1', t)],
  ] as const) {
    it(`holds its head and tail, not the whole output (${name})`, () => {
      const file = join(dir, `big${ext}`);
      const warm = join(dir, `warm${ext}`);
      writeFileSync(file, make(turns(OUTPUTS, LINES)));
      writeFileSync(warm, make(turns(2, LINES)));
      const { bytes, chars } = retained(file, warm);
      // What the events store: each output cut to about 30 K characters.
      expect(chars).toBeLessThan(OUTPUTS * 40_000);
      // Held whole, the outputs (a megabyte each) were all retained: here a few bytes a kept character.
      expect(bytes).toBeLessThan(4 * chars + 2_000_000);
    }, 120_000);
  }
});
