/**
 * A file's mark from what its read saw: the read hashes the blocks that bound its complete lines as the
 * bytes pass (BlockTap), so marking a file just read needs no second open. The mark must be the one
 * markFile reads from the file itself, whatever the file's size, its chunking into reads, its last line
 * (finished or not), a BOM or CRLF line ends; and a read from the middle (a resumed file) leaves the
 * marking to markFile.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markFile } from '../../src/sources/fingerprint.js';
import { readLineBatches, readWholeFile, type ReadEnd } from '../../src/transcripts/lines.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'read-mark-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of varied lengths (so block edges fall anywhere in a line) up to about `bytes` bytes. */
function text(bytes: number, o: { eol?: string; bom?: boolean; unfinished?: boolean } = {}): string {
  let out = o.bom ? '\uFEFF' : '';
  for (let i = 0; out.length < bytes; i++) out += `{"n":${i},"t":"${'y'.repeat((i * 37) % 190)}"}${o.eol ?? '\n'}`;
  return o.unfinished ? `${out}{"partial":` : out;
}

function write(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  utimesSync(file, 1_780_000_000, 1_780_000_000);
  return file;
}

function readEnd(file: string, o: { chunkBytes?: number; startOffset?: number; startLine?: number } = {}): ReadEnd {
  let end: ReadEnd | undefined;
  for (const batch of readLineBatches(file, { ...o, onEnd: (e) => (end = e) })) void batch;
  return end!;
}

/** The mark markFile makes by opening the file again, for comparison. */
const reread = (file: string, end: ReadEnd) => markFile(file, { bytes: end.bytes, lines: end.lines }, undefined);

describe('a mark from what the read saw', () => {
  const sizes = [0, 300, 1_000, 1_024, 1_030, 1_500, 2_048, 2_100, 5_000, 40_000];
  const shapes = [{}, { unfinished: true }, { eol: '\r\n' }, { bom: true }, { bom: true, unfinished: true }];
  // Default chunks (one read), and chunks smaller than, equal to and larger than a block, so the end block straddles reads.
  const chunks = [undefined, 7, 100, 1_023, 1_024, 1_500];
  for (const size of sizes)
    for (const shape of shapes)
      it(`is the mark markFile reads, for ${size} bytes ${JSON.stringify(shape)}, at every chunk size`, () => {
        const file = write('t.jsonl', size === 0 ? '' : text(size, shape));
        for (const chunkBytes of chunks) {
          const end = readEnd(file, chunkBytes ? { chunkBytes } : {});
          expect(end.seen, `chunk ${chunkBytes}`).toBeDefined();
          expect(markFile(file, end, undefined), `chunk ${chunkBytes}`).toEqual(reread(file, end));
        }
      });

  it('needs no second open: the file can be gone by the time it is marked', () => {
    const file = write('gone.jsonl', text(40_000));
    const end = readEnd(file, { chunkBytes: 4_096 });
    const expected = reread(file, end);
    rmSync(file);
    expect(markFile(file, end, undefined)).toEqual(expected);
    expect(() => reread(file, end)).toThrow(file);
  });

  it('is the same from a whole-file read (readWholeFile, a JSON document)', () => {
    for (const size of [0, 700, 1_024, 1_800, 30_000]) {
      const file = write(`doc-${size}.json`, size === 0 ? '' : text(size, { unfinished: true }));
      let end: ReadEnd | undefined;
      expect(readWholeFile(file, { maxBytes: 1 << 20, onEnd: (e) => (end = e) })).toBeDefined();
      expect(end!.seen).toBeDefined();
      expect(markFile(file, end!, undefined)).toEqual(reread(file, end!));
    }
  });

  it('is left to markFile for a read resumed in the middle of the file, which never saw its first block', () => {
    const body = text(10_000);
    const file = write('grown.jsonl', body);
    const offset = body.indexOf('\n', 5_000) + 1;
    const end = readEnd(file, { startOffset: offset, startLine: 10 });
    expect(end.seen).toBeUndefined();
    expect(markFile(file, end, undefined).bytes).toBe(body.length);
  });
});
