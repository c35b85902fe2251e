/**
 * The Action end to end: a bare origin holding a small repository with hand-written transcripts,
 * checkouts of it, the fake GitHub (validated against the OpenAPI description), and run() from
 * src/main.ts called in-process with the INPUT_* environment a runner would set and the run's context
 * (what @actions/github reads from GITHUB_*) given as a value, so runs in one process stay apart.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type ActionResult, type ActionRuntime, type RunContext } from '../../src/main.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { FakeGitHub } from '../helpers/fake-github/server.js';
import { gitIn, makeRepo, writeFiles, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';

export const CLAUDE_MD = '# acme-notes\n\n## Build\n\n- Build the web UI with `npm run legacy-build`.\n- Keep functions small.\n';

const cwd = '/home/dev/acme-notes';
const legacyFail = 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';
const buildOk = '> acme-notes@1.4.0 build\n> vite build\n\nbuilt in 1.2s';

/** A session that follows the stale memory entry, fails, and recovers with the real script. */
export function legacyBuildSession(n: number, day: string): [string, string] {
  const id = `6f1c2a10-${String(n).padStart(4, '0')}-4aaa-8aaa-${String(n).padStart(12, '0')}`;
  const turns: Turn[] = [
    { user: `Task ${n}: fix the export page and rebuild the UI.` },
    { bash: 'npm run legacy-build', out: legacyFail, error: true },
    { bash: 'npm run build', out: buildOk },
    { say: 'Done.' },
  ];
  return [`.dreaming/sessions/${id}.jsonl`, claudeCodeSession(id, day, cwd, turns)];
}

/**
 * The run's context as @actions/github's `context` holds it on a runner of acme/notes: the API at
 * `apiUrl` (the fake), no workflow run unless `runId` is given, and the event's payload.
 */
export function runContext(p: {
  apiUrl?: string;
  sha?: string;
  eventName?: string;
  payload?: Record<string, unknown>;
  runId?: number;
  runAttempt?: number;
}): RunContext {
  return {
    repo: { owner: 'acme', repo: 'notes' },
    apiUrl: p.apiUrl ?? 'https://api.github.com',
    serverUrl: 'https://github.com',
    // The runner's context parses absent GITHUB_RUN_ID/GITHUB_RUN_ATTEMPT to NaN.
    runId: p.runId ?? NaN,
    runAttempt: p.runAttempt ?? NaN,
    sha: p.sha ?? '',
    eventName: p.eventName ?? 'workflow_dispatch',
    payload: p.payload ?? {},
  };
}

export interface Recorder extends ActionRuntime {
  warnings: string[];
  infos: string[];
  secrets: string[];
  outputs: Record<string, string>;
  summaries: string[];
  failures: string[];
}

export function recorder(): Recorder {
  const r: Recorder = {
    warnings: [],
    infos: [],
    secrets: [],
    outputs: {},
    summaries: [],
    failures: [],
    logger: {
      debug: () => {},
      info: (m) => r.infos.push(m),
      warning: (m, w) => r.warnings.push(w?.file ? `${m} @${w.file}:${w.line ?? ''}` : m),
      error: (m) => r.warnings.push(m),
    },
    setSecret: (v) => r.secrets.push(v),
    setOutput: (n, v) => (r.outputs[n] = v),
    writeSummary: async (md) => {
      r.summaries.push(md);
    },
    setFailed: (m) => r.failures.push(m),
  };
  return r;
}

export interface ActionWorld {
  repo: RepoFixture;
  fake: FakeGitHub;
  temp: string;
  /** Runs the Action in a checkout (default: the first one), with extra inputs. */
  /** `env`: the job's other variables (AWS_REGION...), as a workflow's `env:` would set them. */
  act(inputs?: Record<string, string>, checkout?: string, env?: NodeJS.ProcessEnv): Promise<ActionResult & { rec: Recorder }>;
  /** Commits files to main on the origin, and brings the given checkouts up to date. */
  pushToMain(files: Record<string, string>, ...checkouts: string[]): void;
  show(ref: string, file: string): string;
  close(): Promise<void>;
}

export async function makeActionWorld(sessions: Record<string, string>): Promise<ActionWorld> {
  const repo = makeRepo({ 'CLAUDE.md': CLAUDE_MD, ...sessions });
  const fake = new FakeGitHub('acme', 'notes', repo.bare);
  await fake.start();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'dream-action-runner-'));
  return {
    repo,
    fake,
    temp,
    async act(inputs = {}, checkout = repo.work, jobEnv = {}) {
      const rec = recorder();
      const env: NodeJS.ProcessEnv = {
        ...jobEnv,
        GITHUB_WORKSPACE: checkout,
        RUNNER_TEMP: temp,
        'INPUT_GITHUB-TOKEN': 'ghs_fake_token_for_tests',
        INPUT_SESSIONS: '.dreaming/sessions/**/*.jsonl',
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      };
      const result = await run(env, {
        runtime: rec,
        context: runContext({ apiUrl: fake.url }),
        retryBaseMs: 5,
        now: () => new Date('2026-11-21T12:00:00Z'),
      });
      return { ...result, rec };
    },
    pushToMain(files, ...checkouts) {
      writeFiles(repo.work, files);
      gitIn(repo.work, ['add', '-A']);
      gitIn(repo.work, ['commit', '--quiet', '-m', 'more sessions']);
      gitIn(repo.work, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
      for (const c of checkouts) if (c !== repo.work) gitIn(c, ['pull', '--quiet', '--ff-only', 'origin', 'main']);
    },
    show: (ref, file) => repo.git(repo.bare, 'show', `${ref}:${file}`),
    async close() {
      await fake.stop();
      repo.cleanup();
    },
  };
}
