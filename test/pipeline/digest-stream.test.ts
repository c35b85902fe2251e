/**
 * The digest on disk is read as a stream by the reduce: a broken, truncated, reordered, foreign or
 * hostile digest is refused naming the file and line, never half-merged, and no line is kept past its
 * bound. A map that fails leaves no digest behind.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, LEDGER } from './helpers.js';
import { mapShard } from '../../src/pipeline/map.js';
import { openDigests, readDigestHeader, replayDigests } from '../../src/pipeline/digest-read.js';
import { DigestWriter } from '../../src/pipeline/digest-write.js';
import { DIGEST_VERSION, digestHeader, MAX_DIGEST_LINE_BYTES, type DigestSource } from '../../src/pipeline/digest.js';
import { ProvenanceIndex } from '../../src/guards/index.js';
import { silentLogger } from '../../src/log.js';

describe('digest files, streamed', () => {
  const repo = new TempRepo();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-stream-'));
  const shards: { file: string; lines: string[] }[] = [];
  let written = 0;
  /** A copy of shard `i`'s digest with its lines changed by `edit`, gzipped unless `plain`. */
  const variant = (i: number, edit: (lines: string[]) => string[], plain = false): string => {
    const file = path.join(dir, `variant-${++written}.json${plain ? 'l' : '.gz'}`);
    const text = edit([...shards[i]!.lines]).join('\n') + '\n';
    writeFileSync(file, plain ? text : gzipSync(text));
    return file;
  };
  /** Reads the header of every file, then replays them all; the index of the files replayed. */
  const replay = async (files: string[]): Promise<number[]> => {
    const sources: DigestSource[] = [];
    for (const file of files) sources.push(await readDigestHeader(file));
    const seen: number[] = [];
    for await (const f of replayDigests(sources, new ProvenanceIndex(), repo.dir)) seen.push(f.index);
    return seen;
  };

  beforeAll(async () => {
    for (let n = 0; n < 8; n++) repo.session(n);
    for (const index of [0, 1]) {
      const file = path.join(dir, `shard-${index + 1}.json.gz`);
      await mapShard({
        repoDir: repo.dir,
        sessions: ['.dreaming/sessions/*.jsonl'],
        ledgerPath: LEDGER,
        shard: { index, count: 2 },
        threads: 1,
        efficacy: false,
        logger: silentLogger,
        out: file,
      });
      shards.push({ file, lines: gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n') });
    }
    // Both shards hold files, so both take part in the merge.
    expect(shards.map((s) => s.lines.length - 2).every((n) => n > 0)).toBe(true);
  }, 60_000);
  afterAll(() => {
    repo.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges the shards into every file in pass order, gzipped or plain', async () => {
    expect(await replay(shards.map((s) => s.file))).toEqual([...Array(8).keys()]);
    expect(await replay([variant(1, (l) => l, true), shards[0]!.file])).toEqual([...Array(8).keys()]);
  });

  it('refuses a digest cut short, naming the file', async () => {
    const gz = readFileSync(shards[0]!.file);
    const cut = path.join(dir, 'cut.json.gz');
    writeFileSync(cut, gz.subarray(0, gz.length - 40));
    await expect(replay([cut, shards[1]!.file])).rejects.toThrow(
      /cut\.json\.gz: not a readable digest after line \d+ \(unexpected end of file/,
    );
    const noTrailer = variant(0, (l) => l.slice(0, -1));
    await expect(replay([noTrailer, shards[1]!.file])).rejects.toThrow(
      /variant-\d+\.json\.gz:\d+: the digest ends before its provenance filter/,
    );
    // A line lost from the middle: the merge misses its file before the shard's end shows the count short.
    const lostFile = variant(0, (l) => [l[0]!, ...l.slice(2)]);
    await expect(replay([lostFile, shards[1]!.file])).rejects.toThrow(
      /no digest holds file \d+ of 8 \(.*variant-\d+\.json\.gz, .*shard-2\.json\.gz\)/,
    );
    // The last line lost: the filter comes where a file was due.
    const lostLast = variant(0, (l) => [...l.slice(0, -2), l.at(-1)!]);
    await expect(replay([lostLast, shards[1]!.file])).rejects.toThrow(
      new RegExp(`variant-\\d+\\.json\\.gz:${shards[0]!.lines.length - 1}: malformed file entry`),
    );
  });

  it('refuses a malformed, reordered or repeated file line, and lines after the end, naming the line', async () => {
    const malformed = variant(0, (l) => [l[0]!, '{"index":0}', ...l.slice(2)]);
    await expect(replay([malformed, shards[1]!.file])).rejects.toThrow(/variant-\d+\.json\.gz:2: malformed file entry/);
    const notJson = variant(0, (l) => [l[0]!, '{"index":0,', ...l.slice(2)]);
    await expect(replay([notJson, shards[1]!.file])).rejects.toThrow(/variant-\d+\.json\.gz:2: not a file's digest \(invalid JSON/);
    const index = (line: string) => (JSON.parse(line) as { index: number }).index;
    const withFiles = (l: string[], files: string[]) => [
      JSON.stringify({ ...(JSON.parse(l[0]!) as object), files: files.length }),
      ...files,
      l.at(-1)!,
    ];
    const repeated = variant(1, (l) => withFiles(l, [l[1]!, ...l.slice(1, -1)]));
    await expect(replay([shards[0]!.file, repeated])).rejects.toThrow(/variant-\d+\.json\.gz:3: file index \d+ out of order/);
    // A file of the first shard given by the second too, in its place.
    const twice = variant(1, (l) =>
      withFiles(
        l,
        [...l.slice(1, -1), shards[0]!.lines[1]!].sort((a, b) => index(a) - index(b)),
      ),
    );
    await expect(replay([shards[0]!.file, twice])).rejects.toThrow(/variant-\d+\.json\.gz:\d+: file \d+ is also in .*shard-1\.json\.gz/);
    const extra = variant(0, (l) => [...l, '{}']);
    await expect(replay([extra, shards[1]!.file])).rejects.toThrow(/variant-\d+\.json\.gz:\d+: more lines after the provenance filter/);
  });

  it('a matrix upgraded between map and reduce: one error names every shard of another version, and the version', async () => {
    const v7 = variant(0, (l) => [l[0]!.replace(`"version":${DIGEST_VERSION}`, '"version":7'), ...l.slice(1)]);
    const v6 = variant(1, (l) => [l[0]!.replace(`"version":${DIGEST_VERSION}`, '"version":6'), ...l.slice(1)]);
    const error = await openDigests([v7, v6, shards[0]!.file]).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/^2 of 3 digests refused:/);
    expect(error).toMatch(
      new RegExp(`${path.basename(v7)}:1: signal digest version 7, this dream reads version ${DIGEST_VERSION} \\(run the map jobs again`),
    );
    expect(error).toMatch(new RegExp(`${path.basename(v6)}:1: signal digest version 6, this dream reads version ${DIGEST_VERSION}`));
    expect(error).not.toContain(path.basename(shards[0]!.file));
    // One shard refused: its own error, as before.
    await expect(openDigests([v7, shards[1]!.file])).rejects.toThrow(/variant-\d+\.json\.gz:1: signal digest version 7, this dream reads/);
  });

  it('refuses a digest of another version, or not a digest at all, by its first line', async () => {
    const old = path.join(dir, 'old.json.gz');
    writeFileSync(old, gzipSync('{"kind":"agent-dreaming/signal-digest","version":3,"shard":{"index":0,"count":1},"files":[]}\n'));
    await expect(readDigestHeader(old)).rejects.toThrow(
      new RegExp(`old\\.json\\.gz:1: signal digest version 3, this dream reads version ${DIGEST_VERSION}`),
    );
    // An old digest is one JSON document, as long as its shard: past the header's bound, its version still names it.
    const big = path.join(dir, 'big-old.json.gz');
    writeFileSync(big, gzipSync(`{"kind":"agent-dreaming/signal-digest","version":3,"files":["${'x'.repeat(2 * 1024 * 1024)}"]}`));
    await expect(readDigestHeader(big)).rejects.toThrow(
      new RegExp(`big-old\\.json\\.gz:1: signal digest version 3, this dream reads version ${DIGEST_VERSION}`),
    );
    // Version 4, the last one with a single provenance filter (trusted keys and strangers' words in one).
    const v4 = variant(0, (l) => [
      l[0]!.replace(`"version":${DIGEST_VERSION}`, '"version":4'),
      ...l.slice(1, -1),
      JSON.stringify({ provenance: { log2Bits: 26, gzip: gzipSync(Buffer.alloc(1024)).toString('base64') } }),
    ]);
    await expect(readDigestHeader(v4)).rejects.toThrow(
      new RegExp(
        `variant-\\d+\\.json\\.gz:1: signal digest version 4, this dream reads version ${DIGEST_VERSION} \\(run the map jobs again`,
      ),
    );
    // A current header over version 4's one filter: refused at its trailer, naming the line.
    const mixed = variant(0, (l) => [...l.slice(0, -1), JSON.stringify({ provenance: { log2Bits: 26, gzip: 'AAAA' } })]);
    await expect(replay([mixed, shards[1]!.file])).rejects.toThrow(
      new RegExp(`variant-\\d+\\.json\\.gz:${shards[0]!.lines.length}: signal digest without its provenance filters`),
    );
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{"kind":"something else"}\n');
    await expect(readDigestHeader(other)).rejects.toThrow(/other\.json:1: not a signal digest/);
    const empty = path.join(dir, 'empty.json');
    writeFileSync(empty, '');
    await expect(readDigestHeader(empty)).rejects.toThrow(/empty\.json: empty, not a signal digest/);
  });

  it('refuses provenance filters of another size before inflating them, and filters that do not inflate', async () => {
    type Filter = { log2Bits: number; gzip?: string; gaps?: string };
    const trailerWith = (edit: (p: { trusted: Filter; untrusted: Filter }) => void) =>
      variant(0, (l) => {
        const t = JSON.parse(l.at(-1)!) as { provenance: Parameters<typeof edit>[0] };
        edit(t.provenance);
        return [...l.slice(0, -1), JSON.stringify(t)];
      });
    const line = shards[0]!.lines.length;
    // 2^31 bits would be 256 MiB inflated, had the claimed size bounded the inflating.
    const huge = trailerWith((p) => (p.untrusted.log2Bits = 31));
    await expect(replay([huge, shards[1]!.file])).rejects.toThrow(
      new RegExp(
        `variant-\\d+\\.json\\.gz:${line}: unreadable provenance filter \\(its untrusted filter has 2\\^31 bits, this dream's 2\\^23\\)`,
      ),
    );
    const small = trailerWith((p) => (p.trusted.log2Bits = 20));
    await expect(replay([small, shards[1]!.file])).rejects.toThrow(
      /unreadable provenance filter \(its trusted filter has 2\^20 bits, this dream's 2\^26\)/,
    );
    // A bitmap of another length; positions past the filter's bits, cut short, or not increasing.
    const corrupt = trailerWith((p) => {
      p.trusted.gzip = gzipSync(Buffer.alloc(100)).toString('base64');
      delete p.trusted.gaps;
    });
    await expect(replay([corrupt, shards[1]!.file])).rejects.toThrow(/unreadable provenance filter \(cannot merge a filter of 100 bytes/);
    const positions = (bytes: number[]) =>
      trailerWith((p) => {
        p.trusted.gaps = gzipSync(Buffer.from(bytes)).toString('hex');
        delete p.trusted.gzip;
      });
    await expect(replay([positions([0x80, 0x80, 0x80, 0x80, 0x01]), shards[1]!.file])).rejects.toThrow(
      /unreadable provenance filter \(its trusted filter's positions leave its 67108864 bits\)/,
    );
    await expect(replay([positions([0x05, 0x80]), shards[1]!.file])).rejects.toThrow(/its trusted filter's positions are cut short/);
    await expect(replay([positions([0x05, 0x00]), shards[1]!.file])).rejects.toThrow(/its trusted filter's positions leave/);
  });

  it('stops reading a line at its bound: a small file that inflates without end is refused, not held', async () => {
    // 64 MiB and one byte of spaces and no newline, gzipped to some 65 KB.
    const bomb = path.join(dir, 'bomb.json.gz');
    writeFileSync(bomb, gzipSync(Buffer.concat([Buffer.from(shards[0]!.lines[0]! + '\n'), Buffer.alloc(MAX_DIGEST_LINE_BYTES + 1, 0x20)])));
    await expect(replay([bomb, shards[1]!.file])).rejects.toThrow(
      new RegExp(`bomb\\.json\\.gz:2: a line of more than ${MAX_DIGEST_LINE_BYTES} bytes`),
    );
  }, 30_000);

  it('leaves no digest behind when the map refuses a line (a secret) or ends short', async () => {
    const out = path.join(dir, 'refused', 'digest.json.gz');
    const header = digestHeader({ shard: { index: 0, count: 1 }, totalFiles: 2, files: 2, ledger: 'all', lessons: [] });
    const leaking = await DigestWriter.create(out, header);
    await leaking.add('{"index":0}', 'a.jsonl');
    await expect(leaking.add(`{"index":1,"quote":"token ghp_${'Zx9'.repeat(12)}Q"}`, 'b.jsonl')).rejects.toThrow(
      /refused[/\\]digest\.json\.gz \(b\.jsonl\) holds 1 secret-like value/,
    );
    await leaking.abort();
    const short = await DigestWriter.create(out, header);
    await short.add('{"index":0}', 'a.jsonl');
    await expect(short.finish(new ProvenanceIndex({ log2Bits: 10 }))).rejects.toThrow(/1 files written, its header announced 2/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
});
