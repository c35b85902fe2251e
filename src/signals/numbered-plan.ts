/**
 * A numbered list of steps, on one line ("1. pull 2. always run `make lint` before committing 3. push") or a line
 * each, is the plan of this task: "always" inside a step says how to do that step in this work, not how to work from
 * now on. Read as sentences, the step became memory, and on one line the next step's number with it ("Always run
 * `make lint` before committing 3."). A list is a plan when one of its items is a plain step (no rule frame of its
 * own); a list whose every item is a rule ("1. never push to main 2. always use pnpm") stays a list of rules.
 */
const CODE = /`[^`\n]*`/g;
/** An item's number: 1-2 digits and "." or ")" after a line start or a space, before a space. */
const MARKER = /(?:^|\s)(\d{1,2})[.)](?=\s)/g;

/** The items of the numbered list counted up from 1 in `text`, or none when it holds no such list of two or more. */
function numberedItems(text: string): string[] {
  const flat = text.replace(CODE, (c) => c.replace(/\d/g, '0').replace(/\s/g, '_'));
  const starts: { at: number; end: number }[] = [];
  for (const m of flat.matchAll(MARKER)) {
    if (Number(m[1]) !== starts.length + 1) continue;
    starts.push({ at: m.index, end: m.index + m[0].length });
  }
  if (starts.length < 2) return [];
  return starts.map((s, k) => text.slice(s.end, starts[k + 1]?.at ?? text.length).trim());
}

/** Whether `text` holds a numbered plan: a list of two or more whose items are not all rules by `isRule`. */
export function holdsNumberedPlan(text: string, isRule: (item: string) => boolean): boolean {
  const items = numberedItems(text);
  return items.length >= 2 && items.some((item) => !isRule(item));
}
