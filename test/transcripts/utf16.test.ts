/**
 * UTF-16 transcripts with a byte order mark (Windows PowerShell's `>` and `Out-File` write them, with CRLF) are read as
 * their UTF-8 copies are: decoded as they stream, in either byte order, with line numbers the file's own in what is
 * reported, and the offset a grown file resumes from a byte offset of the file. So are those without a mark (.NET's
 * `WriteAllText` with `Unicode`, `iconv -t UTF-16LE`), told by the side of the code units their NULs are on (the
 * ASCII's high byte), whatever character they start with.
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

  /** A Cursor export of a Chinese chat: its "# title" line is CJK, so most of the head's code units are not ASCII. */
  const cursorCjk = [
    '# 修复日期测试在本地时区下失败的问题以及相关的时区处理逻辑',
    '_Exported on 2025/12/1 at GMT+8 from Cursor (2.1.42)_',
    '',
    '---',
    '',
    '**User**',
    '',
    '日期测试在本地时区下失败了，帮我看看',
    '',
    '---',
    '',
    '**Cursor**',
    '',
    '测试用的是本地时间；我会把 TZ 固定为 UTC。',
    '',
  ].join('\n');

  it.each(['le', 'be'] as const)('a Cursor export whose CJK title fills the head, UTF-16 %s, reads as its UTF-8 copy', async (order) => {
    const plain = await read(write(cursorCjk, '.md'));
    expect(plain.sessions.flatMap((s) => s.events.map((e) => e.kind))).toEqual(['user_prompt', 'assistant_text']);
    const wide = await read(write(utf16(cursorCjk, order, false), '.md'));
    expect(wide.issues).toEqual(plain.issues);
    expect(said(wide.sessions)).toEqual(said(plain.sessions));
    expect(said((await read(write(utf16(cursorCjk, order, false), '.md'), { chunkBytes: 7 })).sessions)).toEqual(said(plain.sessions));
  });

  it('a file whose first line is all CJK is decoded: the NULs of the ASCII after it tell the order', async () => {
    // Claude Code's terminal text pasted into a file: the person's Japanese prompt first, no ASCII before the newline.
    const console =
      '日付のテストを直して。タイムゾーンの問題だと思う。\n\n⏺ Bash(pnpm test)\n  ⎿  FAIL  src/date.test.ts\n\n⏺ The test runs in local time.\n';
    const plain = await read(write(console, '.txt'));
    expect(plain.sessions.length).toBe(1);
    for (const order of ['le', 'be'] as const) {
      const wide = await read(write(utf16(console, order, false), '.txt'));
      expect(wide.issues).toEqual(plain.issues);
      expect(said(wide.sessions)).toEqual(said(plain.sessions));
    }
  });

  it('controls: binary files, and UTF-16 that breaks the pattern, are not decoded', async () => {
    // A NUL code unit (a PNG's header, an executable's) is no text.
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
    expect((await read(write(png))).issues[0]!.reason).toBe('unknown format: binary file (NUL bytes)');
    // Control characters where text would be.
    const controls = Buffer.from('\u0001\u0002\u0003{"a":1}\n', 'utf16le');
    expect((await read(write(controls))).issues[0]!.reason).toBe('unknown format: binary file (NUL bytes)');
    // A broken surrogate pair: a low half first.
    const broken = Buffer.concat([Buffer.from([0x00, 0xdc]), Buffer.from('{"a":1}\n', 'utf16le')]);
    expect((await read(write(broken))).issues[0]!.reason).toBe('unknown format: binary file (NUL bytes)');
    // NULs on both sides as often: no order.
    const mixed = Buffer.from('7b00007b22000022', 'hex');
    expect((await read(write(mixed))).issues[0]!.reason).toBe('unknown format: binary file (NUL bytes)');
    // UTF-8 is read as it always was.
    const text = claudeCodeSession('0f160000-0000-4000-8000-000000000013', '19', '/home/dev/shop', turns);
    expect((await read(write(text))).issues).toEqual([]);
  });
});
