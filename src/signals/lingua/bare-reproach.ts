/**
 * A reproach said as a sentence of its own, the order it reproaches next: "また忘れてる。テストを先に実行して。", "또
 * 잊었네. 테스트를 먼저 실행해.", "又忘了。先运行测试。", "You forgot again. Run the tests first.". One sentence says the
 * same as "You forgot to run the tests first" (rule-wording.ts) or "テストを先に実行するのを忘れないで" (standing.ts), a
 * standing rule; two sentences lost it, the order alone being a step of the task. The reproach names nothing (no
 * object, no infinitive: "又忘了分号" forgot a thing, once), so it frames the next sentence: read as that language's
 * reminder ("忘れずに", "잊지 말고", "记得", "Remember to", "Recuerda", "Denk daran"), which every reader of a reminder
 * already holds to its bars (a moment, one file, a question leave it no rule), and only where the order says when it
 * comes (WHEN). The quote and the lesson stay the user's own sentences.
 */
import { RULE_VERB } from '../rule-wording.js';
import { cjkStatesAfterFrame } from './cjk-statements.js';
import { ES_VERBS, PT_VERBS } from './romance-verbs.js';
import { DE_VERBS } from './standing.js';

/**
 * The order after the reproach, by the form each language gives one: Japanese and Korean end it so ("実行して", "돌려
 * 줘"), English and German open with the verb (a rule's verb, rule-wording.ts's RULE_VERB, or a German imperative),
 * Chinese has no statement's marks (cjk-statements.ts). "The tests are red now." and "テストが落ちてるよ。" say what is
 * wrong, not what to do.
 */
const ES_PT_DE_ORDER = new RegExp(`^(?:${ES_VERBS}|${PT_VERBS}|${DE_VERBS})$`, 'iu');
const JA_ORDER = /(?:[てで](?:ください|下さい|くれ|ね|よ)?|ないで(?:ください|下さい|ね)?)$/u;
const KO_ORDER = /(?:해|줘|줘요|세요|주세요|마|마세요|라)$/u;
/**
 * What points at this moment or at an unnamed thing: "それを元に戻して", "Mach das rückgängig", "지금 바로 고쳐" answer
 * what just happened, once.
 */
const THIS_ONCE =
  /それ|これ|あれ|今すぐ|今は|^今|すぐ|그거|그것|이거|이것|지금|바로|당장|这|這|那|它|现在|現在|马上|馬上|(?<![\p{L}])(?:it|that|this|now|das|es|dies|jetzt|sofort|eso|esto|ahora|isso|isto|agora|lo)(?![\p{L}])/iu;

/**
 * What makes the order a step that recurs: when it comes, before or after another step or first ("先に", "전에",
 * "先", "before you push", "antes del push", "zuerst", "avant", "перед"). Without it the order after a reproach is the
 * task of the moment: "You forgot again. Open the config file.", "又忘了。打开配置文件。", "また忘れてる。README を開いて。"
 * ask for one thing now, and said in two sessions they are two tasks, not a rule.
 */
const WHEN =
  /先に|前に|の前|まず|てから|あとで|後で|먼저|전에|후에|다음에|하고 나서|先|之前|以前|(?<!名)前|之后|之後|以后|以後|(?<![\p{L}])(?:before|after|first|prior to|antes|después|despues|primero|depois|primeiro|zuerst|erst|vor|nach|bevor|nachdem|avant|après|apres|d'abord|перед|после|сначала|прежде)(?![\p{L}])/iu;

/** Each language's bare reproach (the whole sentence, closing marks dropped) and the reminder its next sentence reads as. */
const REPROACHES: readonly [RegExp, (order: string) => string][] = [
  [
    /^(?:また|まだ|またまた)?忘れ(?:てる|ている|た|ました|てます|てた|ちゃった|てしまった)(?:ね|よ|の|な|じゃん|ですね|よね)?$/u,
    (order) => `忘れずに${order}`,
  ],
  [
    /^(?:또|또다시|또 다시|다시)\s*(?:잊었|잊으셨|잊어버렸|까먹었|까먹으셨)(?:네요|네|어|어요|군요|구나|죠|지)?$/u,
    (order) => `잊지 말고 ${order}`,
  ],
  [/^你?(?:又|又一次|再次)(?:忘了|忘记了|忘記了)(?:吧|啊|呀|哦)?$/u, (order) => `记得${order}`],
  [
    /^(?:you\s+)?forgot(?:\s+(?:it|that))?\s+again$|^(?:you\s+)?forgot\s+(?:it|that)\s+again$|^again,?\s+you\s+forgot(?:\s+(?:it|that))?$/iu,
    (order) => `Remember to ${order.charAt(0).toLowerCase()}${order.slice(1)}`,
  ],
  [
    /^(?:otra vez|de nuevo)\s+(?:lo\s+|se te\s+)?(?:olvidaste|olvidó|olvidaste hacerlo)$|^(?:lo\s+|se te\s+)?(?:olvidaste|olvidó)\s+(?:otra vez|de nuevo)$/iu,
    (order) => `Recuerda, ${order}`,
  ],
  [
    /^(?:você\s+)?(?:esqueceu|esqueceu-se)\s+(?:de novo|outra vez|novamente)$|^(?:de novo|outra vez)\s+(?:você\s+)?esqueceu$/iu,
    (order) => `Lembre-se de ${order}`,
  ],
  [
    /^(?:schon\s+)?wieder\s+vergessen$|^(?:du\s+hast\s+(?:es|das)\s+)?(?:schon\s+)?wieder\s+vergessen$/iu,
    (order) => `Denk daran, ${order}`,
  ],
];

/**
 * The sentence read as the reminder a bare reproach before it makes it (see the module comment), or undefined where
 * `before` is no bare reproach.
 */
export function afterBareReproach(before: string | undefined, sentence: string): string | undefined {
  if (!before) return undefined;
  const bare = (s: string) =>
    s
      .normalize('NFKC')
      .trim()
      .replace(/[\s。.!！?？~～…]+$/u, '');
  const hit = REPROACHES.find(([re]) => re.test(bare(before)));
  const order = bare(sentence);
  if (!hit || THIS_ONCE.test(order) || !WHEN.test(order) || !ordersByForm(order)) return undefined;
  return hit[1](sentence.trim());
}

function ordersByForm(order: string): boolean {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(order)) return JA_ORDER.test(order);
  if (/\p{Script=Hangul}/u.test(order)) return KO_ORDER.test(order);
  if (/\p{Script=Han}/u.test(order)) return !cjkStatesAfterFrame('zh', order);
  const first = /^[\p{L}-]+/u.exec(order)?.[0] ?? '';
  return RULE_VERB.test(first) || ES_PT_DE_ORDER.test(first);
}
