import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDream } from '../../../src/pipeline/run.js';
import { OfflineEngine } from '../../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { silentLogger } from '../../../src/log.js';
import { claudeCodeSession, codexRollout, type Turn } from '../../helpers/transcript-builders.js';
import { gitIn, writeFiles } from '../../helpers/fake-github/repo-fixture.js';

// A rule memory states counts as broken only by sessions that started after git says its line was
// committed: real git (commits at chosen dates), the real pass and the offline engine.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A repository whose commits land at the given dates (committer and author alike). */
function repo(commits: { date: string; files: Record<string, string> }[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dated-rules-'));
  dirs.push(dir);
  gitIn(dir, ['init', '--quiet']);
  for (const c of commits) {
    writeFiles(dir, c.files);
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '--quiet', '-m', `at ${c.date}`], { GIT_AUTHOR_DATE: c.date, GIT_COMMITTER_DATE: c.date });
  }
  return dir;
}

async function pass(dir: string, sessions: Record<string, string>) {
  writeFiles(dir, sessions);
  const r = await runDream({
    repoDir: dir,
    sessions: ['s/*.jsonl'],
    engine: new OfflineEngine({ repoFacts: { scripts: {}, makeTargets: null, exists: () => true }, history: null }),
    options: defaultDreamOptions,
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    efficacy: false,
  });
  return r.report;
}

const id = (n: number) => `${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
const before = '# billing\n\n## Rules\n\n- Keep PRs small.\n';
const rule = '- `vendor/payments/` must never be edited by hand.';
const withRule = `${before}${rule}\n`;
/** A Claude Code session on 2026-11-`day` whose agent edits the vendored code, unasked. */
const edits = (n: number, day: string, file = 'client.ts', ask = 'the refund call times out'): [string, string] => [
  `s/${id(n)}.jsonl`,
  claudeCodeSession(id(n), day, '/work/billing', [
    { user: ask },
    { tool: 'Edit', input: { file_path: `/work/billing/vendor/payments/${file}`, old_string: 'a', new_string: 'b' }, out: 'ok' },
  ] satisfies Turn[]),
];

describe('a broken rule, dated by git', () => {
  it('counts only the sessions that started after the rule was committed', async () => {
    const dir = repo([
      { date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': before } },
      { date: '2026-11-12T10:00:00Z', files: { 'CLAUDE.md': withRule } },
    ]);
    // Two sessions broke it before it existed, one after: below the bar of two.
    const report = await pass(dir, Object.fromEntries([edits(1, '10'), edits(2, '11'), edits(3, '13')]));
    expect(report.edits).toEqual([]);
    expect(report.patterns.map((p) => [p.support, p.sessions])).toEqual([[1, [id(3)]]]);
  });

  it('marks the rule once two sessions after its commit broke it, and says the line was dated', async () => {
    const dir = repo([
      { date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': before } },
      { date: '2026-11-09T10:00:00Z', files: { 'CLAUDE.md': withRule } },
      // Re-indenting or moving the rule later does not make it new (blame -w -M).
      { date: '2026-11-20T10:00:00Z', files: { 'CLAUDE.md': `# billing\n\n## Rules\n\n${rule}\n- Keep PRs small.\n` } },
    ]);
    const report = await pass(dir, Object.fromEntries([edits(1, '10'), edits(2, '11', 'webhooks.ts')]));
    expect(report.edits.map((e) => [e.file, e.after])).toEqual([
      ['CLAUDE.md', '- **IMPORTANT:** `vendor/payments/` must never be edited by hand.'],
    ]);
    expect(report.edits[0]?.rationale).toContain('Git dates the line to 2026-11-09: only sessions that started after it count.');
  });

  it('dates a reworded rule from its rewording', async () => {
    const dir = repo([
      { date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': `${before}- Do not modify anything in \`vendor/payments/\`.\n` } },
      { date: '2026-11-12T10:00:00Z', files: { 'CLAUDE.md': withRule } },
    ]);
    // Git cannot tell a rewording from a new rule: both sessions predate the line as it reads now, so
    // they are left out (a lesson missed, the cheap way to be wrong).
    const report = await pass(dir, Object.fromEntries([edits(1, '10'), edits(2, '11')]));
    expect(report.patterns).toEqual([]);
    expect(report.edits).toEqual([]);
  });

  it('counts sessions as before when the line is not committed, and says so', async () => {
    const dir = repo([{ date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': before } }]);
    writeFiles(dir, { 'CLAUDE.md': withRule });
    const report = await pass(dir, Object.fromEntries([edits(1, '10'), edits(2, '11')]));
    expect(report.edits).toHaveLength(1);
    expect(report.edits[0]?.rationale).toContain(
      'Whether the line existed yet when these sessions started is unknown (the line is not committed), so they count regardless.',
    );
  });

  it('counts sessions as before in a shallow clone, whose oldest commit takes the blame for older lines', async () => {
    const origin = repo([
      { date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': withRule } },
      { date: '2026-11-20T10:00:00Z', files: { 'README.md': 'billing\n' } },
    ]);
    // actions/checkout's default: one commit, dated after both sessions.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dated-rules-shallow-'));
    dirs.push(dir);
    gitIn(os.tmpdir(), ['clone', '--quiet', '--depth', '1', `file://${origin}`, dir]);
    const report = await pass(dir, Object.fromEntries([edits(1, '10'), edits(2, '11')]));
    expect(report.edits).toHaveLength(1);
    expect(report.edits[0]?.rationale).toContain(
      '(the clone is shallow, and the line is older than its history), so they count regardless.',
    );
  });

  it('counts a session without timestamps, and says so', async () => {
    const dir = repo([{ date: '2026-11-12T10:00:00Z', files: { 'CLAUDE.md': withRule } }]);
    // Another request: an untimed record of the same words as session 1 would be a copy of it (same-event.ts).
    const [file, text] = edits(2, '01', 'client.ts', 'refunds hang, please look');
    const undated = text
      .trim()
      .split('\n')
      .map((l) => {
        const { timestamp: _, ...rest } = JSON.parse(l) as Record<string, unknown>;
        return JSON.stringify(rest);
      })
      .join('\n');
    const report = await pass(dir, Object.fromEntries([edits(1, '13'), [file, `${undated}\n`]]));
    expect(report.edits).toHaveLength(1);
    expect(report.edits[0]?.rationale).toContain(
      'Whether the line existed yet when some of these sessions started is unknown (the session has no timestamps), so they count regardless.',
    );
  });

  it('trusts the memory a session shows it loaded over the commit date', async () => {
    const agents = '# billing\n\n- Do not run `stripe trigger`.\n';
    const dir = repo([{ date: '2026-11-20T10:00:00Z', files: { 'AGENTS.md': agents } }]);
    // The rollouts show AGENTS.md with the rule in it, days before it was committed (a local edit).
    const codex = (n: number) => [
      `s/rollout-2026-11-1${n}T14-00-00-codex-${n}.jsonl`,
      codexRollout(`codex-${n}`, `1${n}`, '/work/billing', [{ user: 'refunds fail' }, { bash: 'stripe trigger charge.refunded' }], agents),
    ];
    const report = await pass(dir, Object.fromEntries([codex(1), codex(2)]));
    expect(report.edits.map((e) => [e.file, e.after])).toEqual([['AGENTS.md', '- **IMPORTANT:** Do not run `stripe trigger`.']]);
    expect(report.edits[0]?.rationale).toContain('Each session shows the rule in the memory it loaded.');
  });
});
