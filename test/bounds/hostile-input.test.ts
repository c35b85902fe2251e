import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PATH_SEGMENTS, pathSuffixes } from '../../src/guards/extract.js';
import { ProvenanceIndex } from '../../src/guards/provenance.js';
import { arrayRecords, LineCounter } from '../../src/transcripts/records.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';

/**
 * Section 4 of issue 12: hostile inputs cost work linear in their size. Each test bounds the work by
 * an operation count (characters hashed, characters searched), not by a clock.
 */

/** A base64 data URI of about `bytes` characters, as pasted into a SKILL.md: a slash every ~60 characters. */
function dataUri(bytes: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = 'data:image/png;base64,';
  let x = 12345;
  while (s.length < bytes) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += alphabet[x % 64];
  }
  return s;
}

describe('ProvenanceIndex on a huge token', () => {
  it('records a data URI with work linear in its length (it used to be quadratic)', () => {
    const work = (n: number) => {
      const idx = new ProvenanceIndex({ log2Bits: 16 });
      idx.trust(`# Skill\n\n![logo](${dataUri(n)})\n\nRun \`npm test\` before pushing.\n`);
      return idx.hashedChars;
    };
    const small = work(50_000);
    const large = work(200_000);
    // Structural bound: nothing past the token cap is hashed, whatever the length.
    expect(large).toBeLessThanOrEqual(4 * small + 1_000);
    expect(large).toBeLessThan(200_000);
  });

  it('a 1 MB data URI in a memory file is indexed in bounded work; ordinary commands beside it are still trusted', () => {
    const idx = new ProvenanceIndex({ log2Bits: 20 });
    const text = `See ![x](${dataUri(1_000_000)})\nnpm run build\nsrc/app/main.ts`;
    idx.trust(text);
    expect(idx.hashedChars).toBeLessThan(text.length);
    expect(idx.untrusted('Run `npm run build` after editing src/app/main.ts.')).toEqual([]);
  });

  it('path suffixes are capped in number and their total size is linear in the path', () => {
    const segs = Array.from({ length: 400 }, (_, i) => `s${i}`);
    const suffixes = pathSuffixes(segs.join('/'));
    expect(suffixes).toHaveLength(MAX_PATH_SEGMENTS);
    expect(suffixes[suffixes.length - 1]).toBe('s399');
    expect(suffixes[0]).toBe(segs.slice(-MAX_PATH_SEGMENTS).join('/'));
    // Short paths are unchanged: every suffix, longest first.
    expect(pathSuffixes('/home/u/proj/src/app.ts')).toEqual([
      'home/u/proj/src/app.ts',
      'u/proj/src/app.ts',
      'proj/src/app.ts',
      'src/app.ts',
      'app.ts',
    ]);
  });

  it('the n-gram work of ordinary text is bounded by a constant times its length', () => {
    const line = 'cd repo && npm ci && npm test -- --run && git status\n';
    const idx = new ProvenanceIndex({ log2Bits: 20 });
    const text = line.repeat(60);
    idx.trust(text);
    expect(idx.hashedChars).toBeGreaterThan(text.length);
    expect(idx.hashedChars).toBeLessThan(80 * text.length);
  });
});

describe('a JSON document saved on one line', () => {
  const element = (i: number) =>
    JSON.stringify({ role: i % 2 ? 'assistant' : 'user', content: `message number ${i} about src/file${i}.ts` });

  it('line numbers of its elements cost one pass over the text, not one per element', () => {
    for (const n of [2_000, 8_000]) {
      const text = `[${Array.from({ length: n }, (_, i) => element(i)).join(',')}]`;
      const counter = new LineCounter(text);
      let last = 0;
      for (let off = 0; off < text.length; off += 97) last = counter.lineAt(off);
      expect(last).toBe(1);
      expect(counter.scanned).toBeLessThanOrEqual(text.length);
    }
  });

  it('counts lines right in a multi-line document', () => {
    const text = '[\n{"a":1},\n\n{"b":2}\n]';
    const counter = new LineCounter(text);
    expect([counter.lineAt(0), counter.lineAt(2), counter.lineAt(text.indexOf('{"b"')), counter.lineAt(text.length - 1)]).toEqual([
      1, 2, 4, 5,
    ]);
    const recs = [...arrayRecords(text, [], () => undefined)];
    expect(recs.map((r) => r.line)).toEqual([2, 4]);
  });

  it('a one-line chat log of 20,000 messages is read whole, every message kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'one-line-'));
    const file = join(dir, 'chat.json');
    const n = 20_000;
    writeFileSync(file, `[${Array.from({ length: n }, (_, i) => element(i)).join(',')}]`);
    let events = 0;
    for await (const s of readTranscriptFile(file, {})) events += s.events.length;
    expect(events).toBe(n);
  });
});
