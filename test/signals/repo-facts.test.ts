import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectRepoFacts, parseMakeTargets } from '../../src/signals/repo-facts.js';
import { normalizeText, errorSignature } from '../../src/signals/normalize.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'repo-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectRepoFacts', () => {
  it('reads scripts, make targets and file existence', async () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { build: 'tsc', test: 'vitest' } }));
    writeFileSync(path.join(dir, 'Makefile'), 'all: build\n\nbuild:\n\tgo build\nlint test: deps\n.PHONY: all\nX := 1\n');
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'main.ts'), '');
    const facts = await collectRepoFacts(dir);
    expect(facts.scripts).toEqual({ build: 'tsc', test: 'vitest' });
    expect(facts.makeTargets).toEqual(['all', 'build', 'lint', 'test']);
    expect(facts.exists('src/main.ts')).toBe(true);
    expect(facts.exists('src/gone.ts')).toBe(false);
    expect(facts.exists('../outside')).toBe(true);

    // Scripts are judged per memory file: the root's CLAUDE.md sees the root manifest.
    expect(facts.runnables?.lookup('CLAUDE.md', 'script', 'build')).toEqual({ defined: true, manifest: 'package.json' });
    expect(facts.runnables?.lookup('CLAUDE.md', 'make', 'deploy')).toEqual({ defined: false, searched: ['Makefile'] });
  });

  it('knows nothing when there is no package.json or Makefile', async () => {
    const empty = mkdtempSync(path.join(dir, 'empty-'));
    const facts = await collectRepoFacts(empty);
    expect(facts.scripts).toBeNull();
    expect(facts.makeTargets).toBeNull();
  });
});

describe('normalisation', () => {
  it('strips paths, numbers, hashes, quoted values, temp dirs and line:col', () => {
    expect(normalizeText('Error at /home/u/proj/src/a.ts:12:5 in "foo" (sha 3fa9c2d1e) /tmp/x123/y')).toBe(
      'error at <path>:<n> in <q> (sha <hash>) <tmp>',
    );
    expect(errorSignature("Compiling 4 files\nModuleNotFoundError: No module named 'app'")).toBe(
      errorSignature("ModuleNotFoundError: No module named 'lib'"),
    );
  });

  it('parses make targets without variables or special targets', () => {
    expect(parseMakeTargets('A = 1\nfoo: bar\n\techo\n.PHONY: foo\nbaz::\n')).toEqual(['baz', 'foo']);
  });
});
