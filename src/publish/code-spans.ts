/**
 * Markdown text whose `code spans` stay code. Rationales and reasons name commands in backticks
 * (`source venv/bin/activate && python`); escaped as prose, the span showed `&amp;&amp;`, since
 * markdown decodes no entity inside a code span. A code span is inert on GitHub (no HTML, link,
 * mention or reference is read inside it), so its text is kept as it is and the rest is escaped by
 * `prose`.
 *
 * A span is kept only where markdown is sure to read the same span: every backtick run one long (a
 * longer run pairs only with a run of its length, so it could pair with a span's opener and leave
 * the span's text outside any span) and no backslash before a backtick (`\`` is a literal backtick,
 * not an opener). Otherwise the whole text is prose: escaped, never raw.
 */
const SPAN = /(`[^`]+`)/;

export function keepCodeSpans(s: string, prose: (t: string) => string, code: (c: string) => string = (c) => c): string {
  if (/``|\\`/.test(s)) return prose(s);
  // With single backticks only, splitting pairs them first with second, third with fourth, as markdown does.
  // The split's odd parts are the captured spans.
  return s
    .split(SPAN)
    .map((part, i) => (i % 2 === 1 ? `\`${code(part.slice(1, -1).replace(/\r?\n|\r/g, ' '))}\`` : prose(part)))
    .join('');
}
