/**
 * The Claude Code reader leaves large `toolUseResult` copies out of a line before decoding it. Nothing
 * it reads may be lost: a transcript reads to the same sessions and the same issues with the raw-line
 * hook as with every line decoded whole, on hand-made traps and on every real Claude Code transcript.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { fileStem } from '../../src/transcripts/builder.js';
import type { LineReadOptions } from '../../src/transcripts/lines.js';
import { claudeCodeRawLine, readClaudeCode } from '../../src/transcripts/readers/claude-code.js';
import { repoRoot } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-slim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sessions and issues of a file, as JSON, read with the given line options. */
function read(file: string, lineOpts: LineReadOptions): string {
  const issues: unknown[] = [];
  const builders = readClaudeCode({
    file,
    display: file,
    issue: (line, reason) => issues.push({ line, reason }),
    logger: silentLogger,
    lineOpts: { ...lineOpts, onHash: () => {} },
  });
  return JSON.stringify({ sessions: builders.map((b) => b.build('hash', fileStem(file))), issues });
}

const whole: LineReadOptions = { rawLine: () => 'whole' };
const hooked: LineReadOptions = {};

const base = (n: number) => ({
  parentUuid: `u${n - 1}`,
  isSidechain: false,
  cwd: '/w',
  sessionId: 'sess-slim',
  gitBranch: 'main',
  uuid: `u${n}`,
  timestamp: `2026-01-01T00:00:${String(n).padStart(2, '0')}Z`,
});
const output = (tag: string) => `${tag}\n${'src/a.ts:12: expected "x" got \\"y\\" → ü\n'.repeat(20)}`;
const call = (n: number, id: string, name: string, input: Record<string, unknown>) => ({
  ...base(n),
  type: 'assistant',
  message: { id: `m${n}`, role: 'assistant', content: [{ type: 'tool_use', id, name, input }] },
});
const result = (n: number, id: string, content: unknown, isError: boolean, toolUseResult?: unknown) => ({
  ...base(n),
  type: 'user',
  message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content, ...(isError ? { is_error: true } : {}) }] },
  ...(toolUseResult !== undefined ? { toolUseResult } : {}),
  sourceToolAssistantUUID: `u${n - 1}`,
});
const REJECTION =
  "The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, the new_string was NOT written to the file). To tell you how to proceed, the user said:\nrun the linter first";

/** Lines with every shape of toolUseResult the reader reads something of, and the traps around it. */
function trapLines(): string[] {
  const recs: unknown[] = [
    { ...base(1), type: 'user', message: { role: 'user', content: 'run the tests' } },
    call(2, 't1', 'Bash', { command: 'npm test' }),
    result(3, 't1', output('ok'), false, { stdout: output('ok'), stderr: '', interrupted: false }),
    call(4, 't2', 'Bash', { command: 'npm run build' }),
    result(5, 't2', `Exit code 1\n${output('fail')}`, true, `Error: Exit code 1\n${output('fail')}`),
    call(6, 't3', 'Edit', { file_path: 'a.ts' }),
    // The user's rejection: the harness's marker is the line's toolUseResult.
    result(7, 't3', REJECTION, true, 'User rejected tool use'),
    call(8, 't4', 'Edit', { file_path: 'b.ts' }),
    // A tool's failure worded like a rejection: its long toolUseResult string is not the marker.
    result(9, 't4', REJECTION, true, `Error: ${REJECTION}\n${'x'.repeat(400)}`),
    call(10, 't5', 'Task', { description: 'review', prompt: 'review the diff' }),
    // A subagent's result names it: its agentId, description and prompt are read.
    result(11, 't5', output('agent'), false, { agentId: 'a1b2', description: 'review', prompt: 'p'.repeat(600), content: output('agent') }),
    call(12, 't6', 'Bash', { command: 'cat log.jsonl' }),
    // Tool output quoting transcript lines: the keys sit in a string, escaped.
    result(13, 't6', `{"type":"progress","toolUseResult":{"agentId":"zz"}}\n${output('log')}`, false, {
      stdout: `{"type":"progress","toolUseResult":"User rejected tool use"}\n${output('log')}`,
    }),
    { ...base(14), type: 'progress', data: { type: 'bash_progress', output: output('tick') }, toolUseID: 't6' },
    call(15, 't7', 'Read', { file_path: 'c.ts' }),
    // A nested key of the same name, inside the message, and the top-level one after it.
    result(16, 't7', [{ type: 'text', text: output('read') }], false, { file: { content: output('c'), toolUseResult: { a: 1 } } }),
    call(21, 't11', 'Bash', { command: 'rm -rf build' }),
    // A permission rule's denial: the harness writes a string toolUseResult, long here.
    result(22, 't11', 'Permission to use Bash has been denied.', true, `Error: ${'denied by rule. '.repeat(30)}`),
    call(17, 't10', 'mcp__db__query', { sql: 'select 1' }),
    // A tool's failure whose text opens like the harness's interrupt: its object toolUseResult says a tool ran.
    result(18, 't10', `[Request interrupted by user for tool use]\n${output('mcp')}`, true, { stdout: output('mcp'), interrupted: true }),
  ];
  const lines = recs.map((r) => JSON.stringify(r));
  const slimmable = JSON.stringify(result(19, 't8', output('cut'), false, { stdout: output('cut') }));
  // Damage: a line cut inside its toolUseResult, glued to the next; a comma missing before the member.
  lines.push(slimmable.slice(0, slimmable.length - 200) + slimmable);
  lines.push(slimmable.replace(',"toolUseResult":', '"toolUseResult":'));
  lines.push(JSON.stringify(result(20, 't9', output('end'), false, { stdout: output('end') })).slice(0, -90));
  return lines;
}

describe('Claude Code lines read with toolUseResult copies left out', () => {
  it('slims the result copies it reads only the shape of, and reads whole what it reads more of', () => {
    const lines = trapLines();
    const choice = (i: number) => {
      const r = claudeCodeRawLine(Buffer.from(lines[i]!), 0, Buffer.byteLength(lines[i]!));
      return typeof r === 'string' ? r : 'slim';
    };
    expect([2, 4, 6, 8, 10, 12, 13, 15, 17].map(choice)).toEqual([
      'slim',
      'slim',
      'whole',
      'slim',
      'whole',
      'slim',
      'drop',
      'whole',
      'slim',
    ]);
  });

  it('reads the traps to the same sessions and issues as whole lines, LF or CRLF, in any chunk size', () => {
    for (const eol of ['\n', '\r\n']) {
      const file = join(dir, `traps${eol.length}.jsonl`);
      writeFileSync(file, '\ufeff' + trapLines().join(eol));
      const expected = read(file, whole);
      expect(expected).toContain('subagent_link');
      expect(expected).toContain('permission_denial');
      expect(JSON.parse(expected).issues).toHaveLength(3);
      expect(read(file, hooked)).toBe(expected);
      for (const chunkBytes of [4096, 1 << 16]) expect(read(file, { chunkBytes })).toBe(expected);
    }
  });

  const corpus = resolve(repoRoot, '../shared/corpus');
  const real = ['spotter_claude_code', 'session_share_claude_code'].map((d) => join(corpus, d)).filter((d) => existsSync(d));
  it.skipIf(real.length === 0)('reads every real Claude Code transcript to the same sessions and issues as whole lines', () => {
    let files = 0;
    for (const d of real)
      for (const f of readdirSync(d, { recursive: true, encoding: 'utf8' })) {
        if (!f.endsWith('.jsonl')) continue;
        const file = join(d, f);
        expect(read(file, hooked), file).toBe(read(file, whole));
        files++;
      }
    expect(files).toBeGreaterThan(5);
  });
});
