/**
 * "The same lesson reworded is the same proposal", as the claude engine meets it (the real SDK against the loopback
 * server): a pass proposes, the reviewer closes the PR, the real ledger records the rejection, and the next pass's
 * model words the lesson anew. The ledger's one rule (ledger/same-proposal.ts) decides for every engine: an edit
 * that writes a pattern's lesson into a file is held back in any words and as an add or an update; another file, or
 * a delete or merge of other entries, is another proposal; new evidence lifts it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { engineFor, EV1, EV2, keepAll, LESSONS, makeInput, MEMORY } from './fixtures.js';
import { MAX_TOKENS_LIMIT } from '../../../src/engine/claude/index.js';
import { lessonEdits } from '../../../src/engine/offline/lessons.js';
import { emptyLedger, recordPatterns, recordProposed, recordRejected, suppressedEditIds } from '../../../src/ledger/index.js';
import type { DreamInput, Edit, MemoryFile } from '../../../src/model/index.js';

let server: AnthropicReplayServer;
afterEach(async () => server?.close());

async function pass(edits: unknown[], input: DreamInput) {
  server = await AnthropicReplayServer.start({ maxTokens: MAX_TOKENS_LIMIT });
  server.script('analyst', { kind: 'tool', input: LESSONS });
  server.script('curator', { kind: 'tool', input: { edits } });
  server.script('reviewer', keepAll);
  const r = await engineFor(server).dream(input);
  await server.close();
  return r;
}

/** AGENTS.md beside CLAUDE.md, read by Claude Code too, so a lesson may go to either. */
const AGENTS: MemoryFile = {
  path: 'AGENTS.md',
  kind: 'agents',
  readBy: ['claude-code', 'codex'],
  text: '# Project\n\n## Testing\n- Keep tests fast.\n',
  entries: [
    {
      id: 'a-fast',
      file: 'AGENTS.md',
      headingPath: ['Project', 'Testing'],
      kind: 'bullet',
      startLine: 4,
      endLine: 4,
      text: '- Keep tests fast.',
    },
  ],
};
const memory = [...MEMORY, AGENTS];

const update = (entryId: string, after: string, file = 'CLAUDE.md') => ({
  ref: `u-${entryId}`,
  op: 'update',
  file,
  entryId,
  after,
  rationale: 'mix test fails without MIX_ENV=test in two sessions',
  evidence: [EV1, EV2],
  patternId: 'pat-mixenv',
});
const add = (after: string, file = 'CLAUDE.md') => ({
  ref: `a-${file}`,
  op: 'add',
  file,
  section: ['Project', 'Testing'],
  after,
  rationale: 'mix test fails without MIX_ENV=test in two sessions',
  evidence: [EV1, EV2],
  patternId: 'pat-mixenv',
});

/** The ledger after a PR carrying `edits` was closed unmerged, and the set the next pass is given. */
function rejectedLater(edits: readonly Edit[], sessions = ['sess-a1', 'sess-b2']) {
  const l = emptyLedger();
  const input = makeInput({ memory });
  recordPatterns(l, input.patterns, 'T1');
  recordProposed(l, edits, 'T1');
  recordRejected(
    l,
    edits.map((e) => ({ id: e.id, patternId: 'pat-mixenv', sessions: ['sess-a1', 'sess-b2'] })),
    'T2',
  );
  const patterns = input.patterns.map((p) => ({ ...p, sessions, support: { sessions: sessions.length, agents: 1 } }));
  return { patterns, suppressedEditIds: suppressedEditIds(l, patterns) };
}

const proposed = (r: { edits: Edit[] }) => r.edits.map((e) => `${e.op} ${e.file}${e.entryId ? ` ${e.entryId}` : ''}`);

describe('claude engine: a rejected lesson in new words, judged by the ledger', () => {
  it('an update of another entry teaching the same lesson in the same file is held back (proposed before this rule)', async () => {
    const first = await pass([update('e-test', '- Run `MIX_ENV=test mix test` before committing.')], makeInput({ memory }));
    expect(proposed(first)).toEqual(['update CLAUDE.md e-test']);
    const again = await pass(
      [update('e-db', '- Experiments and tests both need MIX_ENV=test for mix test.')],
      makeInput({ memory, ...rejectedLater(first.edits) }),
    );
    expect(proposed(again)).toEqual([]);
    expect(again.rejected.map((r) => r.by)).toEqual(['ledger']);
  });

  it('the rejected add, given back as an update of a neighbouring entry, is held back (proposed before this rule)', async () => {
    const first = await pass([add('- Set MIX_ENV=test when running `mix test`.')], makeInput({ memory }));
    expect(proposed(first)).toEqual(['add CLAUDE.md']);
    const again = await pass(
      [update('e-test', '- Run `MIX_ENV=test mix test` before committing.')],
      makeInput({ memory, ...rejectedLater(first.edits) }),
    );
    expect(proposed(again)).toEqual([]);
  });

  it('the offline engine’s rejected add, reworded by the model, is held back (as before, now by the same rule)', async () => {
    const input = makeInput({ memory });
    const offline = lessonEdits(input.patterns[0]!, { memory, notes: [] });
    expect(offline.map((e) => [e.op, e.file])).toEqual([['add', 'CLAUDE.md']]);
    const again = await pass([add('- Always export MIX_ENV=test before `mix test`.')], makeInput({ memory, ...rejectedLater(offline) }));
    expect(proposed(again)).toEqual([]);
  });

  it('the same lesson for another file is another proposal (held back before this rule, by pattern alone)', async () => {
    const input = makeInput({ memory });
    const offline = lessonEdits(input.patterns[0]!, { memory, notes: [] });
    const again = await pass(
      [add('- Run `MIX_ENV=test mix test` before committing.', 'AGENTS.md')],
      makeInput({ memory, ...rejectedLater(offline) }),
    );
    expect(proposed(again)).toEqual(['add AGENTS.md']);
  });

  it('a lesson with new evidence comes back in new words', async () => {
    const first = await pass([add('- Set MIX_ENV=test when running `mix test`.')], makeInput({ memory }));
    const later = rejectedLater(first.edits, ['sess-a1', 'sess-b2', 'sess-c3']);
    const again = await pass([update('e-test', '- Run `MIX_ENV=test mix test` before committing.')], makeInput({ memory, ...later }));
    expect(proposed(again)).toEqual(['update CLAUDE.md e-test']);
  });
});
