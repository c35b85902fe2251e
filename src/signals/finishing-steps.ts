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
 *
 * The same steps are asked as a reminder or a reproach too ("don't forget to update the md files", "you forgot to
 * run the linter", "make sure the docs are updated"), or tied to the end of the work ("before you're done, add
 * tests for it"). Those frames carry the sign a bare imperative lacks, so under them the project's README and
 * changelog, adding tests and running the linter count as well; a bare "update the README" or "add tests" stays the
 * task's own step. The step must close the sentence: "run the linter before committing" is a rule of its own.
 */
import { mendFrameTypos } from './frame-typos.js';
import type { SessionEvent, Signal, ToolCallEvent } from '../model/index.js';
import { isTestCommand, parseCommands } from './command.js';
import { TRANSIENT } from './corrections.js';
import { PATH_FIELD, patchedFiles } from './tool-files.js';

export interface FinishingStep {
  signature: string;
  lesson: string;
  /** The user's sentence, quoted as evidence. */
  sentence: string;
  /** The notes files the sentence names, as typed (no `@`, no backticks). */
  files?: string[];
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
const RUN_TESTS = { signature: 'ask|finish|tests', lesson: 'Before finishing, run the tests.' };
const ADD_TESTS = { signature: 'ask|finish|add-tests', lesson: 'Before finishing, add tests for the change.' };
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
  if (/^readme$/i.test(object)) return 'the README';
  return /\b(?:docs|documentation)\b/i.test(object) ? 'the docs' : 'the notes';
}

const FILES = new RegExp(String.raw`(?<![\w./-])${NOTES_FILE}(?![\w/-])`, 'gi');
/** The notes files a sentence names: "update the AXIOMS_TODO.md and @docs/PLAN.md" -> both. */
const filesIn = (sentence: string): string[] => [...new Set([...sentence.matchAll(FILES)].map((m) => m[0].replace(/^@|`/g, '')))];

const docs = (sentence: string, name: string): FinishingStep => {
  const files = filesIn(sentence);
  return { signature: 'ask|finish|notes', lesson: `Before finishing, update ${name}.`, sentence, ...(files.length ? { files } : {}) };
};

/** Sessions that must name a notes file before the lesson names it. */
const NAMED_BY = 2;

/**
 * The lesson of a finishing step on the notes: the set the sessions named most ("the md files", "the docs"), with the
 * notes files at least two sessions named ("Before finishing, update the md files (`AXIOMS_TODO.md`)."). A file one
 * session named may be that task's, and one the agent created is its own: the miner leaves those out of
 * Signal.named, and a session's own lesson naming one file never stands for the others.
 */
export function notesLesson(signals: readonly Pick<Signal, 'sessionId' | 'rootSessionId' | 'named' | 'lesson'>[]): string {
  const sets = new Map<string, number>();
  for (const s of signals) if (s.lesson && !s.lesson.includes('`')) sets.set(s.lesson, (sets.get(s.lesson) ?? 0) + 1);
  const base = [...sets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'Before finishing, update the notes.';
  const by = new Map<string, { name: string; sessions: Set<string> }>();
  for (const s of signals)
    for (const f of s.named ?? []) {
      const entry = by.get(f.toLowerCase()) ?? { name: f, sessions: new Set<string>() };
      entry.sessions.add(s.rootSessionId ?? s.sessionId);
      by.set(f.toLowerCase(), entry);
    }
  const names = [...by.values()]
    .filter((e) => e.sessions.size >= NAMED_BY)
    .map((e) => e.name)
    .sort()
    .slice(0, 4);
  return names.length ? base.replace(/\.$/, ` (${names.map((n) => `\`${n}\``).join(', ')}).`) : base;
}

/** A file the agent created with this call (a new file written whole): a note it wrote is its own, not the project's. */
export function createdFiles(call: Pick<ToolCallEvent, 'name' | 'input'>): string[] {
  const added = patchedFiles(call.input)
    .filter((f) => f.op === 'Add')
    .map((f) => f.path);
  const input = call.input && typeof call.input === 'object' ? (call.input as Record<string, unknown>) : {};
  const creates = /^(?:write|create_file|write_file|write_to_file)$/i.test(call.name) || input.command === 'create';
  const paths = creates ? Object.entries(input).filter(([k, v]) => typeof v === 'string' && PATH_FIELD.test(k)) : [];
  return [...added, ...paths.map(([, v]) => v as string)].map((p) => p.split('/').pop()!.toLowerCase());
}

/** The finishing step one sentence of the user's (never the session's opening request) asks for, if any. */
export function finishingStepIn(sentence: string): FinishingStep | undefined {
  const raw = sentence.trim();
  if (raw.length > 200 || TRANSIENT.test(raw)) return undefined;
  // A typed apostrophe may be the typographic one, and a reminder's frame word typed with a typo ("dont forgt to").
  const s = mendFrameTypos(raw.replace(/\u2019/g, "'").replace(LEAD, ''));
  const check = CHECK.exec(s);
  if (check) {
    const verb = check[1]!.toLowerCase();
    const object = check[2]!.trim();
    if (/^up/.test(verb) && (isFile(object) || isSet(object))) return docs(raw, notesName(object));
    if (/^r/.test(verb) && TESTS.test(object)) return { ...RUN_TESTS, sentence: raw };
    return framedStep(raw, s);
  }
  if (s.endsWith('?')) return framedStep(raw, s);
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
  return framedStep(raw, s);
}

/** "did you", "have you", "you forgot to", "you didn't": the user expected the step done unasked. */
const REPROACH =
  /^(?:(?:did|have)\s+(?:you|u)\s+(?:also\s+|already\s+|even\s+)?(?:(?:remember|forget|forgot|forgotten)\s+to\s+)?|you\s+(?:(?:also\s+)?forgot\s+(?:to\s+)?|did\s*n[o']?t\s+|have\s*n[o']?t\s+|never\s+))/i;
/** "don't forget to", "remember to", "make sure (to|you)", "be sure to": a reminder of a step, not a new task. */
const REMIND =
  /^(?:(?:pls|please)\s+)?(?:(?:do\s*n[o']?t|do not|dont)\s+forget\s+(?:to\s+)?|remember\s+to\s+|(?:make|be)\s+sure\s+(?:to\s+|(?:that\s+)?you\s+)?)(?:also\s+)?/i;
/** The end of the work, before or after the step. */
const DONE = String.raw`(?:before\s+(?:you(?:'re|\s+are)?\s+)?(?:(?:are\s+)?(?:done|finish(?:ed)?|stop|wrap\s+up)|finishing|wrapping\s+up)|once\s+(?:you(?:'re|\s+are)\s+)?(?:done|finished)|when\s+(?:you(?:'re|\s+are|'ve|\s+have)\s+)?(?:done|finished)|at\s+the\s+end)`;
const DONE_LEAD = new RegExp(String.raw`^${DONE}[,:]?\s+`, 'i');
const DONE_TAIL = new RegExp(String.raw`[,;]?\s+${DONE}$`, 'i');
/** Words that end the step without changing it. */
const TAIL = /(?:[,;]?\s+(?:too|as well|also|again|please|pls|for (?:it|this|that|the (?:change|fix|feature))))+$/i;
const KEEP = /^keep\s+(\S.*?)\s+(?:up[ -]to[ -]date|updated|current)$/i;
const NOTES_OBJECT = new RegExp(String.raw`^(?:${NOTES_FILE}|${NOTES_SET}|readme)(?:\s+files?)?$`, 'i');
/** The notes updated, in the passive: "the docs are updated", "README gets updated". */
const PASSIVE = /^(?:the\s+)?(.+?)\s+(?:is|are|gets?)\s+(?:also\s+)?(?:updated|up[ -]to[ -]date)$/i;

/**
 * A step under a reproach, a reminder or the end of the work: the notes (a file, the set, the README), adding tests,
 * running the tests or the linter. None of it with a bare imperative: that is the task's own step.
 */
function framedStep(raw: string, s: string): FinishingStep | undefined {
  const whole = raw.replace(/[.!?]+$/, '').replace(/^(?:(?:ok(?:ay)?|and|so|now|then|also|please|pls)[,.!]?\s+)*/i, '');
  let rest = s.replace(/[.!?]+$/, '').trim();
  // "keep the README up to date" asks for it beyond this change, as the end of the work does.
  const kept = KEEP.exec(rest);
  const framed = DONE_LEAD.test(whole) || DONE_TAIL.test(whole) || kept !== null;
  rest = (kept ? `update ${kept[1]!}` : rest).replace(DONE_LEAD, '').replace(DONE_TAIL, '').replace(LEAD, '');
  const lead = REPROACH.exec(rest) ?? REMIND.exec(rest);
  if (!lead && !framed) return undefined;
  rest = rest
    .slice(lead?.[0].length ?? 0)
    .replace(TAIL, '')
    .replace(DONE_TAIL, '')
    .trim();
  const passive = PASSIVE.exec(rest);
  if (passive) return NOTES_OBJECT.test(passive[1]!) ? docs(raw, notesName(passive[1]!)) : undefined;
  const m = /^(\w+)\s+(?:(?:all|any)\s+)?(?:the\s+|your\s+|some\s+)?(.+)$/i.exec(rest);
  if (!m) return undefined;
  const verb = m[1]!.toLowerCase();
  const object = m[2]!;
  // "README.md and the docs": every part must be notes.
  const notes = object.split(/\s*(?:,|\band\b)\s*(?:the\s+)?/i).every((part) => NOTES_OBJECT.test(part));
  if (/^(?:update|updated|updating|refresh)$/.test(verb) && notes) return docs(raw, notesName(object));
  if (/^(?:run|ran|running)$/.test(verb)) {
    if (TESTS.test(object)) return { ...RUN_TESTS, sentence: raw };
    if (LINT.test(object)) return { signature: 'ask|finish|lint', lesson: 'Before finishing, run the linter.', sentence: raw };
  }
  if (/^(?:add|added|adding|write|wrote|written|writing)$/.test(verb) && TESTS.test(object)) return { ...ADD_TESTS, sentence: raw };
  return undefined;
}

/** The linter, by that name ("the linter", "lint", "the linters"), with its fixes after it ("and fix the warnings"). */
const LINT = /^(?:lint(?:ers?)?|linting)(?:\s+and\s+fix\s+(?:any\s+|all\s+|the\s+)?(?:warnings|errors|issues|problems))?$/i;

/**
 * "You forgot the tests", "and the tests?", "where are the tests?": the tests named under a reproach with no verb. Run
 * them or write them? The words don't say; what the agent did next does (testsStepDone).
 */
const BARE_TESTS =
  /^(?:(?:you|u)\s+(?:also\s+)?forgot(?:ten)?\s+(?:about\s+)?|(?:and|what about|how about|where are|where're|wheres)\s+|(?:you|u)\s+did\s*n[o']?t\s+do\s+|forgot(?:ten)?\s+(?:about\s+)?)?(?:the\s+)?tests(?:\s+again)?\s*(?:[.!?…]+|\s+again\s*[.!?…]*)?$/i;
/** A reproach needs its frame: a bare "the tests." answers a question, it reproaches nothing. */
const TESTS_FRAME = /^(?:(?:you|u)\s|forgot|and\s|what about|how about|where|tests\s*\?)/i;

export function bareTestsReproach(sentence: string): boolean {
  const s = sentence.trim().replace(/\u2019/g, "'");
  return s.length <= 60 && BARE_TESTS.test(s) && TESTS_FRAME.test(s);
}

/** How far past the user's words the agent's answer may be, before anyone speaks again. */
const ANSWER_WITHIN = 12;
/** A test file by its name: `tides.test.ts`, `test_tides.py`, `tides_spec.rb`, `TidesTest.java`. */
const TEST_FILE = /(?:^|[._-])(?:test|spec)s?\.[a-z]+$|^test_|_(?:test|spec)\.|Tests?\.[a-z]+$/;

/** The step the agent took right after the user's words at `at`: it ran the tests, or it wrote a test file. */
export function testsStepDone(events: readonly SessionEvent[], at: number): FinishingStep | undefined {
  for (let j = at + 1; j < events.length && j <= at + ANSWER_WITHIN; j++) {
    const e = events[j]!;
    if (e.kind === 'user_prompt' || e.kind === 'interrupt' || e.kind === 'permission_denial') return undefined;
    if (e.kind !== 'tool_call') continue;
    if (e.command && parseCommands(e.command).some(isTestCommand)) return { ...RUN_TESTS, sentence: '' };
    if (createdFiles(e).some((f) => TEST_FILE.test(f))) return { ...ADD_TESTS, sentence: '' };
  }
  return undefined;
}
