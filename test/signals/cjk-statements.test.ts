/**
 * Chinese, Japanese and Korean sentences that open with "always"/"every time"/"never" (lingua/cjk-statements.ts), read
 * through statesNotAsks as the instruction miner reads them. Statements: a failure or a slowness at the clause's end, a
 * potential complement, 没, a prediction, forgetting; Japanese and Korean polite, past and declarative endings, subject
 * particles, Korean 안 / -지 않-. Orders: every ending an order takes, and Chinese orders with no marker at all.
 */
import { describe, expect, it } from 'vitest';
import { statesNotAsks } from '../../src/signals/statements.js';
import { standingRule } from '../../src/signals/lingua/standing.js';

describe('CJK statements that open with a rule frame', () => {
  it.each([
    '总是编译报错。',
    '每次都下载失败。',
    '始终登录不上。',
    '总是找不到配置文件。',
    '每次都没有输出。',
    '总是会断开连接。',
    '每次都出现乱码。',
    '总是忘记关掉调试模式。',
    '从不检查返回值。',
    '总是慢得要命，很久。',
    '每次都跑得太慢。',
    '總是連不上伺服器。',
    '毎回インストールに失敗します。',
    'いつもサーバーが落ちる。',
    '常に警告が表示される。',
    '毎回フォーマッタが変な差分を出した。',
    '必ず二回目で止まる。',
    '決してうまく動かない。',
    '絶対に遅くなる。',
    '항상 서버가 죽어요.',
    '매번 설치가 실패합니다.',
    '절대 연결이 안 된다.',
    '항상 느립니다.',
    '매번 테스트 하나가 빠진다.',
    '절대로 통과하지 않아.',
  ])('%s states', (s) => {
    expect(statesNotAsks(s)).toBe(true);
  });

  it.each([
    '总是先跑一遍测试再推送。',
    '每次都用中文回复我。',
    '始终保持函数短小。',
    '总是先问我再改配置。',
    '永远不要跳过失败的测试。',
    '绝不上传生产数据库的备份。',
    '请每次都检查错误日志。',
    '每次都先读一下README。',
    '毎回変更点を箇条書きでまとめてください。',
    '必ずテストを書いてからコミットして。',
    '絶対にforce pushしないでください。',
    '常にエラーメッセージを確認すること。',
    '決して本番環境で実行するな。',
    '毎回作業ブランチを切る。',
    '항상 변경 사항을 요약해 주세요.',
    '절대 테스트를 건너뛰지 마세요.',
    '매번 커밋 메시지는 영어로 쓸 것.',
    '반드시 리뷰를 받고 머지하세요.',
    '항상 에러 메시지를 확인해 줘.',
  ])('%s orders', (s) => {
    expect(statesNotAsks(s)).toBe(false);
    expect(standingRule(s)).toBeDefined();
  });
});
