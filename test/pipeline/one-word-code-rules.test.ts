/**
 * A rule whose one content word is code ("Never use `bun`.", "Always call `teardown`.") names what it is about: the
 * user wrote it as code. The one-word bar ("Don't stop." is no rule) asked only punctuation whether the word names
 * something, so each of these was dropped, and with it every gloss of one in another language ("Nunca uses `bun`."
 * glosses as "Never use `bun`."). Chinese and Korean write the span flush against the text ("不要用 `bun`。",
 * "`bun`은 쓰지 마."), where provenance recorded "`bun`。" and refused the command the user had typed. A gloss of one clause
 * of several ("Bitte kein `bun`, wir nutzen npm.") leaves the rest out, so it stays no one-word rule. End to end, said
 * in two sessions; controls must stay unlearnt.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add an export button to the invoices page.', 'The weekly report drops the last day; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('a rule whose one content word is code', () => {
  it.each<[Format, string, string]>([
    ['claude', 'Never use `bun`.', 'bun'],
    ['codex', 'Always use `deno`.', 'deno'],
    ['prompt-log', "Don't run `gulp`.", 'gulp'],
    ['claude', "N'utilisez jamais `bun`.", 'bun'],
    ['codex', 'Nunca uses `bun`.', 'bun'],
    ['prompt-log', 'Nunca use `bun`.', 'bun'],
    ['claude', 'Benutz niemals `bun`.', 'bun'],
    ['codex', 'Никогда не используй `bun`.', 'bun'],
    ['prompt-log', '不要使用 `bun`。', 'bun'],
    ['claude', '`bun` は使わないでください。', 'bun'],
    ['codex', '`bun`은 사용하지 마세요.', 'bun'],
  ])('is learnt (%s): %s', async (format, said, code) => {
    const lines = await addedLines(twice(format, said));
    expect(lines.filter((l) => l.includes(`\`${code}\``))).toHaveLength(1);
  });

  it.each<[Format, string]>([
    ['claude', "Don't wait."],
    ['codex', "Don't run `gulp` yet."],
    ['prompt-log', 'Why use `bun`?'],
    ['claude', "Don't use `bun` in this chat."],
    ['codex', 'Never use `bun` lol'],
    ['prompt-log', 'Run `gulp`.'],
    ['claude', 'Le build plante toujours avec `gulp`.'],
    ['codex', '`gulp` 总是失败。'],
    ['prompt-log', "Don't use `bun` this time."],
    // One clause of several glossed alone: the alternative it names is left out of "Don't use `bun`.".
    ['claude', 'Bitte kein `bun`, wir nutzen npm.'],
    ['codex', 'Nunca uses `bun`, usamos npm.'],
  ])('control stays unlearnt (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });
});
