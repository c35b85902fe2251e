/**
 * Chinese, Japanese and Korean: does a sentence that opens with "always", "every time" or "never" (总是/每次都/始终,
 * 毎回/常に/必ず/絶対に/決して, 항상/매번/반드시/절대) state something rather than order it? "总是报同样的错。", "毎回テストが
 * 落ちます。", "항상 에러가 발생합니다." each became memory word for word when said in two sessions (standing.ts reads the
 * frame and nothing else). These languages drop the subject and have no person on the verb, so what tells them apart is
 * what each grammar marks:
 * - Japanese and Korean mark an order at the sentence's end (て(ください), ないで, こと, な; -세요, -주세요, -지 마, -ㄹ 것).
 *   Without one, a polite or past ending (ます, です, た; -ㅂ니다, -요, -다), a subject particle (が; 이/가), a
 *   Korean negation no order uses (안, -지 않-: an order says -지 마) or an adjective predicate states. A plain
 *   dictionary form with its object ("必ずテストを書く", the style of a rules list) is left a rule.
 * - Chinese has no endings. An order may carry 请/要/先 but needs none ("总是先写测试"), so only the statement is marked:
 *   a predicate no one orders the agent to do (a failure, "slow", "the same" at the clause's end), a potential
 *   complement (连不上, 跑不起来: cannot), 没 (orders negate with 别/不要), a prediction (会), 出现/有 (there is), 忘 (forget),
 *   or 从不 (never, as a habit: a prohibition says 永远不要/绝不/千万别). A prohibitive 不要/别 or 请 is an order whatever follows.
 */

const JA_FRAME = /^(?:必ず|常に|毎回|いつも|絶対に|絶対|決して)/u;
/** An order's ending: て/で + a request, ないで, こと, dictionary form + な, なさい, ましょう, ように, べき, お願い, the e-row imperative. */
const JA_ORDER =
  /(?:[てで](?:ください|下さい|くれ|ね|よ|ほしい(?:です)?|もらえる|ちょうだい)?|ないで(?:ください|下さい|くれ|ね|よ)?|こと|[るうくすつぬむぶぐ]な|なさい|ましょう|ように|べき(?:だ|です)?|お願い(?:します)?|[えけせへめれげべ]|しろ|せよ)$/u;
/**
 * Polite, past or copula endings, the progressive ("ている"), "becomes" ("エラーになる", "速くならない"), an adjective ("遅い", "おかしい"; not a plain negative:
 * "絶対にプッシュしない" is a rules list's prohibition).
 */
const JA_STATES =
  /(?:ます|ません|ました|ませんでした|です|でした|だ|だった|た|だろう|でしょう|ている|てる|ちゃう|ちゃった|[^なけ]い|[くに]なる|[くに]ならない)$/u;
/** A thing failing or misbehaving, with no object (を) an action would take: "決して成功しない", "絶対に動かない". */
const JA_FAILS = /失敗|落ち|エラー|クラッシュ|タイムアウト|止ま|固ま|動か|成功し|通ら|遅|重い|おかし|壊れ|バグ|ハング|フリーズ|直ら|再現/u;
/** A subject marked with が (not the "but" of "…が、"). */
const JA_SUBJECT = /\p{L}が(?![、,])/u;

const KO_FRAME = /^(?:항상|반드시|꼭|매번|언제나|늘|절대로?)(?=\s|$)/u;
/** -세요, -(해) 주세요, -줘, -지 마(세요), -ㄹ 것, -자, -라, -바랍니다, plain 해. */
const KO_ORDER = /(?:세요|십시오|시오|주세요|줘|줘요|마|마요|마세요|말아요|것|자|라|해|바랍니다|하기)$/u;
/** Declarative endings: -ㅂ니다/-습니다, -다, the polite -요. */
const KO_STATES = /(?:니다|다|요)$/u;
/** Negations an order has no use for (안 or 못 before the verb, -지 않-, -지 못-), and a subject particle on a word of two syllables or more. */
const KO_MARKED = /(?:^|\s)(?:안|못)\s|지\s*(?:않|못)|\p{Script=Hangul}{2,}[이가](?=\s)/u;
/** "The same …" opening what follows ("항상 같은 문제", "매번 똑같은 에러"): sameness, as Chinese 一样 (ZH_END). */
const KO_SAME = /^(?:똑\s*)?같은(?=\s)/u;

const ZH_FRAME = /^(?:每次都|每次|总是|總是|始终|始終|一直|从来|從來|从不|從不|永远|永遠|绝对|絕對|绝不|絕不)/u;
/** Words of an order to the agent: a prohibition, "please", "remember", "must". */
const ZH_ORDER = /请|請|不要|别|別|不准|禁止|千万|千萬|务必|務必|必须|必須|一定要|记得|記得/u;
/**
 * What no order ends on: a failure, slowness, sameness (the clause's last words, particles dropped, or before where
 * it happens: "卡死在这一步").
 */
const ZH_END =
  /(?:失败|失敗|报错|報錯|出错|出錯|错误|錯誤|错|錯|崩溃|崩潰|崩|挂|掛|挂掉|掛掉|超时|超時|卡住|卡死|卡|死机|死機|闪退|閃退|不行|不对|不對|有问题|有問題|坏|壞|一样|一樣|慢|很久|这样|這樣)(?:(?:在|于|於|到)\p{Script=Han}{1,8})?$/u;
/**
 * Anywhere in the sentence: a potential complement (a verb, 不, its result: "连不上", "跑不起来"), 没, a prediction, "there
 * is/appears", forgetting, "never" as a habit, an evaluative degree ("很慢", "太久").
 */
const ZH_MARKED =
  /\p{Script=Han}(?<![绝絕从從决決远遠都也就还還是总總再])不(?:了|上|起来|起來|到|动|動|开|開|下|过|過|好|完|通|出来|出來|进去|進去|懂|住)|没|沒|^(?:都|也)?(?:出现|出現|有|是)|(?<![机機学學开開社聚大协協工体體约約宴年晚早例])(?:会|會)(?![议議话話员員计計])|忘|(?:很|太|好|非常|特别|特別|超|这么|這麼|那么|那麼)(?:慢|久|卡|烦|煩|麻烦|麻煩|长|長|难|難|复杂|複雜|奇怪)/u;

/** The sentence without its closing marks and final particles, which no reading here depends on. */
const trimmed = (s: string) => s.replace(/[\s。．.!！~～…]+$/u, '');

function japaneseStates(afterFrame: string): boolean {
  const rest = trimmed(afterFrame);
  if (!rest || JA_ORDER.test(rest)) return false;
  return JA_STATES.test(rest) || JA_SUBJECT.test(rest) || (JA_FAILS.test(rest) && !rest.includes('を'));
}

/**
 * A rules list's present with its object and no subject: "항상 테스트를 먼저 실행한다" (plain -ㄴ다/-는다) and the soft
 * request "항상 린트를 먼저 돌려요" (polite -요) say what is done, as Japanese "必ずテストを書く" does. A statement of the
 * same shape marks its subject (이/가, KO_MARKED) or has nothing to act on ("항상 실패해요"); one whose object is a failure
 * ("매번 에러를 내요": it throws an error) or says how much ("메모리를 많이 써요") or whose verb is past (ㅆ: "실행했어요") or a guess (겠) states still, and so do
 * the endings that tell or exclaim (-네요, -군요, -죠, -는데요, -거든요, -잖아요).
 */
const KO_OBJECT = /[\p{L}\d][을를](?=\s|$)/u;
/** A failure, or how much or how long, which an order to do something has no use for ("메모리를 많이 써요"). */
const KO_FAILS = /에러|오류|문제|실패|경고|버그|예외|타임아웃|크래시|충돌|깨|느려|느리|멈|죽|터져|터지|터졌|많이|너무|자꾸|계속|오래/u;
const KO_TELLS = /(?:네요|군요|죠|지요|는데요|거든요|잖아요|대요|래요|나요)$/u;
/** A Hangul syllable whose final consonant is ㄴ (the plain present's -ㄴ다) or ㅆ (the past's). */
const finalConsonant = (syllable: string) => (syllable.codePointAt(0)! - 0xac00) % 28;
/** "Must" (-야 해요, -야 한다, -야 돼요): what the speaker has to do again ("매번 빌드를 다시 해야 해요"), a complaint too. */
const KO_MUST = /야\s*(?:해|한다|합니다|돼|된다|됩니다)/u;
/**
 * The polite -요 says "it does" as readily as "do": "항상 메모리를 잡아먹어요" (it eats the memory). It is read as a
 * request only where the sentence orders a step ("먼저", "전에", "후에") or says "without fail" (반드시), or its object
 * is a tool's name as typed ("pnpm을").
 */
const KO_SOFT_ORDER = /먼저|전에|후에|다음에|[A-Za-z][\w.-]*[을를](?=\s|$)/u;
/**
 * The verbs of a rule's doing (run, use, write, update, check, apply, add, commit, push, install, review, format): with
 * no subject, "항상 캐시를 먼저 읽는다" (it reads the cache first), "항상 빌드를 망가뜨린다" (it breaks the build), "항상
 * 캐시를 무시한다" say what a program does in the same endings, so only these verbs (or their noun before 하다: "타입
 * 검사를 해요") make the present a rule, as Spanish reads only a rule's verbs after "siempre" (romance-verbs.ts).
 */
const KO_RULE_VERB = /실행|돌린|돌려|사용|작성|업데이트|갱신|확인|검사|적용|추가|커밋|푸시|설치|리뷰|포맷|기록|문서화|수행/u;
function koreanRulePresent(frame: string, rest: string): boolean {
  const words = rest.split(/\s+/u);
  const verb = words.at(-1) ?? '';
  if (!KO_RULE_VERB.test(words.slice(-3).join(' '))) return false;
  if (!KO_OBJECT.test(rest) || KO_FAILS.test(rest) || KO_MUST.test(rest) || KO_TELLS.test(verb) || /겠/u.test(verb)) return false;
  if ([...verb].some((c) => /\p{Script=Hangul}/u.test(c) && finalConsonant(c) === 20)) return false;
  const before = [...verb].at(-2) ?? '';
  if (/다$/u.test(verb)) return /는$/u.test(before) || (/\p{Script=Hangul}/u.test(before) && finalConsonant(before) === 4);
  return /요$/u.test(verb) && (/^반드시/u.test(frame) || KO_SOFT_ORDER.test(rest));
}

function koreanStates(afterFrame: string, frame = ''): boolean {
  const rest = trimmed(afterFrame).trim();
  if (!rest || KO_ORDER.test(rest)) return false;
  if (KO_MARKED.test(` ${rest}`) || KO_SAME.test(rest)) return true;
  return KO_STATES.test(rest) && !koreanRulePresent(frame, rest);
}

function chineseStates(afterFrame: string): boolean {
  if (ZH_ORDER.test(afterFrame)) return false;
  const said = trimmed(afterFrame);
  // The final particles go before the end is read, not before the potential complement is ("启动不了").
  const rest = said.replace(/(?:了|啊|呀|吧|的|呢|嘛|哦|喔)+$/u, '');
  if (!rest) return false;
  return ZH_END.test(rest) || ZH_MARKED.test(said);
}

const STATES: Record<string, (afterFrame: string) => boolean> = { zh: chineseStates, ja: japaneseStates, ko: koreanStates };

/**
 * Whether what follows a frame in Chinese, Japanese or Korean states rather than orders: after "from now on" too ("以后
 * 构建会更快。", "これからはビルドが速くなる。", "앞으로는 빌드가 빨라질 거예요.": a prediction, standing.ts).
 */
export const cjkStatesAfterFrame = (lang: string, afterFrame: string): boolean => STATES[lang]?.(afterFrame.trim()) === true;

/** Whether a sentence opening with a CJK "always"/"never" states something rather than orders it (module comment). */
export function cjkStatement(sentence: string): boolean {
  const s = sentence.normalize('NFKC').trim();
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return JA_FRAME.test(s) && japaneseStates(s.replace(JA_FRAME, ''));
  if (/\p{Script=Hangul}/u.test(s)) return KO_FRAME.test(s) && koreanStates(s.replace(KO_FRAME, ''), KO_FRAME.exec(s)?.[0]);
  // "从不" is "never" as a habit: a prohibition says 永远不要, 绝不 or 千万别.
  if (/\p{Script=Han}/u.test(s)) return ZH_FRAME.test(s) && (/^(?:从不|從不|从来|從來)/u.test(s) || chineseStates(s.replace(ZH_FRAME, '')));
  return false;
}
