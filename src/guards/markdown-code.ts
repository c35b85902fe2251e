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
 * CommonMark's raw HTML tags, open and closing, anchored where a `<` stands. A tag stops at the next `<` outside
 * a quoted value, so trying one at every `<` stays linear.
 */
const TAG_AT = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>`, 'y');
/**
 * The rest of CommonMark's raw HTML, each up to the first of its closer: comments (looser where the specs differ,
 * `<!-->` counted; what is taken for HTML here is refused by the guard and escaped by the PR body, so a wider
 * match is the safe side), processing instructions, CDATA, declarations. Their closers are looked up once for the
 * text, not again from every opener (see closerAfter).
 */
const BLOCKS: readonly { open: RegExp; close: string }[] = [
  { open: /<!-{2,3}>/y, close: '' },
  { open: /<!--/y, close: '-->' },
  { open: /<\?/y, close: '?>' },
  { open: /<!\[CDATA\[/y, close: ']]>' },
  { open: /<![A-Za-z]/y, close: '>' },
];
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
  // The next place each closer stands from a point on: found again only once the scan has passed it.
  const closers = new Map<string, number>();
  const closerAfter = (close: string, from: number): number => {
    const at = closers.get(close);
    if (at !== undefined && (at < 0 || at >= from)) return at;
    const found = text.indexOf(close, from);
    closers.set(close, found);
    return found;
  };
  const blockAt = (at: number): string | undefined => {
    for (const { open, close } of BLOCKS) {
      open.lastIndex = at;
      const opened = open.exec(text)?.[0];
      if (opened === undefined) continue;
      const end = close === '' ? at + opened.length : closerAfter(close, at + opened.length);
      return end < 0 ? undefined : text.slice(at, close === '' ? end : end + close.length);
    }
    return undefined;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      i += 2;
    } else if (c === '<') {
      TAG_AT.lastIndex = LINK_AT.lastIndex = i;
      const html = TAG_AT.exec(text)?.[0] ?? blockAt(i);
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
