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

export {
  EN_FORBIDDING,
  EN_NEGATING,
  NEVER,
  ZH_DONT
};
