/**
 * A commit or tag message glued to its option (`git commit -mwip_for_ana`, `-amquick_fix`, `git tag -a -mrelease`) is
 * the person's prose, not the command's shape (signals/command.ts). Before probe5's fix each session's message became
 * part of the fix's signature: the report's patterns (the PR body's table) and the ledger carried the messages, and the
 * same fix in two sessions split into two one-offs that were never learnt. End to end: Claude Code and Codex
 * transcripts on disk, the real readers, miners and offline engine. Control: a glued value that shapes the run
 * (`pytest -mslow`, then `-mfast`) stays in the key.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const GPG = 'error: gpg failed to sign the data\nfatal: failed to write commit object';
const HOOK = 'husky - pre-commit hook exited with code 1 (error)';
const TASKS = ['Round high water half up in the tide table.', 'Add a CSV export to the almanac page.'];

/** One session: the task, the command failing, the agent's retry working, the agent's summary. */
const retry = (task: string, failed: string, out: string, worked: string): Turn[] => [
  { user: task },
  { bash: failed, out, error: true, exit: 1 },
  { bash: worked, out: '[main 1a2b3c4] done' },
  { say: 'Committed.' },
];

/** Dreams a Claude Code session and a Codex rollout at the default bar; the report and the ledger's text. */
async function dream(claude: Turn[], codex: Turn[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glued-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'CLAUDE.md'), '# CLAUDE.md\n\n- The tide tables live in src/.\n');
  mkdirSync(path.join(dir, 'logs'));
  writeFileSync(path.join(dir, 'logs', 's0.jsonl'), claudeCodeSession('0a1c5e00-0000-4000-8000-000000000000', '10', dir, claude));
  writeFileSync(path.join(dir, 'logs', 'rollout-s1.jsonl'), codexRollout('1b1c5e00-0000-4000-8000-000000000001', '12', dir, codex));
  const { report, ledgerText } = await runDream({
    repoDir: dir,
    sessions: ['logs/*.jsonl'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-11-30T00:00:00Z'),
  });
  return { report, ledgerText };
}

describe('a message glued to its option, across sessions', () => {
  it.each([
    [
      'git commit -mwip_for_ana',
      GPG,
      'git commit --no-gpg-sign -mround_half_up',
      'git commit -mtmp_ana',
      'git commit --no-gpg-sign -mcsv_export',
    ],
    [
      'git commit -amwip_for_ana',
      GPG,
      'git commit --no-gpg-sign -amround_half_up',
      'git commit -amtmp_ana',
      'git commit --no-gpg-sign -amcsv_export',
    ],
    ['git commit -mwip_for_ana', HOOK, 'git commit -n -mround_half_up', 'git commit -mtmp_ana', 'git commit -n -mcsv_export'],
    [
      'git tag -a -mwip_for_ana v1.2.0',
      GPG,
      'git tag --no-sign -a -mrelease_round v1.2.0',
      'git tag -a -mtmp_ana v1.3.0',
      'git tag --no-sign -a -mcsv_export v1.3.0',
    ],
  ])('%s, then a retry: one fix in both sessions, no message in its key or the ledger', async (failed, out, worked, failed2, worked2) => {
    const { report, ledgerText } = await dream(retry(TASKS[0]!, failed, out, worked), retry(TASKS[1]!, failed2, out, worked2));
    const fixes = report.patterns.filter((p) => p.signature.startsWith('fix|'));
    expect(fixes).toHaveLength(1);
    expect(fixes[0]!.support).toBe(2);
    expect(fixes[0]!.oneOff).toBe(false);
    for (const message of ['wip_for_ana', 'round_half_up', 'tmp_ana', 'csv_export', 'release_round']) {
      expect(JSON.stringify(report.patterns)).not.toContain(message);
      expect(ledgerText).not.toContain(message);
    }
  });

  it('control: a glued value that shapes the run stays in the key', async () => {
    const tests = (task: string): Turn[] => [
      { user: task },
      { bash: 'pytest -mslow', out: 'ERROR: not found: no tests ran in 0.01s', error: true, exit: 4 },
      { bash: 'pytest -mfast', out: '12 passed in 0.40s' },
      { say: 'Tests pass.' },
    ];
    const { report } = await dream(tests(TASKS[0]!), tests(TASKS[1]!));
    const fixes = report.patterns.filter((p) => p.signature.startsWith('fix|'));
    expect(fixes.map((p) => p.signature)).toEqual([expect.stringMatching(/flag:-mslow.*flag:-mfast/)]);
  });
});
