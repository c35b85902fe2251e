/**
 * A small file is read once: format detection reads its first 64 KiB, and when that is the whole file
 * its reader takes those bytes (ReadAlready) instead of opening the file again. What the reader makes of
 * them (lines, hash, where the read ended, the mark's sight) must be what a read of the file makes; a
 * file larger than the sample, and a resumed read, are read from the file as before.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectAndRead } from '../../src/transcripts/detect.js';
import { isDocument } from '../../src/transcripts/readers/json-source.js';
import { HEAD_BYTES } from '../../src/transcripts/readers/context.js';
import { readLineBatches, readWholeFile, type LineReadOptions, type RawLine, type ReadEnd } from '../../src/transcripts/lines.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'read-once-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const record = (i: number) =>
  JSON.stringify({ type: 'user', sessionId: 's1', uuid: `u${i}`, parentUuid: null, message: { role: 'user', content: `line ${i} é` } });
const jsonl = (n: number, tail = '\n') => Array.from({ length: n }, (_, i) => record(i)).join('\n') + tail;

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function readAll(file: string, opts: LineReadOptions = {}) {
  const lines: RawLine[] = [];
  let hash = '';
  let end: ReadEnd | undefined;
  for (const b of readLineBatches(file, { ...opts, onHash: (h) => (hash = h), onEnd: (e) => (end = e) })) lines.push(...b);
  return { lines, hash, end };
}

describe('a file detection read whole', () => {
  for (const [name, text] of Object.entries({
    'finished lines': jsonl(40),
    'an unfinished last line': jsonl(40, '\n{"type":"us'),
    'a BOM and CRLF line ends': `\uFEFF${jsonl(30).replace(/\n/g, '\r\n')}`,
  }))
    it(`is read from the detection's bytes as from the file, with ${name}`, () => {
      const file = write('s.jsonl', text);
      const { detection, already } = detectAndRead(file);
      expect(detection.format).toBe('claude-code-jsonl');
      expect(already?.bytes.length).toBe(Buffer.byteLength(text));
      const fromFile = readAll(file);
      const fromBytes = readAll(file, { already: already! });
      expect(fromBytes).toEqual(fromFile);
      expect(fromBytes.end?.seen).toBeDefined();
      // Taken as one chunk, whatever the chunk size asked (lines.ts says why): the same lines.
      expect(readAll(file, { already: already!, chunkBytes: 13 })).toEqual(fromFile);
    });

  it('is not opened again: the reader reads the bytes detection read, even once the file is gone', () => {
    const text = jsonl(20);
    const file = write('gone.jsonl', text);
    const { already } = detectAndRead(file);
    rmSync(file);
    const got = readAll(file, { already: already! });
    expect(got.lines.map((l) => ('text' in l ? l.text : l.problem))).toEqual(text.slice(0, -1).split('\n'));
    expect(got.hash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(readWholeFile(file, { maxBytes: 1 << 20, already: already! })).toBe(text.slice(0, -1));
    expect(() => readAll(file)).toThrow();
  });

  it('is not handed over for a file larger than the sample, or an empty one', () => {
    expect(detectAndRead(write('big.jsonl', jsonl(1_000))).already).toBeUndefined();
    expect(detectAndRead(write('empty.jsonl', '')).already).toBeUndefined();
  });

  it('is ignored by a read resumed in the middle of the file, which reads the file from its offset', () => {
    const text = jsonl(20);
    const file = write('grown.jsonl', text);
    const { already } = detectAndRead(file);
    const offset = text.indexOf('\n', 500) + 1;
    const resumed = readAll(file, { already: already!, startOffset: offset, startLine: 7 });
    expect(resumed).toEqual(readAll(file, { startOffset: offset, startLine: 7 }));
    expect(resumed.lines[0]).toMatchObject({ line: 8 });
  });
});

describe("a reader asking what the file's start holds", () => {
  it("answers from detection's first bytes, whatever the file's size, without opening it again", () => {
    const doc = write(
      'events.json',
      JSON.stringify({ events: Array.from({ length: 2_000 }, (_, i) => ({ id: i, source: 'agent', action: 'run' })) }, null, 1),
    );
    const lines = write(
      'events.jsonl',
      Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: i, source: 'agent', action: 'run' })).join('\n'),
    );
    for (const [file, document] of [
      [doc, true],
      [lines, false],
    ] as const) {
      const { head } = detectAndRead(file);
      expect(head!.length).toBe(HEAD_BYTES);
      const copy = Buffer.from(head!);
      expect(isDocument({ file, head: copy })).toBe(document);
      // The same answer from the bytes alone: the file is not read again.
      rmSync(file);
      expect(isDocument({ file, head: copy })).toBe(document);
    }
  });
});
