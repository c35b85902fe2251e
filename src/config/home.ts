/**
 * `~` and `~/...` as a shell expands them. A glob is quoted so the shell leaves its `*` to us
 * (`'~/.claude/projects/x/*.jsonl'`), and the quotes keep the `~` from the shell too, so every
 * command that takes a path or glob from the command line expands it here, the same way.
 */
import os from 'node:os';
import path from 'node:path';

export function expandHome(p: string, home = os.homedir()): string {
  return p === '~' || p.startsWith('~/') ? path.join(home, p.slice(1)) : p;
}
