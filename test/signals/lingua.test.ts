/**
 * Rules written in other languages (src/signals/lingua): a swap, a "don't run" and a step before a recurring
 * event, each in eight languages, worded differently from the lexicons' own examples (politeness, spacing,
 * full-width punctuation, word order, "never" and "always"). Every control is paired with a twin that differs
 * only in what makes it no rule (a question mark, "for now", "in this file", a pronoun for the payload), and
 * the twin must be read: the control then shows that word stops it, not that the sentence was never read.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { glossRule } from '../../src/signals/lingua/gloss.js';
import { session, type Step } from './session-builder.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };

/** The lessons and quotes the miner reads from one user turn after the agent ran `npm install`. */
function read(text: string, before: Step[] = [{ run: 'npm install dayjs', out: 'added 1 package' }]) {
  return mineSession(session('s1', [{ user: 'add dayjs' }, ...before, { user: text }]), noMemory)
    .filter((s) => s.kind === 'instruction' && !s.restated)
    .map((s) => ({ lesson: s.lesson, quote: s.evidence[0]?.quote }));
}
const lessons = (text: string, before?: Step[]) => read(text, before).map((r) => r.lesson);

const SWAP = 'Use pnpm, not yarn.';
describe('a swap said in another language reads as "use X, not Y"', () => {
  it.each<[string, string]>([
    ['zh', '请改用 pnpm，别再用 yarn 了'],
    ['zh, no spaces, full-width stop', '用pnpm而不是yarn。'],
    ['zh-Hant', '請使用 pnpm 取代 yarn'],
    ['ja', 'yarnじゃなくてpnpmを使ってください'],
    ['ja, corner brackets', '「yarn」ではなく「pnpm」を使用して'],
    ['ko', 'yarn 대신에 pnpm을 써 주세요'],
    ['es', 'Utiliza pnpm en vez de yarn, por favor.'],
    ['es, two clauses', 'No uses yarn, usa pnpm.'],
    ['pt', 'Use pnpm ao invés de yarn.'],
    ['de', 'Verwende bitte pnpm anstatt yarn.'],
    ['de, nicht ... sondern', 'Nicht yarn, sondern pnpm.'],
    ['fr', 'Prends pnpm plutôt que yarn.'],
    ['fr, two clauses', "N'utilise pas yarn, utilise pnpm."],
    ['ru', 'Используйте pnpm, а не yarn.'],
    ['ru, вместо first', 'Вместо yarn используй pnpm.'],
  ])('%s: %s', (_lang, text) => {
    expect(read(text)).toEqual([{ lesson: SWAP, quote: text }]);
  });
});

describe('"don\'t run X" in another language', () => {
  it.each<[string, string, string]>([
    ['zh', '别执行 `npm publish`', "Don't run `npm publish`."],
    ['zh, never', '永远不要运行 `npm publish`，它会直接发布。', 'Never run `npm publish`.'],
    ['ja', '`npm publish`は絶対に実行しないでください', 'Never run `npm publish`.'],
    ['ko', '`npm publish`는 실행하지 마세요', "Don't run `npm publish`."],
    ['es', 'Nunca corras `npm publish`.', 'Never run `npm publish`.'],
    ['pt', 'Não rode `npm publish`.', "Don't run `npm publish`."],
    ['de', 'Führe `npm publish` bitte nicht aus.', "Don't run `npm publish`."],
    ['de, niemals', 'Starte niemals `npm publish`.', 'Never run `npm publish`.'],
    ['fr', "N'exécutez jamais `npm publish`.", 'Never run `npm publish`.'],
    ['ru', 'Не запускай `npm publish`.', "Don't run `npm publish`."],
  ])('%s: %s', (_lang, text, lesson) => {
    expect(lessons(text)).toEqual([lesson]);
    expect(read(text)[0]?.quote).toBe(text.replace(/(?<=。).*$/, ''));
  });
});

describe('"always run X before <event>" in another language', () => {
  it.each<[string, string, string]>([
    ['zh', '每次 push 之前都要先跑一下 `npm test`', 'Always run `npm test` before pushing.'],
    ['ja', 'プッシュする前に必ず`npm test`を実行してください', 'Always run `npm test` before pushing.'],
    ['ko', '커밋하기 전에 항상 `npm test`를 실행하세요', 'Always run `npm test` before committing.'],
    ['es', 'Siempre corre `npm test` antes de hacer push.', 'Always run `npm test` before pushing.'],
    ['pt', 'Antes de fazer commit, sempre rode `npm test`.', 'Always run `npm test` before committing.'],
    ['de', 'Lass vor jedem Push immer `npm test` laufen.', 'Always run `npm test` before pushing.'],
    ['fr', 'Avant de pousser, lance toujours `npm test`.', 'Always run `npm test` before pushing.'],
    ['ru', 'Перед каждым коммитом запускай `npm test`.', 'Always run `npm test` before committing.'],
  ])('%s: %s', (_lang, text, lesson) => {
    expect(lessons(text)).toEqual([lesson]);
  });

  it('without "always" it is a step, as "Run `npm test` before pushing." is in English: not a rule in a plain turn', () => {
    expect(lessons('Run `npm test` before pushing.')).toEqual([]);
    expect(lessons('push 之前先跑一下 `npm test`')).toEqual([]);
    // The same step said right after the user rejected the agent's push is an answer to it, in both languages.
    const rejected: Step[] = [{ run: 'git push', out: 'pushed' }, { interrupt: '[Request interrupted by user]' }];
    expect(lessons('Run `npm test` before pushing.', rejected)).toEqual(['Run `npm test` before pushing.']);
    expect(lessons('push 之前先跑一下 `npm test`', rejected)).toEqual(['Run `npm test` before pushing.']);
  });
});

describe('controls: each reads nothing, and its twin without the one difference is read', () => {
  it.each<[string, string, string]>([
    ['zh question', '为什么不用 pnpm 而不是 yarn？', '用 pnpm 而不是 yarn'],
    ['zh one-off task on a script', '这个脚本里用 pnpm 而不是 yarn', '用 pnpm 而不是 yarn'],
    ['zh this time', '这次用 pnpm 而不是 yarn', '用 pnpm 而不是 yarn'],
    ['zh exception', '用 pnpm 而不是 yarn，但是 CI 里不要', '用 pnpm 而不是 yarn，它更快'],
    ['ja question', 'なぜyarnではなくpnpmを使うのですか？', 'yarnではなくpnpmを使って'],
    ['ja this time', '今回はyarnではなくpnpmを使って', 'yarnではなくpnpmを使って'],
    ['ko question', '왜 yarn 대신 pnpm을 사용해?', 'yarn 대신 pnpm을 사용해'],
    ['ko this time', '이번에는 yarn 말고 pnpm 써줘', 'yarn 말고 pnpm 써줘'],
    ['es question', '¿por qué usas pnpm en lugar de yarn?', 'usa pnpm en lugar de yarn'],
    ['es for now', 'por ahora usa pnpm en lugar de yarn', 'usa pnpm en lugar de yarn'],
    ['es one file', 'en este script usa pnpm en lugar de yarn', 'usa pnpm en lugar de yarn'],
    ['pt one file', 'neste arquivo use pnpm em vez de yarn', 'use pnpm em vez de yarn'],
    ['de question', 'warum nimmst du nicht pnpm statt yarn?', 'nimm pnpm statt yarn'],
    ['de for now', 'nimm erstmal pnpm statt yarn', 'nimm pnpm statt yarn'],
    ['fr question', 'pourquoi utiliser pnpm au lieu de yarn ?', 'utilise pnpm au lieu de yarn'],
    ['fr for now', "pour l'instant utilise pnpm au lieu de yarn", 'utilise pnpm au lieu de yarn'],
    ['ru question', 'почему ты не используешь pnpm вместо yarn?', 'используй pnpm вместо yarn'],
    ['ru for now', 'пока используй pnpm вместо yarn', 'используй pnpm вместо yarn'],
  ])('%s', (_name, control, twin) => {
    expect(lessons(control)).toEqual([]);
    expect(lessons(twin)).toEqual([SWAP]);
  });

  it.each<[string, string, string]>([
    ['zh: no code named', '不要运行测试', '不要运行 `npm test`'],
    ['zh: a negation of something else', '不要用 yarn 的缓存，用 pnpm', '不要用 yarn，用 pnpm'],
    ['es: a pronoun, not code', 'no ejecutes eso', 'no ejecutes `npm test`'],
    ['es: words, not tools', 'usa comillas en lugar de apostrofes', 'usa pnpm en lugar de yarn'],
    ['de: a pronoun', 'führe das nicht aus', 'führe `npm test` nicht aus'],
    ['fr: a pronoun', 'ne lance pas ça', 'ne lance pas `npm test`'],
    ['ru: a pronoun', 'не запускай это', 'не запускай `npm test`'],
    ['ru: words around the payload', 'не запускай тесты в `ci` режиме', 'не запускай `npm test`'],
    ['ja: an English word, not a command', 'testsを実行しないで', '`npm test`を実行しないで'],
    ['es: a pronoun on one side of a swap', 'usa git en lugar de eso', 'usa git en lugar de `svn`'],
  ])('%s', (_name, control, twin) => {
    expect(lessons(control)).toEqual([]);
    expect(lessons(twin).length).toBe(1);
  });

  it('a bare name among CJK words counts on one side of a swap when the agent used the other', () => {
    const ranJest: Step[] = [{ run: 'npx jest', out: 'Tests: 3 passed' }];
    expect(lessons('用 vitest 而不是 jest', ranJest)).toEqual(['Use vitest, not jest.']);
    expect(lessons('用 vitest 而不是 jest')).toEqual([]);
    // Outside a swap a bare English word is no command: not even glossed (the miner would drop a one-word rule anyway).
    expect(glossRule('testsを実行しないで', [])).toBeUndefined();
  });

  it('an English sentence is left to the English miner: no lexicon reads its first clause and drops the rest', () => {
    // "use" is also Spanish and Portuguese; "Use pnpm, but only for installs" must not become "Use pnpm."
    expect(lessons('Use pnpm, but only for installs.')).toEqual([]);
    // A real prompt (keyframe-blogger): the Portuguese frame "use" alone does not turn it into code.
    expect(glossRule('Use gemini-2.5.', [])).toBeUndefined();
    expect(glossRule('Use pnpm, but only for installs.', [])).toBeUndefined();
    // A description with a hyphen is no command, and "such as" is English (test/signals/mine.test.ts caught this one).
    expect(glossRule('Use a lockfile-based installer, such as `uv`.', [])).toBeUndefined();
  });

  it('a rejection and the alternative in two sentences make one swap, as in English', () => {
    for (const text of ['No uses yarn. Usa pnpm.', 'Не используй yarn. Используй pnpm.', '不要用yarn。用pnpm。'])
      expect(read(text)).toEqual([{ lesson: SWAP, quote: text }]);
  });

  it('a rule in a fenced paste or echoed tool output is not the user speaking', () => {
    const out = '提示：不要运行 `npm audit fix`，请使用 pnpm';
    const echoed: Step[] = [{ run: 'cat CONTRIBUTING.zh.md', out }];
    expect(lessons(`看看这个：\n${out}`, echoed)).toEqual([]);
    expect(lessons('这是脚本：\n```sh\n# 不要运行 `npm audit fix`\nnpm ci\n```')).toEqual([]);
    // The same words typed by the user are read.
    expect(lessons('不要运行 `npm audit fix`')).toEqual(["Don't run `npm audit fix`."]);
  });
});

describe('a payload of a Latin-script sentence is code, never the sentence around it', () => {
  // Up to four ASCII words make a payload, and in es/pt/fr/de the words after a program may be the language's own:
  // "siempre usa pnpm para instalar dependencias" glossed as "Always use `pnpm para instalar dependencias`.".
  it.each([
    'siempre usa pnpm para instalar dependencias',
    'usa npm con la cache limpia',
    'sempre use pnpm para instalar pacotes',
    'utilise toujours pnpm pour les installations',
    'verwende immer pnpm für die Installation',
    'nunca ejecutes npm run build en la rama main',
  ])('%s reads nothing', (text) => {
    expect(glossRule(text, [])).toBeUndefined();
  });

  it.each<[string, string]>([
    ['siempre usa pnpm', 'Always use `pnpm`.'],
    ['nunca ejecutes npm run build', 'Never run `npm run build`.'],
  ])('the twin without the language words, %s, still reads', (text, lesson) => {
    expect(glossRule(text, [])).toBe(lesson);
  });
});
