/**
 * A reply-language ask beside a demonstrative: "この指摘に対応すべきか確認して日本語で回答して" points at one review
 * comment in one clause and asks for the reply's language in the next, and "このリポジトリでは" scopes the ask to the
 * project memory is for. Both were held on main as if the ask were for one text. End to end, said in two sessions,
 * in six languages, with sentences other than the one the rule was written from. Controls: the demonstrative in
 * the asking clause ("このコメントは日本語で書いて", "Escribe este mensaje en inglés.") still names one text.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('a reply-language ask beside a demonstrative', () => {
  it.each<[Format, string, string]>([
    ['claude', 'このリポジトリでは日本語で返答してください', 'Answer in Japanese'],
    ['codex', 'そのエラーを調べて、日本語で回答してください', 'Answer in Japanese'],
    ['claude', '帮我看看这段代码有什么问题，然后用中文回复', 'Answer in Chinese'],
    ['codex', 'Revisa este error y responde en español.', 'Answer in Spanish'],
    ['claude', 'Schau dir diesen Fehler an und antworte auf Deutsch.', 'Answer in German'],
    ['codex', 'Посмотри этот лог и отвечай на русском.', 'Answer in Russian'],
  ])('is asked in its own clause (%s): %s', async (format, said, lesson) => {
    const lines = await addedLines(twice(format, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(lesson);
  });

  it.each<[Format, string]>([
    ['claude', 'このコメントは日本語で書いて'],
    ['codex', 'Escribe este mensaje en inglés.'],
    ['claude', '这个函数的注释用英文写'],
    ['codex', 'Write this error message in English.'],
    ['claude', 'この部分は日本語で回答して'],
  ])('held where the demonstrative is in the asking clause (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });
});
