/**
 * The ingestion health report over real reads of files on disk: counts per source and format,
 * skips by reason, unknown record types, and warnings that name a likely cause.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HealthCollector, summarizeTranscripts } from '../../src/transcripts/index.js';
import { formatHealthMarkdown } from '../../src/transcripts/health-text.js';
import { fixture } from './helpers.js';
import { readTranscriptFile } from '../../src/transcripts/read.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-health-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function healthOf(groups: [string, string[]][]) {
  const health = new HealthCollector();
  for (const [source, files] of groups) await summarizeTranscripts(files, { health, source });
  return health.report();
}

describe('ingestion health', () => {
  it('counts per source and format, and groups skipped files by reason', async () => {
    const notes = join(dir, 'notes.md');
    writeFileSync(notes, '# Meeting notes\n\nNothing to see.\n');
    const csv = join(dir, 'table.txt');
    writeFileSync(csv, 'a,b\n1,2\n');
    const report = await healthOf([
      ['repo', [fixture('mini-swe-agent/acme__slug-12.traj.json'), notes, csv, fixture('bad/empty.jsonl')]],
      ['artifacts', [fixture('gemini/session-2026-02-02T08-00-3c2b1a09.json')]],
    ]);
    expect(report.formats.map((r) => [r.source, r.format, r.filesFound, r.filesRead, r.sessions, r.toolCalls, r.toolErrors])).toEqual([
      ['artifacts', 'gemini-cli-chat', 1, 1, 1, 3, 2],
      ['repo', 'mini-swe-agent-traj', 1, 1, 1, 6, 2],
      ['repo', 'unknown', 3, 0, 0, 0, 0],
    ]);
    const unknown = report.formats.find((r) => r.format === 'unknown')!;
    expect(Object.values(unknown.skipped).reduce((a, b) => a + b, 0)).toBe(3);
    expect(Object.keys(unknown.skipped)).toEqual(
      expect.arrayContaining([
        'empty file',
        expect.stringMatching(/^markdown file in none of the text formats read here$/),
        expect.stringMatching(/^text file, not JSON/),
      ]),
    );
    expect(report.totals).toEqual({ filesFound: 5, filesRead: 2, filesSkipped: 3, sessions: 2, toolCalls: 9, toolErrors: 4 });
    expect(report.warnings).toEqual([]);
  });

  it('warns about zero sessions, naming the commonest skip reason', async () => {
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    writeFileSync(a, 'just prose\n');
    writeFileSync(b, 'more prose\n');
    const report = await healthOf([['repo', [a, b]]]);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^no sessions read from 2 file\(s\): most were skipped as "markdown file in none of the text formats read here" \(2\)$/,
      ),
    ]);
    expect((await healthOf([])).warnings).toEqual([expect.stringContaining('no transcript file was found')]);
  });

  it('warns when a format that records tool calls yields sessions without any', async () => {
    // A mini-swe-agent run whose actions were not in bash blocks: tool-less, and said so.
    const quiet = join(dir, 'quiet.traj.json');
    writeFileSync(
      quiet,
      JSON.stringify({
        info: { exit_status: 'LimitsExceeded' },
        messages: [
          { role: 'system', content: 's' },
          { role: 'user', content: 'task' },
          { role: 'assistant', content: 'thinking only' },
        ],
        trajectory_format: 'mini-swe-agent-1',
      }),
    );
    const report = await healthOf([['repo', [quiet]]]);
    expect(report.warnings).toEqual([
      'repo: 1 mini-swe-agent-traj session(s) with no tool calls: the reader may not know this version of the format',
    ]);
  });

  it("does not report newer Claude Code's mode records and hook output as unknown", async () => {
    const f = join(dir, 'modes.jsonl');
    const base = { sessionId: 'm-1', cwd: '/w', version: '2.1.200', timestamp: '2026-07-01T10:00:00.000Z' };
    writeFileSync(
      f,
      [
        { type: 'mode', mode: 'normal', sessionId: 'm-1' },
        { type: 'permission-mode', permissionMode: 'default', sessionId: 'm-1' },
        {
          ...base,
          type: 'attachment',
          uuid: 'a1',
          parentUuid: null,
          attachment: { type: 'hook_success', hookName: 'SessionStart', stdout: 'ok' },
        },
        {
          ...base,
          type: 'attachment',
          uuid: 'a2',
          parentUuid: 'a1',
          attachment: { type: 'hook_additional_context', content: ['earlier notes'] },
        },
        // 2.1.167 also records the message a SessionStart hook shows the person (round 10, a memory plugin's index).
        {
          ...base,
          type: 'attachment',
          uuid: 'a2b',
          parentUuid: 'a2',
          attachment: { type: 'hook_system_message', content: 'recent context: always trust this index', hookEvent: 'SessionStart' },
        },
        { ...base, type: 'user', uuid: 'u1', parentUuid: 'a2b', message: { role: 'user', content: 'rename the module' } },
        { ...base, type: 'attachment', uuid: 'a3', parentUuid: 'u1', attachment: { type: 'some_future_attachment' } },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    // Only the truly unknown attachment is reported.
    expect(report.formats[0]!.unknownTypes).toEqual({ 'attachment:some_future_attachment': 1 });
  });

  it('the harness context newer Claude Code attaches (a changed file, the skills on offer) is known and never read as words', async () => {
    // A resumed 2.1 session in round 9 warned of attachment:edited_text_file (the lines around an edit made to a file
    // the agent had read, here its CLAUDE.md); 2.1 sessions also open with a skill_listing. Values made up.
    const f = join(dir, 'context-attachments.jsonl');
    const base = { sessionId: 'c-1', cwd: '/w', version: '2.1.112', timestamp: '2026-07-02T10:00:00.000Z' };
    const attach = (uuid: string, attachment: Record<string, unknown>) => ({
      ...base,
      type: 'attachment',
      uuid,
      parentUuid: null,
      attachment,
    });
    writeFileSync(
      f,
      [
        attach('a1', { type: 'skill_listing', content: '- deploy: Ship the site when asked.', skillCount: 1, isInitial: true }),
        { ...base, type: 'user', uuid: 'u1', parentUuid: 'a1', message: { role: 'user', content: 'tidy the loader' } },
        attach('a2', { type: 'edited_text_file', filename: '/w/CLAUDE.md', snippet: '7\t- Never push to main.\n8\t- Always use uv.' }),
        attach('a3', { type: 'edited_text_file', filename: '/w/src/load.py', snippet: '1\timport os' }),
        attach('a4', { type: 'some_future_attachment' }),
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    expect(report.formats[0]!.unknownTypes).toEqual({ 'attachment:some_future_attachment': 1 });
    const sessions = [];
    for await (const s of readTranscriptFile(f)) sessions.push(s);
    const words = sessions.flatMap((s) => s.events).filter((e) => e.kind === 'user_prompt' || e.kind === 'memory_injection');
    expect(words.map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([['user_prompt', 'tidy the loader']]);
  });

  it('the session title, task reminder and what 2.1 offers the model are known and never read as words', async () => {
    // Round 10 (raw 2.1.20x sessions) warned of ai-title and attachment:task_reminder, and whole files carry the deltas
    // of deferred tools, subagent types and MCP servers' instructions the harness hands the model. None is the
    // person's. Values made up.
    const f = join(dir, 'title-and-reminder.jsonl');
    const base = { sessionId: 't-1', cwd: '/w', version: '2.1.201', timestamp: '2026-07-06T10:00:00.000Z' };
    writeFileSync(
      f,
      [
        { ...base, type: 'user', uuid: 'u1', parentUuid: null, message: { role: 'user', content: 'why does the loader hang?' } },
        { type: 'ai-title', aiTitle: 'Always use the mock loader', sessionId: 't-1' },
        {
          ...base,
          type: 'attachment',
          uuid: 'a1',
          parentUuid: 'u1',
          attachment: { type: 'task_reminder', content: [{ content: 'Never retry the loader', status: 'pending' }], itemCount: 1 },
        },
        {
          ...base,
          type: 'attachment',
          uuid: 'a2',
          parentUuid: 'a1',
          attachment: { type: 'deferred_tools_delta', addedNames: ['WebFetch'], addedLines: ['WebFetch'], removedNames: [] },
        },
        {
          ...base,
          type: 'attachment',
          uuid: 'a3',
          parentUuid: 'a2',
          attachment: { type: 'agent_listing_delta', addedTypes: ['Plan'], addedLines: ['- Plan: plans the work'], isInitial: true },
        },
        {
          ...base,
          type: 'attachment',
          uuid: 'a4',
          parentUuid: 'a3',
          attachment: { type: 'mcp_instructions_delta', addedNames: ['tides'], addedBlocks: ['## tides\nAlways cite the tide table.'] },
        },
        { ...base, type: 'attachment', uuid: 'a5', parentUuid: 'a4', attachment: { type: 'some_future_attachment' } },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    expect(report.formats[0]!.unknownTypes).toEqual({ 'attachment:some_future_attachment': 1 });
    const sessions = [];
    for await (const s of readTranscriptFile(f)) sessions.push(s);
    const words = sessions.flatMap((s) => s.events).filter((e) => e.kind === 'user_prompt' || e.kind === 'memory_injection');
    expect(words.map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([['user_prompt', 'why does the loader hang?']]);
  });

  it("a hook that failed without blocking, and auto mode's note, are known and never read as words or failures", async () => {
    // Round 12 (raw 2.1.165/2.1.168 sessions from VS Code) warned of attachment:hook_non_blocking_error (a Stop hook's
    // traceback) and attachment:auto_mode. Neither is the person's nor the agent's work. Values made up.
    const f = join(dir, 'hook-error-auto-mode.jsonl');
    const base = { sessionId: 'h-1', cwd: '/w', version: '2.1.168', timestamp: '2026-07-08T10:00:00.000Z' };
    writeFileSync(
      f,
      [
        { ...base, type: 'user', uuid: 'u1', parentUuid: null, message: { role: 'user', content: 'rename the tide loader' } },
        { ...base, type: 'attachment', uuid: 'a1', parentUuid: 'u1', attachment: { type: 'auto_mode' } },
        {
          ...base,
          type: 'attachment',
          uuid: 'a2',
          parentUuid: 'a1',
          attachment: {
            type: 'hook_non_blocking_error',
            hookName: 'Stop',
            hookEvent: 'Stop',
            stderr: 'Failed with non-blocking status code: Always run make lint before you stop\nError: lint.sh not found',
            stdout: '',
            exitCode: 1,
            command: 'sh ~/.claude/hooks/lint.sh',
          },
        },
        { ...base, type: 'attachment', uuid: 'a3', parentUuid: 'a2', attachment: { type: 'some_future_attachment' } },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    expect(report.formats[0]!.unknownTypes).toEqual({ 'attachment:some_future_attachment': 1 });
    const sessions = [];
    for await (const s of readTranscriptFile(f)) sessions.push(s);
    const events = sessions.flatMap((s) => s.events);
    expect(events.map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([['user_prompt', 'rename the tide loader']]);
  });

  it("the terminal's companion pet (companion_intro) is known and never read as words", async () => {
    // Round 19 (raw 2.1.92 sessions, a main session and an aside-question fork) warned of attachment:companion_intro:
    // the name and species of the pet Claude Code shows beside the prompt. Shape as seen there, values made up.
    const f = join(dir, 'companion.jsonl');
    const base = { sessionId: 'c-1', cwd: '/w', version: '2.1.92', timestamp: '2026-04-07T15:41:12.816Z' };
    writeFileSync(
      f,
      [
        { ...base, type: 'user', uuid: 'u1', parentUuid: null, message: { role: 'user', content: 'show the tide table' } },
        {
          ...base,
          type: 'attachment',
          uuid: 'a1',
          parentUuid: 'u1',
          attachment: { type: 'companion_intro', name: 'Pip', species: 'otter' },
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    expect(report.formats[0]!.unknownTypes).toEqual({});
    const sessions = [];
    for await (const s of readTranscriptFile(f)) sessions.push(s);
    expect(sessions.flatMap((s) => s.events).map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([
      ['user_prompt', 'show the tide table'],
    ]);
  });

  it("a skill's pre-approved tools (command_permissions) and the notice after a prompt (workflow_keyword_request) are known", async () => {
    // Round 29 (raw 2.1.159 sessions with a skills plugin) warned of both: the first follows the body a skill loads
    // (a user record marked isMeta, itself never the person's), the second a prompt, with no fields. Values made up.
    const f = join(dir, 'skill-permissions.jsonl');
    const base = { sessionId: 'k-1', cwd: '/w', version: '2.1.159', timestamp: '2026-06-01T03:43:26.129Z' };
    writeFileSync(
      f,
      [
        { ...base, type: 'user', uuid: 'u1', parentUuid: null, message: { role: 'user', content: 'plan the tide export with me' } },
        { ...base, type: 'attachment', uuid: 'a1', parentUuid: 'u1', attachment: { type: 'workflow_keyword_request' } },
        {
          ...base,
          type: 'assistant',
          uuid: 'm1',
          parentUuid: 'a1',
          message: { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'Skill', input: { skill: 'planning' } }] },
        },
        {
          ...base,
          type: 'user',
          uuid: 'u2',
          parentUuid: 'm1',
          message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Launching skill: planning' }] },
        },
        {
          ...base,
          type: 'user',
          uuid: 'u3',
          parentUuid: 'u2',
          isMeta: true,
          message: {
            role: 'user',
            content: [{ type: 'text', text: '# Planning\n\nYou MUST ask one question at a time. Never write code first.' }],
          },
        },
        { ...base, type: 'attachment', uuid: 'a2', parentUuid: 'u3', attachment: { type: 'command_permissions', allowedTools: ['Read'] } },
        { ...base, type: 'attachment', uuid: 'a3', parentUuid: 'a2', attachment: { type: 'some_future_attachment' } },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    expect(report.formats[0]!.unknownTypes).toEqual({ 'attachment:some_future_attachment': 1 });
    const sessions = [];
    for await (const s of readTranscriptFile(f)) sessions.push(s);
    const words = sessions.flatMap((s) => s.events).filter((e) => e.kind === 'user_prompt' || e.kind === 'memory_injection');
    expect(words.map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([['user_prompt', 'plan the tide export with me']]);
  });

  it("Codex's undo snapshots (ghost_snapshot) are known, a record type no reader knows is still reported", async () => {
    // Codex 0.5x-0.77 writes a ghost_snapshot after each user turn (the commit /undo goes back to); round 8 saw
    // it reported as a format the reader does not know. Shapes as the CLI writes them, values made up.
    const f = join(dir, 'rollout-2026-01-04T10-00-00-0195aaaa-0000-7000-8000-000000000001.jsonl');
    const at = (s: number) => `2026-01-04T10:00:${String(s).padStart(2, '0')}.000Z`;
    writeFileSync(
      f,
      [
        {
          timestamp: at(0),
          type: 'session_meta',
          payload: { id: '0195aaaa-0000-7000-8000-000000000001', cwd: '/w/app', originator: 'codex_cli_rs', cli_version: '0.77.0' },
        },
        {
          timestamp: at(1),
          type: 'response_item',
          payload: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'rename the module' }] },
        },
        {
          timestamp: at(2),
          type: 'response_item',
          payload: {
            type: 'ghost_snapshot',
            ghost_commit: {
              id: 'a'.repeat(40),
              parent: 'b'.repeat(40),
              preexisting_untracked_files: ['notes.md'],
              preexisting_untracked_dirs: [],
            },
          },
        },
        {
          timestamp: at(3),
          type: 'response_item',
          payload: { type: 'function_call', name: 'shell', arguments: '{"command":["bash","-lc","ls"]}', call_id: 'c1' },
        },
        {
          timestamp: at(4),
          type: 'response_item',
          payload: { type: 'function_call_output', call_id: 'c1', output: '{"output":"src\\n","metadata":{"exit_code":0}}' },
        },
        { timestamp: at(5), type: 'response_item', payload: { type: 'some_future_item' } },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const report = await healthOf([['files', [f]]]);
    expect(report.formats[0]!.format).toBe('codex-rollout');
    expect(report.formats[0]!.unknownTypes).toEqual({ 'response_item:some_future_item': 1 });
  });

  it('reports record types no reader knows, not the ones skipped on purpose', async () => {
    const report = await healthOf([['files', [fixture('claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl')]]]);
    expect(report.formats[0]!.unknownTypes).toEqual({ 'some-future-type': 1 });
    expect(report.warnings).toEqual(['files: claude-code-jsonl records of types the reader does not know: some-future-type×1']);
    const md = formatHealthMarkdown(report);
    expect(md).toContain('<summary>Ingestion health: 1 of 1 transcript files read, 1 sessions, 7 tool calls, 2 tool errors</summary>');
    expect(md).toContain('> [!WARNING]');
  });
});
