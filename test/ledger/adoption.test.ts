/**
 * Adoption found from git and the ledger: a dream PR published by the real publish() onto a bare
 * origin, merged the three ways GitHub merges, reworded by a reviewer, and next to a person's line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyLedger, entryTextHash, recordProposed, type Ledger } from '../../src/ledger/index.js';
import { findAdoptions } from '../../src/ledger/adoption.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { makeWorld, passResult, pythonpathEdit, yarnEdit, type World } from '../publish/helpers.js';
import { humanCommit, mergePull, reviewerCommit, type MergeWay } from './merge-ways.js';

const YARN = yarnEdit.after!;
const PYPATH = pythonpathEdit.after!;

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function proposed(): Promise<{ w: World; ledger: Ledger }> {
  const w = await makeWorld();
  world = w;
  const out = await w.publishFrom(w.repo.work, passResult([yarnEdit, pythonpathEdit]));
  expect(out.operation).toBe('created');
  return { w, ledger: recordProposed(emptyLedger(), [yarnEdit, pythonpathEdit], '2026-11-21T12:00:00Z') };
}

describe('findAdoptions', () => {
  it('the dream commit carries one Dreamed-Edit trailer per edit, and a squash keeps them', async () => {
    const { w, ledger } = await proposed();
    const bot = gitIn(w.repo.work, ['log', '-1', '--format=%B', 'origin/dreaming/memory']);
    expect(bot.match(/^Dreamed-Edit: .*$/gm)).toEqual(['Dreamed-Edit: e-yarn CLAUDE.md', 'Dreamed-Edit: e-pypath CLAUDE.md']);
    const squash = mergePull(w.repo.work, 'dreaming/memory', 'squash', 1);
    expect(gitIn(w.repo.work, ['log', '-1', '--format=%B', squash]).match(/^Dreamed-Edit: \S+/gm)).toEqual([
      'Dreamed-Edit: e-yarn',
      'Dreamed-Edit: e-pypath',
    ]);
    // The ledger keeps what why and adoption need: the entry's hash and text, rationale, bounded evidence.
    expect(ledger.edits['e-yarn']).toMatchObject({
      entryHash: entryTextHash(YARN),
      entryText: YARN,
      rationale: yarnEdit.rationale,
      support: { sessions: 2, agents: 1 },
    });
    expect(ledger.edits['e-yarn']!.evidence).toEqual(yarnEdit.evidence.map(({ agent: _a, ...e }) => e));
  });

  it.each<MergeWay>(['merge', 'squash', 'rebase'])('finds both entries of a PR merged by %s', async (way) => {
    const { w, ledger } = await proposed();
    const tip = mergePull(w.repo.work, 'dreaming/memory', way, 1);
    const found = await findAdoptions({ repoDir: w.repo.work, ledger });
    expect(found.map((a) => a.editId).sort()).toEqual(['e-pypath', 'e-yarn']);
    const yarn = found.find((a) => a.editId === 'e-yarn')!;
    expect(yarn).toMatchObject({ file: 'CLAUDE.md', entryText: YARN, entryHash: entryTextHash(YARN), how: way, adoptedIn: tip });
    expect(yarn.line).toBe(w.repo.git(w.repo.work, 'show', 'HEAD:CLAUDE.md').split('\n').indexOf(YARN) + 1);
    expect(Date.parse(yarn.adoptedAt)).toBe(Date.parse(gitIn(w.repo.work, ['log', '-1', '--format=%cI', tip]).trim()));
    // The merge commit and the squash title name the PR; a rebase keeps only the bot's message.
    if (way === 'rebase') expect(yarn.prNumber).toBeUndefined();
    else expect(yarn.prNumber).toBe(1);
  });

  it.each<MergeWay>(['merge', 'squash', 'rebase'])(
    'a reviewer rewording on the PR branch, merged by %s, is adopted as reworded',
    async (way) => {
      const { w, ledger } = await proposed();
      const reworded = '- Install with npm only; yarn breaks package-lock.json.';
      reviewerCommit(w.repo.work, 'dreaming/memory', 'CLAUDE.md', YARN, reworded, 'Reword the npm lesson');
      const tip = mergePull(w.repo.work, 'dreaming/memory', way, 1);
      const found = await findAdoptions({ repoDir: w.repo.work, ledger });
      const yarn = found.find((a) => a.editId === 'e-yarn');
      expect(yarn).toMatchObject({ how: 'reworded', entryText: reworded, entryHash: entryTextHash(reworded) });
      // Merged by a merge commit, the rewording arrived with the merge; otherwise it is its own commit on main.
      if (way !== 'rebase') expect(yarn!.adoptedIn).toBe(tip);
      else expect(gitIn(w.repo.work, ['log', '-1', '--format=%s', yarn!.adoptedIn]).trim()).toBe('Reword the npm lesson');
      expect(found.find((a) => a.editId === 'e-pypath')?.how).toBe(way);
    },
  );

  it('a dropped edit is not adopted, and a person typing the same words is not a dream', async () => {
    const { w, ledger } = await proposed();
    reviewerCommit(w.repo.work, 'dreaming/memory', 'CLAUDE.md', PYPATH, null, 'Drop the PYTHONPATH lesson');
    mergePull(w.repo.work, 'dreaming/memory', 'squash', 1);
    const text = gitIn(w.repo.work, ['show', 'HEAD:CLAUDE.md']);
    // The person's commit has no dream trailers and no dream PR: the same words are theirs.
    humanCommit(w.repo.work, { 'CLAUDE.md': `${text}${PYPATH}\n- Deploy with \`make ship\`.\n` }, 'Add deploy notes');
    const found = await findAdoptions({ repoDir: w.repo.work, ledger });
    expect(found.map((a) => `${a.editId}:${a.how}`)).toEqual(['e-yarn:squash']);
  });

  it('finds nothing before the PR merges, and nothing for a ledger without entry hashes', async () => {
    const { w, ledger } = await proposed();
    expect(await findAdoptions({ repoDir: w.repo.work, ledger })).toEqual([]);
    mergePull(w.repo.work, 'dreaming/memory', 'merge', 1);
    const old = structuredClone(ledger);
    for (const e of Object.values(old.edits)) delete e.entryHash;
    expect(await findAdoptions({ repoDir: w.repo.work, ledger: old })).toEqual([]);
    expect((await findAdoptions({ repoDir: w.repo.work, ledger })).length).toBe(2);
  });
});
