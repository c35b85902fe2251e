/**
 * `dream why` on a real repository: a dream PR published by the real publish() with a real ledger,
 * merged the three ways GitHub merges, reworded by a reviewer, next to a person's line; evidence
 * quotes checked against transcripts committed in the checkout.
 */
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import type { Edit } from '../../src/model/index.js';
import { emptyLedger, recordProposed, serializeLedger } from '../../src/ledger/index.js';
import { registerWhyCommand, type WhyAnswer } from '../../src/cli/why.js';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';
import { edit, makeWorld, passResult, recordingLogger, type World } from '../publish/helpers.js';
import { humanCommit, mergePull, reviewerCommit, type MergeWay } from '../ledger/merge-ways.js';

const S1 = '.dreaming/sessions/s-1.jsonl';
const S2 = '.dreaming/sessions/s-2.jsonl';
const yarn: Edit = edit('e-yarn', '- Use npm, never yarn: the lockfile is package-lock.json.', {
  patternId: 'correction:npm-not-yarn',
  evidence: [
    { session: 's-1', file: S1, line: 2, quote: "Don't use yarn, always use npm" },
    { session: 's-2', file: S2, line: 1, quote: 'always use npm here' },
  ],
});
const pypath: Edit = edit('e-pypath', '- Run pytest with `PYTHONPATH=src`.', {
  patternId: 'fix:pytest-pythonpath',
  evidence: [{ session: 's-9', file: '.dreaming/sessions/s-9.jsonl', line: 4, quote: 'ModuleNotFoundError: No module named app' }],
});

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** A repo whose transcripts are committed, with an open dream PR carrying the real ledger. */
async function dreamPullOpen(): Promise<World> {
  const w = await makeWorld();
  world = w;
  humanCommit(
    w.repo.work,
    {
      [S1]: claudeCodeSession('s-1', '20', '/w', [{ user: 'set up the project' }, { user: "Don't use yarn, always use npm" }]),
      [S2]: claudeCodeSession('s-2', '21', '/w', [{ user: 'no, always use npm here' }]),
    },
    'Add transcripts',
  );
  const input = passResult([yarn, pypath]);
  input.ledgerText = serializeLedger(recordProposed(emptyLedger(), [yarn, pypath], '2026-11-21T12:00:00Z'));
  expect((await w.publishFrom(w.repo.work, input)).operation).toBe('created');
  return w;
}

async function why(repo: string, ...args: string[]): Promise<string> {
  let out = '';
  const program = new Command().exitOverride();
  registerWhyCommand(program, { logger: recordingLogger(), write: (t) => (out += t) });
  await program.parseAsync(['node', 'dream', 'why', '--repo', repo, ...args]);
  return out;
}
const whyJson = async (repo: string, target: string): Promise<WhyAnswer[]> => JSON.parse(await why(repo, target, '--json')) as WhyAnswer[];
const lineOf = (repo: string, text: string): number => gitIn(repo, ['show', 'HEAD:CLAUDE.md']).split('\n').indexOf(text) + 1;

describe('dream why', () => {
  it.each<MergeWay>(['merge', 'squash', 'rebase'])('explains a dreamed line merged by %s, with evidence that resolves', async (way) => {
    const w = await dreamPullOpen();
    const tip = mergePull(w.repo.work, 'dreaming/memory', way, 1);
    const n = lineOf(w.repo.work, yarn.after!);
    const [a] = await whyJson(w.repo.work, `CLAUDE.md:${n}`);
    expect(a).toMatchObject({ line: n, text: yarn.after, origin: 'dream' });
    expect(a!.edit).toMatchObject({
      id: 'e-yarn',
      how: way,
      adoptedIn: tip,
      patternId: 'correction:npm-not-yarn',
      rationale: yarn.rationale,
      support: { sessions: 2, agents: 1 },
    });
    expect(a!.edit!.evidence.map((e) => [e.file, e.line, e.resolved])).toEqual([
      [S1, 2, true],
      [S2, 1, true],
    ]);
    if (way === 'rebase') expect(a!.edit!.pr).toBeUndefined();
    else expect(a!.edit!.pr).toEqual({ number: 1 });
    // The other edit's transcript was never committed: said plainly, not resolved.
    const [b] = await whyJson(w.repo.work, `CLAUDE.md:${lineOf(w.repo.work, pypath.after!)}`);
    expect(b!.edit!.evidence).toEqual([{ ...pypath.evidence[0], resolved: false, why: 'the transcript is no longer in the checkout' }]);
  });

  it('a reviewer rewording, a person line, and a quote that no longer matches its transcript', async () => {
    const w = await dreamPullOpen();
    const reworded = '- Install with npm only; yarn breaks package-lock.json.';
    reviewerCommit(w.repo.work, 'dreaming/memory', 'CLAUDE.md', yarn.after!, reworded, 'Reword the npm lesson');
    mergePull(w.repo.work, 'dreaming/memory', 'merge', 1);
    const text = gitIn(w.repo.work, ['show', 'HEAD:CLAUDE.md']);
    // Someone rewrites the transcript line the evidence cites: the quote must stop resolving.
    const human = humanCommit(
      w.repo.work,
      { 'CLAUDE.md': `${text}- Deploy with \`make ship\`.\n`, [S2]: claudeCodeSession('s-2', '21', '/w', [{ user: 'pnpm is fine too' }]) },
      'Deploy notes',
    );
    const all = await whyJson(w.repo.work, 'CLAUDE.md');
    expect(all.length).toBe(text.split('\n').length);
    const r = all.find((l) => l.text === reworded)!;
    expect(r.origin).toBe('reworded');
    expect(r.commit.author).toBe('Rae Viewer');
    expect(r.edit).toMatchObject({ id: 'e-yarn', how: 'reworded', proposedText: yarn.after });
    expect(r.edit!.evidence.map((e) => e.resolved)).toEqual([true, false]);
    expect(r.edit!.evidence[1]!.why).toMatch(/quote does not occur/);
    const h = all.find((l) => l.text === '- Deploy with `make ship`.')!;
    expect(h).toMatchObject({ origin: 'human', commit: { sha: human } });
    expect(h.edit).toBeUndefined();
    expect(all.find((l) => l.text === '# acme')!.origin).toBe('human');

    const printed = await why(w.repo.work, `CLAUDE.md:${h.line}`);
    expect(printed).toBe(
      `CLAUDE.md:${h.line}  - Deploy with \`make ship\`.\n  written by a person (Dev in ${human.slice(0, 7)} on ${h.commit.date.slice(0, 10)}); no dream evidence\n`,
    );
    const dreamed = await why(w.repo.work, `CLAUDE.md:${r.line}`);
    expect(dreamed).toContain("a reviewer's rewording (Rae Viewer in");
    expect(dreamed).toContain(`the dream proposed: ${yarn.after}`);
    expect(dreamed).toContain(`evidence: s-1 ${S1}:2 "Don't use yarn, always use npm" (resolves)`);
  });

  it('bad targets are named: a line past the end, a path outside the repository, a file not committed', async () => {
    const w = await dreamPullOpen();
    const n = gitIn(w.repo.work, ['show', 'HEAD:CLAUDE.md']).split('\n').length - 1;
    await expect(why(w.repo.work, `CLAUDE.md:${n + 5}`)).rejects.toThrow(`CLAUDE.md:${n + 5}: the file has ${n} line(s) at HEAD`);
    await expect(why(w.repo.work, '../etc/passwd')).rejects.toThrow(/\.\.\/etc\/passwd/);
    await expect(why(w.repo.work, 'AGENTS.md')).rejects.toThrow(/^AGENTS\.md: not in HEAD/);
  });
});
