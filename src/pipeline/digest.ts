/**
 * Signal digests: what `dream map` writes for its shard of the transcripts and `dream reduce` merges.
 *
 * A digest holds, per file of the shard, the FileDigest a pass consumes (signals with their capped,
 * redacted quotes and the bounded outlines; never a transcript's text beyond these), plus the
 * shard's provenance filter. Files are numbered in the pass's one file order, so the reduce replays
 * every shard's files in exactly the order a single runner reads them: the result is the same byte
 * for byte. Shards are chosen by a hash of the file's path, stable whatever else the corpus holds.
 *
 * On disk a digest is gzipped JSON lines, so that neither side ever holds a whole shard: the header
 * (DigestHeader), then one FileDigest a line in file order, then the provenance filter (DigestTrailer),
 * which the map knows only once it has read every file. The map writes each line as its file is read
 * (digest-write.ts); the reduce checks every shard's header first, then merges the shards' lines by
 * file index with one streaming reader a shard (digest-read.ts), holding about one file's digest a shard.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../model/index.js';
import type { FileDigest } from './mine-file.js';
import type { EfficacyPass } from './efficacy.js';
import type { Ledger } from '../ledger/index.js';
import { decodeFile } from './digest-wire.js';

// 3: the provenance filter hashes keys with a fast non-cryptographic hash (guards/provenance.ts), not sha256.
// 4: JSON lines (header, one line a file, provenance trailer) instead of one JSON document.
// 5: the trailer holds two filters, trusted keys and strangers' word triples (guards/provenance.ts).
// 6: signals carry the identities of their events (signals/occurrence.ts), so a reduce counts one event
//    two shards recorded once, as a single pass does; a version 5 digest would count it twice.
// 7: efficacy tallies carry what each conversation with subagents met (families), so a reduce counts a
//    parent and its subagents read by different files or shards as one exposure; version 6 had none.
// 8: every conversation a file met a lesson in, not only those whose parent links a subagent, so a parent
//    that links none and its subagents in other files are one exposure; a version 7 digest counts them twice.
// 9: a file's line leaves out what the reduce infers from the rest of it (digest-wire.ts), and a sparse provenance
//    filter is written as the positions of its set bits (digest-filter.ts).
export const DIGEST_VERSION = 9;
const KIND = 'agent-dreaming/signal-digest';

/**
 * Largest line of a digest, inflated, on either side: the map refuses to write a longer one and the
 * reduce to read one, so a hostile digest cannot make the reduce allocate without limit. A file's line
 * is its sessions' capped outlines and signals (about 8 KB a session); the provenance trailer of the
 * default 8 MiB filter is at most some 11 MB of base64.
 */
export const MAX_DIGEST_LINE_BYTES = 64 * 1024 * 1024;

/** The first line of a digest: what the reduce checks before it reads any file's line. */
export interface DigestHeader {
  kind: typeof KIND;
  version: typeof DIGEST_VERSION;
  shard: { index: number; count: number };
  /** Files in the whole pass (every shard), to check that the reduce has every shard. */
  totalFiles: number;
  /** Files of this shard: the lines that follow the header. */
  files: number;
  /** Which ledger the shard was read against (see ledgerKey): the reduce must start from the same one. */
  ledger: string;
  /** Edit ids of the adopted lessons the shard counted. */
  lessons: string[];
}

/** A Bloom filter of 2^log2Bits bits: its bits gzipped (base64), or the distances between its set bits gzipped (hex; digest-filter.ts). */
export interface DigestFilter {
  log2Bits: number;
  gzip?: string;
  gaps?: string;
}

/** The last line of a digest: the shard's provenance filters (see ProvenanceIndex.exportBits). */
export interface DigestTrailer {
  provenance: { trusted: DigestFilter; untrusted: DigestFilter };
}

/** A digest file whose header was read and checked: the reduce's handle on a shard. */
export interface DigestSource {
  file: string;
  header: DigestHeader;
}

export function digestHeader(fields: Omit<DigestHeader, 'kind' | 'version'>): DigestHeader {
  return { kind: KIND, version: DIGEST_VERSION, ...fields };
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

function parseLine(text: string, where: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`${where}: not ${what} (invalid JSON: ${(e as Error).message})`);
  }
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Parses and checks a digest's first line; `where` is the file and line, which errors name. */
export function parseDigestHeader(text: string, where: string): DigestHeader {
  const d = parseLine(text, where, 'a signal digest') as Partial<DigestHeader> | null;
  if (!d || typeof d !== 'object' || d.kind !== KIND) throw new Error(`${where}: not a signal digest (kind is not "${KIND}")`);
  if (d.version !== DIGEST_VERSION)
    throw new Error(
      `${where}: signal digest version ${String(d.version)}, this dream reads version ${DIGEST_VERSION} (run the map jobs again with this version)`,
    );
  const { index, count } = d.shard ?? {};
  if (!isCount(index) || !isCount(count) || index >= count) throw new Error(`${where}: bad shard ${JSON.stringify(d.shard)}`);
  if (typeof d.ledger !== 'string' || !Array.isArray(d.lessons) || !d.lessons.every((l) => typeof l === 'string'))
    throw new Error(`${where}: signal digest without its ledger key or lessons`);
  if (!isCount(d.totalFiles) || !isCount(d.files) || d.files > d.totalFiles)
    throw new Error(`${where}: signal digest without its file counts`);
  return d as DigestHeader;
}

/** Parses one file's line, puts back what it leaves out (digest-wire.ts), and checks its shape. */
export function parseFileDigest(text: string, where: string): FileDigest {
  const refuse = (what: string): never => {
    throw new Error(`${where}: ${what} in a file's digest`);
  };
  const f = decodeFile(parseLine(text, where, "a file's digest"), refuse) as Partial<FileDigest> | null;
  if (
    !f ||
    typeof f !== 'object' ||
    !isCount(f.index) ||
    typeof f.display !== 'string' ||
    typeof f.source !== 'string' ||
    !Array.isArray(f.sessions) ||
    !Array.isArray(f.issues) ||
    !Array.isArray(f.efficacy) ||
    !f.health ||
    !f.memoryUse
  )
    throw new Error(`${where}: malformed file entry ${JSON.stringify(f?.display ?? null)}`);
  return f as FileDigest;
}

/** Parses and checks the last line. */
export function parseDigestTrailer(text: string, where: string): DigestTrailer['provenance'] {
  const t = parseLine(text, where, "a digest's provenance filter") as Partial<DigestTrailer> | null;
  const p = t?.provenance;
  const isFilter = (f: Partial<DigestFilter> | undefined): f is DigestFilter =>
    !!f &&
    typeof f === 'object' &&
    Number.isInteger(f.log2Bits) &&
    (typeof f.gzip === 'string') !== (typeof f.gaps === 'string') &&
    (f.gzip === undefined || f.gaps === undefined);
  if (!p || !isFilter(p.trusted) || !isFilter(p.untrusted)) throw new Error(`${where}: signal digest without its provenance filters`);
  return p;
}

/** Checks that the digests are the whole pass: every shard of one split exactly once, every file once. */
export function checkComplete(digests: readonly DigestSource[]): void {
  if (digests.length === 0) throw new Error('reduce: no digests given');
  const first = digests[0]!;
  const { count } = first.header.shard;
  const total = first.header.totalFiles;
  const seen = new Map<number, string>();
  for (const { header, file } of digests) {
    if (header.shard.count !== count || header.totalFiles !== total)
      throw new Error(
        `${file}: shard of a different split (${header.shard.count} shards, ${header.totalFiles} files; ${first.file} has ${count}, ${total})`,
      );
    const other = seen.get(header.shard.index);
    if (other) throw new Error(`${file}: shard ${header.shard.index + 1}/${count} given twice (also ${other})`);
    seen.set(header.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new Error(`reduce: missing shard(s) ${missing.map((i) => `${i + 1}/${count}`).join(', ')}`);
  const files = digests.reduce((n, d) => n + d.header.files, 0);
  if (files !== total) throw new Error(`reduce: the digests hold ${files} files, the split had ${total}`);
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
  digests: readonly DigestHeader[],
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
