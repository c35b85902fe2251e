/**
 * What the repository itself says exists (scripts, make targets, files), so memory that names
 * something gone can be recognised as stale without any transcript evidence.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectRunnables, parseMakeTargets, type RunnableIndex } from './manifests.js';

export { parseMakeTargets };

export interface RepoFacts {
  /** package.json scripts, or null when the repo has no (readable) package.json. */
  scripts: Record<string, string> | null;
  /** 1-based line of `"scripts"` in package.json, for citing it. */
  scriptsLine?: number;
  /** Makefile targets, or null when there is no Makefile. */
  makeTargets: string[] | null;
  /** Whether a repo-relative path exists. */
  exists(relPath: string): boolean;
  /**
   * Scripts and make targets as a memory file sees them (its package, the folders above, the
   * workspace). Absent: nothing is known, so no script is stale.
   */
  runnables?: RunnableIndex;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** `memoryFiles`: repo-relative memory paths whose packages (and the workspace) are read for their scripts. */
export async function collectRepoFacts(repoDir: string, memoryFiles: readonly string[] = []): Promise<RepoFacts> {
  const root = path.resolve(repoDir);
  let scripts: Record<string, string> | null = null;
  const pkg = await readOptional(path.join(root, 'package.json'));
  if (pkg !== null) {
    try {
      const parsed = JSON.parse(pkg) as { scripts?: unknown };
      scripts = {};
      if (parsed.scripts && typeof parsed.scripts === 'object') {
        for (const [k, v] of Object.entries(parsed.scripts as Record<string, unknown>)) {
          if (typeof v === 'string') scripts[k] = v;
        }
      }
    } catch {
      // An unparseable package.json proves nothing about scripts: treat as unknown.
      scripts = null;
    }
  }
  const scriptsIdx = pkg?.split(/\r?\n/).findIndex((l) => l.includes('"scripts"')) ?? -1;
  let makeTargets: string[] | null = null;
  for (const name of ['Makefile', 'makefile', 'GNUmakefile']) {
    const text = await readOptional(path.join(root, name));
    if (text !== null) {
      makeTargets = parseMakeTargets(text);
      break;
    }
  }
  const exists = (relPath: string): boolean => {
    const abs = path.resolve(root, relPath);
    // Never answer about paths outside the repo: memory may name ~/.config files legitimately.
    if (abs !== root && !abs.startsWith(root + path.sep)) return true;
    return existsSync(abs);
  };
  const runnables = await collectRunnables(root, memoryFiles);
  return { scripts, ...(scriptsIdx >= 0 ? { scriptsLine: scriptsIdx + 1 } : {}), makeTargets, exists, runnables };
}

/** Facts for tests and for runs without a checkout: nothing is known, so nothing is stale. */
export const unknownRepoFacts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };
