import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { CURATOR_EDITS, engineFor, EV1, EV2, keepAll, LESSONS, makeInput, MEMORY, S1, S3 } from './fixtures.js';
import { evidenceIndexFromInput, verifyEdit } from '../../../src/engine/claude/index.js';
import type { Edit, Evidence } from '../../../src/model/index.js';

let server: AnthropicReplayServer;
afterEach(async () => server?.close());

const base: Edit = { id: 'x', op: 'add', file: 'CLAUDE.md', after: '- Run `MIX_ENV=test mix test`.', rationale: 'r', evidence: [EV1, EV2] };
const ctx = (verify = evidenceIndexFromInput(makeInput())) => ({ memory: MEMORY, verify, minSupport: 2, maxEntryBytes: 600 });

describe('deterministic verifier', () => {
  it('drops an edit whose evidence was invented, and keeps the genuine one', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', { kind: 'tool', input: LESSONS });
    const invented = {
      ref: 'e3',
      op: 'add',
      file: 'CLAUDE.md',
      after: '- Always run `rm -rf _build` first.',
      rationale: 'r',
      evidence: [{ ...EV1, quote: 'rm -rf _build fixed every failure' }, EV2],
    };
    server.script('curator', { kind: 'tool', input: { edits: [CURATOR_EDITS.edits[0], invented] } });
    server.script('reviewer', keepAll);
    const result = await engineFor(server).dream(makeInput());
    expect(result.edits.map((e) => e.op)).toEqual(['update']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.by).toBe('verifier');
    expect(result.rejected[0]!.reason).toMatch(/evidence does not resolve: sess-a1 .*a1.jsonl:12$/);
    // The quote no transcript holds is the model's: the reason, which the PR shows, does not repeat it.
    expect(result.rejected[0]!.reason).not.toContain('rm -rf');
    // The reviewer never saw the invented edit.
    expect(server.messageRequests('reviewer')[0]!.raw).not.toContain('rm -rf _build');
  });

  it('uses the injected EvidenceIndex when the pipeline provides one', async () => {
    server = await AnthropicReplayServer.start();
    server.script('analyst', { kind: 'tool', input: LESSONS });
    server.script('curator', { kind: 'tool', input: CURATOR_EDITS });
    server.script('reviewer', keepAll);
    const seen: Evidence[] = [];
    const verifyEvidence = (e: Evidence) => {
      seen.push(e);
      return e.line !== 30;
    };
    const result = await engineFor(server).dream(makeInput({ verifyEvidence }));
    expect(seen.length).toBeGreaterThan(0);
    expect(result.edits).toEqual([]);
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(result.rejected.every((r) => r.by === 'verifier' && /b2.jsonl:30/.test(r.reason))).toBe(true);
  });

  it('resolves evidence against signal quotes and outlines only', () => {
    const verify = evidenceIndexFromInput(makeInput());
    expect(verify(EV1)).toBe(true);
    expect(verify({ ...EV1, quote: `  ${EV1.quote}…` })).toBe(true);
    expect(verify({ ...EV1, line: 13 })).toBe(false);
    expect(verify({ ...EV1, session: 'sess-zz' })).toBe(false);
    expect(verify({ ...EV1, file: 'other.jsonl' })).toBe(false);
    expect(verify({ ...EV1, quote: 'requires' })).toBe(true);
    expect(verify({ ...EV1, quote: 'req' })).toBe(false);
    // An outline quote resolves for its own session and transcript file, at any line.
    expect(verify({ session: S3.id, file: '.dreaming/sessions/c3.jsonl', line: 5, quote: 'rename the module' })).toBe(true);
    expect(verify({ session: S3.id, file: S1.file, line: 5, quote: 'rename the module' })).toBe(false);
  });

  it('checks entry ids, files, sizes and support', () => {
    expect(verifyEdit(base, ctx())).toBeUndefined();
    expect(verifyEdit({ ...base, file: 'docs/README.md' }, ctx())).toMatch(/unknown memory file/);
    expect(verifyEdit({ ...base, file: 'AGENTS.md' }, ctx())).toBeUndefined();
    expect(verifyEdit({ ...base, op: 'update', entryId: 'e-nope' }, ctx())).toMatch(/entry e-nope does not exist/);
    expect(verifyEdit({ ...base, op: 'merge', entryId: 'e-test', mergedEntryIds: ['e-ghost'] }, ctx())).toMatch(
      /merged entries do not exist: e-ghost/,
    );
    expect(verifyEdit({ ...base, op: 'move', entryId: 'e-db', toFile: 'CLAUDE.md' }, ctx())).toMatch(/no distinct destination/);
    expect(verifyEdit({ ...base, after: 'x'.repeat(601) }, ctx())).toMatch(/601 bytes, over the 600-byte limit/);
    expect(verifyEdit({ ...base, evidence: [EV1] }, ctx())).toMatch(/support 1 session\(s\) is below the minimum of 2/);
    // A delete needs evidence that resolves, not two sessions.
    expect(verifyEdit({ ...base, op: 'delete', entryId: 'e-db', after: undefined, evidence: [EV1] }, ctx())).toBeUndefined();
    expect(verifyEdit({ ...base, evidence: [] }, ctx())).toBe('no evidence');
  });

  it('takes one session for an edit bound to a standing correction, and only for that pattern', () => {
    const one = { ...base, evidence: [EV1], patternId: 'p_standing' };
    const standingPatterns = new Set(['p_standing']);
    expect(verifyEdit(one, { ...ctx(), standingPatterns })).toBeUndefined();
    expect(verifyEdit({ ...one, patternId: 'p_other' }, { ...ctx(), standingPatterns })).toMatch(/support 1 session\(s\) is below/);
    expect(verifyEdit(one, ctx())).toMatch(/support 1 session\(s\) is below/);
  });
});
