/**
 * Builds real zips with yazl, then patches the bytes to make the malicious ones yazl refuses to
 * write (traversal names, lying size headers): the same bytes an attacker would upload.
 */
import yazl from 'yazl';

export interface FixtureEntry {
  name: string;
  data?: Buffer | string;
  /** Unix mode including the file type bits, e.g. 0o120777 for a symlink. */
  mode?: number;
  compress?: boolean;
  directory?: boolean;
}

export function buildZip(entries: FixtureEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    if (e.directory) {
      zip.addEmptyDirectory(e.name);
      continue;
    }
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '');
    zip.addBuffer(data, e.name, {
      ...(e.mode !== undefined ? { mode: e.mode } : {}),
      compress: e.compress ?? true,
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Replaces every occurrence of a placeholder name (local and central headers) with one of equal length. */
export function renameEntry(zip: Buffer, placeholder: string, name: string): Buffer {
  const from = Buffer.from(placeholder);
  const to = Buffer.from(name);
  if (from.length !== to.length) throw new Error(`renameEntry needs equal lengths: ${placeholder} / ${name}`);
  const out = Buffer.from(zip);
  let at = out.indexOf(from);
  let replaced = 0;
  while (at !== -1 && replaced < 100) {
    to.copy(out, at);
    replaced++;
    at = out.indexOf(from, at + from.length);
  }
  if (replaced < 2) throw new Error(`placeholder ${placeholder} found ${replaced} times`);
  return out;
}

/** Rewrites the uncompressed size that both headers claim for one entry. */
export function claimUncompressedSize(zip: Buffer, name: string, claimed: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x02014b50) {
      const len = out.readUInt16LE(i + 28);
      if (out.subarray(i + 46, i + 46 + len).equals(nameBytes)) {
        out.writeUInt32LE(claimed, i + 24);
        patched++;
      }
    } else if (sig === 0x04034b50) {
      const len = out.readUInt16LE(i + 26);
      if (out.subarray(i + 30, i + 30 + len).equals(nameBytes)) {
        out.writeUInt32LE(claimed, i + 22);
        patched++;
      }
    }
  }
  if (patched !== 2) throw new Error(`expected to patch 2 headers for ${name}, patched ${patched}`);
  return out;
}
