import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  atomicFile
} from "./chunk-5VJLFS55.js";
import {
  GZIP_LEVEL,
  MAX_DIGEST_LINE_BYTES,
  digestHeader,
  encodeFile,
  ledgerKey,
  packFilter,
  passFiles,
  readers,
  shardOf
} from "./chunk-VO4SGRYY.js";
import {
  mineFiles
} from "./chunk-4IJXBGAU.js";
import {
  discoverMemoryFiles
} from "./chunk-YLF6FQSM.js";
import {
  EfficacyPass
} from "./chunk-WCAN4TE2.js";
import {
  loadLedger,
  readLedgerFile
} from "./chunk-YK2Z4U6E.js";
import {
  ProvenanceIndex,
  assertNoSecrets
} from "./chunk-MKJOEVRC.js";
import {
  collectRepoFacts,
  memoryRuleDates
} from "./chunk-UIMAFZUT.js";

// src/pipeline/digest-write.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
var DigestWriter = class _DigestWriter {
  constructor(out, file, header, gzip) {
    this.out = out;
    this.file = file;
    this.header = header;
    this.gzip = gzip;
    this.sink = createWriteStream(file.tmp, { flags: "wx", mode: 420 });
    this.done = pipeline(gzip, this.sink);
    this.done.catch(() => void 0);
  }
  out;
  file;
  header;
  gzip;
  written = 0;
  sink;
  /** The gzip stream's pipeline into the file: settles once the file is written, or on the first error. */
  done;
  /** Starts the digest at `out` with its header. */
  static async create(out, header) {
    const writer = new _DigestWriter(out, await atomicFile(out), header, createGzip({ level: GZIP_LEVEL }));
    try {
      await writer.line(JSON.stringify(header), "its header");
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
  async add(json, display, scanned = json) {
    if (this.written >= this.header.files) throw new Error(`${this.out}: more files than the ${this.header.files} its header announced`);
    this.written++;
    await this.line(json, display, scanned);
  }
  /** Ends the digest with the shard's provenance filter and puts it in place; returns its size on disk. */
  async finish(provenance) {
    try {
      if (this.written !== this.header.files)
        throw new Error(`${this.out}: ${this.written} files written, its header announced ${this.header.files}`);
      const { trusted, untrusted } = provenance.exportBits();
      const trailer = { provenance: { trusted: packFilter(trusted), untrusted: packFilter(untrusted) } };
      this.gzip.end(`${JSON.stringify(trailer)}
`);
      await this.done;
      await this.file.commit();
      return this.sink.bytesWritten;
    } finally {
      await this.abort();
    }
  }
  /** Drops the digest: nothing is left at `out` (or what was there stays). Safe to call more than once. */
  async abort() {
    this.gzip.destroy();
    await this.done.catch(() => void 0);
    await this.file.discard();
  }
  async line(text, what, scanned = text) {
    assertNoSecrets(`${this.out} (${what})`, scanned);
    const bytes = Buffer.byteLength(text);
    if (bytes >= MAX_DIGEST_LINE_BYTES)
      throw new Error(
        `${this.out}: the digest of ${what} is ${bytes} bytes, more than the ${MAX_DIGEST_LINE_BYTES} a reduce reads in a line`
      );
    if (!this.gzip.write(`${text}
`)) await Promise.race([once(this.gzip, "drain"), this.done]);
  }
};

// src/pipeline/map.ts
async function mapShard(opts) {
  const { repoDir, shard, logger } = opts;
  const includeDreamed = opts.includeDreamed ?? false;
  const memoryGlobs = opts.memoryGlobs ?? [];
  const memory = await discoverMemoryFiles(repoDir, { globs: memoryGlobs, logger });
  const ledgerText = opts.ledgerText !== void 0 ? opts.ledgerText : await readLedgerFile(repoDir, opts.ledgerPath);
  const ledger = loadLedger(ledgerText, opts.ledgerPath);
  const repoFacts = await collectRepoFacts(repoDir);
  const ruleDates = await memoryRuleDates(repoDir, memory);
  const efficacy = opts.efficacy === false ? void 0 : await EfficacyPass.start(repoDir, ledger, memory, opts.efficacy || {}, logger);
  const all = await passFiles({ ...opts, includeDreamed });
  const mine = [];
  for (let index = 0; index < all.length; index++) {
    const f = all.at(index);
    if (shardOf(f.display, shard.count) === shard.index) mine.push({ ...f, index });
  }
  const provenance = new ProvenanceIndex();
  const read = { repoDir, ledger, ledgerPath: opts.ledgerPath, includeDreamed, memory, memoryGlobs, repoFacts, ruleDates, efficacy };
  const writer = await DigestWriter.create(
    opts.out,
    digestHeader({
      shard,
      totalFiles: all.length,
      files: mine.length,
      ledger: ledgerKey(includeDreamed ? void 0 : ledger),
      lessons: (efficacy?.lessons ?? []).map((l) => l.editId)
    })
  );
  let sessions = 0;
  try {
    for await (const digest of mineFiles(
      mine,
      readers({ ...read, ...opts.threads ? { threads: opts.threads } : {} }, provenance, mine)
    )) {
      await writer.add(JSON.stringify(encodeFile(digest)), digest.display, JSON.stringify(digest));
      sessions += digest.sessions.length;
    }
  } catch (e) {
    await writer.abort();
    throw e;
  }
  const bytes = await writer.finish(provenance);
  return { bytes, files: mine.length, sessions, totalFiles: all.length };
}

export {
  mapShard
};
