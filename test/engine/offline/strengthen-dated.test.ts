/**
 * A rule the user keeps saying although memory says it is marked IMPORTANT (strengthen.ts). Round 27 (a Gemini CLI
 * prompt log beside its GEMINI.md) showed the flaw: the user said "Do not use SERPAPI_API unless required" in June,
 * the line in GEMINI.md was written from those words later, and the pass marked it IMPORTANT because "the user had to
 * correct agents against it", which no session shows. Now only the sessions that started once the line was written
 * (git blame's author time) count toward marking it; where git cannot date the line they count as before. Real git
 * with commits at chosen dates, the real pass and the offline engine; rules and wording ours.
 */
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

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A repository whose commits land at the given dates (author and committer alike). */
function repo(commits: { date: string; files: Record<string, string> }[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dated-strengthen-'));
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
    // The repository's own history: the engine dates the line it would mark.
    engine: new OfflineEngine({ repoFacts: { scripts: {}, makeTargets: null, exists: () => true } }),
    options: defaultDreamOptions,
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    efficacy: false,
  });
  return r.report;
}

const id = (n: number) => `${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
/** [the rule as memory states it, the command the agent ran, what the user said right after]. */
const rules: [string, string, string][] = [
  ['- Use bun, not npm.', 'npm run build', 'use bun, not npm'],
  ['- Use uv instead of pip for Python dependencies.', 'pip install httpx', 'use uv instead of pip please'],
  ['- Use podman, not docker.', 'docker compose up -d', "please use podman, not docker, we don't have docker"],
];
const head = '# shop\n\n## Rules\n\n- Keep PRs small.\n';
/** A session on 2026-11-`day`, by Claude Code or Codex, in which the user corrects the agent with the rule. */
function said(n: number, day: string, [, ran, words]: [string, string, string], agent: 'claude' | 'codex' = 'claude'): [string, string] {
  const turns: Turn[] = [{ user: `the checkout page needs a coupon field (${n})` }, { bash: ran, out: 'done', exit: 0 }, { user: words }];
  return [
    `s/${id(n)}.jsonl`,
    agent === 'claude' ? claudeCodeSession(id(n), day, '/work/shop', turns) : codexRollout(id(n), day, '/work/shop', turns),
  ];
}
const important = (rule: string) => `- **IMPORTANT:** ${rule.slice(2)}`;

describe('a rule the user says again, dated by git', () => {
  it.each(rules)('"%s" written after every session that said it: not marked, and the report says why', async (...r) => {
    const dir = repo([
      { date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': head, 'AGENTS.md': head } },
      { date: '2026-11-12T10:00:00Z', files: { 'CLAUDE.md': `${head}${r[0]}\n`, 'AGENTS.md': `${head}${r[0]}\n` } },
    ]);
    const report = await pass(dir, Object.fromEntries([said(1, '10', r), said(2, '11', r, 'codex')]));
    expect(report.edits).toEqual([]);
    expect(report.notes.join('\n')).toMatch(
      /not marked IMPORTANT: (CLAUDE|AGENTS)\.md:6 was written on 2026-11-12, after every session that said it/,
    );
  });

  it.each(rules)('control: "%s" written before the sessions: marked IMPORTANT, as before', async (...r) => {
    const dir = repo([
      { date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': head } },
      { date: '2026-11-09T10:00:00Z', files: { 'CLAUDE.md': `${head}${r[0]}\n` } },
    ]);
    const report = await pass(dir, Object.fromEntries([said(1, '10', r), said(2, '11', r)]));
    expect(report.edits.map((e) => [e.file, e.after])).toEqual([['CLAUDE.md', important(r[0])]]);
    expect(report.edits[0]?.rationale).toContain('yet the user had to correct agents against it in 2 sessions');
  });

  it('one session before the line and one after: below the bar of two, not marked', async () => {
    const r = rules[0]!;
    const dir = repo([{ date: '2026-11-12T10:00:00Z', files: { 'CLAUDE.md': `${head}${r[0]}\n` } }]);
    const report = await pass(dir, Object.fromEntries([said(1, '11', r), said(2, '13', r)]));
    expect(report.edits).toEqual([]);
    expect(report.notes.join('\n')).toContain('after all but 1 of the sessions that said it');
  });

  it('control: a line git cannot date (not committed) counts every session, as before', async () => {
    const r = rules[1]!;
    const dir = repo([{ date: '2026-11-01T10:00:00Z', files: { 'CLAUDE.md': head } }]);
    writeFiles(dir, { 'CLAUDE.md': `${head}${r[0]}\n` });
    const report = await pass(dir, Object.fromEntries([said(1, '10', r), said(2, '11', r)]));
    expect(report.edits.map((e) => e.after)).toEqual([important(r[0])]);
  });
});
