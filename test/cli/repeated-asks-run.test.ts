/**
 * A how-to the user hands over in several sessions, end to end through the real readers, the guards and the
 * offline engine (signals/repeated-asks.ts): a command recipe inside task prompts (Claude Code, Codex, and
 * Gemini CLI's prompt log) becomes one edit in the file the agents read; the same recipe in one session, or in
 * one session recorded twice (a resumed copy that replays its turns), or one task sent again, teaches nothing.
 * A bare pointer at a rules file is reported, never written (signals/pointers.ts). Wordings written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { useLogsRepo } from '../helpers/logs-repo.js';

const cwd = '/home/dev/shopfront';
const work: Turn[] = [{ bash: 'git status --short', out: ' M src/cart.ts' }, { say: 'Done.' }];
const recipe = (task: string): Turn[] => [{ user: `${task} When it is done, run the tests with \`make test-unit\`.` }, ...work];

const t = useLogsRepo({
  prefix: 'dream-asks-',
  cwd,
  memory: {
    'CLAUDE.md': '# CLAUDE.md\n\n- The storefront lives in src/.\n',
    'AGENTS.md': '# AGENTS.md\n\n- The storefront lives in src/.\n',
  },
  sessions: 'logs/**/*.json*',
});
const { claude, codex, dreamRun } = t;

const added = (r: DreamReport) => r.edits.filter((e) => e.op === 'add').map((e) => [e.file, e.after]);

describe('dream run on a recipe the user hands over in task prompts', () => {
  it('proposes it where each agent reads, once the recipe recurs in sessions about different tasks', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', recipe('The cart total is off by one cent for EUR.'));
    codex('b', '0b1c5e00-0000-4000-8000-000000000002', '12', recipe('Add pagination to the orders list.'));
    // Gemini CLI's prompt log holds only the person's prompts.
    const gemini = [
      {
        sessionId: 'g-1',
        messageId: 0,
        type: 'user',
        message: 'Show the VAT line on invoices. Then run the tests with `make test-unit`.',
        timestamp: '2026-11-14T10:00:00.000Z',
      },
    ];
    t.write('logs/logs.json', JSON.stringify(gemini, null, 2));
    t.write('GEMINI.md', '# GEMINI.md\n\n- The storefront lives in src/.\n');
    const r = await dreamRun();
    const lesson = 'Run the tests with `make test-unit`: the user asked for it in 3 sessions.';
    expect(added(r).sort()).toEqual([
      ['AGENTS.md', lesson],
      ['CLAUDE.md', lesson],
      ['GEMINI.md', lesson],
    ]);
    expect(r.rejected).toEqual([]);
  });

  it('proposes the documents the user has the agent read at the opening of sessions about different tasks', async () => {
    const opening = (task: string): Turn[] => [{ user: `read @README.md and @docs/ledger.md then ${task}` }, ...work];
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', opening('add a refund endpoint.'));
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', opening('find out why payouts are late.'));
    expect(added(await dreamRun())).toEqual([
      ['CLAUDE.md', 'At the start of a task, read `README.md` and `docs/ledger.md`: the user asked for it in 2 sessions.'],
    ]);
  });

  it('a recipe memory already gives is neither added again nor marked IMPORTANT: asking is no sign it was broken', async () => {
    t.write('CLAUDE.md', '# CLAUDE.md\n\n- Run the tests with `make test-unit`.\n');
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', recipe('The cart total is off by one cent for EUR.'));
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', recipe('Add pagination to the orders list.'));
    const r = await dreamRun();
    expect(r.edits).toEqual([]);
    expect(r.notes).toContain('offline engine: 1 supported lesson is already in memory');
  });

  it('a recipe in one session is no edit, even at --min-support 1', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', recipe('The cart total is off by one cent for EUR.'));
    codex('b', '0b1c5e00-0000-4000-8000-000000000002', '12', [{ user: 'Add pagination to the orders list.' }, ...work]);
    expect(added(await dreamRun('--min-support', '1'))).toEqual([]);
  });

  it('one session recorded twice (a resumed copy replays its turns) counts once', async () => {
    const turns = recipe('The cart total is off by one cent for EUR.');
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', turns);
    // The copy under another id replays the same turns at the same times, then goes on.
    claude('a-resumed', '0a1c5e00-0000-4000-8000-0000000000ff', '10', [...turns, { user: 'Thanks, looks good.' }]);
    expect(added(await dreamRun('--min-support', '1'))).toEqual([]);
  });

  it('one task sent again in two sessions is one task', async () => {
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', recipe('The cart total is off by one cent for EUR.'));
    codex('b', '0b1c5e00-0000-4000-8000-000000000002', '12', recipe('The cart total is off by one cent for EUR.'));
    expect(added(await dreamRun('--min-support', '1'))).toEqual([]);
  });
});

describe('dream run on a user who points the agent back at a rules file', () => {
  it('reports it, and writes nothing: the mention does not say which rule was broken', async () => {
    const pointed = (reply: string): Turn[] => [{ user: 'Fix the rounding in the cart.' }, ...work, { user: reply }];
    claude('a', '0a1c5e00-0000-4000-8000-000000000001', '10', pointed('see CLAUDE.md'));
    claude('b', '0b1c5e00-0000-4000-8000-000000000002', '12', pointed('read CLAUDE.md again'));
    const r = await dreamRun();
    expect(r.edits).toEqual([]);
    expect(r.notes.filter((n) => n.includes('pointed agents back'))).toEqual([
      expect.stringMatching(/2 sessions .*: no edit: the user pointed agents back at `CLAUDE\.md` after they acted/),
    ]);
  });
});
