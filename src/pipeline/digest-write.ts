/**
 * `dream map`'s output, written as the shard's files are read (the format: digest.ts): the header,
 * then each file's line as its digest comes out of the readers, gzipped as it goes, so the map holds
 * one file's digest at a time rather than its shard's. Every line is scanned for secrets before it is
 * written, and the file is written under a temporary name and renamed into place once complete, so a
 * refused or interrupted map leaves no digest behind.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import type { ProvenanceIndex } from '../guards/index.js';
import { assertNoSecrets } from '../guards/index.js';
import { atomicFile, type AtomicFile } from './atomic-file.js';
import { MAX_DIGEST_LINE_BYTES, type DigestHeader, type DigestTrailer } from './digest.js';
import { GZIP_LEVEL, packFilter } from './digest-filter.js';

export class DigestWriter {
  private written = 0;
  private readonly sink: WriteStream;
  /** The gzip stream's pipeline into the file: settles once the file is written, or on the first error. */
  private readonly done: Promise<void>;

  private constructor(
    private readonly out: string,
    private readonly file: AtomicFile,
    private readonly header: DigestHeader,
    private readonly gzip: Gzip,
  ) {
    this.sink = createWriteStream(file.tmp, { flags: 'wx', mode: 0o644 });
    this.done = pipeline(gzip, this.sink);
    // Observed by the next write or by finish; unobserved it would be an unhandled rejection meanwhile.
    this.done.catch(() => undefined);
  }

  /** Starts the digest at `out` with its header. */
  static async create(out: string, header: DigestHeader): Promise<DigestWriter> {
    const writer = new DigestWriter(out, await atomicFile(out), header, createGzip({ level: GZIP_LEVEL }));
    try {
      await writer.line(JSON.stringify(header), 'its header');
    } catch (e) {
      await writer.abort();
      throw e;
    }
    return writer;
  }

  /**
   * One file's line, in file order; `scanned` is what is scanned for secrets in its stead, where the line is
   * an encoding of it (digest-wire.ts: a secret cut between a line's values shows whole only in the digest).
   */
  async add(json: string, display: string, scanned = json): Promise<void> {
    if (this.written >= this.header.files) throw new Error(`${this.out}: more files than the ${this.header.files} its header announced`);
    this.written++;
    await this.line(json, display, scanned);
  }

  /** Ends the digest with the shard's provenance filter and puts it in place; returns its size on disk. */
  async finish(provenance: ProvenanceIndex): Promise<number> {
    try {
      if (this.written !== this.header.files)
        throw new Error(`${this.out}: ${this.written} files written, its header announced ${this.header.files}`);
      const { trusted, untrusted } = provenance.exportBits();
      const trailer: DigestTrailer = { provenance: { trusted: packFilter(trusted), untrusted: packFilter(untrusted) } };
      // Hashed bits, no text: not scanned for secrets, whose entropy rule their base64 trips.
      this.gzip.end(`${JSON.stringify(trailer)}\n`);
      await this.done;
      await this.file.commit();
      return this.sink.bytesWritten;
    } finally {
      await this.abort();
    }
  }

  /** Drops the digest: nothing is left at `out` (or what was there stays). Safe to call more than once. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => undefined);
    await this.file.discard();
  }

  private async line(text: string, what: string, scanned = text): Promise<void> {
    // Fail closed like every other output: the digest travels as a workflow artifact.
    assertNoSecrets(`${this.out} (${what})`, scanned);
    const bytes = Buffer.byteLength(text);
    if (bytes >= MAX_DIGEST_LINE_BYTES)
      throw new Error(
        `${this.out}: the digest of ${what} is ${bytes} bytes, more than the ${MAX_DIGEST_LINE_BYTES} a reduce reads in a line`,
      );
    if (!this.gzip.write(`${text}\n`)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }
}
