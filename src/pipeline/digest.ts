/**
 * Signal digests: what `dream map` writes for its shard of the transcripts and `dream reduce` merges.
 *
 * A digest holds, per file of the shard, the FileDigests a pass consumes (signals with their capped,
 * redacted quotes and the bounded outlines; never a transcript's text beyond these), plus the
 * shard's provenance filter, gzipped. Files are numbered in the pass's one file order, so the reduce
 * replays every shard's files in exactly the order a single runner reads them: the result is the same
 * byte for byte. Shards are chosen by a hash of the file's path, stable whatever else the corpus holds.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ProvenanceIndex } from '../guards/index.js';
import type { Logger } from '../model/index.js';
import type { FileDigest } from './mine-file.js';
import type { EfficacyPass } from './efficacy.js';
import type { Ledger } from '../ledger/index.js';

// 3: the provenance filter hashes keys with a fast non-cryptographic hash (guards/provenance.ts), not sha256.
const DIGEST_VERSION = 3;
const KIND = 'agent-dreaming/signal-digest';

export interface ShardDigest {
  kind: typeof KIND;
  version: typeof DIGEST_VERSION;
  shard: { index: number; count: number };
  /** Files in the whole pass (every shard), to check that the reduce has every shard. */
  totalFiles: number;
  /** Which ledger the shard was read against (see ledgerKey): the reduce must start from the same one. */
  ledger: string;
  /** Edit ids of the adopted lessons the shard counted. */
  lessons: string[];
  files: FileDigest[];
  /** The shard's provenance Bloom filter: 2^log2Bits bits, gzipped, base64. */
  provenance: { log2Bits: number; gzip: string };
}

/** The shard (0-based) a file belongs to among `count`, by a hash of its display path. */
export function shardOf(display: string, count: number): number {
  return createHash('sha256').update(display).digest().readUInt32BE(0) % count;
}

export function parseShardSpec(spec: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard ${spec}: expected I/N with 1 <= I <= N (for example 2/10)`);
  return { index: index - 1, count };
}

/**
 * The digest's text: its fields in ShardDigest's order, with `files` given as each FileDigest's JSON,
 * serialised as it was read, so a map holds a shard's text rather than its objects, which take several
 * times the room (10,000 sessions: 43 MB of text).
 */
export function serializeDigest(
  d: Omit<ShardDigest, 'kind' | 'version' | 'provenance' | 'files'> & { files: readonly string[] },
  provenance: ProvenanceIndex,
): string {
  const { log2Bits, bits } = provenance.exportBits();
  const { files, ...rest } = d;
  const head: Omit<ShardDigest, 'files' | 'provenance'> = { kind: KIND, version: DIGEST_VERSION, ...rest };
  // Level 6, not 9: on the 8 MiB filter 9 took 0.5-1 s of a 1,000-session shard's 4 s for a fifth fewer bytes.
  const tail: Pick<ShardDigest, 'provenance'> = { provenance: { log2Bits, gzip: gzipSync(bits, { level: 6 }).toString('base64') } };
  return `${JSON.stringify(head).slice(0, -1)},"files":[${files.join(',')}],${JSON.stringify(tail).slice(1)}\n`;
}

/** Largest digest file inflated: twenty times the 5 MB a shard's digest is meant to stay under. */
const MAX_DIGEST_BYTES = 100 * 1024 * 1024;

/**
 * A digest on disk is its JSON gzipped: outlines and signal summaries repeat a lot, and the file is
 * uploaded and downloaded as an artifact. Plain JSON is read too.
 */
export function encodeDigestFile(text: string): Buffer {
  return gzipSync(text, { level: 6 });
}

export function decodeDigestFile(data: Buffer, file: string): string {
  if (data[0] !== 0x1f || data[1] !== 0x8b) return data.toString('utf8');
  try {
    return gunzipSync(data, { maxOutputLength: MAX_DIGEST_BYTES }).toString('utf8');
  } catch (e) {
    throw new Error(`${file}: not a readable gzipped digest (${(e as Error).message})`);
  }
}

/** Parses and checks a digest; errors name the file. */
export function parseDigest(text: string, file: string): ShardDigest {
  let d: ShardDigest;
  try {
    d = JSON.parse(text) as ShardDigest;
  } catch (e) {
    throw new Error(`${file}: not a signal digest (invalid JSON: ${(e as Error).message})`);
  }
  if (!d || typeof d !== 'object' || d.kind !== KIND) throw new Error(`${file}: not a signal digest (kind is not "${KIND}")`);
  if (d.version !== DIGEST_VERSION)
    throw new Error(`${file}: signal digest version ${String(d.version)}, this dream reads version ${DIGEST_VERSION}`);
  const { index, count } = d.shard ?? {};
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || index >= count)
    throw new Error(`${file}: bad shard ${JSON.stringify(d.shard)}`);
  if (typeof d.ledger !== 'string' || !Array.isArray(d.lessons))
    throw new Error(`${file}: signal digest without its ledger key or lessons`);
  if (!Array.isArray(d.files) || !Number.isInteger(d.totalFiles)) throw new Error(`${file}: signal digest without files`);
  if (!d.provenance || typeof d.provenance.gzip !== 'string') throw new Error(`${file}: signal digest without its provenance filter`);
  for (const f of d.files)
    if (
      !f ||
      !Number.isInteger(f.index) ||
      typeof f.display !== 'string' ||
      !Array.isArray(f.sessions) ||
      !Array.isArray(f.issues) ||
      !Array.isArray(f.efficacy) ||
      !f.health ||
      !f.memoryUse
    )
      throw new Error(`${file}: malformed file entry ${JSON.stringify(f?.display ?? f)}`);
  return d;
}

/** Checks that the digests are the whole pass: every shard of one split exactly once, every file once. */
export function checkComplete(digests: readonly { digest: ShardDigest; file: string }[]): void {
  if (digests.length === 0) throw new Error('reduce: no digests given');
  const { count } = digests[0]!.digest.shard;
  const total = digests[0]!.digest.totalFiles;
  const seen = new Map<number, string>();
  for (const { digest, file } of digests) {
    if (digest.shard.count !== count || digest.totalFiles !== total)
      throw new Error(
        `${file}: shard of a different split (${digest.shard.count} shards, ${digest.totalFiles} files; ${digests[0]!.file} has ${count}, ${total})`,
      );
    const other = seen.get(digest.shard.index);
    if (other) throw new Error(`${file}: shard ${digest.shard.index + 1}/${count} given twice (also ${other})`);
    seen.set(digest.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new Error(`reduce: missing shard(s) ${missing.map((i) => `${i + 1}/${count}`).join(', ')}`);
  const files = digests.reduce((n, d) => n + d.digest.files.length, 0);
  if (files !== total) throw new Error(`reduce: the digests hold ${files} files, the split had ${total}`);
}

/** Every file the digests cover, in pass order. */
export function digestFiles(digests: readonly ShardDigest[]): string[] {
  return ordered(digests).map((f) => f.display);
}

function ordered(digests: readonly ShardDigest[]): FileDigest[] {
  return digests.flatMap((d) => d.files).sort((a, b) => a.index - b.index);
}

/** The digests' files in pass order, their provenance filters merged into `provenance`. */
export async function* replayDigests(digests: readonly ShardDigest[], provenance: ProvenanceIndex): AsyncGenerator<FileDigest> {
  // The size is bounded before inflating: a hostile digest cannot make the reduce allocate more than the filter.
  for (const d of digests) {
    const { log2Bits, gzip } = d.provenance;
    const bits = new Uint8Array(
      gunzipSync(Buffer.from(gzip, 'base64'), { maxOutputLength: 2 ** (Math.min(31, Math.max(10, log2Bits)) - 3) }),
    );
    provenance.union({ log2Bits, bits });
  }
  for (const f of ordered(digests)) yield f;
}

/**
 * Which ledger state a pass reads against: what it skips, resumes and counts as dreamed all come from
 * the ledger's sessions, file marks and filter (not from its patterns or edits, which a reduce may
 * update from merged pull requests after the maps ran). "all" when dreamed sessions are read too.
 */
export function ledgerKey(ledger: Ledger | undefined): string {
  if (!ledger) return 'all';
  return createHash('sha256')
    .update(JSON.stringify([Object.keys(ledger.sessions), ledger.files ?? {}, ledger.dreamed ?? null]))
    .digest('hex');
}

/**
 * Checks the digests were read against the ledger the reduce starts from (otherwise the shards skipped
 * or counted sessions by another state: map again), and returns the efficacy pass restricted to the
 * lessons every shard counted: a lesson some shard did not count (its checkout saw no adoption) is not
 * judged on partial counts this time.
 */
export function reduceChecks(
  digests: readonly ShardDigest[],
  opts: { ledgerKey: string; efficacy: EfficacyPass | undefined; logger: Logger },
): EfficacyPass | undefined {
  for (const d of digests)
    if (d.ledger !== opts.ledgerKey)
      throw new Error(
        `shard ${d.shard.index + 1}/${d.shard.count} was read against another ledger than this reduce starts from (the ledger moved, or --include-dreamed differs): run the map jobs again`,
      );
  const { efficacy } = opts;
  if (!efficacy) return undefined;
  const counted = new Set(efficacy.lessons.map((l) => l.editId).filter((id) => digests.every((d) => d.lessons.includes(id))));
  if (counted.size === efficacy.lessons.length) return efficacy;
  opts.logger.warning(
    `efficacy: ${efficacy.lessons.length - counted.size} adopted lesson(s) not counted by every shard (fetch the full history in the map jobs); not judged this pass`,
  );
  return efficacy.only(counted);
}
