/**
 * One rule for where markdown reads code (src/guards/markdown-code.ts), used by guard:markup (HTML only inside
 * code) and the PR body (code kept, the rest escaped). Judged against a real markdown renderer (marked, GFM):
 * the named attacks each took HTML for code in guard:markup, and over generated texts neither caller may let
 * markdown render a tag.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownParts } from '../../src/guards/markdown-code.js';
import { markupGuard } from '../../src/guards/markup.js';
import type { GuardContext } from '../../src/guards/types.js';
import type { Edit } from '../../src/model/index.js';
import { escapeText } from '../../src/publish/inert.js';
import { keepCodeSpans } from '../../src/publish/code-spans.js';

const ctx: GuardContext = { repoDir: '.', memory: [], memoryGlobs: [], maxEdits: 20, maxEntryBytes: 1000 };
const judge = (after: string) => markupGuard({ id: 'e', op: 'add', file: 'CLAUDE.md', after, rationale: 'r', evidence: [] } as Edit, ctx);
const html = (t: string) => marked.parse(t, { async: false, gfm: true });
/** A tag markdown let through; an autolink renders `<a href="…">` of its own, which is no tag anyone wrote. */
const rendersTag = (t: string) => /<(?:img|i|details)\b|<a (?!href=")/.test(html(t));
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('guard:markup reads code where markdown does', () => {
  it.each([
    ['an escaped backslash: the backtick after it opens a span', 'Run \\\\`a`<img src=https://evil.example/p.png>`b` first.'],
    ['a backtick inside a tag opens nothing', 'Use <img alt="`" src=https://evil.example/p.png>` to check`.'],
    ['a tag that starts the text', '<a title="`" href="https://evil.example">docs</a>` ok`'],
    ['a quoted "<" inside a tag', 'Use <img alt="<" src=https://evil.example/p.png> here.'],
    ['a backtick inside an e-mail autolink', 'Mail <x`y@evil.example> then <img src=https://evil.example/p.png> later `.'],
    ['a span that would close past a blank line', 'Run `a\n\n<img src=https://evil.example/p.png>\n\n` ok'],
    ['a span that would close past a heading line', 'Run `a\n# <img src=https://evil.example/p.png>`'],
  ])('refuses raw HTML markdown renders: %s', (_what, text) => {
    expect(rendersTag(text)).toBe(true);
    expect(judge(text)).toBe('entry carries raw HTML: memory entries are plain text');
  });

  it.each([
    ['a tag in a span after an escaped backslash', 'See `a` and \\\\`<img src=x>`.'],
    ['a placeholder in a span beside an autolink', 'Run `git checkout <branch>`, see <https://example.com/a>.'],
    ['a backtick escaped before a span', 'Type \\` then `<br>` literally.'],
  ])('keeps HTML-looking text inside code: %s', (_what, text) => {
    expect(rendersTag(text)).toBe(false);
    expect(judge(text)).toBeUndefined();
  });
});

describe('the PR body keeps the spans markdown reads', () => {
  it('a double-backtick span stays code with its own backticks', () => {
    const out = keepCodeSpans('Write ``a `b` && c`` literally.', escapeText);
    expect([...html(out).matchAll(/<code>([^<]*)<\/code>/g)].map((m) => decode(m[1]!))).toEqual(['a `b` && c']);
  });

  it('a backtick that sat in a tag, once escaped, would pair with a kept span: everything is escaped instead', () => {
    const text = '<b title="`">` <img src=x onerror=alert(1)> `';
    expect(markdownParts(text).map((p) => p.kind)).toEqual(['html', 'code']);
    const out = keepCodeSpans(text, escapeText);
    expect(out).toBe(escapeText(text));
    expect(rendersTag(out)).toBe(false);
  });
});

/** Texts built from the pieces the attacks above use, in every order, from a fixed seed. */
function* generated(count: number): Generator<string> {
  const pieces = [
    'x',
    ' ',
    '`',
    '``',
    '\\',
    '<img src=x>',
    '<i title="`">',
    '<u`v@e.org>',
    'a b',
    '\n',
    '\n\n',
    '# ',
    '- ',
    '<i title="<">',
  ];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < count; k++) {
    let t = '';
    for (let j = 0, len = 1 + next(10); j < len; j++) t += pieces[next(pieces.length)];
    yield t;
  }
}

describe('over generated texts', () => {
  const texts = [...generated(4000)];

  it('guard:markup refuses every text in which markdown renders a tag', () => {
    const leaks = texts.filter((t) => rendersTag(t) && judge(t) === undefined);
    expect(texts.filter((t) => rendersTag(t)).length).toBeGreaterThan(1000);
    expect(leaks).toEqual([]);
  });

  it('the PR body never renders a tag', () => {
    expect(texts.filter((t) => rendersTag(keepCodeSpans(t.replace(/\n/g, ' '), escapeText)))).toEqual([]);
  });

  it("on one line of prose and backticks, the spans are marked's", () => {
    // CommonMark strips one space from each end of a span that has both and other text.
    const trim = (c: string) => (/^ (?=.*[^ ]).* $/.test(c) ? c.slice(1, -1) : c);
    let compared = 0;
    for (const t of texts) {
      const line = t.replace(/\n/g, ' ');
      // Block structure (an indented code block, a fence, a list item, a heading) is not this rule's to read.
      if (/[<\\]/.test(line) || /^ {4}|^\s*(?:[-#](?: |$)|`{3})/.test(line)) continue;
      compared++;
      const ours = markdownParts(line).flatMap((p) => (p.kind === 'code' ? [trim(p.text.slice(p.ticks, -p.ticks))] : []));
      const theirs = [...html(line).matchAll(/<code>([^<]*)<\/code>/g)].map((m) => decode(m[1]!));
      expect(ours, line).toEqual(theirs);
    }
    expect(compared).toBeGreaterThan(500);
  });
});
