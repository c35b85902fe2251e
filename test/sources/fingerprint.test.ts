/**
 * The fingerprint that settles a transcript file unread: size and mtime, confirmed by the hashes of
 * the blocks at both ends of what was read. Files of one block, of two blocks read at once, and of
 * blocks read apart, on real files; and the inode's ctime, which settles a file unwritten since by one stat.
 */
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
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

describe('a file unwritten since it was marked', () => {
  // The ledger says when the pass that marked a file began: its ctime is trusted only when the file was
  // last changed a second or more before that.
  const passBegan = (msAfterNow: number): string => new Date(Date.now() + msAfterNow).toISOString();
  const dated = (file: string, msAfterNow = 2_000) => ({ ...marked(file), dreamedAt: passBegan(msAfterNow) });

  it('is settled by its stat alone: the blocks are not consulted', () => {
    const file = write('t.jsonl', lines(40_000));
    const mark = dated(file);
    const st = statSync(file);
    expect(mark).toMatchObject({ ctimeMs: st.ctimeMs, ino: st.ino });
    // Hashes that match nothing: only a verdict that never read the blocks can still say same.
    const forged = { ...mark, head: 'not-the-head', mark: 'not-the-tail' };
    expect(judgeFile(file, forged, undefined)).toEqual({ kind: 'same' });
    const { ctimeMs: _c, ino: _i, ...withoutIdentity } = forged;
    expect(judgeFile(file, withoutIdentity, undefined)).toEqual({ kind: 'changed' });
  });

  it('is confirmed by its blocks when it changed within the second before the pass began, or has no date', () => {
    const file = write('t.jsonl', lines(3_000));
    const forged = <T extends object>(m: T): T & { head: string } => ({ ...m, head: 'not-the-head' });
    expect(judgeFile(file, forged(dated(file, 500)), undefined)).toEqual({ kind: 'changed' });
    expect(judgeFile(file, forged(dated(file, -1)), undefined)).toEqual({ kind: 'changed' });
    expect(judgeFile(file, forged(marked(file)), undefined)).toEqual({ kind: 'changed' });
    expect(judgeFile(file, forged({ ...marked(file), dreamedAt: 'not a date' }), undefined)).toEqual({ kind: 'changed' });
    expect(judgeFile(file, dated(file, 500), undefined)).toEqual({ kind: 'same' });
  });

  it('is confirmed by its blocks once written again, even with its size and mtime put back', () => {
    const file = write('t.jsonl', lines(40_000));
    const mark = dated(file);
    flip(file, 10);
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'changed' });
    flip(file, 10);
    // Restored byte for byte: the ctime moved, so the blocks decide, and they match.
    expect(statSync(file).ctimeMs === mark.ctimeMs).toBe(false);
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'same' });
    expect(judgeFile(file, { ...mark, head: 'not-the-head' }, undefined)).toEqual({ kind: 'changed' });
  });

  it('is confirmed by its blocks when copied over (a new inode), and grown when appended to', () => {
    const file = write('t.jsonl', lines(40_000));
    const mark = dated(file);
    const copy = path.join(dir, 'copy.tmp');
    writeFileSync(copy, readFileSync(file));
    renameSync(copy, file);
    utimesSync(file, SECONDS, SECONDS);
    expect(statSync(file).ino).not.toBe(mark.ino);
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'same' });
    expect(judgeFile(file, { ...mark, mark: 'not-the-tail' }, undefined)).toEqual({ kind: 'changed' });
    appendFileSync(file, lines(500, 'b'));
    expect(judgeFile(file, mark, undefined)).toEqual({ kind: 'grown', offset: mark.bytes, line: mark.lines });
  });
});
