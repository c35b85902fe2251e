import { describe, expect, it } from 'vitest';
import { importTarget, parseMemoryFile } from '../../src/memory/parse.js';

const summary = (text: string, path = 'CLAUDE.md') =>
  parseMemoryFile(path, text).entries.map((e) => `${e.kind}@${e.startLine}-${e.endLine} [${e.headingPath.join(' > ')}] ${e.text}`);

describe('parseMemoryFile', () => {
  it('splits headings, list items with their nested lines, paragraphs and fences', () => {
    const text = [
      '# Project',
      '',
      'Intro paragraph',
      'spanning two lines.',
      '',
      '## Testing',
      '',
      '- run `npm test`',
      '  - nested detail',
      '    continued',
      '- second item',
      'lazy continuation',
      '',
      '```sh',
      '# not a heading',
      'npm run build',
      '```',
      '',
      '### Deep',
      '* star item',
      '',
    ].join('\n');
    expect(summary(text)).toEqual([
      'heading@1-1 [] # Project',
      'paragraph@3-4 [Project] Intro paragraph\nspanning two lines.',
      'heading@6-6 [Project] ## Testing',
      'bullet@8-10 [Project > Testing] - run `npm test`\n  - nested detail\n    continued',
      'bullet@11-12 [Project > Testing] - second item\nlazy continuation',
      'paragraph@14-17 [Project > Testing] ```sh\n# not a heading\nnpm run build\n```',
      'heading@19-19 [Project > Testing] ### Deep',
      'bullet@20-20 [Project > Testing > Deep] * star item',
    ]);
  });

  it('keeps a loose list item together across a blank line when the next line is indented', () => {
    expect(summary('- first\n\n  more of first\n- second\n')).toEqual([
      'bullet@1-3 [] - first\n\n  more of first',
      'bullet@4-4 [] - second',
    ]);
  });

  it('handles CRLF, tabs and a missing final newline without keeping \\r in entry text', () => {
    const text = '# T\r\n\r\n-\tTabbed item\r\n\t- nested with tab\r\n1. numbered\r\nlast line no newline';
    const entries = parseMemoryFile('AGENTS.md', text).entries;
    expect(entries.map((e) => [e.kind, e.startLine, e.endLine, e.text])).toEqual([
      ['heading', 1, 1, '# T'],
      ['bullet', 3, 4, '-\tTabbed item\n\t- nested with tab'],
      ['bullet', 5, 6, '1. numbered\nlast line no newline'],
    ]);
  });

  it('keeps skill frontmatter out of the entries', () => {
    const text = '---\nname: deploy\ndescription: how to deploy\n---\n\n# Deploy\n\n- use the script\n';
    const f = parseMemoryFile('.claude/skills/deploy/SKILL.md', text);
    expect(f.kind).toBe('skill');
    expect(f.entries.map((e) => e.startLine)).toEqual([6, 8]);
    expect(f.entries.some((e) => e.text.includes('name:'))).toBe(false);
  });

  it('treats an unclosed fence as running to the end of the file', () => {
    expect(summary('para\n\n```\n# inside\n- inside')).toEqual(['paragraph@1-1 [] para', 'paragraph@3-5 [] ```\n# inside\n- inside']);
  });

  it('gives ids that survive lines inserted elsewhere and whitespace or case changes', () => {
    const a = parseMemoryFile('CLAUDE.md', '# A\n\n- Use pnpm\n- Run tests\n').entries;
    const b = parseMemoryFile('CLAUDE.md', '#   a\n\nNew paragraph.\n\n- use   PNPM\n* Run tests\n').entries;
    const ids = (es: typeof a, t: string) => es.find((e) => e.text.toLowerCase().includes(t))!.id;
    expect(ids(b, 'pnpm')).toBe(ids(a, 'pnpm'));
    expect(ids(b, 'run tests')).toBe(ids(a, 'run tests'));
    // Same text in another file or another section is another entry.
    const c = parseMemoryFile('AGENTS.md', '# A\n\n- Use pnpm\n').entries;
    const d = parseMemoryFile('CLAUDE.md', '# B\n\n- Use pnpm\n').entries;
    expect(ids(c, 'pnpm')).not.toBe(ids(a, 'pnpm'));
    expect(ids(d, 'pnpm')).not.toBe(ids(a, 'pnpm'));
  });

  it('disambiguates exact duplicates with a suffix', () => {
    const ids = parseMemoryFile('CLAUDE.md', '- same\n- same\n- same\n').entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[1]).toBe(`${ids[0]}~2`);
    expect(ids[2]).toBe(`${ids[0]}~3`);
  });

  it('detects files that only import another file', () => {
    expect(parseMemoryFile('CLAUDE.md', '@AGENTS.md\n').redirectTo).toBe('AGENTS.md');
    expect(parseMemoryFile('pkg/CLAUDE.md', '\n@./docs/x.md\n\n').redirectTo).toBe('pkg/docs/x.md');
    expect(importTarget('CLAUDE.md', '@AGENTS.md\n- and more\n')).toBeUndefined();
    expect(importTarget('CLAUDE.md', '@../outside.md')).toBeUndefined();
    expect(importTarget('CLAUDE.md', '@/etc/passwd')).toBeUndefined();
    expect(importTarget('CLAUDE.md', '@~/.claude/x.md')).toBeUndefined();
  });

  it('classifies kinds and readers by path', () => {
    expect(parseMemoryFile('CLAUDE.md', '').readBy).toContain('claude-code');
    expect(parseMemoryFile('AGENTS.md', '').readBy).toEqual([
      'codex',
      'generic',
      'openhands',
      'swe-agent',
      'aider',
      'copilot-cli',
      'grok-cli',
      'cline',
    ]);
    expect(parseMemoryFile('.claude/rules/a/b.md', '').kind).toBe('rule');
    expect(parseMemoryFile('docs/memory.md', '').kind).toBe('custom');
  });
});
