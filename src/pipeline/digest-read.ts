/**
 * The reduce's side of the digests (the format: digest.ts): their headers read and checked first, then
 * their files' lines merged in file order, one streaming reader a shard, so the reduce holds about one
 * file's digest a shard whatever the size of the pass. Every line is bounded before it is kept (a
 * hostile or broken digest cannot make the reduce allocate without limit), and every refusal names
 * the file and the line.
 */
import { existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ProvenanceIndex } from '../guards/index.js';
import type { FileDigest } from './mine-file.js';
import type { TrackedLesson } from '../ledger/efficacy.js';
import { checkFileDigest } from './digest-check.js';
import { unpackFilter } from './digest-filter.js';
import {
  checkComplete,
  DIGEST_VERSION,
  MAX_DIGEST_LINE_BYTES,
  parseDigestHeader,
  parseDigestTrailer,
  parseFileDigest,
  type DigestSource,
} from './digest.js';

/** A header is a few counts and the adopted lessons' ids: past this it is not one. */
const MAX_HEADER_BYTES = 1024 * 1024;

/**
 * The digest files a reduce reads, named as the Action's `digests` input and `dream reduce --digests` both name them:
 * files or globs, relative to `cwd`, so a glob quoted past the shell matches as it does in the Action. A name that is
 * no glob, or a file that exists, is taken as given (a missing one is named by the reader). Sorted, each once;
 * an error when nothing is named.
 */
export async function digestFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const named = patterns.map((p) => path.resolve(cwd, p));
  const globs = patterns.filter((p, i) => isDynamicPattern(p) && !existsSync(named[i]!));
  const files = [
    ...named.filter((_, i) => !globs.includes(patterns[i]!)),
    ...(globs.length > 0 ? await glob(globs, { cwd, absolute: true, dot: true }) : []),
  ];
  if (files.length === 0) throw new Error(`no digest matches ${patterns.join(', ')}`);
  return [...new Set(files.map((f) => path.resolve(f)))].sort();
}

/**
 * Reads every digest's header and checks they are the whole pass (checkComplete). Every header is read
 * before any is refused, and one error names every digest refused: a matrix upgraded between its map jobs
 * and its reduce has shards of two versions, and each to run again is named at once, with its version.
 */
export async function openDigests(files: readonly string[]): Promise<DigestSource[]> {
  const read = await Promise.allSettled(files.map(readDigestHeader));
  const refused = read.flatMap((r) =>
    r.status === 'rejected' ? [r.reason instanceof Error ? r.reason : new Error(String(r.reason))] : [],
  );
  if (refused.length === 1) throw refused[0]!;
  if (refused.length > 1)
    throw new Error(`${refused.length} of ${files.length} digests refused:\n${refused.map((e) => `  ${e.message}`).join('\n')}`);
  const sources = read.map((r) => (r as PromiseFulfilledResult<DigestSource>).value);
  checkComplete(sources);
  return sources;
}

/** A digest's header, read without reading further. */
export async function readDigestHeader(file: string): Promise<DigestSource> {
  const lines = digestLines(file);
  try {
    const first = await lines.next(MAX_HEADER_BYTES);
    if (first === undefined) throw new Error(`${file}: empty, not a signal digest`);
    return { file, header: parseDigestHeader(first, `${file}:1`) };
  } finally {
    await lines.close();
  }
}

/**
 * The digests' files in pass order (a merge by file index of the shards' lines, each shard's in
 * increasing order), each shard's provenance filter merged into `provenance` once its lines are read.
 * Each file is listed once in the whole pass and, read by a map, is in `repoDir`'s checkout at the size
 * the map read: a digest cannot count one transcript's sessions twice, nor a file the checkout lacks.
 */
export async function* replayDigests(
  sources: readonly DigestSource[],
  provenance: ProvenanceIndex,
  repoDir: string,
  lessons: readonly TrackedLesson[] = [],
): AsyncGenerator<FileDigest> {
  // The reduce's adopted lessons: each line's tallies of them are counted again from its signals (digest-efficacy.ts).
  const tracked = new Map(lessons.map((l) => [l.editId, l]));
  const shards = sources.map((s) => new ShardLines(s, tracked));
  const heads = new Map<number, { shard: ShardLines; digest: FileDigest }>();
  // The pass keeps a set of its files' names anyway (ReadPassResult.readFiles): this one is no larger.
  const listed = new Set<string>();
  const advance = async (shard: ShardLines): Promise<void> => {
    const digest = await shard.next();
    if (!digest) return shard.trailer(provenance);
    const other = heads.get(digest.index);
    if (other) throw new Error(`${shard.where()}: file ${digest.index} is also in ${other.shard.file}`);
    if (listed.has(digest.display)) throw new Error(`${shard.where()}: ${JSON.stringify(digest.display)} is listed twice in the digests`);
    listed.add(digest.display);
    inCheckout(digest, repoDir, shard.where());
    heads.set(digest.index, { shard, digest });
  };
  try {
    for (const shard of shards) await advance(shard);
    for (let next = 0; heads.size > 0; next++) {
      const head = heads.get(next);
      // Which digest lost it cannot be told (a file's shard is a hash of a path the reduce never saw).
      if (!head)
        throw new Error(
          `reduce: no digest holds file ${next} of ${sources[0]!.header.totalFiles} (${sources.map((s) => s.file).join(', ')})`,
        );
      heads.delete(next);
      yield head.digest;
      await advance(head.shard);
    }
  } finally {
    await Promise.all(shards.map((s) => s.close()));
  }
}

/** One shard's lines: the header again (it must not have changed), its files in order, the trailer. */
class ShardLines {
  readonly file: string;
  private readonly lines: DigestLines;
  private read = 0;
  private last = -1;
  private started = false;

  constructor(
    private readonly source: DigestSource,
    private readonly tracked: ReadonlyMap<string, TrackedLesson>,
  ) {
    this.file = source.file;
    this.lines = digestLines(source.file);
  }

  where(): string {
    return `${this.file}:${this.lines.lineNumber}`;
  }

  /** The next file's digest; undefined after the last. */
  async next(): Promise<FileDigest | undefined> {
    const { header } = this.source;
    if (!this.started) {
      this.started = true;
      const first = await this.lines.next(MAX_HEADER_BYTES);
      if (first === undefined || JSON.stringify(parseDigestHeader(first, this.where())) !== JSON.stringify(header))
        throw new Error(`${this.file}: changed since its header was read`);
    }
    if (this.read === header.files) return undefined;
    const text = await this.lines.next(MAX_DIGEST_LINE_BYTES);
    if (text === undefined) throw new Error(`${this.where()}: the digest ends after ${this.read} of its ${header.files} files (truncated)`);
    const digest = checkFileDigest(parseFileDigest(text, this.where()), this.where(), { lessons: header.lessons, tracked: this.tracked });
    if (digest.index <= this.last || digest.index >= header.totalFiles)
      throw new Error(`${this.where()}: file index ${digest.index} out of order (after ${this.last}, of ${header.totalFiles})`);
    this.read++;
    this.last = digest.index;
    return digest;
  }

  /** After the last file: merges the shard's provenance filter, and checks nothing follows it. */
  async trailer(provenance: ProvenanceIndex): Promise<void> {
    const text = await this.lines.next(MAX_DIGEST_LINE_BYTES);
    if (text === undefined) throw new Error(`${this.where()}: the digest ends before its provenance filter (truncated)`);
    const where = this.where();
    const { trusted, untrusted } = parseDigestTrailer(text, where);
    if ((await this.lines.next(MAX_HEADER_BYTES)) !== undefined) throw new Error(`${this.where()}: more lines after the provenance filter`);
    const { sizes } = provenance;
    try {
      provenance.union({
        trusted: unpackFilter(trusted, sizes.log2Bits, 'trusted'),
        untrusted: unpackFilter(untrusted, sizes.untrustedLog2Bits, 'untrusted'),
      });
    } catch (e) {
      throw new Error(`${where}: unreadable provenance filter (${(e as Error).message})`);
    }
  }

  close(): Promise<void> {
    return this.lines.close();
  }
}

/** A file a map read is in the checkout at the size the map read (one stat): else the digest describes another file. */
function inCheckout(digest: FileDigest, repoDir: string, where: string): void {
  if (!digest.mark) return;
  let size: number | undefined;
  try {
    size = statSync(path.resolve(repoDir, digest.display)).size;
  } catch {
    size = undefined;
  }
  if (size !== digest.mark.size)
    throw new Error(
      `${where}: ${JSON.stringify(digest.display)} is ${size === undefined ? 'not in the checkout' : `${size} bytes in the checkout`}, the map read ${digest.mark.size} bytes (run the map jobs again on this commit)`,
    );
}

interface DigestLines {
  /** The next line's text, refused past `maxBytes`; undefined at the end of the file. */
  next(maxBytes: number): Promise<string | undefined>;
  /** The number of the line last returned (1-based). */
  readonly lineNumber: number;
  close(): Promise<void>;
}

/**
 * Bytes a shard's reader reads and inflates at a time. zlib's 16 KB made some 30,000 chunks of a 10,000-session
 * shard, each an async step and a piece of a line to join; ten shards hold ten of these at once.
 */
const CHUNK_BYTES = 256 * 1024;

const isGzip = (b: Buffer): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * A digest file's lines, inflated as they are read when it is gzipped (plain JSON lines are read too,
 * as a digest unzipped by hand). Lines are split on the newline byte, which no UTF-8 sequence holds.
 */
function digestLines(file: string): DigestLines {
  let chunks: AsyncIterator<Buffer> | undefined;
  let stream: Readable | undefined;
  let pending: Buffer = Buffer.alloc(0);
  let ended = false;
  let lineNumber = 0;
  const start = async (): Promise<AsyncIterator<Buffer>> => {
    const fh = await open(file, 'r').catch((e: Error) => {
      throw new Error(`${file}: cannot read the digest (${e.message})`);
    });
    const magic = Buffer.alloc(2);
    const { bytesRead } = await fh.read(magic, 0, 2, 0).catch(async (e: Error) => {
      await fh.close();
      throw new Error(`${file}: cannot read the digest (${e.message})`);
    });
    const raw = fh.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES });
    // pipeline: an error on either side destroys both, so the reader sees it instead of waiting.
    stream = isGzip(magic.subarray(0, bytesRead)) ? pipeline(raw, createGunzip({ chunkSize: CHUNK_BYTES }), () => undefined) : raw;
    return stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  };
  const chunk = async (): Promise<Buffer | undefined> => {
    chunks ??= await start();
    try {
      const r = await chunks.next();
      return r.done ? undefined : r.value;
    } catch (e) {
      throw new Error(`${file}: not a readable digest after line ${lineNumber} (${(e as Error).message})`);
    }
  };
  return {
    get lineNumber() {
      return lineNumber;
    },
    async next(maxBytes) {
      const parts: Buffer[] = [];
      let size = 0;
      for (;;) {
        const nl = pending.indexOf(0x0a);
        const piece = nl === -1 ? pending : pending.subarray(0, nl);
        if (size + piece.length > maxBytes) throw tooLong(file, lineNumber + 1, maxBytes, [...parts, piece]);
        if (nl !== -1) {
          pending = pending.subarray(nl + 1);
          lineNumber++;
          return (parts.length ? Buffer.concat([...parts, piece]) : piece).toString('utf8');
        }
        if (piece.length) parts.push(piece);
        size += piece.length;
        const more = ended ? undefined : await chunk();
        if (more === undefined) {
          ended = true;
          pending = Buffer.alloc(0);
          if (size === 0) return undefined;
          // A last line without its newline.
          lineNumber++;
          return Buffer.concat(parts).toString('utf8');
        }
        pending = more;
      }
    },
    async close() {
      stream?.destroy();
      await chunks?.return?.().catch(() => undefined);
    },
  };
}

/** Past the bound; a digest of an older version (one JSON document) says which. */
function tooLong(file: string, line: number, maxBytes: number, parts: Buffer[]): Error {
  const head = Buffer.concat(parts).subarray(0, 200).toString('utf8');
  const version = /^\{"kind":"agent-dreaming\/signal-digest","version":(\d+),/.exec(head)?.[1];
  if (line === 1 && version !== undefined && Number(version) !== DIGEST_VERSION)
    return new Error(`${file}:1: signal digest version ${version}, this dream reads version ${DIGEST_VERSION}`);
  return new Error(`${file}:${line}: a line of more than ${maxBytes} bytes, not a signal digest's`);
}
