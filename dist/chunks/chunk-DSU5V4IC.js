import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DETERMINER,
  ENDS_ON_THIS_WORK,
  LEAD,
  PRONOUN,
  TRANSIENT
} from "./chunk-JCF2AWRY.js";

// src/signals/lingua/negation.ts
var EN_FORBIDDING = String.raw`never|(?:do|must|should|shall|may|can|need)\s*not|(?:do|must|should|need)n['\u2019]?t|can['\u2019]?t`;
var EN_NEGATING = String.raw`${EN_FORBIDDING}|does\s*not|doesn['\u2019]?t`;
var NEVER = {
  de: "nie|niemals",
  es: "nunca|jam\xE1s",
  fr: "jamais",
  pt: "nunca|jamais",
  ru: "\u043D\u0438\u043A\u043E\u0433\u0434\u0430"
};
var ZH_DONT = "(?:\u4E0D\u8981|\u4E0D\u6E96|\u4E0D\u51C6|\u4E0D\u8BB8|\u4E0D\u8A31|\u522B|\u5225|\u7981\u6B62|\u8BF7\u52FF|\u8ACB\u52FF|\u52FF)(?:\u518D)?";

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
function meant(word) {
  const w = word.toLowerCase();
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
var sameCase = (typed, word) => word && /^[A-Z]/.test(typed) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var FROM_NOW_ON_LEAD = /^((?:(?:ok(?:ay)?|and|so|also|alright|please|pls|then)[,!]?\s+){0,2})/i;
var FROM_NOW_ON = ["from", "now", "on"];
var NOW_ON_NEAR = /^(?:(?:ok(?:ay)?|and|so|also|alright|please|pls|then)[,!]?\s+){0,2}(?:[a-z]{1,5}\s+)?n[a-z]{0,3}\s+o[a-z]{0,2}\b/i;
var ORDER_AFTER = /^,?\s+(?:please,?\s+)?([A-Za-z']+(?:\s+not\b)?)/i;
var FRAME_NEXT = /^(?:always|never|don'?t|do\s+not|when|whenever|before|after|once|each|every)$/i;
function ordersAfter(rest) {
  const word = ORDER_AFTER.exec(rest)?.[1];
  return word !== void 0 && (FRAME_NEXT.test(word) || RULE_VERB.test(word));
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
  const word = typed.map((w, k) => k === 0 ? sameCase(w, "from") ?? w : FROM_NOW_ON[k]);
  return `${lead}${word[0]}${three[2]}${word[1]}${three[4]}${word[2]}${rest.slice(three[0].length)}`;
}
function mendFrameTypos(sentence) {
  const frame = mendFromNowOn(sentence);
  if (frame !== sentence) return frame;
  let mended = "";
  let copied = 0;
  let i = 0;
  for (let words = 0; words < OPENING_WORDS; words++) {
    while (i < sentence.length && !isLetter(sentence.charCodeAt(i))) i++;
    if (i >= sentence.length) break;
    const start = i;
    while (i < sentence.length && isLetter(sentence.charCodeAt(i))) i++;
    if (i - start < SHORTEST || i - start > LONGEST) continue;
    const typed = sentence.slice(start, i);
    const word = sameCase(typed, meant(typed));
    if (word === void 0) continue;
    mended += sentence.slice(copied, start) + word;
    copied = i;
  }
  return mendMakeSure(copied === 0 ? sentence : mended + sentence.slice(copied));
}

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
function bareVerb(word) {
  if (RULE_VERB.test(word)) return word;
  const stem = word.replace(/ing$/i, "");
  if (stem === word) return void 0;
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
var RULE_VERB = /^(?:use|run|call|ask|add|write|read|check|test|commit|push|pull|rebase|merge|squash|format|lint|build|keep|put|make|create|update|prefer|open|close|start|stop|wait|try|review|document|include|mention|be|do|verify|follow|leave|remember|sign|install|clean|delete|remove|rename|move|copy|set|pin|include|quote|escape|prefix|wrap|name|return|log|handle|validate|type|import|export|tag|bump|ship|deploy|reply|answer|explain|show|print|say|tell|confirm|double-check)$/i;
function withVerb(sentence) {
  const m = /^(always|only)\s+(\x60[^\x60]+\x60|[\w@.:/+-]+)(\s+(?:in|for|on|here|when|with)\b.*)?$/i.exec(sentence.trim());
  if (!m?.[2] || RULE_VERB.test(m[2]) || PRONOUN.test(m[2]) || DETERMINER.test(m[2])) return sentence;
  if (COPULA.test((m[3] ?? "").split(/\bwhen\b/i)[0] ?? "")) return sentence;
  return `Use ${m[2]}${m[3] ?? ""}`;
}
var COPULA = /\b(?:is|are|was|were)\b/i;
var ADVERB_LEAD = /^(?:please\s+)?(?:only|just|first)\s+\x60?([\w-]+)/i;
function adverbRemark(sentence) {
  const word = ADVERB_LEAD.exec(sentence.trim())?.[1];
  return word !== void 0 && !RULE_VERB.test(word) && withVerb(sentence) === sentence;
}
var REMINDER = /^(?:don'?t forget to|do not forget to|remember to|always remember to|(?:make sure|ensure) (?:that )?(?:to|you(?:'re| are)?)|you forgot to)\s+(.{6,160}?)[.!]*$/i;
function reminderRule(sentence) {
  const s = mendFrameTypos(sentence.replace(LEAD, "").trim());
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

export {
  EN_FORBIDDING,
  EN_NEGATING,
  NEVER,
  ZH_DONT,
  stemmer,
  standingScope,
  withoutScopeLead,
  asOrder,
  asNegative,
  asProhibition,
  RULE_VERB,
  withVerb,
  adverbRemark,
  reminderRule,
  reasonSentence,
  mendFrameTypos
};
