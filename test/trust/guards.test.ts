/** The guard changes the adversarial audit asked for, one by one. */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { redactEdit, runGuards, unsafePathReason } from '../../src/guards/index.js';
import { assertNoNewSecrets } from '../../src/guards/secrets.js';
import type { Edit } from '../../src/model/index.js';
import { plantedSecrets } from '../helpers/adversarial-corpus.js';

const ev = [
  { session: 's1', file: 'a.jsonl', line: 1, quote: 'pytest passed' },
  { session: 's2', file: 'b.jsonl', line: 2, quote: 'pytest passed' },
];
const add = (after: string, extra: Partial<Edit> = {}): Edit => ({
  id: after.slice(0, 12),
  op: 'add',
  file: 'CLAUDE.md',
  after,
  rationale: 'seen twice',
  evidence: ev,
  ...extra,
});
const ctx = { repoDir: os.tmpdir(), memory: [], memoryGlobs: [], maxEdits: 20, maxEntryBytes: 600 };

describe('guards: secrets', () => {
  it('refuses an entry or heading holding a redaction marker, but not a quote holding one', () => {
    const r = runGuards(
      [
        add('- Run `DATABASE_URL=postgres://admin:[REDACTED:url-password]@db/app pytest`.'),
        add('- Run pytest.', { section: ['Keys [REDACTED:github-pat]'] }),
        // A miner that lower-cases the end of a sentence lower-cases the marker in it too.
        add('- Use poetry for the dependencies, not a requirements.txt [redacted:github-pat].'),
        add('- Run pytest.', { evidence: ev.map((e) => ({ ...e, quote: 'token [REDACTED:github-pat] pytest passed' })) }),
      ],
      ctx,
    );
    expect(r.rejected.map((x) => `${x.by} ${x.reason.split(':')[0]}`)).toEqual([
      'guard:secrets after carries a redacted value',
      'guard:secrets section[0] carries a redacted value',
      'guard:secrets after carries a redacted value',
    ]);
    expect(r.rejected.some((x) => x.edit.after === '- Run pytest.' && x.edit.evidence[0]!.quote.includes('REDACTED'))).toBe(false);
  });

  it('records every rejected edit redacted, whichever guard refused it', () => {
    const leak = add(`- Use ${plantedSecrets.github} for the API.`, { file: '../CLAUDE.md', rationale: `key ${plantedSecrets.aws}` });
    const r = runGuards([leak], ctx);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.by).toBe('guard:paths');
    const shown = JSON.stringify(r.rejected);
    expect(shown).not.toContain(plantedSecrets.github);
    expect(shown).not.toContain(plantedSecrets.aws);
    expect(r.rejected[0]!.edit.after).toBe('- Use [REDACTED:github-pat] for the API.');
    // The input edit is not mutated: the engine's own records stay as they were.
    expect(leak.after).toContain(plantedSecrets.github);
  });

  it('redactEdit returns the same object for a clean edit and redacts quotes and sections', () => {
    const clean = add('- Run pytest.');
    expect(redactEdit(clean)).toBe(clean);
    const dirty = add('- Run pytest.', {
      section: [`x ${plantedSecrets.slack}`],
      evidence: [{ ...ev[0]!, quote: `STRIPE_SECRET_KEY=${plantedSecrets.stripe}` }],
    });
    const red = redactEdit(dirty);
    expect(JSON.stringify(red)).not.toContain(plantedSecrets.slack);
    expect(JSON.stringify(red)).not.toContain(plantedSecrets.stripe);
    expect(red.evidence[0]!.quote).toBe('STRIPE_SECRET_KEY=[REDACTED:stripe-access-token]');
  });

  it('assertNoNewSecrets judges added lines only', () => {
    const old = `- old: ${plantedSecrets.openai}\n`;
    expect(() => assertNoNewSecrets('CLAUDE.md', old, `${old}- new line\n`)).not.toThrow();
    expect(() => assertNoNewSecrets('CLAUDE.md', '', `- new: ${plantedSecrets.openai}\n`)).toThrow(
      /^CLAUDE\.md holds 1 secret-like value\(s\) \(openai-api-key\)/,
    );
  });
});

describe('guards: paths', () => {
  it('refuses percent-encoded paths, which some later tool may decode into an escape', () => {
    for (const p of ['%2e%2e/CLAUDE.md', '..%2fCLAUDE.md', 'docs%2FCLAUDE.md', '%2E%2E/x.md'])
      expect(unsafePathReason(p)).toMatch(/percent-encoded/);
    expect(unsafePathReason('docs/100-percent.md')).toBeUndefined();
  });
});
