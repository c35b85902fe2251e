/**
 * `dream capture` writes lines the redactor left unchanged as the bytes they were read from, and
 * decodes a chunk's lines where they lie (src/cli/capture-lines.ts). The copy must still be exactly
 * what splitting the whole file into lines, redacting each and encoding them joined would give.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTranscriptRedacted, redactTranscriptLine } from '../../src/cli/capture-copy.js';
import { pushRedacted, regionOf } from '../../src/cli/capture-lines.js';

/** The lines readline gives (crlfDelay Infinity): split at "\n", "\r\n" and a lone "\r". */
function readlineLines(bytes: Buffer): string[] {
  const end = bytes[bytes.length - 1] === 0x0a ? bytes.length - 1 : bytes.length;
  return bytes
    .toString('utf8', 0, end)
    .split('\n')
    .flatMap((l) => (l.endsWith('\r') ? l.slice(0, -1) : l).split('\r'));
}

/** Line bytes: text (any Unicode), raw "\r", and bytes that are not UTF-8 (cut sequences, 0xff). */
const lineBytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => Buffer.from(s.replace(/\n/g, ''))),
      fc.constant(Buffer.from('\r')),
      fc.constantFrom(Buffer.from([0xe2, 0x82]), Buffer.from([0xff]), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from([0xed, 0xa0, 0x80])),
    ),
    { maxLength: 5 },
  )
  .map((parts) => Buffer.concat(parts));

describe('a region of lines, redacted', () => {
  it('gives the bytes of the redacted lines joined, for any bytes and any lines changed', () => {
    fc.assert(
      fc.property(
        fc.array(lineBytes, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.boolean()),
        (lines, finalNewline, changed) => {
          const bytes = Buffer.concat([
            Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])).subarray(0, finalNewline ? undefined : -1),
          ]);
          if (bytes.length === 0) return;
          const region = regionOf(bytes);
          expect(region.lines).toEqual(readlineLines(bytes));
          const out = region.lines.map((l, i) => (changed[i] ? `[REDACTED:x]${l}` : l));
          const pieces: Buffer[] = [];
          pushRedacted(region, out, pieces);
          expect(Buffer.concat(pieces).equals(Buffer.from(`${out.join('\n')}\n`))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes unchanged lines read as they are from the bytes read, not encoded again', () => {
    // A buffer of its own (Buffer.from of a short string shares Node's pool with what the code encodes).
    const text = '{"a":1}\n{"b":"é"}\n{"c":3}\n';
    const bytes = Buffer.alloc(Buffer.byteLength(text));
    bytes.write(text);
    const region = regionOf(bytes);
    const pieces: Buffer[] = [];
    pushRedacted(region, [region.lines[0]!, '{"b":"[REDACTED:x]"}', region.lines[2]!], pieces);
    expect(pieces.map((p) => p.buffer === bytes.buffer)).toEqual([true, false, true]);
  });
});

describe('copyTranscriptRedacted across chunks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'capture-lines-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('copies a file of several chunks as the whole file redacted line by line', async () => {
    const token = 'ghp_' + 'Q7r8A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6';
    const lines: Buffer[] = [];
    // Lines of every length around the 1 MiB chunk: many short ones, one longer than a chunk, a
    // secret in each kind, a CRLF line, bytes that are not UTF-8, and no newline at the end.
    for (let i = 0; i < 30_000; i++) {
      const text = i % 997 === 0 ? `export API_TOKEN=${token}` : `line ${i} ${'x'.repeat(i % 120)} é`;
      lines.push(Buffer.from(JSON.stringify({ type: 'user', n: i, content: text })));
    }
    lines.splice(12_000, 0, Buffer.from(JSON.stringify({ content: `${'word '.repeat(300_000)}${token}` })));
    lines.splice(20_000, 0, Buffer.from('{"crlf":true}\r'), Buffer.from([0x7b, 0xff, 0xe2, 0x82, 0x7d]), Buffer.from(`not json ${token}`));
    const bytes = Buffer.concat(lines.flatMap((l, i) => (i < lines.length - 1 ? [l, Buffer.from('\n')] : [l])));
    expect(bytes.length).toBeGreaterThan(3 * (1 << 20));
    const source = path.join(dir, 'big.jsonl');
    await writeFile(source, bytes);
    const target = path.join(dir, 'out', 'big.jsonl');
    const result = await copyTranscriptRedacted(source, target);
    const expected = `${readlineLines(bytes).map(redactTranscriptLine).join('\n')}\n`;
    const copied = await readFile(target);
    expect(copied.equals(Buffer.from(expected))).toBe(true);
    expect(result.lines).toBe(readlineLines(bytes).length);
    expect(copied.includes(token)).toBe(false);
  });

  it('fails on a source it cannot read, leaving no temp file and no copy', async () => {
    const target = path.join(dir, 'out-dir', 'x.jsonl');
    await expect(copyTranscriptRedacted(dir, target)).rejects.toThrow(/EISDIR/);
    expect(await readdir(path.dirname(target))).toEqual([]);
  });

  it('writes a chunk of thousands of pieces whole (every other line redacted)', async () => {
    const token = 'ghp_' + 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2';
    const lines = Array.from({ length: 6000 }, (_, i) => JSON.stringify({ n: i, content: i % 2 ? `export GH_TOKEN=${token}` : 'clean' }));
    const source = path.join(dir, 'many.jsonl');
    await writeFile(source, `${lines.join('\n')}\n`);
    const target = path.join(dir, 'out', 'many.jsonl');
    await copyTranscriptRedacted(source, target);
    const copied = await readFile(target, 'utf8');
    expect(copied).toBe(`${lines.map(redactTranscriptLine).join('\n')}\n`);
    expect(copied).not.toContain(token);
  });
});
