/**
 * The fake's view of the repository's git data: the bare "origin" on disk. Branches the tests push
 * with real git are what the fake's REST answers see, and Git Data API writes land there too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class BareRepo {
  constructor(readonly dir: string) {}

  git(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
    return execFileSync('git', ['--git-dir', this.dir, ...args], {
      input: opts.input,
      env: { ...process.env, ...opts.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  }

  branchSha(branch: string): string | undefined {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  exists(sha: string, type: 'commit' | 'tree' | 'blob'): boolean {
    try {
      return this.git(['cat-file', '-t', sha]).trim() === type;
    } catch {
      return false;
    }
  }

  writeBlob(content: Buffer): string {
    return this.git(['hash-object', '-w', '--stdin'], { input: content }).trim();
  }

  /** A new tree: base_tree's entries with the given paths replaced, via a throwaway index. */
  writeTree(baseTree: string | undefined, entries: { path: string; mode: string; sha: string }[]): string {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'fake-gh-index-'));
    const env = { GIT_INDEX_FILE: path.join(tmp, 'index') };
    try {
      if (baseTree) this.git(['read-tree', baseTree], { env });
      for (const e of entries) this.git(['update-index', '--add', '--cacheinfo', `${e.mode},${e.sha},${e.path}`], { env });
      return this.git(['write-tree'], { env }).trim();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  commitInfo(sha: string): { tree: string; parents: string[]; message: string } {
    const raw = this.git(['cat-file', 'commit', sha]);
    const [header, ...rest] = raw.split('\n\n');
    const lines = (header ?? '').split('\n');
    return {
      tree: lines.find((l) => l.startsWith('tree '))!.slice(5),
      parents: lines.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
      message: rest.join('\n\n'),
    };
  }

  /** GitHub is the committer of API commits, which is what lets it sign them. */
  writeCommit(tree: string, parents: string[], message: string): string {
    const who = {
      GIT_AUTHOR_NAME: 'github-actions[bot]',
      GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
      GIT_COMMITTER_NAME: 'GitHub',
      GIT_COMMITTER_EMAIL: 'noreply@github.com',
    };
    return this.git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { input: message, env: who }).trim();
  }

  updateRef(ref: string, sha: string): void {
    this.git(['update-ref', ref, sha]);
  }

  isAncestor(a: string, b: string): boolean {
    try {
      this.git(['merge-base', '--is-ancestor', a, b]);
      return true;
    } catch {
      return false;
    }
  }
}
