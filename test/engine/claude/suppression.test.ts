import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { CURATOR_EDITS, engineFor, EV1, EV2, keepAll, LESSONS, makeInput, S3 } from './fixtures.js';
import { MAX_TOKENS_LIMIT } from '../../../src/engine/claude/index.js';
import { lessonEdits } from '../../../src/engine/offline/lessons.js';
import { emptyLedger, recordPatterns, recordProposed, suppressedEditIds } from '../../../src/ledger/index.js';
import type { DreamInput, Edit } from '../../../src/model/index.js';

let server: AnthropicReplayServer;
afterEach(async () => server?.close());

async function pass(curator: unknown, input: DreamInput) {
  server = await AnthropicReplayServer.start({ maxTokens: MAX_TOKENS_LIMIT });
  server.script('analyst', { kind: 'tool', input: LESSONS });
  server.script('curator', { kind: 'tool', input: curator });
  server.script('reviewer', keepAll);
  const r = await engineFor(server).dream(input);
  await server.close();
  return r;
}

/** What the ledger holds back on the next pass after these edits were proposed (no new evidence since). */
function heldAfter(edits: readonly Edit[]): Set<string> {
  const l = emptyLedger();
  const { patterns } = makeInput();
  recordPatterns(l, patterns, 'T1');
  recordProposed(l, edits, 'T1');
  return suppressedEditIds(l, patterns);
}

const reworded = {
  edits: [
    {
      ref: 'e1',
      op: 'update',
      file: 'CLAUDE.md',
      entryId: 'e-test',
      after: '- Always set MIX_ENV=test: `MIX_ENV=test mix test` before you commit.',
      rationale: 'reworded',
      evidence: [EV1, EV2],
    },
    {
      ref: 'e2',
      op: 'add',
      file: 'CLAUDE.md',
      section: ['Project', 'Testing'],
      after: '- Experiments never touch production data.',
      rationale: 'reworded',
      evidence: [EV1, EV2],
      patternId: 'pat-invented',
    },
  ],
};

describe('claude engine: a rejected lesson stays rejected when the model rewords it', () => {
  it('ties every edit to a mined pattern (named or derived from its evidence) and suppresses the reworded repeat', async () => {
    const first = await pass(CURATOR_EDITS, makeInput());
    expect(first.edits.map((e) => [e.op, e.patternId])).toEqual([
      ['update', 'pat-mixenv'],
      ['add', 'pat-mixenv'],
    ]);
    // The reviewer closed that PR: the ledger suppresses its ids until the pattern gains a session.
    const suppressed = new Set(first.edits.map((e) => e.id));
    const again = await pass(reworded, makeInput({ suppressedEditIds: suppressed }));
    expect(again.edits).toEqual([]);
    expect(again.rejected.map((r) => [r.by, r.edit.op, r.edit.patternId])).toEqual([
      ['ledger', 'update', 'pat-mixenv'],
      ['ledger', 'add', 'pat-mixenv'],
    ]);
    // With new evidence the ledger lifts the suppression, and the reworded lessons are proposed.
    const lifted = await pass(reworded, makeInput());
    expect(lifted.edits.map((e) => e.after)).toEqual(reworded.edits.map((e) => e.after));
  });

  it('rejects a lesson whose evidence is no mined signal and whose pattern is invented', async () => {
    const outlineOnly = { session: S3.id, file: S3.file, line: 1, quote: 'prompt: rename the module' };
    const curator = {
      edits: [
        {
          ref: 'e1',
          op: 'add',
          file: 'CLAUDE.md',
          after: '- Rename modules with care.',
          rationale: 'x',
          evidence: [outlineOnly, EV1],
          patternId: 'pat-nope',
        },
      ],
    };
    const input = makeInput({ patterns: [], oneOffs: [], signals: [] });
    const r = await pass(curator, input);
    expect(r.edits).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.by).toBe('claude-engine');
    expect(r.rejected[0]!.reason).toMatch(/pat-nope, which was not mined/);
  });

  it('holds back a pattern whose deterministic edit the ledger suppressed (proposed by the offline engine before)', async () => {
    const input = makeInput();
    const offline = lessonEdits(input.patterns[0]!, { memory: input.memory, notes: [] });
    expect(offline).toHaveLength(1);
    // Both teach the pattern's lesson in CLAUDE.md, as an update and as an add: the ledger's one rule holds both back.
    const r = await pass(reworded, makeInput({ suppressedEditIds: heldAfter(offline) }));
    expect(r.edits).toEqual([]);
    expect(r.rejected.map((x) => [x.by, x.reason])).toEqual([
      ['ledger', 'already proposed or rejected before, with no new evidence'],
      ['ledger', 'already proposed or rejected before, with no new evidence'],
    ]);
  });
});

describe('claude engine: several edits for one pattern in one pass', () => {
  it('keeps two different lessons with distinct ids, folds the same lesson given twice, and a rejected pattern key holds back both', async () => {
    const add = (after: string) => ({
      ref: after,
      op: 'add',
      file: 'CLAUDE.md',
      after,
      rationale: 'x',
      evidence: [EV1, EV2],
      patternId: 'pat-mixenv',
    });
    const curator = {
      edits: [add('- Lesson one about MIX_ENV.'), add('- Lesson two about mix test.'), add('- Lesson one about MIX_ENV.')],
    };
    const r = await pass(curator, makeInput());
    expect(r.edits.map((e) => e.after).sort()).toEqual(['- Lesson one about MIX_ENV.', '- Lesson two about mix test.']);
    expect(new Set(r.edits.map((e) => e.id)).size).toBe(2);
    const again = await pass(
      { edits: [add('- Lesson three.'), add('- Lesson four.')] },
      makeInput({ suppressedEditIds: heldAfter(r.edits.filter((e) => e.after === '- Lesson one about MIX_ENV.')) }),
    );
    expect(again.edits).toEqual([]);
    expect(again.rejected.map((x) => x.by)).toEqual(['ledger', 'ledger']);
  });
});

describe('claude engine: support counts a session and its subagent once', () => {
  it('rejects a lesson whose two cited sessions are a session and its own subagent', async () => {
    const base = makeInput();
    // sess-b2 becomes a subagent of sess-a1: the same evidence now comes from one piece of work.
    const sessions = base.sessions.map((s) => (s.id === EV2.session ? { ...s, parentId: EV1.session } : s));
    const r = await pass({ edits: [CURATOR_EDITS.edits[0]] }, makeInput({ sessions }));
    expect(r.edits).toEqual([]);
    expect(r.rejected.map((x) => [x.by, x.reason])).toEqual([['verifier', 'support 1 session(s) is below the minimum of 2']]);
    expect(r.rejected[0]!.edit.support?.sessions).toBe(1);
  });
});
