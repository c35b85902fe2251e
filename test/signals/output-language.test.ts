/**
 * The language the user wants the agent's words in (src/signals/lingua/output-language.ts), asked in nine
 * languages, worded in ways the lexicon was not written from: politeness, word order, the artifact first or last,
 * full-width punctuation. Every control is paired with a twin that differs only in what makes it no request (a
 * question, a translation, a negation, a statement, "this file"), and the twin must be read.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { outputLanguageAsk } from '../../src/signals/lingua/output-language.js';
import { matchTemplate } from '../../src/guards/wording-templates.js';
import { session } from './session-builder.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };

/** The asks the miner reads from a prompt said mid-session, after the agent worked. */
function asks(text: string) {
  const s = session('s1', [{ user: 'add a settings page' }, { run: 'ls src', out: 'app.ts' }, { user: text }]);
  return mineSession(s, noMemory)
    .filter((x) => x.kind === 'instruction' && x.asked !== undefined)
    .map((x) => ({ signature: x.signature, lesson: x.lesson, quote: x.evidence[0]?.quote }));
}

describe('a request for the language of replies, comments or commit messages', () => {
  it.each<[string, string, string]>([
    ['zh', '请用中文回答', 'Answer in Chinese.'],
    ['zh, the verb first', '回复请使用简体中文。', 'Answer in Chinese.'],
    ['zh-Hant', '請用繁體中文回覆我', 'Answer in Chinese.'],
    ['zh, comments', '代码注释用中文写', 'Write code comments in Chinese.'],
    ['zh, commit messages', '提交信息请用英文写', 'Write commit messages in English.'],
    ['ja, comments', 'コメントは日本語で書いてください', 'Write code comments in Japanese.'],
    ['ja, comments, please', 'コードのコメントは日本語でお願いします。', 'Write code comments in Japanese.'],
    ['ja, replies', '日本語で回答してください', 'Answer in Japanese.'],
    ['ja, replies, 解答', '日本語で解答してください', 'Answer in Japanese.'],
    ['zh, replies, 解答', '请用中文解答', 'Answer in Chinese.'],
    ['ja, commits', 'コミットメッセージは英語で書いて', 'Write commit messages in English.'],
    ['ko', '한국어로 답변해 주세요', 'Answer in Korean.'],
    ['ko, comments', '주석은 한국어로 작성해줘', 'Write code comments in Korean.'],
    ['es', 'Responde siempre en español, por favor.', 'Answer in Spanish.'],
    ['es, comments', 'Escribe los comentarios en inglés.', 'Write code comments in English.'],
    ['pt', 'Responda em português.', 'Answer in Portuguese.'],
    ['pt, commits', 'Escreva as mensagens de commit em inglês', 'Write commit messages in English.'],
    ['de', 'Antworte bitte auf Deutsch.', 'Answer in German.'],
    ['de, comments', 'Kommentare bitte auf Englisch schreiben', 'Write code comments in English.'],
    ['fr', 'Réponds-moi en français.', 'Answer in French.'],
    ['fr, comments', 'Écris les commentaires en français', 'Write code comments in French.'],
    ['ru', 'Отвечай по-русски.', 'Answer in Russian.'],
    ['ru, comments', 'Пиши комментарии на русском', 'Write code comments in Russian.'],
    ['en, comments', 'Please write code comments in Japanese.', 'Write code comments in Japanese.'],
    ['en, commits', 'Write commit messages in English.', 'Write commit messages in English.'],
  ])('%s: %s', (_lang, text, lesson) => {
    const got = asks(text);
    expect(got).toEqual([expect.objectContaining({ lesson, quote: text })]);
    // The lesson is the engine's fixed sentence, which the wording guard knows.
    expect(matchTemplate(lesson)?.name).toMatch(/output language/);
  });

  it('a reply language said in two languages is one lesson: the same signature as "answer in German"', () => {
    expect(outputLanguageAsk('Antworte bitte auf Deutsch.')?.signature).toBe('ask|style|german');
    expect(outputLanguageAsk('Please reply in German.')?.signature).toBe('ask|style|german');
    expect(outputLanguageAsk('请用德语回答')?.signature).toBe('ask|style|german');
  });
});

describe('the same words that are no standing request stay unread', () => {
  it.each<[string, string, string]>([
    ['a question', '用中文回答可以吗？', '用中文回答'],
    ['a question (ja)', 'コメントは日本語で書きますか？', 'コメントは日本語で書いて'],
    ['a translation', '把这些注释翻译成中文', '注释用中文写'],
    ['a translation (de)', 'Übersetze die Kommentare auf Deutsch.', 'Kommentare bitte auf Deutsch.'],
    ['a translation (en)', 'Translate the comments in English.', 'Write the comments in English.'],
    ['a negation', '不要用英文回答', '要用英文回答'],
    ['a negation (es)', 'No escribas los comentarios en inglés.', 'Escribe los comentarios en inglés.'],
    ['a statement', 'コメントは日本語で書かれています', 'コメントは日本語で書いて'],
    ['a statement (en)', 'The comments are in Japanese.', 'Write the comments in Japanese.'],
    ['one file', '这个文件的注释用中文写', '注释用中文写'],
    ['this time', '今回は日本語で回答して', '日本語で回答して'],
    ['for now (fr)', "Réponds en anglais pour l'instant.", 'Réponds en anglais.'],
    ['two languages', '用中文或英文回答', '用中文回答'],
    ['no artifact', '日本語でお願いします', 'コメントは日本語でお願いします'],
    ['an answer key to write (a task)', '日本語で解答例を書いて', '日本語で解答して'],
    ['an answer sheet (zh)', '用中文写解答集', '用中文解答'],
    ['a name without its frame', '中文文档在 docs/zh 下面，回复我', '用中文回复我'],
  ])('%s: %s', (_why, control, twin) => {
    expect(outputLanguageAsk(control)).toBeUndefined();
    expect(outputLanguageAsk(twin)).toBeDefined();
  });

  it('a README pasted into a long prompt is not the user asking; the same lines typed as a short message are', () => {
    const readme = [
      'ログイン画面にリンクを追加して',
      '',
      '# プロジェクト概要',
      '',
      'このリポジトリは社内向けの在庫管理ツールです。',
      '',
      '## 開発について',
      '',
      '- コメントは日本語で書いてください',
      '- コミットメッセージは英語で書いて',
      '',
      '## セットアップ',
      '',
      '`pnpm install` を実行し、`pnpm dev` で起動します。',
    ].join('\n');
    expect(asks(readme)).toEqual([]);
    const typed = 'ログイン画面にリンクを追加して\n- コメントは日本語で書いてください\n- コミットメッセージは英語で書いて';
    expect(asks(typed).map((a) => a.lesson)).toEqual(['Write code comments in Japanese.', 'Write commit messages in English.']);
  });

  it('a task sentence longer than a request is read as the task', () => {
    const long = 'Write the comments in English and refactor the parser so that every token carries its line and column.';
    expect(outputLanguageAsk(long)).toBeUndefined();
    expect(outputLanguageAsk('Write the comments in English.')).toBeDefined();
  });
});
