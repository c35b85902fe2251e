/**
 * A dream pass's result, hand-made, and the wiring of publish() to the fake GitHub and real git.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Edit, Logger, DreamReport, FileChange } from '../../src/model/index.js';
import { emptyUsage } from '../../src/engine/usage.js';
import { GitHubClient } from '../../src/publish/github.js';
import { DreamBranch } from '../../src/publish/git.js';
import { publish, type PublishInput } from '../../src/publish/publish.js';
import { defaultPublishSettings, type PublishSettings } from '../../src/publish/settings.js';
import { FakeGitHub } from '../helpers/fake-github/server.js';
import { makeRepo, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';

export const CLAUDE_MD = '# acme\n\n## Build\n\n- Run the tests with `pytest`.\n';

export function recordingLogger(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, debug: () => {}, info: (m) => infos.push(m), warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

export function edit(id: string, line: string, extra: Partial<Edit> = {}): Edit {
  return {
    id,
    op: 'add',
    file: 'CLAUDE.md',
    section: ['acme', 'Build'],
    after: line,
    rationale: 'Two sessions were corrected the same way.',
    evidence: [
      { session: 's-1', file: '.dreaming/sessions/s-1.jsonl', line: 3, quote: "Don't use yarn, always use npm", agent: 'claude-code' },
      { session: 's-2', file: '.dreaming/sessions/s-2.jsonl', line: 5, quote: 'always use npm here', agent: 'claude-code' },
    ],
    support: { sessions: 2, agents: 1 },
    ...extra,
  };
}

/** The two lessons the publish tests propose, shared so every file means the same edits. */
export const yarnEdit = edit('e-yarn', '- Use npm, never yarn: the lockfile is package-lock.json.');
export const pythonpathEdit = edit('e-pypath', '- Run pytest with `PYTHONPATH=src`.');

export function passResult(edits: Edit[], sessionIds = ['s-1', 's-2']): PublishInput {
  const lines = edits.map((e) => e.after ?? '').filter(Boolean);
  const after = lines.length ? `${CLAUDE_MD}${lines.map((l) => `${l}\n`).join('')}` : CLAUDE_MD;
  const changes: FileChange[] = lines.length ? [{ path: 'CLAUDE.md', before: CLAUDE_MD, after }] : [];
  const report: DreamReport = {
    version: 1,
    engine: 'offline',
    sessions: { read: sessionIds.length, alreadyDreamed: 0, ids: sessionIds, files: sessionIds.length, skipped: [] },
    patterns: [],
    edits,
    rejected: [],
    usage: emptyUsage(),
    timings: {},
    notes: [],
  };
  const ledgerText = JSON.stringify({ version: 1, sessions: Object.fromEntries(sessionIds.map((s) => [s, { id: s }])) }, null, 2) + '\n';
  return { report, changes, ledgerText, ledgerPath: '.dreaming/ledger.json' };
}

export interface World {
  repo: RepoFixture;
  fake: FakeGitHub;
  settings: PublishSettings;
  client(logger?: Logger): GitHubClient;
  publishFrom(checkout: string, input: PublishInput, overrides?: Partial<PublishSettings>, logger?: Logger): ReturnType<typeof publish>;
  /** A file's text on a branch of the origin. */
  show(branch: string, file: string): string;
  close(): Promise<void>;
}

export async function makeWorld(): Promise<World> {
  const repo = makeRepo({
    'CLAUDE.md': CLAUDE_MD,
    '.dreaming/sessions/s-1.jsonl': '{}\n',
    '.dreaming/sessions/s-2.jsonl': '{}\n',
  });
  const fake = new FakeGitHub('acme', 'notes', repo.bare);
  await fake.start();
  // No state branch: publish() then commits the ledger with the edits (the state branch's own tests cover the other case).
  const settings: PublishSettings = { ...defaultPublishSettings('acme', 'notes'), reviewers: ['octocat'], stateBranch: '' };
  const client = (logger: Logger = recordingLogger()) =>
    new GitHubClient({ token: 'ghs_test', owner: 'acme', repo: 'notes', apiUrl: fake.url, logger, retryBaseMs: 5 });
  return {
    repo,
    fake,
    settings,
    client,
    publishFrom: (checkout, input, overrides = {}, logger = recordingLogger()) =>
      publish(
        input,
        { ...settings, ...overrides },
        {
          github: client(logger),
          branch: new DreamBranch({ repoDir: checkout, botName: settings.botName, botEmail: settings.botEmail, logger }),
          logger,
          now: () => new Date('2026-11-21T12:00:00Z'),
        },
      ),
    show: (branch, file) => repo.git(repo.bare, 'show', `${branch}:${file}`),
    close: async () => {
      await fake.stop();
      repo.cleanup();
    },
  };
}

export const readText = (f: string) => readFileSync(f, 'utf8');
export const join = path.join;
