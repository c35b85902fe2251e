/**
 * Markdown text whose `code spans` stay code. Rationales and reasons name commands in backticks
 * (`source venv/bin/activate && python`); escaped as prose, the span showed `&amp;&amp;`, since
 * markdown decodes no entity inside a code span. A code span is inert on GitHub (no HTML, link,
 * mention or reference is read inside it), so its text is kept as it is and the rest is escaped by
 * `prose`.
 *
 * The spans are those markdown reads (guards/markdown-code.ts, the rule guard:markup uses), and they are
 * kept only where the output reads the same spans: escaped prose may still hold a backtick that pairs
 * with a kept span's (one that sat inside a tag, or after an escape the prose changed), which would leave
 * the span's text outside any span. Otherwise the whole text is prose: escaped, never raw.
 */
import { markdownParts } from '../guards/markdown-code.js';

const spansOf = (text: string) => markdownParts(text).flatMap((p) => (p.kind === 'code' ? [p.text] : []));

export function keepCodeSpans(s: string, prose: (t: string) => string, code: (c: string) => string = (c) => c): string {
  const kept: string[] = [];
  const out = markdownParts(s)
    .map((part) => {
      if (part.kind !== 'code') return prose(part.text);
      const ticks = '`'.repeat(part.ticks);
      const span = `${ticks}${code(part.text.slice(part.ticks, -part.ticks).replace(/\r?\n|\r/g, ' '))}${ticks}`;
      kept.push(span);
      return span;
    })
    .join('');
  const read = spansOf(out);
  return read.length === kept.length && read.every((span, i) => span === kept[i]) ? out : prose(s);
}
