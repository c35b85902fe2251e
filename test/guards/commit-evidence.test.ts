import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitEvidenceReason } from '../../src/guards/commit-evidence.js';
import { evidenceGuard } from '../../src/guards/evidence.js';
import type { Edit } from '../../src/model/index.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'commit-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
gitIn(dir, ['init', '-q']);
writeFiles(dir, {
  'CLAUDE.md': '- See `src/old.ts`.\n',
  'src/old.ts': '1\n',
  'src/moved.ts': 'export const moved = "long enough to be detected as a rename";\n',
});
gitIn(dir, ['add', '-A']);
gitIn(dir, ['commit', '-qm', 'one']);
gitIn(dir, ['rm', '-q', 'src/old.ts']);
gitIn(dir, ['mv', 'src/moved.ts', 'src/renamed.ts']);
gitIn(dir, ['commit', '-qm', 'Drop old']);
const sha = gitIn(dir, ['rev-parse', 'HEAD']).trim();
gitIn(dir, ['checkout', '-qb', 'side']);
gitIn(dir, ['rm', '-q', 'CLAUDE.md']);
gitIn(dir, ['commit', '-qm', 'side removal']);
const side = gitIn(dir, ['rev-parse', 'HEAD']).trim();
gitIn(dir, ['checkout', '-q', 'main']);

const ev = (file: string, commit: string, quote = `removed in ${commit.slice(0, 7)}: Drop old`) => ({
  session: 'git',
  file,
  line: 1,
  quote,
  commit,
});

describe('git evidence: the commit that removed a path', () => {
  it('holds for a commit of the branch that deletes the file, quoted by its subject', () => {
    expect(commitEvidenceReason(ev('src/old.ts', sha), dir)).toBeUndefined();
  });
  it.each([
    ['a file the commit did not delete', ev('src/keep.ts', sha), 'does not remove'],
    ['a rename, which is a move', ev('src/moved.ts', sha), 'does not remove'],
    [
      'a commit off the branch',
      ev('CLAUDE.md', side, `removed in ${side.slice(0, 7)}: side removal`),
      'not a commit of the checked-out branch',
    ],
    ['an invented subject', ev('src/old.ts', sha, `removed in ${sha.slice(0, 7)}: Everything is obsolete`), 'not the subject'],
    ['a short sha', ev('src/old.ts', sha.slice(0, 12)), 'no full commit sha'],
  ])('is refused for %s', (_what, e, reason) => expect(commitEvidenceReason(e, dir)).toContain(reason));

  it('supports a delete through the evidence guard, never an add', () => {
    const del: Edit = {
      id: 'd',
      op: 'delete',
      file: 'CLAUDE.md',
      before: '- See `src/old.ts`.',
      rationale: 'Stale memory',
      evidence: [ev('src/old.ts', sha)],
    };
    const ctx = { repoDir: dir, memory: [], memoryGlobs: [], maxEdits: 20, maxEntryBytes: 600 };
    expect(evidenceGuard(del, ctx)).toBeUndefined();
    expect(evidenceGuard({ ...del, op: 'add', after: '- x' }, ctx)).toMatch(/needs evidence from a session/);
  });
});

describe('a deletion needs proof beyond the entry it deletes', () => {
  const ctx = { repoDir: dir, memory: [], memoryGlobs: [], maxEdits: 20, maxEntryBytes: 600 };
  const self = { session: 'repo', file: 'CLAUDE.md', line: 1, quote: 'See `src/old.ts`.' };
  const del: Edit = {
    id: 'd',
    op: 'delete',
    file: 'CLAUDE.md',
    before: '- See `src/old.ts`.',
    rationale: 'Stale memory',
    evidence: [self],
  };
  it('refuses an entry citing only itself, and accepts it with a commit beside it', () => {
    expect(evidenceGuard(del, ctx)).toMatch(/cites only the entry it deletes/);
    expect(evidenceGuard({ ...del, evidence: [ev('src/old.ts', sha), self] }, ctx)).toBeUndefined();
  });
});
