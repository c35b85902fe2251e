/**
 * The language the user wants the agent's words in: its replies, the comments it writes in code, its commit
 * messages ("请用中文回答", "コメントは日本語で書いてください", "antworte bitte auf Deutsch", "write comments in
 * English"). Users who do not write English ask for this more than for anything else, and they ask again in every
 * session because the agent forgets. Read in the user's own lines of any prompt, in nine languages, as an ask
 * (repeated-asks.ts): a lesson only once it recurs in sessions about different tasks.
 *
 * The lesson is the engine's fixed English sentence ("Write code comments in Japanese."): nothing of the user's
 * text fills it, so no phrasing of theirs (or anyone's) reaches memory through it; the user's sentence is the quote.
 *
 * Read only where a sentence is one such request: the language named in its "in <language>" frame (用中文, 日本語で,
 * 한국어로, en español, auf Deutsch, по-русски), one thing to write, and nothing that makes it a question, a
 * translation, a statement about existing text, a negation or a one-off ("this file", "for now").
 */
import type { Ask } from '../repeated-asks.js';

type OutputLanguage = 'chinese' | 'japanese' | 'korean' | 'spanish' | 'portuguese' | 'german' | 'french' | 'russian' | 'english';
type Artifact = 'replies' | 'comments' | 'commits';

/** What each language is called, in any of the nine (a name is distinctive whatever the sentence's language). */
const NAMES: Record<OutputLanguage, string> = {
  chinese: '中文|汉语|漢語|简体中文|簡體中文|繁体中文|繁體中文|中国語|중국어|chino|chinês|chinesisch|chinois|китайском|chinese',
  japanese: '日语|日語|日文|日本語|일본어|japonés|japonês|japanisch|japonais|японском|japanese',
  korean: '韩语|韓語|韩文|韓文|韓国語|한국어|coreano|koreanisch|coréen|корейском|korean',
  spanish: '西班牙语|西班牙語|スペイン語|스페인어|español|castellano|espanhol|spanisch|espagnol|испанском|spanish',
  portuguese: '葡萄牙语|葡萄牙語|ポルトガル語|포르투갈어|portugués|português|portugiesisch|portugais|португальском|portuguese',
  german: '德语|德語|德文|ドイツ語|독일어|alemán|alemão|deutsch|allemand|немецком|german',
  french: '法语|法語|法文|フランス語|프랑스어|francés|francês|französisch|français|французском|french',
  russian: '俄语|俄語|俄文|ロシア語|러시아어|ruso|russo|russisch|russe|русском|russian',
  english: '英文|英语|英語|영어|inglés|inglês|englisch|anglais|английском|english',
};
/** Russian says "in Russian" as an adverb of its own ("по-русски"), not as the name after a preposition. */
const RU_ADVERB: Partial<Record<OutputLanguage, string>> = {
  chinese: 'по-китайски',
  japanese: 'по-японски',
  korean: 'по-корейски',
  spanish: 'по-испански',
  portuguese: 'по-португальски',
  german: 'по-немецки',
  french: 'по-французски',
  russian: 'по-русски',
  english: 'по-английски',
};

/** The things an agent writes that a language can be asked for, in each language's words. */
const ARTIFACTS: [Artifact, RegExp][] = [
  [
    'commits',
    /提交(?:信息|说明|說明|消息|訊息)|commit\s*(?:message|信息|消息|说明|訊息|メッセージ|메시지)s?|コミットメッセージ|커밋\s*메시지|mensajes? de (?:commit|confirmación)|mensage(?:m|ns) de commit|commit-(?:nachricht|message)(?:en|s)?|messages? de commit|сообщени\p{L}* (?:к )?коммит\p{L}*/iu,
  ],
  ['comments', /注释|註釋|注解|コメント|주석|코멘트|comentarios|comentários|kommentare|commentaires|комментари\p{L}*|comments/iu],
  [
    'replies',
    /回答|解答(?!例|欄|用紙|集)|回复|回覆|答复|答覆|回应|回應|交流|沟通|溝通|对话|對話|返答|返信|応答|答えて|会話|話して|답변|대답|답해|응답|대화|respond\p{L}*|contest\p{L}*|respuestas?|respostas?|háblame|fale comigo|antwort\p{L}*|répon\p{L}*|отвеча\p{L}*|ответ\p{L}*|общайся|answer\p{L}*|repl(?:y|ies)|talk to me/iu,
  ],
];

/** The "in <language>" frame, per script: the name alone ("中文" in "中文文档") is not a request for it. */
function framed(name: string, adverb: string | undefined): RegExp {
  const n = `(?:${name})`;
  return new RegExp(
    [
      // Chinese: 用/使用/以/采用 + name, or the name before the verb it is written in ("中文回答").
      `(?:用|使用|以|采用|採用|改用|改成)\\s*${n}`,
      `${n}\\s*(?:回答|回复|回覆|答复|写|寫|书写|書寫|撰写|撰寫|交流|沟通|输出|輸出)`,
      // Japanese and Korean: the name with its instrumental particle.
      `${n}\\s*(?:で|로|으로)`,
      // Spanish, Portuguese, French, German, English, Russian: the preposition before the name.
      `(?<![\\p{L}])(?:en|em|in|auf|на)\\s+${n}(?![\\p{L}])`,
      ...(adverb ? [adverb] : []),
    ].join('|'),
    'iu',
  );
}
const LANGUAGE_NAME = new RegExp(`^(?:${Object.values(NAMES).join('|')})$`, 'iu');
/** Whether a word is a language's name ("español", "français"): what "Siempre en español" asks the replies in. */
export const namesLanguage = (word: string): boolean => LANGUAGE_NAME.test(word);
const FRAMES = (Object.keys(NAMES) as OutputLanguage[]).map((lang) => ({ lang, frame: framed(NAMES[lang], RU_ADVERB[lang]) }));

/**
 * Words that make the sentence no standing request for a language: a question, a translation (a task on some
 * text), a negation, a statement about what is already written, this moment.
 */
const HOLD = new RegExp(
  [
    String.raw`[?？]|吗|嗎|ですか|ますか|か[。.]?$|까요|나요|니까`,
    String.raw`翻译|翻譯|翻訳|訳して|번역|tradu\p{L}*|übersetz\p{L}*|перев\p{L}*|translat\p{L}*`,
    String.raw`不要|别|別|不用|しないで|ないで|하지\s*마|말고|(?<![\p{L}])(?:no|não|nicht|kein\p{L}*|ne|pas|не|not|don'?t|never|nunca|jamais|niemals)(?![\p{L}])`,
    String.raw`是中文|都是|になっている|ています|ている|되어\s*있|입니다|(?<![\p{L}])(?:está|están|estão|sind|ist|sont|est|are|is|was|were)(?![\p{L}])`,
    String.raw`这次|這次|今回|暂时|暫時|とりあえず|이번|(?<![\p{L}])(?:for now|por ahora|por enquanto|vorerst|pour l'instant|пока)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/**
 * One file or one text: "write this comment in Chinese", "このコメントを日本語で". Only in the clause that asks for the
 * language: "この指摘に対応すべきか確認して日本語で回答して" points at a review comment in one clause and asks for the
 * reply's language in the next, and "in this project" (the demonstrative of the memory's own scope) is no one text.
 */
const ONE_TEXT = new RegExp(
  String.raw`这个|這個|这段|這段|这些|這些|この|その|이\s*파일|(?<![\p{L}])(?:this|that|these|este|esta|esse|essa|diese[rsmn]?|ce|cette|этот|эту|это)(?![\p{L}])`,
  'iu',
);
const PROJECT_SCOPE =
  /(?:この|その)(?:プロジェクト|リポジトリ|リポ)|(?:这个|這個)(?:项目|項目|仓库|倉庫)|이\s*(?:프로젝트|저장소|레포)|(?<![\p{L}])(?:this|that) (?:project|repo(?:sitory)?|codebase)|(?:este|esse) (?:proyecto|projeto|repositorio|repositório|repo)|diese[rsmn]? (?:projekt|repo(?:sitory)?)|ce (?:projet|dépôt)(?![\p{L}])/giu;
/** Where one clause ends: a comma, a conjunction, a Japanese verb's connective form ("確認して", "見て、"). */
const CLAUSE_BREAK = /[,，、;；]|\s(?:and|und|y|et|e|и)\s|して|て、|で、/u;

/** The clause of `s` the language is asked in, or the whole sentence when no clause holds the ask alone. */
function askingClause(s: string, frame: RegExp): string {
  return s.split(CLAUSE_BREAK).find((c) => frame.test(c)) ?? s;
}
/** Longer than this, the sentence is about more than the language (a task with a language in it). */
const MAX_SENTENCE = 90;

const LANGUAGE_TEXT: Record<OutputLanguage, string> = {
  chinese: 'Chinese',
  japanese: 'Japanese',
  korean: 'Korean',
  spanish: 'Spanish',
  portuguese: 'Portuguese',
  german: 'German',
  french: 'French',
  russian: 'Russian',
  english: 'English',
};
const ARTIFACT_TEXT: Record<Artifact, string> = {
  replies: 'Answer',
  comments: 'Write code comments',
  commits: 'Write commit messages',
};

/**
 * The output-language request one sentence of the user's makes, as an ask, or undefined. Replies share the
 * signature of the opening style ask "answer in German" (repeated-asks.ts), so the two wordings are one lesson.
 */
export function outputLanguageAsk(sentence: string): Ask | undefined {
  const s = sentence.normalize('NFKC').trim();
  if (s.length > MAX_SENTENCE || HOLD.test(s)) return undefined;
  const langs = FRAMES.filter((f) => f.frame.test(s));
  if (langs.length !== 1) return undefined;
  if (ONE_TEXT.test(askingClause(s, langs[0]!.frame).replace(PROJECT_SCOPE, ' '))) return undefined;
  const artifacts = ARTIFACTS.filter(([, re]) => re.test(s));
  // "用中文写提交信息和注释" names two: one lesson each would be two asks from one sentence; the first suffices.
  const artifact = artifacts[0]?.[0];
  if (!artifact) return undefined;
  const lang = langs[0]!.lang;
  const lesson = `${ARTIFACT_TEXT[artifact]} in ${LANGUAGE_TEXT[lang]}.`;
  const signature = artifact === 'replies' ? `ask|style|${lang}` : `ask|lang|${artifact}|${lang}`;
  return { signature, lesson, sentence, own: sentence };
}
