/**
 * Worker threads and map/reduce change who reads a file, never the result: a pass over the same
 * input is byte-identical whatever the thread count, and so is a reduce over any number of shards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, pytestFix, LEDGER } from './helpers.js';
import { codexRollout, type Turn } from '../helpers/transcript-builders.js';
import { mapShard } from '../../src/pipeline/map.js';
import { parseDigest, checkComplete, shardOf, encodeDigestFile, decodeDigestFile } from '../../src/pipeline/digest.js';
import { silentLogger } from '../../src/log.js';
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
  let single: DreamRunResult;

  beforeAll(async () => {
    for (let n = 0; n < 12; n++) repo.session(n, variety(n));
    // Sessions already dreamed are skipped by every reader alike.
    repo.commitLedger((await repo.run({ threads: 1 })).ledgerText);
    for (let n = 12; n < 40; n++) repo.session(n, variety(n));
    const dir = path.join(repo.dir, '.dreaming', 'sessions');
    for (let n = 0; n < 6; n++)
      writeFileSync(
        path.join(dir, `rollout-2026-01-0${n + 1}T00-00-00-${String(n).padStart(12, '0')}.jsonl`),
        codexRollout(`codex-${n}`, '12', '/repo', variety(100 + n)),
      );
    writeFileSync(path.join(dir, 'broken.jsonl'), '{"not": "a transcript"\n');
    mkdirSync(path.join(repo.dir, 'docs'), { recursive: true });
    single = await repo.run({ threads: 1, sessions: ['.dreaming/sessions/*.jsonl'] });
  }, 120_000);
  afterAll(() => repo.dispose());

  it('has something to compare: edits, dreamed sessions skipped, an issue, a redacted secret', () => {
    expect(single.report.edits.length).toBeGreaterThan(0);
    expect(single.report.sessions.alreadyDreamed).toBe(12);
    expect(single.report.sessions.read).toBe(34);
    expect(single.report.sessions.skipped.length).toBeGreaterThan(0);
    expect(stable(single)).not.toContain(TOKEN);
  });

  it.each([2, 3])(
    'gives the same result on %i threads as on one',
    async (threads) => {
      const parallel = await repo.run({ threads });
      expect(stable(parallel)).toBe(stable(single));
    },
    120_000,
  );

  it.each([1, 3, 5])(
    'gives the same result from %i map shards and a reduce',
    async (count) => {
      const digests = [];
      for (let index = 0; index < count; index++) {
        const shard = await mapShard({
          repoDir: repo.dir,
          sessions: ['.dreaming/sessions/*.jsonl'],
          ledgerPath: LEDGER,
          shard: { index, count },
          threads: index === 1 ? 2 : 1,
          logger: silentLogger,
        });
        digests.push({ digest: parseDigest(shard.text, `shard-${index}.json`), file: `shard-${index}.json` });
      }
      checkComplete(digests);
      // Shards come in any order: the reduce puts files back in pass order.
      const reduced = await repo.run({ digests: digests.reverse().map((d) => d.digest) });
      expect(stable(reduced)).toBe(stable(single));
    },
    120_000,
  );

  it('writes digests that are redacted and do not grow with the transcripts’ raw text', async () => {
    const { text, sessions } = await mapShard({
      repoDir: repo.dir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      ledgerPath: LEDGER,
      shard: { index: 0, count: 1 },
      threads: 1,
      logger: silentLogger,
    });
    expect(sessions).toBe(34);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('lorem ipsum dolor sit amet lorem');
    // Per session: two outlines and a few signals, bounded by the outline sizes, plus the gzipped filter.
    expect(text.length).toBeLessThan(sessions * 8_000 + 64_000);
    // On disk it is gzipped, and read back the same; a plain JSON digest is read as well.
    const file = encodeDigestFile(text);
    expect(file.length).toBeLessThan(text.length / 2);
    expect(decodeDigestFile(file, 'd.json.gz')).toBe(text);
    expect(decodeDigestFile(Buffer.from(text), 'd.json')).toBe(text);
    expect(() => decodeDigestFile(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'bad.json.gz')).toThrow(
      /bad\.json\.gz: not a readable gzipped digest/,
    );
  });

  it('refuses an incomplete or mixed set of digests, naming the file', async () => {
    const shard = (index: number, count: number) =>
      mapShard({
        repoDir: repo.dir,
        sessions: ['.dreaming/sessions/*.jsonl'],
        ledgerPath: LEDGER,
        shard: { index, count },
        threads: 1,
        logger: silentLogger,
      }).then((r) => ({ digest: parseDigest(r.text, `s${index}of${count}.json`), file: `s${index}of${count}.json` }));
    const [a, b] = [await shard(0, 2), await shard(1, 3)];
    expect(() => checkComplete([a])).toThrow(/missing shard\(s\) 2\/2/);
    expect(() => checkComplete([a, b])).toThrow(/s1of3\.json: shard of a different split/);
    expect(() => checkComplete([a, a])).toThrow(/given twice/);
    expect(() => parseDigest('{"kind":"something else"}', 'x.json')).toThrow(/x\.json: not a signal digest/);
    // Every file lands in exactly one shard, whichever count.
    const names = ['a.jsonl', 'b/c.jsonl', 'd.jsonl'];
    for (const count of [1, 2, 7]) for (const n of names) expect(shardOf(n, count)).toBeLessThan(count);
  }, 60_000);
});
