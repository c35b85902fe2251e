/**
 * fileOrigins reads a memory file's text at a commit from its blame (one git process a file): the entries it
 * finds must be those of the file as committed, byte for byte, whatever its line endings, final newline or
 * blank lines. Each text is committed with real git and compared with parseEntries over the committed bytes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/ledger/index.js';
import { fileOrigins, GitHistory } from '../../src/ledger/adoption.js';
import { parseEntries } from '../../src/memory/parse.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';

const TEXTS: Record<string, string> = {
  lf: '# acme\n\n## Build\n\n- Build with `npm run build`.\n- Test with `npm test`.\n',
  'no final newline': '# acme\n\n- Build with `npm run build`.\n- Test with `npm test`.',
  crlf: '# acme\r\n\r\n## Build\r\n\r\n- Build with `npm run build`.\r\n  continued on a second line.\r\n',
  'crlf, no final newline': '# acme\r\n\r\n- Build with `npm run build`.\r\n- Test with `npm test`.',
  'blank lines at the end': '# acme\n\n- Build with `npm run build`.\n\n\n',
  'front matter': '---\npaths: src/**\n---\n\n- Keep functions small.\n',
  'a lone line': '- Keep functions small.',
  empty: '',
};

describe('a memory file as fileOrigins reads it at a commit', () => {
  it('holds the entries of the committed bytes, line numbers included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'origins-text-'));
    gitIn(dir, ['init', '--quiet']);
    const names = Object.keys(TEXTS).map((k, i) => [k, `mem-${i}.md`] as const);
    for (const [k, file] of names) writeFileSync(path.join(dir, file), TEXTS[k]!);
    gitIn(dir, ['-c', 'core.autocrlf=false', 'add', '-A']);
    gitIn(dir, ['commit', '--quiet', '-m', 'memory']);
    const h = new GitHistory(dir);
    for (const [k, file] of names) {
      const origins = await fileOrigins(h, emptyLedger(), file);
      expect(
        origins?.entries.map((o) => o.entry),
        k,
      ).toEqual(parseEntries(file, TEXTS[k]!));
      expect(
        origins!.entries.every((o) => o.kind === 'human'),
        k,
      ).toBe(true);
    }
    expect(await fileOrigins(h, emptyLedger(), 'not-committed.md')).toBeUndefined();
  });
});
