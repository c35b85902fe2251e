/**
 * UTF-16 transcripts with a byte order mark (Windows PowerShell's `>` and `Out-File` write them, with CRLF) are read as
 * their UTF-8 copies are: decoded as they stream, in either byte order, with line numbers the file's own in what is
 * reported, and the offset a grown file resumes from a byte offset of the file. So are those without a mark (.NET's
 * `WriteAllText` with `Unicode`, `iconv -t UTF-16LE`), told by the NUL beside each ASCII character they start with.
 * Sessions built for this test in the real formats; the file on disk is never written to.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { readLines, type ReadEnd } from '../../src/transcripts/lines.js';
import type { ReadIssue, Session } from '../../src/model/index.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-utf16-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const turns: Turn[] = [
  { user: 'Fix the date test 🎉 — 日付のテストを直して' },
  { bash: 'pnpm test', out: 'FAIL  src/date.test.ts\n  expected 2026-01-01, got 2025-12-31', error: true, exit: 1 },
  { say: 'The test runs in local time; I will pin TZ=UTC.' },
  { bash: 'TZ=UTC pnpm test', out: 'PASS  src/date.test.ts' },
];

/** The text as PowerShell writes it: CRLF lines, a byte order mark (unless `mark` is false), UTF-16 in the given order. */
function utf16(text: string, order: 'le' | 'be', mark = true): Buffer {
  const le = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le');
  const bom = !mark ? Buffer.alloc(0) : order === 'le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
  return Buffer.concat([bom, order === 'le' ? le : le.swap16()]);
}

function write(bytes: Buffer | string, ext = '.jsonl'): string {
  const f = join(dir, `f${n++}${ext}`);
  writeFileSync(f, bytes);
  return f;
}

async function read(file: string, opts: { chunkBytes?: number } = {}) {
  const sessions: Session[] = [];
  const issues: ReadIssue[] = [];
  const lineOpts = opts.chunkBytes ? { lineOpts: { chunkBytes: opts.chunkBytes } } : {};
  for await (const s of readTranscriptFile(file, { onIssue: (i) => issues.push(i), ...lineOpts })) sessions.push(s);
  return { sessions, issues };
}

/** What a session says, without where it was read from (file names and hashes differ between the copies). */
const said = (s: Session[]) => s.map((x) => x.events.map((e) => ({ ...e, origin: { line: e.origin.line } })));

describe('a UTF-16 transcript with a byte order mark', () => {
  it.each([
    ['claude', 'le'],
    ['claude', 'be'],
    ['codex', 'le'],
    ['codex', 'be'],
  ] as const)('%s, UTF-16 %s, reads as its UTF-8 copy', async (format, order) => {
    const text =
      format === 'claude'
        ? claudeCodeSession('0f160000-0000-4000-8000-000000000001', '18', '/home/dev/shop', turns)
        : codexRollout('0f160000-0000-4000-8000-000000000002', '18', '/home/dev/shop', turns);
    const plain = await read(write(text));
    expect(plain.sessions.flatMap((s) => s.events.map((e) => e.kind))).toEqual(
      expect.arrayContaining(['user_prompt', 'tool_call', 'tool_result']),
    );
    const wide = write(utf16(text, order));
    const before = readFileSync(wide);
    const decoded = await read(wide);
    expect(decoded.issues).toEqual([]);
    expect(said(decoded.sessions)).toEqual(said(plain.sessions));
    expect(JSON.stringify(said(decoded.sessions))).toContain('日付のテストを直して');
    // Read in chunks of 7 bytes: code units and the emoji's surrogate pair are cut between reads.
    expect(said((await read(wide, { chunkBytes: 7 })).sessions)).toEqual(said(plain.sessions));
    expect(readFileSync(wide).equals(before)).toBe(true);
  });

  it('names a broken line by its own number', async () => {
    const lines = claudeCodeSession('0f160000-0000-4000-8000-000000000003', '18', '/home/dev/shop', turns).split('\n');
    lines.splice(2, 0, '{"type":"user","message":');
    const { issues, sessions } = await read(write(utf16(lines.join('\n'), 'le')));
    expect(sessions).toHaveLength(1);
    expect(issues.map((i) => i.line)).toEqual([3]);
  });

  it("ends a read at the file's own byte offset, from which a grown file resumes", () => {
    const f = write(utf16('{"a":"é"}\n{"b":"🎉"}\n', 'le'));
    let end: ReadEnd | undefined;
    const first = [...readLines(f, { onEnd: (e) => (end = e) })];
    expect(first.map((l) => ('text' in l ? l.text : l.problem))).toEqual(['{"a":"é"}', '{"b":"🎉"}']);
    expect(end).toMatchObject({ bytes: statSync(f).size, lines: 2 });
    appendFileSync(f, Buffer.from('{"c":"日"}\r\n', 'utf16le'));
    const resumed = [...readLines(f, { startOffset: end!.bytes, startLine: end!.lines, chunkBytes: 5 })];
    expect(resumed).toEqual([{ line: 3, text: '{"c":"日"}', last: false }]);
  });

  it('a markdown transcript in UTF-16 is detected and read too', async () => {
    const md = '# Session\n\n_**User**_\n\nrun the tests\n\n---\n\n_**Assistant**_\n\nThey pass.\n';
    const plain = await read(write(md, '.md'));
    const wide = await read(write(utf16(md, 'be'), '.md'));
    expect(plain.sessions.flatMap((s) => s.events.map((e) => e.kind))).toContain('user_prompt');
    expect(wide.issues).toEqual(plain.issues);
    expect(said(wide.sessions)).toEqual(said(plain.sessions));
  });
});

describe('a UTF-16 transcript without a byte order mark', () => {
  it.each([
    ['claude', 'le'],
    ['claude', 'be'],
    ['codex', 'le'],
    ['codex', 'be'],
  ] as const)('%s, UTF-16 %s, reads as its UTF-8 copy, in chunks too', async (format, order) => {
    const text =
      format === 'claude'
        ? claudeCodeSession('0f160000-0000-4000-8000-000000000011', '19', '/home/dev/shop', turns)
        : codexRollout('0f160000-0000-4000-8000-000000000012', '19', '/home/dev/shop', turns);
    const plain = await read(write(text));
    const wide = write(utf16(text, order, false));
    const before = readFileSync(wide);
    const decoded = await read(wide);
    expect(decoded.issues).toEqual([]);
    expect(said(decoded.sessions)).toEqual(said(plain.sessions));
    expect(JSON.stringify(said(decoded.sessions))).toContain('日付のテストを直して');
    expect(said((await read(wide, { chunkBytes: 7 })).sessions)).toEqual(said(plain.sessions));
    expect(readFileSync(wide).equals(before)).toBe(true);
  });

  it('a markdown transcript is detected and read too', async () => {
    const md = '# Session\n\n_**User**_\n\nrun the tests\n\n---\n\n_**Assistant**_\n\nThey pass.\n';
    const plain = await read(write(md, '.md'));
    const wide = await read(write(utf16(md, 'be', false), '.md'));
    expect(plain.sessions.flatMap((s) => s.events.map((e) => e.kind))).toContain('user_prompt');
    expect(wide.issues).toEqual(plain.issues);
    expect(said(wide.sessions)).toEqual(said(plain.sessions));
  });

  it('resumes a grown file from its own byte offset', () => {
    const f = write(utf16('{"a":"é"}\n{"b":"🎉"}\n', 'le', false));
    let end: ReadEnd | undefined;
    const first = [...readLines(f, { onEnd: (e) => (end = e) })];
    expect(first.map((l) => ('text' in l ? l.text : l.problem))).toEqual(['{"a":"é"}', '{"b":"🎉"}']);
    appendFileSync(f, Buffer.from('{"c":"日"}\r\n', 'utf16le'));
    const resumed = [...readLines(f, { startOffset: end!.bytes, startLine: end!.lines, chunkBytes: 5 })];
    expect(resumed).toEqual([{ line: 3, text: '{"c":"日"}', last: false }]);
  });

  it('controls: a file that starts with other text than ASCII, or breaks the pattern, is not decoded', async () => {
    // Starts with CJK: no NUL high byte to tell the order by, so it is not taken for UTF-16.
    const cjk = await read(write(Buffer.from('日付のテスト\n{"a":1}\n', 'utf16le')));
    expect(cjk.sessions).toEqual([]);
    expect(cjk.issues[0]!.reason).toBe('unknown format: binary file (NUL bytes)');
    // UTF-8 is read as it always was.
    const text = claudeCodeSession('0f160000-0000-4000-8000-000000000013', '19', '/home/dev/shop', turns);
    expect((await read(write(text))).issues).toEqual([]);
  });
});
