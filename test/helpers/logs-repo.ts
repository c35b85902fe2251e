/**
 * A throwaway repository for end-to-end `dream run` tests over transcripts written under its logs/ folder,
 * with memory files at its root. The pass is the real CLI (run-cli.ts). Call `useLogsRepo` at a test file's
 * top level: it makes the folder before each test and removes it after.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import { claudeCodeSession, codexRollout, type Turn } from './transcript-builders.js';
import { dreamRunReport } from './run-cli.js';

export interface LogsRepoOptions {
  /** The temp folder's name prefix. */
  prefix: string;
  /** The working directory the sessions record. */
  cwd: string;
  /** Memory files written at the repository's root before each test: name -> text. */
  memory: Readonly<Record<string, string>>;
  /** The --sessions glob, relative to the repository. */
  sessions: string;
}

export interface LogsRepo {
  /** The repository of the current test. */
  readonly repo: string;
  /** A file at `rel` under the repository (its folder made). */
  write(rel: string, text: string): void;
  /** A Claude Code session as logs/NAME.jsonl. */
  claude(name: string, id: string, day: string, turns: Turn[]): void;
  /** A Codex rollout as logs/rollout-NAME.jsonl. */
  codex(name: string, id: string, day: string, turns: Turn[]): void;
  /** `dream run` over the sessions, with `args` after the glob; its report. */
  dreamRun(...args: string[]): Promise<DreamReport>;
}

export function useLogsRepo(o: LogsRepoOptions): LogsRepo {
  let dir = '';
  let repo = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), o.prefix));
    repo = path.join(dir, 'repo');
    mkdirSync(path.join(repo, 'logs'), { recursive: true });
    for (const [name, text] of Object.entries(o.memory)) writeFileSync(path.join(repo, name), text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  };
  return {
    get repo() {
      return repo;
    },
    write,
    claude: (name, id, day, turns) => write(`logs/${name}.jsonl`, claudeCodeSession(id, day, o.cwd, turns)),
    codex: (name, id, day, turns) => write(`logs/rollout-${name}.jsonl`, codexRollout(id, day, o.cwd, turns)),
    dreamRun: (...args) => dreamRunReport({ repo, report: path.join(dir, 'report.json'), args: ['--sessions', o.sessions, ...args] }),
  };
}
