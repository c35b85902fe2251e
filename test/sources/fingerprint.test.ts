/**
 * The fingerprint that settles a transcript file unread: size and mtime, confirmed by the hashes of
 * the blocks at both ends of what was read. Files of one block, of two blocks read at once, and of
 * blocks read apart, on real files.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { glanceFile, judgeFile, markFile } from '../../src/sources/fingerprint.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECONDS = 1_780_000_000;

/** Complete JSON lines of about `bytes` bytes, each line different. */
function lines(bytes: number, tag = 'a'): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += `{"n":${i},"t":"${tag}${'x'.repeat(60)}"}\n`;
  return out;
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  utimesSync(file, SECONDS, SECONDS);
  return file;
}

/** Flips the low bit of the byte at `at` (twice restores it), keeping the size and mtime. */
function flip(file: string, at: number): void {
  const buf = readFileSync(file);
  buf[at]! ^= 1;
  writeFileSync(file, buf);
  utimesSync(file, SECONDS, SECONDS);
}

const marked = (file: string) => {
  const size = statSync(file).size;
  return markFile(file, { bytes: size, lines: readFileSync(file, 'utf8').split('\n').length - 1 }, undefined);
};

describe('a file mark', () => {
  // One block; two blocks read at once; two blocks read apart (the block is 1 KiB).
  for (const size of [800, 1_500, 40_000]) {
    describe(`of a ${size}-byte file`, () => {
      it('says same for the untouched file, and glanceFile sees what the mark recorded', () => {
        const file = write('t.jsonl', lines(size));
        const mark = marked(file);
        expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'same' });
        const { size: s, mtimeMs, head, mark: tail } = mark;
        expect(glanceFile(file)).toEqual({ size: s, mtimeMs, head, mark: tail });
        expect(mtimeMs).toBe(SECONDS * 1000);
      });

      it('says changed when a byte of the first or the last block changed behind the same size and mtime', () => {
        const file = write('t.jsonl', lines(size));
        const mark = marked(file);
        flip(file, 10);
        expect(statSync(file).size).toBe(mark.size);
        expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'changed' });
        flip(file, 10);
        expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'same' });
        flip(file, mark.bytes - 10);
        expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'changed' });
      });

      it('says grown from where the read stopped when lines were appended, and changed when cut short', () => {
        const file = write('t.jsonl', lines(size));
        const mark = marked(file);
        appendFileSync(file, lines(500, 'b'));
        expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'grown', offset: mark.bytes, line: mark.lines });
        truncateSync(file, mark.bytes - 1);
        expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'changed' });
      });
    });
  }

  it('takes size and mtime on trust past the end blocks: a change in the middle of a long file goes unseen', () => {
    const file = write('t.jsonl', lines(40_000));
    const mark = marked(file);
    flip(file, 20_010);
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'same' });
    utimesSync(file, SECONDS, SECONDS + 5);
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'changed' });
  });

  it('says changed for a file gone, which glanceFile cannot see and markFile names', () => {
    const file = write('t.jsonl', lines(1_000));
    const mark = marked(file);
    rmSync(file);
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'changed' });
    expect(glanceFile(file)).toBeUndefined();
    expect(() => markFile(file, { bytes: 10, lines: 1 }, undefined)).toThrow(file);
  });

  it('trusts the git object id when both sides have one, whatever the mtime says', () => {
    const file = write('t.jsonl', lines(6_000));
    const mark = markFile(file, { bytes: statSync(file).size, lines: 1 }, 'abc123');
    expect(mark.oid).toBe('abc123');
    utimesSync(file, SECONDS, SECONDS + 60);
    expect(judgeFile(file, mark, 'abc123')).toEqual({ kind: 'same' });
    expect(judgeFile(file, mark, 'def456')).toEqual({ kind: 'changed' });
  });
});
