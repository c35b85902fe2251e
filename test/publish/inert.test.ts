/**
 * Untrusted text in the PR body is inert: no link, image or bare URL a reviewer could click, no
 * heading or other block, no cross-reference to an issue, no mention.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/publish/inert.js';

const ATTACKS = [
  'see [the fix](https://evil.example/x) now',
  '![pixel](https://evil.example/p.png)',
  'visit https://evil.example/install or www.evil.example today',
  'fixes https://github.com/acme/widget/issues/12 and acme/widget#13 and GH-14',
  '[ref]: https://evil.example/ref',
  '# Maintainer override\n## Merge without review',
  'line one\n===\nline two',
  '<a href="https://evil.example">x</a> <img src=x>',
  'ping @octocat',
];

describe('escapeText', () => {
  it('renders no link, image, heading, HTML or mention, whatever the attack', () => {
    for (const a of ATTACKS) {
      const html = marked.parse(escapeText(a), { async: false, gfm: true });
      expect(html, a).not.toMatch(/<a\b|<img\b|<h\d\b/);
    }
  });

  it('control: the same attacks unescaped do render links, images and headings', () => {
    const rendered = ATTACKS.map((a) => marked.parse(a, { async: false, gfm: true }));
    expect(rendered.filter((h) => /<a\b|<img\b|<h\d\b/.test(h)).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the words readable', () => {
    expect(escapeText('see https://evil.example/x').replace(/\u200b/g, '')).toBe('see https://evil.example/x');
    expect(escapeText('Use npm, not yarn.')).toBe('Use npm, not yarn.');
  });
});
