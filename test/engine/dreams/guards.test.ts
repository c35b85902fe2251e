/**
 * Hosted-dream evidence ({session, file: 'anthropic-dreams:<dream id>', line: 0, quote: ''}) passes the
 * evidence guard only for the anthropic-dreams engine; from any other engine it is malformed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../../src/memory/parse.js';
import type { Edit, Evidence, EngineName } from '../../../src/model/index.js';
import { indexEvidence, ProvenanceIndex, runGuards, type GuardContext } from '../../../src/guards/index.js';
import { isHostedDreamEvidence } from '../../../src/guards/evidence.js';
import { editsForNewFile } from '../../../src/engine/dreams/index.js';
import { CLAUDE_MD } from './fixtures.js';

const hosted = (session: string, dream = 'dream_01abc'): Evidence => ({
  session,
  file: `anthropic-dreams:${dream}`,
  line: 0,
  quote: '',
  agent: 'managed-agents',
});

function dreamEdit(evidence: Evidence[]): Edit {
  return {
    id: 'e_hosted',
    op: 'add',
    file: 'CLAUDE.md',
    section: ['Project notes', 'Build'],
    after: '- Keep modules small.',
    rationale: 'Anthropic Dreams (dream_01abc) changed this after reading 2 Managed Agents sessions.',
    evidence,
  };
}

const repoDir = mkdtempSync(path.join(os.tmpdir(), 'dream-hosted-guards-'));
writeFileSync(path.join(repoDir, 'CLAUDE.md'), CLAUDE_MD);
afterAll(() => rmSync(repoDir, { recursive: true, force: true }));

async function guard(edits: Edit[], engine: EngineName | undefined) {
  const evidence = await indexEvidence(edits, () => {
    throw new Error('hosted-dream evidence must not be read as a transcript file');
  });
  const ctx: GuardContext = {
    repoDir,
    memory: [parseMemoryFile('CLAUDE.md', CLAUDE_MD)],
    memoryGlobs: [],
    evidence,
    provenance: new ProvenanceIndex(),
    maxEdits: 20,
    maxEntryBytes: 600,
    ...(engine ? { engine } : {}),
  };
  return runGuards(edits, ctx);
}

describe('hosted-dream evidence in the guards', () => {
  const good = dreamEdit([hosted('sesn_dream01'), hosted('sesn_a'), hosted('sesn_b')]);

  it('is accepted from the anthropic-dreams engine', async () => {
    const r = await guard([good], 'anthropic-dreams');
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toEqual([good]);
  });

  it('its sentences rest on memory or the lines cited beside the dream: none cited, a sentence of new words is refused', async () => {
    const r = await guard([{ ...good, after: '- Keep each module under four hundred lines.' }], 'anthropic-dreams');
    expect(r.rejected).toEqual([
      expect.objectContaining({ by: 'guard:wording', reason: expect.stringMatching(/rests on words that neither/) }),
    ]);
  });

  it.each<EngineName | undefined>(['offline', 'claude', undefined])('is malformed evidence from engine %s', async (engine) => {
    const r = await guard([good], engine);
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toEqual([expect.objectContaining({ by: 'guard:evidence', reason: expect.stringMatching(/^malformed evidence/) })]);
  });

  it('still refuses, for anthropic-dreams, evidence that only looks hosted, and the other guards still apply', async () => {
    const cases: Edit[] = [
      dreamEdit([hosted('sesn_a'), { ...hosted('sesn_b'), line: 3 }]),
      dreamEdit([{ ...hosted('sesn_a'), quote: 'made up' }]),
      dreamEdit([hosted('../etc', 'dream_x')]),
      dreamEdit([hosted('sesn_a', 'x/../../y')]),
      dreamEdit([]),
      { ...good, id: 'e_secret', after: '- Use token ghp_abcdefghijklmnopqrstuvwxyz0123456789AB for pushes.' },
      { ...good, id: 'e_path', file: '../outside/CLAUDE.md' },
    ];
    const r = await guard(cases, 'anthropic-dreams');
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => x.by)).toEqual([
      'guard:evidence',
      'guard:evidence',
      'guard:evidence',
      'guard:evidence',
      'guard:evidence',
      'guard:secrets',
      'guard:paths',
    ]);
  });

  it('fails closed on commands nobody ran locally: provenance cannot see the sessions a hosted dream read', async () => {
    const withCommand = { ...good, after: '- Run `pnpm lint` after edits.' };
    const r = await guard([withCommand], 'anthropic-dreams');
    expect(r.rejected).toEqual([expect.objectContaining({ by: 'guard:provenance', reason: expect.stringMatching(/pnpm lint/) })]);
  });

  it('the dreams engine builds exactly this shape', () => {
    const [edit] = editsForNewFile('CLAUDE.md', '- x\n', { rationale: 'r', evidence: [hosted('sesn_a')] });
    expect(edit!.evidence.every(isHostedDreamEvidence)).toBe(true);
    expect(isHostedDreamEvidence({ session: 'sesn_a', file: 'sessions/a.jsonl', line: 0, quote: '' })).toBe(false);
  });
});
