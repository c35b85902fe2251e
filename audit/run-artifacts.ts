/**
 * Everything a dream pass sends out, rendered the way the publish stage renders it: the report file,
 * the diff, the memory files, the ledger, the PR title and body (and overflow report), the commit
 * message, the job summary, and the logs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DreamRunResult } from '../src/pipeline/run.js';
import type { DreamEngine, DreamInput, DreamResult } from '../src/model/index.js';
import { renderPull } from '../src/publish/body.js';
import { buildCommitMessage } from '../src/publish/commits.js';
import { jobSummary } from '../src/publish/summary.js';
import { addedLines, type Artifact } from './scan.js';

export function outgoingArtifacts(run: DreamRunResult, logs: readonly string[]): Artifact[] {
  const { report } = run;
  const pull = renderPull(report, {
    owner: 'widget',
    repo: 'widget',
    serverUrl: 'https://github.com',
    baseSha: 'a'.repeat(40),
    branch: 'dreaming/main',
    date: new Date('2026-11-20T00:00:00Z'),
  });
  const out: Artifact[] = [
    { label: 'report.json', text: JSON.stringify(report, null, 2) },
    { label: 'diff', text: run.diff },
    {
      label: 'diff (added lines)',
      text: run.diff
        .split('\n')
        .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
        .join('\n'),
      memory: true,
    },
    { label: 'ledger', text: run.ledgerText },
    { label: 'PR title', text: pull.title },
    { label: 'PR body', text: pull.body },
    {
      label: 'commit message',
      text: buildCommitMessage({ edits: report.edits.length, engine: report.engine, sessions: report.sessions.ids.map((id) => ({ id })) }),
    },
    {
      label: 'job summary',
      text: jobSummary(report, {
        operation: 'created',
        reason: 'created #1',
        pull: { number: 1, url: 'https://github.com/widget/widget/pull/1' },
        humanCommits: 0,
      }),
    },
    { label: 'logs', text: logs.join('\n') },
    {
      label: 'accepted edits (entry text)',
      text: report.edits.map((e) => [e.after ?? '', ...(e.section ?? [])].join('\n')).join('\n'),
      memory: true,
    },
  ];
  if (pull.overflow) out.push({ label: 'PR overflow report', text: pull.overflow.content });
  for (const c of run.changes) {
    out.push({ label: `${c.path} (new file content)`, text: c.after });
    out.push({ label: `${c.path} (added lines)`, text: addedLines(c.before, c.after), memory: true });
  }
  return out;
}

/** Wraps an engine to keep what it proposed, so a test can show the guards (not the engine) refused it. */
export class RecordingEngine implements DreamEngine {
  last?: DreamResult;
  constructor(private readonly inner: DreamEngine) {}
  get name() {
    return this.inner.name;
  }
  async dream(input: DreamInput): Promise<DreamResult> {
    this.last = await this.inner.dream(input);
    return this.last;
  }
}

export function hashFiles(root: string, files: readonly string[]): Map<string, string> {
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(path.join(root, f)))
        .digest('hex'),
    ]),
  );
}

/** Transcript files whose bytes changed between two hash maps. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before].filter(([f, h]) => after.get(f) !== h).map(([f]) => f);
}
