/**
 * Safe extraction of an untrusted zip (a workflow artifact anyone with push access can shape).
 *
 * Refused, each named in an issue and never fatal for the rest: entries whose name escapes the
 * destination (zip-slip), symlinks and other special files, encrypted or unknown compression, and
 * entries over the size caps. Sizes are enforced on the bytes actually inflated, because the
 * headers of a zip bomb lie. Nothing is ever written outside destDir.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { ReadIssue } from '../model/index.js';

export interface ZipLimits {
  /** More entries than this and the archive is refused whole. */
  maxEntries: number;
  /** Inflated bytes one entry may produce. */
  maxEntryBytes: number;
  /** Inflated bytes all entries together may produce. */
  maxTotalBytes: number;
}

const defaultZipLimits: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

export interface ExtractResult {
  /** Absolute paths of the regular files written, sorted. */
  files: string[];
  issues: ReadIssue[];
  /** Inflated bytes written. */
  bytes: number;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

class EntryTooLarge extends Error {}

/** Counts inflated bytes as they flow and stops the stream once a cap is passed. */
class ByteCap extends Transform {
  count = 0;
  constructor(private readonly cap: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.cap) done(new EntryTooLarge(`inflates past ${this.cap} bytes`));
    else done(null, chunk);
  }
}

/** Why an entry name is unsafe, or undefined when it is safe to join under destDir. */
export function unsafeEntryName(name: string): string | undefined {
  if (name === '') return 'has an empty name';
  if (name.includes('\0')) return 'has a NUL character in its name';
  if (name.includes('\\')) return 'has a backslash in its name';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'has an absolute path';
  if (name.split('/').some((s) => s === '..')) return 'has a ".." path segment';
  return undefined;
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function entryName(entry: Entry): string {
  // decodeStrings is off so yauzl never aborts the whole archive over one bad name; decode here
  // the way yauzl would, keeping backslashes so they can be refused rather than reinterpreted.
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}

function openZip(zip: Buffer): Promise<ZipFile> {
  return yauzl.fromBufferPromise(zip, {
    lazyEntries: true,
    decodeStrings: false,
    // Our own counter checks sizes per entry; yauzl's check would abort the whole archive.
    validateEntrySizes: false,
  });
}

function nextEntry(zipfile: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zipfile.off('entry', onEntry);
      zipfile.off('end', onEnd);
      zipfile.off('error', onError);
    };
    const onEntry = (e: Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (err: Error) => (cleanup(), reject(err));
    zipfile.on('entry', onEntry);
    zipfile.on('end', onEnd);
    zipfile.on('error', onError);
    zipfile.readEntry();
  });
}

/**
 * Extracts `zip` into destDir (created if missing). `label` names the archive in issues.
 * Throws only when the archive as a whole cannot be read (not a zip, corrupt directory).
 */
export async function extractZipSafely(
  zip: Buffer,
  destDir: string,
  opts: { label?: string; limits?: Partial<ZipLimits> } = {},
): Promise<ExtractResult> {
  const limits = { ...defaultZipLimits, ...opts.limits };
  const label = opts.label ?? 'zip';
  const issues: ReadIssue[] = [];
  const files: string[] = [];
  const refuse = (name: string, why: string) => issues.push({ file: label, reason: `refused entry "${name}": ${why}` });

  const zipfile = await openZip(zip);
  try {
    if (zipfile.entryCount > limits.maxEntries) {
      issues.push({
        file: label,
        reason: `refused archive: ${zipfile.entryCount} entries exceed the cap of ${limits.maxEntries}`,
      });
      return { files, issues, bytes: 0 };
    }
    await mkdir(destDir, { recursive: true });
    const root = await realpath(destDir);
    let total = 0;

    for (let i = 0; i < limits.maxEntries; i++) {
      const entry = await nextEntry(zipfile);
      if (!entry) break;
      const name = entryName(entry);
      const unsafe = unsafeEntryName(name);
      if (unsafe) {
        refuse(name, unsafe);
        continue;
      }
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      const isDir = name.endsWith('/') || mode === S_IFDIR;
      if (mode === S_IFLNK) {
        refuse(name, 'is a symlink');
        continue;
      }
      if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) {
        refuse(name, 'is a special file (device, fifo or socket)');
        continue;
      }
      const target = path.resolve(root, ...name.split('/').filter((s) => s !== '' && s !== '.'));
      if (target === root || !isInside(root, target)) {
        if (!isDir) refuse(name, 'resolves outside the destination');
        continue;
      }
      if (isDir) {
        const failed = await makeDir(target);
        if (failed) refuse(name, failed);
        continue;
      }
      if (entry.isEncrypted()) {
        refuse(name, 'is encrypted');
        continue;
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        refuse(name, `uses unsupported compression method ${entry.compressionMethod}`);
        continue;
      }
      const remaining = limits.maxTotalBytes - total;
      const cap = Math.min(limits.maxEntryBytes, remaining);
      // The header is only a hint, but a hint over the cap is enough to refuse without inflating.
      if (entry.uncompressedSize > cap) {
        refuse(
          name,
          cap === remaining && remaining < limits.maxEntryBytes
            ? `its ${entry.uncompressedSize} bytes exceed what is left of the ${limits.maxTotalBytes}-byte total cap`
            : `its ${entry.uncompressedSize} bytes exceed the ${limits.maxEntryBytes}-byte entry cap`,
        );
        continue;
      }

      const failed = await makeDir(path.dirname(target));
      if (failed) {
        refuse(name, failed);
        continue;
      }
      // No extracted entry is ever a symlink, but destDir may hold older ones: re-check the real parent.
      const realParent = await realpath(path.dirname(target));
      if (!isInside(root, realParent)) {
        refuse(name, 'its parent directory resolves outside the destination');
        continue;
      }
      const written = await writeEntry(zipfile, entry, path.join(realParent, path.basename(target)), cap);
      if (written.error) {
        refuse(name, written.error);
        continue;
      }
      total += written.bytes;
      files.push(path.join(realParent, path.basename(target)));
    }
    files.sort();
    return { files, issues, bytes: total };
  } finally {
    zipfile.close();
  }
}

/** A file already standing where a directory must go is this entry's problem, not the archive's. */
async function makeDir(dir: string): Promise<string | undefined> {
  try {
    await mkdir(dir, { recursive: true });
    return undefined;
  } catch (err) {
    return `its directory cannot be created (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
}

async function writeEntry(zipfile: ZipFile, entry: Entry, target: string, cap: number): Promise<{ bytes: number; error?: string }> {
  const counter = new ByteCap(cap);
  try {
    const source = await zipfile.openReadStreamPromise(entry);
    // 'wx' never follows or replaces what is already there (a duplicate name, a planted symlink).
    await pipeline(source, counter, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') await rm(target, { force: true });
    if (err instanceof EntryTooLarge) {
      return { bytes: 0, error: `${err.message} (the header claimed ${entry.uncompressedSize})` };
    }
    if (code === 'EEXIST') return { bytes: 0, error: 'a file of that name was already extracted' };
    return { bytes: 0, error: `could not be inflated: ${(err as Error).message}` };
  }
  if (counter.count !== entry.uncompressedSize) {
    await rm(target, { force: true });
    return {
      bytes: 0,
      error: `inflated to ${counter.count} bytes but its header claims ${entry.uncompressedSize}`,
    };
  }
  return { bytes: counter.count };
}
