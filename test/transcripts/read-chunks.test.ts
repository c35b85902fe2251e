/**
 * The line reader at its boundaries: lines and files larger than a read chunk, a file that grows while
 * it is read, two files read at once (they must not share a read buffer), and a file that is gone.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countNewlines, readLineBatches, readWholeFile, type LineReadOptions, type RawLine } from '../../src/transcripts/lines.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { ReadIssue } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
const show = (l: RawLine): string => ('text' in l ? `${l.line}:${l.text}` : `${l.line}:${l.problem}`);

/** Every line, with what the reader reports when the file ends. */
function readAll(file: string, opts: LineReadOptions = {}) {
  let hash = '';
  let end: { bytes: number; lines: number } | undefined;
  const lines: RawLine[] = [];
  for (const batch of readLineBatches(file, { ...opts, onHash: (h) => (hash = h), onEnd: (e) => (end = e) })) lines.push(...batch);
  return { lines, hash, end };
}

/** Lines of varied lengths, a few longer than a megabyte (the default chunk), numbered so each is distinct. */
function bigText(seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const len = i % 97 === 5 ? 1_300_000 + i : ((i * 7919 + seed) % 9000) + 1;
    out.push(`${seed}-${i}:` + 'é x'.repeat(Math.ceil(len / 4)).slice(0, len));
  }
  return out.join('\n');
}

describe('readLineBatches', () => {
  it('reads a file and lines larger than a chunk exactly, with true numbers, its hash and where it ended', () => {
    const text = `\ufeff${bigText(1)}\r\nlast line without a newline`;
    const file = join(dir, 'big.txt');
    writeFileSync(file, text);
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(3 << 20);
    const want = text
      .slice(1)
      .split('\n')
      .map((t, i) => `${i + 1}:${t.replace(/\r$/, '')}`);
    for (const chunkBytes of [undefined, 4093, 1 << 16]) {
      const got = readAll(file, chunkBytes ? { chunkBytes } : {});
      expect(got.lines.map(show)).toEqual(want);
      expect(got.lines.at(-1)).toMatchObject({ last: true });
      expect(got.hash).toBe(sha256(bytes));
      expect(got.end).toMatchObject({ bytes: bytes.lastIndexOf(0x0a) + 1, lines: want.length - 1 });
    }
  });

  it('reads what is appended while it reads, and counts only complete lines as consumed', () => {
    const file = join(dir, 'growing.jsonl');
    const first = Array.from({ length: 20 }, (_, i) => `{"n":${i}}`).join('\n') + '\n';
    writeFileSync(file, first);
    let hash = '';
    let end: { bytes: number; lines: number } | undefined;
    const lines: RawLine[] = [];
    const batches = readLineBatches(file, { chunkBytes: 32, onHash: (h) => (hash = h), onEnd: (e) => (end = e) });
    lines.push(...batches.next().value!);
    expect(lines.length).toBeLessThan(20);
    // A writer appends two lines and half of a third while the reader is mid-file.
    const appended = '{"n":20}\n{"n":21}\n{"n":2';
    appendFileSync(file, appended);
    for (const b of batches) lines.push(...b);
    expect(lines.map(show)).toEqual([...Array.from({ length: 22 }, (_, i) => `${i + 1}:{"n":${i}}`), '23:{"n":2']);
    expect(hash).toBe(sha256(first + appended));
    expect(end).toMatchObject({ bytes: Buffer.byteLength(first) + '{"n":20}\n{"n":21}\n'.length, lines: 22 });

    // The half line is finished later: a read resumed where the last one stopped sees it whole, as line 23.
    appendFileSync(file, '2}\n');
    const resumed = readAll(file, { startOffset: end!.bytes, startLine: end!.lines });
    expect(resumed.lines.map(show)).toEqual(['23:{"n":22}']);
    expect(resumed.end).toEqual({ bytes: readFileSync(file).length, lines: 23 });
  });

  it('gives two files read at once their own buffers', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, bigText(2));
    writeFileSync(b, bigText(3));
    const alone = [readAll(a).lines.map(show), readAll(b).lines.map(show)];
    const got: string[][] = [[], []];
    const readers = [readLineBatches(a), readLineBatches(b)];
    // Alternate batch by batch, as a consumer holding both files open would.
    for (let open = 2; open > 0;) {
      open = 0;
      readers.forEach((r, i) => {
        const next = r.next();
        if (next.done) return;
        open++;
        got[i]!.push(...next.value.map(show));
      });
    }
    expect(got).toEqual(alone);
    expect(alone[0]!.length).toBe(400);
  });

  it('throws naming a file that is gone, and the transcript reader reports it against the file', async () => {
    const gone = join(dir, 'gone.jsonl');
    expect(() => [...readLineBatches(gone)]).toThrow(/ENOENT.*gone\.jsonl/);
    const issues: ReadIssue[] = [];
    for await (const s of readTranscriptFile(gone, { displayPath: 'sessions/gone.jsonl', onIssue: (i) => issues.push(i) }))
      expect(s).toBeUndefined();
    expect(issues).toEqual([{ file: 'sessions/gone.jsonl', reason: expect.stringMatching(/^cannot open: ENOENT/) }]);
  });
});

describe('readWholeFile', () => {
  /** What readLines gives: the lines joined by '\n', with the hash and end it reports. */
  const byLines = (file: string) => {
    const { lines, hash, end } = readAll(file);
    return { text: lines.map((l) => ('text' in l ? l.text : '')).join('\n'), hash, end };
  };
  const whole = (file: string, maxBytes = 1 << 30) => {
    let hash = '';
    let end: { bytes: number; lines: number } | undefined;
    const text = readWholeFile(file, { maxBytes, onHash: (h) => (hash = h), onEnd: (e) => (end = e) });
    return { text, hash, end };
  };

  it('gives the text, hash and end readLines gives, in one read', () => {
    const cases = {
      empty: '',
      newline: '\n',
      'no final newline': '{"a": 1,\n "b": "é"}',
      'final newline': '{"a": 1,\n "b": [\n  2\n ]}\n',
      'blank lines': '\n\n{}\n\n',
      bom: '\ufeff{"a":\n 1}\n',
      'bom alone': '\ufeff',
      'larger than a chunk': bigText(7),
    };
    for (const [name, content] of Object.entries(cases)) {
      const file = join(dir, `whole-${name.replace(/ /g, '-')}.json`);
      writeFileSync(file, content);
      expect(whole(file), name).toEqual(byLines(file));
    }
  });

  it('leaves to readLines what a line would read otherwise: CR, NUL, invalid UTF-8, a file past the cap', () => {
    const cases: Record<string, Buffer> = {
      crlf: Buffer.from('{"a":\r\n 1}\r\n'),
      nul: Buffer.from('{"a":\n\u0000}'),
      'invalid utf-8': Buffer.from([0x7b, 0x0a, 0xc3, 0x28, 0x7d]),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const file = join(dir, `whole-${name.replace(/ /g, '-')}.json`);
      writeFileSync(file, bytes);
      expect(whole(file), name).toEqual({ text: undefined, hash: '', end: undefined });
    }
    const big = join(dir, 'whole-capped.json');
    writeFileSync(big, '{"a": 1}\n');
    expect(whole(big, 8).text).toBeUndefined();
    expect(whole(big, 9).text).toBe('{"a": 1}');
  });
});

describe('countNewlines', () => {
  it('counts the newline bytes of any range, across the slices it decodes, among multi-byte characters', () => {
    // Newlines on both sides of every 64 KiB boundary, and characters of two, three and four bytes between.
    let text = '';
    for (let i = 0; text.length < 300_000; i++) text += ['é', '\n', 'a', '日', '😀', '\r\n', 'x'.repeat(i % 97)][i % 7]!;
    const bytes = Buffer.from(text);
    for (const edge of [65_535, 65_536, 65_537, 131_072, 196_607]) bytes[edge] = 0x0a;
    const naive = (from: number, to: number): number => {
      let n = 0;
      for (let i = from; i < to; i++) if (bytes[i] === 0x0a) n++;
      return n;
    };
    const ranges: [number, number][] = [
      [0, bytes.length],
      [0, 0],
      [65_536, 65_537],
      [65_535, 131_073],
      [1, bytes.length - 1],
      [200_000, 100_000],
    ];
    for (let k = 0; k < 50; k++) ranges.push([(k * 7919) % bytes.length, Math.min(bytes.length, ((k * 7919) % bytes.length) + k * 6151)]);
    for (const [from, to] of ranges) expect(countNewlines(bytes, from, to), `${from}..${to}`).toBe(naive(from, to));
    expect(naive(0, bytes.length)).toBeGreaterThan(10_000);
  });
});
