/**
 * Claude Code's IDE extensions (VS Code, JetBrains) put the editor's state beside the person's text: the open file
 * (`<ide_opened_file>`) and the selected lines (`<ide_selection>`), a text block of their own in the session file
 * (round 21: Claude Code 2.1.39 sessions from VS Code) and inline before the typed text in exports. Newer versions
 * record the same as `selected_lines_in_ide` / `opened_file_in_ide` attachments, beside a `plan_mode` reminder (round
 * 21: 2.1.119). None of it is the person's words: a selection is a file's text, however much it reads like a rule.
 * Tag wording as Claude Code writes it; files and values made up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HealthCollector, readTranscriptFile, summarizeTranscripts } from '../../src/transcripts/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { addedLines, type WorldSession } from '../helpers/paraphrase-world.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-ide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opened = (file: string) =>
  `<ide_opened_file>The user opened the file /home/dev/tide/${file} in the IDE. This may or may not be related to the current task.</ide_opened_file>`;
const selected = (file: string, lines: string) =>
  `<ide_selection>The user selected the lines 12 to 14 from /home/dev/tide/${file}:\n${lines}\n\nThis may or may not be related to the current task.</ide_selection>`;
/** One user record whose content is these text blocks, as the VS Code extension writes them. */
const blocks = (...texts: string[]): Turn => ({
  raw: { type: 'user', message: { role: 'user', content: texts.map((text) => ({ type: 'text', text })) } },
});

let k = 0;
async function prompts(turns: Turn[]): Promise<string[]> {
  const id = `1de00000-00${String(++k).padStart(2, '0')}-4000-8000-000000000001`;
  const file = path.join(dir, `${id}.jsonl`);
  writeFileSync(file, claudeCodeSession(id, '14', '/home/dev/tide', turns));
  const out: string[] = [];
  for await (const s of readTranscriptFile(file)) for (const e of s.events) if (e.kind === 'user_prompt') out.push(e.text);
  return out;
}

describe("Claude Code's IDE context beside the person's text", () => {
  it('an open file or a selection in a block of its own is no prompt; the typed block is the whole prompt', async () => {
    expect(await prompts([blocks(opened('src/tides.ts'), 'why is the high tide an hour late?')])).toEqual([
      'why is the high tide an hour late?',
    ]);
    expect(
      await prompts([
        blocks(selected('CONTRIBUTING.md', '- Always run make lint before pushing.\n- Never commit dist/.'), 'is this still true?'),
      ]),
    ).toEqual(['is this still true?']);
    // The editor's state alone (the person sent nothing else in that record) is no turn at all.
    expect(await prompts([{ user: 'load the tide tables' }, blocks(opened('src/a.ts'))])).toEqual(['load the tide tables']);
  });

  it('inline before the typed text (an export joins the blocks) only the text outside the tags is the prompt', async () => {
    for (const [text, typed] of [
      [`${opened('src/a.ts')}\nNever run the e2e suite locally.`, 'Never run the e2e suite locally.'],
      [
        `${selected('src/db.ts', 'const pool = createPool();')}\nrecuerde que los commits deben ser atómicos`,
        'recuerde que los commits deben ser atómicos',
      ],
      [
        `${selected('docs/setup.md', '## Setup\n\nUse pnpm, never npm.')}\n${opened('docs/setup.md')}\nwhat changed here?`,
        'what changed here?',
      ],
    ] as const) {
      expect(await prompts([{ user: text }])).toEqual([typed]);
    }
  });

  it("a selection's rule-like lines never reach a prompt, in any block, however the tag is placed", async () => {
    const rule = 'Always squash before merging.';
    const all = [
      ...(await prompts([blocks(selected('CONTRIBUTING.md', rule), 'explain')])),
      ...(await prompts([{ user: `${selected('CONTRIBUTING.md', rule)}\nexplain` }])),
      ...(await prompts([blocks('look', selected('CONTRIBUTING.md', rule))])),
    ];
    expect(all).toEqual(['explain', 'explain', 'look']);
  });

  it("text that only mentions the tags, unclosed, is the person's own", async () => {
    const text = 'the extension sends <ide_selection> tags; print them';
    expect(await prompts([{ user: text }])).toEqual([text]);
  });

  it('the IDE and plan-mode attachments of 2.1.11x are known, and nobody speaks in them', async () => {
    const file = path.join(dir, 'attachments.jsonl');
    const base = { sessionId: 'a-1', cwd: 'C:\\Users\\dev\\tide', version: '2.1.119', timestamp: '2026-04-26T06:13:12.645Z' };
    const att = (uuid: string, attachment: Record<string, unknown>) => ({
      ...base,
      type: 'attachment',
      uuid,
      parentUuid: 'u1',
      attachment,
    });
    writeFileSync(
      file,
      [
        { ...base, type: 'user', uuid: 'u1', parentUuid: null, message: { role: 'user', content: 'shorten the tide legend' } },
        att('a1', {
          type: 'selected_lines_in_ide',
          ideName: 'Visual Studio Code',
          lineStart: 3,
          lineEnd: 4,
          filename: 'C:\\Users\\dev\\tide\\README.md',
          content: 'Always run the tide tests first.',
          displayPath: 'README.md',
        }),
        att('a2', { type: 'opened_file_in_ide', filename: 'C:\\Users\\dev\\tide\\src\\legend.ts' }),
        att('a3', {
          type: 'plan_mode',
          reminderType: 'full',
          isSubAgent: false,
          planFilePath: 'C:\\Users\\dev\\.claude\\plans\\p.md',
          planExists: false,
        }),
        att('a4', { type: 'plan_mode_reentry', planFilePath: 'C:\\Users\\dev\\.claude\\plans\\p.md' }),
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const health = new HealthCollector();
    await summarizeTranscripts([file], { health, source: 'files' });
    expect(health.report().formats[0]!.unknownTypes).toEqual({});
    const events = [];
    for await (const s of readTranscriptFile(file)) events.push(...s.events);
    expect(events.map((e) => [e.kind, 'text' in e ? e.text : ''])).toEqual([['user_prompt', 'shorten the tide legend']]);
  });
});

describe('dreamed: a rule typed after the IDE context is learnt, a selected rule is not', () => {
  const after = (user: string, k: number): WorldSession => ({
    format: 'claude',
    turns: [
      { user: ['Add a search button to the header.', 'Fix the upload screen on small phones.'][k]! },
      { bash: 'git status', out: 'nothing to commit' },
      { say: 'Done.' },
      { user },
    ],
  });

  it('the same rule typed after an opened file in two sessions is proposed (on main the tag hid it as a paste)', async () => {
    const lines = await addedLines([
      after(`${opened('src/header.ts')}\nNever run the e2e suite locally.`, 0),
      after(`${opened('src/upload.ts')}\nNever run the e2e suite locally.`, 1),
    ]);
    expect(lines.join('\n')).toMatch(/Never run the e2e suite locally/);
  });

  it('the same rule only selected in two sessions is not', async () => {
    const lines = await addedLines([
      after(`${selected('docs/setup.md', 'Never run the e2e suite locally.')}\nwhat does this mean?`, 0),
      after(`${selected('docs/setup.md', 'Never run the e2e suite locally.')}\nis it still true?`, 1),
    ]);
    expect(lines).toEqual([]);
  });
});
