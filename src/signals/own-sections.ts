/**
 * Which of the user's own words (pasted.ts has already blanked what they pasted) are read for rules.
 *
 * The size bar is the user's own text, not the message: "Don't call the v1 endpoint, it's deprecated.
 * Here's the error: ```...```" is a two-line message with a paste in it, and its first sentence is the
 * user's. A long message of the user's own words is a task spec or a prompt for another model (a plan,
 * a narrator's brief, a compaction template): its imperatives are the task's, not standing rules. Of
 * such a message only a section the user headed as rules is read ("## Rules", "Conventions:",
 * "**Guidelines**"), to the next heading; the rest of the spec is the task. "Constraints" and
 * "Restrictions" head the task's own limits: a real aider spec ("1. Audit the structure ... Constraints:
 * - Avoid unnecessary implementation logic") gave a rule for that audit only.
 * Everything is decided by the shape of lines (headings, list items, blank lines), never by the
 * imperatives themselves: the miner's rule-vs-task logic reads what this returns.
 */
import { TRANSIENT } from './corrections.js';

/**
 * A message longer than this is a dump (a whole log, a file), not something typed: its lines are not
 * worth the per-line paste checks, which compare each against recent tool output.
 */
export const MAX_MESSAGE = 20_000;
/** Up to this much of their own text, a message is read whole, as a short message always was. */
const MAX_OWN_CHARS = 600;
const MAX_OWN_LINES = 6;

const MD_HEADING = /^\s{0,3}#{1,6}\s+(.+?)[\s#]*$/;
const BOLD_HEADING = /^\s*(?:\*\*|__)([^*_]{1,60})(?:\*\*|__)\s*:?\s*$/;
/** "Rules for this repo:", "Constraints:": a short line of its own, ending in a colon. */
const COLON_HEADING = /^\s*([A-Za-z][\w '’&/()-]{0,48}):\s*$/;
/** A heading that says the section holds standing rules, not the task's steps or requirements. */
const RULES_HEADING =
  /\b(?:(?:house |ground |repo |project )?rules|conventions?|guidelines|guardrails|dos? and don'?ts|don'?ts|standing instructions)\b/i;
/** A heading that says the section is the task itself: what to build, its steps, when it is done. */
const TASK_HEADING =
  /\b(?:requirements?|constraints?|restrictions|acceptance(?: criteria)?|steps|tasks?|to-?dos?|deliverables|scope|goals?|spec(?:ification)?|implementation(?: details)?|files to (?:modify|change|create)|definition of done)\b/i;
const LIST_MARK = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;

/** The text of a heading line, or undefined when the line is not one. */
function heading(line: string): string | undefined {
  if (LIST_MARK.test(line)) return undefined;
  return (MD_HEADING.exec(line) ?? BOLD_HEADING.exec(line) ?? COLON_HEADING.exec(line))?.[1];
}

type Role = 'rules' | 'task' | 'other';
/**
 * What a section holds, by its heading. A heading scoped to the moment ("Rules for this task:")
 * heads the task's limits, not standing rules.
 */
function roleOf(h: string): Role {
  if (RULES_HEADING.test(h) && !TRANSIENT.test(h)) return 'rules';
  return TASK_HEADING.test(h) ? 'task' : 'other';
}

/**
 * The lines of the sections whose role is kept, everything else (headings too) blanked so lines keep
 * their places. A heading names what follows ("Payload:", "## Notes"): read as a sentence it would pair
 * with the one before it as a rule and its reason. Lines before the first heading are 'other', and so is
 * a paragraph after a section's list ("- never edit gql/\n\nThe queue already retries."): the user has
 * stepped out of the list to say something else.
 */
function sections(own: string, keep: (role: Role) => boolean, unmark: boolean): string {
  let role: Role = 'other';
  let listed = false;
  let blank = false;
  return own
    .split(/\r?\n/)
    .map((line) => {
      const h = heading(line);
      const item = LIST_MARK.test(line);
      if (h !== undefined) {
        role = roleOf(h);
        listed = false;
      } else if (listed && blank && !item && !/^\s/.test(line) && line.trim()) role = 'other';
      listed ||= item;
      blank = !line.trim();
      if (h !== undefined || !keep(role)) return '';
      return unmark ? line.replace(LIST_MARK, '') : line;
    })
    .join('\n');
}

/**
 * The lines of sections headed as rules; list markers are dropped so each item reads as a sentence
 * ("1. never edit dist/" is "never edit dist/").
 */
export const ruleSections = (own: string): string => sections(own, (r) => r === 'rules', true);

/**
 * A place in a file: `lib/a.dart:142`, `src/x.ts:10:5`, `app.py:10-20`, `src/x.ts#L10-L20`. A path with an extension,
 * then a line, as editors write a location and as their "implement / fix / explain this" actions send it. A host and
 * port (`api.example.com:8080`) is not one.
 */
const SPOT =
  /(?:^|[\s(`'"@])(?:[\w.-]+\/)*[\w-]+\.[A-Za-z]\w{0,7}(?<!\.(?:com|org|net|io|dev|app|local))(?::\d+(?:[:-]\d+)?|#L\d+(?:-L?\d+)?)(?=[\s`'",.;:)]|$)/;

/**
 * Whether the message is addressed to a place in a file: its first line names one and more lines follow. Such a
 * message is a task about that spot (an editor's "implement the comment on lib/a.dart:142 … don't over-explore …"
 * sends the same limits whatever the spot): its don'ts and always are that task's, read only under a rules heading,
 * as a long spec's are. A one-line correction that names a place ("src/a.ts:12 never use any") is read whole.
 */
function addressedToSpot(own: string): boolean {
  const lines = own.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 1 && SPOT.test(lines[0]!);
}

/** Whether the user's own text is short enough to be read whole. */
export function shortOwnText(own: string): boolean {
  const lines = own.split(/\r?\n/).filter((l) => l.trim());
  return lines.length <= MAX_OWN_LINES && lines.reduce((n, l) => n + l.trim().length + 1, 0) <= MAX_OWN_CHARS + 1;
}

/**
 * What of the user's own text the instruction miner reads: when it is short, all of it but the sections
 * headed as the task ("Requirements:": what to build, not how to work); when it is long, only the sections
 * headed as rules (`whole` says which). And which lines stand under a rules heading, where a plain
 * imperative with a standing condition ("run `make lint` before committing") is a rule by its place.
 */
export function readableOwnText(
  own: string,
  agentWrote: (line: string) => boolean = () => false,
): { text: string; rules: string; whole: boolean } {
  const whole = shortOwnText(own) && !addressedToSpot(own);
  // Of a long message, a line the agent itself wrote is the agent's: a plan it proposed, handed back as
  // "Implement the following plan: ...", heads its own "## Conventions". A short message may quote the
  // agent's line to agree or object, and stays the user's.
  const users = whole
    ? own
    : own
        .split(/\r?\n/)
        .map((l) => (agentWrote(l) ? '' : l))
        .join('\n');
  const rules = ruleSections(users);
  return { text: whole ? sections(own, (r) => r !== 'task', false) : rules, rules, whole };
}
