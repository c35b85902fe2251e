import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  isClaudeAgent
} from "./chunk-ZMW6ZSA4.js";
import {
  boundedMemo,
  folderSummary,
  joinFolders
} from "./chunk-S4URGW26.js";

// src/signals/normalize.ts
import { hash } from "node:crypto";
function shortHash(text, length = 12) {
  return hash("sha256", text, "hex").slice(0, length);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function normalizeText(text) {
  return text.replace(/\\n/g, " ").replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>").replace(/\b[0-9a-f]{7,64}\b/gi, (m) => /\d/.test(m) && /[a-f]/i.test(m) ? "<hash>" : m).replace(/(?:\/(?:tmp|var\/folders|private\/var)|[A-Z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp)[^\s'"`]*/g, "<tmp>").replace(/(?:~|\.{1,2})?(?:\/[\w.@+-]+){2,}\/?/g, "<path>").replace(/\b[\w.-]+\.(?:py|ts|tsx|js|mjs|cjs|jsx|rb|go|rs|ex|exs|java|kt|c|h|cpp|json|ya?ml|toml|md|lock|txt|sh)\b/g, "<file>").replace(/"[^"\n]{0,200}"|'[^'\n]{0,200}'|`[^`\n]{0,200}`/g, "<q>").replace(/:\d+(?::\d+)?\b/g, ":<n>").replace(/\b\d+(?:\.\d+)*\b/g, "<n>").replace(/\s+/g, " ").trim().toLowerCase();
}
var ERROR_LINE = /\b(error|exception|fatal|not found|missing|failed|failure|denied|no such|cannot|can't|could not|unknown|invalid|not recognized|unrecognized|refused|no upstream|no rule|timed out)/i;
var NAMED_ERROR = /\b[A-Z]\w*(Error|Exception):/;
var PREFIXED_ERROR = /^(\w+ )?(error|fatal|err!)\b[:!]?/i;
var NOISE_LINE = /^(exit code \d+|compiling|generated|running|getting extensions|==>|\s*$)/i;
function salientErrorLine(text) {
  const lines = text.split(/\r?\n|\\n/).map((l) => l.trim());
  const useful = lines.filter((l) => l.length > 0 && !NOISE_LINE.test(l));
  const hit = useful.find((l) => NAMED_ERROR.test(l)) ?? useful.find((l) => PREFIXED_ERROR.test(l)) ?? useful.find((l) => ERROR_LINE.test(l));
  return (hit ?? useful[0] ?? lines.find((l) => l.length > 0) ?? "").replace(/^E\s+/, "").slice(0, 200);
}
function errorLineSignature(salient) {
  return normalizeText(salient).slice(0, 100);
}
var STOP = new Set(
  "a an the to of in on for and or with by is are be it this that these those when then than as at from into use using run running always never do dont not please you your we our should must make sure instead rather".split(
    " "
  )
);
function contentWords(text) {
  const words2 = text.toLowerCase().replace(/n['’]t\b/g, " not").replace(/[`*_>#[\]()"',.:;!?]/g, " ").split(/\s+/).map((w) => w.replace(/'/g, "")).filter((w) => w.length > 1 && !STOP.has(w));
  return [...new Set(words2)];
}
function jaccard(a, b) {
  if (a.length === 0 && b.length === 0) return 0;
  const sb = new Set(b);
  let inter = 0;
  for (const w of a) if (sb.has(w)) inter++;
  return inter / (a.length + b.length - inter);
}
function codeSpans(text) {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "").filter((s) => s.length > 0);
}
function referencesOf(text) {
  const refs = /* @__PURE__ */ new Set();
  const bare = text.replace(/`[^`\n]*`/g, " ");
  for (const m of bare.matchAll(/\bhttps?:\/\/[^\s<>()[\]"'`]+/gi)) {
    const url = m[0].replace(/[.,;:!?]+$/, "").replace(/\/+$/, "");
    const parts = /^(https?:\/\/[^/?#]+)(.*)$/i.exec(url);
    refs.add(parts ? `${(parts[1] ?? "").toLowerCase()}${parts[2] ?? ""}` : url);
  }
  for (const m of bare.replace(/\bhttps?:\/\/\S+/gi, " ").matchAll(/(?<![\w@./-])((?:[\w@.-]+\/)+[\w@.-]*)/g)) {
    const path = (m[1] ?? "").replace(/[.,;:!?]+$/, "");
    const slashes = path.split("/").length - 1;
    if (slashes >= 2 || path.endsWith("/") || /\.[A-Za-z]\w{0,5}$/.test(path)) refs.add(path.replace(/^(?:\.\/)+/, "").replace(/\/+$/, ""));
  }
  return [...refs].sort();
}
function clip(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return sp > max * 0.6 ? cut.slice(0, sp) : cut;
}

// src/signals/evidence.ts
var MAX_QUOTE = 200;
function eventText(e) {
  switch (e.kind) {
    case "tool_call":
      return e.command ?? (typeof e.input === "string" ? e.input : JSON.stringify(e.input ?? ""));
    case "compaction":
      return e.summary;
    case "subagent_link":
      return e.description ?? "";
    default:
      return e.text;
  }
}
function quoteFrom(text, preferred) {
  if (preferred) {
    const p = preferred.trim();
    if (p && text.includes(p)) return p.slice(0, MAX_QUOTE).trimEnd();
  }
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? "";
  return line.trim().slice(0, MAX_QUOTE).trimEnd();
}
function evidenceFor(session, event, preferred, role) {
  return {
    session: session.id,
    file: event.origin.file,
    line: event.origin.line,
    quote: quoteFrom(eventText(event), preferred),
    agent: session.agent,
    ...role ? { role } : {},
    // A refusal's words known by wording alone are as unverified as an export's later turn (PermissionDenialEvent).
    ...(event.kind === "user_prompt" || event.kind === "permission_denial") && event.unverified ? { unverified: true } : {}
  };
}

// src/signals/lingua/lexicon.ts
var THING = String.raw`\x60[^\x60\n]{1,80}\x60|[A-Za-z0-9_@./:+=~-]*[A-Za-z][A-Za-z0-9_@./:+=~-]*(?: [A-Za-z0-9_@./:+=~-]+){0,3}?`;
function eventSource(events) {
  return events.map(([re]) => re.source).join("|");
}
function clause(source, events = []) {
  const src = source.replace(/ /g, String.raw`\s+`).replace(/~/g, String.raw`\s*`).replace(/\{A\}/g, `(?<a>${THING})`).replace(/\{B\}/g, `(?<b>${THING})`).replace(/\{X\}/g, `(?<x>${THING})`).replace(/\{E\}/g, `(?<e>${eventSource(events)})`);
  return new RegExp(`^${src}$`, "iu");
}
var word = (alternatives) => String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`;
var reminders = /* @__PURE__ */ new WeakMap();
function reminderFrame(lex) {
  let re = reminders.get(lex);
  if (!re) {
    const end = lex.spaced ? String.raw`(?:(?<=')|(?![\p{L}]))\s*,?\s*` : String.raw`\s*[,，]?\s*`;
    const forgot = lex.forgot ? `|(?<forgot>${lex.forgot})` : "";
    re = new RegExp(`^(?:(?:${lex.remind})${forgot})${end}`, "iu");
    reminders.set(lex, re);
  }
  return re;
}
function withoutClosingAgain(rule, lex) {
  if (!lex.again) return rule;
  const end = lex.spaced ? String.raw`(?<![\p{L}])` : "";
  return rule.replace(new RegExp(String.raw`\s*,?\s*${end}(?:${lex.again})(?=[\s.!。]*$)`, "iu"), "");
}
var closings = /* @__PURE__ */ new WeakMap();
function closingOrder(lex, closing) {
  let re = closings.get(lex);
  if (!re) {
    re = new RegExp(`${closing.verb}(?:${closing.frame.source})`, "u");
    closings.set(lex, re);
  }
  return re;
}
function withoutReminder(sentence, lex) {
  const m = reminderFrame(lex).exec(sentence);
  if (!m) {
    const closing = lex.closingReminder;
    const said = sentence.replace(/[\s。.!！]+$/u, "");
    return closing && closingOrder(lex, closing).test(said) ? said.replace(closingOrder(lex, closing), closing.order) : void 0;
  }
  const rest = sentence.slice(m[0].length);
  return m.groups?.forgot ? withoutClosingAgain(rest, lex) : rest;
}

// src/signals/lingua/this-conversation.ts
var THIS_CONVERSATION_EN = String.raw`(?:(?:for|in|during|within|throughout) (?:this|the current)|for the rest of (?:this|the)) (?:chat|conversation|thread|session)(?=\s*(?:$|[.,;:!?)]|only\b))|this (?:chat|conversation|thread) only`;
var OTHER_LANGUAGES = [
  word(
    "(?:\u0434\u043B\u044F|\u0432|\u0432 \u0440\u0430\u043C\u043A\u0430\u0445|\u043D\u0430 \u0432\u0440\u0435\u043C\u044F|\u0434\u043E \u043A\u043E\u043D\u0446\u0430) (?:\u044D\u0442\u043E\u0433\u043E|\u044D\u0442\u043E\u043C|\u044D\u0442\u043E\u0439|\u0442\u0435\u043A\u0443\u0449\u0435\u0433\u043E|\u0442\u0435\u043A\u0443\u0449\u0435\u043C|\u0442\u0435\u043A\u0443\u0449\u0435\u0439) (?:\u0447\u0430\u0442\u0430|\u0447\u0430\u0442\u0435|\u0434\u0438\u0430\u043B\u043E\u0433\u0430|\u0434\u0438\u0430\u043B\u043E\u0433\u0435|\u0440\u0430\u0437\u0433\u043E\u0432\u043E\u0440\u0430|\u0440\u0430\u0437\u0433\u043E\u0432\u043E\u0440\u0435|\u0431\u0435\u0441\u0435\u0434\u044B|\u0431\u0435\u0441\u0435\u0434\u0435|\u0441\u0435\u0441\u0441\u0438\u0438|\u043F\u0435\u0440\u0435\u043F\u0438\u0441\u043A\u0438|\u043F\u0435\u0440\u0435\u043F\u0438\u0441\u043A\u0435)"
  ),
  word(
    "(?:in|f\xFCr|w\xE4hrend) (?:diesem|diesen|dieser|dieses|diese|dem aktuellen|der aktuellen) (?:chat|gespr\xE4ch|unterhaltung|sitzung|session|konversation)"
  ),
  word("(?:en|para|durante) (?:este|esta) (?:chat|conversaci\xF3n|conversacion|sesi\xF3n|sesion|hilo)"),
  word("(?:n|para |durante )(?:este|esta) (?:chat|conversa|sess\xE3o|sessao)"),
  word("(?:dans|pour|pendant) (?:ce|cette) (?:chat|conversation|session|discussion)"),
  "(?:\u8FD9\u6B21|\u9019\u6B21|\u672C\u6B21|\u8FD9\u4E2A|\u9019\u500B|\u5F53\u524D|\u7576\u524D|\u8FD9\u8F6E|\u9019\u8F2A|\u672C\u8F6E|\u672C\u8F2A)(?:\u5BF9\u8BDD|\u5C0D\u8A71|\u4F1A\u8BDD|\u6703\u8A71|\u804A\u5929)",
  "(?:\u3053\u306E|\u4ECA\u56DE\u306E)(?:\u4F1A\u8A71|\u30C1\u30E3\u30C3\u30C8|\u30BB\u30C3\u30B7\u30E7\u30F3|\u30B9\u30EC\u30C3\u30C9)",
  "\uC774\uBC88? ?(?:\uB300\uD654|\uCC44\uD305|\uC138\uC158) ?(?:\uC5D0\uC11C|\uC5D0\uC11C\uB294|\uC5D0\uC11C\uB9CC|\uC5D0\uB9CC|\uB3D9\uC548|\uC911\uC5D0\uB294?|\uB9CC)"
];
var ANY = new RegExp(String.raw`\b(?:${THIS_CONVERSATION_EN})\b|${OTHER_LANGUAGES.join("|")}`, "iu");
var ONWARDS = [
  word(String.raw`и (?:дальше|далее|в дальнейшем|впредь|в будущем|(?:во всех )?(?:следующих|других|остальных|последующих)(?: \p{L}+)?)`),
  word(
    String.raw`und (?:auch )?(?:künftig|zukünftig|in zukunft|darüber hinaus|ab jetzt|in allen (?:weiteren|künftigen|folgenden)(?: \p{L}+)?)`
  ),
  word(
    String.raw`y (?:en adelante|de aquí en adelante|en (?:el )?futuro|en (?:los|las|todos los|todas las) (?:siguientes|próxim[oa]s)(?: \p{L}+)?)`
  ),
  word(String.raw`e (?:daqui (?:pra|para) frente|de agora em diante|no futuro|n[oa]s próxim[oa]s(?: \p{L}+)?)`),
  word(String.raw`et (?:à l'avenir|désormais|dans (?:les|toutes les) (?:suivantes|prochaines)(?: \p{L}+)?|les suivant(?:e)?s)`),
  String.raw`(?:及|和|以及|与|與|还有|還有)?(?:以后|以後|今后|今後|之后|之後|将来|將來)`,
  String.raw`(?:でも|も)?[、,]?\s*(?:今後|これから|次回以降|以降)も?`,
  String.raw`도?\s*(?:와|과)?\s*(?:앞으로도?|이후에도?|다음에도?)`
].join("|");
var PASSED = new RegExp(String.raw`(?:${OTHER_LANGUAGES.join("|")})\s*,?\s*(?:${ONWARDS})`, "giu");
function withoutPassedConversation(text) {
  if (!NOUN.test(text)) return { rest: text, passed: false };
  const rest = text.replace(PASSED, " ");
  return { rest, passed: rest !== text };
}
var NOUN = /chat|[ck]onversa|thread|session|чат|диалог|разговор|бесед|сесси|переписк|gespräch|unterhaltung|sitzung|sesi[oó]n|sessão|sessao|hilo|discussion|对话|對話|会话|會話|聊天|会話|チャット|セッション|スレッド|대화|채팅|세션/i;
function saysThisConversation(text) {
  return NOUN.test(text) && ANY.test(withoutPassedConversation(text).rest);
}
var ABOUT_THE_RULES = /\b(?:rules?|instructions?|applies|apply)\b|правил|указани|инструкци|规则|規則|ルール|규칙|\breglas?\b|\bregras?\b|\brègles?\b|\bregeln?\b|\banweisung/iu;
var SHORT = 8;
function scopesTheMessage(sentence) {
  if (!saysThisConversation(sentence)) return false;
  return ABOUT_THE_RULES.test(sentence) || sentence.trim().split(/\s+/).length <= SHORT;
}

// src/signals/corrections.ts
var THING2 = String.raw`\x60?([\w@.:/+-]+(?:\s[\w@.:/+-]+){0,2}?)\x60?`;
var POLITE = String.raw`(?:(?:can|could|would)\s+(?:you|we)\s+(?:please\s+)?)`;
var WORK = String.raw`(?:your\s+(?:change|changes|code|test|tests|version|patch|edit|fix|implementation|script)|you|it|this|that)`;
var OWNER = String.raw`(?:[\w-]+'s\s+)?`;
var END = String.raw`\s*(?:(?:in|for|on)\s+(?:this|the|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)|here|please|again|anymore|instead|ever|next time|from now on|going forward)?\s*[.!?]*$`;
var LEAD = /^(?:(?:(?:no+|nope|again|so|and|also|stop|wrong)[,.!?:-]+|(?:ugh|wait|hey|hmm+|come on|man|dude|seriously|please|ok(?:ay)?|actually|i said|i told you|like i said)[,.!?:-]*)\s*)+(?=\S)/i;
var STRONG = String.raw`(?:definitely|absolutely|certainly|surely|obviously|clearly|really|seriously|totally|honestly|frankly|strictly|of course|for sure)`;
var HEDGE = String.raw`(?:probably|possibly|likely|maybe|perhaps|hopefully|ideally|preferably|generally|usually|mostly|normally|typically|necessarily)`;
var STANCE_WORD = new RegExp(String.raw`^(?:${STRONG}|${HEDGE})$`, "i");
var STRONG_LEAD = new RegExp(String.raw`^${STRONG}[,]?\s+`, "i");
var HEDGE_LEAD = new RegExp(String.raw`^${HEDGE}\s`, "i");
var REJECTS = [
  new RegExp(String.raw`^(?:don'?t|do not|never|stop|quit)\s+(?:using|use|running|run|calling|call|invoking)\s+${THING2}${END}`, "i"),
  // "Definitely not TUI", "absolutely no Docker": the strong word only strengthens the rejection.
  new RegExp(String.raw`^(?:${STRONG}\s+)?(?:no\s+more|not|no|never)\s+${THING2}${END}`, "i"),
  new RegExp(String.raw`^we\s+(?:don'?t|do not|never)\s+use\s+${THING2}${END}`, "i"),
  new RegExp(
    String.raw`^why\s+(?:on earth\s+|the hell\s+|again\s+)?(?:are|were|did|do|would)\s+you\s+(?:using|use|running|run|calling|call|reaching for|pick(?:ing)?)\s+${THING2}${END}`,
    "i"
  ),
  new RegExp(String.raw`^${THING2}\s+(?:is|are)\s+(?:not allowed|banned|forbidden|not used|wrong)${END}`, "i")
];
var REPORTED = new RegExp(String.raw`^${WORK}\s+(?:(?:was|were|is|are)\s+)?(?:using|used|uses)\s+${OWNER}${THING2}${END}`, "i");
var INSTEAD = /\b(?:instead|rather)\b/i;
var POLITE_BOTH = new RegExp(
  String.raw`^${POLITE}(?:use|switch to|go with|stick to)\s+${THING2}\s+(?:instead of|rather than|in place of)\s+${THING2}${END}`,
  "i"
);
var ASKS = [
  new RegExp(String.raw`^(?:always\s+|just\s+|only\s+)?(?:use|run|call)\s+(?:only\s+)?${THING2}${END}`, "i"),
  new RegExp(String.raw`^we\s+(?:always\s+|only\s+)?use\s+${THING2}${END}`, "i"),
  new RegExp(String.raw`^(?:we'?re|we are)\s+(?:only\s+)?using\s+${THING2}${END}`, "i"),
  new RegExp(String.raw`^(?:always|only)\s+${THING2}${END}`, "i"),
  new RegExp(String.raw`^(?:switch|go back|stick)\s+to\s+${THING2}${END}`, "i"),
  new RegExp(
    String.raw`^we(?:'ve|\s+have)?\s+(?:standardi[sz]ed on|settled on|switched to|moved to|migrated to|went with|chose|picked)\s+${THING2}${END}`,
    "i"
  ),
  new RegExp(
    String.raw`^(?:it'?s|this is|we'?re|we are)\s+an?\s+${THING2}\s+(?:repo(?:sitory)?|project|codebase|shop|house|team)${END}`,
    "i"
  ),
  new RegExp(String.raw`^${THING2}\s+(?:only|instead|please)[.!]*$`, "i"),
  // A polite request for an alternative: "can you use pytest instead?". Without "instead" it is a request for this
  // task ("could you use jq to parse it?"), and "should we" asks about options, so neither counts.
  new RegExp(String.raw`^${POLITE}(?:use|switch to|go with|stick to)\s+${THING2}\s+instead\s*[.!?]*$`, "i")
];
var BARE_ASK = /^\x60?([\w@.:/+-]+)\x60?[.!]*$/;
var BARE_QUESTION = /^(?:why|what|really|seriously)?[,\s]*\x60?([\w@.:/+-]+(?:\s[\w@.:/+-]+){0,2}?)\x60?\?+!*$/i;
var BOTH = new RegExp(
  String.raw`^(?:always\s+|just\s+)?(?:(?:use|run|call)\s+)?${THING2},?\s+(?:${STRONG}\s+)?(?:not|instead of|rather than|in place of|over)\s+${THING2}${END}`,
  "i"
);
var ASKED = /[?？][!！]*\s*$/;
var isAsked = (sentence) => ASKED.test(sentence);
var LEADING_VERB = /^(?:always\s+|just\s+)?(?:use|run|call)\s/i;
var STATE_AFTER_NOT = /^(?:\w{2,}(?:ing|ed)|found|shown|seen|done|ready|there|up|open|set|visible|available|defined|allowed|possible|right|ok(?:ay)?)(?:\s|$)/i;
var THIS_WORK = String.raw`(?:this|the current) (?:pr|pull request|mr|merge request|ticket|task|issue|bug|feature|fix|change|changeset|patch|diff|story|sprint|job|week)|these (?:prs|pull requests|tickets|tasks|issues|bugs|features|fixes|changes|patches|diffs)`;
var ENDS_ON_THIS_WORK = /\b(?:for|with) this\s*[.!]*$/i;
var DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
var MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
var CALENDAR = String.raw`(?:(?:next|this|the end of(?: the| this)?) (?:week|weekend|month|sprint|quarter|year|release)|${DAY}(?:'s)?|${MONTH} \d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|\d{1,2}/\d{1,2}|tomorrow|tonight|lunch|noon|eod|eow|the weekend)`;
var ONE_OFF = String.raw`the (?:demo|launch|code freeze|freeze|outage|cutover|deadline|holidays|offsite|audit)|(?:the )?v?\d+\.\d+(?:\.\d+)? (?:release|launch|ships|is out|lands)`;
var EXPIRES = String.raw`(?:until|till|til|before|by|through) (?:${CALENDAR}|${ONE_OFF})|while the (?:outage|freeze|code freeze|incident|migration) (?:lasts|is on|is ongoing)`;
var PERSONA = String.raw`(?:break(?:ing)?|stay(?:ing)? in|remain(?:ing)? in|out of) character|embody (?:this|the|your) (?:agent'?s )?persona|(?:adopt|assume|keep|drop|leave) (?:your|this agent'?s) persona`;
var FOR_THIS_PIECE = String.raw`(?:for|in|with|during) this (?:release|install|installation|deploy|deployment|migration|upgrade|refactor|build|run|commit|hotfix|experiment|spike)(?=\s*(?:[.,;!?)]|$))`;
var ELSEWHERE = String.raw`(?:in|for|on|at|inside) (?:(?:my|our|your|the|his|her|their|that) other |another |other |[\w-]+'s (?:other )?)(?:repo(?:sitory)?|project|codebase|machine|laptop|server|box|company|job)s?|(?:in|for|inside) (?:the|that) (?!(?:main|root|same|current|whole|entire|git|this)\b)[\w-]+ (?:repo(?:sitory)?|codebase)s?`;
var TRANSIENT_WORDS = String.raw`for now|yet|this time|this one|this once|right now|at the moment|today|tonight|never ?mind|worry|bother|${THIS_WORK}|${FOR_THIS_PIECE}|${ELSEWHERE}|${EXPIRES}|${THIS_CONVERSATION_EN}|${PERSONA}|until I|before I`;
var TRANSIENT = new RegExp(String.raw`\b(${TRANSIENT_WORDS})\b`, "i");
var TRANSIENT_INSTRUCTION = new RegExp(String.raw`\b(${TRANSIENT_WORDS}|anymore)\b`, "i");
var PRONOUN = /^(?:it|that|this|them|those|these|one|something|anything|everything|nothing|yes|ok|okay|what|why|how)$/i;
var CHAT = /^(?:thanks?|thank you|no|nope|ever|never|always|period|got it|understood|yes|yep|yeah|done|great|good|perfect|nice|cool|sure|fine|right|correct|exactly|continue|go|proceed|really|huh|seriously|again|now|quite|yet|wrong|better|wait|stop|please|hello|hi|ok(?:ay)?|lol|sorry|same|both|neither|either|more|less|first|later|then|here|there|else|all|anything|everything|bad|problem|problems|worries|worry|idea|clue|luck|way|doubt|kidding|need|issue|rush|hurry|matter|difference)$/i;
var VERB = /^(?:is|are|was|were|be|been|do|does|did|should|could|would|can|will|has|have|had|isn't|aren't)$/i;
var COMPLEMENT = /^(?:to|on|onto|in|into|from|at|with|without|the|a|an|any|directly|straight|before|after|while|during)$/i;
function forbidsAnAct(clause2, rejected) {
  const words2 = rejected?.split(" ") ?? [];
  return words2.length > 1 && (COMPLEMENT.test(words2[1] ?? "") || /\bnever\s+(?!`)/i.test(clause2));
}
var DETERMINER = /^(?:the|a|an|my|your|our|their|this|that|these|those|all|some|any|it|its|to|more|other)$/i;
var clean = (s) => s.replace(/[`'"]/g, "").replace(/\s+/g, " ").trim().replace(/[.:,;!?]+$/, "").toLowerCase();
var INNER_ARTICLE = /^(?:the|a|an|my|your|our|their)$/i;
function thing(m, group = 1) {
  const t = m?.[group] ? clean(m[group]) : "";
  const [first = "", ...after] = t.split(" ");
  if (!t || t.split(" ").some((w) => PRONOUN.test(w) || VERB.test(w)) || DETERMINER.test(first) || CHAT.test(t)) return void 0;
  if (after.some((w) => INNER_ARTICLE.test(w))) return void 0;
  if (STANCE_WORD.test(first) || STANCE_WORD.test(t)) return void 0;
  return t;
}
function clauses(sentence) {
  return sentence.replace(LEAD, "").split(/\s*[;]\s*|:\s+|\s+[-–—]\s+|,\s+(?=(?:not|no|we|use|just|always|this is|it'?s|(?:can|could|would)\s+(?:you|we))\b)/i).map((c) => c.replace(LEAD, "").trim()).filter(Boolean);
}
function firstMatch(patterns, text) {
  for (const r of patterns) {
    const m = r.exec(text);
    if (m) return m;
  }
  return null;
}
function namedIn(q, actions) {
  if (actions.length === 0) return false;
  const re = new RegExp(`(^|[^\\w-])${escapeRegExp(q)}($|[^\\w-])`, "i");
  return actions.some((a) => re.test(a));
}
function turnPreference(sentences, recentActions = []) {
  const uses = /* @__PURE__ */ new Map();
  const nots = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Map();
  let insteadAsked = false;
  const add2 = (m, k, i) => {
    if (!k) return;
    const l = m.get(k) ?? [];
    if (!l.includes(i)) l.push(i);
    m.set(k, l);
  };
  sentences.forEach((s, i) => {
    if (TRANSIENT.test(s) || s.length > 220) return;
    const whole = s.replace(LEAD, "").replace(STRONG_LEAD, "").trim();
    const question = ASKED.test(s);
    for (const c of BOTH.test(whole) && !HEDGE_LEAD.test(whole) ? [whole] : clauses(s)) {
      const both = BOTH.exec(c);
      const [u, n] = [thing(both, 1), thing(both, 2)];
      if (u && n && STATE_AFTER_NOT.test(n) && !LEADING_VERB.test(c)) continue;
      if (u && n && question && !namedIn(n, recentActions)) continue;
      if (u && n) {
        add2(uses, u, i);
        add2(nots, n, i);
        continue;
      }
      const rej = firstMatch(REJECTS, c);
      if (rej) {
        const rejected = thing(rej ?? null);
        if (!forbidsAnAct(c, rejected)) add2(nots, rejected, i);
        continue;
      }
      const polite = POLITE_BOTH.exec(c);
      if (polite) {
        const [u2, n2] = [thing(polite, 1), thing(polite, 2)];
        add2(uses, u2, i);
        insteadAsked = true;
        if (n2 && namedIn(n2, recentActions)) add2(nots, n2, i);
        continue;
      }
      const ask = firstMatch(ASKS, c);
      if (ask) {
        add2(uses, thing(ask ?? null), i);
        if (INSTEAD.test(c)) insteadAsked = true;
        continue;
      }
      const used2 = REPORTED.exec(c);
      if (used2) {
        add2(reported, thing(used2), i);
        continue;
      }
      const q = thing(BARE_QUESTION.exec(c));
      if (q && namedIn(q, recentActions)) {
        add2(nots, q, i);
        continue;
      }
      add2(uses, thing(BARE_ASK.exec(c)), i);
    }
  });
  if (nots.size === 0 && insteadAsked) for (const [k, at2] of reported) nots.set(k, at2);
  for (const k of uses.keys()) nots.delete(k);
  if (uses.size !== 1 || nots.size === 0 || nots.size > 3) return void 0;
  const [[use, at]] = [...uses];
  const used = [.../* @__PURE__ */ new Set([...at, ...[...nots.values()].flat()])].sort((a, b) => a - b);
  if ((used[used.length - 1] ?? 0) - (used[0] ?? 0) > 2) return void 0;
  const grain = (n) => use.includes(" ") || n.split(" ")[0] === use ? n : n.split(" ")[0] ?? n;
  return { use, not: [...new Set([...nots.keys()].map(grain))].filter((n) => n !== use).sort(), used };
}
var REPEATED = /\b(?:again|twice|(?:a|one)\s+(?:second|third|2nd|3rd|more)\s+time|once\s+more|(?:re-?(?:run|ran|install(?:ed)?|build|built|start(?:ed)?|do|did|create[d]?|generate[d]?)))\b/i;
var QUESTION = /^(?:what\s+(?:are|were|r)\s+(?:you|u)\s+doing|why\s+(?:on earth\s+)?(?:are|were|did|do|would|r)\s+(?:you|u)\s+(?!think|believe|suggest|recommend|prefer|want|need|expect|say)\w+|who\s+(?:told|asked)\s+(?:you|u)|how come (?:you|u))\b[^?]*\?[?!]*$|^[^?]*\?!+$/i;
var TARGET = /`([^`\n]{2,80})`|((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)+\/?|[\w@.-]+\/(?=[\s?!.,]|$))|(\b[\w-]+\.(?:md|ts|tsx|js|json|ya?ml|py|go|rs|ex|exs|lock|toml|sql|sh)\b)/;
var normPath = (p) => p.trim().replace(/^\.\//, "").replace(/[.,;:!?)]+$/, "").replace(/\/+$/, "");
function pathTopic(p) {
  const n = normPath(p).toLowerCase();
  const parts = n.split("/");
  return parts.length > 1 && /\.\w+$/.test(parts[parts.length - 1] ?? "") ? parts.slice(0, -1).join("/") : n;
}
function actionLabel(call) {
  const input = call.input ?? {};
  const file = typeof input.file_path === "string" ? input.file_path : typeof input.path === "string" ? input.path : void 0;
  if (call.command) return `ran \`${clip(call.command.split("\n")[0] ?? "", 80)}\``;
  if (file) return `${/write|edit|patch|create/i.test(call.name) ? "edited" : "used"} \`${clip(file, 80)}\``;
  return `used ${clip(call.name, 40)}`;
}
function rejectionText(text) {
  const m = /user said:\s*([\s\S]+)$/i.exec(text);
  if (m) return (m[1] ?? "").trim();
  return /doesn't want to proceed|tool use was rejected/i.test(text) ? "" : text.trim();
}
function actionText(call) {
  return `${call.command ?? ""}
${JSON.stringify(call.input ?? "")}`;
}
function objectionTarget(sentence, recentActions) {
  const s = sentence.replace(LEAD, "").trim();
  if (!QUESTION.test(s) || s.length > 160) return void 0;
  const m = TARGET.exec(s);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!raw) return void 0;
  const target = normPath(raw);
  if (target.length < 3 || !/[\w]/.test(target)) return void 0;
  const ran = recentActions.filter((a) => a.includes(target)).length;
  if (ran === 0) return void 0;
  if (ran > 1 || REPEATED.test(s)) return void 0;
  return { target, isPath: !/\s/.test(target) && /\/|\.\w+$/.test(raw) };
}
function objectionLesson(target, isPath, tools) {
  const wrote = tools.some((t) => /^(?:write|edit|multiedit|notebookedit|apply_patch|str_replace|create)/i.test(t));
  if (isPath) return `Don't ${wrote ? "write to" : "touch"} \`${target}\` unless the user asks for it.`;
  return `Don't run \`${target}\` unless the user asks for it.`;
}

// src/signals/own-sections.ts
var MAX_MESSAGE = 2e4;
var MAX_OWN_CHARS = 600;
var MAX_OWN_LINES = 6;
var MD_HEADING = /^\s{0,3}#{1,6}\s+(.+?)[\s#]*$/;
var BOLD_HEADING = /^\s*(?:\*\*|__)([^*_]{1,60})(?:\*\*|__)\s*:?\s*$/;
var COLON_HEADING = /^\s*([A-Za-z][\w '’&/()-]{0,48}):\s*$/;
var RULES_HEADING = /\b(?:(?:house |ground |repo |project )?rules|conventions?|guidelines|guardrails|dos? and don'?ts|don'?ts|standing instructions)\b/i;
var TASK_HEADING = /\b(?:requirements?|constraints?|restrictions|acceptance(?: criteria)?|steps|tasks?|to-?dos?|deliverables|scope|goals?|spec(?:ification)?|implementation(?: details)?|files to (?:modify|change|create)|definition of done)\b/i;
var LIST_MARK = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;
function heading(line) {
  if (LIST_MARK.test(line)) return void 0;
  return (MD_HEADING.exec(line) ?? BOLD_HEADING.exec(line) ?? COLON_HEADING.exec(line))?.[1];
}
function roleOf(h) {
  if (RULES_HEADING.test(h) && !TRANSIENT.test(h)) return "rules";
  return TASK_HEADING.test(h) ? "task" : "other";
}
function sections(own, keep, unmark) {
  let role = "other";
  let listed = false;
  let blank = false;
  return own.split(/\r?\n/).map((line) => {
    const h = heading(line);
    const item = LIST_MARK.test(line);
    if (h !== void 0) {
      role = roleOf(h);
      listed = false;
    } else if (listed && blank && !item && !/^\s/.test(line) && line.trim()) role = "other";
    listed ||= item;
    blank = !line.trim();
    if (h !== void 0 || !keep(role)) return "";
    return unmark ? line.replace(LIST_MARK, "") : line;
  }).join("\n");
}
var ruleSections = (own) => sections(own, (r) => r === "rules", true);
var SPOT = /(?:^|[\s(`'"@])(?:[\w.-]+\/)*[\w-]+\.[A-Za-z]\w{0,7}(?<!\.(?:com|org|net|io|dev|app|local))(?::\d+(?:[:-]\d+)?|#L\d+(?:-L?\d+)?)(?=[\s`'",.;:)]|$)/;
function addressedToSpot(own) {
  const lines = own.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 1 && SPOT.test(lines[0]);
}
function shortOwnText(own) {
  const lines = own.split(/\r?\n/).filter((l) => l.trim());
  return lines.length <= MAX_OWN_LINES && lines.reduce((n, l) => n + l.trim().length + 1, 0) <= MAX_OWN_CHARS + 1;
}
function readableOwnText(own, agentWrote = () => false) {
  const whole = shortOwnText(own) && !addressedToSpot(own);
  const users = whole ? own : own.split(/\r?\n/).map((l) => agentWrote(l) ? "" : l).join("\n");
  const rules = ruleSections(users);
  return { text: whole ? sections(own, (r) => r !== "task", false) : rules, rules, whole };
}

// src/signals/copied-block.ts
var MIN_LINES = 2;
var MIN_CHARS = 60;
function copiedRulesBlock(text) {
  if (text.length > MAX_MESSAGE || shortOwnText(text)) return void 0;
  const lines = ruleSections(text).split(/\r?\n/).map((l) => l.trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean);
  if (lines.length < MIN_LINES || lines.reduce((n, l) => n + l.length, 0) < MIN_CHARS) return void 0;
  return shortHash(`rules-block\0${lines.join("\n")}`, 16);
}

// src/signals/occurrence.ts
var TEXT_CHARS = 160;
var TIME_BUCKET_MS = 1e4;
var MAX_KEYS = 4;
var ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;
var family = (agent) => isClaudeAgent(agent) ? "claude" : agent;
var BLOCK_FAMILY = "block";
var RAW_CHARS = 1024;
var WORD = /[\p{L}\p{N}]+/gu;
function textOf(e) {
  const head = eventText(e).slice(0, RAW_CHARS);
  const ascii = !NON_ASCII.test(head);
  const raw = (ascii ? head : head.normalize("NFKC")).toLowerCase();
  const word2 = ascii ? ASCII_WORD : WORD;
  let out = "";
  word2.lastIndex = 0;
  for (let m = word2.exec(raw); m && out.length < TEXT_CHARS; m = word2.exec(raw)) out += out ? ` ${m[0]}` : m[0];
  return out.slice(0, TEXT_CHARS);
}
var NON_ASCII = /[^ -~\t\n\r]/;
var ASCII_WORD = /[a-z0-9]+/g;
function bucketOf(e) {
  if (!e.timestamp || !ZONED.test(e.timestamp)) return void 0;
  const ms = Date.parse(e.timestamp);
  return Number.isNaN(ms) ? void 0 : Math.floor(ms / TIME_BUCKET_MS);
}
function parseOccurrence(key) {
  const colon = key.lastIndexOf(":");
  const [text = "", place = "", bucket] = key.slice(colon + 1).split(".");
  return { family: key.slice(0, colon), text, place, ...bucket ? { bucket: Number(bucket) } : {} };
}
var SessionOccurrences = class {
  constructor(session) {
    this.session = session;
  }
  session;
  byLine;
  place;
  texts = /* @__PURE__ */ new Map();
  /** Each cited event's key, worked out once: a failing command or a prompt is the evidence of several signals. */
  keys = /* @__PURE__ */ new Map();
  /** Each prompt's copied-block key, read once: a long prompt is cited by many of its session's signals. */
  blocks = /* @__PURE__ */ new Map();
  /**
   * The signal's keys: one per distinct evidence event of this session, the first MAX_KEYS of them; and for
   * a prompt holding a copied rules block (copied-block.ts), the block's own key, which every copy shares.
   */
  keysOf(s) {
    const keys = [];
    const blocks = [];
    for (const ev of s.evidence) {
      if (keys.length >= MAX_KEYS) break;
      const i = this.eventAt(ev.file, ev.line, ev.quote);
      if (i === void 0) continue;
      const key = this.keyOf(i);
      if (key && !keys.includes(key)) keys.push(key);
      const block = this.blockKeyOf(i);
      if (block && !blocks.includes(block)) blocks.push(block);
    }
    return [...keys, ...blocks];
  }
  /**
   * Untimed, placed by the block alone: sessions whose prompts carry the same block join as one source. Its
   * family is the block's own, not the agent's: one template typed into Claude Code and into Codex is one source.
   */
  blockKeyOf(i) {
    if (this.blocks.has(i)) return this.blocks.get(i);
    const e = this.session.events[i];
    const block = e.kind === "user_prompt" ? copiedRulesBlock(e.text) : void 0;
    const key = block && `${BLOCK_FAMILY}:${block}.${block}`;
    this.blocks.set(i, key);
    return key;
  }
  /** Undefined for an untimed event its place does not tell apart (placed): a copy then looks like another run. */
  keyOf(i) {
    if (this.keys.has(i)) return this.keys.get(i);
    const key = this.keyFrom(i);
    this.keys.set(i, key);
    return key;
  }
  keyFrom(i) {
    const e = this.session.events[i];
    const p = this.places()[i];
    const bucket = bucketOf(e);
    if (bucket === void 0 && !placed(e, p)) return void 0;
    const textAt = (j) => j < 0 ? "" : this.textAt(j);
    const anchor = e.kind === "user_prompt" ? "" : textAt(p.prompt);
    const text = shortHash(`${e.kind}\0${textAt(i)}\0${textAt(p.call)}\0${anchor}`, 16);
    const place = shortHash(`${text}\0${textAt(p.prompt)}\0${p.rank}\0${textAt(p.before)}\0${textAt(p.next)}`, 16);
    return `${family(this.session.agent)}:${text}.${place}${bucket === void 0 ? "" : `.${bucket}`}`;
  }
  /** An event's text as keys compare it, worked out once: a prompt is the place of several keys. */
  textAt(i) {
    let t = this.texts.get(i);
    if (t === void 0) this.texts.set(i, t = textOf(this.session.events[i]));
    return t;
  }
  /** The cited event: the one at that line whose text holds the quote (a line can hold several). */
  eventAt(file, line, quote) {
    if (!this.byLine) {
      const byLine = /* @__PURE__ */ new Map();
      this.session.events.forEach((e, i) => {
        const at2 = byLine.get(e.origin.line);
        if (at2) at2.push(i);
        else byLine.set(e.origin.line, [i]);
      });
      this.byLine = byLine;
    }
    const events = this.session.events;
    const at = this.byLine.get(line)?.filter((i) => events[i].origin.file === file);
    if (!at?.length) return void 0;
    return at.length === 1 ? at[0] : at.find((i) => eventText(events[i]).includes(quote)) ?? at[0];
  }
  /**
   * Each event's position, in one walk: the previous user prompt; for a prompt, the next one too (so
   * two chats that open with the same words differ by what the user said next); for any other event
   * its rank among its kind since that prompt and the one of its kind before it. Prompts are placed
   * by prompts alone, which every format records alike; the tool events' places add what they can,
   * since a harness re-running one task repeats the prompt but rarely the whole path.
   */
  places() {
    if (this.place) return this.place;
    const place = [];
    let prompt = -1;
    let call = -1;
    let rank = /* @__PURE__ */ new Map();
    let last = /* @__PURE__ */ new Map();
    this.session.events.forEach((e, i) => {
      if (e.kind === "user_prompt") {
        if (prompt >= 0) place[prompt].next = i;
        place.push({ prompt, rank: 0, before: -1, next: -1, call: -1 });
        prompt = i;
        rank = /* @__PURE__ */ new Map();
        last = /* @__PURE__ */ new Map();
        return;
      }
      const n = (rank.get(e.kind) ?? 0) + 1;
      rank.set(e.kind, n);
      place.push({ prompt, rank: n, before: last.get(e.kind) ?? -1, next: -1, call: e.kind === "tool_result" ? call : -1 });
      last.set(e.kind, i);
      if (e.kind === "tool_call") call = i;
    });
    return this.place = place;
  }
};
function placed(e, p) {
  return e.kind === "user_prompt" ? p.prompt >= 0 || p.next >= 0 : p.prompt >= 0 && p.before >= 0;
}

// src/signals/key-log.ts
var HEX16 = /^[0-9a-f]{16}$/;
var WORDS = 7;
var UNTIMED = 4294967295;
var BLOCK_KEYS = 1024;
var KeyLog = class {
  /** Every block but the last is full; the first has BLOCK_KEYS keys' room once a second exists. */
  blocks = [new Uint32Array(WORDS * 8)];
  length = 0;
  /** Session ids by first arrival; consecutive keys of one session share an entry. */
  sessions = [];
  families = [];
  /** Keys not of the usual shape, as they came. */
  odd = [];
  add(session, key) {
    if (this.sessions[this.sessions.length - 1] !== session) this.sessions.push(session);
    const w = this.room();
    const at = this.length++ % BLOCK_KEYS * WORDS;
    w[at] = this.sessions.length - 1;
    const o = parseOccurrence(key);
    const packs = HEX16.test(o.text) && HEX16.test(o.place) && (o.bucket === void 0 || Number.isInteger(o.bucket) && o.bucket >= 0 && o.bucket < UNTIMED);
    if (!packs) {
      this.odd.push(key);
      w[at + 1] = (2147483648 | this.odd.length - 1) >>> 0;
      return;
    }
    let f = this.families.indexOf(o.family);
    if (f < 0) f = this.families.push(o.family) - 1;
    w[at + 1] = f;
    w[at + 2] = parseInt(o.text.slice(0, 8), 16);
    w[at + 3] = parseInt(o.text.slice(8), 16);
    w[at + 4] = parseInt(o.place.slice(0, 8), 16);
    w[at + 5] = parseInt(o.place.slice(8), 16);
    w[at + 6] = o.bucket ?? UNTIMED;
  }
  /** The block the next key goes in, made or grown where it is full. */
  room() {
    const { blocks } = this;
    const last = blocks[blocks.length - 1];
    const used = this.length - (blocks.length - 1) * BLOCK_KEYS;
    if (used * WORDS < last.length) return last;
    if (blocks.length > 1 || last.length >= BLOCK_KEYS * WORDS) {
      const block = new Uint32Array(BLOCK_KEYS * WORDS);
      blocks.push(block);
      return block;
    }
    const grown = new Uint32Array(Math.min(last.length * 2, BLOCK_KEYS * WORDS));
    grown.set(last);
    blocks[0] = grown;
    return grown;
  }
  /** Every session with a key, once or more. */
  eachSession(each) {
    for (const s of this.sessions) each(s);
  }
  /** Every key in the order it came, with its session. */
  replay(each) {
    const hex = (hi, lo) => hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
    for (let i = 0; i < this.length; i++) {
      const w = this.blocks[Math.floor(i / BLOCK_KEYS)];
      const at = i % BLOCK_KEYS * WORDS;
      const session = this.sessions[w[at]];
      const f = w[at + 1];
      if (f & 2147483648) {
        each(session, parseOccurrence(this.odd[f & 2147483647]));
        continue;
      }
      const bucket = w[at + 6];
      each(session, {
        family: this.families[f],
        text: hex(w[at + 2], w[at + 3]),
        place: hex(w[at + 4], w[at + 5]),
        ...bucket === UNTIMED ? {} : { bucket }
      });
    }
  }
};

// src/signals/same-event.ts
var MAX_TIMED_PER_PLACE = 16;
var Groups = class {
  parent = /* @__PURE__ */ new Map();
  /** `<family>|<text>.<bucket>` -> the first session holding it timed (the rest joined it). */
  timed = /* @__PURE__ */ new Map();
  /** `<family>|<place>` -> the sessions holding it timed: they need not be one event, so several. */
  placeTimed = /* @__PURE__ */ new Map();
  /** `<family>|<place>` -> the first session holding it untimed (the rest joined it). */
  placeUntimed = /* @__PURE__ */ new Map();
  /** The families seen, for a `generic` record, which may share an event with any of them. */
  families = /* @__PURE__ */ new Set();
  /** Whether any two sessions joined: when none did, nothing downstream changes. */
  joined = false;
  find(s) {
    let root = this.parent.get(s) ?? s;
    if (root === s) return s;
    root = this.find(root);
    this.parent.set(s, root);
    return root;
  }
  union(a, b) {
    if (a === void 0) return;
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.joined = true;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
  /** The families whose records may hold the same event as one of `family`'s. */
  peers(family2) {
    if (family2 === GENERIC) return this.families;
    return this.families.has(GENERIC) ? [family2, GENERIC] : [family2];
  }
  add(session, o) {
    this.families.add(o.family);
    for (const f of this.peers(o.family)) this.union(this.placeUntimed.get(`${f}|${o.place}`), session);
    const own = `${o.family}|${o.place}`;
    if (o.bucket === void 0) {
      for (const f of this.peers(o.family)) for (const t of this.placeTimed.get(`${f}|${o.place}`) ?? []) this.union(t, session);
      if (!this.placeUntimed.has(own)) this.placeUntimed.set(own, session);
      return;
    }
    for (const f of this.peers(o.family))
      for (let b = o.bucket - 1; b <= o.bucket + 1; b++) this.union(this.timed.get(`${f}|${o.text}.${b}`), session);
    const at = `${o.family}|${o.text}.${o.bucket}`;
    if (!this.timed.has(at)) this.timed.set(at, session);
    const sessions = this.placeTimed.get(own);
    if (!sessions) this.placeTimed.set(own, [session]);
    else if (sessions.length < MAX_TIMED_PER_PLACE && !sessions.includes(session)) sessions.push(session);
  }
};
var GENERIC = "generic";
var lookup = (roots) => (session) => roots.get(session) ?? session;
var SameEvents = class {
  /** Most patterns are one-offs: they keep their keys, unparsed, and are logged once a second session comes. */
  byPattern = /* @__PURE__ */ new Map();
  /** Records a signal's occurrences under its pattern and root session. */
  add(patternId2, session, s) {
    if (!s.occurrences?.length) return;
    const g = this.byPattern.get(patternId2);
    if (g === void 0) {
      this.byPattern.set(patternId2, { session, keys: [...s.occurrences] });
      return;
    }
    if ("keys" in g) {
      if (g.session === session) {
        g.keys.push(...s.occurrences);
        return;
      }
      const many = { log: new KeyLog() };
      for (const key of g.keys) many.log.add(g.session, key);
      this.byPattern.set(patternId2, many);
      for (const key of s.occurrences) many.log.add(session, key);
      return;
    }
    delete g.resolved;
    for (const key of s.occurrences) g.log.add(session, key);
  }
  /** The session a pattern's session counts as: its group's least id. Undefined when no two sessions joined. */
  rootOf(patternId2) {
    const g = this.byPattern.get(patternId2);
    if (g === void 0 || "keys" in g) return void 0;
    if (g.resolved === void 0) {
      const groups = new Groups();
      g.log.replay((session, key) => groups.add(session, key));
      const roots = /* @__PURE__ */ new Map();
      if (groups.joined)
        g.log.eachSession((s) => {
          const root = groups.find(s);
          if (root !== s) roots.set(s, root);
        });
      g.resolved = roots.size > 0 ? lookup(roots) : null;
    }
    return g.resolved ?? void 0;
  }
  forget(patternId2) {
    this.byPattern.delete(patternId2);
  }
};

// src/signals/shell-words.ts
var ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/\s/.test(String.fromCharCode(c))) ASCII_SPACE[c] = 1;
function isSpace(c) {
  return c < 128 ? ASCII_SPACE[c] === 1 : /\s/.test(String.fromCharCode(c));
}
function closingQuote(line, i) {
  const close = line.indexOf(line.charCodeAt(i) === 34 ? '"' : "'", i + 1);
  return close < 0 ? line.length : close;
}
function shellWords(line, limit = Infinity) {
  const out = [];
  const n = line.length;
  let cur = "";
  let has = false;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = closingQuote(line, i);
      cur += line.slice(i + 1, close);
      has = true;
      i = close + 1;
    } else if (isSpace(c)) {
      if ((has || cur) && out.push(cur) === limit) return out;
      cur = "";
      has = false;
      i++;
    } else {
      let j = i + 1;
      for (let d = line.charCodeAt(j); j < n && d !== 34 && d !== 39 && !isSpace(d); d = line.charCodeAt(++j)) ;
      cur += line.slice(i, j);
      i = j;
    }
  }
  if (has || cur) out.push(cur);
  return out;
}
function pushTrimmed(out, line, start, end) {
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  if (end > start) out.push(line.slice(start, end));
}
var SEGMENT_MARK = /["';\n|&]/g;
function segments(line, limit = Infinity) {
  const out = [];
  const n = line.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    SEGMENT_MARK.lastIndex = i;
    if (!SEGMENT_MARK.test(line)) break;
    i = SEGMENT_MARK.lastIndex - 1;
    const c = line.charCodeAt(i);
    if (c === 34 || c === 39) i = closingQuote(line, i) + 1;
    else if (c === 38 && line.charCodeAt(i + 1) !== 38) i++;
    else {
      pushTrimmed(out, line, start, i);
      if (out.length >= limit) return out;
      if ((c === 38 || c === 124) && line.charCodeAt(i + 1) === c) i++;
      start = ++i;
    }
  }
  pushTrimmed(out, line, start, n);
  return out;
}
function withoutHeredocBodies(line) {
  if (!line.includes("<<") && !line.includes("end_of_edit")) return line;
  const out = [];
  let until;
  for (const l of line.split("\n")) {
    if (until !== void 0) {
      if (l.trim() === until) until = void 0;
      continue;
    }
    out.push(l);
    until = /^\s*edit\s+\d+(:\d+)?\s*$/.test(l) ? "end_of_edit" : /<<-?\s*['"]?(\w+)['"]?/.exec(l)?.[1];
  }
  return out.join("\n");
}

// src/signals/command-groups.ts
var GROUPS = new Map(
  Object.entries({
    git: /* @__PURE__ */ new Set(["remote", "stash", "worktree", "submodule", "bisect", "lfs", "notes", "sparse-checkout", "maintenance", "reflog"]),
    docker: /* @__PURE__ */ new Set([
      "compose",
      "container",
      "image",
      "volume",
      "network",
      "context",
      "buildx",
      "builder",
      "system",
      "plugin",
      "swarm",
      "service",
      "stack",
      "secret",
      "config",
      "node",
      "trust",
      "manifest",
      "scout"
    ]),
    kubectl: /* @__PURE__ */ new Set(["config", "rollout", "auth", "top", "certificate", "set", "plugin"]),
    gh: /* @__PURE__ */ new Set([
      "pr",
      "issue",
      "repo",
      "run",
      "workflow",
      "release",
      "auth",
      "gist",
      "label",
      "secret",
      "variable",
      "cache",
      "codespace",
      "project",
      "extension",
      "ssh-key",
      "gpg-key",
      "ruleset",
      "org",
      "attestation",
      "alias",
      "search"
    ]),
    cargo: /* @__PURE__ */ new Set(["nextest", "llvm-cov", "make"]),
    uv: /* @__PURE__ */ new Set(["pip", "python", "tool", "cache", "self"]),
    poetry: /* @__PURE__ */ new Set(["env", "self", "cache", "source", "debug"]),
    pip: /* @__PURE__ */ new Set(["cache", "config"]),
    pip3: /* @__PURE__ */ new Set(["cache", "config"]),
    npm: /* @__PURE__ */ new Set(["cache", "config"]),
    go: /* @__PURE__ */ new Set(["mod", "work"]),
    dotnet: /* @__PURE__ */ new Set(["tool", "nuget", "workload", "sln", "dev-certs", "user-secrets"]),
    terraform: /* @__PURE__ */ new Set(["state", "workspace", "providers"])
  })
);
var COMMAND_RUNNERS = /* @__PURE__ */ new Map([["adb", /* @__PURE__ */ new Set(["shell", "exec-out"])]]);
var GROUP_PATHS = /* @__PURE__ */ new Map([
  ["aws", 2],
  ["gcloud", 3],
  ["az", 3]
]);
var TRACKS = /* @__PURE__ */ new Set(["alpha", "beta"]);
var VERB2 = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
var NO_GROUP = Object.freeze({ words: Object.freeze([]), taken: 0 });
function groupWords(program, sub, rest) {
  const depth = GROUP_PATHS.get(program);
  if (depth !== void 0) {
    const words2 = [];
    let taken = 0;
    for (const w of rest) {
      if (words2.length === depth || !VERB2.test(w)) break;
      taken++;
      if (!TRACKS.has(w) || words2.length > 0) words2.push(w);
    }
    return { words: words2, taken };
  }
  const group = sub.length === 1 ? sub[0] : void 0;
  if (group === void 0) return NO_GROUP;
  const next = rest[rest.indexOf(group) + 1] ?? "";
  const verb = COMMAND_RUNNERS.get(program)?.has(group) ? next.trim().split(/\s+/)[0] ?? "" : GROUPS.get(program)?.has(group) ? next : "";
  return VERB2.test(verb) ? { words: [verb], taken: 1 } : NO_GROUP;
}
function preGroupFamily(family2) {
  const words2 = family2.split(" ");
  const program = words2[0] ?? "";
  if (GROUP_PATHS.get(program) !== void 0) return program;
  return words2.length > 2 && GROUPS.get(program)?.has(words2[1] ?? "") ? `${program} ${words2[1]}` : family2;
}
function isBareGroup(family2) {
  const words2 = family2.split(" ");
  const program = words2[0] ?? "";
  if (GROUP_PATHS.get(program) !== void 0) return words2.length === 1;
  return words2.length === 2 && !!GROUPS.get(program)?.has(words2[1] ?? "");
}

// src/signals/value-flags.ts
var MVN = ["-f", "--file", "-pl", "--projects", "-P", "--activate-profiles", "-s", "--settings"];
var GRADLE = ["-p", "--project-dir", "-b", "--build-file"];
var PIP = ["-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-t", "--target"];
var BY_PROGRAM = {
  pip: PIP,
  pip3: PIP,
  // -H/--host, -c/--context, -l/--log-level are docker's own options before its subcommand (`docker -H ssh://ci ps`).
  docker: [
    "-f",
    "--file",
    "-p",
    "--project-name",
    "--env-file",
    "--profile",
    "-w",
    "--workdir",
    "-e",
    "--env",
    "--network",
    "--name",
    "-H",
    "--host",
    "-c",
    "-l",
    "--log-level"
  ],
  "docker-compose": ["-f", "--file", "-p", "--project-name", "--env-file", "--profile"],
  npm: ["--prefix", "-w", "--workspace"],
  pnpm: ["-C", "--dir", "-F", "--filter"],
  yarn: ["--cwd"],
  cargo: ["-p", "--package", "--manifest-path", "--bin", "--features", "--target", "--target-dir"],
  make: ["-C", "--directory", "-f", "--file", "--makefile"],
  git: ["-C", "-c", "--git-dir", "--work-tree"],
  gh: ["-R", "--repo"],
  mvn: MVN,
  mvnw: MVN,
  gradle: GRADLE,
  gradlew: GRADLE,
  glab: ["-R", "--repo"],
  composer: ["-d", "--working-dir"],
  // The interpreter's own options before `-m` (`python -W ignore -m pytest`): warning filters and implementation options.
  python: ["-W", "-X"],
  pytest: [
    "-k",
    "-m",
    "-c",
    "-p",
    "--rootdir",
    "--confcutdir",
    "--tb",
    "--maxfail",
    "--color",
    "-o",
    "--override-ini",
    "--deselect",
    "--ignore",
    "--junitxml"
  ],
  // adb's own options before its subcommand: the device's serial or transport id, the server's host, port, socket.
  adb: ["-s", "-t", "-H", "-P", "-L"],
  kubectl: ["-n", "--namespace", "-f", "--filename", "--context", "--kubeconfig", "-l", "--selector", "-o", "--output"],
  uv: [
    "--python",
    "-p",
    "--with",
    "-w",
    "--with-editable",
    "--with-requirements",
    "--directory",
    "--project",
    "--package",
    "--extra",
    "--group",
    "--only-group",
    "--no-group",
    "--env-file",
    "--index",
    "--default-index",
    "--index-url",
    "--extra-index-url",
    "--find-links",
    "-f",
    "--python-preference",
    "--exclude-newer",
    "-r",
    "--requirement"
  ],
  poetry: ["-C", "--directory", "-P", "--project"],
  pdm: ["-p", "--project", "--venv"],
  bundle: ["--gemfile"],
  go: ["-C", "-run", "-tags", "-o", "-modfile"],
  tsc: ["-p", "--project"],
  jest: ["-c", "--config", "-t", "--testNamePattern", "--reporters", "--rootDir", "--selectProjects"],
  vitest: ["-c", "--config", "--project", "--root", "-r", "--dir", "-t", "--testNamePattern", "--reporter"],
  mocha: ["--config", "--reporter", "-R", "--require", "-g", "--grep"]
};
var ANY_PROGRAM = [
  "--config",
  "--config-file",
  "--file",
  "--project",
  "--prefix",
  "--manifest-path",
  "--rootdir",
  "--directory",
  "--dir",
  "--cwd",
  "--filter",
  "--context",
  "--namespace",
  "--env-file",
  "--workspace",
  "--settings"
];
var TABLE = new Map(Object.entries(BY_PROGRAM).map(([p, flags]) => [p, new Set(flags)]));
var ANY2 = new Set(ANY_PROGRAM);
function takesValue(programs, flag) {
  if (!flag.startsWith("-") || flag.includes("=")) return false;
  return ANY2.has(flag) || programs.some((p) => TABLE.get(p)?.has(flag) === true);
}

// src/signals/command-runners.ts
var PYTHON_M = "python -m";
var PYTHON = /^(?:python|pypy)\d*(?:\.\d+)*(?:\.exe)?$/;
var PY_VERSION = /^-\d+(?:\.\d+)?(?:-(?:32|64))?$/;
var RUNNER_SUBCOMMAND = {
  uv: "run",
  poetry: "run",
  pipenv: "run",
  pdm: "run",
  hatch: "run",
  rye: "run",
  bundle: "exec",
  pnpm: "exec"
};
var RUNNER_WORDS = new Set(Object.values(RUNNER_SUBCOMMAND));
var basename = (p) => p.slice(p.lastIndexOf("/") + 1);
function runnerOf(words2) {
  if (!RUNNER_WORDS.has(words2[1] ?? "")) return void 0;
  const runner = words2[0] ?? "";
  if (RUNNER_SUBCOMMAND[runner] === void 0 || words2[1] !== RUNNER_SUBCOMMAND[runner]) return void 0;
  let i = 2;
  for (let w = words2[i] ?? ""; w.startsWith("-") && w.length > 1; w = words2[i] ?? "") {
    i += takesValue([runner], w) ? 2 : 1;
  }
  return words2[i] ? { via: words2.slice(0, i).join(" "), taken: i } : void 0;
}
function pythonModuleOf(words2) {
  if (!(words2[1] ?? "").startsWith("-")) return void 0;
  const first = words2[0] ?? "";
  const name = basename(first);
  const launcher = name === "py" && first === name;
  if (!PYTHON.test(name) && !launcher) return void 0;
  let m = launcher && PY_VERSION.test(words2[1] ?? "") ? 2 : 1;
  const options = [];
  for (let w = words2[m] ?? ""; w.startsWith("-") && w.length > 1 && w !== "-m" && w !== "-c" && m < 8; w = words2[m] ?? "") {
    options.push(w);
    m += takesValue(["python"], w) ? 2 : 1;
  }
  if (words2[m] !== "-m" || !words2[m + 1]) return void 0;
  return { via: first === name ? PYTHON_M : `${first} -m`, taken: m + 1, options };
}
var isInterpreterWord = (word2) => PYTHON.test(basename(word2)) || word2 === "py" || PY_VERSION.test(word2);

// src/signals/free-text.ts
var MESSAGE = ["-m", "--message"];
var MESSAGE_OR_FILE = [...MESSAGE, "-F", "--file"];
var FORGE = ["-t", "--title", "-b", "--body", "-F", "--body-file", "-n", "--notes", "--notes-file", "--subject", "-d", "--description"];
var CURL = ["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json", "-F", "--form"];
var CURL_MORE = [...CURL, "--form-string", "-H", "--header", "-u", "--user", "-b", "--cookie"];
var BY_COMMAND = {
  "git commit": MESSAGE_OR_FILE,
  "git tag": MESSAGE_OR_FILE,
  "git merge": MESSAGE_OR_FILE,
  "git notes": MESSAGE_OR_FILE,
  "git stash": MESSAGE,
  "hg commit": [...MESSAGE, "-l", "--logfile"],
  "hg ci": [...MESSAGE, "-l", "--logfile"],
  "sl commit": [...MESSAGE, "-l", "--logfile"],
  "svn commit": [...MESSAGE, "-F", "--file"],
  "svn ci": [...MESSAGE, "-F", "--file"],
  "jj describe": MESSAGE,
  "jj commit": MESSAGE,
  "jj new": MESSAGE,
  "docker commit": [...MESSAGE, "-a", "--author"],
  "podman commit": [...MESSAGE, "-a", "--author"],
  "npm version": MESSAGE,
  "yarn version": ["--message"],
  "gh pr": FORGE,
  "gh issue": FORGE,
  "gh release": FORGE,
  "glab mr": FORGE,
  "glab issue": FORGE,
  "glab release": FORGE,
  curl: CURL_MORE,
  wget: ["--post-data", "--body-data", "--header", "--user", "--password"],
  http: ["-a", "--auth"]
};
var ANY_COMMAND = /* @__PURE__ */ new Set(["--message", "--title", "--body", "--description", "--notes", "--comment", "--subject", "--commit-message"]);
var PRINTS = /* @__PURE__ */ new Set(["echo", "printf"]);
var PROSE_ARGUMENTS = /* @__PURE__ */ new Set(["git stash save"]);
function argumentsAreProse(program, sub) {
  return sub.length > 0 && PROSE_ARGUMENTS.has(`${program} ${sub.join(" ")}`);
}
var TABLE2 = new Map(Object.entries(BY_COMMAND).map(([k, flags]) => [k, new Set(flags)]));
function optionsOf(c) {
  return (c.verb !== void 0 ? TABLE2.get(`${c.program} ${c.verb}`) : void 0) ?? TABLE2.get(c.program);
}
function freeTextOption(c, word2) {
  if (!word2.startsWith("-") || word2 === "-" || word2 === "--") return void 0;
  const eq = word2.indexOf("=");
  const name = eq > 0 ? word2.slice(0, eq) : word2;
  const own = optionsOf(c);
  if (ANY_COMMAND.has(name) || own?.has(name)) return name;
  if (!own || name.startsWith("--") || !/^-[A-Za-z]{2,}/.test(name)) return void 0;
  for (const letter of name.slice(1)) if (own.has(`-${letter}`)) return `-${letter}`;
  return void 0;
}
function startsFreeText(c, word2) {
  return freeTextOption(c, word2) !== void 0 || PRINTS.has(c.program) && !word2.startsWith("-");
}

// src/signals/command.ts
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "time", "nohup", "command", "exec"]);
var RUNNERS = /* @__PURE__ */ new Set(["npx", "bunx", "pnpx"]);
var LEADING_KEYWORDS = /* @__PURE__ */ new Set(["do", "then", "else", "elif", "if", "while", "until", "!", "{"]);
var HEADER_KEYWORDS = /* @__PURE__ */ new Set(["for", "foreach", "case", "select", "function", "in", "done", "fi", "esac", "}"]);
var SKIP_SEGMENT = /^(cd|pushd|popd|source|\.|echo|printf|set|true|false|sleep|clear|ls|pwd|cat|head|tail|grep|wc|tee|sort)$/;
var MULTI_WORD = /* @__PURE__ */ new Set([
  "git",
  "npm",
  "pnpm",
  "yarn",
  "bun",
  "cargo",
  "go",
  "mix",
  "docker",
  "kubectl",
  "gh",
  "make",
  "bd",
  "uv",
  "pip",
  "pip3",
  "poetry",
  "deno",
  "dotnet",
  "bundle",
  "rake",
  "rails",
  "terraform",
  "composer",
  "gradle",
  "mvn",
  // The wrappers a project checks in run the same tool: `./gradlew test` is not `./gradlew assembleDebug`.
  "gradlew",
  "mvnw",
  "adb"
]);
var NAMED_PROGRAMS = /* @__PURE__ */ new Set([
  ...[...MULTI_WORD].filter((p) => !/^(?:go|make|mix|bundle|rake|rails)$/.test(p)),
  "sudo",
  "doas",
  "npx",
  "pnpx",
  "bunx"
]);
var SCRIPT_RUNNERS = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
var ENV_ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
var REDIRECT = /^(\d?>>?|&>|<|\d?>&\d)/;
function basename2(p) {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
function setupOf(words2) {
  const [program, target] = words2;
  if (!target || words2.length !== 2) return void 0;
  if ((program === "cd" || program === "pushd") && !/^([/~$]|\.\.?$)/.test(target)) return `cd ${target}`;
  if (program === "source" || program === ".") return `source ${target}`;
  return void 0;
}
function valuePositions(program, via, rest) {
  let values;
  let owners;
  for (let k = 0; k < rest.length - 1; k++) {
    const w = rest[k] ?? "";
    if (!w.startsWith("-") || w.length < 2) continue;
    owners ??= [program, ...via.map((v) => basename2(v.split(" ")[0] ?? ""))];
    if (!takesValue(owners, w)) continue;
    (values ??= /* @__PURE__ */ new Set()).add(k + 1);
    k++;
  }
  return values ?? NO_VALUES;
}
var NO_VALUES = /* @__PURE__ */ new Set();
var SETTING = /^[A-Za-z][\w.-]*=/;
function withoutProse(flags, c) {
  if (!flags.some((f) => f.includes("=") || GLUED.test(f))) return flags;
  return flags.map((f) => proseCut(f, c));
}
var GLUED = /^-[A-Za-z][^-]/;
function proseCut(flag, c) {
  if (flag.includes("=") && !GLUED.test(flag)) return freeTextOption(c, flag) ?? flag;
  const option = freeTextOption(c, flag);
  if (!option || option.startsWith("--")) return flag;
  return flag.slice(0, flag.indexOf(option.slice(1), 1) + 1);
}
function parseWords(segment, words2, context) {
  const { exported, setup } = context;
  const env = [...exported];
  while (words2.length > 0 && ENV_ASSIGN.test(words2[0] ?? "")) {
    env.push(words2[0] ?? "");
    words2 = words2.slice(1);
  }
  const via = [];
  while (words2.length > 0 && (WRAPPERS.has(words2[0] ?? "") || RUNNERS.has(words2[0] ?? ""))) {
    if (RUNNERS.has(words2[0] ?? "")) via.push(words2[0] ?? "");
    words2 = words2.slice(1);
    while (words2.length > 0 && (ENV_ASSIGN.test(words2[0] ?? "") || (words2[0] ?? "").startsWith("-"))) {
      const w = words2[0] ?? "";
      if (ENV_ASSIGN.test(w)) env.push(w);
      words2 = words2.slice(1);
    }
  }
  if (words2[0] === "timeout") words2 = words2.slice(2);
  const runner = runnerOf(words2);
  if (runner) {
    via.push(runner.via);
    words2 = words2.slice(runner.taken);
  }
  const python = pythonModuleOf(words2);
  if (python) {
    via.push(python.via);
    words2 = words2.slice(python.taken);
  }
  const first = words2[0];
  if (!first) return void 0;
  const program = basename2(first);
  const rest = words2.slice(1);
  const flags = python ? [...python.options] : [];
  const values = valuePositions(program, via, rest);
  const at = [];
  rest.forEach((w, k) => {
    if (!(w.startsWith("-") && w.length > 1 && !values.has(k))) at.push(k);
    else flags.push(values.has(k + 1) && SETTING.test(rest[k + 1] ?? "") ? `${w}=${rest[k + 1] ?? ""}` : w);
  });
  const verbs = values.size === 0 ? at : at.filter((k) => !values.has(k));
  const taken = /* @__PURE__ */ new Set();
  if (MULTI_WORD.has(program) && verbs.length > 0) {
    taken.add(verbs[0] ?? 0);
    const s0 = rest[verbs[0] ?? 0];
    if (SCRIPT_RUNNERS.has(program) && (s0 === "run" || s0 === "run-script") && verbs.length > 1) taken.add(verbs[1] ?? 0);
  }
  const sub = [...taken].map((k) => rest[k] ?? "");
  const group = groupWords(program, sub, values.size === 0 ? rest : rest.filter((_, k) => !values.has(k) && !values.has(k + 1)));
  for (const k of verbs.filter((k2) => !taken.has(k2)).slice(0, group.taken)) taken.add(k);
  const positional = at.filter((k) => !taken.has(k)).map((k) => rest[k] ?? "");
  const grouped = group.taken > 0;
  const subs = grouped ? [...sub, ...group.words] : sub;
  return {
    segment,
    env,
    program,
    sub: subs,
    flags: withoutProse(flags, { program, verb: subs[0] ?? positional[0] }),
    args: positional,
    setup: [...setup],
    via
  };
}
var OPTION_AFTER_PROGRAM = /(?:^|[;&|\n])\s*(?:sudo\s+)?[\w./-]+\s+--?[A-Za-z]/;
function familiesBehindOptions(line) {
  if (!OPTION_AFTER_PROGRAM.test(line)) return [];
  return parseCommands(line).filter((shape) => shape.sub.length > 0).map((shape) => [shape.program, ...shape.sub].join(" ")).filter((family2) => !line.includes(family2));
}
function parseCommand(line) {
  return parseAll(line, true)[0];
}
function parseCommands(line) {
  return parseAll(line, false);
}
function parseAll(line, firstOnly) {
  const segs = segments(withoutHeredocBodies(line).replace(/\\\n/g, " "));
  let exported = [];
  const setup = [];
  const out = [];
  for (const segment of segs) {
    let words2 = shellWords(segment).filter((w) => !REDIRECT.test(w) && w !== "/dev/null");
    while (words2.length > 0 && LEADING_KEYWORDS.has(words2[0] ?? "")) words2 = words2.slice(1);
    if (HEADER_KEYWORDS.has(words2[0] ?? "")) continue;
    if (words2[0] === "export") {
      exported = exported.concat(words2.slice(1).filter((w) => ENV_ASSIGN.test(w)));
      continue;
    }
    if (SKIP_SEGMENT.test(basename2(words2[0] ?? "")) && segs.length > 1) {
      const s = setupOf(words2);
      if (s) setup.push(s);
      continue;
    }
    const shape = parseWords(segment, words2, { exported, setup });
    if (!shape) continue;
    out.push(shape);
    if (firstOnly) break;
  }
  return out;
}
var RUNNER_BUILTINS = /^(install|i|add|remove|rm|ci|exec|dlx|x|create|init|publish|link|update|up|upgrade|outdated|why|list|ls|audit|pack|version|config|cache|login|logout|info|view|global|workspace|workspaces|setup|help|run|run-script|test|start|stop|restart)$/;
function commandFamily(shape) {
  if (shape.program === "make") return "make";
  const s0 = shape.sub[0];
  if (s0 && SCRIPT_RUNNERS.has(shape.program)) {
    if (s0 === "run" || s0 === "run-script") return `${shape.program} ${s0}`;
    if (shape.program !== "npm" && !RUNNER_BUILTINS.test(s0)) return `${shape.program} run`;
  }
  return shape.sub.length === 0 ? shape.program : `${shape.program} ${shape.sub.join(" ")}`;
}
var changesPythonM = (d) => !!d && [...d.added, ...d.removed].includes(`via:${PYTHON_M}`);
function structuralTokens(shape) {
  const out = [];
  for (const x of shape.setup) out.push(`setup:${x}`);
  for (const x of shape.via) out.push(`via:${x}`);
  for (const e of shape.env) out.push(`env:${e}`);
  for (const s of shape.sub) out.push(`sub:${s}`);
  for (const f of shape.flags) out.push(`flag:${f}`);
  return out;
}
var tokenSets = /* @__PURE__ */ new WeakMap();
function structuralTokenSet(shape) {
  let set = tokenSets.get(shape);
  if (!set) tokenSets.set(shape, set = new Set(structuralTokens(shape)));
  return set;
}
function structuralDiff(a, b) {
  const ta = structuralTokenSet(a);
  const tb = structuralTokenSet(b);
  return {
    added: [...tb].filter((t) => !ta.has(t)).sort(),
    removed: [...ta].filter((t) => !tb.has(t)).sort()
  };
}
function commandCore(shape) {
  return [...shape.env, shape.program, ...shape.sub, ...shape.flags].join(" ");
}
var TEST_PROGRAMS = /^(pytest|py\.test|jest|vitest|mocha|rspec|phpunit|tox|nox|ava|karma|playwright|cypress)$/;
function isTestCommand(shape) {
  if (TEST_PROGRAMS.test(shape.program)) return true;
  const s0 = shape.sub[0] ?? "";
  const s1 = shape.sub[1] ?? "";
  if (s0 === "test" || s0 === "t") return true;
  return (s0 === "run" || s0 === "run-script") && /^test/.test(s1);
}
function looksLikeTestFailure(output) {
  const envError = /(ModuleNotFoundError|ImportError|command not found|Missing script|No such file|not recognized|unknown (option|command|flag)|ENOENT|Cannot find module|no tests ran|unrecognized arguments)/i;
  if (envError.test(output)) return false;
  return /(\b\d+ (failed|failing|failures?)\b|AssertionError|assert(ion)? ?(failed|error)|\bexpected\b.*\b(received|got|to (be|equal))|✕|^FAIL\b|\b\d+\) test )/im.test(
    output
  );
}

// src/signals/lingua/output-language.ts
var NAMES = {
  chinese: "\u4E2D\u6587|\u6C49\u8BED|\u6F22\u8A9E|\u7B80\u4F53\u4E2D\u6587|\u7C21\u9AD4\u4E2D\u6587|\u7E41\u4F53\u4E2D\u6587|\u7E41\u9AD4\u4E2D\u6587|\u4E2D\u56FD\u8A9E|\uC911\uAD6D\uC5B4|chino|chin\xEAs|chinesisch|chinois|\u043A\u0438\u0442\u0430\u0439\u0441\u043A\u043E\u043C|chinese",
  japanese: "\u65E5\u8BED|\u65E5\u8A9E|\u65E5\u6587|\u65E5\u672C\u8A9E|\uC77C\uBCF8\uC5B4|japon\xE9s|japon\xEAs|japanisch|japonais|\u044F\u043F\u043E\u043D\u0441\u043A\u043E\u043C|japanese",
  korean: "\u97E9\u8BED|\u97D3\u8A9E|\u97E9\u6587|\u97D3\u6587|\u97D3\u56FD\u8A9E|\uD55C\uAD6D\uC5B4|coreano|koreanisch|cor\xE9en|\u043A\u043E\u0440\u0435\u0439\u0441\u043A\u043E\u043C|korean",
  spanish: "\u897F\u73ED\u7259\u8BED|\u897F\u73ED\u7259\u8A9E|\u30B9\u30DA\u30A4\u30F3\u8A9E|\uC2A4\uD398\uC778\uC5B4|espa\xF1ol|castellano|espanhol|spanisch|espagnol|\u0438\u0441\u043F\u0430\u043D\u0441\u043A\u043E\u043C|spanish",
  portuguese: "\u8461\u8404\u7259\u8BED|\u8461\u8404\u7259\u8A9E|\u30DD\u30EB\u30C8\u30AC\u30EB\u8A9E|\uD3EC\uB974\uD22C\uAC08\uC5B4|portugu\xE9s|portugu\xEAs|portugiesisch|portugais|\u043F\u043E\u0440\u0442\u0443\u0433\u0430\u043B\u044C\u0441\u043A\u043E\u043C|portuguese",
  german: "\u5FB7\u8BED|\u5FB7\u8A9E|\u5FB7\u6587|\u30C9\u30A4\u30C4\u8A9E|\uB3C5\uC77C\uC5B4|alem\xE1n|alem\xE3o|deutsch|allemand|\u043D\u0435\u043C\u0435\u0446\u043A\u043E\u043C|german",
  french: "\u6CD5\u8BED|\u6CD5\u8A9E|\u6CD5\u6587|\u30D5\u30E9\u30F3\u30B9\u8A9E|\uD504\uB791\uC2A4\uC5B4|franc\xE9s|franc\xEAs|franz\xF6sisch|fran\xE7ais|\u0444\u0440\u0430\u043D\u0446\u0443\u0437\u0441\u043A\u043E\u043C|french",
  russian: "\u4FC4\u8BED|\u4FC4\u8A9E|\u4FC4\u6587|\u30ED\u30B7\u30A2\u8A9E|\uB7EC\uC2DC\uC544\uC5B4|ruso|russo|russisch|russe|\u0440\u0443\u0441\u0441\u043A\u043E\u043C|russian",
  english: "\u82F1\u6587|\u82F1\u8BED|\u82F1\u8A9E|\uC601\uC5B4|ingl\xE9s|ingl\xEAs|englisch|anglais|\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u043E\u043C|english"
};
var RU_ADVERB = {
  chinese: "\u043F\u043E-\u043A\u0438\u0442\u0430\u0439\u0441\u043A\u0438",
  japanese: "\u043F\u043E-\u044F\u043F\u043E\u043D\u0441\u043A\u0438",
  korean: "\u043F\u043E-\u043A\u043E\u0440\u0435\u0439\u0441\u043A\u0438",
  spanish: "\u043F\u043E-\u0438\u0441\u043F\u0430\u043D\u0441\u043A\u0438",
  portuguese: "\u043F\u043E-\u043F\u043E\u0440\u0442\u0443\u0433\u0430\u043B\u044C\u0441\u043A\u0438",
  german: "\u043F\u043E-\u043D\u0435\u043C\u0435\u0446\u043A\u0438",
  french: "\u043F\u043E-\u0444\u0440\u0430\u043D\u0446\u0443\u0437\u0441\u043A\u0438",
  russian: "\u043F\u043E-\u0440\u0443\u0441\u0441\u043A\u0438",
  english: "\u043F\u043E-\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438"
};
var ARTIFACTS = [
  [
    "commits",
    new RegExp("\u63D0\u4EA4(?:\u4FE1\u606F|\u8BF4\u660E|\u8AAA\u660E|\u6D88\u606F|\u8A0A\u606F)|commit\\s*(?:message|\u4FE1\u606F|\u6D88\u606F|\u8BF4\u660E|\u8A0A\u606F|\u30E1\u30C3\u30BB\u30FC\u30B8|\uBA54\uC2DC\uC9C0)s?|\u30B3\u30DF\u30C3\u30C8\u30E1\u30C3\u30BB\u30FC\u30B8|\uCEE4\uBC0B\\s*\uBA54\uC2DC\uC9C0|mensajes? de (?:commit|confirmaci\xF3n)|mensage(?:m|ns) de commit|commit-(?:nachricht|message)(?:en|s)?|messages? de commit|\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\\p{L}* (?:\u043A )?\u043A\u043E\u043C\u043C\u0438\u0442\\p{L}*", "iu")
  ],
  ["comments", new RegExp("\u6CE8\u91CA|\u8A3B\u91CB|\u6CE8\u89E3|\u30B3\u30E1\u30F3\u30C8|\uC8FC\uC11D|\uCF54\uBA58\uD2B8|comentarios|coment\xE1rios|kommentare|commentaires|\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\\p{L}*|comments", "iu")],
  [
    "replies",
    new RegExp("\u56DE\u7B54|\u89E3\u7B54(?!\u4F8B|\u6B04|\u7528\u7D19|\u96C6)|\u56DE\u590D|\u56DE\u8986|\u7B54\u590D|\u7B54\u8986|\u56DE\u5E94|\u56DE\u61C9|\u4EA4\u6D41|\u6C9F\u901A|\u6E9D\u901A|\u5BF9\u8BDD|\u5C0D\u8A71|\u8FD4\u7B54|\u8FD4\u4FE1|\u5FDC\u7B54|\u7B54\u3048\u3066|\u4F1A\u8A71|\u8A71\u3057\u3066|\uB2F5\uBCC0|\uB300\uB2F5|\uB2F5\uD574|\uC751\uB2F5|\uB300\uD654|respond\\p{L}*|contest\\p{L}*|respuestas?|respostas?|h\xE1blame|fale comigo|antwort\\p{L}*|r\xE9pon\\p{L}*|\u043E\u0442\u0432\u0435\u0447\u0430\\p{L}*|\u043E\u0442\u0432\u0435\u0442\\p{L}*|\u043E\u0431\u0449\u0430\u0439\u0441\u044F|answer\\p{L}*|repl(?:y|ies)|talk to me", "iu")
  ]
];
function framed(name, adverb) {
  const n = `(?:${name})`;
  return new RegExp(
    [
      // Chinese: 用/使用/以/采用 + name, or the name before the verb it is written in ("中文回答").
      `(?:\u7528|\u4F7F\u7528|\u4EE5|\u91C7\u7528|\u63A1\u7528|\u6539\u7528|\u6539\u6210)\\s*${n}`,
      `${n}\\s*(?:\u56DE\u7B54|\u56DE\u590D|\u56DE\u8986|\u7B54\u590D|\u5199|\u5BEB|\u4E66\u5199|\u66F8\u5BEB|\u64B0\u5199|\u64B0\u5BEB|\u4EA4\u6D41|\u6C9F\u901A|\u8F93\u51FA|\u8F38\u51FA)`,
      // Japanese and Korean: the name with its instrumental particle.
      `${n}\\s*(?:\u3067|\uB85C|\uC73C\uB85C)`,
      // Spanish, Portuguese, French, German, English, Russian: the preposition before the name.
      `(?<![\\p{L}])(?:en|em|in|auf|\u043D\u0430)\\s+${n}(?![\\p{L}])`,
      ...adverb ? [adverb] : []
    ].join("|"),
    "iu"
  );
}
var LANGUAGE_NAME = new RegExp(`^(?:${Object.values(NAMES).join("|")})$`, "iu");
var namesLanguage = (word2) => LANGUAGE_NAME.test(word2);
var FRAMES = Object.keys(NAMES).map((lang) => ({ lang, frame: framed(NAMES[lang], RU_ADVERB[lang]) }));
var HOLD = new RegExp(
  [
    String.raw`[?？]|吗|嗎|ですか|ますか|か[。.]?$|까요|나요|니까`,
    String.raw`翻译|翻譯|翻訳|訳して|번역|tradu\p{L}*|übersetz\p{L}*|перев\p{L}*|translat\p{L}*`,
    String.raw`不要|别|別|不用|しないで|ないで|하지\s*마|말고|(?<![\p{L}])(?:no|não|nicht|kein\p{L}*|ne|pas|не|not|don'?t|never|nunca|jamais|niemals)(?![\p{L}])`,
    String.raw`是中文|都是|になっている|ています|ている|되어\s*있|입니다|(?<![\p{L}])(?:está|están|estão|sind|ist|sont|est|are|is|was|were)(?![\p{L}])`,
    String.raw`这次|這次|今回|暂时|暫時|とりあえず|이번|(?<![\p{L}])(?:for now|por ahora|por enquanto|vorerst|pour l'instant|пока)(?![\p{L}])`
  ].join("|"),
  "iu"
);
var ONE_TEXT = new RegExp(
  String.raw`这个|這個|这段|這段|这些|這些|この|その|이\s*파일|(?<![\p{L}])(?:this|that|these|este|esta|esse|essa|diese[rsmn]?|ce|cette|этот|эту|это)(?![\p{L}])`,
  "iu"
);
var PROJECT_SCOPE = /(?:この|その)(?:プロジェクト|リポジトリ|リポ)|(?:这个|這個)(?:项目|項目|仓库|倉庫)|이\s*(?:프로젝트|저장소|레포)|(?<![\p{L}])(?:this|that) (?:project|repo(?:sitory)?|codebase)|(?:este|esse) (?:proyecto|projeto|repositorio|repositório|repo)|diese[rsmn]? (?:projekt|repo(?:sitory)?)|ce (?:projet|dépôt)(?![\p{L}])/giu;
var CLAUSE_BREAK = /[,，、;；]|\s(?:and|und|y|et|e|и)\s|して|て、|で、/u;
function askingClause(s, frame) {
  return s.split(CLAUSE_BREAK).find((c) => frame.test(c)) ?? s;
}
var MAX_SENTENCE = 90;
var LANGUAGE_TEXT = {
  chinese: "Chinese",
  japanese: "Japanese",
  korean: "Korean",
  spanish: "Spanish",
  portuguese: "Portuguese",
  german: "German",
  french: "French",
  russian: "Russian",
  english: "English"
};
var ARTIFACT_TEXT = {
  replies: "Answer",
  comments: "Write code comments",
  commits: "Write commit messages"
};
function outputLanguageAsk(sentence) {
  const s = sentence.normalize("NFKC").trim();
  if (s.length > MAX_SENTENCE || HOLD.test(s)) return void 0;
  const langs = FRAMES.filter((f) => f.frame.test(s));
  if (langs.length !== 1) return void 0;
  if (ONE_TEXT.test(askingClause(s, langs[0].frame).replace(PROJECT_SCOPE, " "))) return void 0;
  const artifacts = ARTIFACTS.filter(([, re]) => re.test(s));
  const artifact = artifacts[0]?.[0];
  if (!artifact) return void 0;
  const lang = langs[0].lang;
  const lesson = `${ARTIFACT_TEXT[artifact]} in ${LANGUAGE_TEXT[lang]}.`;
  const signature = artifact === "replies" ? `ask|style|${lang}` : `ask|lang|${artifact}|${lang}`;
  return { signature, lesson, sentence, own: sentence };
}

// src/signals/repeated-asks.ts
var MAX_OWN = 4e3;
var SKETCH_WORDS = 48;
var SAME_TASK = 0.7;
var PLACEHOLDER = /<[A-Za-z][\w -]{0,30}>/;
var COMMAND_LIKE = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:\.{0,2}\/)?[\w<>.+@-][\w<>./+@:=-]*(?:\s|$)/;
var NOT_PLAIN = /\b(?:not|never|don'?t|do not|didn'?t|instead|rather|why|whether|should (?:we|i)|what about|how about|maybe|perhaps)\b|n't\b/i;
var ROLE_TEXT = {
  build: "Build",
  test: "Run the tests",
  lint: "Lint",
  format: "Format",
  check: "Check your changes"
};
var VERB3 = String.raw`(build|rebuild|compile|test|lint|format|check|verify|validate|type-?check|run)`;
var OBJECT = String.raw`(it|them|this|that|everything|tests?|(?:the|your|my)\s+(?:[\w-]+\s+)?(?:tests?|suite|build|app|project|code|binar(?:y|ies)|targets?|changes?|work))`;
var WITH = String.raw`(?:\s+(?:with|using|via|by running)|\s*[:\u2013\u2014-])\s*$`;
var WITH_FRAME = new RegExp(String.raw`\b${VERB3}(?:\s+${OBJECT})?${WITH}`, "i");
var ING_BASE = {
  building: "build",
  rebuilding: "rebuild",
  compiling: "compile",
  testing: "test",
  linting: "lint",
  formatting: "format",
  checking: "check",
  verifying: "verify",
  validating: "validate",
  running: "run"
};
var ORDERED_ING_FRAME = new RegExp(
  String.raw`(?:^|[,.;:!?]\s*|\s[-\u2013\u2014]+\s|\b(?:please|pls|just|now|then|first|and|so)\s+)(?:try|(?:start|begin)(?:\s+off)?\s+by|keep)\s+(${Object.keys(ING_BASE).join("|")})(?:\s+${OBJECT})?${WITH}`,
  "i"
);
function frameBefore(before) {
  const plain = WITH_FRAME.exec(before);
  if (plain) return { verb: plain[1], object: plain[2], index: plain.index };
  const ing = ORDERED_ING_FRAME.exec(before);
  return ing ? { verb: ING_BASE[ing[1].toLowerCase()], object: ing[2], index: ing.index } : void 0;
}
var TRY_BEFORE = /(?:^|\b(?:please|pls|just|now|then|first|and|so)\s+)try\s*$/i;
var CLAUSE_BREAK2 = /\s[-\u2013\u2014]+\s|;\s/g;
var RUN_BEFORE = /\b(?:run|use|execute)\s*$/i;
var PURPOSE_AFTER = /^\s*to\s+(build|compile|test|lint|format|check|verify|validate|confirm|make sure|ensure|type-?check)\b/i;
var BARE_VERB = /\b(run|build|rebuild|compile|test)\s*$/i;
function roleOf2(verb, object, command) {
  const v = verb.toLowerCase();
  if (/^(?:build|rebuild|compile)$/.test(v)) return "build";
  if (v === "test" || /\btests?\b|\bsuite\b/i.test(object ?? "")) return "test";
  if (v === "lint") return "lint";
  if (v === "format") return "format";
  if (v !== "run" && v !== "try") return "check";
  const shape = parseCommand(command.replace(/<([\w -]+)>/g, "$1"));
  if (shape && isTestCommand(shape) || /<[^>]*test[^>]*>/i.test(command)) return "test";
  return v === "try" && shape && (shape.sub[0] === "build" || shape.sub[0] === "run" && shape.sub[1] === "build") ? "build" : void 0;
}
function clauses2(sentence) {
  const out = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK2)) {
    out.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}
function recipeCommand(span) {
  const first = span.replace(/\s+/g, " ").trim().split(/\s+(?:[12]?>>?|\||&&|;|\|\|)(?:\s|$)/)[0].trim();
  return first.replace(/(?:\s+-[^\s]*)+$/, "");
}
function recipeKey(command) {
  return shellWords(command.replace(/<[A-Za-z][\w -]{0,30}>/g, "<>")).filter((w) => !w.startsWith("-")).map((w) => w.replace(/\/+$/, "").toLowerCase()).join(" ");
}
function recipesIn(sentence) {
  if (!sentence.includes("`")) return [];
  const out = [];
  const parts = clauses2(sentence);
  const clauseAt = (i) => parts.find((c) => i <= c.end) ?? parts[parts.length - 1];
  for (const m of sentence.matchAll(/`([^`\n]{2,200})`/g)) {
    const span = (m[1] ?? "").trim();
    if (!COMMAND_LIKE.test(span)) continue;
    const at = m.index ?? 0;
    const own = clauseAt(at);
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + m[0].length, own.end);
    const framed2 = frameBefore(before);
    const purpose = !framed2 && RUN_BEFORE.test(before) ? PURPOSE_AFTER.exec(after) : null;
    const template = !framed2 && !purpose && PLACEHOLDER.test(span) ? BARE_VERB.exec(before) : null;
    const tried = !framed2 && !purpose && !template && TRY_BEFORE.test(sentence.slice(own.start, at)) ? "try" : void 0;
    const from = clauseAt(Math.min(at, framed2?.index ?? template?.index ?? at)).start;
    const whole = sentence.slice(from, own.end);
    if (NOT_PLAIN.test(whole) || TRANSIENT.test(whole)) continue;
    const verb = framed2?.verb ?? purpose?.[1] ?? template?.[1] ?? tried;
    if (!verb) continue;
    const command = recipeCommand(span);
    const role = roleOf2(verb, framed2?.object, command);
    const key = recipeKey(command);
    if (!role || !key) continue;
    out.push({ signature: `ask|cmd|${key}`, lesson: `${ROLE_TEXT[role]} with \`${command}\`.`, sentence, own: m[0] });
  }
  return out;
}
var NOT_A_NAME = /^(?:a|an|any|all|some|this|that|these|those|it|its|them|the|your|my|our|one|same|other|only|just|also)$/i;
var TOOL_EVERYWHERE = /^(?:please\s+)?use\s+(`[^`\n]{1,40}`|[A-Za-z][\w@.+-]{1,39})\s+(?:for everything|for all\b[^.!?]{0,60}|for (?:every|any)\b[^.!?]{0,60}|everywhere|throughout(?: the (?:project|repo|codebase))?|(?:in|for) this (?:project|repo(?:sitory)?|codebase))[.!]?$/i;
var STYLE_LEAD = /^(?:please\s+)?(?:answer|respond|reply|write (?:your )?(?:answers|responses|replies)|keep (?:your |the )?(?:answers|responses|replies))\b/i;
var STYLE_WORDS = [
  [/\b(?:short|brief(?:ly)?|concise(?:ly)?|terse(?:ly)?|succinct(?:ly)?)\b/i, "short"],
  [/\bbullet(?:s| points?| lists?)?\b/i, "bullets"],
  [/\b(?:english|german|french|spanish|italian|portuguese|dutch|polish|russian|chinese|japanese|korean)\b/i, "language"],
  [/\bplain text\b/i, "plain"]
];
function openingAskIn(sentence) {
  const s = sentence.replace(/^(?:also|and|ok(?:ay)?)[,!]?\s+/i, "");
  if (s.length > 160 || NOT_PLAIN.test(s) || TRANSIENT.test(s) || s.endsWith("?")) return void 0;
  const lesson = `${s.charAt(0).toUpperCase()}${s.slice(1).replace(/^please\s+/i, "").replace(/[.!]*$/, "")}.`;
  const tool = TOOL_EVERYWHERE.exec(s);
  const name = tool?.[1]?.replace(/`/g, "");
  if (name && !NOT_A_NAME.test(name))
    return { signature: `ask|use|${name.toLowerCase()}`, lesson: lesson.replace(/^Please /, ""), sentence, own: sentence };
  if (!STYLE_LEAD.test(s)) return void 0;
  const style = STYLE_WORDS.filter(([re]) => re.test(s)).map(([, k]) => k);
  if (style.length === 0) return void 0;
  const lang = /\b(english|german|french|spanish|italian|portuguese|dutch|polish|russian|chinese|japanese|korean)\b/i.exec(s)?.[1];
  const key = style.map((k) => k === "language" && lang ? lang.toLowerCase() : k).sort().join(" ");
  return { signature: `ask|style|${key}`, lesson: lesson.replace(/^Please /, ""), sentence, own: sentence };
}
var DOC_REF = /^@?`?((?:[\w.-]+\/)*[\w.-]+\.(?:md|mdx|rst|txt))`?(?=[\s,.;:!]|$)/i;
var MEMORY_DOC = /(?:^|\/)(?:CLAUDE|AGENTS|AGENTS\.override|GEMINI|CLAUDE\.local)\.md$/i;
var AFTER_READING = /^(?:[.!]?$|,?\s*(?:and\s+)?(?:then|first|now|before)\b)/i;
function readingListIn(sentence) {
  const lead = /^(?:please\s+)?(?:first\s+)?(?:read|review|go through)\s+/i.exec(sentence);
  if (!lead) return void 0;
  const docs = [];
  let rest = sentence.slice(lead[0].length);
  for (; ; ) {
    const m = DOC_REF.exec(rest);
    if (!m) break;
    docs.push(m[1].replace(/^\.\//, ""));
    rest = rest.slice(m[0].length).replace(/^\s*(?:,\s*)?(?:and\s+(?=@|`|[\w./-]+\.(?:md|mdx|rst|txt)\b))?/i, "");
  }
  if (docs.length === 0 || docs.some((d) => MEMORY_DOC.test(d)) || !AFTER_READING.test(rest.trim())) return void 0;
  const sorted = [...new Set(docs)].sort();
  const spans = sorted.map((d) => `\`${d}\``);
  const list = spans.length === 1 ? spans[0] : `${spans.slice(0, -1).join(", ")} and ${spans[spans.length - 1]}`;
  const read = sentence.slice(0, sentence.length - rest.length);
  return { signature: `ask|read|${sorted.join(" ").toLowerCase()}`, lesson: `At the start of a task, read ${list}.`, sentence, own: read };
}
function asksIn(src) {
  if (src.ownLength > MAX_OWN) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add2 = (a) => {
    if (!a || seen.has(a.signature)) return;
    seen.add(a.signature);
    out.push(a);
  };
  for (const sentence of src.own) {
    recipesIn(sentence).forEach(add2);
    if (src.opening) [openingAskIn(sentence), readingListIn(sentence)].forEach(add2);
  }
  src.readable.forEach((sentence) => add2(outputLanguageAsk(sentence)));
  return out;
}
var wordHashes = /* @__PURE__ */ new Map();
var MAX_WORD_HASHES = 8192;
function wordHash(word2) {
  let h = wordHashes.get(word2);
  if (h === void 0) {
    if (wordHashes.size >= MAX_WORD_HASHES) wordHashes.clear();
    wordHashes.set(word2, h = shortHash(word2, 6));
  }
  return h;
}
function taskSketch(own, ask) {
  const rest = own.replace(ask.own, " ");
  const hashes = [...new Set(contentWords(rest))].map(wordHash).sort();
  return hashes.slice(0, SKETCH_WORDS).join(" ");
}
function sketchAgreement(a, b) {
  if (a === "" || b === "") return 0;
  const x = new Set(a.split(" ").filter(Boolean));
  const y = new Set(b.split(" ").filter(Boolean));
  const union = [.../* @__PURE__ */ new Set([...x, ...y])].sort().slice(0, SKETCH_WORDS);
  return union.filter((w) => x.has(w) && y.has(w)).length / union.length;
}

// node_modules/stemmer/index.js
var step2list = {
  ational: "ate",
  tional: "tion",
  enci: "ence",
  anci: "ance",
  izer: "ize",
  bli: "ble",
  alli: "al",
  entli: "ent",
  eli: "e",
  ousli: "ous",
  ization: "ize",
  ation: "ate",
  ator: "ate",
  alism: "al",
  iveness: "ive",
  fulness: "ful",
  ousness: "ous",
  aliti: "al",
  iviti: "ive",
  biliti: "ble",
  logi: "log"
};
var step3list = {
  icate: "ic",
  ative: "",
  alize: "al",
  iciti: "ic",
  ical: "ic",
  ful: "",
  ness: ""
};
var consonant = "[^aeiou]";
var vowel = "[aeiouy]";
var consonants = "(" + consonant + "[^aeiouy]*)";
var vowels = "(" + vowel + "[aeiou]*)";
var gt0 = new RegExp("^" + consonants + "?" + vowels + consonants);
var eq1 = new RegExp(
  "^" + consonants + "?" + vowels + consonants + vowels + "?$"
);
var gt1 = new RegExp("^" + consonants + "?(" + vowels + consonants + "){2,}");
var vowelInStem = new RegExp("^" + consonants + "?" + vowel);
var consonantLike = new RegExp("^" + consonants + vowel + "[^aeiouwxy]$");
var sfxLl = /ll$/;
var sfxE = /^(.+?)e$/;
var sfxY = /^(.+?)y$/;
var sfxIon = /^(.+?(s|t))(ion)$/;
var sfxEdOrIng = /^(.+?)(ed|ing)$/;
var sfxAtOrBlOrIz = /(at|bl|iz)$/;
var sfxEED = /^(.+?)eed$/;
var sfxS = /^.+?[^s]s$/;
var sfxSsesOrIes = /^.+?(ss|i)es$/;
var sfxMultiConsonantLike = /([^aeiouylsz])\1$/;
var step2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
var step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
var step4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
function stemmer(value) {
  let result = String(value).toLowerCase();
  if (result.length < 3) {
    return result;
  }
  let firstCharacterWasLowerCaseY = false;
  if (result.codePointAt(0) === 121) {
    firstCharacterWasLowerCaseY = true;
    result = "Y" + result.slice(1);
  }
  if (sfxSsesOrIes.test(result)) {
    result = result.slice(0, -2);
  } else if (sfxS.test(result)) {
    result = result.slice(0, -1);
  }
  let match;
  if (match = sfxEED.exec(result)) {
    if (gt0.test(match[1])) {
      result = result.slice(0, -1);
    }
  } else if ((match = sfxEdOrIng.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1];
    if (sfxAtOrBlOrIz.test(result)) {
      result += "e";
    } else if (sfxMultiConsonantLike.test(result)) {
      result = result.slice(0, -1);
    } else if (consonantLike.test(result)) {
      result += "e";
    }
  }
  if ((match = sfxY.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1] + "i";
  }
  if ((match = step2.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step2list[match[2]];
  }
  if ((match = step3.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step3list[match[2]];
  }
  if (match = step4.exec(result)) {
    if (gt1.test(match[1])) {
      result = match[1];
    }
  } else if ((match = sfxIon.exec(result)) && gt1.test(match[1])) {
    result = match[1];
  }
  if ((match = sfxE.exec(result)) && (gt1.test(match[1]) || eq1.test(match[1]) && !consonantLike.test(match[1]))) {
    result = match[1];
  }
  if (sfxLl.test(result) && gt1.test(result)) {
    result = result.slice(0, -1);
  }
  if (firstCharacterWasLowerCaseY) {
    result = "y" + result.slice(1);
  }
  return result;
}

// src/signals/similar.ts
function words(text) {
  const digits = text.match(/\b\d+\b/g) ?? [];
  return [...contentWords(text), ...digits];
}
var NUMBER_WORDS = new Map(
  Object.entries({
    one: "1",
    two: "2",
    three: "3",
    four: "4",
    five: "5",
    six: "6",
    seven: "7",
    eight: "8",
    nine: "9",
    ten: "10",
    eleven: "11",
    twelve: "12",
    twenty: "20",
    thirty: "30",
    forty: "40",
    fifty: "50",
    hundred: "100",
    single: "1",
    once: "1",
    twice: "2",
    double: "2",
    first: "1",
    second: "2"
  })
);
var FILLER = new Set(
  "keep make prefer each every all any some also only just new ones like via per so if but can may might will would need needs want them they their what which who it its there here".split(
    " "
  )
);
function stemOf(word2) {
  const s = stemmer(word2);
  return s.length === 2 && /(?:ing|ed)$/.test(word2) && word2[2] === s[1] ? `${s}${s[1]}` : s;
}
function meaningStems(text) {
  const spaced = text.replace(/(\d)-(?=[a-z])/gi, "$1 ").replace(/[-/](?=[a-z])/gi, " ");
  const out = [];
  for (const w of words(spaced)) {
    if (FILLER.has(w)) continue;
    const n = NUMBER_WORDS.get(w) ?? w;
    const s = /^\d/.test(n) ? n : stemOf(n.replace(/[^a-z0-9:.=@-]/g, ""));
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
var NEGATION = /\b(?:never|not|no|don'?t|avoid|without)\b|n't\b/i;
var negated = (text) => NEGATION.test(text.replace(/`[^`]*`/g, ""));
var stemsOf = boundedMemo(4096, meaningStems);
function similarity(a, b) {
  return similarityOf(stemsOf(a), stemsOf(b));
}
function similarityOf(sa, sb) {
  const [short, long] = sa.length <= sb.length ? [sa, new Set(sb)] : [sb, new Set(sa)];
  const shared = short.filter((w) => long.has(w)).length;
  return {
    jaccard: jaccard([...sa], [...sb]),
    containment: short.length === 0 ? 0 : shared / short.length,
    shared
  };
}
function sameMeaning(a, b) {
  if (negated(a) !== negated(b)) return false;
  const s = similarity(a, b);
  if (s.shared < 3) return s.jaccard === 1 && s.shared >= 2;
  return s.jaccard >= 0.6 || s.containment >= 1 || s.containment >= 0.75 && s.jaccard >= 0.5;
}

// src/signals/frame-typos.ts
var FRAME_WORDS = ["remember", "forget", "ensure", "always", "never"];
var REAL_WORDS = /* @__PURE__ */ new Set([
  "unsure",
  "insure",
  "ensue",
  "ensures",
  "ensured",
  "forgot",
  "forge",
  "forger",
  "forgets",
  "remembers",
  "allays",
  "ever",
  "fever",
  "lever",
  "sever",
  "newer",
  "naver",
  "nevus"
]);
var OPENING_WORDS = 4;
function sameRest(a, i, b, j) {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
function oneEdit(a, b) {
  if (a === b) return true;
  const [m, n] = [a.length, b.length];
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < Math.min(m, n) && a[i] === b[i]) i++;
  if (m === n) return sameRest(a, i + 1, b, i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && sameRest(a, i + 2, b, i + 2);
  return m > n ? sameRest(a, i + 1, b, i) : sameRest(a, i, b, i + 1);
}
var SHORTEST = Math.min(...FRAME_WORDS.map((f) => f.length)) - 1;
var LONGEST = Math.max(...FRAME_WORDS.map((f) => f.length)) + 1;
function meant(word2) {
  const w = word2.toLowerCase();
  if (REAL_WORDS.has(w) || FRAME_WORDS.includes(w)) return void 0;
  return FRAME_WORDS.find((f) => oneEdit(w, f));
}
function mendMakeSure(text) {
  return text.replace(
    /^((?:\S+\s+){0,2}?)([A-Za-z]{3,5})(\s+)([A-Za-z]{3,5})(?=\s+(?:to|you|that)\b)/i,
    (all, lead, a, sp, b) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      const ok = x === "make" && oneEdit(y, "sure") || y === "sure" && oneEdit(x, "make");
      return ok && !(x === "make" && y === "sure") ? `${lead}make${sp}sure` : all;
    }
  );
}
var sameCase = (typed, word2) => word2 && /^[A-Z]/.test(typed) ? `${word2.charAt(0).toUpperCase()}${word2.slice(1)}` : word2;
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var FROM_NOW_ON_LEAD = /^((?:(?:ok(?:ay)?|and|so|also|alright|please|pls|then)[,!]?\s+){0,2})/i;
var FROM_NOW_ON = ["from", "now", "on"];
var NOW_ON_NEAR = /^(?:(?:ok(?:ay)?|and|so|also|alright|please|pls|then)[,!]?\s+){0,2}(?:[a-z]{1,5}\s+)?n[a-z]{0,3}\s+o[a-z]{0,2}\b/i;
var ORDER_AFTER = /^,?\s+(?:please,?\s+)?([A-Za-z']+(?:\s+not\b)?)/i;
var FRAME_NEXT = /^(?:always|never|don'?t|do\s+not|when|whenever|before|after|once|each|every)$/i;
function ordersAfter(rest) {
  const word2 = ORDER_AFTER.exec(rest)?.[1];
  return word2 !== void 0 && (FRAME_NEXT.test(word2) || RULE_VERB.test(word2));
}
function mendFromNowOn(text) {
  if (!NOW_ON_NEAR.test(text)) return text;
  const lead = FROM_NOW_ON_LEAD.exec(text)?.[1] ?? "";
  const rest = text.slice(lead.length);
  const dropped = /^(now\s+on)(?=\s*,|\s+(?:always|never)\b)/i.exec(rest);
  if (dropped && !ordersAfter(rest.slice(dropped[1].length))) return text;
  if (dropped) return `${lead}${/^N/.test(rest) && !lead ? "From" : "from"} now on${rest.slice(dropped[1].length)}`;
  const three = /^([A-Za-z]{1,5})(\s+)([A-Za-z]{1,4})(\s+)([A-Za-z]{1,4})(?=[\s,]|$)/.exec(rest);
  if (!three) return text;
  const typed = [three[1], three[3], three[5]];
  const off = typed.filter((w, k) => w.toLowerCase() !== FROM_NOW_ON[k]);
  if (off.length !== 1 || !typed.every((w, k) => oneEdit(w.toLowerCase(), FROM_NOW_ON[k]))) return text;
  if (!ordersAfter(rest.slice(three[0].length))) return text;
  const word2 = typed.map((w, k) => k === 0 ? sameCase(w, "from") ?? w : FROM_NOW_ON[k]);
  return `${lead}${word2[0]}${three[2]}${word2[1]}${three[4]}${word2[2]}${rest.slice(three[0].length)}`;
}
function mendFrameTypos(sentence) {
  const frame = mendFromNowOn(sentence);
  if (frame !== sentence) return frame;
  let mended = "";
  let copied = 0;
  let i = 0;
  for (let words2 = 0; words2 < OPENING_WORDS; words2++) {
    while (i < sentence.length && !isLetter(sentence.charCodeAt(i))) i++;
    if (i >= sentence.length) break;
    const start = i;
    while (i < sentence.length && isLetter(sentence.charCodeAt(i))) i++;
    if (i - start < SHORTEST || i - start > LONGEST) continue;
    const typed = sentence.slice(start, i);
    const word2 = sameCase(typed, meant(typed));
    if (word2 === void 0) continue;
    mended += sentence.slice(copied, start) + word2;
    copied = i;
  }
  return mendMakeSure(copied === 0 ? sentence : mended + sentence.slice(copied));
}

// src/signals/rule-frames.ts
var TIME_FRAME = /,?\s*\b(?:from now on|going forward|moving forward|henceforth|next time(?=\s*(?:[,.!;]|$)))\b,?/gi;
var FORGOT_AGAIN = /^(.*?\byou forgot)\s+again(\s+to\b)|^(.*?\byou forgot to\b.*?),?\s+again(?=[.!]*$)/i;
var withoutReproach = (sentence) => sentence.replace(
  FORGOT_AGAIN,
  (_m, who, to, rule) => who !== void 0 ? `${who}${to ?? ""}` : rule ?? ""
);
var STOP_DOING = /^((?:(?:no|ok(?:ay)?|also|and|actually|please)[,!]?\s+)*)stop\s+(?=[a-z]+ing\b)(?!(?:every|any|no|some)thing\b)/i;
var withoutFrames = (sentence) => withoutReproach(sentence).replace(TIME_FRAME, " ").replace(STOP_DOING, "$1");
var FRAME_STEM_GROUPS = [
  "from now on",
  "going forward",
  "moving forward",
  "henceforth",
  "next time",
  "stop",
  "again"
].map((p) => meaningStems(p));
var FRAME_STEMS = new Set(FRAME_STEM_GROUPS.flat());
var INTENSIFIER_STEMS = /* @__PURE__ */ new Set(["ever"]);

// src/signals/rule-wording.ts
var STANDING = /\b(?:(?:in|for|across|throughout)\s+(?:this|our)\s+(?:repo(?:sitory)?|project|codebase|workspace|monorepo)\b(?!\s+(?:root|folder|dir(?:ectory)?|files?|tree|name|settings))|(?:it'?s|this is)\s+an?\s+[\w@.+-]+\s+(?:repo(?:sitory)?|project|codebase|workspace|monorepo)\b|from now on|going forward|in (?:the )?future|next time|every ?time|each time)\b/i;
function standingScope(sentence) {
  return STANDING.test(sentence) && !TRANSIENT.test(sentence);
}
var SCOPE_LEAD = /^(?:next time|going forward|in (?:the )?future|(?:in|for)\s+(?:this|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)),?\s+(?=\S)/i;
var withoutScopeLead = (sentence) => sentence.replace(SCOPE_LEAD, "");
var HANDS_OFF = /^(?:please\s+)?(?:hands off(?:\s+of)?|stay out of|keep out of|keep (?:your )?hands off)\s+(.+)$|^(?:please\s+)?leave\s+(.{2,60}?)\s+alone\b(.*)$/i;
function splitTail(rest) {
  const m = /^(\S+?|the [\w .-]{1,40}?)([.,:;!]?(?:\s.*)?)$/.exec(rest.trim());
  return m ? [m[1] ?? rest, m[2] ?? ""] : [rest, ""];
}
var MODAL_NOT = /^(?:you\s+)?(?:must|should|shall|may)\s*(?:not|n'?t)\s+(\w+)\b|^i\s+(?:don'?t|do\s+not)\s+want\s+you\s+(?:to\s+)?(\w+)\b|^never,?\s+(?:ever,?\s+)?(\w+)\b/i;
function bareVerb(word2) {
  if (RULE_VERB.test(word2)) return word2;
  const stem = word2.replace(/ing$/i, "");
  if (stem === word2) return void 0;
  return [stem, stem.replace(/(\w)\1$/, "$1"), `${stem}e`].find((v) => RULE_VERB.test(v));
}
var CONDITION_LEAD = /^((?:each time\s+|every time\s+)?(?:before|after|whenever)\s+[^,]{2,40}?),\s+(\S.*?)([.!]*)$/i;
var OBLIGED = /^(?:you\s+(?:need\s+to|have\s+to|ought\s+to|should|must)\s+|i\s+want\s+you\s+to\s+(?=always\b|never\b)|we\s+(?=always\b|never\b))(?=\w)|^(?:always|never),\s+(?=(?:always|never)\b)/i;
var ALWAYS_LAST = /^(\w+)(\s.*?)\s*(?:,|\s[—–-])\s*always([.!]*)$/i;
var OBJECT_OPENS = /^\s+(?:\x60|\.{0,2}\/|[\w.-]+\/|(?:the|a|an|your|our|my|its|their|this|these|those|every|each|all|any|it|them)\s)/i;
function alwaysFirst(sentence) {
  const m = ALWAYS_LAST.exec(sentence.trim());
  if (!m || !RULE_VERB.test(m[1]) || !OBJECT_OPENS.test(m[2])) return sentence;
  return `Always ${m[1].toLowerCase()}${m[2]}${m[3]}`;
}
function asOrder(said) {
  const sentence = alwaysFirst(said);
  if (sentence !== said) return sentence;
  const lead = OBLIGED.exec(sentence)?.[0] ?? "";
  const rest = sentence.slice(lead.length);
  const habit = /^(?:we|i)\b/i.test(lead) ? /^(?:always|never)\s+(\w+)/i.exec(rest) : null;
  const s = habit && !RULE_VERB.test(habit[1] ?? "") ? sentence : rest;
  const m = CONDITION_LEAD.exec(s);
  const order = m ? `${m[2].replace(/\s+please$/i, "")} ${m[1].toLowerCase()}${m[3] ?? ""}` : s;
  return order === sentence ? sentence : `${order.charAt(0).toUpperCase()}${order.slice(1)}`;
}
var NO_PROGRAM = /^no\s+(`?)([\w-]+(?:\.[\w-]+)*)\1\s*[.!]*$/i;
function asNoProgram(sentence) {
  const program = NO_PROGRAM.exec(sentence.trim());
  return program && NAMED_PROGRAMS.has(program[2].toLowerCase()) ? `Don't use \`${program[2]}\`.` : sentence;
}
function asNegative(sentence) {
  const modal = MODAL_NOT.exec(sentence);
  const verb = modal ? bareVerb(modal[1] ?? modal[2] ?? modal[3] ?? "") : void 0;
  return modal && verb ? `${modal[3] ? "Never" : "Don't"} ${verb.toLowerCase()}${sentence.slice(modal[0].length)}` : sentence;
}
function asProhibition(sentence) {
  const m = HANDS_OFF.exec(sentence);
  if (!m) return sentence;
  const [target, tail] = m[1] ? splitTail(m[1]) : [m[2] ?? "", m[3] ?? ""];
  const t = target.replace(/`/g, "");
  return `Don't touch ${/[/.]/.test(t) && !/\s/.test(t) ? `\`${t}\`` : t}${tail.replace(/\s*\bplease\b/i, "")}`;
}
var RULE_VERB = /^(?:stay|remain|stick|work|respond|speak|talk|communicate|develop|branch|focus|debug|iterate|comment|use|run|call|ask|add|write|read|check|test|commit|push|pull|rebase|merge|squash|format|lint|build|keep|put|make|create|update|prefer|open|close|start|stop|wait|try|review|document|include|mention|be|do|verify|follow|leave|remember|sign|install|clean|delete|remove|rename|move|copy|set|pin|include|quote|escape|prefix|wrap|name|return|log|handle|validate|type|import|export|tag|bump|ship|deploy|reply|answer|explain|show|print|say|tell|confirm|double-check)$/i;
function withVerb(sentence) {
  const m = /^(always|only)\s+(\x60[^\x60]+\x60|[\w@.:/+-]+)(\s+(?:in|for|on|here|when|with)\b.*)?$/i.exec(sentence.trim());
  if (!m?.[2] || RULE_VERB.test(m[2]) || PRONOUN.test(m[2]) || DETERMINER.test(m[2])) return sentence;
  if (COPULA.test((m[3] ?? "").split(/\bwhen\b/i)[0] ?? "")) return sentence;
  return `Use ${m[2]}${m[3] ?? ""}`;
}
var COPULA = /\b(?:is|are|was|were)\b/i;
var ADVERB_LEAD = /^(?:please\s+)?(?:only|just|first)\s+\x60?([\w-]+)/i;
function adverbRemark(sentence) {
  const word2 = ADVERB_LEAD.exec(sentence.trim())?.[1];
  return word2 !== void 0 && !RULE_VERB.test(word2) && withVerb(sentence) === sentence;
}
var REMINDER = /^(?:don'?t forget to|do not forget to|remember to|always remember to|(?:make sure|ensure) (?:that )?(?:to|you(?:'re| are)?)|you forgot to)\s+(.{6,160}?)[.!]*$/i;
function reminderRule(sentence) {
  const s = withoutReproach(mendFrameTypos(sentence.replace(LEAD, "").trim()));
  const m = REMINDER.exec(s);
  if (!m?.[1] || TRANSIENT.test(s) || ENDS_ON_THIS_WORK.test(s) || s.endsWith("?")) return void 0;
  const rule = m[1].replace(/^(?:always\s+)/i, "");
  if (/^(?:make sure|ensure) (?:that )?you(?:'re| are)\s/i.test(s)) return `Make sure you are ${rule}.`;
  return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
}
var REASON_START = /^(?:it|they|that|this|those|these|because|since|otherwise)\b|^the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|gets?|will|would|[a-z]+s)\b/i;
var STATE = /\b(?:fail(?:s|ed|ing)?|broken|error|wrong|work(?:s|ed|ing)?|done|ready|pass(?:es|ed|ing)?|looks?|seems?)\b/i;
function reasonSentence(s) {
  if (!s) return void 0;
  const t = s.trim();
  if (/[?:]$/.test(t) || TRANSIENT.test(t) || STATE.test(t) || t.length > 160 || !REASON_START.test(t)) return void 0;
  if (/^(?:that'?s|this is|it'?s)\s+(?:it|all|fine|ok|okay|good|great|wrong|not)\b/i.test(t)) return void 0;
  return t.replace(/^(?:because|since)\s+/i, "").replace(/[.!]+$/, "");
}

// src/signals/rule-order.ts
var FRONTED = /^(before|after)\s+([^,]+),\s*(.+)$/i;
var INNER = /^(.+?)(?:,\s*|\s+)(?:and\s+)?(before|after|then)\s+(.+)$/i;
var OPENING = /^(?:please\s+)?(?:always\s+|never\s+|don'?t\s+|do not\s+|first\s+)*([a-z-]+)\s+/i;
function sides(lesson) {
  const text = lesson.replace(/:\s.*$/, "").replace(/[.!]+$/, "");
  const f = FRONTED.exec(text);
  const m = f ? void 0 : INNER.exec(text);
  if (!f && !m) return void 0;
  const [first, then] = f ? f[1].toLowerCase() === "before" ? [f[3], f[2]] : [f[2], f[3]] : m[2].toLowerCase() === "after" ? [m[3], m[1]] : [m[1], m[3]];
  const bare = (clause2) => {
    const verb = OPENING.exec(clause2);
    return verb && RULE_VERB.test(verb[1]) ? clause2.slice(verb[0].length) : clause2;
  };
  const a = new Set(meaningStems(bare(first)));
  const b = new Set(meaningStems(bare(then)));
  const out = /* @__PURE__ */ new Map();
  for (const s of a) if (!b.has(s)) out.set(s, 0);
  for (const s of b) if (!a.has(s)) out.set(s, 1);
  return out;
}
function ordersDisagree(lessons) {
  const read = lessons.map(sides).filter((s) => s !== void 0 && s.size > 0);
  for (let i = 0; i < read.length; i++)
    for (let j = i + 1; j < read.length; j++)
      for (const [stem, side] of read[i]) if (read[j].has(stem) && read[j].get(stem) !== side) return true;
  return false;
}

// src/signals/cluster.ts
var MAX_SIGNALS_PER_PATTERN = 25;
var supportSession = (s) => s.rootSessionId ?? s.sessionId;
function patternId(kind, signature) {
  return `p_${shortHash(`${kind}\0${signature}`)}`;
}
var wordsUnverified = (s) => s.evidence.some((e) => e.unverified === true);
function wordSignals(p) {
  const said = p.signals.filter((s) => !wordsUnverified(s));
  return said.length > 0 ? said : p.signals;
}
var noVotes = () => ({});
function add(counts, value, n) {
  counts.set(value, (counts.get(value) ?? 0) + n);
}
function vote(v, w, n = 1) {
  add(v.summaries ??= /* @__PURE__ */ new Map(), w.summary, n);
  if (w.lesson) add(v.lessons ??= /* @__PURE__ */ new Map(), w.lesson, n);
}
function addFolder(b, folder) {
  if (b.folders === void 0 || folder !== void 0 && b.folders.includes(folder)) return;
  b.folders = joinFolders(b.folders, folderSummary(folder));
}
function mode(counts) {
  let best;
  let bestN = -1;
  for (const [v, n] of counts ?? []) {
    if (n > bestN || n === bestN && best !== void 0 && v < best) {
      best = v;
      bestN = n;
    }
  }
  return best;
}
function clusterKind(s) {
  return s.kind === "memory_failure" && s.signature.startsWith("fix|") ? "error_then_fix" : s.kind;
}
var signalPatternId = (s) => patternId(clusterKind(s), s.signature);
function clusterSignals(signals, minSupport, opts = {}) {
  const buckets = /* @__PURE__ */ new Map();
  const same = opts.sameEvents === false ? void 0 : new SameEvents();
  for (const s of signals) {
    const kind = clusterKind(s);
    const key = `${kind}\0${s.signature}`;
    same?.add(key, supportSession(s), s);
    let b = buckets.get(key);
    if (!b) {
      b = {
        kind,
        memory: false,
        signature: s.signature,
        sessions: /* @__PURE__ */ new Set(),
        agents: /* @__PURE__ */ new Set(),
        said: noVotes(),
        unattributed: noVotes(),
        folders: folderSummary(s.folder),
        signals: []
      };
      buckets.set(key, b);
    }
    addFolder(b, s.folder);
    b.sessions.add(supportSession(s));
    b.agents.add(s.agent);
    vote(wordsUnverified(s) ? b.unattributed : b.said, s);
    addSample(b, s);
  }
  return splitBySupport(
    [...buckets].map(([key, b]) => toPattern(patternId(b.kind, b.signature), regrouped(b, same?.rootOf(key)))),
    minSupport,
    // A chunk of the streaming accumulator sees only part of the sessions: an ask may recur in the next chunk.
    same ? {} : { partial: true }
  );
}
function regrouped(b, rootOf) {
  if (!rootOf) return b;
  const out = { ...b, sessions: new Set([...b.sessions].map(rootOf)), memory: false, signals: [] };
  for (const s of b.signals) {
    const root = rootOf(supportSession(s));
    addSample(out, root === supportSession(s) ? s : { ...s, rootSessionId: root });
  }
  return out;
}
function addSample(b, s) {
  const root = supportSession(s);
  const firstMemory = !!s.memoryEntryId && !b.memory;
  if (s.memoryEntryId) b.memory = true;
  if (!(firstMemory || b.signals.length < MAX_SIGNALS_PER_PATTERN && !b.signals.some((x) => supportSession(x) === root))) return;
  b.signals.push(s);
}
function splitBySupport(all, minSupport, opts = {}) {
  const sorted = all.filter((p) => p.signals.length === 0 || !p.signals.every((s) => s.restated)).sort(bySupport);
  const teaches = (p) => meetsSupport(p, minSupport) && (opts.partial || recurringAsk(p)) && !ordersDisagree(p.signals.flatMap((s) => s.lesson ?? []));
  return {
    patterns: sorted.filter(teaches),
    oneOffs: sorted.filter((p) => !teaches(p))
  };
}
function recurringAsk(p) {
  if (!p.signals.some((s) => s.asked !== void 0)) return true;
  const sketches = p.signals.map((s) => s.asked).filter((s) => s !== void 0);
  const tasks = [];
  for (const s of sketches) {
    if (tasks.some((t) => sketchAgreement(t, s) >= SAME_TASK)) continue;
    tasks.push(s);
    if (tasks.length >= 2) return true;
  }
  return false;
}
function meetsSupport(p, minSupport) {
  return p.support.sessions >= Math.max(1, minSupport) || p.signals.some((s) => s.standing);
}
var bySupport = (a, b) => b.support.sessions - a.support.sessions || b.support.agents - a.support.agents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function toPattern(id, b) {
  const unverified = !b.said.summaries?.size && !!b.unattributed.summaries?.size;
  const words2 = unverified ? b.unattributed : b.said;
  const lesson = mode(words2.lessons);
  return {
    id,
    kind: b.memory ? "memory_failure" : b.kind,
    signature: b.signature,
    summary: mode(words2.summaries) ?? b.signature,
    ...lesson ? { lesson } : {},
    ...unverified ? { unverified: true } : {},
    support: { sessions: b.sessions.size, agents: b.agents.size },
    sessions: [...b.sessions].sort(),
    agents: [...b.agents].sort(),
    ...b.folders ? { folders: b.folders } : {},
    signals: [...b.signals].sort((x, y) => x.sessionId < y.sessionId ? -1 : x.sessionId > y.sessionId ? 1 : 0)
  };
}

export {
  shellWords,
  segments,
  withoutHeredocBodies,
  preGroupFamily,
  isBareGroup,
  takesValue,
  PYTHON_M,
  PYTHON,
  isInterpreterWord,
  argumentsAreProse,
  startsFreeText,
  MULTI_WORD,
  NAMED_PROGRAMS,
  ENV_ASSIGN,
  REDIRECT,
  basename2 as basename,
  familiesBehindOptions,
  parseCommand,
  parseCommands,
  RUNNER_BUILTINS,
  commandFamily,
  changesPythonM,
  structuralTokens,
  structuralTokenSet,
  structuralDiff,
  commandCore,
  isTestCommand,
  looksLikeTestFailure,
  stemmer,
  shortHash,
  escapeRegExp,
  salientErrorLine,
  errorLineSignature,
  contentWords,
  jaccard,
  codeSpans,
  referencesOf,
  clip,
  clause,
  word,
  reminderFrame,
  withoutReminder,
  withoutPassedConversation,
  saysThisConversation,
  scopesTheMessage,
  isAsked,
  ENDS_ON_THIS_WORK,
  TRANSIENT,
  TRANSIENT_INSTRUCTION,
  turnPreference,
  pathTopic,
  actionLabel,
  rejectionText,
  actionText,
  objectionTarget,
  objectionLesson,
  meaningStems,
  negated,
  similarityOf,
  sameMeaning,
  withoutFrames,
  FRAME_STEM_GROUPS,
  FRAME_STEMS,
  INTENSIFIER_STEMS,
  standingScope,
  withoutScopeLead,
  asOrder,
  asNoProgram,
  asNegative,
  asProhibition,
  RULE_VERB,
  withVerb,
  adverbRemark,
  reminderRule,
  reasonSentence,
  mendFrameTypos,
  MAX_MESSAGE,
  shortOwnText,
  readableOwnText,
  evidenceFor,
  SessionOccurrences,
  SameEvents,
  namesLanguage,
  outputLanguageAsk,
  asksIn,
  taskSketch,
  supportSession,
  patternId,
  wordsUnverified,
  wordSignals,
  noVotes,
  vote,
  signalPatternId,
  clusterSignals,
  regrouped,
  addSample,
  splitBySupport,
  recurringAsk,
  meetsSupport,
  bySupport,
  toPattern
};
