/**
 * Copilot CLI `/share` exports: what the export says in words where the session log has fields (a non-shell call's
 * arguments, the session's times), the later layout without emoji, and a call the CLI refused without asking. The
 * exports below are written from the layout of real ones (several CLI versions), not copied from anyone's session.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { callActions } from '../../src/signals/tool-actions.js';
import { ofKind, readAll } from './helpers.js';

const F = '```';
type Item = [time: string, header: string, body: string];

function exportOf(items: Item[], opts: { title?: string; started?: string; emoji?: boolean } = {}): string {
  const emoji = opts.emoji ?? true;
  const head = [
    opts.title ?? (emoji ? '# 🤖 Copilot CLI Session' : '# Copilot CLI Session'),
    '',
    '> [!NOTE]',
    '> - **Session ID:** `5d4c3b2a-0000-4111-8222-933344445555`  ',
    ...(opts.started !== undefined ? [`> - **Started:** ${opts.started}  `, '> - **Duration:** 1h 2m 5s  '] : []),
    '',
    '---',
    '',
  ].join('\n');
  const time = (t: string) => (emoji ? `<sub>⏱️ ${t}</sub>` : `<sub>${t}</sub>`);
  return head + items.map(([t, h, body]) => `${time(t)}\n\n### ${h}\n\n${body}\n`).join('\n---\n\n');
}

function tempExport(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'copilot-share-')), 'copilot-session-5d4c3b2a-0000-4111-8222-933344445555.md');
  writeFileSync(f, text);
  return f;
}

const out = (text: string) => `${F}\n${text}\n${F}\n`;
const tool = (name: string, body: string, icon = '✅'): Item => ['9s', `${icon} \`${name}\``, body];

async function session(text: string) {
  const { sessions, issues } = await readAll(tempExport(text));
  expect(issues).toEqual([]);
  return sessions[0]!;
}

describe('Copilot CLI /share: a non-shell call carries the arguments the export prints for it', () => {
  it("reads view/edit/create's file in each version's layout, and what each did to it", async () => {
    const s = await session(
      exportOf([
        ['1s', '👤 User', 'tidy the cart module'],
        // 2026: the intention names the file, the next line is the file (a range after a partial view).
        tool(
          'view',
          `**view the file at /home/dev/shop/src/cart.ts.**\n\n/home/dev/shop/src/cart.ts (lines 10-40)\n\n${out('10. export')}`,
        ),
        // Early 2026: the intention is the path itself.
        tool(
          'edit',
          `**/home/dev/shop/src/cart.ts**\n\n/home/dev/shop/src/cart.ts\n\n${out('File /home/dev/shop/src/cart.ts updated with changes.')}`,
        ),
        tool(
          'create',
          `**create a new file at ./src/cart.test.ts.**\n\n./src/cart.test.ts\n\n${out('Created file ./src/cart.test.ts with 40 characters')}`,
        ),
        // 2025: no intention, the path alone, then a diff.
        tool('edit', `C:\\Users\\Dev Name\\shop\\README.md\n\n<details>\n<summary>3 lines</summary>\n\n${F}diff\n+x\n${F}\n\n</details>\n`),
      ]),
    );
    const calls = ofKind(s, 'tool_call');
    expect(calls.map((c) => [c.name, c.input])).toEqual([
      ['view', { path: '/home/dev/shop/src/cart.ts' }],
      ['edit', { path: '/home/dev/shop/src/cart.ts' }],
      ['create', { path: './src/cart.test.ts' }],
      ['edit', { path: 'C:\\Users\\Dev Name\\shop\\README.md' }],
    ]);
    expect(calls.map((c) => c.command)).toEqual([undefined, undefined, undefined, undefined]);
    expect(calls.map((c) => callActions(c).files.map((f) => [f.action, f.path]))).toEqual([
      [['read', '/home/dev/shop/src/cart.ts']],
      [['modify', '/home/dev/shop/src/cart.ts']],
      [['modify', './src/cart.test.ts']],
      [['modify', 'C:\\Users\\Dev Name\\shop\\README.md']],
    ]);
  });

  it("reads grep's and glob's pattern and folder", async () => {
    const s = await session(
      exportOf([
        ['1s', '👤 User', 'where are params read?'],
        tool('grep', `**/srv/app/src**\n\n"event\\.params" (/srv/app/src)\n\n${out('/srv/app/src/charm.py:12: x')}`),
        tool('glob', `****/*.tsx**\n\n"**/*.tsx" in web/src\n\n${out('web/src/App.tsx')}`),
        tool('glob', `"*.md"\n\n${out('README.md')}`),
      ]),
    );
    expect(ofKind(s, 'tool_call').map((c) => c.input)).toEqual([
      { pattern: 'event\\.params', path: '/srv/app/src' },
      { pattern: '**/*.tsx', path: 'web/src' },
      { pattern: '*.md' },
    ]);
  });

  it("reads no arguments from a summary in the model's words, several lines, or a tool it does not know", async () => {
    const s = await session(
      exportOf([
        ['1s', '👤 User', 'pin the versions'],
        // The intention is the model's description and the line under it its summary: no file argument.
        tool('edit', '**Remove Version attributes from Api.csproj**\n\nApi/Api.csproj — removed `Version` from Serilog\n'),
        tool('edit', '**Align the version**\n\nsrc/MyApp/MyApp.csproj\n\n' + out('Updated Newtonsoft.Json')),
        tool('view', '**view the file at /a/b.ts.**\n\n/a/b.ts\n/a/c.ts\n\n' + out('1. x')),
        tool('web_fetch', '**Fetch the docs**\n\nhttps://example.com/docs\n\n' + out('<html>')),
      ]),
    );
    expect(ofKind(s, 'tool_call').map((c) => c.input)).toEqual([{}, {}, {}, {}]);
  });
});

describe('Copilot CLI /share: a call refused without asking anyone', () => {
  const refused = 'Permission denied and could not request permission from user';

  it("is a denial with no one's words, not a failing command; the same words elsewhere are not", async () => {
    const s = await session(
      exportOf([
        ['1s', '👤 User', 'check the build'],
        tool('bash', `**Build it**\n\n$ make build\n\n${out(refused)}`, '❌'),
        tool('view', `**view the file at /etc/app.conf.**\n\n/etc/app.conf\n\n${out(refused)}`, '❌'),
        // A command that printed the words and failed on its own: its failure stands.
        tool('bash', `**Grep the log**\n\n$ grep denied ci.log\n\n${out(`${refused}\n<exited with exit code 1>`)}`, '❌'),
        // A successful call whose output quotes them is a success.
        tool('bash', `**Grep again**\n\n$ grep -c denied ci.log\n\n${out(`${refused}\n<exited with exit code 0>`)}`),
      ]),
    );
    const calls = ofKind(s, 'tool_call');
    expect(calls.map((c) => c.command ?? c.name)).toEqual(['make build', 'view', 'grep denied ci.log', 'grep -c denied ci.log']);
    const denials = ofKind(s, 'permission_denial');
    expect(denials.map((d) => [d.callId, d.toolName, d.text])).toEqual([
      [calls[0]!.callId, 'bash', ''],
      [calls[1]!.callId, 'view', ''],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => [r.callId, r.ok, r.exitCode])).toEqual([
      [calls[2]!.callId, false, 1],
      [calls[3]!.callId, true, 0],
    ]);
  });

  it("is the person's refusal at the prompt, whose words are their turn, unverified as every later turn", async () => {
    const s = await session(
      exportOf(
        [
          ['1s', 'User', 'add the CSV export'],
          [
            '13m 2s',
            '`bash` — Failed',
            `**Start the dev server**\n\n$ npm start\n\n${out('The user rejected this tool call. User feedback: I run the dev server myself')}`,
          ],
          ['13m 5s', '`bash` — Failed', `**Deploy**\n\n$ npm run deploy\n\n${out('The user rejected this tool call.')}`],
          ['13m 9s', 'Copilot', 'Understood.'],
        ],
        { emoji: false },
      ),
    );
    expect(ofKind(s, 'tool_result')).toEqual([]);
    const calls = ofKind(s, 'tool_call');
    expect(ofKind(s, 'permission_denial').map((d) => [d.callId, d.text])).toEqual([
      [calls[0]!.callId, ''],
      [calls[1]!.callId, ''],
    ]);
    expect(ofKind(s, 'user_prompt').map((p) => [p.text, p.unverified ?? false])).toEqual([
      ['add the CSV export', false],
      ['I run the dev server myself', true],
    ]);
  });
});

describe('Copilot CLI /share: the later layout without emoji', () => {
  const items: Item[] = [
    ['2s', 'User', 'run the linter and fix what it finds'],
    ['6s', 'Copilot', 'Running the linter first.'],
    ['7s', '`bash`', `**Lint**\n\n$ npm run lint\n\n${out('2 errors\n<shellId: 1 completed with exit code 1>')}`],
    [
      '9s',
      '`bash` — Failed',
      `**Lint with fixes**\n\n$ npm run lint -- --fix\n\n${out('Permission denied and could not request permission from user')}`,
    ],
    ['11s', '`view`', `**view the file at /w/app/src/a.ts.**\n\n/w/app/src/a.ts\n\n${out('1. const a = 1')}`],
    ['1m 3s', 'Info', 'Model changed to: some-model.'],
    ['1m 30s', 'User', 'use pnpm, not npm, in this repo'],
  ];

  it('is detected and read as the emoji layout is', async () => {
    const f = tempExport(exportOf(items, { emoji: false }));
    expect(detectFormat(f)).toBe('copilot-cli-share');
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expect(s.id).toBe('5d4c3b2a-0000-4111-8222-933344445555');
    expect(ofKind(s, 'user_prompt').map((p) => [p.text, p.unverified ?? false])).toEqual([
      ['run the linter and fix what it finds', false],
      ['use pnpm, not npm, in this repo', true],
    ]);
    expect(ofKind(s, 'assistant_text').map((e) => e.text)).toEqual(['Running the linter first.']);
    expect(ofKind(s, 'tool_call').map((c) => [c.name, c.command ?? c.input])).toEqual([
      ['bash', 'npm run lint'],
      ['bash', 'npm run lint -- --fix'],
      ['view', { path: '/w/app/src/a.ts' }],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => [r.ok, r.exitCode])).toEqual([
      [false, 1],
      [true, undefined],
    ]);
    expect(ofKind(s, 'permission_denial')).toHaveLength(1);
    expect(JSON.stringify(s.events)).not.toContain('Model changed');
  });

  it('reads the same events from both layouts', async () => {
    const emoji: Item[] = items.map(([t, h, b]) => {
      const tool = /^(`[^`]+`)( — Failed)?$/.exec(h);
      const header = tool
        ? `${tool[2] ? '❌' : '✅'} ${tool[1]}`
        : ({ User: '👤 User', Copilot: '💬 Copilot', Info: 'ℹ️ Info' } as Record<string, string>)[h]!;
      return [t, header, b];
    });
    const strip = (s: Awaited<ReturnType<typeof session>>) => s.events.map((e) => ({ ...e, origin: { line: e.origin.line } }));
    expect(strip(await session(exportOf(emoji)))).toEqual(strip(await session(exportOf(items, { emoji: false }))));
  });

  it('a bare "<sub>" that is no duration, or a header without its time, opens no item', async () => {
    const text = exportOf([['2s', 'User', 'hello\n\n<sub>note</sub>\n\n### Copilot\n\nnot an item']], { emoji: false });
    const s = await session(text);
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['hello\n\n<sub>note</sub>\n\n### Copilot\n\nnot an item']);
    expect(ofKind(s, 'assistant_text')).toEqual([]);
  });
});

describe('Copilot CLI /share: a sub-agent in the later layout', () => {
  // "### task (Completed)", its own steps under it with headers but no time, then the parent's next timed item. On
  // main the header was an unknown item and the sub-agent's steps were its text: its calls and their failures lost.
  const steps = [
    '### `rg`',
    '',
    '**invoiceTotal**',
    '',
    '"invoiceTotal" in *.ts',
    '',
    out('src/billing/total.ts:12:export function invoiceTotal('),
    '',
    '### `bash` — Failed',
    '',
    '**Run the billing tests**',
    '',
    '$ npm test -- billing',
    '',
    out('1 failed\n<shellId: 3 completed with exit code 1>'),
    '',
    '### Copilot',
    '',
    'The rounding happens twice; the test shows it.',
  ].join('\n');
  const items = (agent: string): Item[] => [
    ['2s', 'User', 'find why invoice totals are off by a cent'],
    [
      '5s',
      '`task`',
      `**Investigating totals**\n\n<details>\n<summary>Arguments</summary>\n\n${F}json\n{\n  "agent_type": "explore",\n  "prompt": "Find where invoice totals are rounded."\n}\n${F}\n\n</details>\n\n${out('Started.')}`,
    ],
    ['40s', `${agent} (Completed)`, steps],
    ['45s', 'Copilot', 'Totals are rounded in two places; I will round once.'],
    ['50s', '✓ Task Complete', 'Rounded invoice totals once.'],
  ];

  it.each(['explore', 'task', 'related-work-scout'])("%s: the sub-agent's steps are its own calls and words", async (agent) => {
    const s = await session(exportOf(items(agent), { emoji: false }));
    const side = s.events.filter((e) => e.sidechain);
    expect(side.map((e) => e.kind)).toEqual(['tool_call', 'tool_result', 'tool_call', 'tool_result', 'assistant_text']);
    expect(ofKind(s, 'tool_call').map((c) => [c.name, c.sidechain ?? false])).toEqual([
      ['task', false],
      ['rg', true],
      ['bash', true],
    ]);
    const failed = ofKind(s, 'tool_result').find((r) => r.toolName === 'bash');
    expect([failed?.ok, failed?.exitCode]).toEqual([false, 1]);
    // The parent's words after it are the parent's; the closing note repeats the summary and is no event.
    expect(
      ofKind(s, 'assistant_text')
        .filter((e) => !e.sidechain)
        .map((e) => e.text),
    ).toEqual(['Totals are rounded in two places; I will round once.']);
    expect(JSON.stringify(s.events)).not.toContain('Rounded invoice totals once.');
  });

  it('reads as the emoji layout’s "📦" sub-agent does', async () => {
    const strip = (x: Awaited<ReturnType<typeof session>>) => x.events.map((e) => ({ kind: e.kind, sidechain: e.sidechain ?? false }));
    const later = await session(exportOf(items('explore').slice(0, 4), { emoji: false }));
    const emoji = items('explore')
      .slice(0, 4)
      .map(([t, h, b]): Item => {
        const body = b
          .replace(/^### `([^`]+)` — Failed$/gm, '### ❌ `$1`')
          .replace(/^### `([^`]+)`$/gm, '### ✅ `$1`')
          .replace(/^### Copilot$/gm, '### 💬 Copilot');
        const header = h === 'User' ? '👤 User' : h === 'Copilot' ? '💬 Copilot' : h.startsWith('`') ? `✅ ${h}` : `📦 ${h}`;
        return [t, header, body];
      });
    expect(strip(await session(exportOf(emoji)))).toEqual(strip(later));
  });

  it('a timed header the CLI does not write opens no sub-agent: the steps under it are no calls of anyone’s', async () => {
    const { sessions } = await readAll(
      tempExport(
        exportOf(
          [
            ['2s', 'User', 'hi'],
            ['9s', 'Explore results', steps],
          ],
          { emoji: false },
        ),
      ),
    );
    const s = sessions[0]!;
    expect(s.events.filter((e) => e.sidechain)).toEqual([]);
    expect(ofKind(s, 'tool_call')).toEqual([]);
  });
});

describe("Copilot CLI /share: the session's span from its title block", () => {
  it("reads the US English start (local time, as aider's) and adds the duration; events stay untimed", async () => {
    const s = await session(exportOf([['1s', '👤 User', 'hi']], { started: '3/6/2026, 11:24:09 PM' }));
    const start = new Date(2026, 2, 6, 23, 24, 9);
    expect(s.startedAt).toBe(start.toISOString());
    expect(s.endedAt).toBe(new Date(start.getTime() + 3725_000).toISOString());
    expect(s.events.every((e) => e.timestamp === undefined)).toBe(true);
    const noon = await session(exportOf([['1s', '👤 User', 'hi']], { started: '12/1/2025, 12:05:00 AM' }));
    expect(noon.startedAt).toBe(new Date(2025, 11, 1, 0, 5, 0).toISOString());
  });

  it('leaves the session untimed where the start could be read two ways or is no date', async () => {
    for (const started of [
      '6/3/2026, 11:24:09 pm',
      '06/03/2026, 23:24:09',
      '2026/3/6 23:24:09',
      '2/31/2026, 1:00:00 PM',
      '13/1/2026, 1:00:00 PM',
    ]) {
      const s = await session(exportOf([['1s', '👤 User', 'hi']], { started }));
      expect([started, s.startedAt, s.endedAt]).toEqual([started, undefined, undefined]);
    }
  });
});
