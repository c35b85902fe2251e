/**
 * A lesson learnt in one folder goes to that folder's own memory: the agents read a nested CLAUDE.md, AGENTS.md or
 * GEMINI.md when they work there (Claude Code the files up from its directory, Codex the chain from the root to
 * it, Gemini CLI the same), and a rule about `packages/web` only crowds the root file every session of every package
 * reads. So where every session of a lesson ran below the root (Pattern.folders) and all of them are under one nested
 * memory file of the kind a root target is, the add goes there. Where sessions disagree, one ran at the root or
 * its folder is unknown, or no such file exists, the root file as before: no memory file is ever created for it.
 */
import { posix } from 'node:path';
import type { MemoryFile } from '../../model/index.js';
import { CODEX_OVERRIDE_FILE } from '../../memory/kinds.js';

/** Root targets a folder has its own copy of, by the name that copy has there. */
const NESTED_NAME: Readonly<Record<string, string>> = {
  'CLAUDE.md': 'CLAUDE.md',
  '.claude/CLAUDE.md': 'CLAUDE.md',
  'AGENTS.md': 'AGENTS.md',
  [CODEX_OVERRIDE_FILE]: CODEX_OVERRIDE_FILE,
  'GEMINI.md': 'GEMINI.md',
};

/** The nearest memory file named `name` in `folder` or a folder above it, the root left out (where it imports another: that). */
function nearest(name: string, folder: string, files: ReadonlyMap<string, MemoryFile>): string | undefined {
  // A folder is relative by construction (transcripts/session-folder.ts), but a digest's comes from another job: an
  // absolute one (whose climb would end at '/', its own dirname) or one leaving the root is no folder of this repo.
  if (folder.startsWith('/') || folder === '..' || folder.startsWith('../')) return undefined;
  for (let dir = folder; dir !== '.' && dir !== '' && dir !== '/'; dir = posix.dirname(dir)) {
    // Codex reads a folder's override instead of its AGENTS.md: a lesson there would miss it.
    if (name === 'AGENTS.md' && files.has(`${dir}/${CODEX_OVERRIDE_FILE}`)) return undefined;
    const file = files.get(`${dir}/${name}`);
    if (!file) continue;
    const own = file.redirectTo ?? file.path;
    // A folder's file that only imports a root file keeps no memory of its own: the root target stands.
    return own.includes('/') ? own : undefined;
  }
  return undefined;
}

/** Where an add meant for the root file `target` goes, given the folders of every session of its pattern (Pattern.folders). */
export function nestedTarget(target: string, folders: readonly string[] | undefined, memory: readonly MemoryFile[]): string {
  const name = NESTED_NAME[target];
  if (!name || folders === undefined || folders.length === 0) return target;
  const byPath = new Map(memory.map((f) => [f.path, f]));
  const files = new Set(folders.map((f) => nearest(name, f, byPath)));
  const [file] = files;
  return files.size === 1 && file !== undefined ? file : target;
}

/**
 * The folder files an add of a lesson with these folders goes to instead of a root file, as `root -> file` pairs
 * (none where it stays at the root): what the claude engine's curator is told of a lesson's place.
 */
export function folderPlaces(folders: readonly string[] | undefined, memory: readonly MemoryFile[]): { root: string; file: string }[] {
  return Object.keys(NESTED_NAME)
    .map((root) => ({ root, file: nestedTarget(root, folders, memory) }))
    .filter((p) => p.file !== p.root);
}

/**
 * Why an add to `file` breaks the placement rule above, for an engine that chose the file itself (the claude engine's
 * verifier); undefined where the rule puts it there, or the file is none the rule places (rules, skills). A root file
 * is wrong where the rule moves the lesson to a folder's; a folder's file is right only where the rule picks it.
 */
export function placementProblem(file: string, folders: readonly string[] | undefined, memory: readonly MemoryFile[]): string | undefined {
  const places = folderPlaces(folders, memory);
  if (NESTED_NAME[file] !== undefined) {
    const moved = places.find((p) => p.root === file);
    return moved
      ? `every session of the lesson ran inside ${posix.dirname(moved.file)}/, which has its own memory: add it to ${moved.file}, not ${file}`
      : undefined;
  }
  const name = posix.basename(file);
  const nested = posix.dirname(file) !== '.' && Object.values(NESTED_NAME).includes(name);
  if (!nested || places.some((p) => p.file === file)) return undefined;
  return `${file} is read only inside ${posix.dirname(file)}/, and not every session of the lesson ran there: add it to a root memory file`;
}

/** Why the add went to a folder's file, for the PR body; empty where it went to the root's. */
export function nestedNote(file: string, target: string): string {
  if (file === target) return '';
  return ` Every session of it ran inside ${posix.dirname(file)}/, which has its own ${posix.basename(file)}: the lesson is written there, not in ${target}.`;
}
