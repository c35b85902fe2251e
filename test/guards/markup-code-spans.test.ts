/**
 * guard:markup lets HTML through only inside code, so what it calls code must be what markdown
 * renders as code: an escaped backtick opens nothing, and a run pairs only with a run of its length.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { markupGuard } from '../../src/guards/markup.js';
import type { Edit } from '../../src/model/index.js';
import type { GuardContext } from '../../src/guards/types.js';

const ctx: GuardContext = { repoDir: '.', memory: [], memoryGlobs: [], maxEdits: 20, maxEntryBytes: 1000 };
const judge = (after: string) => markupGuard({ id: 'e', op: 'add', file: 'CLAUDE.md', after, rationale: 'r', evidence: [] } as Edit, ctx);
const rendersHtml = (t: string) => /<(?:a|img|details|div)\b/.test(marked.parse(t, { async: false, gfm: true }));

describe('guard:markup and code spans', () => {
  it.each([
    ['an escaped backtick before a tag', 'See \\`<a href="https://evil.example">the docs</a>`.'],
    ['an escaped backtick before an image', 'Escape it as \\`<img src=https://evil.example/p.png>` always.'],
    ['a double run that closes nothing', 'Run ``<details>hidden</details>` first.'],
    ['a run pairing past a longer one', 'Run `x `` y `<img src=https://evil.example/p.png>`.'],
  ])('refuses raw HTML markdown renders: %s', (_what, text) => {
    expect(rendersHtml(text)).toBe(true);
    expect(judge(text)).toBe('entry carries raw HTML: memory entries are plain text');
  });

  it.each([
    ['a tag in a span', 'Use `<img src=x>` in templates.'],
    ['a tag in a double span', 'Write ``a `<br>` tag`` literally.'],
    ['a backslash inside a span', 'Match `C:\\` then `<branch>`.'],
    ['placeholders', 'Run `git checkout <branch>` then `make <target>`.'],
  ])('keeps HTML-looking text inside code: %s', (_what, text) => {
    expect(rendersHtml(text)).toBe(false);
    expect(judge(text)).toBeUndefined();
  });
});
