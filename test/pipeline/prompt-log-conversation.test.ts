/**
 * Claude Code's prompt log (`~/.claude/history.jsonl`) repeats every prompt of the session JSONL it
 * sits beside, under the same session id: a pass over `~/.claude` reads both. One correction recorded
 * by both counts once; the same words in a second session count twice and make a lesson for CLAUDE.md,
 * the file Claude Code reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';

const SESSIONS = ['.dreaming/sessions/**/*.jsonl'];
const PROJECT = '/home/dev/orchard';

interface Said {
  text: string;
  at: number;
}
const conversation = (day: number): Said[] => [
  { text: 'add a csv export to the harvest report', at: Date.UTC(2025, 9, day, 8, 0, 0) },
  { text: 'Use uv, not pip.', at: Date.UTC(2025, 9, day, 8, 1, 30) },
];
const historyLog = (sessions: { id: string; said: Said[] }[]) =>
  sessions
    .flatMap((s) =>
      s.said.map((x) => JSON.stringify({ display: x.text, pastedContents: {}, timestamp: x.at, project: PROJECT, sessionId: s.id })),
    )
    .join('\n') + '\n';
// The session's own JSONL: the same prompts, written a few milliseconds after the log line.
const sessionJsonl = (id: string, said: Said[]) =>
  said
    .map((x, i) =>
      JSON.stringify({
        type: 'user',
        sessionId: id,
        uuid: `${id.slice(0, 8)}-u${i}`,
        parentUuid: i === 0 ? null : `${id.slice(0, 8)}-u${i - 1}`,
        cwd: PROJECT,
        timestamp: new Date(x.at + 7).toISOString(),
        message: { role: 'user', content: x.text },
      }),
    )
    .join('\n') + '\n';

// What older versions wrote (real logs: none up to mid-October 2025): the same entry with no sessionId.
const oldLog = (said: Said[]) =>
  said.map((x) => JSON.stringify({ display: x.text, pastedContents: {}, timestamp: x.at, project: PROJECT })).join('\n') + '\n';

const ID_A = '7c9d0e1f-aaaa-4bbb-8ccc-000000000001';
const ID_B = '7c9d0e1f-bbbb-4bbb-8ccc-000000000002';
const uvSupport = (r: DreamRunResult) => r.report.patterns.filter((p) => p.signature === 'prefer|uv').map((p) => p.support);
const uvEdits = (r: DreamRunResult) => r.report.edits.filter((e) => /\buv\b/.test(e.after ?? ''));

describe("one conversation in Claude Code's prompt log and its session JSONL", () => {
  const repos: TempRepo[] = [];
  afterAll(() => {
    for (const r of repos) r.dispose();
  });
  const repoWith = (files: Record<string, string>): TempRepo => {
    const repo = new TempRepo();
    repos.push(repo);
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(repo.dir, '.dreaming', 'sessions', rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return repo;
  };

  it('is one session of support: no lesson at the default min-support', async () => {
    const r = await repoWith({
      'claude/history.jsonl': historyLog([{ id: ID_A, said: conversation(9) }]),
      [`claude/projects/-home-dev-orchard/${ID_A}.jsonl`]: sessionJsonl(ID_A, conversation(9)),
    }).run({ sessions: SESSIONS });
    // One conversation read twice: one session read, the log's record of it counted apart (log-copies.ts).
    expect([r.report.sessions.read, r.report.sessions.promptLogCopies]).toEqual([1, 1]);
    expect(uvSupport(r)).toEqual([1]);
    expect(uvEdits(r)).toEqual([]);
  });

  it('control: a second session on another day makes it two, and the lesson goes to CLAUDE.md', async () => {
    const r = await repoWith({
      'claude/history.jsonl': historyLog([
        { id: ID_A, said: conversation(9) },
        { id: ID_B, said: conversation(14) },
      ]),
    }).run({ sessions: SESSIONS });
    expect(r.report.sessions.read).toBe(2);
    expect(uvSupport(r)).toEqual([2]);
    expect(uvEdits(r).map((e) => [e.file, e.rationale])).toEqual([['CLAUDE.md', expect.stringMatching(/in 2 sessions/)]]);
  });

  // Older entries have no sessionId; they were skipped. Now a project's are one session, whatever their days.
  it('entries with no sessionId on two days are still one session of support: no lesson', async () => {
    const r = await repoWith({ 'claude/history.jsonl': oldLog([...conversation(2), ...conversation(6)]) }).run({ sessions: SESSIONS });
    expect(r.report.sessions.read).toBe(1);
    expect(uvSupport(r)).toEqual([1]);
    expect(uvEdits(r)).toEqual([]);
  });

  it('said once before sessionIds were logged and again in a later session: two sessions, and the lesson', async () => {
    const log = oldLog(conversation(2)) + historyLog([{ id: ID_B, said: conversation(14) }]);
    const r = await repoWith({ 'claude/history.jsonl': log }).run({ sessions: SESSIONS });
    expect(r.report.sessions.read).toBe(2);
    expect(uvSupport(r)).toEqual([2]);
    expect(uvEdits(r).map((e) => e.file)).toEqual(['CLAUDE.md']);
  });
});
