/**
 * Memory over time: each memory file's text at every commit that changed it, so the memory in force
 * at any moment can be rebuilt (`dream eval --split-at`). Built from `git log -p` text (a history
 * shipped without its repository, as in a corpus) or from git itself by the caller.
 */
import { applyPatch } from 'diff';
import { parseMemoryFile } from './parse.js';
import type { MemoryFile } from '../model/index.js';

export interface MemoryVersion {
  /** ms since the epoch: the commit's date. */
  at: number;
  sha: string;
  /** The file's text after the commit; null when the commit deleted it. */
  text: string | null;
}

export class MemoryTimeline {
  /** Per path, versions oldest first. */
  constructor(readonly versions: ReadonlyMap<string, readonly MemoryVersion[]>) {}

  /** The memory files as they were at `t` (ms): each path's last version at or before it. */
  at(t: number): { path: string; text: string }[] {
    const out: { path: string; text: string }[] = [];
    for (const [path, vs] of this.versions) {
      let text: string | null = null;
      for (const v of vs) if (v.at <= t) text = v.text;
      if (text !== null) out.push({ path, text });
    }
    return out;
  }

  /** A key that changes exactly when the memory in force changes: the commits in force per path. */
  keyAt(t: number): string {
    return [...this.versions].map(([p, vs]) => `${p}@${vs.filter((v) => v.at <= t).length}`).join('|');
  }

  memoryAt(t: number): MemoryFile[] {
    return this.at(t).map((f) => parseMemoryFile(f.path, f.text));
  }
}

export class MemoryLogError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'MemoryLogError';
  }
}

/** "2026-02-12 16:44:47 +0100" (git's ISO-like form) or any form Date.parse reads. */
function parseGitDate(s: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(s.trim());
  return Date.parse(m ? `${m[1]}T${m[2]}${m[3]}:${m[4]}` : s.trim());
}

interface RawCommit {
  sha: string;
  at: number;
  line: number;
  patch: string[];
  patchLine: number;
}

/**
 * Parses `git log -p` of memory files, newest first as git prints it: headers `commit <sha>` with a
 * `Date:` line, or `=== COMMIT <sha> <date>`. Patches are applied oldest first from nothing, so the
 * log must reach back to each file's creation. Errors name the log file and the line.
 */
export function timelineFromGitLog(text: string, logFile: string): MemoryTimeline {
  const commits: RawCommit[] = [];
  let cur: RawCommit | undefined;
  const lines = text.split('\n');
  lines.forEach((row, i) => {
    const own = /^=== COMMIT ([0-9a-f]{7,40}) (.+)$/.exec(row);
    const std = /^commit ([0-9a-f]{40})\b/.exec(row);
    if (own || std) {
      cur = { sha: (own ?? std)![1]!, at: own ? parseGitDate(own[2]!) : NaN, line: i + 1, patch: [], patchLine: 0 };
      commits.push(cur);
      return;
    }
    if (!cur) return;
    const date = /^Date:\s+(.+)$/.exec(row);
    if (date && cur.patch.length === 0 && Number.isNaN(cur.at)) cur.at = parseGitDate(date[1]!);
    else if (row.startsWith('diff --git ') || cur.patch.length > 0) {
      if (cur.patch.length === 0) cur.patchLine = i + 1;
      cur.patch.push(row);
    }
  });
  const versions = new Map<string, MemoryVersion[]>();
  for (const c of [...commits].reverse()) {
    if (Number.isNaN(c.at)) throw new MemoryLogError(logFile, c.line, `commit ${c.sha} has no readable date`);
    // One commit may change several files: split its patch at each `diff --git`.
    const parts: { start: number; rows: string[] }[] = [];
    c.patch.forEach((row, k) => {
      if (row.startsWith('diff --git ')) parts.push({ start: c.patchLine + k, rows: [] });
      parts[parts.length - 1]?.rows.push(row);
    });
    for (const part of parts) {
      const target = part.rows.find((r) => r.startsWith('+++ '));
      const source = part.rows.find((r) => r.startsWith('--- '));
      if (!target || !source) continue; // a mode change or a binary file: no text to follow
      const deleted = target.startsWith('+++ /dev/null');
      const path = (deleted ? source.slice(4) : target.slice(4)).replace(/^[ab]\//, '').trim();
      const list = versions.get(path) ?? [];
      const prev = list.length ? list[list.length - 1]!.text : null;
      if (deleted) {
        list.push({ at: c.at, sha: c.sha, text: null });
      } else {
        const body = part.rows
          .filter((r) => !r.startsWith('diff --git ') && !/^(index|new file mode|deleted file mode|similarity|rename) /.test(r))
          .join('\n');
        const next = applyPatch(prev ?? '', `${body}\n`);
        if (next === false)
          throw new MemoryLogError(
            logFile,
            part.start,
            `the patch of commit ${c.sha} to ${path} does not apply to the file as the older commits left it`,
          );
        list.push({ at: c.at, sha: c.sha, text: next });
      }
      versions.set(path, list);
    }
  }
  return new MemoryTimeline(versions);
}
