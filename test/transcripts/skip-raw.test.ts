import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readLineBatches, type RawLine } from '../../src/transcripts/lines.js';
import { isSilentBytes, isSilentLine } from '../../src/transcripts/readers/claude-code.js';
import { readAll } from './helpers.js';

/** Lines shaped like Claude Code's, with the traps: non-ASCII before "type", long prefixes, no closing brace. */
const prefix = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('{"parentUuid":"é→😀",', '{"x":"' + 'ü'.repeat(1100) + '",', '{"x":"' + 'a'.repeat(1995) + '",'),
);
const type = fc.constantFrom('progress"', 'file-history-snapshot"', 'user"', 'progres', 'assistant"', '');
const tail = fc.oneof(fc.constantFrom(',"data":{}}', '}', ',"x":1', ''), fc.string({ maxLength: 20 }));
const line = fc.tuple(prefix, fc.constantFrom('"type":"', '"type": "', ''), type, tail).map((xs) => xs.join(''));

describe('isSilentBytes (progress lines dropped before decoding)', () => {
  it('drops only lines isSilentLine drops (property)', () => {
    let dropped = 0;
    fc.assert(
      fc.property(line, (t) => {
        const buf = Buffer.from(`junk\n${t}\nmore`);
        const start = 5;
        const end = start + Buffer.byteLength(t);
        if (isSilentBytes(buf, start, end)) {
          dropped++;
          expect(isSilentLine(t)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(dropped).toBeGreaterThan(30);
  });

  it('agrees with isSilentLine on ASCII lines with "type" early', () => {
    for (const t of ['{"type":"progress","data":{}}', '{"a":1,"type":"file-history-snapshot"}', '{"type":"user"}', '{"type":"progress"']) {
      expect(isSilentBytes(Buffer.from(t), 0, t.length)).toBe(isSilentLine(t));
    }
  });
});

const dir = mkdtempSync(join(tmpdir(), 'dream-skipraw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(file: string, opts: Parameters<typeof readLineBatches>[1]): Promise<RawLine[]> {
  const out: RawLine[] = [];
  for await (const b of readLineBatches(file, opts)) out.push(...b);
  return out;
}

describe('readLineBatches rawLine dropping lines', () => {
  it('drops matching lines but keeps the numbers of the rest, whatever the chunk size', async () => {
    const lines = ['\ufeffkeep one', 'drop a', 'keep é two', 'drop b\r', 'keep three', 'drop c', 'keep last'];
    const file = join(dir, 'lines.txt');
    writeFileSync(file, lines.join('\n'));
    const rawLine = (buf: Buffer, s: number, e: number) => (buf.subarray(s, e).toString('latin1').startsWith('drop') ? 'drop' : 'whole');
    const plain = (await collect(file, {})).filter((l) => !('text' in l && l.text.startsWith('drop')));
    for (const chunkBytes of [3, 7, 16, 1 << 20]) {
      const got = await collect(file, { rawLine, chunkBytes });
      // A line split over chunks arrives as text (the pre-check is skipped); all others are dropped.
      const texts = got.map((l) => ('text' in l ? `${l.line}:${l.text}` : `${l.line}:?`));
      expect(texts.filter((t) => !/^\d+:drop/.test(t))).toEqual(plain.map((l) => ('text' in l ? `${l.line}:${l.text}` : '')));
      if (chunkBytes === 1 << 20) expect(texts).toEqual(['1:keep one', '3:keep é two', '5:keep three', '7:keep last']);
    }
  });

  it('a Claude Code file reads the same with its progress lines in one chunk or split across chunks', async () => {
    const file = join(dir, 's.jsonl');
    const base = { sessionId: 'sess-1', cwd: '/w', timestamp: '2026-01-01T00:00:00Z' };
    const recs = [
      { ...base, type: 'user', message: { role: 'user', content: 'héllo → run the tests' } },
      { ...base, type: 'progress', data: { type: 'hook_progress', output: 'ü'.repeat(3000) } },
      { ...base, type: 'assistant', message: { id: 'm1', role: 'assistant', content: [{ type: 'text', text: 'ok' }] } },
      { type: 'file-history-snapshot', messageId: 'x', snapshot: {} },
      { ...base, type: 'progress', data: { type: 'bash_progress', output: 'x'.repeat(5000) } },
      { ...base, type: 'user', message: { role: 'user', content: 'thanks' } },
    ];
    writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.events.map((e) => [e.kind, e.origin.line])).toEqual([
      ['user_prompt', 1],
      ['assistant_text', 3],
      ['user_prompt', 6],
    ]);
  });
});
