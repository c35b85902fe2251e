/**
 * Where a memory file's scripts and make targets can be defined. A command in
 * `packages/api/CLAUDE.md` runs in `packages/api`, so its scripts are looked up in the package
 * manifests from that folder up to the repository root, and in every workspace package (npm, yarn and
 * pnpm workspaces), never in the root package.json alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

/** Workspace manifests read at most: a bound on one pass, far above real monorepos. */
const MAX_WORKSPACE_PACKAGES = 2_000;

interface Manifest {
  /** Repo-relative path with forward slashes (`packages/api/package.json`, `Makefile`). */
  file: string;
  kind: 'script' | 'make';
  names: ReadonlySet<string>;
}

type Definition =
  /** Defined: the manifest that defines it. */
  | { defined: true; manifest: string }
  /** Defined nowhere among the manifests searched (at least one exists). */
  | { defined: false; searched: string[] }
  /** No manifest of that kind anywhere on the way: nothing is known. */
  | { defined: null };

export interface RunnableIndex {
  /** Whether a script or make target that a command in this memory file runs is defined. */
  lookup(memoryFile: string, kind: 'script' | 'make', name: string): Definition;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** package.json scripts, or null when the file is missing or not JSON (which proves nothing). */
function parseScripts(text: string | null): Set<string> | null {
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { scripts?: unknown };
    const out = new Set<string>();
    if (parsed.scripts && typeof parsed.scripts === 'object') {
      for (const [k, v] of Object.entries(parsed.scripts as Record<string, unknown>)) if (typeof v === 'string') out.add(k);
    }
    return out;
  } catch {
    return null;
  }
}

export function parseMakeTargets(text: string): string[] {
  const targets = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_][A-Za-z0-9_./-]*(?:\s+[A-Za-z0-9_][A-Za-z0-9_./-]*)*)\s*::?(?!=)/.exec(line);
    if (!m || line.startsWith('\t')) continue;
    for (const t of (m[1] ?? '').split(/\s+/)) if (t && !t.startsWith('.')) targets.add(t);
  }
  return [...targets].sort();
}

/**
 * Workspace globs from package.json (`workspaces` as a list or `{ packages }`) and pnpm-workspace.yaml.
 * The YAML parser is loaded only for a pnpm workspace: it is the largest module a pass would otherwise
 * compile on every start (a quarter of the code an offline `dream run` loads).
 */
async function workspaceGlobs(packageJson: string | null, pnpmWorkspace: string | null): Promise<string[]> {
  const out: string[] = [];
  try {
    const ws = packageJson ? (JSON.parse(packageJson) as { workspaces?: unknown }).workspaces : undefined;
    const list = Array.isArray(ws) ? ws : ws && typeof ws === 'object' ? (ws as { packages?: unknown }).packages : undefined;
    if (Array.isArray(list)) out.push(...list.filter((x): x is string => typeof x === 'string'));
  } catch {
    // An unreadable package.json names no workspace.
  }
  if (pnpmWorkspace !== null) {
    const { parse } = await import('yaml');
    try {
      const doc = parse(pnpmWorkspace) as { packages?: unknown } | null;
      if (Array.isArray(doc?.packages)) out.push(...doc.packages.filter((x): x is string => typeof x === 'string'));
    } catch {
      // Same for an unparseable pnpm-workspace.yaml.
    }
  }
  // Negated globs exclude packages; excluding fewer only makes more scripts count as defined.
  return out.filter((g) => !g.startsWith('!') && !g.includes('..') && !path.isAbsolute(g));
}

async function manifestsIn(root: string, dir: string): Promise<Manifest[]> {
  const out: Manifest[] = [];
  const rel = (name: string) => (dir ? `${dir}/${name}` : name);
  const scripts = parseScripts(await readOptional(path.join(root, dir, 'package.json')));
  if (scripts) out.push({ file: rel('package.json'), kind: 'script', names: scripts });
  for (const name of ['Makefile', 'makefile', 'GNUmakefile']) {
    const text = await readOptional(path.join(root, dir, name));
    if (text === null) continue;
    out.push({ file: rel(name), kind: 'make', names: new Set(parseMakeTargets(text)) });
    break;
  }
  return out;
}

/** The folders from a memory file's folder up to the root, nearest first ('' is the root). */
export function foldersUp(memoryFile: string): string[] {
  const parts = path.posix
    .dirname(memoryFile)
    .split('/')
    .filter((p) => p && p !== '.');
  // `.claude/rules/x.md` and `.claude/CLAUDE.md` speak for the folder that holds `.claude`.
  const claude = parts.indexOf('.claude');
  const kept = claude >= 0 ? parts.slice(0, claude) : parts;
  const out: string[] = [];
  for (let i = kept.length; i >= 0; i--) out.push(kept.slice(0, i).join('/'));
  return out;
}

export async function collectRunnables(repoDir: string, memoryFiles: readonly string[]): Promise<RunnableIndex> {
  const root = path.resolve(repoDir);
  const byDir = new Map<string, Manifest[]>();
  const load = async (dir: string) => {
    if (!byDir.has(dir)) byDir.set(dir, await manifestsIn(root, dir));
  };
  for (const f of memoryFiles) for (const dir of foldersUp(f)) await load(dir);
  await load('');
  const globs = await workspaceGlobs(
    await readOptional(path.join(root, 'package.json')),
    await readOptional(path.join(root, 'pnpm-workspace.yaml')),
  );
  const workspaceDirs = globs.length
    ? (
        await glob(
          globs.map((g) => `${g.replace(/\/+$/, '')}/package.json`),
          { cwd: root, ignore: ['**/node_modules/**'], followSymbolicLinks: false },
        )
      )
        .map((f) => path.posix.dirname(f.split(path.sep).join('/')))
        .sort()
        .slice(0, MAX_WORKSPACE_PACKAGES)
    : [];
  for (const dir of workspaceDirs) await load(dir === '.' ? '' : dir);
  return {
    lookup(memoryFile, kind, name) {
      const dirs = [...new Set([...foldersUp(memoryFile), ...workspaceDirs])];
      const searched: string[] = [];
      for (const dir of dirs) {
        for (const m of byDir.get(dir) ?? []) {
          if (m.kind !== kind) continue;
          if (m.names.has(name)) return { defined: true, manifest: m.file };
          searched.push(m.file);
        }
      }
      return searched.length ? { defined: false, searched } : { defined: null };
    },
  };
}
