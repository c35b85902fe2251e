/**
 * A standing rule said in another language whose payload is not code, so gloss.ts cannot put it in the engine's
 * English: "记得先启动代理" (remember to start the proxy first), "今後はテストを先に書いてください", "ab jetzt immer
 * zuerst den Proxy starten". English reads "remember to X", "always X", "from now on X" and "never X" as rules
 * (mine-instructions.ts); this reads the same four frames in the eight languages of the lexicons, and nothing else:
 * a bare negation ("no", "не", "不要") is left out where the language also uses it for statements ("no funciona").
 *
 * The lesson is the user's own sentence, as typed: no translation of ours can be checked, and an agent reads the
 * user's language. The sentence must still clear every bar an English rule does (its own lines, sessions apart, no
 * question or "this time" in it), and what clusters the sessions is the sentence without its frame and politeness,
 * so "记得启动代理" and "请记得先启动一下代理" are one rule.
 */
import { zh } from './zh.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { es } from './es.js';
import { pt } from './pt.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { it } from './it.js';
import { reminderFrame, withoutReminder, type Lexicon } from './lexicon.js';
import { saysThisConversation, withoutPassedConversation } from './this-conversation.js';
import { pointsAtUnnamedThing } from './this-thing.js';
import { outputLanguageAsk } from './output-language.js';
import { ES_VERBS, PT_VERBS } from './romance-verbs.js';
import { hasOwnSubject } from './own-subject.js';
import { cjkStatesAfterFrame } from './cjk-statements.js';
import { remindsOfPast } from './past-reminder.js';
import { forbidsAfterFrame } from './forbids.js';
import { stemmedKey } from './key-stems.js';
import { verblessReading } from './verbless.js';

type Polarity = 'pos' | 'neg';

interface Frames {
  lex: Lexicon;
  /** The script the language is written in: Japanese with kana, Korean with Hangul, Chinese with neither. */
  script: RegExp;
  /** A frame that makes the sentence a rule, each with the polarity it states. */
  frames: readonly [RegExp, Polarity][];
  /**
   * Politeness and small words stripped from the key (never from the lesson), after the frame that opens the
   * sentence. Never a negation: "以后不要直接推到 main" and "以后直接推到 main" are opposite rules.
   */
  noise: RegExp;
  /**
   * What is left after the frame when it orders a verb that needs an object and names none, at most with a pronoun
   * or politeness ("以后不要删除", "今後は削除しないで", "de ahora en adelante no borres"): a piece of a request, not a
   * rule, as in English (objectless.ts). "Nothing"/"anything" words are not here: "不要删除任何东西" names a scope.
   */
  objectless: RegExp;
  /** The language's own "from now on", one its frames read: what a conversation named and passed says. */
  fromNowOn: string;
  /** The frame of frames that says "from now on": an order must follow it, not the speaker's plan. */
  later: RegExp;
}

/** Latin letters and no other script's: a sentence of Han or Cyrillic with a Latin name in it is not Spanish. */
const LATIN = /^(?=.*[A-Za-z])(?!.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}])/su;
const SPACED_NOISE = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu');

/**
 * Where French, Spanish, Portuguese, German and Russian put "always" (and German "never"): after the imperative, not
 * before it ("Utilise toujours pnpm", "Ejecuta siempre los tests", "Führe immer die Tests aus", "Verwende nie npm",
 * "Отвечай всегда по-русски"). Only a rule's own verbs (English RULE_VERB's, in the imperative) open it: a verb
 * with its subject dropped opens statements in the same order ("Falla siempre en CI", "Crasht immer beim Start"). The
 * key drops the adverb alone and keeps the verb ("lance toujours X" and "utilise toujours X" are two rules).
 */
function afterVerb(verbs: string, adverb: string): RegExp {
  const re = new RegExp(String.raw`^(${verbs})\s+(?:${adverb})\s+`, 'iu');
  AFTER_VERB.add(re);
  return re;
}
/**
 * German puts "always"/"never" after the verb's object or a phrase as readily as after the verb, and a separable verb's
 * particle last: "Führe vor dem Commit immer den Linter aus", "Schalte die Typprüfung niemals ab", or the adverb last:
 * "Entferne Debug-Ausgaben vor dem Commit immer". Up to six words may stand between the imperative and the adverb,
 * which the key keeps with the verb. Not "immer wieder/noch/mehr"
 * (again and again, still, ever more): "Führe es immer wieder aus" asks it now, repeatedly.
 */
function afterVerbApart(verbs: string, adverb: string): RegExp {
  const re = new RegExp(
    String.raw`^((?:${verbs})(?:\s+(?!(?:${adverb})(?![\p{L}]))[^\s,;:]+){1,6})\s+(?:${adverb})(?!\s+(?:wieder|noch|mehr)(?![\p{L}]))(?:\s+|$)`,
    'iu',
  );
  AFTER_VERB.add(re);
  return re;
}
/**
 * The frames afterVerb made. A reply-language ask in that order ("Réponds toujours en français") is the output-language
 * reader's (output-language.ts), which says it as "Answer in French." and joins it with "Answer in French" in any other
 * wording: this frame leaves it there.
 */
const AFTER_VERB = new WeakSet<RegExp>();
export const FR_VERBS =
  'utilise|utilisez|lance|lancez|exécute|exécutez|execute|executez|fais|faites|écris|écrivez|ecris|ecrivez|ajoute|ajoutez|vérifie|vérifiez|verifie|verifiez|teste|testez|demande|demandez|commite|commitez|committe|committez|pousse|poussez|mets|mettez|garde|gardez|crée|créez|cree|creez|lis|lisez|réponds|répondez|reponds|repondez|explique|expliquez|dis|dites|documente|documentez|formate|formatez|nomme|nommez|commence|commencez|montre|montrez|indique|indiquez|rédige|rédigez|redige|redigez|relis|relisez|suis|suivez|travaille|travaillez';
export const DE_VERBS =
  'verwende|verwend|verwenden sie|benutze|benutz|benutzen sie|nutze|nutz|nutzen sie|nimm|nehmen sie|führe|führ|führen sie|starte|start|starten sie|schreibe|schreib|schreiben sie|füge|füg|fügen sie|prüfe|prüf|prüfen sie|teste|test|testen sie|frage|frag|fragen sie|committe|committen sie|pushe|push|pushen sie|mache|mach|machen sie|erstelle|erstell|erstellen sie|lies|lesen sie|antworte|antwort|antworten sie|erkläre|erklär|erklären sie|sage|sag|sagen sie|dokumentiere|dokumentieren sie|halte|halt|halten sie|aktualisiere|aktualisieren sie|formatiere|formatieren sie|beginne|beginn|beginnen sie|zeige|zeig|zeigen sie|nenne|nenn|nennen sie|folge|folg|folgen sie|arbeite|arbeiten sie|lade|lad|laden sie|schalte|schalt|schalten sie|probiere|probier|probieren sie|lösche|lösch|löschen sie|entferne|entfern|entfernen sie|ändere|änder|ändern sie|installiere|installier|installieren sie|aktiviere|aktivier|aktivieren sie|deaktiviere|deaktivier|deaktivieren sie|setze|setz|setzen sie|baue|bau|bauen sie|lege|leg|legen sie|lass|lasse|lassen sie|räume|räum|räumen sie|trage|trag|tragen sie|gib|geben sie|rufe|ruf|rufen sie';
export const RU_VERBS =
  'используй|используйте|пользуйся|пользуйтесь|запускай|запускайте|выполняй|выполняйте|делай|делайте|пиши|пишите|добавляй|добавляйте|проверяй|проверяйте|тестируй|тестируйте|спрашивай|спрашивайте|коммить|коммитьте|пушь|пушьте|ставь|ставьте|сохраняй|сохраняйте|создавай|создавайте|читай|читайте|отвечай|отвечайте|объясняй|объясняйте|говори|говорите|документируй|документируйте|обновляй|обновляйте|форматируй|форматируйте|начинай|начинайте|показывай|показывайте|указывай|указывайте|следуй|следуйте|работай|работайте|держи|держите';

/**
 * Italian imperatives that no present tense shares: an -are verb's order is its third person ("lancia sempre
 * un'eccezione", "mostra sempre lo stesso errore" say what a program does), so only -ere and -ire verbs' orders open
 * the frame ("Esegui sempre i test prima", "Scrivi sempre i test"); "usa sempre" is the Portuguese reader's.
 */
const IT_VERBS =
  'esegui|eseguite|scrivi|scrivete|aggiungi|aggiungete|metti|mettete|tieni|tenete|leggi|leggete|rileggi|rispondi|rispondete|segui|seguite|chiedi|chiedete|rimuovi|rimuovete|apri|aprite|includi|includete|scegli|scegliete|esegui|fai|fate';

/**
 * Frames that open no order of their own but one with its verb dropped ("Jamais sur main", "Никогда в main"): they hold
 * only where the whole sentence is such an order (verbless.ts), not "Jamais sur main ça marche".
 */
const VERBLESS_ONLY = new WeakSet<RegExp>();
function verblessOnly(re: RegExp): RegExp {
  VERBLESS_ONLY.add(re);
  return re;
}

/**
 * Korean says "don't" by the verb's ending, "-지 마(세요)", "-지 말 것", "-지 말아 주세요", with no frame word before it:
 * "main에 직접 푸시하지 마세요" is "Don't push to main directly", a prohibition as English "Don't …" is. Only with an
 * object or a place marked by its particle, or a name in Latin letters, before the verb: "걱정하지 마세요" (don't worry),
 * "신경 쓰지 마" (never mind), "너무 무리하지 마세요" (don't overdo it) say something kind, not a rule. Not "잊지 마"
 * (don't forget), a reminder (closingReminder).
 */
const KO_DONT =
  /^(?=.*(?:[\p{L}\d`](?:을|를|은|는|에|에서|에는|으로|로)|[A-Za-z0-9`])\s)(?!.*잊지\s*마).*지\s*(?:마|마세요|마요|마라|말아요|말아\s*주세요|말\s*것)$/u;

/** Each language's "from now on" frame (lexicon.ts later), opening the sentence. */
const laterFrame = (lex: Lexicon): RegExp => new RegExp(`^(?:${lex.later})${lex.spaced ? String.raw`(?![\p{L}])` : ''}`, 'iu');
const ZH_LATER = laterFrame(zh);
const JA_LATER = laterFrame(ja);
const KO_LATER = laterFrame(ko);
const ES_LATER = laterFrame(es);
const PT_LATER = laterFrame(pt);
const DE_LATER = laterFrame(de);
const FR_LATER = laterFrame(fr);
const RU_LATER = laterFrame(ru);
const IT_LATER = laterFrame(it);

const LANGUAGES: readonly Frames[] = [
  {
    lex: zh,
    fromNowOn: '以后',
    later: ZH_LATER,
    script: /^(?=.*\p{Script=Han})(?!.*[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/su,
    frames: [
      [reminderFrame(zh), 'pos'],
      [ZH_LATER, 'pos'],
      [/^(?:请|請)?(?:每次都|总是|總是|始终|始終|务必|務必)/u, 'pos'],
      [/^(?:请|請)?(?:永远不要|永遠不要|绝对不要|絕對不要|千万不要|千萬不要|永远别|永遠別|绝不|絕不)/u, 'neg'],
    ],
    noise: /请|請|一下|一遍|先|都|要|吧|哦|啊|了|的/gu,
    objectless:
      /^(?:请|請)?(?:都|也|再)?(?:不要|别|別|不能|不准|禁止)?(?:再)?(?:删除|删掉|刪除|刪掉|删|刪|移除|覆盖|覆蓋|修改|改动|改動|更改|编辑|編輯|移动|移動|重命名|复制|複製|替换|替換)(?:它们|它們|它|这个|這個|那个|那個)?(?:了|吧|哦)?$/u,
  },
  {
    lex: ja,
    fromNowOn: '今後は',
    later: JA_LATER,
    script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    frames: [
      [reminderFrame(ja), 'pos'],
      [ja.closingReminder!.frame, 'pos'],
      [JA_LATER, 'pos'],
      [/^(?:必ず|常に|毎回)/u, 'pos'],
      [/^(?:絶対に|決して)/u, 'neg'],
    ],
    noise: /ください|下さい|お願いします|してね|して|する|の|こと|を|は|に|で|ね|よ|まず|先に/gu,
    objectless:
      /^(?:それを|これを)?(?:削除|上書き|変更|編集|移動|名前を変更|コピー|置換)(?:しないで|しない|するな|禁止)?(?:ください|下さい|ね)?$|^(?:それを|これを)?(?:消さないで|消すな)(?:ください|下さい|ね)?$/u,
  },
  {
    lex: ko,
    fromNowOn: '앞으로',
    later: KO_LATER,
    script: /\p{Script=Hangul}/u,
    frames: [
      [reminderFrame(ko), 'pos'],
      [ko.closingReminder!.frame, 'pos'],
      [KO_LATER, 'pos'],
      [/^(?:항상|반드시|매번)/u, 'pos'],
      [/^절대(?:로)?/u, 'neg'],
      [KO_DONT, 'neg'],
    ],
    // A prohibition's ending at each level of politeness ("하지 마", "하지 마세요", "하지 말 것") is one.
    noise: /주세요|해요|하세요|해줘|한다|(?<=지\s*)(?:마세요|마요|마라|말아요|말아\s*주세요|말\s*것|마)$|을|를|은|는|이|가|먼저|\s+/gu,
    objectless:
      /^(?:그것을|그걸|그거)?\s*(?:삭제|덮어쓰기|수정|변경|편집|이동|이름 변경|복사)(?:하지 마(?:세요|요)?|하지 말아 ?주세요|하지 말 것|금지)?$|^(?:그것을|그걸|그거)?\s*지우지 마(?:세요|요)?$/u,
  },
  {
    lex: es,
    fromNowOn: 'de ahora en adelante',
    later: ES_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(es), 'pos'],
      [ES_LATER, 'pos'],
      [/^siempre\s+/iu, 'pos'],
      [afterVerb(ES_VERBS, 'siempre'), 'pos'],
      [/^nunca\s+/iu, 'neg'],
    ],
    noise: SPACED_NOISE('por|favor|el|la|los|las|de|que|primero'),
    objectless:
      /^(?:por favor,?\s+)?(?:no\s+)?(?:lo\s+|los\s+|la\s+|las\s+)?(?:borres|borre|elimines|elimine|sobrescribas|sobrescriba|modifiques|modifique|cambies|cambie|edites|edite|muevas|mueva|renombres|renombre|copies|copie|reemplaces|reemplace)(?:\s+m[aá]s)?(?:,?\s+por favor)?$/iu,
  },
  {
    lex: pt,
    fromNowOn: 'de agora em diante',
    later: PT_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(pt), 'pos'],
      [PT_LATER, 'pos'],
      [/^sempre\s+/iu, 'pos'],
      [afterVerb(PT_VERBS, 'sempre'), 'pos'],
      [/^nunca\s+/iu, 'neg'],
    ],
    noise: SPACED_NOISE('por|favor|o|a|os|as|de|que|primeiro'),
    objectless:
      /^(?:por favor,?\s+)?(?:não\s+)?(?:o\s+|os\s+|a\s+|as\s+)?(?:apague|apagues|exclua|delete|remova|sobrescreva|modifique|altere|mude|edite|mova|renomeie|copie|substitua)(?:\s+mais)?(?:,?\s+por favor)?$/iu,
  },
  {
    lex: de,
    fromNowOn: 'von nun an',
    later: DE_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(de), 'pos'],
      [DE_LATER, 'pos'],
      [/^immer\s+/iu, 'pos'],
      [afterVerb(DE_VERBS, 'immer'), 'pos'],
      [afterVerbApart(DE_VERBS, 'immer'), 'pos'],
      [/^(?:nie|niemals)\s+/iu, 'neg'],
      [afterVerb(DE_VERBS, 'nie|niemals'), 'neg'],
      [afterVerbApart(DE_VERBS, 'nie|niemals'), 'neg'],
    ],
    noise: SPACED_NOISE('bitte|zuerst|erst|den|die|das|der|zu|du'),
    objectless:
      /^(?:bitte\s+)?(?:(?:nicht|nie|niemals)(?:\s+mehr)?\s+(?:löschen|entfernen|überschreiben|ändern|bearbeiten|verschieben|umbenennen|kopieren|ersetzen)|(?:lösche|entferne|überschreibe|ändere|bearbeite|verschiebe|kopiere|ersetze)(?:\s+es|\s+sie)?\s+(?:nicht|nie|niemals)(?:\s+mehr)?)(?:,?\s+bitte)?$/iu,
  },
  {
    lex: fr,
    fromNowOn: 'désormais',
    later: FR_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(fr), 'pos'],
      [FR_LATER, 'pos'],
      [/^toujours\s+/iu, 'pos'],
      [afterVerb(FR_VERBS, 'toujours'), 'pos'],
      [/^(?:ne|n')\s*\p{L}+\s+jamais(?![\p{L}])/iu, 'neg'],
      // With the verb dropped, "never" before a place or a tool ("Jamais sur main"): read only where the phrase alone
      // names a thing the agent uses (verblessOnly).
      [verblessOnly(/^jamais\s+(?=(?:avec|sans|sur|en|dans|par|via)\s)/iu), 'neg'],
      // The infinitive's "never", as rules lists write it ("Ne jamais supprimer les migrations"); not a state ("Ne
      // jamais avoir de tests, quelle idée": a complaint).
      [
        /^ne\s+jamais\s+(?!(?:avoir|être|etre|pouvoir|savoir|vouloir|devoir|falloir|voir)(?![\p{L}]))\p{L}+(?:er|ir|re)(?![\p{L}])/iu,
        'neg',
      ],
    ],
    noise: SPACED_NOISE("s'il|te|plaît|vous|le|la|les|de|d'abord"),
    objectless:
      /^(?:ne\s+|n')?(?:le\s+|la\s+|les\s+|l')?(?:supprime|supprimez|efface|effacez|écrase|écrasez|modifie|modifiez|change|changez|déplace|déplacez|renomme|renommez|copie|copiez|remplace|remplacez)(?:\s+(?:pas|plus|jamais))?(?:,?\s+s'il (?:te|vous) plaît)?$/iu,
  },
  {
    lex: ru,
    fromNowOn: 'впредь',
    later: RU_LATER,
    script: /\p{Script=Cyrillic}/u,
    frames: [
      [reminderFrame(ru), 'pos'],
      [RU_LATER, 'pos'],
      [/^всегда\s+/iu, 'pos'],
      [afterVerb(RU_VERBS, 'всегда'), 'pos'],
      [/^никогда\s+не\s+/iu, 'neg'],
      // "Никогда в main": "never" with the verb dropped, as French "Jamais sur main" above.
      [verblessOnly(/^никогда\s+(?=(?:с|со|без|в|во|на|через|по|из)\s)/iu), 'neg'],
    ],
    noise: SPACED_NOISE('пожалуйста|сначала'),
    objectless:
      /^(?:пожалуйста,?\s+)?(?:не\s+)?(?:удаляй|удаляйте|удалять|перезаписывай|перезаписывайте|изменяй|изменяйте|меняй|меняйте|редактируй|редактируйте|перемещай|перемещайте|переименовывай|переименовывайте|копируй|копируйте|заменяй|заменяйте)(?:\s+(?:это|их|его|её|больше))?(?:,?\s+пожалуйста)?$/iu,
  },
  {
    lex: it,
    fromNowOn: "d'ora in poi",
    later: IT_LATER,
    script: LATIN,
    frames: [
      [reminderFrame(it), 'pos'],
      [IT_LATER, 'pos'],
      [afterVerb(IT_VERBS, 'sempre'), 'pos'],
      // "Mai fare push su main", "Mai usare sudo": "never" with the infinitive and what it acts on.
      [/^mai\s+(?=\p{L}+(?:are|ere|ire)\s+\S)/iu, 'neg'],
      // The prohibition is "non" with the infinitive, "mai" before or after it ("Non usare npm", "Non fare mai push su
      // main"), with what it acts on: "Non preoccuparti" (don't worry), "Non avere fretta" (don't hurry) are kind words.
      [
        /^non\s+(?:mai\s+)?(?!(?:avere|essere|stare|sapere|potere|volere|dovere)(?![\p{L}]))\p{L}+(?:are|ere|ire)(?:lo|la|li|le|ne)?\s+(?:mai\s+)?(?=\S)/iu,
        'neg',
      ],
      // Not a reflexive verb's: "Evita di scusarti" (don't apologise) is kind, no rule.
      [/^evit(?:a|ate)\s+(?!(?:di\s+)?\p{L}+(?:rti|rsi|rvi|rci)(?![\p{L}]))(?:di\s+)?(?=\S)/iu, 'neg'],
    ],
    noise: SPACED_NOISE('per|favore|il|lo|la|i|gli|le|di|che|prima'),
    // And an infinitive alone after a reminder ("Non dimenticare di salvare"): what it acts on is unsaid; "Non fare il
    // furbo" (don't play smart) plays a part, it acts on nothing.
    objectless:
      /^\p{L}+(?:are|ere|ire)$|^non\s+fare\s+(?:il|lo|la)\s+\p{L}+[oa]$|^(?:per favore,?\s+)?(?:non\s+)?(?:mai\s+)?(?:cancellare|eliminare|modificare|cambiare|spostare|rinominare|copiare|sostituire|toccare)(?:lo|la|li|le)?(?:\s+(?:mai|più))?(?:,?\s+per favore)?$/iu,
  },
];

/**
 * German's "never" in a key as one word: "niemals" is "nie" said louder and "nie wieder" is "never again", so "Pushe
 * niemals auf main" and "Pushe nie wieder auf main" are "Pushe nie auf main" (a key keeps a prohibition's negation).
 */
const DE_NEVER = /(?<![\p{L}])(?:niemals|nie)(?:\s+wieder)?(?![\p{L}])/giu;

const MAX_SENTENCE = 160;
/** Fewer key characters than this and the rule says nothing ("记得哦", "n'oublie pas"); a CJK word is two or three. */
const MIN_KEY = { spaced: 4, unspaced: 3 };

export interface StandingRule {
  polarity: Polarity;
  /** The sentence without its frame, politeness and small words: what sessions must share to be one rule. */
  key: string;
  lang: string;
}

/** The standing rule a sentence in another language states, or undefined (see the module comment). */
export function standingRule(sentence: string): StandingRule | undefined {
  if (sentence.length > MAX_SENTENCE) return undefined;
  const typed = sentence
    .normalize('NFKC')
    .replace(/[’‘ʼ]/g, "'")
    .trim()
    .replace(/^[\s,.!。、]+|[\s,.!。!、]+$/gu, '');
  // "Не удаляй тесты в этом чате и дальше": this chat and every later one, as "from now on" says (this-conversation.ts).
  const passed = withoutPassedConversation(typed);
  const rest = passed.rest.replace(/\s{2,}/g, ' ').replace(/^[\s,.!。、]+|[\s,.!。!、]+$/gu, '');
  for (const { lex, script, frames, later, noise, objectless, fromNowOn } of LANGUAGES) {
    if (!script.test(typed)) continue;
    const s = passed.passed ? `${fromNowOn}${lex.spaced ? ' ' : ''}${rest}` : typed;
    const frame = frames.find(([re]) => re.test(s) && (!VERBLESS_ONLY.has(re) || verblessReading(s) === 'order'));
    // Chinese has no infinitive to tell "你忘了导入模块" (a rule missed) from "你忘了那个分号" (a thing, once): its
    // reproach is read only around code, by the gloss.
    if (!lex.spaced && frame?.[0] === reminderFrame(lex) && reminderFrame(lex).exec(s)?.groups?.forgot !== undefined) continue;
    // The words of a "from now on" are no moment ("à partir de maintenant", "ab jetzt": lexicon.ts later).
    const held = frame?.[0] === later ? s.replace(later, ' ') : s;
    if (!frame || lex.hold.test(held) || saysThisConversation(s) || pointsAtUnnamedThing(s)) continue;
    const after = s.replace(frame[0], '');
    // "Désormais, je vais relire les PR moi-même.": the speaker's plan, not an order to the agent (own-subject.ts); "以后
    // 构建会更快。": a prediction (cjk-statements.ts).
    if (frame[0] === later && (hasOwnSubject(lex.lang, after) || cjkStatesAfterFrame(lex.lang, after))) return undefined;
    // "Recuerda que ayer falló el build.": what happened, not what to do (past-reminder.ts).
    if (frame[0] === reminderFrame(lex) && remindsOfPast(lex.lang, after)) return undefined;
    if (AFTER_VERB.has(frame[0]) && outputLanguageAsk(s)) return undefined;
    // The frame may hold the negation and the verb (French "ne supprime jamais"): the whole sentence is asked too.
    if (objectless.test(s.replace(frame[0], '').replace(/^[\s,，、]+/u, '')) || objectless.test(s)) return undefined;
    // A reminder's or a habit's frame is dropped ("记得" / "别忘了", "忘れずに" / "を忘れないで" say the same); a
    // prohibition's stays, it holds the negation. Code is compared as typed; the words around it without politeness.
    const body =
      frame[0] === reminderFrame(lex)
        ? ` ${withoutReminder(s, lex) ?? s}`
        : frame[1] === 'pos'
          ? s.replace(frame[0], AFTER_VERB.has(frame[0]) ? '$1 ' : ' ')
          : s;
    const key = body
      .toLowerCase()
      .replace(noise, ' ')
      .replace(/[\s\p{P}]+/gu, lex.spaced ? ' ' : '')
      .trim();
    if (key.replace(/\s/g, '').length < MIN_KEY[lex.spaced ? 'spaced' : 'unspaced']) return undefined;
    // "From now on" says when, not whether: "A partir de ahora, no hagas commit sin tests" forbids (forbids.ts).
    const polarity = frame[0] === later && forbidsAfterFrame(lex.lang, after) ? 'neg' : frame[1];
    // An imperative and an infinitive, a verb first or last, are one rule (key-stems.ts).
    return {
      polarity,
      key: stemmedKey(lex.lang, polarity === 'neg' && lex.lang === 'de' ? key.replace(DE_NEVER, 'nie') : key),
      lang: lex.lang,
    };
  }
  return undefined;
}
