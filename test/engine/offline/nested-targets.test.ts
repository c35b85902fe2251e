/**
 * nestedTarget's folders come from signals and the ledger, and a reduce reads signals from digests other jobs wrote: a folder that
 * is absolute or leaves the root must neither pick a file nor loop (an absolute climb ends at '/', its own dirname).
 */
import { describe, expect, it } from 'vitest';
import { nestedTarget } from '../../../src/engine/offline/nested-targets.js';
import type { MemoryFile } from '../../../src/model/index.js';

const file = (path: string): MemoryFile => ({ path, kind: 'claude', readBy: ['claude-code'], text: '# Memory\n', entries: [] });
const memory = [file('CLAUDE.md'), file('packages/web/CLAUDE.md')];

describe('nestedTarget', () => {
  it('takes the folder file where every signal ran below it', () => {
    expect(nestedTarget('CLAUDE.md', ['packages/web', 'packages/web/src'], memory)).toBe('packages/web/CLAUDE.md');
  });

  it.each([['/'], ['/packages/web'], ['/etc/x'], ['..'], ['../packages/web'], ['../../x/y']])(
    'a folder %j no checkout gives keeps the root target, and returns',
    (folder) => {
      expect(nestedTarget('CLAUDE.md', [folder], memory)).toBe('CLAUDE.md');
    },
  );

  it('keeps the root target where a session ran at the root or the folders are not known', () => {
    expect(nestedTarget('CLAUDE.md', undefined, memory)).toBe('CLAUDE.md');
    expect(nestedTarget('CLAUDE.md', ['packages/web', 'packages/api'], memory)).toBe('CLAUDE.md');
  });
});
