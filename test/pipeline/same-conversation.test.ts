/**
 * The bug this guards, end to end: Gemini CLI's prompt log (an older CLI's numeric session ids) read
 * beside the chat file of the same conversation made one "Use uv, not pip." into "the user asked for
 * it in 2 sessions". A dream pass, and a map/reduce whose shards hold the two records apart, count it
 * once; a second conversation on another day still makes it two.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import { mapShard } from '../../src/pipeline/map.js';
import { shardOf } from '../../src/pipeline/digest.js';
import { readDigestHeader } from '../../src/pipeline/digest-read.js';
import { silentLogger } from '../../src/log.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';

const SESSIONS = ['.dreaming/sessions/**/*.json'];

interface Said {
  text: string;
  at: string;
}
const log = (sessions: { id: number; said: Said[] }[]) =>
  JSON.stringify(
    sessions.flatMap((s) => s.said.map((x, i) => ({ sessionId: s.id, messageId: i, type: 'user', message: x.text, timestamp: x.at }))),
  );

const chat = (id: string, said: Said[]) =>
  JSON.stringify(
    {
      sessionId: id,
      projectHash: 'cd'.repeat(32),
      startTime: said[0]!.at,
      lastUpdated: said.at(-1)!.at,
      messages: said.map((x, i) => ({
        id: `u${i}`,
        timestamp: new Date(Date.parse(x.at) + 40).toISOString(),
        type: 'user',
        content: x.text,
      })),
    },
    null,
    2,
  ); // Gemini CLI writes its chats pretty-printed

const conversation = (day: string): Said[] => [
  { text: 'set up a small flask app for the recipe list', at: `2025-06-${day}T08:00:00.000Z` },
  { text: 'Use uv, not pip.', at: `2025-06-${day}T08:01:30.000Z` },
];

const uvSupport = (r: DreamRunResult) => r.report.patterns.filter((p) => p.signature === 'prefer|uv').map((p) => p.support);
const uvEdits = (r: DreamRunResult) => r.report.edits.filter((e) => /\buv\b/.test(e.after ?? ''));
const stable = (r: DreamRunResult) => JSON.stringify({ ...r, report: { ...r.report, timings: {} } });

describe("one conversation in Gemini CLI's prompt log and its chat file", () => {
  const repos: TempRepo[] = [];
  const digestDir = mkdtempSync(path.join(os.tmpdir(), 'same-conversation-'));
  afterAll(() => {
    for (const r of repos) r.dispose();
    rmSync(digestDir, { recursive: true, force: true });
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
  const files = {
    'gemini/logs.json': log([{ id: 1750000100, said: conversation('20') }]),
    'gemini/chats/session-2025-06-20T08-00-aaaa.json': chat('9f1c2d3e-aaaa-4bbb-8ccc-000000000001', conversation('20')),
  };

  it('is one session of support: no lesson at the default min-support', async () => {
    const r = await repoWith(files).run({ sessions: SESSIONS });
    expect(r.report.sessions.read).toBe(2);
    // Both records hold the utterance: the count, not the mining, is what is tested.
    expect(r.report.sessions.ids).toHaveLength(2);
    expect(uvSupport(r)).toEqual([1]);
    expect(uvEdits(r)).toEqual([]);
  });

  it('a reduce whose shards each hold one of the two records counts it once too, as the single pass does', async () => {
    const repo = repoWith(files);
    const single = await repo.run({ sessions: SESSIONS });
    const displays = Object.keys(files).map((rel) => `.dreaming/sessions/${rel}`);
    const count = [2, 3, 4, 5, 6, 7].find((n) => shardOf(displays[0]!, n) !== shardOf(displays[1]!, n))!;
    expect(count).toBeDefined();
    const digests = [];
    for (let index = 0; index < count; index++) {
      const out = path.join(digestDir, `d-${index + 1}of${count}.json.gz`);
      await mapShard({
        repoDir: repo.dir,
        sessions: SESSIONS,
        ledgerPath: '.dreaming/ledger.json',
        shard: { index, count },
        threads: 1,
        logger: silentLogger,
        out,
      });
      digests.push(await readDigestHeader(out));
    }
    const reduced = await repo.run({ sessions: SESSIONS, digests });
    expect(uvSupport(reduced)).toEqual([1]);
    expect(stable(reduced)).toBe(stable(single));
  });

  it('control: the same words in a second conversation three days later are a second session, and the lesson is proposed', async () => {
    const r = await repoWith({
      ...files,
      'gemini/logs.json': log([
        { id: 1750000100, said: conversation('20') },
        { id: 1750000222, said: conversation('23') },
      ]),
      'gemini/chats/session-2025-06-23T08-00-bbbb.json': chat('9f1c2d3e-bbbb-4bbb-8ccc-000000000002', conversation('23')),
    }).run({ sessions: SESSIONS });
    expect(r.report.sessions.read).toBe(4);
    expect(uvSupport(r)).toEqual([2]);
    expect(uvEdits(r).map((e) => e.rationale)).toEqual([expect.stringMatching(/in 2 sessions/)]);
  });
});
