import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandSessionGlobs, GlobError, repoFilePaths } from '../../src/sources/globs.js';
import type { Logger } from '../../src/model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

let sandbox: string;
let repo: string;

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => {}, info: () => {}, error: () => {}, warning: (m) => warnings.push(m) };
}

async function touch(rel: string, text = '{}\n'): Promise<void> {
  const full = path.join(repo, rel);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, text);
}

beforeEach(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'dream-globs-'));
  repo = path.join(sandbox, 'repo');
  await mkdir(repo);
  for (const f of [
    '.dreaming/sessions/claude-code/b.jsonl',
    '.dreaming/sessions/claude-code/a.jsonl',
    '.dreaming/sessions/claude-code/a/subagents/agent-1.jsonl',
    '.dreaming/sessions/codex/r.jsonl',
    '.dreaming/sessions/notes.txt',
    'trajs/one.traj',
    'node_modules/pkg/x.jsonl',
    '.git/x.jsonl',
    'sub/node_modules/y.jsonl',
  ]) {
    await touch(f);
  }
});
afterEach(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('expandSessionGlobs', () => {
  it('returns sorted, deduplicated, repo-relative posix paths', async () => {
    const got = await expandSessionGlobs(repo, ['.dreaming/sessions/**/*.jsonl', '.dreaming/sessions/claude-code/*.jsonl', '**/*.traj']);
    expect(got).toEqual([
      '.dreaming/sessions/claude-code/a.jsonl',
      '.dreaming/sessions/claude-code/a/subagents/agent-1.jsonl',
      '.dreaming/sessions/claude-code/b.jsonl',
      '.dreaming/sessions/codex/r.jsonl',
      'trajs/one.traj',
    ]);
  });

  it('never searches node_modules or .git', async () => {
    const got = await expandSessionGlobs(repo, ['**/*.jsonl']);
    expect(got.some((f) => f.includes('node_modules') || f.startsWith('.git/'))).toBe(false);
    expect(got).toHaveLength(4);
  });

  it('walks a plainly named directory for transcript extensions only', async () => {
    const got = await expandSessionGlobs(repo, ['.dreaming/sessions/', 'trajs']);
    expect(got).toContain('trajs/one.traj');
    expect(got).toContain('.dreaming/sessions/codex/r.jsonl');
    expect(got).not.toContain('.dreaming/sessions/notes.txt');
    expect(got).toHaveLength(5);
  });

  it('accepts a plain file path and honours ! exclusions', async () => {
    const got = await expandSessionGlobs(repo, [
      '.dreaming/sessions/notes.txt',
      '.dreaming/sessions/**/*.jsonl',
      '!**/subagents/**',
      '!.dreaming/sessions/codex',
    ]);
    expect(got).toEqual([
      '.dreaming/sessions/claude-code/a.jsonl',
      '.dreaming/sessions/claude-code/b.jsonl',
      '.dreaming/sessions/notes.txt',
    ]);
  });

  it.each(['../outside/*.jsonl', 'a/../../x.jsonl', '/etc/*.jsonl', 'C:/x/*.jsonl', '..\\x\\*.jsonl', '~/x.jsonl', '!../x', ''])(
    'refuses %j with a clear error',
    async (g) => {
      const err = await expandSessionGlobs(repo, ['ok/*.jsonl', g]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GlobError);
      expect((err as Error).message).toContain(`sessions glob "${g}"`);
    },
  );

  it('skips, with a warning, symlinks that lead out of the repository', async () => {
    const outside = path.join(sandbox, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'secret.jsonl'), '{}\n');
    await symlink(path.join(outside, 'secret.jsonl'), path.join(repo, '.dreaming/sessions/leak.jsonl'));
    await symlink(outside, path.join(repo, '.dreaming/sessions/leakdir'));
    await symlink(outside, path.join(repo, 'linkroot'));
    // A symlink that stays inside the repository is fine.
    await symlink(path.join(repo, 'trajs/one.traj'), path.join(repo, '.dreaming/sessions/inside.traj'));
    const logger = recordingLogger();

    const got = await expandSessionGlobs(repo, ['.dreaming/sessions/**/*.{jsonl,traj}', 'linkroot/*.jsonl'], { logger });

    expect(got).toContain('.dreaming/sessions/inside.traj');
    expect(got.filter((f) => f.includes('leak') || f.startsWith('linkroot'))).toEqual([]);
    expect(logger.warnings.some((w) => w.includes('.dreaming/sessions/leak.jsonl') && w.includes('outside the repository'))).toBe(true);
    expect(logger.warnings.some((w) => w.includes('leakdir') && w.includes('outside the repository'))).toBe(true);
    expect(logger.warnings.some((w) => w.includes('linkroot') && w.includes('outside the repository'))).toBe(true);
  });

  it('does not read through a glob whose base is a symlinked directory', async () => {
    const outside = path.join(sandbox, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'secret.jsonl'), '{}\n');
    await symlink(outside, path.join(repo, 'linkroot'));
    const logger = recordingLogger();
    expect(await expandSessionGlobs(repo, ['linkroot/*.jsonl'], { logger })).toEqual([]);
    expect(await expandSessionGlobs(repo, ['linkroot'], { logger })).toEqual([]);
    expect(logger.warnings).toEqual([
      'skipping linkroot/secret.jsonl: a symlink on its path leads outside the repository',
      'skipping linkroot/secret.jsonl: a symlink on its path leads outside the repository',
    ]);
  });

  it('vets a symlink or a FIFO named by a plain path, which no directory listing vouches for', async () => {
    const outside = path.join(sandbox, 'outside');
    await mkdir(outside);
    await writeFile(path.join(outside, 'secret.jsonl'), '{}\n');
    await symlink(path.join(outside, 'secret.jsonl'), path.join(repo, '.dreaming/sessions/leak.jsonl'));
    execFileSync('mkfifo', [path.join(repo, '.dreaming/sessions/pipe.jsonl')]);
    const logger = recordingLogger();
    const got = await expandSessionGlobs(
      repo,
      ['.dreaming/sessions/leak.jsonl', '.dreaming/sessions/pipe.jsonl', '.dreaming/sessions/*.jsonl'],
      {
        logger,
      },
    );
    expect(got).toEqual([]);
    expect(logger.warnings.some((w) => w.includes('leak.jsonl') && w.includes('outside the repository'))).toBe(true);
  });

  it('returns nothing for only exclusions or no matches', async () => {
    expect(await expandSessionGlobs(repo, ['!**/*.jsonl'])).toEqual([]);
    expect(await expandSessionGlobs(repo, ['nothing/**/*.jsonl'])).toEqual([]);
  });
});

describe.skipIf(!existsSync(corpus))('expandSessionGlobs on the shared corpus', () => {
  it('finds the Claude Code sessions with their subagents, and the SWE-agent trajectories', async () => {
    const claude = await expandSessionGlobs(corpus, ['spotter_claude_code']);
    expect(claude).toContain('spotter_claude_code/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl');
    expect(claude).toContain('spotter_claude_code/ae4a77f8-aedd-4bc1-888f-c94edc91af04/subagents/agent-aac57f5.jsonl');
    expect(claude.every((f) => /\.(jsonl|json|traj)$/.test(f))).toBe(true);
    expect(claude.filter((f) => f.includes('/subagents/'))).toHaveLength(12);
    const swe = await expandSessionGlobs(corpus, ['swe_agent_repo_trajs/**/*.traj']);
    expect(swe).toHaveLength(22);
  });
});

describe('repoFilePaths', () => {
  it('gives what path.join gives, for plain paths and for every path it must resolve', () => {
    const rels = [
      'a.jsonl',
      'sessions/part-001/x.jsonl',
      './a.jsonl',
      'a/./b.jsonl',
      'a/../b.jsonl',
      '../out.jsonl',
      'a//b.jsonl',
      '.hidden/x',
      '..x/y',
      'a/.b',
    ];
    for (const root of ['/repo', '/repo/', '/repo/./sub', '/r/../repo', 'relative/repo', '/'])
      for (const rel of rels) expect(repoFilePaths(root)(rel), `${root} + ${rel}`).toBe(path.join(root, ...rel.split('/')));
  });
});
