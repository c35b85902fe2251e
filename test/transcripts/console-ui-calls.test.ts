/**
 * What later Claude Code terminal UIs draw for things the session file records structurally, read from console
 * captures as the session file would be: the person's rejection of a call with the words they typed ("Tool use rejected
 * with user message: …"), MCP tools drawn as "server - tool (MCP)(…)", a plugin's agent (`plugin:agent(…)`), a subagent
 * call followed by the model it runs on, and the person's answers to the agent's questions. Captures are written here,
 * in the UI's layout, with wording of our own and several variants of each shape.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'console-ui-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
/** A capture: the banner line, then the given lines. */
async function read(lines: string[]) {
  const f = join(dir, `capture-${++n}.txt`);
  writeFileSync(f, [' ▐▛███▜▌   Claude Code v2.1.70', '', ...lines, ''].join('\n'));
  expect(await detectFormat(f)).toBe('claude-code-console');
  const { sessions, issues } = await readAll(f);
  expect(issues).toEqual([]);
  return sessions[0]!;
}

describe('the person rejecting a call in the terminal UI', () => {
  const variants = [
    { call: '⏺ Bash(npm run build)', said: ['Use pnpm instead of npm'] },
    { call: '⏺ Bash(pip install httpx)', said: ['no, install it with uv and keep pip out of it'] },
    { call: '⏺ Update(src/app/layout.tsx)', said: ["don't touch the layout, the header lives in", 'components/Header.tsx'] },
    { call: '⏺ Write(docs/notes.md)', said: ['we keep notes in the wiki, not in the repo'] },
  ];
  for (const v of variants)
    it(`is a denial carrying their words, not a result: ${v.call}`, async () => {
      const s = await read([
        '❯ get this working',
        '',
        v.call,
        `  ⎿  Tool use rejected with user message: ${v.said[0]}`,
        ...v.said.slice(1).map((l) => `     ${l}`),
        '',
        '⏺ Understood.',
      ]);
      const [denial] = ofKind(s, 'permission_denial');
      expect(denial?.text).toBe(v.said.join('\n'));
      // Known by the UI's wording alone (a command's output could print that line): its words vouch for nothing.
      expect(denial?.unverified).toBe(true);
      expect(denial?.callId).toBe(ofKind(s, 'tool_call')[0]!.callId);
      expect(ofKind(s, 'tool_result')).toEqual([]);
    });

  it('is a denial with no words when none were typed', async () => {
    const s = await read(['❯ clean up', '', '⏺ Bash(rm -rf dist)', '  ⎿  Tool use rejected', '', '⏺ I will leave dist alone.']);
    expect(ofKind(s, 'permission_denial').map((d) => d.text)).toEqual(['']);
    expect(ofKind(s, 'tool_result')).toEqual([]);
  });

  it("stays a command's output when the words are not the result's first (a log that quotes them)", async () => {
    const s = await read([
      '❯ what did the hook log say?',
      '',
      '⏺ Bash(tail -2 .claude/hook.log)',
      '  ⎿  12:01 PreToolUse Bash ok',
      '     12:02 Tool use rejected with user message: use make',
    ]);
    expect(ofKind(s, 'permission_denial')).toEqual([]);
    expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([true]);
  });
});

describe('calls the later UI draws in its own way', () => {
  it('reads MCP tools drawn as "server - tool (MCP)" as calls named as the session file names them', async () => {
    const s = await read([
      '❯ file a ticket and look up the router docs',
      '',
      '⏺ linear - create_issue (MCP)(title: "Checkout throws on empty cart", team:',
      '                             "web")',
      '  ⎿  {',
      '       "id": "WEB-311"',
      '     … +12 lines (ctrl+o to expand)',
      '',
      '⏺ context7 - resolve-library-id (MCP)(libraryName: "react-router")',
      '  ⎿  Error: rate limited',
    ]);
    expect(ofKind(s, 'tool_call').map((c) => c.name)).toEqual(['mcp__linear__create_issue', 'mcp__context7__resolve-library-id']);
    expect(ofKind(s, 'tool_result').map((r) => [r.toolName, r.ok])).toEqual([
      ['mcp__linear__create_issue', true],
      ['mcp__context7__resolve-library-id', false],
    ]);
    expect(ofKind(s, 'assistant_text')).toEqual([]);
  });

  it("reads a subagent named with its model, and a plugin's agent, as calls", async () => {
    const s = await read([
      '❯ why is login slow?',
      '',
      '⏺ Explore(Trace the login request) Haiku 4.5',
      '  ⎿  Done (12 tool uses · 30.1k tokens · 41s)',
      '',
      '⏺ Task(Profile the auth middleware) Sonnet 4',
      '  ⎿  Done (4 tool uses · 9.0k tokens · 12s)',
      '',
      '⏺ feature-dev:code-reviewer(Review the fix)',
      '  ⎿  Done (8 tool uses · 20.4k tokens · 33s)',
    ]);
    expect(ofKind(s, 'tool_call').map((c) => c.name)).toEqual(['Explore', 'Task', 'feature-dev:code-reviewer']);
    expect(ofKind(s, 'tool_result')).toHaveLength(3);
    expect(ofKind(s, 'assistant_text')).toEqual([]);
  });

  it("reads the person's answers to the agent's questions as that tool's call and result, not as prose or a turn", async () => {
    const s = await read([
      '❯ add a database',
      '',
      "⏺ User answered Claude's questions:",
      '  ⎿  · Which database should the service use? → Postgres',
      '     · Run migrations on start? → No',
      '',
      '⏺ Setting up Postgres.',
    ]);
    expect(ofKind(s, 'tool_call').map((c) => c.name)).toEqual(['AskUserQuestion']);
    expect(ofKind(s, 'tool_result')[0]?.text).toContain('→ Postgres');
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['add a database']);
    expect(ofKind(s, 'assistant_text').map((a) => a.text)).toEqual(['Setting up Postgres.']);
  });

  it('keeps prose that only looks like a call as prose', async () => {
    const s = await read([
      '❯ explain',
      '',
      '⏺ Done: updated config(s) and the README (see below)',
      '',
      '⏺ The helper formatDate(d) is pure.',
      '',
      '⏺ Note - this (MCP) server is optional',
    ]);
    expect(ofKind(s, 'tool_call')).toEqual([]);
    expect(ofKind(s, 'assistant_text')).toHaveLength(3);
  });
});
