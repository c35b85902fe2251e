/**
 * Detection decodes a sample's first line alone when that line settles the format (firstRecordFormat),
 * and leaves every other sample to the whole-sample rules. The decision must be the whole-sample one
 * either way: a first line that settles nothing (an unknown shape, a lone "{", cut by the sample's end,
 * after a BOM or blank lines) falls through to the lines after it and to the document rules.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/read.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'detect-first-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const claude = (i: number) =>
  JSON.stringify({ type: 'user', sessionId: 's', uuid: `u${i}`, parentUuid: null, message: { role: 'user', content: 'hi é' } });
const codexMeta = JSON.stringify({ timestamp: 't', type: 'session_meta', payload: { id: 'x', cwd: '/r' } });

function detect(name: string, text: string): string | null {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return detectFormat(file);
}

describe('detection by the first line', () => {
  it('settles a JSONL transcript by its first record', () => {
    expect(detect('a.jsonl', `${claude(1)}\n${claude(2)}\n`)).toBe('claude-code-jsonl');
    expect(detect('b.jsonl', `${codexMeta}\n${claude(2)}\n`)).toBe('codex-rollout');
    expect(detect('crlf.jsonl', `${codexMeta}\r\n${claude(2)}\r\n`)).toBe('codex-rollout');
    expect(detect('one.jsonl', claude(1))).toBe('claude-code-jsonl');
  });

  it('reads on past a first line of unknown shape, as the whole-sample rules do', () => {
    expect(detect('c.jsonl', `{"hello":"world"}\n${codexMeta}\n`)).toBe('codex-rollout');
    expect(detect('d.jsonl', `{"broken": \n${claude(1)}\n`)).toBe('claude-code-jsonl');
  });

  it('leaves a BOM, leading blank lines and a pretty-printed document to the whole-sample rules', () => {
    expect(detect('bom.jsonl', `\uFEFF${claude(1)}\n`)).toBe('claude-code-jsonl');
    expect(detect('blank.jsonl', `\n\n${claude(1)}\n`)).toBe('claude-code-jsonl');
    const doc = JSON.stringify({ trajectory: [{ action: 'ls', observation: 'x' }], info: {} }, null, 2);
    expect(detect('doc.traj', doc)).toBe('swe-agent-traj');
    expect(detect('doc1.traj', JSON.stringify({ trajectory: [], history: [] }))).toBe('swe-agent-traj');
  });

  it('does not take a first line cut by the end of the sample for a record', () => {
    // A first line longer than the 64 KiB sample: no complete record in it, so the key rules decide.
    const long = JSON.stringify({
      type: 'user',
      sessionId: 's',
      uuid: 'u',
      parentUuid: null,
      message: { role: 'user', content: 'x'.repeat(70_000) },
    });
    expect(detect('long.jsonl', `${long}\n${claude(2)}\n`)).toBe('claude-code-jsonl');
    const unknown = JSON.stringify({ kind: 'note', text: 'y'.repeat(70_000) });
    expect(detect('unknown.jsonl', `${unknown}\n`)).toBeNull();
  });
});

describe('a first line cut by the sample', () => {
  it('is not classified from what the sample holds of it, but from the whole record read past it', () => {
    // A record followed by spaces past the 64 KiB sample: the sample holds a parseable object, but not its line's end.
    // The fast path leaves it; the record read past the sample (record-skeletons.ts) is the whole line, so it is
    // classified as the same line without the spaces is.
    const padded = `{"type":"user","sessionId":"s"}${' '.repeat(70_000)}\n{"kind":"note"}\n`;
    const file = path.join(dir, 'padded.jsonl');
    writeFileSync(file, padded);
    expect(detectFormat(file)).toBe(detect('unpadded.jsonl', `{"type":"user","sessionId":"s"}\n{"kind":"note"}\n`));
    // What the sample holds parses, but the line goes on past it to be no record at all: not classified.
    const trailing = `{"type":"user","sessionId":"s"}${' '.repeat(70_000)}, "x"\n`;
    expect(detect('trailing.jsonl', trailing)).toBeNull();
  });
});
