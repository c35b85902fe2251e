/**
 * A git-style unified diff of memory file changes, for the `--patch` file, the CLI and the PR body.
 * `git apply` must accept it, including CRLF files and files without a final newline.
 */
import { structuredPatch } from 'diff';
import type { FileChange } from '../model/index.js';

export function unifiedDiff(changes: readonly FileChange[]): string {
  let out = '';
  for (const c of changes) {
    if (c.before === c.after) continue;
    const created = c.created ?? c.before === '';
    const patch = structuredPatch(`a/${c.path}`, `b/${c.path}`, c.before, c.after, undefined, undefined, { context: 3 });
    out += `diff --git a/${c.path} b/${c.path}\n`;
    if (created) out += 'new file mode 100644\n';
    out += `--- ${created ? '/dev/null' : `a/${c.path}`}\n+++ b/${c.path}\n`;
    for (const h of patch.hunks) {
      const oldStart = h.oldLines === 0 ? h.oldStart - (created ? 1 : 0) : h.oldStart;
      out += `@@ -${Math.max(0, oldStart)},${h.oldLines} +${h.newStart},${h.newLines} @@\n`;
      for (const line of h.lines) out += `${line}\n`;
    }
  }
  return out;
}
