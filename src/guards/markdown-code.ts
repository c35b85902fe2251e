/**
 * Where markdown reads code spans and raw HTML in a text, for the two places that must agree with it:
 * guard:markup lets HTML-looking text through only inside code, and the PR body keeps code spans as
 * code and escapes the rest (publish/code-spans.ts). Both fail open when they take for code what
 * markdown renders as HTML, so this reads as CommonMark does and, where it can't be sure, reads no code:
 * - a backslash before punctuation escapes it: `\`` opens nothing, but in `\\`` the backtick is a real opener;
 * - a run of backticks is closed only by the next run of its own length, and opens nothing when none follows;
 * - raw HTML and autolinks bind like code spans, whichever starts first: the backtick inside
 *   `<img alt="`" src=x>` opens nothing, and the tag is HTML;
 * - a span that would close on a later line may not be one (a blank line, a heading or a list item between
 *   ends the paragraph), so from such an opener on no code is read: stricter, never looser.
 */

/** A piece of the text: prose, a code span with its backtick runs, raw HTML, or an autolink (`<https://…>`). */
export type MarkdownPart = { kind: 'text' | 'html' | 'link'; text: string } | { kind: 'code'; text: string; ticks: number };

const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
/**
 * CommonMark's raw HTML (open and closing tags, comments, processing instructions, declarations, CDATA),
 * anchored where a `<` stands. Looser where the specs differ (comments): what is taken for HTML here is
 * refused by the guard and escaped by the PR body, so a wider match is the safe side.
 */
const HTML_AT = new RegExp(
  [
    String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>`,
    String.raw`<\/[A-Za-z][A-Za-z0-9-]*\s*>`,
    String.raw`<!-{2,3}>`,
    String.raw`<!--[\s\S]*?-->`,
    String.raw`<\?[\s\S]*?\?>`,
    String.raw`<![A-Za-z][^>]*>`,
    String.raw`<!\[CDATA\[[\s\S]*?\]\]>`,
  ].join('|'),
  'y',
);
/** CommonMark's autolinks, a URI or an e-mail address in angle brackets: a link, never HTML. */
const LINK_AT = new RegExp(
  [
    String.raw`<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>`,
    String.raw`<[\w.!#$%&'*+/=?^\x60{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>`,
  ].join('|'),
  'y',
);
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The text's maximal backtick runs, by length, in order. A closer is always a whole run (inside a span a
 * backslash is literal), so the next closer of a length is found by a pointer that only moves forward:
 * the scan stays linear however many runs go unclosed.
 */
function runsByLength(text: string): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (const m of text.matchAll(/`+/g)) {
    const list = runs.get(m[0].length);
    if (list) list.push(m.index);
    else runs.set(m[0].length, [m.index]);
  }
  return runs;
}

/** The text cut into prose, code spans and raw HTML as markdown reads it (one paragraph's inline content). */
export function markdownParts(text: string): MarkdownPart[] {
  const parts: MarkdownPart[] = [];
  const runs = runsByLength(text);
  const next = new Map<number, number>();
  const breaks = [...text.matchAll(/\r?\n|\r/g)].map((m) => m.index);
  let b = 0;
  let prose = 0;
  let spans = true;
  const cut = (at: number) => {
    if (at > prose) parts.push({ kind: 'text', text: text.slice(prose, at) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      i += 2;
    } else if (c === '<') {
      HTML_AT.lastIndex = LINK_AT.lastIndex = i;
      const html = HTML_AT.exec(text)?.[0];
      const link = html === undefined ? LINK_AT.exec(text)?.[0] : undefined;
      const found = html ?? link;
      if (found === undefined) {
        i++;
        continue;
      }
      cut(i);
      parts.push({ kind: html === undefined ? 'link' : 'html', text: found });
      i = prose = i + found.length;
    } else if (c === '`') {
      let end = i;
      while (text[end] === '`') end++;
      const ticks = end - i;
      const list = runs.get(ticks) ?? [];
      let k = next.get(ticks) ?? 0;
      while (k < list.length && list[k]! < end) k++;
      next.set(ticks, k);
      const close = list[k];
      while (b < breaks.length && breaks[b]! < end) b++;
      if (close !== undefined && (breaks[b] ?? Infinity) < close) spans = false;
      if (!spans || close === undefined) {
        i = end;
        continue;
      }
      cut(i);
      parts.push({ kind: 'code', text: text.slice(i, close + ticks), ticks });
      next.set(ticks, k + 1);
      i = prose = close + ticks;
    } else i++;
  }
  cut(text.length);
  return parts;
}
