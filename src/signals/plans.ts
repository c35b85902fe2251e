/**
 * A plan of steps is the plan of this task: "always" inside a step says how to do that step in this work, not how to
 * work from now on. Read as sentences, the step became memory, and on one line the next step's number with it
 * ("Always run `make lint` before committing 3."), and a step said in one session added support to the same rule said
 * for good in another ("- always run `ruff check` before committing" between two chores). A plan is numbered
 * ("1. pull 2. …") or bulleted (a line each), the same in every language. (Steps led by sequence words, "First …, then
 * …", were probed in five languages and no step was read as a rule: no third form is needed.) A list is a plan when one of its items
 * is a plain step (no rule frame of its own); a list whose every item is a rule ("1. never push to main 2. always use
 * pnpm") stays a list of rules.
 */
const CODE = /`[^`\n]*`/g;
/** An item's number: 1-2 digits and "." or ")" after a line start or a space, before a space. */
const MARKER = /(?:^|\s)(\d{1,2})[.)](?=\s)/g;
/** A bullet: "-", "*", "+" or "•" opening a line. An item ends at the next bullet or a blank line. */
const BULLET = /(?:^|\n)[ \t]*[-*+•][ \t]+/g;
/** The code spans blanked to same-length placeholders, so markers inside them are not read. */
const masked = (text: string) =>
  text.replace(CODE, (c) =>
    c
      .replace(/\d/g, '0')
      .replace(/\s/g, '_')
      .replace(/[-*•+]/g, '_'),
  );

/** The items of the numbered list counted up from 1 in `text`, or none when it holds no such list of two or more. */
function numberedItems(flat: string, text: string): string[] {
  const starts: { at: number; end: number }[] = [];
  for (const m of flat.matchAll(MARKER)) {
    if (Number(m[1]) !== starts.length + 1) continue;
    starts.push({ at: m.index, end: m.index + m[0].length });
  }
  return itemsAt(starts, text);
}

/** The items between markers found at `starts`, or none when fewer than two; `paragraph`: an item ends at a blank line. */
function itemsAt(starts: readonly { at: number; end: number }[], text: string, paragraph = false): string[] {
  if (starts.length < 2) return [];
  return starts.map((s, k) => {
    const item = text.slice(s.end, starts[k + 1]?.at ?? text.length);
    return (paragraph ? (item.split(/\n[ \t]*\n/)[0] ?? '') : item).trim();
  });
}

const bulletItems = (flat: string, text: string): string[] =>
  itemsAt(
    [...flat.matchAll(BULLET)].map((m) => ({ at: m.index, end: m.index + m[0].length })),
    text,
    true,
  );

/** How a turn's reader judges a step: `isRule`, framed as a rule of its own; `asksHabit`, read as a habit at all. */
export interface StepReader {
  isRule: (item: string) => boolean;
  asksHabit: (item: string) => boolean;
}

/**
 * Whether `text` holds a plan: a list of two or more steps, not all rules. Bullets also stand in lists of what is
 * broken ("- the header overlaps\n- the button is grey"), which teach nothing either way: those
 * count only when a step reads as a habit, so a rule said beside such a list is still read.
 */
export function holdsPlan(text: string, reader: StepReader): boolean {
  const flat = masked(text);
  const numbered = numberedItems(flat, text);
  if (numbered.length >= 2 && numbered.some((item) => !reader.isRule(item))) return true;
  const bullets = bulletItems(flat, text);
  return bullets.length >= 2 && bullets.some(reader.asksHabit) && bullets.some((item) => !reader.isRule(item));
}
