/** Japanese: no spaces; particles (を, は, で) sit between the payload and the verb. */
import { clause, type Lexicon } from './lexicon.js';

const PLEASE = '(?:ください|下さい|くれ|ね|よ)?';
const USE = `(?:使って|使用して|使う|使え|使うこと|使用すること|使用する|使用)${PLEASE}`;
const NOT_USE = `(?:使わないで|使用しないで|使うな|使わないこと|使用しないこと)${PLEASE}`;
const RUN = `(?:実行して|走らせて|実行すること|流して|回して|叩いて)${PLEASE}`;
const NOT_RUN = `(?:実行しないで|走らせないで|実行するな|流さないで|回さないで|叩かないで|実行しないこと)${PLEASE}`;
const INSTEAD = '(?:ではなく|じゃなくて|じゃなく|でなく|の代わりに|のかわりに)';
const events: Lexicon['events'] = [
  [/コミット|commit/, 'committing'],
  [/プッシュ|push/, 'pushing'],
  [/デプロイ|deploy/, 'deploying'],
  [/マージ|merge/, 'merging'],
  [/pr(?:を)?(?:作成|出す|作る)|プルリク(?:エスト)?(?:を)?(?:作成|出す|作る)?/, 'opening a pull request'],
];

export const ja: Lexicon = {
  lang: 'ja',
  cue: /使|実行|走らせ|流|回|叩/,
  swap: [clause(`{B}~${INSTEAD}~(?:,~)?{A}~(?:を|で)?~${USE}`), clause(`{A}~(?:を|で)~${USE}~(?:,~)?{B}~(?:は|を)~${NOT_USE}`)],
  reject: [clause(`{B}~(?:は|を)~${NOT_USE}`)],
  ask: [clause(`{A}~(?:を|で)~${USE}`)],
  dontRun: [clause(`{X}~(?:は|を)?~${NOT_RUN}`)],
  before: [clause(`{E}~(?:する)?~(?:の)?(?:前に|まえに|前は)~(?:,~)?{X}~(?:を)?~${RUN}`, events)],
  events,
  always: /必ず|かならず|常に|いつも|毎回/g,
  never: /絶対に|絶対|決して/,
  hold: /[?？]|か[。.]?$|かな|ですか|ますか|なぜ|どうして|なんで|今回|とりあえず|一旦|ひとまず|まだ|今は|このファイル|このスクリプト|この関数|このテスト|だけ|ただし|けど|けれど|でも|以外/,
  filler: 'このプロジェクトでは|このリポジトリでは|このリポでは|ここでは|お願いします|お願い|。',
  later: '今後は?|これからは',
  remind: '忘れずに',
  forgot: '',
  closingReminder: { frame: /(?:の|こと)を忘れないで(?:ください|下さい|ね)?$|を覚えておいて(?:ください)?$/u, verb: 'する', order: 'して' },
  again: '',
  spaced: false,
  interjection: /^(?:違う|ちがう|いいえ|いや|だめ|ダメ|違います)$/,
};
