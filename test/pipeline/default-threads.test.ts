/**
 * The thread count a pass picks for itself follows the bytes it has to read: below tens of MB a
 * worker's start-up and warm-up cost more than it saves (measured in mine-files.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultThreads } from '../../src/pipeline/mine-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'default-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: number): { abs: string } => {
  const abs = path.join(dir, name);
  writeFileSync(abs, Buffer.alloc(bytes, 0x61));
  return { abs };
};

describe('defaultThreads', () => {
  it('reads many small files on one thread, and tens of MB on more where there are cores', () => {
    const small = Array.from({ length: 200 }, (_, i) => file(`s${i}.jsonl`, 20_000));
    expect(defaultThreads(small)).toBe(1);
    const big = [...small, file('big.jsonl', 64 * 1024 * 1024)];
    expect(defaultThreads(big)).toBe(Math.min(2, availableParallelism()));
    // A file gone since it was listed counts nothing.
    expect(defaultThreads([{ abs: path.join(dir, 'gone.jsonl') }])).toBe(1);
  });
});
