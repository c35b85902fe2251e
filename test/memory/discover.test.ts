import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import type { Logger } from '../../src/model/index.js';

let root: string;
let repo: string;

const write = (p: string, text: string) => {
  mkdirSync(dirname(join(repo, p)), { recursive: true });
  writeFileSync(join(repo, p), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dream-discover-'));
  repo = join(root, 'repo');
  mkdirSync(repo);
  write('CLAUDE.md', '@AGENTS.md\n');
  write('AGENTS.md', '# Shared\n\n- lesson\n');
  write('.claude/CLAUDE.md', '- claude dir\n');
  write('.claude/rules/style/naming.md', '- names\n');
  write('.claude/skills/deploy/SKILL.md', '---\nname: deploy\n---\n- step\n');
  write('pkg/CLAUDE.md', '@./docs/pkg-memory.md\n');
  write('pkg/docs/pkg-memory.md', '- pkg lesson\n');
  write('pkg/CLAUDE.local.md', '- personal\n');
  write('CLAUDE.local.md', '- personal\n');
  write('node_modules/dep/CLAUDE.md', '- vendored\n');
  write('dist/AGENTS.md', '- built\n');
  write('docs/team/memory.md', '- custom\n');
  write('docs/team/CLAUDE.local.md', '- personal via glob\n');
  write('.clinerules', '- cline file\n');
  write('.roo/rules/01-style.md', '- roo\n');
  write('.roo/rules/notes.txt', '- not markdown\n');
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'CLAUDE.md'), '- attacker\n');
  mkdirSync(join(repo, 'evil'));
  symlinkSync(join(root, 'outside', 'CLAUDE.md'), join(repo, 'evil', 'CLAUDE.md'));
  symlinkSync(join(root, 'outside'), join(repo, 'escape'));
  symlinkSync(repo, join(repo, 'loop'));
  symlinkSync(join(repo, 'AGENTS.md'), join(repo, 'pkg', 'AGENTS.md'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverMemoryFiles', () => {
  it('finds the default memory files and configured globs, and nothing personal or vendored', async () => {
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, error() {}, warning: (m) => warnings.push(m) };
    const files = await discoverMemoryFiles(repo, { globs: ['docs/**/*.md'], logger });
    expect(files.map((f) => f.path)).toEqual([
      '.claude/CLAUDE.md',
      '.claude/rules/style/naming.md',
      '.claude/skills/deploy/SKILL.md',
      '.clinerules',
      '.roo/rules/01-style.md',
      'AGENTS.md',
      'CLAUDE.md',
      'docs/team/memory.md',
      'pkg/CLAUDE.md',
      'pkg/docs/pkg-memory.md',
    ]);
    expect(warnings.some((w) => w.includes('evil/CLAUDE.md') && w.includes('outside the repository'))).toBe(true);
    expect(warnings.some((w) => w.includes('escape/CLAUDE.md') && w.includes('outside the repository'))).toBe(true);
    expect(files.map((f) => f.kind)).toEqual([
      'claude',
      'rule',
      'skill',
      'custom',
      'custom',
      'agents',
      'claude',
      'custom',
      'claude',
      'custom',
    ]);
  });

  it('follows @imports: the redirecting file points at its target, which claude agents then read', async () => {
    const files = await discoverMemoryFiles(repo);
    const byPath = new Map(files.map((f) => [f.path, f]));
    expect(byPath.get('CLAUDE.md')!.redirectTo).toBe('AGENTS.md');
    expect(byPath.get('AGENTS.md')!.readBy).toEqual(expect.arrayContaining(['codex', 'claude-code']));
    expect(byPath.get('pkg/CLAUDE.md')!.redirectTo).toBe('pkg/docs/pkg-memory.md');
    expect(byPath.get('pkg/docs/pkg-memory.md')!.readBy).toContain('claude-code');
    expect(byPath.get('AGENTS.md')!.entries.map((e) => e.text)).toEqual(['# Shared', '- lesson']);
  });

  it('drops a redirect whose target is missing, keeping the file itself', async () => {
    write('broken/CLAUDE.md', '@nowhere.md\n');
    try {
      const files = await discoverMemoryFiles(repo);
      const f = files.find((x) => x.path === 'broken/CLAUDE.md')!;
      expect(f).toBeDefined();
      expect(f.redirectTo).toBeUndefined();
    } finally {
      rmSync(join(repo, 'broken'), { recursive: true });
    }
  });
});
