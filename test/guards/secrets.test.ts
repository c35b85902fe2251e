import { describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../src/memory/parse.js';
import { assertNoSecrets, runGuards } from '../../src/guards/index.js';
import type { GuardContext } from '../../src/guards/types.js';
import { addEdit } from './fixtures.js';

// Assembled at runtime so the repository never holds a literal token.
const GITHUB_PAT = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const AWS_KEY = 'AKIA' + 'QWERTYUIOPASDFGH';
const ctx: GuardContext = {
  repoDir: process.cwd(),
  memory: [parseMemoryFile('CLAUDE.md', '# Testing\n')],
  memoryGlobs: [],
  maxEdits: 10,
  maxEntryBytes: 600,
};
const ev = (quote: string) => [{ session: 's', file: 'f.jsonl', line: 1, quote }];

describe('secret guard', () => {
  it('rejects an edit whose text, rationale, section or evidence quote holds a secret', () => {
    const edits = [
      addEdit(`export GITHUB_TOKEN=${GITHUB_PAT} before pushing`, ev('a quote')),
      addEdit('harmless', ev('a quote'), { rationale: `the key ${AWS_KEY} failed` }),
      addEdit('harmless', ev(`token ${GITHUB_PAT}`)),
      addEdit('harmless', ev('a quote'), { section: [`Keys ${AWS_KEY}`] }),
    ];
    const r = runGuards(edits, ctx);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => x.by)).toEqual(['guard:secrets', 'guard:secrets', 'guard:secrets', 'guard:secrets']);
    expect(r.rejected.map((x) => x.reason.split(' ')[0])).toEqual(['after', 'rationale', 'evidence[0].quote', 'section[0]']);
    for (const x of r.rejected) {
      expect(x.reason).not.toContain(GITHUB_PAT);
      expect(x.reason).not.toContain(AWS_KEY);
    }
  });

  it('lets redacted text through', () => {
    const r = runGuards([addEdit('use the token from the vault', ev('GITHUB_TOKEN=[REDACTED:github-pat]'))], ctx);
    expect(r.rejected.filter((x) => x.by === 'guard:secrets')).toEqual([]);
  });

  it('assertNoSecrets throws for outgoing artifacts without echoing the secret', () => {
    expect(() => assertNoSecrets('PR body', 'All good.')).not.toThrow();
    let message = '';
    try {
      assertNoSecrets('commit message', `fix: rotate ${GITHUB_PAT}`);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^commit message holds 1 secret-like value\(s\) \(github-pat\)/);
    expect(message).not.toContain(GITHUB_PAT);
  });
});
