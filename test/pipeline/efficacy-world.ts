/**
 * A repository with a history for efficacy tests: memory committed on several dates, dream passes
 * (the real runDream with the offline engine) published by the real publish() to the fake GitHub,
 * one PR merged as a squash and one as a merge commit on chosen dates, and sessions dated around them.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { findAdoptions } from '../../src/ledger/adoption.js';
import { loadLedger, type Ledger } from '../../src/ledger/index.js';
import { measureEfficacy } from '../../src/pipeline/measure.js';
import { expandAbsoluteGlobs } from '../../src/sources/globs.js';
import type { AdoptedEntry, LessonEfficacy } from '../../src/model/index.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';
import type { World } from '../publish/helpers.js';

export const LEDGER = '.dreaming/ledger.json';
const SESSIONS = '.dreaming/sessions/**/*.jsonl';

const pytestFail = "ImportError while loading conftest.\nE   ModuleNotFoundError: No module named 'acme'\n1 error in 0.12s";
const legacyFail = 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';
const buildOk = '> acme@1.0.0 build\n> vite build\n\nbuilt in 1.2s';

/** The episodes the lessons are learned from, and what sessions do otherwise. */
export const turns = {
  pytest: [
    { bash: 'pytest tests', out: pytestFail, error: true, exit: 4 },
    { bash: 'PYTHONPATH=src pytest tests', out: '14 passed in 0.41s' },
  ] as Turn[],
  yarn: [
    { bash: 'yarn install', out: 'yarn: command not found', error: true, exit: 127 },
    { user: "Don't use yarn in this repo, always use npm. The lockfile is package-lock.json." },
    { bash: 'npm ci', out: 'added 212 packages in 4s' },
  ] as Turn[],
  legacy: [
    { bash: 'npm run legacy-build', out: legacyFail, error: true, exit: 1 },
    { bash: 'npm run build', out: buildOk },
  ] as Turn[],
  /** The build lesson followed, but the build now fails in a way never seen before. */
  newBuildFailure: [
    { bash: 'npm run build', out: 'sh: 1: vite: not found\nnpm error code 127', error: true, exit: 127 },
    { bash: 'npx vite build', out: 'built in 1.3s' },
  ] as Turn[],
  npmOk: [{ bash: 'npm ci', out: 'added 212 packages in 4s' }] as Turn[],
  quiet: [{ bash: 'ls src', out: 'acme' }] as Turn[],
};

/** A Claude Code session on 2026-11-<day>, written into the checkout; the id encodes the day and n. */
export function writeSession(dir: string, day: number, n: number, parts: Turn[][], agent: 'claude-code' | 'codex' = 'claude-code'): string {
  const id = `${String(day).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
  const all: Turn[] = [{ user: `Task ${n}: fix the importer` }, ...parts.flat()];
  const dd = String(day).padStart(2, '0');
  const text = agent === 'codex' ? codexRollout(id, dd, '/repo', all) : claudeCodeSession(id, dd, '/repo', all);
  writeFiles(dir, { [`.dreaming/sessions/${agent}/${id}.jsonl`]: text });
  return id;
}

/**
 * A Claude Code session on 2026-11-<day> that runs `parent`, then hands `sub` to a subagent through
 * the Task tool, as Claude Code writes them: the subagent's turns in
 * `<session>/subagents/agent-<id>.jsonl`, and the parent's Task result naming the agent (the link)
 * unless `linked: false` (a compaction agent, a Task cut off before its result, an older version).
 * Path -> text, for the caller to write all at once or one file at a time.
 */
export function familyFiles(day: number, n: number, parent: Turn[], sub: Turn[], o: { linked?: boolean } = {}): Record<string, string> {
  const id = `${String(day).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
  const agent = `a${String(n).padStart(6, '0')}`;
  const dd = String(day).padStart(2, '0');
  const task: Turn = {
    tool: 'Task',
    input: { description: 'Run the importer tests', prompt: 'Run the tests', subagent_type: 'general-purpose' },
    out: 'done',
  };
  const lines = claudeCodeSession(id, dd, '/repo', [{ user: `Task ${n}: fix the importer` }, ...parent, task])
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  // The Task result names the agent it ran (Claude Code's toolUseResult).
  if (o.linked !== false)
    lines[lines.length - 1]!.toolUseResult = { agentId: agent, status: 'completed', content: [{ type: 'text', text: 'done' }] };
  return {
    [`.dreaming/sessions/claude-code/${id}.jsonl`]: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    [`.dreaming/sessions/claude-code/${id}/subagents/agent-${agent}.jsonl`]: claudeCodeSession(id, dd, '/repo', [
      { user: 'Run the tests' },
      ...sub,
    ]),
  };
}

export function dream(dir: string, at: string): Promise<DreamRunResult> {
  return runDream({
    repoDir: dir,
    sessions: [SESSIONS],
    engine: new OfflineEngine(),
    options: defaultDreamOptions,
    ledgerPath: LEDGER,
    logger: silentLogger,
    now: () => new Date(at),
  });
}

/** Publishes a pass as a dream PR on the fake GitHub (the real publish()), from the checkout. */
export async function publishPass(w: World, r: DreamRunResult): Promise<number> {
  const out = await w.publishFrom(w.repo.work, { report: r.report, changes: r.changes, ledgerText: r.ledgerText, ledgerPath: LEDGER });
  if (!out.pull) throw new Error(`no pull request: ${out.operation}`);
  return out.pull.number;
}

/** The reviewer merged the PR in the web UI: the fake closes it as merged (git did the merge). */
export function markMerged(w: World, pr: number, at: string): void {
  const p = w.fake.pulls.find((x) => x.number === pr)!;
  w.fake.closePull(pr);
  p.mergedAt = at;
}

const github = (date: string) => ({
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com',
  GIT_COMMITTER_DATE: date,
  GIT_AUTHOR_DATE: date,
});

/** Merges origin/dreaming/memory into main as GitHub does for PR #pr, on `date`, and pulls it into the checkout. */
export function mergeAt({ dir, way, pr, date }: { dir: string; way: 'squash' | 'merge'; pr: number; date: string }): string {
  const branch = 'dreaming/memory';
  gitIn(dir, ['fetch', '--quiet', 'origin']);
  gitIn(dir, ['checkout', '--quiet', 'main']);
  gitIn(dir, ['reset', '--quiet', '--hard', 'origin/main']);
  if (way === 'merge') {
    gitIn(dir, ['merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pr} from acme/${branch}`, `origin/${branch}`], github(date));
  } else {
    const messages = gitIn(dir, ['log', '--reverse', '--format=%B%x1e', `origin/main..origin/${branch}`])
      .split('\x1e')
      .map((m) => m.trim())
      .filter(Boolean);
    gitIn(dir, ['merge', '--quiet', '--squash', `origin/${branch}`]);
    gitIn(dir, ['commit', '--quiet', '-m', `dream: memory edits (#${pr})`, '-m', messages.map((m) => `* ${m}`).join('\n\n')], github(date));
  }
  gitIn(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  return gitIn(dir, ['rev-parse', 'HEAD']).trim();
}

/** A person's commit of memory on `date`. */
export function commitMemoryAt({
  dir,
  files,
  message,
  date,
}: {
  dir: string;
  files: Record<string, string>;
  message: string;
  date: string;
}): void {
  writeFiles(dir, files);
  gitIn(dir, ['add', ...Object.keys(files)]);
  gitIn(dir, ['commit', '--quiet', '-m', message], { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date });
  gitIn(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
}

export const sessionFiles = (dir: string, ids: string[], agent: 'claude-code' | 'codex' = 'claude-code'): string[] =>
  ids.map((id) => path.join(dir, '.dreaming/sessions', agent, `${id}.jsonl`));

export interface Adopted {
  dir: string;
  ledger: Ledger;
  adoptions: AdoptedEntry[];
}

/**
 * Memory, `before` sessions (Claude Code, from Nov 2), their dream PR merged on Nov 6, then `after`
 * written by the caller; the ledger as the merge left it on main.
 */
export async function adopt(w: World, before: Turn[][][], after: (dir: string) => void): Promise<Adopted> {
  const dir = w.repo.work;
  commitMemoryAt({
    dir,
    files: { 'CLAUDE.md': '# acme\n\n## Style\n\n- Keep functions small.\n' },
    message: 'Memory',
    date: '2026-10-20T10:00:00Z',
  });
  before.forEach((parts, i) => writeSession(dir, 2 + i, 1 + i, parts));
  const pr = await publishPass(w, await dream(dir, '2026-11-05T20:00:00Z'));
  mergeAt({ dir, way: 'merge', pr, date: '2026-11-06T09:00:00Z' });
  markMerged(w, pr, '2026-11-06T09:00:00Z');
  after(dir);
  const ledger = loadLedger(gitIn(dir, ['show', `HEAD:${LEDGER}`]), LEDGER);
  return { dir, ledger, adoptions: await findAdoptions({ repoDir: dir, ledger }) };
}

/** `dream efficacy` over every transcript of the checkout, counted from scratch. */
export async function measureAll(a: Adopted, now: string): Promise<LessonEfficacy[]> {
  const { files } = await expandAbsoluteGlobs([`${a.dir}/.dreaming/sessions/**/*.jsonl`]);
  const { efficacy } = await measureEfficacy({
    repoDir: a.dir,
    files,
    ledger: a.ledger,
    adoptions: a.adoptions,
    now: new Date(now),
    logger: silentLogger,
  });
  return efficacy;
}

/** The one lesson whose entry matches `word`. */
export const about = (list: readonly LessonEfficacy[], word: RegExp): LessonEfficacy => {
  const found = list.filter((l) => word.test(l.entry));
  expect(found, `one lesson about ${word}: ${list.map((l) => l.entry).join(' | ')}`).toHaveLength(1);
  return found[0]!;
};
