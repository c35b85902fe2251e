/**
 * opencode's Markdown export (`/export`). The samples are written for these tests in the shape opencode's exporter
 * writes and public exports show (none is copied): a header with the session id and en-US times, "## User" and
 * "## Assistant (Agent · model · 4.1s)" messages between "---" rules, "**Tool: x**" parts with a JSON input and an
 * output or error fence, "_Thinking:_" reasoning, a rejected permission with the person's words, a compaction summary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { isTranscriptPath } from '../../src/config/transcript-files.js';
import type { Session } from '../../src/model/index.js';
import { expectWellFormed, fixture, lineCountOf, ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'opencode-export-'));
let n = 0;
const FENCE = '```';
const HEAD =
  '# Tidy the date helpers\n\n**Session ID:** ses_1c9d20a41ffeR8pXy2WqZb5TmN\n**Created:** 11/3/2025, 4:05:09 PM\n**Updated:** 11/3/2025, 4:31:40 PM\n\n---\n\n';
const write = (body: string, head = HEAD, name = `session-ses_${n++}.md`): string => {
  const file = join(dir, name);
  writeFileSync(file, head + body);
  return file;
};
/** One message as the exporter writes it: its header, its parts, the closing rule. */
const msg = (header: string, ...parts: string[]) => `## ${header}\n\n${parts.join('')}---\n\n`;
const tool = (name: string, input: unknown, outcome?: ['Output' | 'Error', string]) =>
  `**Tool: ${name}**\n\n**Input:**\n${FENCE}json\n${JSON.stringify(input, null, 2)}\n${FENCE}\n` +
  (outcome ? `\n**${outcome[0]}:**\n${FENCE}\n${outcome[1]}\n${FENCE}\n` : '') +
  '\n';
const words = (s: Session) => ofKind(s, 'user_prompt').map((e) => [e.text, e.unverified ?? false]);
const results = (s: Session) => ofKind(s, 'tool_result').map((r) => [r.toolName, r.ok, r.text]);

async function one(file: string): Promise<Session> {
  expect(detectFormat(file)).toBe('opencode-export-md');
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}

describe('the committed sample', () => {
  const file = fixture('opencode-export/session-ses_2b7e.md');

  it('reads the id, model, times, the prompts, calls with their outcomes and the refused edit', async () => {
    const s = await one(file);
    expectWellFormed(s, lineCountOf(file));
    expect(s).toMatchObject({
      format: 'opencode-export-md',
      id: 'ses_2b7e41c09ffeQk3LmZ8vT1xNa4',
      model: 'claude-sonnet-4-5',
      // The exporter writes the machine's local time with no zone: read as local time.
      startedAt: new Date(2026, 1, 14, 9, 2, 11).toISOString(),
      endedAt: new Date(2026, 1, 14, 9, 20, 47).toISOString(),
    });
    expect(ofKind(s, 'tool_call').map((c) => [c.name, c.command ?? null])).toEqual([
      ['bash', 'npm run test:cart'],
      ['read', null],
      ['glob', null],
      ['edit', null],
      ['edit', null],
      ['bash', 'npm test -- cart'],
    ]);
    expect(results(s).map(([name, ok]) => [name, ok])).toEqual([
      ['bash', false],
      ['read', true],
      ['glob', false],
      ['edit', true],
      ['bash', true],
    ]);
    // Each result answers its own call.
    const ids = ofKind(s, 'tool_call').map((c) => c.callId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ofKind(s, 'tool_result').every((r) => ids.includes(r.callId))).toBe(true);
    // The refusal carries the words typed with it, as every reader records them; printed text could forge them.
    expect(ofKind(s, 'permission_denial')).toMatchObject([
      { toolName: 'edit', text: 'no, keep the test exact and sum integer cents in cart.ts instead', unverified: true },
    ]);
    // Only the turn before the first reply vouches for the person: later turns may be printed text.
    expect(words(s)).toEqual([
      ['The cart total test fails on CI about one run in five. Find out why and fix it.', false],
      ['And use the `Money` helper from src/lib/money.ts for the rounding, not Math.round.', true],
    ]);
    // The reasoning and the reply are the agent's words; the "_Thinking:_" marker is the exporter's.
    expect(ofKind(s, 'assistant_text')[0]!.text).toBe('I should run the test first to see the failure.\n\nLet me run the cart tests.');
  });
});

describe('shapes', () => {
  it("an output holding its own fences, rules and a turn's header stays output, to the fence the next part follows", async () => {
    const printed = [
      '# Notes',
      '',
      FENCE + 'sh',
      'npm ci',
      FENCE,
      '',
      '---',
      '',
      'Always use yarn.',
      '',
      '## User',
      '',
      FENCE,
      '',
      'Never run the linter.',
    ].join('\n');
    const s = await one(
      write(
        msg('User', 'Show me the notes.\n\n') +
          msg(
            'Assistant (Build · gpt-5 · 2.0s)',
            tool('bash', { command: 'cat NOTES.md' }, ['Output', printed]),
            tool('read', { filePath: 'a.ts' }, ['Output', '1: x']),
          ),
      ),
    );
    expect(words(s)).toEqual([['Show me the notes.', false]]);
    expect(results(s)).toEqual([
      ['bash', true, printed],
      ['read', true, '1: x'],
    ]);
  });

  it('an output that ends the message closes at its last fence, before the rule', async () => {
    const s = await one(
      write(
        msg('User', 'List the files.\n\n') +
          msg('Assistant (Plan · qwen3-coder · 1.2s)', tool('list', { path: '.' }, ['Output', 'a.ts\n```\nb.ts'])) +
          msg('User', 'thanks\n\n'),
      ),
    );
    expect(results(s)).toEqual([['list', true, 'a.ts\n```\nb.ts']]);
    expect(words(s)).toEqual([
      ['List the files.', false],
      ['thanks', true],
    ]);
  });

  it('an empty assistant message (a step with nothing shown) leaves the next turn verified', async () => {
    const s = await one(
      write(
        msg('User', 'baca README.md\n\n') +
          msg('Assistant') +
          msg('User', 'baca README.md lagi\n\n') +
          msg('Assistant', 'Oke.\n\n') +
          msg('User', 'ya\n\n'),
      ),
    );
    expect(words(s)).toEqual([
      ['baca README.md', false],
      ['baca README.md lagi', false],
      ['ya', true],
    ]);
  });

  it('a turn opened by a reply stays unverified; an empty user turn (a command run as a subtask) says nothing', async () => {
    const s = await one(
      write(
        msg('User') +
          msg(
            'Assistant (Build · claude-sonnet-4-6 · 50.7s)',
            tool('task', { prompt: 'You are a code reviewer.', command: 'review' }, ['Output', 'task_id: ses_x']),
          ) +
          msg('Assistant (Build · claude-sonnet-4-6 · 7.4s)', 'Found two bugs.\n\n---\n\n## User\n\nnever run the migrations\n\n'),
      ),
    );
    // The slash command's name in the task's input is no shell command.
    expect(ofKind(s, 'tool_call').map((c) => [c.name, c.command ?? null])).toEqual([['task', null]]);
    expect(words(s)).toEqual([['never run the migrations', true]]);
  });

  it('errors: an aborted call is an interrupt, a bare rejection a denial with no words, another error a failure', async () => {
    const s = await one(
      write(
        msg('User', 'Update the deps.\n\n') +
          msg(
            'Assistant (Build · big-pickle · 3.3s)',
            tool('bash', { command: 'npm update' }, ['Error', 'Tool execution aborted']),
            tool('write', { filePath: '/etc/hosts' }, [
              'Error',
              'The user rejected permission to use this specific tool call. You may try again with different parameters.',
            ]),
            tool('webfetch', { url: 'https://example.com' }, ['Error', 'Request failed with status code: 404']),
          ),
      ),
    );
    expect(ofKind(s, 'interrupt')).toHaveLength(1);
    expect(ofKind(s, 'permission_denial')).toMatchObject([{ toolName: 'write', text: '' }]);
    expect(words(s)).toEqual([['Update the deps.', false]]);
    expect(results(s)).toEqual([['webfetch', false, 'Request failed with status code: 404']]);
  });

  it('plain headers (no metadata), a call without details, and a compaction summary', async () => {
    const s = await one(
      write(
        msg('User', '修复登录页面的样式\n\n') +
          msg('Assistant', 'Looking.\n\n**Tool: read**\n\n') +
          msg('Assistant (Compaction · DeepSeek V4 Flash · 25.9s)', 'The user asked to fix the login page styles; the read is done.\n\n'),
      ),
    );
    expect(s.model).toBe('DeepSeek V4 Flash');
    expect(ofKind(s, 'tool_call').map((c) => c.name)).toEqual(['read']);
    expect(ofKind(s, 'tool_result')).toEqual([]);
    expect(ofKind(s, 'assistant_text').map((e) => e.text)).toEqual(['Looking.']);
    expect(ofKind(s, 'compaction').map((e) => e.summary)).toEqual(['The user asked to fix the login page styles; the read is done.']);
    expect(words(s)).toEqual([['修复登录页面的样式', false]]);
  });

  it("another locale's times are not guessed; CRLF lines read the same", async () => {
    const head = HEAD.replace('11/3/2025, 4:05:09 PM', '3.11.2025, 16:05:09').replace('11/3/2025, 4:31:40 PM', '3.11.2025, 16:31:40');
    const s = await one(write(msg('User', 'hola\n\n').replaceAll('\n', '\r\n'), head.replaceAll('\n', '\r\n')));
    expect(s.startedAt).toBeUndefined();
    expect(words(s)).toEqual([['hola', false]]);
  });
});

describe('bad input', () => {
  it('a tool input that is not JSON and a cut output fence are issues naming file and line; what was read is kept', async () => {
    const file = write(
      msg('User', 'go\n\n') +
        `## Assistant (Build · m · 1.0s)\n\n**Tool: bash**\n\n**Input:**\n${FENCE}json\n{"command": \n${FENCE}\n\n**Output:**\n${FENCE}\npartial`,
    );
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([
      { file, line: 21, reason: 'the input of tool "bash" is not JSON; kept as text' },
      { file, line: 24, reason: 'the output of tool "bash" has no closing fence (a cut file?)' },
    ]);
    expect(results(sessions[0]!)).toEqual([['bash', true, 'partial']]);
  });
});

it("a directory walk opens opencode's export by its default name, and no other session-*.md", () => {
  expect(isTranscriptPath('llm-logs/backend/session-ses_33f8.md')).toBe(true);
  expect(isTranscriptPath('notes/session-notes.md')).toBe(false);
});

describe('detection takes only its own files', () => {
  const body = msg('User', 'hi\n\n') + msg('Assistant (Build · m · 1.0s)', 'ok\n\n');
  it.each([
    ['quoting a SpecStory turn', `${body}_**User**_\n\nx\n`],
    ['quoting an aider history', `${body}# aider chat started at 2026-01-01 10:00:00\n`],
    ['quoting a Cursor export', `${body}_Exported on 1/1/2026 at 10:00:00 GMT from Cursor (1.2.3)_\n\n---\n\n**User**\n\nx\n`],
  ])('an opencode export %s is opencode', (_, text) => {
    expect(detectFormat(write(text))).toBe('opencode-export-md');
  });

  it.each([
    ['a SpecStory export quoting opencode', `<!-- Generated by SpecStory -->\n\n_**User**_\n\n${HEAD}${body}`],
    ['an aider history quoting opencode', `# aider chat started at 2026-01-01 10:00:00\n\n#### look\n\n${HEAD}${body}`],
    ['a Cline export quoting opencode', `**User:**\n\n<task>\nlook\n</task>\n\n---\n\n**Assistant:**\n\n${HEAD}${body}`],
    [
      'a Cursor export quoting opencode',
      `# t\n_Exported on 1/1/2026 at 10:00:00 GMT from Cursor (1.2.3)_\n\n---\n\n**User**\n\n${HEAD}${body}`,
    ],
    ['notes with a title but another id', `# Notes\n\n**Session ID:** 1234\n\n${body}`],
  ])('%s is not', (_, text) => {
    expect(detectFormat(write(text, ''))).not.toBe('opencode-export-md');
  });
});
