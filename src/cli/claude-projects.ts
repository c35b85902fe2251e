/**
 * Where Claude Code keeps a project's transcripts, so `dream capture` run by hand (no hook JSON on
 * stdin, no --transcript) can find the session that just ended.
 *
 * Claude Code writes each session to `<config>/projects/<slug>/<session id>.jsonl`, where
 *   - `<config>` is `$CLAUDE_CONFIG_DIR` when set, else `~/.claude` (`~` being `$HOME`);
 *   - `<slug>` is the absolute working directory the session started in with every character
 *     other than an ASCII letter or digit replaced by `-`: `/home/me/my_app` -> `-home-me-my-app`
 *     (so `/`, `.`, `_`, spaces and non-ASCII letters all become `-`, and distinct directories
 *     can share a slug);
 *   - a slug longer than 200 characters is cut to 200 and followed by `-<hash of the path>`.
 *     The hash function is Claude Code's own, so such a folder is found by its 200-character
 *     prefix instead of by recomputing the hash.
 * Subagents live in `<slug>/<session id>/subagents/`; only top-level `*.jsonl` are sessions.
 */
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const MAX_SLUG = 200;
/** A project folder holds one file per session; more than this and the newest is still found, but reading stops. */
const MAX_ENTRIES = 100_000;

export function claudeConfigDir(env: NodeJS.ProcessEnv): string {
  if (env.CLAUDE_CONFIG_DIR) return path.resolve(env.CLAUDE_CONFIG_DIR);
  return path.join(env.HOME || os.homedir(), '.claude');
}

export function projectSlug(absoluteDir: string): string {
  return absoluteDir.replace(/[^a-zA-Z0-9]/g, '-');
}

/** The project folders that can hold sessions started in `dir`: the exact slug, or the long-path form. */
async function projectFolders(projectsDir: string, dir: string): Promise<string[]> {
  const slug = projectSlug(dir);
  if (slug.length <= MAX_SLUG) {
    const exact = path.join(projectsDir, slug);
    return (await stat(exact).catch(() => undefined))?.isDirectory() ? [exact] : [];
  }
  const prefix = `${slug.slice(0, MAX_SLUG)}-`;
  const names = await readdir(projectsDir).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(prefix)).map((n) => path.join(projectsDir, n));
}

async function newestTranscript(folders: string[]): Promise<string | undefined> {
  let best: { file: string; mtime: number } | undefined;
  for (const folder of folders) {
    const entries = (await readdir(folder, { withFileTypes: true })).slice(0, MAX_ENTRIES);
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith('.jsonl')) continue;
      const file = path.join(folder, e.name);
      const mtime = (await stat(file)).mtimeMs;
      // Ties go to the name that sorts last, so the answer does not depend on readdir's order.
      if (!best || mtime > best.mtime || (mtime === best.mtime && file > best.file)) best = { file, mtime };
    }
  }
  return best?.file;
}

/**
 * The newest session transcript of the project Claude Code ran in: `cwd` first, then each parent
 * up to `stopAt` (a session started at the repository root while capture runs in a subfolder).
 */
export async function findLatestTranscript(
  cwd: string,
  stopAt: string,
  env: NodeJS.ProcessEnv,
): Promise<{ transcript?: string; searched: string[] }> {
  const projectsDir = path.join(claudeConfigDir(env), 'projects');
  const searched: string[] = [];
  let dir = path.resolve(cwd);
  const root = path.resolve(stopAt);
  for (let i = 0; i < 256; i++) {
    searched.push(path.join(projectsDir, projectSlug(dir)));
    const found = await newestTranscript(await projectFolders(projectsDir, dir));
    if (found) return { transcript: found, searched };
    const parent = path.dirname(dir);
    if (dir === root || parent === dir || !dir.startsWith(root)) break;
    dir = parent;
  }
  return { searched };
}
