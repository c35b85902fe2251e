/**
 * Partial adoption through the Action's run(), the fake GitHub and real git: a reviewer deletes one
 * edit's line on the dream PR's branch and rewords another, then squash-merges; the next pass records
 * the deleted edit as rejected and the reworded one as adopted in the reviewer's words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/index.js';
import { FOOTER } from '../../src/publish/body.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { mergePull, reviewerCommit, type MergeWay } from '../ledger/merge-ways.js';
import { CLAUDE_MD, legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const LEDGER = '.dreaming/ledger.json';

function testSession(n: number, day: string): [string, string] {
  const id = `7a2b3c40-${String(n).padStart(4, '0')}-4bbb-8bbb-${String(n).padStart(12, '0')}`;
  return [
    `.dreaming/sessions/${id}.jsonl`,
    claudeCodeSession(id, day, '/home/dev/acme-notes', [
      { user: `Task ${n}: fix the date picker and run the tests.` },
      {
        bash: 'npm run legacy-test',
        out: 'npm error Missing script: "legacy-test"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run',
        error: true,
      },
      { bash: 'npm run test:unit', out: '> acme-notes@1.4.0 test:unit\n> vitest run\n\nTests 12 passed' },
      { say: 'Done.' },
    ]),
  ];
}

describe('partial adoption', () => {
  it.each<MergeWay>(['squash', 'merge'])(
    'a deleted edit is rejected and a reworded one adopted in the reviewer words (%s)',
    async (way) => {
      w = await makeActionWorld(
        Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '03'), testSession(3, '04'), testSession(4, '05')]),
      );
      // Enough other entries that two updates stay under the per-pass share of replaced entries.
      const others = [
        'Prefer named exports.',
        'Write dates in ISO 8601.',
        'Keep components in src/ui.',
        'Log with the logger, not console.',
        'Name tests after behaviour.',
        'Review your own diff first.',
      ];
      w.pushToMain({
        'CLAUDE.md': `${CLAUDE_MD}- Run the unit tests with \`npm run legacy-test\`.\n${others.map((o) => `- ${o}\n`).join('')}`,
      });
      const first = await w.act();
      expect(first.failed).toBeUndefined();
      const edits = first.report!.edits.filter((e) => e.after && e.file === 'CLAUDE.md');
      expect(edits.length).toBeGreaterThanOrEqual(2);
      expect(w.fake.pulls[0]!.body).toContain(FOOTER);
      const [dropped, reworded] = edits as [(typeof edits)[0], (typeof edits)[0]];
      const lineOf = (text: string) =>
        w!
          .show('dreaming/memory', 'CLAUDE.md')
          .split('\n')
          .find((l) => l.includes(text.replace(/^[-*] /, '')))!;
      const words = '- In this repository install and run scripts with npm; yarn is not used here.';
      reviewerCommit(w.repo.work, 'dreaming/memory', 'CLAUDE.md', lineOf(dropped.after!), null, 'Drop one lesson');
      reviewerCommit(w.repo.work, 'dreaming/memory', 'CLAUDE.md', lineOf(reworded.after!), words, 'Reword a lesson');
      mergePull(w.repo.work, 'dreaming/memory', way, 1);
      Object.assign(w.fake.pulls[0]!, { state: 'closed', mergedAt: '2026-11-22T09:00:00Z', closedAt: '2026-11-22T09:00:00Z' });

      const next = await w.act({ 'min-new-sessions': '0' });
      expect(next.failed).toBeUndefined();
      const ledger = loadLedger(w.show('dreaming/state', LEDGER), LEDGER);
      expect(ledger.edits[dropped.id]).toMatchObject({ status: 'rejected', rejectedAt: '2026-11-21T12:00:00.000Z' });
      expect(ledger.edits[reworded.id]).toMatchObject({ status: 'proposed', pr: { number: 1 }, adopted: { how: 'reworded', text: words } });
      expect(ledger.edits[reworded.id]!.adopted!.sha).toBe(gitIn(w.repo.work, ['rev-parse', 'main']).trim());
      // The rest were adopted as proposed.
      for (const e of edits.slice(2)) expect(ledger.edits[e.id]!.adopted?.how).toBe(way);
      // Nothing is proposed again: the dropped edit is rejected, the reworded one is in memory.
      expect((next.report?.edits ?? []).map((e) => e.id)).not.toContain(dropped.id);
      expect(w.fake.violations).toEqual([]);
    },
    90_000,
  );
});
