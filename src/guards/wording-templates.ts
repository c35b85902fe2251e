/**
 * The sentences the engine phrases itself (see wording.ts). An engine that phrases a lesson from
 * structural facts (the command that ran next and succeeded, the tool switched to) registers its
 * sentence shape here; the only free parts are code spans, whose contents provenance checks, and
 * short word slots that must be words seen in trusted text.
 *
 * Besides these shapes, a sentence made only of code spans and the engine's own connective words
 * ("Run `a` before `b`.") is engine-phrased: such a sentence says nothing a stranger could have worded.
 */

export interface TemplateMatch {
  name: string;
  /** Free word slots: each word must have been seen in trusted text. */
  words: string[];
}

const CODE = '`[^`\\n]+`';
const WHY = String.raw`(?: \(the package lives in [\w./-]+/\))?`;

const TEMPLATES: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'fix lesson (signals/lesson-text.ts fixLesson)',
    pattern: new RegExp(
      String.raw`^Run (?:the tests with )?${CODE}(?: followed by (?<w1>[\w -]{1,40}))?(?:: plain ${CODE} fails|, not (?:through )?${CODE}: it fails)${WHY}\.$`,
    ),
  },
  {
    name: 'hook requirement (signals/mine-commands.ts)',
    pattern: new RegExp(String.raw`^Run ${CODE} before (?:${CODE}|the blocked command): a hook blocks it otherwise\.$`),
  },
  {
    // The whole sentence is fixed: nothing of the harness's feedback fills it.
    name: 'reply format (signals/mine-feedback.ts)',
    pattern: /^Put exactly one action in each reply: the harness rejects replies with none or several\.$/,
  },
  {
    // "Hands off dist/." read as the prohibition it states; the reason, when given, is the user's.
    name: 'prohibition without "don\'t" (signals/corrections.ts asProhibition)',
    pattern: new RegExp(String.raw`^Don't touch (?:${CODE}|(?<w1>[\w .-]{1,60}))(?:[:,;] (?<w2>[^\n]{1,200}))?\.$`),
  },
  {
    // "Always pnpm in this repo." given its verb; the tool and the scope are the user's words.
    name: 'verbless rule (signals/corrections.ts withVerb)',
    pattern: new RegExp(String.raw`^Use (?:${CODE}|(?<w1>[\w@.:/+-]{1,40}))(?<w2> (?:in|for|on|here|when|with)\b[^\n]{0,120})?\.$`),
  },
  {
    // The user objected to, or took back, what the agent ran or wrote: only the code span is free.
    name: 'objection (signals/corrections.ts objectionLesson)',
    pattern: new RegExp(String.raw`^Don't (?:run|touch|write to) ${CODE} unless the user asks for it\.$`),
  },
  {
    // A rule the user wrote in another language, in the engine's English: only the code spans are free.
    name: 'rule glossed from another language (signals/lingua/gloss.ts)',
    pattern: new RegExp(
      String.raw`^(?:(?:Don't|Never) (?:run|use) ${CODE}|(?:Always use|Use) ${CODE}|(?:Always run|Run) ${CODE} before (?:committing|pushing|deploying|merging|opening a pull request))\.$`,
    ),
  },
  {
    // A command recipe the user handed over in several sessions: only the command is free.
    name: 'recipe (signals/repeated-asks.ts)',
    pattern: new RegExp(String.raw`^(?:Build|Run the tests|Lint|Format|Check your changes) with ${CODE}\.$`),
  },
  {
    // The documents the user asked to read at the opening of several sessions: only the code spans are free.
    name: 'reading list (signals/repeated-asks.ts)',
    pattern: new RegExp(String.raw`^At the start of a task, read ${CODE}(?:(?:, ${CODE})* and ${CODE})?\.$`),
  },
  {
    // A fact of the agent's shell read from its own cd failures: the whole sentence is fixed.
    name: 'shell working directory (signals/shell-cwd.ts)',
    pattern: /^The shell keeps its working directory between commands: check it with `pwd` before a `cd`\.$/,
  },
  {
    // A step the user kept asking for once the work was done: only the notes file's code span is free.
    name: 'finishing step (signals/finishing-steps.ts)',
    pattern: new RegExp(
      String.raw`^Before finishing, (?:update (?:${CODE}|the md files|the docs|the notes|the changelog|the README)(?: \(${CODE}(?:, ${CODE})*\))?|run the tests|run the linter|add tests for the change)\.$`,
    ),
  },
  {
    // A state the user reminded the agent to keep ("esure you're doing TDD"): the rest is the user's words.
    name: 'reminder of a state (signals/corrections.ts reminderRule)',
    pattern: /^Make sure you are (?<w1>[\w][\w '-]{1,80})\.$/,
  },
  {
    // The language the user asked the agent's words in, in any language: the whole sentence is fixed.
    name: 'output language (signals/lingua/output-language.ts)',
    pattern:
      /^(?:Answer|Write code comments|Write commit messages) in (?:Chinese|Japanese|Korean|Spanish|Portuguese|German|French|Russian|English)\.$/,
  },
  {
    name: 'preference (engine/offline/lessons.ts preferLesson)',
    pattern: /^Use (?<w1>[^,:.]{1,60}), not (?<w2>[^,:.]{1,60})(?:: (?<w3>[^\n]{1,200}))?\.$/,
  },
];

/**
 * The clause engine/offline/refine.ts appends to an entry it completes in place: "<entry> (if plain
 * `a` fails, run `b` followed by the branch name)." Its argument noun and failure are engine vocabulary
 * (an exception's name, never a quoted line); the stem must be the entry's own words, which the caller
 * checks against the entry memory holds.
 */
const REFINEMENT = new RegExp(
  String.raw`^(?<stem>.*\S) \(if plain ${CODE} fails, run ${CODE} followed by (?:the branch name|its argument)\)\.$`,
);

/** The entry text a refinement clause was appended to, or undefined when the sentence has no such clause. */
export function refinementStem(sentence: string): string | undefined {
  return REFINEMENT.exec(sentence)?.groups?.stem;
}

/**
 * The attribution engine/offline/instruction-lessons.ts gives a correction that states no reason of its
 * own: "<rule>: the user asked for it in 5 sessions." (or "objected in"). Only the count varies; the
 * rule before it must pass on its own.
 */
const ATTRIBUTION = /^(?<stem>.*[^\s:]): the user (?:asked for it|objected) in \d+ sessions\.$/;

/** The rule an attribution was appended to, or undefined when the sentence carries none. */
export function attributionStem(sentence: string): string | undefined {
  return ATTRIBUTION.exec(sentence)?.groups?.stem;
}

/** The mark engine/offline/strengthen.ts puts before an entry agents keep breaking. */
const STRENGTHENED = /^\*\*IMPORTANT:\*\* (?<rest>\S.*)$/;

/** The entry text after the engine's IMPORTANT mark, or undefined when the sentence carries none. */
export function strengthenedRest(sentence: string): string | undefined {
  return STRENGTHENED.exec(sentence)?.groups?.rest;
}

/** Words the engine itself connects code spans with. */
const CONNECTIVES = new Set(
  (
    'run runs use uses the a an tests test with before after instead of not or and then first it fails fail when if ' +
    'plain followed by hook blocks blocked otherwise command commands works worked in from to is are needs need ' +
    'until has have they pass passes passed leave out refuses refuse refused forcing force only hides refusal'
  ).split(' '),
);

export function matchTemplate(sentence: string): TemplateMatch | undefined {
  for (const t of TEMPLATES) {
    const m = t.pattern.exec(sentence);
    if (m) return { name: t.name, words: Object.values(m.groups ?? {}).filter((g): g is string => typeof g === 'string') };
  }
  const prose = sentence.replace(/(`+)[^`\n][\s\S]*?\1/g, ' ').toLowerCase();
  const words = prose.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (sentence.includes('`') && words.every((w) => CONNECTIVES.has(w))) return { name: 'code spans and connectives', words: [] };
  return undefined;
}
