/**
 * The present conversation named and then passed ("в этом чате и дальше", "in diesem Chat und auch in Zukunft",
 * "この会話でも今後も"): the user extends the rule past this chat, as "from now on" does, so it is a standing rule, not
 * one kept to the chat (conversation-scoped-rules.test.ts). End to end, said in two sessions, in six languages, with
 * rules other than the one the rule was written from. Controls: the chat alone, and "and then" going on with the task.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('a rule for this chat and every later one', () => {
  it.each<[Format, string]>([
    ['claude', 'В этом диалоге и в дальнейшем никогда не пушь в `main`.'],
    ['codex', 'In dieser Unterhaltung und auch in Zukunft: lösche niemals `migrations/`.'],
    ['claude', '本次会话和以后，都不要修改 `dist/` 目录。'],
    ['codex', '이번 대화에서도 앞으로도 `main`에 직접 푸시하지 마.'],
    ['claude', 'Dans cette discussion et les suivantes, ne touche jamais à `vendor/`.'],
    ['codex', 'Nesta conversa e nas próximas, nunca apague a pasta `migrations/`.'],
  ])('is a standing rule (%s): %s', async (format, said) => {
    const lines = await addedLines(twice(format, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/[.。]+$/u, ''));
  });

  it.each<[Format, string]>([
    ['claude', 'В этом диалоге никогда не пушь в `main`.'],
    ['codex', 'Не удаляй тесты в этом чате и потом проверь сборку.'],
    ['claude', 'No borres los tests en este chat y después ejecuta `npm test`.'],
    ['codex', '这次对话中不要删除测试。'],
    ['claude', 'In diesem Chat: lösche niemals `migrations/`.'],
  ])('the chat alone, or "and then", keeps it to the chat (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });
});
