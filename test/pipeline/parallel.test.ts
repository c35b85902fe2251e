/**
 * Worker threads and map/reduce change who reads a file, never the result: a pass over the same
 * input is byte-identical whatever the thread count, and so is a reduce over any number of shards.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, pytestFix, LEDGER } from './helpers.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';
import { mapShard, type MapShardOptions } from '../../src/pipeline/map.js';
import { checkComplete, parseDigestHeader, shardOf } from '../../src/pipeline/digest.js';
import { readDigestHeader } from '../../src/pipeline/digest-read.js';
import { silentLogger } from '../../src/log.js';
import { entryTextHash, loadLedger } from '../../src/ledger/index.js';
import type { AdoptedEntry } from '../../src/model/index.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';

const TOKEN = 'ghp_' + 'Zx9'.repeat(12) + 'Q';
const FILLER = 'lorem ipsum dolor sit amet '.repeat(4_000);

/** A varied corpus: recurring fixes, instructions, a secret, codex rollouts, an unreadable file. */
function variety(n: number): Turn[] {
  const turns: Turn[] = [...pytestFix];
  if (n % 3 === 0) turns.push({ user: 'Always use pnpm, not npm, in this repo.' });
  if (n % 4 === 1)
    turns.push({ bash: 'make lint', out: 'make: *** No rule to make target lint', error: true }, { bash: 'npm run lint', out: 'ok' });
  if (n % 5 === 2) turns.push({ user: `my token is ${TOKEN}, use it to push` });
  if (n % 7 === 3) turns.push({ bash: 'cat big.log', out: FILLER });
  turns.push({ bash: `tool-${n} --once`, out: `error: unique failure ${n}`, error: true }, { bash: `tool-${n} --twice`, out: 'fine' });
  return turns;
}

/** What must not depend on who read what: everything but the wall-clock timings. */
function stable(r: DreamRunResult): string {
  return JSON.stringify({ ...r, report: { ...r.report, timings: {} } });
}

describe('parallel and sharded passes', () => {
  const repo = new TempRepo();
  const digestDir = mkdtempSync(path.join(os.tmpdir(), 'digests-'));
  let single: DreamRunResult;
  let adoptions: AdoptedEntry[];
  let made = 0;
  /** Maps one shard into a digest file of its own; returns the file, its header read back. */
  const map = async (index: number, count: number, extra: Partial<MapShardOptions> = {}) => {
    const out = path.join(digestDir, `d${++made}-${index + 1}of${count}.json.gz`);
    const result = await mapShard({
      repoDir: repo.dir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      ledgerPath: LEDGER,
      shard: { index, count },
      threads: 1,
      efficacy: { adoptions },
      logger: silentLogger,
      out,
      ...extra,
    });
    return { ...result, source: await readDigestHeader(out) };
  };

  beforeAll(async () => {
    for (let n = 0; n < 12; n++) repo.session(n, variety(n));
    const first = await repo.run({ threads: 1 });
    // Sessions already dreamed are skipped by every reader alike: their files unparsed.
    repo.commitLedger(first.ledgerText);
    // One of them goes on: it is read from where the first pass stopped.
    const resumed = '00000002-aaaa-4bbb-8ccc-000000000002';
    const lint: Turn[] = [
      { user: 'Now lint it' },
      { bash: 'eslint .', out: 'Error: No ESLint configuration found', error: true },
      { bash: 'npx eslint -c eslint.config.js .', out: 'no problems' },
    ];
    appendFileSync(
      path.join(repo.dir, '.dreaming', 'sessions', `${resumed}.jsonl`),
      claudeCodeSession(resumed, '19', '/repo', [...lint, ...pytestFix]),
    );
    for (let n = 12; n < 40; n++) repo.session(n, variety(n));
    const dir = path.join(repo.dir, '.dreaming', 'sessions');
    for (let n = 0; n < 6; n++)
      writeFileSync(
        path.join(dir, `rollout-2026-01-0${n + 1}T00-00-00-${String(n).padStart(12, '0')}.jsonl`),
        codexRollout(`codex-${n}`, '12', '/repo', variety(100 + n)),
      );
    writeFileSync(path.join(dir, 'broken.jsonl'), '{"not": "a transcript"\n');
    mkdirSync(path.join(repo.dir, 'docs'), { recursive: true });
    // An adopted lesson from a pattern of the first pass: its episodes are counted in every file.
    const pattern = Object.entries(loadLedger(first.ledgerText, LEDGER).patterns).find(
      ([, p]) => p.support >= 12 && /pytest/.test(p.signature),
    )![0];
    const entryText = '- Run the tests with `PYTHONPATH=src pytest`.';
    adoptions = [
      {
        file: 'CLAUDE.md',
        line: 4,
        entryText,
        entryHash: entryTextHash(entryText),
        patternId: pattern,
        editId: 'adopted-pytest',
        adoptedAt: '2026-11-18T00:00:00Z',
        adoptedIn: 'c0ffee',
        how: 'merge',
      },
    ];
    single = await repo.run({ threads: 1, efficacy: { adoptions } });
  }, 120_000);
  afterAll(() => {
    repo.dispose();
    rmSync(digestDir, { recursive: true, force: true });
  });

  it('has something to compare: edits, skipped and resumed files, lesson counts, an issue, a redacted secret', () => {
    expect(single.report.edits.length).toBeGreaterThan(0);
    expect(single.report.sessions).toMatchObject({ filesUnchanged: 11, filesResumed: 1, alreadyDreamed: 11, read: 35 });
    expect(single.report.efficacy?.[0]).toMatchObject({ editId: 'adopted-pytest' });
    expect(single.report.efficacy?.[0]?.after.sessions).toBeGreaterThan(0);
    expect(single.report.efficacy?.[0]?.before.sessions).toBeGreaterThan(0);
    expect(single.report.sessions.skipped.length).toBeGreaterThan(0);
    expect(stable(single)).not.toContain(TOKEN);
  });

  it.each([2, 3])(
    'gives the same result on %i threads as on one',
    async (threads) => {
      const parallel = await repo.run({ threads, efficacy: { adoptions } });
      expect(stable(parallel)).toBe(stable(single));
    },
    120_000,
  );

  it.each([1, 3, 5])(
    'gives the same result from %i map shards and a reduce',
    async (count) => {
      const digests = [];
      for (let index = 0; index < count; index++) digests.push((await map(index, count, { threads: index === 1 ? 2 : 1 })).source);
      checkComplete(digests);
      // Shards come in any order: the reduce puts files back in pass order.
      const reduced = await repo.run({ digests: digests.reverse(), efficacy: { adoptions } });
      expect(stable(reduced)).toBe(stable(single));
    },
    120_000,
  );

  it('writes digests that are redacted and do not grow with the transcripts’ raw text', async () => {
    const { source, sessions, bytes } = await map(0, 1);
    const text = gunzipSync(readFileSync(source.file)).toString('utf8');
    expect(sessions).toBe(35);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('lorem ipsum dolor sit amet lorem');
    // Per session: two outlines and a few signals, bounded by the outline sizes, plus the gzipped filter.
    expect(text.length).toBeLessThan(sessions * 8_000 + 64_000);
    // JSON lines: the header, a line a file in file order, the provenance filter; gzipped on disk.
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(source.header.files + 2);
    expect(lines.slice(1, -1).map((l) => (JSON.parse(l) as { index: number }).index)).toEqual([...Array(source.header.files).keys()]);
    expect(lines.at(-1)).toMatch(
      /^\{"provenance":\{"trusted":\{"log2Bits":\d+,"(gzip|gaps)":"[^"]+"\},"untrusted":\{"log2Bits":\d+,"(gzip|gaps)":"/,
    );
    expect(bytes).toBe(readFileSync(source.file).length);
    expect(bytes).toBeLessThan(text.length / 2);
    // A digest unzipped by hand is read as well.
    const plain = path.join(digestDir, 'plain.jsonl');
    writeFileSync(plain, text);
    expect((await readDigestHeader(plain)).header).toEqual(source.header);
  });

  it('refuses an incomplete or mixed set of digests, naming the file', async () => {
    const shard = async (index: number, count: number) => (await map(index, count, { efficacy: false })).source;
    const [a, b] = [await shard(0, 2), await shard(1, 3)];
    expect(() => checkComplete([a])).toThrow(/missing shard\(s\) 2\/2/);
    expect(() => checkComplete([a, b])).toThrow(/d\d+-2of3\.json\.gz: shard of a different split/);
    expect(() => checkComplete([a, a])).toThrow(/given twice/);
    expect(() => parseDigestHeader('{"kind":"something else"}', 'x.json:1')).toThrow(/x\.json:1: not a signal digest/);
    // Every file lands in exactly one shard, whichever count.
    const names = ['a.jsonl', 'b/c.jsonl', 'd.jsonl'];
    for (const count of [1, 2, 7]) for (const n of names) expect(shardOf(n, count)).toBeLessThan(count);
  }, 60_000);

  it('refuses digests read against another ledger, and judges no lesson that a shard did not count', async () => {
    const both = [(await map(0, 2)).source, (await map(1, 2)).source];
    // The ledger moved after the maps ran: what they skipped and counted as dreamed is stale.
    await expect(repo.run({ digests: both, efficacy: { adoptions }, ledgerText: null })).rejects.toThrow(
      /shard 1\/2 was read against another ledger/,
    );
    // One map job found no adopted lesson (a shallow checkout): its share of the counts is missing.
    const blind = (await map(1, 2, { efficacy: false })).source;
    const warnings: string[] = [];
    const reduced = await repo.run({
      digests: [both[0]!, blind],
      efficacy: { adoptions },
      logger: { ...silentLogger, warning: (m) => void warnings.push(m) },
    });
    expect(reduced.report.efficacy).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/1 adopted lesson\(s\) not counted by every shard/);
    // Everything else is the single pass's.
    expect(reduced.report.edits).toEqual(single.report.edits);
  }, 60_000);
});
