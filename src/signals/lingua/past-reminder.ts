/**
 * "Recuerda que ayer falló el build.", "Denk daran, dass der Build gestern kaputt war.", "Не забудь, что сервер вчера
 * упал.", "记得上次构建失败了。": a reminder of what happened, not of what to do. A reminder's frame makes a rule where
 * an order or an infinitive follows it ("recuerda correr los tests", "denk daran, die Tests laufen zu lassen", "记得先
 * 启动代理"); a clause of its own (que, dass, что) in a past tense or with a day gone by, or Chinese "last time",
 * "yesterday" right after 记得, recalls an event. A clause about now or later ("recuerda que hay que correr los tests")
 * stays a rule.
 */
const PAST: Record<string, RegExp> = {
  es: /^,?\s*que\s+(?:.*\s)?(?:ayer|anoche|la última vez|\p{L}+(?:ó|aron|ieron|aba|aban)(?![\p{L}])|(?:ha|han|había|habían|fue|fueron|era|eran|estaba|estaban)\s)/iu,
  pt: /^,?\s*(?:de\s+)?que\s+(?:.*\s)?(?:ontem|da última vez|\p{L}{2,}(?:ou|eu|iu|aram|eram|iram|ava|avam)(?![\p{L}])|(?:foi|foram|era|eram|estava|estavam|tinha|tinham)\s)/iu,
  de: /^,?\s*dass\s+.*(?:gestern|letztes mal|neulich|(?:war|waren|wurde|wurden|hatte|hatten)(?![\p{L}])|(?:ist|sind|hat|haben)\s.*ge\p{L}+(?:t|en)(?![\p{L}]))/iu,
  ru: /^,?\s*что\s+.*(?:вчера|в прошлый раз|\p{L}+(?:л|ла|ло|ли)(?:ся|сь)?(?![\p{L}]))/iu,
  zh: /^[,，]?\s*(?:上次|上回|昨天|前天|之前|那次|刚才|剛才|上周|上週)/u,
};

/**
 * English reminders read elsewhere (rule-wording.ts, turn-instructions.ts); the same holds: "Don't forget the deploy
 * broke last time.", "Remember, yesterday the seeds wiped staging." A day gone by in the reminder's own clause, with no
 * break before it: "Don't forget the migrations, last time staging broke." is an order and its reason.
 */
const EN =
  /^(?:don'?t forget|do not forget|remember),?\s+(?!to\b)[^,;:—–]*?\b(?:yesterday|last (?:time|week|night|month|sprint|release)|the other day|this morning)\b/i;
export const remindsOfPastInEnglish = (sentence: string): boolean => EN.test(sentence);

/** Whether the words after a reminder's frame recall a past event (see the module comment). */
export const remindsOfPast = (lang: string, afterFrame: string): boolean => PAST[lang]?.test(afterFrame.trim()) === true;
