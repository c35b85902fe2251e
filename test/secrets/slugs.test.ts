import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';

/** Deterministic random characters, built at runtime so this file holds no literal a scanner flags. */
const rnd = (alphabet: string, n: number, seed: number) => {
  let out = '';
  for (let i = 0; out.length < n; i++) {
    const block = createHash('sha256').update(`${seed}:${i}`).digest();
    for (const byte of block) if (out.length < n) out += alphabet[byte % alphabet.length];
  }
  return out;
};
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// Names chat exporters and people give to sessions and branches: a date, a time with its zone letter,
// then words. The session id of an export without a header comment is its file name, and it lands in
// the report, which fails closed on any secret-like value.
describe('dated slugs are not keys', () => {
  const SLUGS = [
    '2026-01-06_14-34Z-preflight-claude-versions',
    '2025-11-30_08-15Z-Refactor-Payment-Webhooks',
    'session 2024-07-01_23-59Z-investigate_flaky_integration_tests ended',
    'branch 2026-03-09-hotfix-Login-redirect-loop',
    'export 2025-12-24_07-05Z-add-a-dark-mode-toggle.md',
    // Short words and a long date: the words are half of the letters, not of the length.
    '2025-07-17_14-28Z-sync-project-with-github',
    '"2025-03-02_09-41Z-fix-the-auth-bug"',
    'session 2025-10-30_18-07Z-add-tags-to-notes',
  ];
  it.each(SLUGS)('%s', (text) => {
    expect(findSecrets(text)).toEqual([]);
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('keys that carry dashes, underscores or a date are still keys', () => {
  const KEYS = [
    `${rnd(ALNUM, 22, 1)}-${rnd(ALNUM, 22, 2)}`,
    `2026-01-06_${rnd(ALNUM, 36, 3)}`,
    `${rnd(ALNUM, 12, 4)}_${rnd(ALNUM, 12, 5)}-${rnd(ALNUM, 12, 6)}-fix`,
    `deploy-${rnd(ALNUM, 30, 7)}-token`,
  ];
  it.each(KEYS)('%s', (key) => {
    expect(redactSecrets(`value ${key} end`)).not.toContain(key);
  });
});
