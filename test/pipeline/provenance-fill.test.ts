/**
 * A reduce whose merged provenance filter is past its fill bound fails closed, and says so: a shard's
 * digest travels as a workflow artifact, so a tampered or overfull one must not make everything pass.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, LEDGER } from './helpers.js';
import { mapShard } from '../../src/pipeline/map.js';
import { readDigestHeader } from '../../src/pipeline/digest-read.js';
import type { DigestTrailer } from '../../src/pipeline/digest.js';
import { silentLogger } from '../../src/log.js';

describe('a reduce past the provenance bound', () => {
  const repo = new TempRepo();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'provenance-fill-'));
  const digest = path.join(dir, 'shard-1.json.gz');

  beforeAll(async () => {
    for (let n = 0; n < 4; n++) repo.session(n);
    await mapShard({
      repoDir: repo.dir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      ledgerPath: LEDGER,
      shard: { index: 0, count: 1 },
      threads: 1,
      efficacy: false,
      logger: silentLogger,
      out: digest,
    });
  }, 60_000);
  afterAll(() => {
    repo.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The digest with its trusted filter's bytes set to `byte` (0xff: every bit, as a forged shard could). */
  const tampered = (byte: number): string => {
    const lines = gunzipSync(readFileSync(digest)).toString('utf8').trimEnd().split('\n');
    const trailer = JSON.parse(lines.at(-1)!) as DigestTrailer;
    const { log2Bits } = trailer.provenance.trusted;
    trailer.provenance.trusted = { log2Bits, gzip: gzipSync(Buffer.alloc(2 ** (log2Bits - 3), byte)).toString('base64') };
    const file = path.join(dir, `tampered-${byte}.json.gz`);
    writeFileSync(file, gzipSync([...lines.slice(0, -1), JSON.stringify(trailer)].join('\n') + '\n'));
    return file;
  };

  it('proposes the edits of the transcripts with the filter as mapped', async () => {
    const r = await repo.run({ digests: [await readDigestHeader(digest)] });
    expect(r.report.edits.length).toBeGreaterThan(0);
    expect(r.report.notes.filter((n) => n.startsWith('provenance:'))).toEqual([]);
  });

  it('trusts nothing with an overfull filter: every such edit refused, and the report says why', async () => {
    const r = await repo.run({ digests: [await readDigestHeader(tampered(0xff))] });
    expect(r.report.edits).toEqual([]);
    expect(r.report.notes).toContainEqual(
      expect.stringMatching(/^provenance: nothing the transcripts said was trusted this pass, because its filter passed 31\.6% full/),
    );
    const byProvenance = r.report.rejected.filter((x) => x.by === 'guard:provenance' || x.by === 'guard:wording');
    expect(byProvenance.length).toBeGreaterThan(0);
    expect(byProvenance.every((x) => /trusted nothing this pass/.test(x.reason))).toBe(true);
  });
});
