/**
 * "Don't delete by default." in a request for a script's command-line options reached memory at --min-support 1 from
 * a real Claude Code session (SpecStory export). An order whose verb names nothing to act on is part of a request
 * the reader of memory cannot see. End to end through the real readers, miners and offline engine
 * (paraphrase-world.ts), in sentences written for this test, beside the rules of the same verbs that must stay.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const asked = (format: Format, request: string): WorldSession => ({
  format,
  turns: [
    { user: 'The export script is slow; it uploads every frame.' },
    { bash: 'python scripts/export.py --frames out/', out: 'uploaded 120 frames in 94 s' },
    { say: 'I switched the script to send frames inline; it now takes 8 s.' },
    { user: request },
  ],
});

describe('an order naming nothing to act on is no rule', () => {
  it.each<[Format, string]>([
    ['claude', "That works. Now add a flag to upload the frames instead. Don't delete by default. Make cleanup a separate flag."],
    ['codex', 'Good, now add an --archive option. Never overwrite by default, the user passes --force for that.'],
    ['prompt-log', 'ok add a --keep option too. please dont remove them by default.'],
    ['gemini', 'Nice. Give it a --verbose switch. Avoid logging by default.'],
  ])('%s: "%s"', async (format, request) => {
    expect(await addedLines([asked(format, request)], 1)).toEqual([]);
  });

  it.each<[Format, Format, string, string]>([
    ['claude', 'codex', "From now on, don't delete.", 'From now on, do not delete.'],
    ['prompt-log', 'claude', 'going forward never overwrite', 'Going forward, never overwrite.'],
  ])('at the default bar, "%s"/"%s": a bare verb behind "from now on" in its own turn makes no rule', async (a, b, first, second) => {
    const turns = (said: string) => [
      { user: 'Add a --prune flag to the cleanup script.' },
      { say: 'Added --prune.' },
      { user: said },
      { say: 'OK.' },
    ];
    expect(
      await addedLines([
        { format: a, turns: turns(first) },
        { format: b, turns: turns(second) },
      ]),
    ).toEqual([]);
  });

  it('at the default bar, the same fragment in two sessions of two agents makes no rule', async () => {
    const lines = await addedLines([
      asked('claude', "Add a --purge option. Don't delete by default."),
      asked('codex', 'Add a --purge flag please. Do not delete by default.'),
    ]);
    expect(lines).toEqual([]);
  });
});

describe('the same fragment in other languages, behind a standing frame (lingua/standing.ts)', () => {
  const turns = (said: string) => [
    { user: 'Add a --prune flag to the cleanup script.' },
    { say: 'Added --prune.' },
    { user: said },
    { say: 'OK.' },
  ];
  it.each<[Format, Format, string, string]>([
    ['claude', 'codex', '以后不要删除。', '以后不要删除'],
    ['prompt-log', 'claude', '今後は上書きしないでください。', 'これからは上書きしないで'],
    ['codex', 'claude', 'Впредь не удаляй.', 'Впредь не удаляй'],
    ['claude', 'prompt-log', 'De ahora en adelante no borres.', 'A partir de ahora no borres, por favor.'],
  ])('at the default bar, %s and %s: "%s" makes no rule', async (a, b, first, second) => {
    expect(
      await addedLines([
        { format: a, turns: turns(first) },
        { format: b, turns: turns(second) },
      ]),
    ).toEqual([]);
  });

  it('naming what it acts on, it stays a rule', async () => {
    const lines = await addedLines([
      { format: 'claude', turns: turns('以后不要删除迁移文件。') },
      { format: 'codex', turns: turns('以后不要删除迁移文件') },
    ]);
    expect(lines).toEqual([expect.stringMatching(/^以后不要删除迁移文件/)]);
  });
});

describe('the same verbs with what they act on, or when, stay rules', () => {
  it.each<[Format, string, RegExp]>([
    ['claude', "Don't delete the migration files, they are applied in production.", /^Don't delete the migration files/],
    ['codex', 'Never overwrite the fixtures in tests/data.', /^Never overwrite the fixtures/],
    ['prompt-log', "don't delete anything without asking first", /^don't delete anything without asking/i],
    ['claude', "From now on, don't delete the migration files.", /don't delete the migration files/i],
  ])('%s: "%s"', async (format, request, rule) => {
    expect(await addedLines([asked(format, request)], 1)).toEqual([expect.stringMatching(rule)]);
  });
});

describe('a frame whose only object points back into the conversation is no rule', () => {
  // Round 17 (a real prompt log): "avoid that, add partid as optional parameter, i dont want modify teh performance of
  // the query looking for it," answered the agent's plan and reached memory at --min-support 1 as its own rule.
  const answered = (format: Format, said: string): WorldSession => ({
    format,
    turns: [
      { user: 'The report query needs the station filter too.' },
      { say: 'I will look the part up in the tracking table first, then join it to the stations.' },
      { user: said },
      { say: 'OK, the part id is now an optional parameter.' },
    ],
  });
  it.each<[Format, string]>([
    ['claude', "Avoid that, make the part id an optional parameter instead; I don't want the query slower."],
    ['prompt-log', 'please avoid this, take the id as an optional argument'],
    ['codex', "Don't do that, keep the old signature and pass the id in."],
    ['gemini', 'Stop that. Just add an optional parameter.'],
    ['claude', 'Never do that in the future, the lookup is too slow.'],
    ['prompt-log', 'avoid it at all costs'],
  ])('%s: "%s"', async (format, said) => {
    expect(await addedLines([answered(format, said)], 1)).toEqual([]);
  });

  it('at the default bar, two sessions saying it in other words make no rule', async () => {
    const lines = await addedLines([
      answered('claude', 'Never do that again, the lookup is too slow.'),
      answered('prompt-log', 'avoid that, add an optional parameter'),
    ]);
    expect(lines).toEqual([]);
  });

  it('a prohibition that names what it is about is still learnt', async () => {
    const lines = await addedLines([
      answered('claude', 'Avoid global state in the request handlers.'),
      answered('prompt-log', 'avoid global state in the request handlers'),
    ]);
    expect(lines.join('\n')).toMatch(/avoid global state in the request handlers/i);
  });
});
