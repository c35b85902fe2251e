/**
 * Standing rules in another language with no code to gloss (src/signals/lingua/standing.ts): "remember to X",
 * "from now on X", "always X", "never X" in eight languages. Two wordings of one rule, typed in two sessions, must
 * share a signature (the frame and politeness differ, the rule does not); the lesson is the user's own sentence.
 * Controls are paired with a twin that is read: a question, "this time", "but", a prohibition against its opposite,
 * a statement that only looks like a frame, and English, which the English miner reads itself.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { standingRule } from '../../src/signals/lingua/standing.js';
import { session } from './session-builder.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };

/** The rules the miner reads from one prompt said after the agent's first step. */
function rules(text: string) {
  const s = session('s1', [{ user: 'fix the export' }, { run: 'ls src', out: 'export.ts' }, { user: text }]);
  return mineSession(s, noMemory)
    .filter((x) => x.kind === 'instruction' && x.signature.includes('|said|'))
    .map((x) => ({ signature: x.signature, lesson: x.lesson, quote: x.evidence[0]?.quote }));
}

describe('one rule in two wordings is one signature, and its lesson is the user\u2019s sentence', () => {
  it.each<[string, string, string]>([
    ['zh, remember', '记得先启动代理', '请记得启动一下代理。'],
    ['zh, don\u2019t forget', '别忘了启动代理', '记得启动代理'],
    ['zh, from now on', '以后提交前先更新 CHANGELOG', '今后提交前要更新 CHANGELOG'],
    ['ja, remember', '忘れずにプロキシを起動してください', 'プロキシを起動するのを忘れないでください'],
    ['ja, from now on', '今後はテストを先に書いてください', 'これからはテストを先に書いて'],
    ['ko, always', '항상 프록시를 먼저 켜 주세요', '반드시 프록시를 켜 주세요'],
    ['es, remember', 'Recuerda iniciar el proxy primero.', 'No olvides iniciar el proxy, por favor.'],
    ['pt, remember', 'Lembre-se de iniciar o proxy.', 'Não esqueça de iniciar o proxy primeiro.'],
    ['de, remember', 'Denk daran, den Proxy zu starten.', 'Vergiss nicht, bitte zuerst den Proxy zu starten.'],
    ['fr, remember', "N'oublie pas de lancer le proxy.", "Pense à lancer le proxy s'il te plaît."],
    ['ru, remember', 'Не забудь запустить прокси.', 'Помни, запустить прокси.'],
    ['ru, never', 'Никогда не пушь в main.', 'Никогда не пушь в main!'],
  ])('%s: %s / %s', (_lang, a, b) => {
    const [ra, rb] = [rules(a), rules(b)];
    expect(ra).toHaveLength(1);
    expect(rb).toHaveLength(1);
    expect(ra[0]!.signature).toBe(rb[0]!.signature);
    expect(ra[0]!.quote).toBe(a);
    // The lesson is the sentence as typed, with one full stop of the engine's.
    expect(ra[0]!.lesson).toBe(`${a.replace(/[\s.!。！]+$/u, '')}.`);
  });
});

describe('what is no standing rule stays unread', () => {
  it.each<[string, string, string]>([
    ['a question', '为什么不记得启动代理？', '记得启动代理'],
    ['this time', '记得这次启动代理', '记得启动代理'],
    ['this time (ja)', '今回は忘れずにプロキシを起動して', '忘れずにプロキシを起動して'],
    ['but', 'Recuerda iniciar el proxy, pero solo en local.', 'Recuerda iniciar el proxy.'],
    ['nothing after the frame', '记得哦', '记得启动代理'],
    ['a statement with "no" (es)', 'No funciona el proxy.', 'Nunca toques el proxy.'],
    ['English is the English miner\u2019s', 'Remember to start the proxy.', 'Recuerda iniciar el proxy.'],
  ])('%s: %s', (_why, control, twin) => {
    expect(standingRule(control)).toBeUndefined();
    expect(standingRule(twin)).toBeDefined();
  });

  it('a prohibition and its opposite are two rules, never one', () => {
    const no = standingRule('以后不要直接推到 main');
    const yes = standingRule('以后直接推到 main');
    expect(no && yes && no.key !== yes.key).toBe(true);
    expect(standingRule('Nunca hagas push a main.')?.key).not.toBe(standingRule('Siempre hagas push a main.')?.key);
  });

  it('Japanese with kanji is read as Japanese, not as Chinese', () => {
    expect(standingRule('今後はテストを先に書いてください')?.lang).toBe('ja');
    expect(standingRule('今后先写测试')?.lang).toBe('zh');
  });
});

describe('a standing frame around a verb that names nothing to act on is no rule (objectless.ts, in eight languages)', () => {
  it.each([
    '以后不要删除。',
    '以后都不要修改了',
    '从现在开始别覆盖',
    '永远不要删除',
    '今後は削除しないでください。',
    'これからは上書きしないで',
    '앞으로 삭제하지 마.',
    '이제부터는 수정하지 마세요',
    'De ahora en adelante no borres.',
    'A partir de ahora no lo cambies, por favor.',
    'Nunca sobrescribas.',
    'Sempre apague.',
    'Von nun an nicht mehr löschen.',
    'Künftig bitte nicht ändern.',
    'Désormais, ne supprime plus.',
    'Ne supprime jamais.',
    'Впредь не удаляй.',
    'Отныне не меняй это.',
    'Никогда не удаляй.',
  ])('"%s"', (s) => {
    expect(standingRule(s)).toBeUndefined();
  });

  it.each([
    '以后不要删除迁移文件。',
    '以后不要覆盖 config.yaml',
    '永远不要删除任何测试',
    '今後はマイグレーションファイルを削除しないで。',
    '앞으로 마이그레이션 파일을 삭제하지 마.',
    'De ahora en adelante no borres las migraciones.',
    'Sempre apague os arquivos temporários.',
    'Von nun an nie die Migrationen löschen.',
    'Désormais, ne supprime plus les migrations.',
    'Впредь не удаляй миграции.',
    'Никогда не удаляй тесты.',
  ])('"%s" names what it acts on and stays a rule', (s) => {
    expect(standingRule(s)).toBeDefined();
  });
});
