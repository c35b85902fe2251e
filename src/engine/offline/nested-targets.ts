/**
 * A lesson learnt in one folder goes to that folder's own memory: the agents read a nested CLAUDE.md, AGENTS.md or
 * GEMINI.md when they work there (Claude Code the files up from its directory, Codex the chain from the root to
 * it, Gemini CLI the same), and a rule about `packages/web` only crowds the root file every session of every package
 * reads. So where every session of a lesson ran below the root (Signal.folder) and all of them are under one nested
 * memory file of the kind a root target is, the add goes there. Where sessions disagree, one ran at the root or
 * its folder is unknown, or no such file exists, the root file as before: no memory file is ever created for it.
 */
import { posix } from 'node:path';
import type { MemoryFile, Signal } from '../../model/index.js';
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

/** Where an add meant for the root file `target` goes, given the signals that support it. */
export function nestedTarget(target: string, signals: readonly Pick<Signal, 'folder'>[], memory: readonly MemoryFile[]): string {
  const name = NESTED_NAME[target];
  const folders = new Set(signals.map((s) => (typeof s.folder === 'string' ? s.folder : '')));
  if (!name || folders.size === 0 || folders.has('')) return target;
  const byPath = new Map(memory.map((f) => [f.path, f]));
  const files = new Set([...folders].map((f) => nearest(name, f, byPath)));
  const [file] = files;
  return files.size === 1 && file !== undefined ? file : target;
}

/** Why the add went to a folder's file, for the PR body; empty where it went to the root's. */
export function nestedNote(file: string, target: string): string {
  if (file === target) return '';
  return ` Every session of it ran inside ${posix.dirname(file)}/, which has its own ${posix.basename(file)}: the lesson is written there, not in ${target}.`;
}
