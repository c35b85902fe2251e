/**
 * One table says which files are memory (memory/kinds.ts MEMORY_LOCATIONS): discovery walks its globs, sync
 * tests a push's paths with it, and the path guard reads what a pass may write from it. These tests hold the
 * three to one answer on real files, for every agent's locations and for look-alikes that are not memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { isDefaultMemoryPath } from '../../src/memory/kinds.js';
import { applyEdits } from '../../src/edits/apply.js';
import { syncPush } from '../../src/sync/push.js';
import { sdkMemoryStores } from '../../src/managed-agents/api.js';
import { silentLogger } from '../../src/log.js';
import type { Edit } from '../../src/model/index.js';
import { startManagedAgentsServer } from '../helpers/managed-agents-server/index.js';

let root: string;
const write = (dir: string, p: string, text: string) => {
  mkdirSync(dirname(join(dir, p)), { recursive: true });
  writeFileSync(join(dir, p), text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dream-locations-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Memory by every agent's documentation. */
const MEMORY = [
  'CLAUDE.md',
  'web/CLAUDE.md',
  '.claude/CLAUDE.md',
  '.claude/rules/testing.md',
  '.claude/rules/frontend/react.md',
  '.claude/skills/deploy/SKILL.md',
  'AGENTS.md',
  'services/api/AGENTS.md',
  'AGENTS.override.md',
  'GEMINI.md',
  'packages/ui/GEMINI.md',
  '.github/copilot-instructions.md',
  '.github/instructions/python.instructions.md',
  '.github/instructions/db/sql.instructions.md',
  '.clinerules/01-style.md',
  '.roo/rules-code/ts.md',
  '.kilocode/rules/git.md',
  '.roorules',
  '.cursor/rules/testing.mdc',
  '.cursor/rules/backend/db.mdc',
  '.cursor/rules/style.md',
  '.cursorrules',
  '.windsurf/rules/style.md',
  '.windsurfrules',
];
/** Look-alikes: not memory to any agent, or not the repository's own. */
const NOT_MEMORY = [
  'README.md',
  'docs/agents.md',
  'CLAUDE.local.md',
  'web/claude.local.md',
  'node_modules/pkg/CLAUDE.md',
  'dist/AGENTS.md',
  'AGENTS.overrides.md',
  'GEMINI.md.bak',
  '.github/workflows/ci.md',
  '.github/instructions/python.md',
  '.github/copilot-instructions.txt',
  'docs/.github/copilot-instructions.md',
  '.cursor/rules.mdc',
  '.cursor/settings/testing.mdc',
  'docs/.cursorrules.md',
  '.windsurf/workflows/release.md',
  '.claude/skills/deploy/notes.md',
  '.claude/settings.md',
];

describe('one table of memory locations', () => {
  it('discovery finds exactly the files the path test calls memory, for every agent and no look-alike', async () => {
    for (const p of [...MEMORY, ...NOT_MEMORY]) write(root, p, p.endsWith('.mdc') ? '---\nalwaysApply: true\n---\n- a\n' : '- a\n');
    const found = (await discoverMemoryFiles(root)).map((f) => f.path).sort();
    expect(found).toEqual([...MEMORY].sort());
    expect([...MEMORY, ...NOT_MEMORY].filter(isDefaultMemoryPath).sort()).toEqual(found);
  });

  it("reads each file as the agent that loads it reads it: Cursor's front matter stays out of its entries", async () => {
    write(
      root,
      '.cursor/rules/testing.mdc',
      '---\ndescription: Tests\nglobs: src/**/*.ts, test/**\nalwaysApply: false\n---\n# Testing\n\n- Run `npm test`.\n',
    );
    write(root, 'GEMINI.md', '- Use pnpm.\n');
    write(root, '.github/copilot-instructions.md', '- Be brief.\n');
    write(root, '.windsurfrules', '- No emojis.\n');
    const files = Object.fromEntries((await discoverMemoryFiles(root)).map((f) => [f.path, f]));
    expect(files['.cursor/rules/testing.mdc']!.entries.map((e) => e.text)).toEqual(['# Testing', '- Run `npm test`.']);
    expect(files['GEMINI.md']!.readBy).toEqual(['gemini-cli']);
    expect(files['.github/copilot-instructions.md']!.readBy).toEqual(['copilot-cli']);
    expect(files['.cursor/rules/testing.mdc']!.readBy).toEqual(['generic']);
    expect(files['.windsurfrules']!.readBy).toEqual(['generic']);
  });
});

describe('front matter an agent reads stays byte-identical; a lesson goes after it', () => {
  const add = (file: string, after: string, section: string[] = []): Edit => ({
    id: `e_${file}`,
    op: 'add',
    file,
    section,
    after,
    rationale: 'r',
    evidence: [],
  });
  const budget = { budget: { maxLines: 200, maxBytes: 25 * 1024 }, maxDeleteShare: 0.3, maxEntryBytes: 600 };

  it.each([
    ['.claude/rules/api.md', '---\npaths:\n  - "src/api/**/*.ts"\n---\n'],
    ['.claude/skills/deploy/SKILL.md', '---\nname: deploy\ndescription: Ship a release — «prod» only\n---\n'],
    ['.claude/rules/web.md', '---\r\npaths: ["web/**"]\r\n---\r\n'],
  ])('%s with only its front matter', async (path, frontMatter) => {
    write(root, path, frontMatter);
    const memory = await discoverMemoryFiles(root);
    const r = applyEdits(memory, [add(path, 'Run `npm test` before committing.')], budget);
    expect(r.rejected).toEqual([]);
    const after = r.changes[0]!.after;
    expect(after.startsWith(frontMatter)).toBe(true);
    expect(after.slice(frontMatter.length)).toMatch(/^\r?\n?- Run `npm test` before committing\.\r?\n$/);
  });

  it('with a body: the lesson joins the body, the front matter is untouched', async () => {
    const fm = '---\ndescription: Lessons — read me\n---\n';
    write(root, '.claude/rules/lessons.md', `${fm}# Lessons\n\n- Use pnpm.\n`);
    const memory = await discoverMemoryFiles(root);
    const r = applyEdits(memory, [add('.claude/rules/lessons.md', 'Run `pnpm lint` first.', ['Lessons'])], budget);
    expect(r.changes[0]!.after).toBe(`${fm}# Lessons\n\n- Use pnpm.\n- Run \`pnpm lint\` first.\n`);
  });
});

describe("sync after a push uploads every agent's memory files (real git, a bare remote, the real SDK)", () => {
  it('GEMINI.md, Copilot, Cline and Cursor files changed by a push reach the store; other files do not', async () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' }).trim();
    const remote = join(root, 'remote.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
    const dev = join(root, 'dev');
    mkdirSync(dev);
    git(dev, 'init', '-q', '-b', 'main');
    write(dev, 'AGENTS.md', '- a\n');
    git(dev, 'add', '-A');
    git(dev, 'commit', '-qm', 'base');
    git(dev, 'remote', 'add', 'origin', remote);
    git(dev, 'push', '-q', 'origin', 'main');
    const before = git(dev, 'rev-parse', 'HEAD');
    const changed = {
      'GEMINI.md': '- Use pnpm.\n',
      '.github/copilot-instructions.md': '- Be brief.\n',
      '.clinerules/01-style.md': '- Tabs.\n',
      '.cursor/rules/testing.mdc': '---\nalwaysApply: true\n---\n- Run `npm test`.\n',
      'src/index.ts': 'export {};\n',
      'node_modules/pkg/CLAUDE.md': '- vendored\n',
    };
    for (const [p, text] of Object.entries(changed)) write(dev, p, text);
    git(dev, 'add', '-A', '-f');
    git(dev, 'commit', '-qm', 'memory PR merged');
    git(dev, 'push', '-q', 'origin', 'main');
    const after = git(dev, 'rev-parse', 'HEAD');
    // The Action runs on a fresh checkout of the pushed branch.
    const checkout = join(root, 'checkout');
    execFileSync('git', ['clone', '-q', remote, checkout]);

    const server = await startManagedAgentsServer();
    try {
      const client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
      const store = await client.beta.memoryStores.create({ name: 'deployed' });
      const result = await syncPush({
        stores: sdkMemoryStores(client),
        storeId: store.id,
        repoDir: checkout,
        before,
        after,
        memoryGlobs: [],
        logger: silentLogger,
      });
      expect(result.created.sort()).toEqual([
        '.clinerules/01-style.md',
        '.cursor/rules/testing.mdc',
        '.github/copilot-instructions.md',
        'GEMINI.md',
      ]);
      expect(Object.fromEntries(server.stores.snapshot(store.id))).toEqual({
        '/GEMINI.md': '- Use pnpm.\n',
        '/.github/copilot-instructions.md': '- Be brief.\n',
        '/.clinerules/01-style.md': '- Tabs.\n',
        '/.cursor/rules/testing.mdc': '---\nalwaysApply: true\n---\n- Run `npm test`.\n',
      });
    } finally {
      await server.close();
    }
  });
});
