/**
 * Cursor's Plan mode. When the person clicks "Build" on a plan, the IDE sends a fixed hand-off in their place:
 * "Implement the plan as specified, it is attached for your reference. Do NOT edit the plan file itself. To-do's
 * from the plan have already been created. Do not create them again. Mark them as in_progress as you work,
 * starting with the first one. Don't stop until you have completed all the to-dos." (shorter in older versions).
 * Every export of a Cursor chat (SpecStory, Cursor's own "Export chat") writes it as a user turn, so read as the
 * person's words its orders ("Do NOT edit the plan file itself.") became rules, in as many sessions as plans were
 * built. None of it is the person's: the opening sentence, which names the plan hand-off, marks the turn, and
 * each sentence of the template after it is dropped, with the plan's name when a line before it gives one. Whatever else the turn holds is the person's and is kept;
 * a sentence only worded like the template, or the opening anywhere but first, is left alone.
 */

/** The hand-off's first sentence, in every version seen; case and wording exact, as the IDE writes them. */
const OPENING = /^Implement the plan as specified(?:, it is attached for your reference)?\.(?=\s|$)/;
/**
 * The attached plan's name on a line of its own before the hand-off, as some exports show the attachment: a
 * title (no sentence's end, no markup), never the person's words, since the IDE sends the hand-off alone.
 */
const PLAN_NAME = /^[^\n.!?:;`<>#*]{1,120}\n\s*\n(?=Implement the plan as specified\b)/;

/** The sentences the IDE may send after the opening, in any order (versions dropped and merged some). */
const TEMPLATE = [
  /^Do NOT edit the plan file(?: itself)?\.(?=\s|$)/,
  /^To-do['’]s from the plan have already been created(?:, do not create them again)?\.(?=\s|$)/,
  /^Do not create them again\.(?=\s|$)/,
  /^Mark them as in_progress as you work, starting with the first one\.(?=\s|$)/,
  /^Don['’]t stop until you have completed all the to-dos\.(?=\s|$)/,
  // An early version listed the plan's to-do ids on a line of their own.
  /^To-do['’]s: [\w-]+(?:, [\w-]+)*[ \t]*(?=\r?\n|$)/,
];

/**
 * A user turn's text without Cursor's plan hand-off: the text itself when it does not open with the hand-off,
 * the person's own words after it when it does, and '' when the turn was the hand-off alone.
 */
export function withoutPlanHandoff(text: string): string {
  let rest = text.trimStart();
  rest = rest.slice(PLAN_NAME.exec(rest)?.[0].length ?? 0);
  const opening = OPENING.exec(rest);
  if (!opening) return text;
  rest = rest.slice(opening[0].length).trimStart();
  for (;;) {
    const sentence = TEMPLATE.map((r) => r.exec(rest)).find((m) => m !== null);
    if (!sentence) return rest.trimEnd();
    rest = rest.slice(sentence[0].length).trimStart();
  }
}
