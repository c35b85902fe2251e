/**
 * `dream run` in a folder that is no git repository (a copy of the example, a tarball) can prove no
 * path stale: a deletion cites the commit that removed the path. The run must say which absent paths
 * it left alone and what would prove them, not stay silent; in a git checkout of the same files,
 * where the proof can be looked for, it says nothing of the kind.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dreamRunReport } from '../helpers/run-cli.js';

const demo = path.resolve(import.meta.dirname, '../../examples/demo');
const ABSENT = ['src/acme_notes/old_parser.py', 'tests/fixtures/legacy/', 'src/acme_notes/cli_v1.py', 'tests/test_v1.py'];

function copyOfDemo(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'dream-no-git-')), 'app');
  cpSync(demo, dir, { recursive: true });
  appendFileSync(path.join(dir, 'CLAUDE.md'), ABSENT.map((p) => `- See \`${p}\` for how it was done.\n`).join(''));
  return dir;
}

const run = (repo: string) =>
  dreamRunReport({ repo, report: path.join(path.dirname(repo), 'report.json'), args: ['--sessions', 'sessions/**/*.jsonl'] });

describe('dream run outside git', () => {
  it('names the absent paths it cannot prove stale, and how to get the proof', async () => {
    const report = await run(copyOfDemo());
    const note = report.notes.find((n) => n.startsWith('staleness:'));
    expect(note).toBe(
      'staleness: 4 path(s) named in memory are absent (`src/acme_notes/old_parser.py`, `tests/fixtures/legacy/`, ' +
        '`src/acme_notes/cli_v1.py` and 1 more), but without git history none can be proven stale: ' +
        'a deletion cites the commit that removed the path, so dream in a git checkout with its history',
    );
    expect(report.edits.filter((e) => e.op === 'delete' && ABSENT.some((p) => e.before?.includes(p)))).toEqual([]);
  });

  it('says nothing of it in a git checkout, where removals are looked for', async () => {
    const repo = copyOfDemo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
    const report = await run(repo);
    expect(report.notes.filter((n) => n.includes('without git history'))).toEqual([]);
  });
});
