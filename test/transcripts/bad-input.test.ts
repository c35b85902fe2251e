import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, MAX_LINE_BYTES, readTranscriptFile, summarizeTranscripts } from '../../src/transcripts/index.js';
import { scanArrayElements } from '../../src/transcripts/records.js';
import type { ReadIssue, Session } from '../../src/model/index.js';
import { fixture, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function tmp(content: string | Buffer, ext = '.jsonl'): string {
  const f = join(dir, `f${n++}${ext}`);
  writeFileSync(f, content);
  return f;
}

const CODEX_META = JSON.stringify({ timestamp: '2026-01-01T00:00:00Z', type: 'session_meta', payload: { id: 'abc', cwd: '/w' } });
const CODEX_PROMPT = JSON.stringify({
  timestamp: '2026-01-01T00:00:01Z',
  type: 'event_msg',
  payload: { type: 'user_message', message: 'hello' },
});
const CLAUDE_USER = JSON.stringify({
  type: 'user',
  sessionId: 's1',
  uuid: 'u1',
  parentUuid: null,
  message: { role: 'user', content: 'hi there' },
});

describe('bad input', () => {
  it('reports an empty file as an unknown format and yields nothing', async () => {
    const { sessions, issues } = await readAll(fixture('bad/empty.jsonl'));
    expect(sessions).toEqual([]);
    expect(issues).toEqual([{ file: fixture('bad/empty.jsonl'), reason: 'unknown format: empty file' }]);
  });

  it('reports a file of unknown shape with the reason', async () => {
    const { sessions, issues } = await readAll(fixture('bad/unknown-shape.json'), 'x/unknown.json');
    expect(sessions).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe('x/unknown.json');
    expect(issues[0]!.reason).toMatch(/^unknown format: /);
  });

  it('skips malformed and truncated lines with file:line and keeps the rest', async () => {
    const file = fixture('bad/truncated-and-malformed.jsonl');
    const { sessions, issues } = await readAll(file, 'bad.jsonl');
    expect(issues.map((i) => [i.file, i.line])).toEqual([
      ['bad.jsonl', 2],
      ['bad.jsonl', 4],
      ['bad.jsonl', 5],
    ]);
    expect(issues[2]!.reason).toMatch(/^truncated or malformed last line/);
    // Each reason places the fault by column only: the line is the issue's own, the file's line.
    for (const i of issues) expect(i.reason).not.toMatch(/line 1\b/);
    // (Node 20's V8 gives the position alone.)
    expect(issues[2]!.reason).toMatch(/at position \d+(?: \(column \d+\))?$/);
    expect(sessions[0]!.events.map((e) => [e.kind, e.origin.line])).toEqual([['user_prompt', 3]]);
  });

  it('reports a binary file', async () => {
    const f = tmp(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0]), '.json');
    expect(await detectFormat(f)).toBeNull();
    const { issues } = await readAll(f);
    expect(issues[0]!.reason).toMatch(/binary/);
  });

  // UTF-16, with a byte order mark or without one, is read decoded (utf16.test.ts); what only starts like it is not.
  it('still calls binary what only starts like UTF-16', async () => {
    // A NUL after one ASCII byte, then bytes no UTF-16 text of a transcript has.
    for (const bytes of [
      [0x7b, 0, 0x22, 0, 0xff, 0x01, 0x80, 0x90],
      [0x41, 0, 0, 0, 0x42, 0],
    ]) {
      const { issues } = await readAll(tmp(Buffer.from(bytes)));
      expect(issues[0]!.reason).toBe('unknown format: binary file (NUL bytes)');
    }
  });

  it('says a folder named like a transcript is a folder', async () => {
    const folder = join(dir, `folder${n++}.jsonl`);
    mkdirSync(folder);
    expect((await readAll(folder)).issues).toEqual([{ file: folder, reason: 'a folder, not a file' }]);
  });

  // The Markdown and console readers read lines, not records: each reports a line it cannot decode, with its number, and reads on.
  it.each([
    ['specstory/2025-06-01_11-05Z-install-deps.md', 'specstory-md', '.md'],
    ['console/2026-05-04-daily.txt', 'claude-code-console', '.txt'],
    ['cursor-export/cursor_fix_the_login_redirect.md', 'cursor-export', '.md'],
    ['cline/export/cline_task_mar-3-2026_10-15-02-am.md', 'cline-export-md', '.md'],
    ['opencode-export/session-ses_2b7e.md', 'opencode-export-md', '.md'],
  ])('the text reader of %s skips an invalid UTF-8 line with its line number', async (name, format, ext) => {
    const lines = readFileSync(fixture(name), 'utf8').split('\n');
    // Past the header lines that tell the format, inside the first turn.
    const at = 8;
    const bad = Buffer.concat([
      Buffer.from(lines.slice(0, at - 1).join('\n') + '\n'),
      Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x0a]),
      Buffer.from(lines.slice(at - 1).join('\n')),
    ]);
    const f = tmp(bad, ext);
    expect(await detectFormat(f)).toBe(format);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([{ file: f, line: at, reason: 'invalid-utf8; line skipped' }]);
    expect(sessions.flatMap((s) => s.events).length).toBeGreaterThan(0);
  });

  it('the aider reader skips an invalid UTF-8 line with its line number', async () => {
    const f = tmp(
      Buffer.concat([
        Buffer.from('# aider chat started at 2026-01-01 10:00:00\n\n#### fix the parser\n\n'),
        Buffer.from([0x6f, 0x6b, 0xff, 0x0a]),
        Buffer.from('Done, the parser is fixed.\n'),
      ]),
      '.md',
    );
    expect(await detectFormat(f)).toBe('aider-history');
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([{ file: f, line: 5, reason: 'invalid-utf8; line skipped' }]);
    expect(sessions[0]!.events.map((e) => e.kind)).toEqual(['user_prompt', 'assistant_text']);
  });

  it('skips an invalid UTF-8 line with its line number', async () => {
    const f = tmp(
      Buffer.concat([
        Buffer.from(`${CODEX_META}\n`),
        Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
        Buffer.from(`${CODEX_PROMPT}\n`),
      ]),
    );
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([{ file: f, line: 2, reason: 'invalid UTF-8; line skipped' }]);
    expect(sessions[0]!.events.map((e) => e.origin.line)).toEqual([3]);
  });

  it('handles CRLF line endings and a byte-order mark', async () => {
    const f = tmp(`\uFEFF${CODEX_META}\r\n${CODEX_PROMPT}\r\n`);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([]);
    expect(sessions[0]!.id).toBe('abc');
    expect(sessions[0]!.events[0]).toMatchObject({ kind: 'user_prompt', text: 'hello', origin: { line: 2 } });
  });

  it('skips a line longer than the cap without buffering it, and keeps reading', async () => {
    const huge = `{"type":"user","sessionId":"s1","message":{"role":"user","content":"${'x'.repeat(MAX_LINE_BYTES + 10)}"}}`;
    const f = tmp(`${CLAUDE_USER}\n${huge}\n${CLAUDE_USER.replace('hi there', 'after the huge line')}\n`);
    const before = process.memoryUsage().rss;
    const { sessions, issues } = await readAll(f);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2 });
    expect(issues[0]!.reason).toMatch(/exceeds the line cap/);
    expect(sessions[0]!.events.map((e) => (e.kind === 'user_prompt' ? e.text : ''))).toEqual(['hi there', 'after the huge line']);
    // The 32 MB line was streamed past, not held: growth stays well under its size twice over.
    expect(process.memoryUsage().rss - before).toBeLessThan(2 * MAX_LINE_BYTES);
  });

  it('reads a JSON array cut off mid-element: complete elements are kept, the cut is reported', async () => {
    const full = readFileSync(fixture('managed-agents/sesn_011CZdemo.json'), 'utf8');
    const cut = full.slice(0, full.indexOf('"sevt_05"') + 4);
    const f = tmp(cut, '.json');
    const { sessions, issues } = await readAll(f);
    expect(sessions[0]!.events.map((e) => e.kind)).toEqual(['user_prompt', 'assistant_text', 'tool_call', 'tool_result']);
    expect(issues.some((i) => /truncated/.test(i.reason) && i.line !== undefined)).toBe(true);
  });

  it('never writes to its input files', async () => {
    const file = fixture('claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl');
    const f = tmp(readFileSync(file));
    chmodSync(f, 0o444);
    const before = statSync(f);
    const { sessions } = await readAll(f);
    expect(sessions).toHaveLength(1);
    const after = statSync(f);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(f).equals(readFileSync(file))).toBe(true);
  });

  it('reports an unreadable path instead of throwing', async () => {
    const { sessions, issues } = await readAll(join(dir, 'does-not-exist.jsonl'));
    expect(sessions).toEqual([]);
    // The file could not be read: its format is not the problem.
    expect(issues[0]!.reason).toMatch(/^cannot open: ENOENT/);
  });
});

/** Reads a file and checks the invariants bad input must never break. */
async function readChecked(f: string): Promise<{ sessions: Session[]; issues: ReadIssue[] }> {
  const sessions: Session[] = [];
  const issues: ReadIssue[] = [];
  for await (const s of readTranscriptFile(f, { onIssue: (i) => issues.push(i) })) sessions.push(s);
  for (const i of issues) {
    expect(i.file).toBe(f);
    expect(i.reason.length).toBeGreaterThan(0);
    if (i.line !== undefined) expect(i.line).toBeGreaterThanOrEqual(1);
  }
  for (const s of sessions) s.events.forEach((e, k) => expect(e.seq).toBe(k));
  return { sessions, issues };
}

describe('fuzz: nothing throws, problems are reported with file:line', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('.jsonl', '.json', '.md', '.traj'), async (bytes, ext) => {
        await readChecked(tmp(Buffer.from(bytes), ext));
      }),
      { numRuns: 150 },
    );
  });

  it('valid sessions with lines cut, corrupted or replaced by invalid UTF-8', async () => {
    const lines = readFileSync(fixture('claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl'), 'utf8').trimEnd().split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(lines.length - 1), how: fc.constantFrom('cut', 'garbage', 'utf8', 'drop') }), { maxLength: 6 }),
        fc.boolean(),
        async (edits, truncateEnd) => {
          const out: Buffer[] = lines.map((l) => Buffer.from(l));
          const broken = new Set<number>();
          for (const e of edits) {
            const l = lines[e.at]!;
            if (e.how === 'cut') out[e.at] = Buffer.from(l.slice(0, Math.floor(l.length / 2)));
            else if (e.how === 'garbage') out[e.at] = Buffer.from(`${l.slice(0, 10)}}}{{`);
            else if (e.how === 'utf8') out[e.at] = Buffer.concat([Buffer.from(l.slice(0, 20)), Buffer.from([0xc3, 0x28])]);
            else out[e.at] = Buffer.from('');
            if (e.how === 'drop') broken.delete(e.at + 1);
            else broken.add(e.at + 1);
          }
          let body = Buffer.concat(out.flatMap((b) => [b, Buffer.from('\n')]));
          if (truncateEnd) body = body.subarray(0, body.length - 25);
          const f = tmp(body);
          const { issues } = await readChecked(f);
          // Every corrupted line that still has content after truncation is reported at its own line.
          const reported = new Set(issues.map((i) => i.line));
          const finalLines = body.toString('latin1').split('\n');
          for (const line of broken) if (finalLines[line - 1]?.trim()) expect(reported.has(line)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('random JSON values as JSONL lines and as arrays', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 20 }), fc.boolean(), async (values, asArray) => {
        const body = asArray ? JSON.stringify(values, null, 1) : values.map((v) => JSON.stringify(v)).join('\n');
        await readChecked(tmp(body ?? '', asArray ? '.json' : '.jsonl'));
      }),
      { numRuns: 150 },
    );
  });

  it('random records shaped like each format', async () => {
    const shaped = fc.oneof(
      fc.record({ type: fc.constantFrom('user', 'assistant', 'system', 'progress'), sessionId: fc.string(), message: fc.anything() }),
      fc.record({
        type: fc.constantFrom('response_item', 'event_msg', 'session_meta', 'compacted'),
        payload: fc.anything(),
        timestamp: fc.string(),
      }),
      fc.record({
        type: fc.constantFrom('user.message', 'agent.tool_use', 'agent.tool_result', 'user.tool_confirmation', 'session.error'),
        content: fc.anything(),
        id: fc.string(),
      }),
      fc.record({
        type: fc.constantFrom('system', 'assistant', 'user', 'result'),
        session_id: fc.string(),
        subtype: fc.string(),
        message: fc.anything(),
      }),
      fc.record({ role: fc.constantFrom('user', 'assistant', 'tool', 'system'), content: fc.anything(), tool_calls: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(shaped, { minLength: 1, maxLength: 15 }), async (records) => {
        await readChecked(tmp(records.map((r) => JSON.stringify(r)).join('\n')));
      }),
      { numRuns: 200 },
    );
  });

  it('the array scanner finds exactly the elements JSON.parse finds', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }), fc.boolean(), (values, pretty) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        const { spans, complete } = scanArrayElements(text);
        expect(complete).toBe(true);
        expect(spans.map((s) => JSON.parse(text.slice(s.start, s.end)))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('summaries count skipped lines for damaged files', async () => {
    const f = tmp(`${CODEX_META}\n{oops\n${CODEX_PROMPT}\n[1,2\n`);
    const [s] = await summarizeTranscripts([f]);
    expect(s).toMatchObject({ format: 'codex-rollout', sessions: 1, events: 1, skippedLines: 2 });
    expect(s!.issues.map((i) => i.line)).toEqual([2, 4]);
  });
});
