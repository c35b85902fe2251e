/**
 * The memory files' history from git, as a MemoryTimeline: every commit that changed each file (all
 * branches merged into HEAD, renames not followed) and the file's text at it. Read-only.
 */
import { simpleGit } from 'simple-git';
import { MemoryTimeline, type MemoryVersion } from '../memory/timeline.js';

export async function timelineFromGit(repoDir: string, paths: readonly string[]): Promise<MemoryTimeline> {
  const git = simpleGit(repoDir);
  const versions = new Map<string, MemoryVersion[]>();
  for (const file of paths) {
    const log = await git.raw(['log', '--format=%H %cI', 'HEAD', '--', file]);
    const list: MemoryVersion[] = [];
    for (const row of log.split('\n').filter(Boolean)) {
      const [sha, at] = row.split(' ');
      const text = await git.show([`${sha}:${file}`]).catch(() => null);
      list.push({ at: Date.parse(at!), sha: sha!, text });
    }
    versions.set(
      file,
      list.sort((a, b) => a.at - b.at),
    );
  }
  return new MemoryTimeline(versions);
}
