/**
 * Instructions that name no object: "Don't delete by default.", "Never overwrite them again." A verb
 * like delete or overwrite is a rule only with what it acts on; without it (or with only a pronoun,
 * which points into that conversation) the sentence is part of a request about something the reader of
 * memory cannot see, such as a script's options ("Now add a flag for the Files API. Don't delete by
 * default."). Kept: an object ("Don't delete the migration files"), or a condition that makes the bare
 * verb a habit ("Don't delete without asking", "Never push automatically").
 * "Avoid that, …", "Stop this.", "Don't do that again": a frame whose only object is a word pointing back into the
 * conversation names nothing either, whatever the next clause asks for this task. So does a rule whose manner is only
 * pointed at ("Don't use sleep this way", "never write migrations like that"): the way is on screen, not in memory.
 */

/** Verbs whose rule is about what they act on, with their -ing forms ("stop deleting"). */
const NEEDS_OBJECT = new RegExp(
  String.raw`^(?:${[
    'delet(?:e|ing)',
    'remov(?:e|ing)',
    'eras(?:e|ing)',
    'wip(?:e|ing)',
    'purg(?:e|ing)',
    'truncat(?:e|ing)',
    'drop(?:ping)?',
    'chang(?:e|ing)',
    'modif(?:y|ying)',
    'edit(?:ing)?',
    'alter(?:ing)?',
    'touch(?:ing)?',
    'renam(?:e|ing)',
    'mov(?:e|ing)',
    'cop(?:y|ying)',
    'overwrit(?:e|ing)',
    'replac(?:e|ing)',
    'rewrit(?:e|ing)',
    'creat(?:e|ing)',
    'add(?:ing)?',
    'us(?:e|ing)',
    'upload(?:ing)?',
    'send(?:ing)?',
    'includ(?:e|ing)',
    'mock(?:ing)?',
    'hardcod(?:e|ing)',
    // "Don't do that": what is done is only ever named by the object.
    'do(?:ing)?',
    'print(?:ing)?',
    'log(?:ging)?',
    'disabl(?:e|ing)',
    'enabl(?:e|ing)',
    'skip(?:ping)?',
    'ignor(?:e|ing)',
    'hid(?:e|ing)',
    'expos(?:e|ing)',
  ].join('|')})$`,
  'i',
);
/**
 * What opens an order or a prohibition before its verb, after a frame that says only from when it holds ("From now
 * on, don't delete."): the frame makes it standing, it names nothing either.
 */
const LEAD =
  /^(?:(?:and\s+)?(?:from now on|from here on(?: out)?|going forward|moving forward|henceforth|in (?:the )?future|next time),?\s+)?(?:(?:please|pls|and|also|so)\s+)*(?:don'?t|do not|never|(stop|avoid)|always|just)\s+/i;
/** The time frame alone, before a plain order. */
const TIME_FRAME =
  /^(?:and\s+)?(?:from now on|from here on(?: out)?|going forward|moving forward|henceforth|in (?:the )?future|next time),?\s+(?:(?:please|pls|and|also|so)\s+)*/i;
/** Words pointing into the conversation, not naming a thing. */
const PRONOUN = /^(?:it|that|this|them|those|these|one)$/i;
/**
 * Words that say only when or how often, never what or under which condition: "by default" sets a program's
 * default, the rest are times and politeness. A condition ("without asking", "unless told") is not here.
 */
const EMPTY_TAIL =
  /^(?:by default|per default|as (?:a )?default|anymore|any more|again|here|there|now|then|either|too|please|ever|in (?:the )?future|from now on|going forward|moving forward|at all costs|whenever possible|if possible)\b\s*/i;

/**
 * What may follow a pronoun that is the verb's object, not a determiner of one ("run *that* before the tests" but
 * "run *that* script"): a preposition, a conjunction or an adverb of time or manner, or nothing.
 */
const AFTER_OBJECT =
  /^(?:before|after|when|whenever|once|each|every|on|in|at|from|to|with|without|unless|if|again|first|then|now|anymore|ever|automatically|by|for|during|while|as|please|too|either|until)\b/i;

/**
 * Does the order act only on a pronoun ("Always run that before the integration tests", "Never do it on main")? The
 * pronoun points at what the agent or the user said just before, which the reader of memory cannot see, whatever the
 * verb and whatever condition follows: the rule names nothing.
 */
function pronounObject(afterVerb: string): boolean {
  const word = /^[A-Za-z]+/.exec(afterVerb)?.[0];
  if (!word || !PRONOUN.test(word) || /^one$/i.test(word)) return false;
  const next = afterVerb.slice(word.length).trim();
  return next === '' || AFTER_OBJECT.test(next);
}

/** Does the instruction (one sentence, an order or a prohibition) act on nothing it names? */
export function namesNoObject(sentence: string): boolean {
  const framed = LEAD.exec(sentence.trim());
  // A plain order after a time frame ("From now on, run it whenever …") is read for a pronoun object too.
  const lead = framed ?? TIME_FRAME.exec(sentence.trim());
  if (!lead) return false;
  // Only the first clause: what follows a comma or a dash is another one ("..., the user passes --force for that").
  let rest = sentence
    .trim()
    .slice(lead[0].length)
    .replace(/\s*(?:[,;:(]|\s[-–—]\s).*$/, '')
    .replace(/[.!\s]+$/, '');
  const verb = /^[A-Za-z]+/.exec(rest)?.[0] ?? '';
  if (pronounObject(rest.slice(verb.length).trim())) return true;
  // "Avoid" and "stop" are verbs themselves: a pronoun right after them is their object ("avoid that", "stop this").
  const framesObject = framed?.[1] !== undefined && PRONOUN.test(verb);
  if (!framesObject && (!framed || !NEEDS_OBJECT.test(verb))) return false;
  if (!framesObject) rest = rest.slice(verb.length).trim();
  const pronoun = /^[A-Za-z]+/.exec(rest)?.[0];
  if (pronoun && PRONOUN.test(pronoun)) rest = rest.slice(pronoun.length).trim();
  for (let m = EMPTY_TAIL.exec(rest); m && m[0].length > 0; m = EMPTY_TAIL.exec(rest)) rest = rest.slice(m[0].length);
  return rest.replace(/[.\s]+/g, '') === '';
}

/**
 * A manner pointed at, not said: "like that", "this way", "the way you did", "the same way (as before)". Followed by a
 * colon the way is spelled out next ("name branches like this: feat/<slug>"), and "the same way as the config" names
 * what it is like: both say it after all.
 */
const MANNER_POINTER =
  /\b(?:like\s+(?:that|this)|(?:in\s+)?(?:this|that)\s+(?:way|manner|fashion)|the\s+(?:same\s+)?way\s+(?:you|we)\s+did(?:\s+(?:it|that|this|before))?|the\s+same\s+way(?!\s+as\s+(?!before\b|last\s+time\b)))\b(?!\s*:)/i;

/** Does the instruction's first clause qualify its act only by a manner it points at (see the module comment)? */
export function pointsAtAManner(sentence: string): boolean {
  const first = sentence.trim().replace(/\s*(?:[,;(]|\s[-–—]\s).*$/, '');
  return MANNER_POINTER.test(first);
}
