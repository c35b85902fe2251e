/**
 * Shortens one line of text for a summary (the job summary, the PR body, `dream run`): cut at the last word boundary that fits and end with an
 * ellipsis, so a reader sees that text was left out instead of a word sliced in half.
 */
const ELLIPSIS = '…';

export function shorten(text: string, max: number): string {
  if (max < 2) throw new RangeError(`shorten: max must be at least 2, got ${max}`);
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join('');
  // A boundary in the first half would throw away too much: one long token is cut mid-word instead.
  const space = room.search(/\s\S*$/);
  const cut = space >= room.length / 2 ? room.slice(0, space) : room;
  return cut.replace(/[\s,;:.-]+$/u, '') + ELLIPSIS;
}
