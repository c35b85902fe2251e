/**
 * Steps the user keeps having to ask for once the work is done: bringing the project's notes up to date
 * ("update the md files", "update AXIOMS_TODO.md, it is the basis for the next iteration", "write these
 * instructions in a md file for the next session") and checking that a step was not skipped ("did you update
 * the OPTION_A_PROGRESS.md?", "did you run the tests?"). Asked once, each is a step of that session's task;
 * asked in sessions about different tasks, the agent keeps finishing without it, and that is the lesson
 * ("Before finishing, update the md files."). So a step is an ask (repeated-asks.ts): a one-off until it
 * recurs across tasks (cluster.ts recurringAsk), and its task is the session's opening request, never the
 * prompt around the step, which holds nothing else.
 *
 * Only three shapes, each carrying its own sign that the step outlasts the task:
 * - a check ("did you / have you update(d) <notes>?", "... run the tests?"): the user expected the step done unasked;
 * - an update of the notes as a set ("the md files", "the docs"), not one file a task changed (updating
 *   README.md after a rename is that task's step);
 * - a note written or updated for the next session or iteration: the hand-off is what recurs.
 * Never the opening request (a docs task is a task), never a commit or a push (when to commit is the user's
 * call), never a question about something else ("did you see the error?").
 */
import { TRANSIENT } from './corrections.js';

export interface FinishingStep {
  signature: string;
  lesson: string;
  /** The user's sentence, quoted as evidence. */
  sentence: string;
}

/** A notes file the user names: a markdown or text file, as typed, an `@` mention or a code span. */
const NOTES_FILE = String.raw`@?\`?(?:[\w.-]+\/)*[\w.-]+\.(?:md|mdx|markdown|rst|txt)\`?`;
/** The notes as a set: what a project keeps up to date, not one file. */
const NOTES_SET = String.raw`(?:(?:other|progress|plan|planning|status)\s+)?(?:md|markdown|\.md)(?:\s+(?:files?|docs?|notes?))?|docs|documentation|notes|changelog|progress (?:files?|notes)`;
const LEAD = /^(?:(?:ok(?:ay)?|yes|yep|good|great|thanks|and|so|now|then|also|please|before (?:you )?(?:stop|finish)(?:ing)?)[,.!]?\s+)*/i;
/** "that will be used as a basis for the next iteration", "for the next session": the note outlives the session. */
const NEXT = /\bnext\s+(?:sessions?|iterations?|agents?|time)\b/i;
const CHECK = new RegExp(
  String.raw`^(?:did|have)\s+you\s+(?:also\s+|already\s+)?(?:(?:remember|forget|forgot|forgotten)\s+to\s+)?(update|updated|run|ran)\s+(?:the\s+|your\s+)?(.+?)(?:\s+(?:too|as well))?\s*\?+$`,
  'i',
);
const UPDATE = new RegExp(
  String.raw`^(?:update|refresh|bring up to date)\s+(?:all\s+)?(?:the\s+|your\s+)?(${NOTES_FILE}|${NOTES_SET})(?:\s+files?)?([,;:]?\s+\S.*)?$`,
  'i',
);
const WRITE = /\b(?:writ(?:e|ing)|put(?:ting)?|record(?:ing)?|not(?:e|ing)|document(?:ing)?|summari[sz](?:e|ing)|updat(?:e|ing))\b/i;
const IN_NOTES = new RegExp(String.raw`\b(?:md|markdown)\b|${NOTES_FILE}`, 'i');
const TESTS = /^(?:(?:unit|integration|whole|full)\s+)?(?:tests?|test suite|specs?)$/i;

const A_FILE = new RegExp(String.raw`^${NOTES_FILE}$`, 'i');
const A_SET = new RegExp(String.raw`^(?:${NOTES_SET})(?:\s+files?)?$`, 'i');
const isFile = (s: string) => A_FILE.test(s);
const isSet = (s: string) => A_SET.test(s);
/** How the lesson names the notes: the file when the user named one, else the set in the user's word. */
function notesName(object: string): string {
  if (isFile(object)) return `\`${object.replace(/^@|`/g, '')}\``;
  if (/\b(?:md|markdown)\b/i.test(object)) return 'the md files';
  if (/\bchangelog\b/i.test(object)) return 'the changelog';
  return /\b(?:docs|documentation)\b/i.test(object) ? 'the docs' : 'the notes';
}

const docs = (sentence: string, name: string): FinishingStep => ({
  signature: 'ask|finish|notes',
  lesson: `Before finishing, update ${name}.`,
  sentence,
});

/** The finishing step one sentence of the user's (never the session's opening request) asks for, if any. */
export function finishingStepIn(sentence: string): FinishingStep | undefined {
  const raw = sentence.trim();
  if (raw.length > 200 || TRANSIENT.test(raw)) return undefined;
  const s = raw.replace(LEAD, '');
  const check = CHECK.exec(s);
  if (check) {
    const verb = check[1]!.toLowerCase();
    const object = check[2]!.trim();
    if (/^up/.test(verb) && (isFile(object) || isSet(object))) return docs(raw, notesName(object));
    if (/^r/.test(verb) && TESTS.test(object))
      return { signature: 'ask|finish|tests', lesson: 'Before finishing, run the tests.', sentence: raw };
    return undefined;
  }
  if (s.endsWith('?')) return undefined;
  // "keep the md files up to date" asks the same as "update the md files".
  const kept = s.replace(/^keep\s+(\S.*?)\s+(?:up[ -]to[ -]date|updated|current)\b/i, 'update $1');
  const update = UPDATE.exec(kept.replace(/[.!]+$/, ''));
  if (update) {
    const object = update[1]!;
    const tail = update[2]?.trim() ?? '';
    // One file with nothing after it is one task's step; the set, or any notes kept for the next session, recur.
    if (tail === '' ? isSet(object) : NEXT.test(tail) && !/\bor\b/i.test(tail)) return docs(raw, notesName(object));
    return undefined;
  }
  // "write these instructions in a md file for the next iteration": a hand-off note, whatever the wording.
  if (WRITE.test(s) && IN_NOTES.test(s) && NEXT.test(s)) return docs(raw, 'the md files');
  return undefined;
}
