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
 * The nouns every form above ends in, matched first: most sentences name no conversation, and this test is a fraction
 * of ANY's cost (its lookbehinds are tried at every position), which runs on every sentence of every user's turn.
 */
const NOUN =
  /chat|[ck]onversa|thread|session|чат|диалог|разговор|бесед|сесси|переписк|gespräch|unterhaltung|sitzung|sesi[oó]n|sessão|sessao|hilo|discussion|对话|對話|会话|會話|聊天|会話|チャット|セッション|スレッド|대화|채팅|세션/i;

/** Whether `text` limits what it says to the present conversation, in any language the miners read. */
export function saysThisConversation(text: string): boolean {
  return NOUN.test(text) && ANY.test(text);
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
