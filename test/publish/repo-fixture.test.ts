/**
 * `npm test` must not bury real failures under git's chatter: making the test repository (a bare
 * origin, a first checkout, a clone of it) prints nothing on stderr. Run in a child process,
 * because git writes straight to the inherited stderr where no in-process spy can see it.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../helpers/fake-github/repo-fixture.ts');

describe('the test repository fixture', () => {
  it('makes a repository, a checkout and a clone without a word on stderr', async () => {
    const script = [
      `import { makeRepo } from ${JSON.stringify(fixture)};`,
      "const r = makeRepo({ 'CLAUDE.md': '# notes\\n' });",
      "const other = r.clone('other');",
      "process.stdout.write(r.git(other, 'log', '--format=%s', 'origin/main') + r.git(r.work, 'rev-parse', '--abbrev-ref', '@{upstream}'));",
      'r.cleanup();',
    ].join('\n');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(stderr).toBe('');
    // The checkout tracks origin/main and the clone sees the initial commit: the setup still works.
    expect(stdout).toBe('initial\norigin/main\n');
  });
});
