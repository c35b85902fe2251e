/** Korean: spaced words, but particles (를, 은) attach to the payload, so `~` allows both. */
import { clause, type Lexicon } from './lexicon.js';

const OBJ = '(?:를|을|는|은|로|으로)?';
const USE = '(?:사용해|사용하세요|사용해줘|사용해~주세요|사용할 것|써|써줘|쓰세요|써~주세요)';
const NOT_USE = '(?:사용하지~마|사용하지~마세요|사용하지~말 것|쓰지~마|쓰지~마세요)';
const RUN = '(?:실행해|실행하세요|실행해줘|실행해~주세요|돌려|돌려줘|돌리세요|돌려~주세요)';
const NOT_RUN = '(?:실행하지~마|실행하지~마세요|실행하지~말 것|돌리지~마|돌리지~마세요)';
const events: Lexicon['events'] = [
  [/커밋|commit/, 'committing'],
  [/푸시|push/, 'pushing'],
  [/배포|deploy/, 'deploying'],
  [/머지|병합|merge/, 'merging'],
  [/pr\s*(?:을|를)?\s*(?:올리기|만들기|생성)?|풀\s*리퀘스트/, 'opening a pull request'],
];

export const ko: Lexicon = {
  lang: 'ko',
  cue: /사용|쓰|써|실행|돌리|돌려/,
  swap: [clause(`{B}~(?:말고|대신에?|가 아니라|이 아니라)~(?:,~)?{A}~${OBJ}~${USE}`)],
  reject: [clause(`{B}~${OBJ}~${NOT_USE}`)],
  ask: [clause(`{A}~${OBJ}~${USE}`)],
  dontRun: [clause(`{X}~${OBJ}~${NOT_RUN}`)],
  before: [clause(`{E}~(?:하기)?~전에?~(?:,~)?{X}~${OBJ}~${RUN}`, events)],
  events,
  always: /항상|반드시|꼭|매번|언제나/g,
  never: /절대로?/,
  hold: /[?？]|까[.]?$|나요|니[.]?$|왜|이번에는|이번만|일단|아직|지금은|오늘은?|내일은?|당분간|잠깐|잠시|이 ?파일|이 ?스크립트|이 ?함수|하지만|그런데|다만|빼고|제외/,
  filler: '이 ?프로젝트에서는|이 ?저장소에서는|이 ?레포에서는|여기서는|제발',
  later: '앞으로는?|이제부터는?',
  remind: '잊지 말고|꼭 기억해|기억해 둬',
  forgot: '',
  closingReminder: { frame: /(?:것을|거) 잊지 마(?:세요|요)?$/u, verb: '하는 ', order: '해' },
  again: '',
  spaced: false,
  interjection: /^(?:아니|아니요|아니야|아뇨|틀렸어)$/,
};
