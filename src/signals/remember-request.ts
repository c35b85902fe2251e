/**
 * An explicit request to remember: "save in memory that …", "remember this for next time: …", "add to CLAUDE.md: …",
 * "note for the future: …", or a rule followed by "Remember that for next time." A user who asks the agent to keep
 * something is the clearest standing-rule signal there is, so the request's object is read as a standing rule even
 * where it is a plain imperative ("use pnpm for installs"), which alone would be a step of this task.
 *
 * Only by structure: the request is a frame that opens the sentence and is set off from its object (a colon, a
 * comma, "that"), or a whole sentence that points back at the one before it. The object must itself be a rule: an
 * order, "always/never …", "we use X". What is left out: recall ("remember when we …"), questions ("do you remember
 * …?"), "remember to X" (rule-wording.ts reads that reminder, and finishing-steps.ts its one-off "when you're done"),
 * a fact or a secret ("remember: the password is …"), a pointer at nothing ("remember this file").
 */
import { ENDS_ON_THIS_WORK } from './corrections.js';
import { RULE_VERB } from './rule-wording.js';

/** English frames: the request, then what it asks to keep. "that" may stand for the colon ("save in memory that …"). */
const WHERE = String.raw`(?:your\s+|the\s+|my\s+)?(?:memory|memories|long[- ]term memory|claude\.md|agents\.md|gemini\.md|memory file|rules(?:\s+file)?)`;
const LATER = String.raw`(?:next time|the future|later|future sessions|later sessions|all (?:future )?(?:sessions|projects)|good)`;
const EN_FRAMES: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:please\s+)?(?:remember|note|memori[sz]e)(?:\s+(?:this|that))?(?:\s+for\s+${LATER})?\s*(?:[:,–—-]\s*|\s+that\s+)`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:please\s+)?(?:save|store|put|add|write|record|keep|note)(?:\s+(?:this|it|that))?\s+(?:in|to|into)\s+${WHERE}(?:\s+for\s+${LATER})?\s*(?:[:,–—-]\s*|\s+that\s+|\s+)`,
    'i',
  ),
  new RegExp(String.raw`^(?:a\s+)?note\s+for\s+${LATER}\s*[:,–—-]\s*`, 'i'),
  new RegExp(String.raw`^(?:please\s+)?keep\s+in\s+mind\s+for\s+${LATER}\s*(?:[:,–—-]\s*|\s+that\s+)`, 'i'),
  new RegExp(String.raw`^for\s+${LATER},?\s+(?:please\s+)?(?:remember|note|keep in mind)(?:\s+that)?\s*[:,]?\s+`, 'i'),
];

/** A whole sentence asking to keep what was just said: "Remember that for next time.", "Save it to your memory please." */
const BACK = new RegExp(
  String.raw`^(?:please\s+)?(?:(?:remember|note|memori[sz]e|save|store|add|write|record)\s+(?:this|that|it)(?:\s+(?:in|to|into)\s+${WHERE})?|keep\s+(?:this|that|it)\s+in\s+mind)(?:\s+for\s+${LATER})?(?:,?\s+please)?[.!]*$`,
  'i',
);
/** The same request in parentheses or after a dash at the end of the rule: "never push to main (save it in memory)". */
const TRAILING = /\s*(?:\(\s*([^()]{6,80}?)\s*\)|\s[–—-]\s+([^–—-]{6,80}?))[.!]*$/;

/**
 * Frames in the other eight languages the miners read. The object is then read like any sentence in that language
 * (lingua/standing.ts, lingua/gloss.ts): it must carry a rule frame of its own there ("以后…", "siempre …", "never use").
 */
const OTHER_FRAMES: readonly RegExp[] = [
  /^(?:请|請)?(?:帮我)?(?:保存|存|写|寫|记|記|加|添加)(?:到|进|進|入|在)(?:你的)?(?:记忆|記憶|长期记忆|memory|claude\.md|agents\.md)(?:里|裡|中)?(?:一下)?[:：,，]\s*/iu,
  /^(?:记住|記住)(?:这个|這個|这点|這點)?[:：]\s*/u,
  /^(?:メモリ|記憶|claude\.md|agents\.md)に(?:保存|追加|記録|書いて)(?:して)?(?:ください|下さい|おいて)?[:：、,]\s*/iu,
  /^(?:これを)?覚えておいて(?:ください|下さい)?[:：、,]\s*/u,
  /^기억해\s*(?:둬|줘|두세요|주세요)?[:：,]\s*/u,
  /^(?:메모리|기억|claude\.md|agents\.md)에\s*(?:저장|추가|기록)(?:해|해줘|해 줘|해주세요|해 주세요|하세요)?[:：,]\s*/iu,
  /^(?:guarda|guarde|añade|agrega|anota|apunta)(?:\s+esto)?\s+(?:en|a)\s+(?:la\s+|tu\s+)?memoria(?:\s+que)?\s*[:,]?\s+/iu,
  /^(?:recuerda|recuerde)(?:\s+esto)?(?:\s+para\s+(?:la\s+próxima(?:\s+vez)?|el\s+futuro))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:salve|salva|guarde|adicione|anote)(?:\s+isso)?\s+(?:na|à|em)\s+(?:sua\s+)?memória(?:\s+que)?\s*[:,]?\s+/iu,
  /^(?:lembre(?:-se)?|lembra)(?:\s+disso)?(?:\s+para\s+(?:a\s+próxima(?:\s+vez)?|o\s+futuro))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:speicher(?:e)?|merk|merke|notier|notiere|schreib|schreibe)(?:\s+dir)?(?:\s+(?:das|dies|folgendes))?(?:\s+(?:im|ins|in\s+dein(?:em)?|in\s+die)\s+(?:gedächtnis|memory|speicher|claude\.md|agents\.md))?(?:\s+für\s+die\s+zukunft)?\s*[:,]\s*(?:dass\s+)?/iu,
  /^(?:retiens|retenez|mémorise|mémorisez|enregistre|enregistrez|note|notez|ajoute|ajoutez)(?:-le)?(?:\s+(?:ça|cela|ceci))?(?:\s+(?:dans|à)\s+(?:ta\s+|la\s+|votre\s+)?mémoire)?(?:\s+pour\s+(?:la\s+suite|l'avenir|la\s+prochaine\s+fois))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:запомни|запомните|сохрани|сохраните|добавь|добавьте|запиши|запишите)(?:\s+(?:это|себе))?(?:\s+(?:в|на)\s+(?:память|памяти|claude\.md|agents\.md))?(?:\s+на\s+будущее)?\s*[:,]\s*(?:что\s+)?/iu,
];

/** A fact to keep, not a rule: a secret above all, which must never reach memory however it was asked for. */
const SECRET =
  /\b(?:password|passwd|passphrase|token|api[ _-]?key|secret|credentials?|private key)\b|пароль|токен|密码|密碼|パスワード|비밀번호|contraseña|senha|passwort|mot de passe/iu;
/** A one-off step of this task: finishing-steps.ts reads it, with the task it ends. */
const WHEN_DONE = /\b(?:when|once|after)\s+(?:you(?:'re| are)\s+|it'?s\s+|we(?:'re| are)\s+)?(?:done|finished|through)\b/i;
/**
 * "we use pnpm", "we always run the linter first": the team's habit, said as the order it amounts to. Only verbs whose
 * order reads the same, unless an adverb makes it a rule ("we deploy with fly, not heroku" is no "Deploy with fly":
 * the preference miners misread it; "we never commit generated files" is "Never commit generated files"). Never "I":
 * the speaker's own habit is no order to the agent ("I run the dev server myself" asks it not to).
 */
const WE = /^we\s+(always\s+|never\s+|don'?t\s+|do not\s+)?([a-z-]+)\s+(.{2,140})$/i;
const PLAIN_HABIT = /^(?:use|run|write|keep|put)$/i;
const ENGLISH_RULE = /^(?:please\s+)?(?:always|never|don'?t|do not|avoid|from now on)\b/i;

export interface RememberRequest {
  /** The object of the request as a sentence the rule miners read ("Use pnpm for installs."). */
  object: string;
  /** A plain order (or a sentence in another language, whose gloss may be one), which the request alone makes standing. */
  order: boolean;
}

/** An English object that is a rule, as the order it states; undefined for recall, a fact or a pointer at nothing. */
function englishRule(object: string): RememberRequest | undefined {
  const o = object.replace(/,?\s+please[.!]*$/i, '').trim();
  if (!o || o.endsWith('?') || SECRET.test(o) || WHEN_DONE.test(o) || ENDS_ON_THIS_WORK.test(o)) return undefined;
  if (ENGLISH_RULE.test(o)) return { object: o, order: false };
  const we = WE.exec(o);
  const adverb = (we?.[1] ?? '').trim().toLowerCase();
  const verb = (we?.[2] ?? '').toLowerCase();
  if (we && (adverb ? RULE_VERB : PLAIN_HABIT).test(verb)) {
    const lead =
      adverb === 'always'
        ? `Always ${verb}`
        : adverb === 'never'
          ? `Never ${verb}`
          : adverb
            ? `Don't ${verb}`
            : `${verb[0]!.toUpperCase()}${verb.slice(1)}`;
    return { object: `${lead} ${we[3]}`, order: !adverb };
  }
  const first = /^[A-Za-z-]+/.exec(o)?.[0];
  if (first && RULE_VERB.test(first) && first.toLowerCase() !== 'remember')
    return { object: `${first[0]!.toUpperCase()}${o.slice(1)}`, order: true };
  return undefined;
}

/**
 * The rule a request to remember asks to keep, or undefined: the sentence is no such request, or keeps no rule.
 * `next` is the sentence after it, which may be the request ("Use pnpm for installs. Remember that for next time.").
 */
export function rememberRequest(sentence: string, next = ''): RememberRequest | undefined {
  const s = sentence.trim();
  if (BACK.test(next.trim())) return englishRule(s.replace(/[.!]+$/, ''));
  for (const frame of EN_FRAMES) {
    const m = frame.exec(s);
    if (m) return englishRule(s.slice(m[0].length));
  }
  for (const frame of OTHER_FRAMES) {
    const m = frame.exec(s);
    const object = m ? s.slice(m[0].length).trim() : '';
    // The object is read by the miners of its language; a secret is no rule in any of them.
    if (m) return object && !SECRET.test(object) && !object.endsWith('?') ? { object, order: true } : undefined;
  }
  // "never push to main (save it in memory)": the request closes the rule it keeps.
  const t = TRAILING.exec(s);
  const inner = t?.[1] ?? t?.[2];
  if (t && inner && BACK.test(inner)) return englishRule(s.slice(0, t.index));
  return undefined;
}
