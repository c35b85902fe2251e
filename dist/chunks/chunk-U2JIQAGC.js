import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

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
function mendFrameTypos(sentence) {
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

export {
  EN_FORBIDDING,
  EN_NEGATING,
  NEVER,
  ZH_DONT,
  stemmer,
  mendFrameTypos
};
