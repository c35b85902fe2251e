/**
 * GitHub Copilot CLI's `/share` Markdown export. The fixture and the files below are written from the layout of real
 * exports (title, quoted session block, `<sub>⏱️ …</sub>` + `### ` items joined by `---`, fenced outputs), not copied
 * from anyone's session.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readTranscriptFile } from '../../src/transcripts/index.js';
import { isTranscriptPath } from '../../src/config/transcript-files.js';
import { expectWellFormed, fixture, lineCountOf, ofKind, readAll } from './helpers.js';

const file = fixture('copilot-share/copilot-session-7c1e0f52-3b8a-4d6e-9f21-5a4b3c2d1e0f.md');
const F = '```';

/** An export of these items (time, header, body), with the older title block (no callout, no list dashes). */
function exportOf(items: [string, string, string][]): string {
  const head =
    '# 🤖 Copilot CLI Session\n\n> **Session ID:** `0b9a8c7d-1111-4222-8333-444455556666`\n> **Started:** 3/5/2026, 6:55:43 PM\n\n';
  return head + items.map(([t, h, body]) => `<sub>⏱️ ${t}</sub>\n\n### ${h}\n\n${body}\n`).join('\n---\n\n');
}

function tempExport(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'copilot-share-')), 'copilot-session-0b9a8c7d-1111-4222-8333-444455556666.md');
  writeFileSync(f, text);
  return f;
}

const shell = (cmd: string, out: string, icon = '✅', tool = 'bash'): [string, string, string] => [
  '10s',
  `${icon} \`${tool}\``,
  `**Run it**\n\n$ ${cmd}\n\n${F}\n${out}\n${F}\n`,
];
const poll = (tool: string, args: Record<string, unknown>, out: string, icon = '✅'): [string, string, string] => [
  '40s',
  `${icon} \`${tool}\``,
  `<details>\n<summary>Arguments</summary>\n\n${F}json\n${JSON.stringify(args, null, 2)}\n${F}\n\n</details>\n\n${F}\n${out}\n${F}\n`,
];
const running = (id: string, key = 'shellId') =>
  `<command with ${key}: ${id} is still running after 30 seconds. The command is still running. Check the output above - if it looks like the command is waiting for input, use write_bash to provide it. Otherwise, use read_bash to continue waiting for output, or stop_bash to stop it.>`;
const user = (text: string): [string, string, string] => ['1s', '👤 User', text];

describe('Copilot CLI /share export', () => {
  it('is detected by its title and read as one session named by its Session ID', async () => {
    expect(detectFormat(file)).toBe('copilot-cli-share');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: '7c1e0f52-3b8a-4d6e-9f21-5a4b3c2d1e0f', agent: 'copilot-cli', format: 'copilot-cli-share' });
    expectWellFormed(sessions[0]!, lineCountOf(file));
    // The older title block, with no callout and no list dashes, names it too.
    const older = tempExport(exportOf([user('hello there')]));
    expect(detectFormat(older)).toBe('copilot-cli-share');
    expect((await readAll(older)).sessions[0]!.id).toBe('0b9a8c7d-1111-4222-8333-444455556666');
  });

  it("reads only the person's items as the user; a turn after the model wrote is unverified", async () => {
    const s = (await readAll(file)).sessions[0]!;
    const prompts = ofKind(s, 'user_prompt');
    expect(prompts.map((p) => [p.text, p.unverified ?? false])).toEqual([
      ['run the cart tests and fix what fails', false],
      ["no, don't reach for npm in this repo: we use pnpm for everything", true],
    ]);
    // The CLI's Info note and the model's reasoning are nobody's words to learn from.
    const all = JSON.stringify(s.events);
    expect(all).not.toContain('trusted folders');
    expect(all).not.toContain('before any change');
    expect(ofKind(s, 'assistant_text').map((e) => e.text)[0]).toBe("I'll run the cart tests first.");
  });

  it('reads calls with their outcomes: the exit code the CLI appended, the ❌ of a failed call', async () => {
    const s = (await readAll(file)).sessions[0]!;
    const calls = ofKind(s, 'tool_call').filter((c) => !c.sidechain);
    expect(calls.map((c) => [c.name, c.command])).toEqual([
      ['bash', 'npm test -- cart'],
      ['bash', 'pnpm vitest run src/cart'],
      ['view', undefined],
      ['view', undefined],
      ['edit', undefined],
      ['bash', 'pnpm vitest run src/cart'],
    ]);
    expect(calls[4]!.input).toMatchObject({ path: '/home/dev/shop/src/cart/total.ts' });
    const results = ofKind(s, 'tool_result').filter((r) => !r.sidechain);
    expect(results.map((r) => [r.toolName, r.ok, r.exitCode])).toEqual([
      ['bash', false, 1],
      ['bash', false, 1], // "still running", then read_bash saw it exit 1
      ['view', true, undefined],
      ['view', false, undefined],
      ['edit', true, undefined],
      ['bash', true, 0],
    ]);
    expect(results[1]!.text).toContain('AssertionError: expected 10 to be 11');
    expect(results.every((r) => r.callId === calls[results.indexOf(r)]!.callId)).toBe(true);
  });

  it("marks a sub-agent's steps as its own, and reads no header inside a tool's output", async () => {
    const s = (await readAll(file)).sessions[0]!;
    const side = s.events.filter((e) => e.sidechain);
    expect(side.map((e) => e.kind)).toEqual(['assistant_text', 'tool_call', 'tool_result']);
    expect(JSON.stringify(ofKind(s, 'user_prompt'))).not.toContain('deploy from the laptop');
    expect(ofKind(s, 'tool_result').find((r) => r.text.includes('deploy from the laptop'))?.toolName).toBe('view');
  });

  it('settles a running shell by the poll that saw it exit, in every spelling of the notice and tool', async () => {
    const variants: { items: [string, string, string][]; cmd: string; exitCode: number }[] = [
      {
        items: [
          shell('make check', running('7')),
          poll('read_bash', { shellId: '7', delay: 30 }, 'E  1 failed\n<exited with exit code 2>'),
        ],
        cmd: 'make check',
        exitCode: 2,
      },
      // A named session, answered through write_bash (it typed "y" and the command ended).
      {
        items: [
          shell('node index.js diff a.csv b.csv', running('diff-test', 'sessionId')),
          poll('write_bash', { sessionId: 'diff-test', input: 'y{enter}', delay: 10 }, 'Diff done\n<exited with exit code 0>'),
        ],
        cmd: 'node index.js diff a.csv b.csv',
        exitCode: 0,
      },
      // Still running after the first poll, ended at the second.
      {
        items: [
          shell('cargo test', running('2')),
          poll('read_bash', { shellId: '2', delay: 60 }, `running 40 tests\n${running('2')}`),
          poll('read_bash', { shellId: '2', delay: 60 }, 'test result: FAILED\n<exited with exit code 101>'),
        ],
        cmd: 'cargo test',
        exitCode: 101,
      },
      {
        items: [
          shell('Invoke-Pester', running('4'), '✅', 'powershell'),
          poll('read_powershell', { shellId: '4' }, 'Failed: 3\n<exited with exit code 1>'),
        ],
        cmd: 'Invoke-Pester',
        exitCode: 1,
      },
    ];
    for (const v of variants) {
      const s = (await readAll(tempExport(exportOf([user('run the checks'), ...v.items])))).sessions[0]!;
      expect(ofKind(s, 'tool_call').map((c) => c.command)).toEqual([v.cmd]);
      const [r] = ofKind(s, 'tool_result');
      expect([r!.ok, r!.exitCode]).toEqual([v.exitCode === 0, v.exitCode]);
    }
  });

  it('reads the later notice "<shellId: N completed with exit code N>", the CLI\'s notification, and its footer as layout', async () => {
    const text =
      exportOf([
        user('build and check'),
        shell('ps aux | grep vite | grep -v grep', '\n<shellId: 12 completed with exit code 1>'),
        shell('npm create vite@latest .', running('3')),
        ['1m', 'ℹ️ Notification', 'Shell "Create Vite project" completed'],
        poll('read_bash', { shellId: '3', delay: 5 }, '\n<shellId: 3 completed with exit code 0>'),
        ['2m', '💬 Copilot', 'All done.'],
      ]) + '\n---\n\n<sub>Generated by [GitHub Copilot CLI](https://github.com/features/copilot/cli)</sub>\n';
    const { sessions } = await readAll(tempExport(text));
    const s = sessions[0]!;
    expect(ofKind(s, 'tool_result').map((r) => [r.ok, r.exitCode])).toEqual([
      [false, 1],
      [true, 0],
    ]);
    expect(ofKind(s, 'assistant_text').map((e) => e.text)).toEqual(['All done.']);
    expect(JSON.stringify(s.events)).not.toContain('Create Vite project');
  });

  it('settles nothing where the outcome was never seen: a stopped shell, an id the CLI no longer knew, a poll of no held shell', async () => {
    const stopped = exportOf([
      user('serve it'),
      shell('npm run dev', running('1')),
      poll('stop_bash', { shellId: '1' }, '<command with id: 1 stopped>'),
    ]);
    const s1 = (await readAll(tempExport(stopped))).sessions[0]!;
    expect(ofKind(s1, 'tool_call').map((c) => c.name)).toEqual(['bash']);
    expect(ofKind(s1, 'tool_result').map((r) => r.exitCode)).toEqual([undefined]);
    const invalid = exportOf([
      user('check git'),
      shell('git status', running('0')),
      poll(
        'read_bash',
        { shellId: '0', delay: 10 },
        'Invalid shell ID: 0. Please supply a valid shell ID to read output from.\n\n<no active shell sessions>',
        '❌',
      ),
    ]);
    const s2 = (await readAll(tempExport(invalid))).sessions[0]!;
    expect(ofKind(s2, 'tool_result').map((r) => [r.ok, r.exitCode])).toEqual([[true, undefined]]);
    // A poll whose shell was never seen running here is a call of its own, and its answer its result.
    const orphan = exportOf([user('wait for it'), poll('read_bash', { shellId: '9' }, 'done\n<exited with exit code 1>')]);
    const s3 = (await readAll(tempExport(orphan))).sessions[0]!;
    expect(ofKind(s3, 'tool_call').map((c) => c.name)).toEqual(['read_bash']);
    expect(ofKind(s3, 'tool_result').map((r) => r.exitCode)).toEqual([1]);
  });

  it('names the file and line of a fence that never closes, and keeps what came before it', async () => {
    const text = exportOf([user('build it'), ['5s', '✅ `bash`', `$ make\n\n${F}\nmake: ok\n`]]);
    const f = tempExport(text);
    const { sessions, issues } = await readAll(f);
    const line = text.split('\n').findIndex((l, i, all) => l === F && all[i - 1] === '') + 1;
    expect(issues).toEqual([{ file: f, line, reason: expect.stringContaining('never closes') }]);
    expect(ofKind(sessions[0]!, 'user_prompt').map((p) => p.text)).toEqual(['build it']);
    expect(ofKind(sessions[0]!, 'tool_call').map((c) => c.command)).toEqual(['make']);
  });

  it('does not take a fence in what the model wrote as one that hides the turns after it', async () => {
    const text = exportOf([user('explain'), ['2s', '💬 Copilot', `Here:\n\n${F}ts\nconst a = 1;\n`], user('thanks, now run the tests')]);
    const s = (await readAll(tempExport(text))).sessions[0]!;
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['explain', 'thanks, now run the tests']);
  });

  it("reads the CLI's error notes past, in either layout: the harness's words, no call's failure, no unknown item", async () => {
    for (const header of ['❌ Error', 'Error']) {
      const f = tempExport(
        exportOf([
          user('add a back button'),
          shell('npx tsc --noEmit', '\n<exited with exit code 0>'),
          ['2m', 'ℹ️ Info', 'Experimental mode is enabled.'],
          ['3m', header, "Failed to share session: Error: ENOENT: no such file or directory, open '/tmp/x/@logs/a.md'"],
          ['4m', header, 'Execution failed: request timed out'],
        ]),
      );
      const unknown: string[] = [];
      const sessions = [];
      for await (const s of readTranscriptFile(f, { onUnknownTypes: (m) => unknown.push(...m.keys()) })) sessions.push(s);
      expect(unknown, header).toEqual([]);
      const s = sessions[0]!;
      expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([true]);
      expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['add a back button']);
      expect(JSON.stringify(s.events)).not.toMatch(/Failed to share|Execution failed/);
    }
  });

  it("is opened by a directory walk under the CLI's own file name", () => {
    expect(isTranscriptPath('exports/copilot-session-7c1e0f52-3b8a-4d6e-9f21-5a4b3c2d1e0f.md')).toBe(true);
    expect(isTranscriptPath('docs/copilot-notes.md')).toBe(false);
  });
});
