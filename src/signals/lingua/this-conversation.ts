/**
 * The present conversation named as a rule's scope: "this rule is for this chat", "в этом чате", "本次对话中". The user
 * limits the rule to a chat that memory outlives, as "for now" limits it to a moment, so no miner reads it as a
 * standing rule. Round 15 met it in a real Gemini CLI log ("…другое трогать нельзя, это правило для этого чата").
 * One list for the nine languages the miners read; the English part is also in TRANSIENT (corrections.ts), which
 * every English miner reads.
 */
import { word } from './lexicon.js';

/**
 * English, as a TRANSIENT alternative: only where the phrase ends its clause (or says "only"), so a thing named after
 * it ("in this chat widget", "this session cookie") is no scope.
 */
export const THIS_CONVERSATION_EN = String.raw`(?:(?:for|in|during|within|throughout) (?:this|the current)|for the rest of (?:this|the)) (?:chat|conversation|thread|session)(?=\s*(?:$|[.,;:!?)]|only\b))|this (?:chat|conversation|thread) only`;

const OTHER_LANGUAGES = [
  word(
    '(?:для|в|в рамках|на время|до конца) (?:этого|этом|этой|текущего|текущем|текущей) (?:чата|чате|диалога|диалоге|разговора|разговоре|беседы|беседе|сессии|переписки|переписке)',
  ),
  word(
    '(?:in|für|während) (?:diesem|diesen|dieser|dieses|diese|dem aktuellen|der aktuellen) (?:chat|gespräch|unterhaltung|sitzung|session|konversation)',
  ),
  word('(?:en|para|durante) (?:este|esta) (?:chat|conversación|conversacion|sesión|sesion|hilo)'),
  word('(?:n|para |durante )(?:este|esta) (?:chat|conversa|sessão|sessao)'),
  word('(?:dans|pour|pendant) (?:ce|cette) (?:chat|conversation|session|discussion)'),
  '(?:这次|這次|本次|这个|這個|当前|當前|这轮|這輪|本轮|本輪)(?:对话|對話|会话|會話|聊天)',
  '(?:この|今回の)(?:会話|チャット|セッション|スレッド)',
  '이번? ?(?:대화|채팅|세션) ?(?:에서|에서는|에서만|에만|동안|중에는?|만)',
];

const ANY = new RegExp(String.raw`\b(?:${THIS_CONVERSATION_EN})\b|${OTHER_LANGUAGES.join('|')}`, 'iu');

/**
 * The conversation named and then passed ("в этом чате и дальше", "in diesem Chat und künftig", "この会話でも今後も"):
 * the user extends the rule from this chat to every later one, which is what "from now on" says. English needs no
 * entry: its form above must end the clause, and "in this chat and beyond" does not. "And then" ("и потом", "y
 * después", "et ensuite") goes on with the task, not past the chat: no entry.
 */
const ONWARDS = [
  word(String.raw`и (?:дальше|далее|в дальнейшем|впредь|в будущем|(?:во всех )?(?:следующих|других|остальных|последующих)(?: \p{L}+)?)`),
  word(
    String.raw`und (?:auch )?(?:künftig|zukünftig|in zukunft|darüber hinaus|ab jetzt|in allen (?:weiteren|künftigen|folgenden)(?: \p{L}+)?)`,
  ),
  word(
    String.raw`y (?:en adelante|de aquí en adelante|en (?:el )?futuro|en (?:los|las|todos los|todas las) (?:siguientes|próxim[oa]s)(?: \p{L}+)?)`,
  ),
  word(String.raw`e (?:daqui (?:pra|para) frente|de agora em diante|no futuro|n[oa]s próxim[oa]s(?: \p{L}+)?)`),
  word(String.raw`et (?:à l'avenir|désormais|dans (?:les|toutes les) (?:suivantes|prochaines)(?: \p{L}+)?|les suivant(?:e)?s)`),
  String.raw`(?:及|和|以及|与|與|还有|還有)?(?:以后|以後|今后|今後|之后|之後|将来|將來)`,
  String.raw`(?:でも|も)?[、,]?\s*(?:今後|これから|次回以降|以降)も?`,
  String.raw`도?\s*(?:와|과)?\s*(?:앞으로도?|이후에도?|다음에도?)`,
].join('|');
const PASSED = new RegExp(String.raw`(?:${OTHER_LANGUAGES.join('|')})\s*,?\s*(?:${ONWARDS})`, 'giu');

/**
 * The sentence without the conversation it names and passes, and whether it named one so: the rest is read as a
 * standing rule said "from now on" (standing.ts), and no longer as one kept to this chat.
 */
export function withoutPassedConversation(text: string): { rest: string; passed: boolean } {
  if (!NOUN.test(text)) return { rest: text, passed: false };
  const rest = text.replace(PASSED, ' ');
  return { rest, passed: rest !== text };
}
/**
 * The nouns every form above ends in, matched first: most sentences name no conversation, and this test is a fraction
 * of ANY's cost (its lookbehinds are tried at every position), which runs on every sentence of every user's turn.
 */
const NOUN =
  /chat|[ck]onversa|thread|session|чат|диалог|разговор|бесед|сесси|переписк|gespräch|unterhaltung|sitzung|sesi[oó]n|sessão|sessao|hilo|discussion|对话|對話|会话|會話|聊天|会話|チャット|セッション|スレッド|대화|채팅|세션/i;

/** Whether `text` limits what it says to the present conversation, in any language the miners read. */
export function saysThisConversation(text: string): boolean {
  return NOUN.test(text) && ANY.test(withoutPassedConversation(text).rest);
}

/** Words that make a sentence about the rules just given: "this rule", "these instructions", "это правило", "这条规则". */
const ABOUT_THE_RULES =
  /\b(?:rules?|instructions?|applies|apply)\b|правил|указани|инструкци|规则|規則|ルール|규칙|\breglas?\b|\bregras?\b|\brègles?\b|\bregeln?\b|\banweisung/iu;
/** At most this many words: a short sentence that names this conversation says what it scopes is the message. */
const SHORT = 8;

/**
 * A sentence that puts the whole message under that scope ("Never rewrite files. This rule is for this chat only.",
 * "Only in this conversation."): it speaks of the rules or is short. A longer sentence that merely mentions the chat
 * ("fix the bug we found in this chat") scopes nothing but itself.
 */
export function scopesTheMessage(sentence: string): boolean {
  if (!saysThisConversation(sentence)) return false;
  return ABOUT_THE_RULES.test(sentence) || sentence.trim().split(/\s+/).length <= SHORT;
}
