/** Chinese (simplified and traditional): no spaces, so `~` joins the frame to its ASCII payload. */
import { clause, type Lexicon } from './lexicon.js';
import { ZH_DONT } from './negation.js';

const USE = '(?:改用|换用|使用|用)';
const RUN = '(?:运行|執行|执行|運行|跑|启动|啟動|调用|調用)';
const events: Lexicon['events'] = [
  [/提交|commit/, 'committing'],
  [/推送|push/, 'pushing'],
  [/部署|deploy/, 'deploying'],
  [/合并|合併|merge/, 'merging'],
  [/(?:提交?|创建|建立|开|開)\s*pr|pull\s*request/, 'opening a pull request'],
];

export const zh: Lexicon = {
  lang: 'zh',
  cue: /[用跑运執执運启啟调調]/,
  swap: [
    clause(`${USE}~{A}~(?:而不是|而非|不要用|别用|別用|代替|替代|取代)~{B}`),
    clause(`{A}~而不是~{B}`),
    clause(`${ZH_DONT}${USE}~{B}~(?:,~)?(?:要|请|請)?${USE}~{A}`),
  ],
  reject: [clause(`${ZH_DONT}${USE}~{B}~(?:了)?`)],
  ask: [clause(`(?:要)?${USE}~{A}`)],
  dontRun: [clause(`${ZH_DONT}${RUN}~{X}~(?:了|命令)?`)],
  before: [
    clause(`(?:在)?~{E}~(?:之前|以前|前)~(?:,~)?(?:都|要|先)*~${RUN}~(?:一下|一遍)?~{X}`, events),
    clause(`(?:先)?${RUN}~{X}~(?:,~)?(?:然后|之后)?再~{E}`, events),
  ],
  events,
  always: /每次都|每次|总是|總是|始终|始終|一直|务必|務必|一定要|必须|必須/g,
  never: /永远|永遠|绝对|絕對|绝不|絕不|从不|從不/,
  hold: /[?？]|吗|嗎|呢$|为什么|為什麼|为何|怎么|怎麼|是否|暂时|暫時|这次|這次|这一次|先不|目前|现在先|現在先|这个(?:文件|脚本|函数|测试|目录)|這個(?:文件|腳本|函數|測試|目錄)|但是?|除了|只在|比如|例如|把.*(?:换成|改成|替换|換成|替換)/,
  filler:
    '请|請|麻烦|麻煩|记住|記住|注意|在这个(?:项目|仓库|repo)(?:里|中)?|在本(?:项目|仓库)(?:里|中)?|这个(?:项目|仓库)(?:里|中)?|本项目(?:里|中)?|在这里|哦|吧|啊|。',
  later: '从现在开始|從現在開始|从今以后|從今以後|以后|以後|今后|今後',
  remind: '(?:请|請)?(?:一定要?|千万|千萬)?(?:记得|記得|记住|記住|别忘了|別忘了|不要忘了|不要忘记|不要忘記)',
  forgot: '你?(?:又|再次)?(?:忘了|忘记了|忘記了|忘记|忘記)',
  again: '',
  spaced: false,
  interjection: /^(?:不对|不對|错了|錯了|不是这样|不是這樣|不行|不|no)$/i,
};
