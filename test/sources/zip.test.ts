import { mkdtemp, mkdir, readFile, readdir, lstat, symlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractZipSafely, unsafeEntryName } from '../../src/sources/zip.js';
import { buildZip, claimUncompressedSize, renameEntry } from './zipfixtures.js';

let sandbox: string;
let dest: string;

beforeEach(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'dream-zip-'));
  // Deep enough that ../../ lands inside the sandbox, where the test can look for it.
  dest = path.join(sandbox, 'a', 'b', 'dest');
});
afterEach(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

/** Every file and symlink under dir, relative to it, bounded. */
async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const queue = [dir];
  for (let n = 0; queue.length > 0 && n < 10_000; n++) {
    const current = queue.shift()!;
    for (const d of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, d.name);
      if (d.isDirectory()) queue.push(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

describe('extractZipSafely', () => {
  it('extracts regular files and directories with their bytes intact', async () => {
    const zip = await buildZip([
      { name: 'run/', directory: true },
      { name: 'run/session.jsonl', data: '{"type":"user"}\n' },
      { name: 'stored.json', data: '[1,2,3]', compress: false },
      { name: 'deep/er/x.traj', data: Buffer.alloc(5000, 7) },
    ]);
    const r = await extractZipSafely(zip, dest, { label: 'fixture.zip' });
    expect(r.issues).toEqual([]);
    expect(await listTree(dest)).toEqual(['deep/er/x.traj', 'run/session.jsonl', 'stored.json']);
    expect(r.files).toEqual(r.files.slice().sort());
    expect(r.files.every((f) => path.isAbsolute(f))).toBe(true);
    expect(await readFile(path.join(dest, 'run/session.jsonl'), 'utf8')).toBe('{"type":"user"}\n');
    expect((await readFile(path.join(dest, 'deep/er/x.traj'))).equals(Buffer.alloc(5000, 7))).toBe(true);
    expect(r.bytes).toBe(16 + 7 + 5000);
  });

  it('refuses every zip-slip name and creates nothing outside destDir', async () => {
    // Each placeholder has the length of the attack name it becomes.
    const attacks: Array<[string, string]> = [
      ['aa/aa/etc/x', '../../etc/x'],
      ['aa/aa/aa/aa/sandbox-x', '../../../../sandbox-x'],
      ['/tmp-abs-x'.replace('/', 'q'), '/tmp-abs-x'],
      ['qqC/evil-x', 'C:/evil-x'.padEnd(10, '_')],
      ['aa_aa_bs-x', '..\\..\\bs-x'],
      ['ok/aa/aa/mid-x', 'ok/../../mid-x'],
    ];
    let zip = await buildZip([
      ...attacks.map(([placeholder]) => ({ name: placeholder, data: 'pwned' })),
      { name: 'good.jsonl', data: '{}\n' },
    ]);
    for (const [placeholder, name] of attacks) zip = renameEntry(zip, placeholder, name);

    const r = await extractZipSafely(zip, dest, { label: 'evil.zip' });

    expect(await listTree(sandbox)).toEqual(['a/b/dest/good.jsonl']);
    await expect(lstat('/tmp-abs-x')).rejects.toThrow();
    await expect(lstat(path.join(os.tmpdir(), 'sandbox-x'))).rejects.toThrow();
    expect(r.files).toEqual([path.join(await realDest(), 'good.jsonl')]);
    for (const [, name] of attacks) {
      expect(r.issues.some((i) => i.file === 'evil.zip' && i.reason.includes(`"${name}"`))).toBe(true);
    }
    expect(r.issues).toHaveLength(attacks.length);
  });

  it('refuses symlink entries without creating a link', async () => {
    const zip = await buildZip([
      { name: 'link', data: '/etc/passwd', mode: 0o120777 },
      { name: 'fifo', data: '', mode: 0o010644 },
      { name: 'kept.jsonl', data: 'x', mode: 0o100755 },
    ]);
    const r = await extractZipSafely(zip, dest, { label: 'links.zip' });
    expect(await listTree(dest)).toEqual(['kept.jsonl']);
    expect(r.issues.map((i) => i.reason)).toEqual([
      'refused entry "link": is a symlink',
      'refused entry "fifo": is a special file (device, fifo or socket)',
    ]);
    // Extracted files never carry the archive's exec bits.
    expect((await lstat(path.join(dest, 'kept.jsonl'))).mode & 0o111).toBe(0);
  });

  it('refuses an archive with too many entries, writing nothing', async () => {
    const zip = await buildZip(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.json`, data: '{}' })));
    const r = await extractZipSafely(zip, dest, { label: 'many.zip', limits: { maxEntries: 5 } });
    expect(r.files).toEqual([]);
    expect(r.issues).toEqual([{ file: 'many.zip', reason: 'refused archive: 6 entries exceed the cap of 5' }]);
    await expect(lstat(dest)).rejects.toThrow();
  });

  it('stops a bomb whose header lies, counting inflated bytes, and keeps going', async () => {
    const bomb = Buffer.alloc(8 * 1024 * 1024, 0);
    let zip = await buildZip([
      { name: 'bomb.jsonl', data: bomb },
      { name: 'after.jsonl', data: 'still here' },
    ]);
    expect(zip.length).toBeLessThan(64 * 1024);
    zip = claimUncompressedSize(zip, 'bomb.jsonl', 100);
    const r = await extractZipSafely(zip, dest, { label: 'bomb.zip', limits: { maxEntryBytes: 1024 * 1024 } });
    expect(await listTree(dest)).toEqual(['after.jsonl']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.reason).toMatch(/^refused entry "bomb.jsonl": inflates past 1048576 bytes \(the header claimed 100\)$/);
    expect(r.bytes).toBe('still here'.length);
  });

  it('refuses an entry whose header under-claims even below the cap', async () => {
    let zip = await buildZip([{ name: 'liar.json', data: Buffer.alloc(3000, 1) }]);
    zip = claimUncompressedSize(zip, 'liar.json', 10);
    const r = await extractZipSafely(zip, dest, { label: 'liar.zip' });
    expect(r.files).toEqual([]);
    expect(r.issues[0]!.reason).toBe('refused entry "liar.json": inflated to 3000 bytes but its header claims 10');
    expect(await listTree(dest)).toEqual([]);
  });

  it('refuses by header before inflating, and enforces the total cap', async () => {
    const zip = await buildZip([
      { name: 'big.json', data: Buffer.alloc(2000, 1) },
      { name: 'one.json', data: Buffer.alloc(400, 2) },
      { name: 'two.json', data: Buffer.alloc(400, 3) },
      { name: 'three.json', data: Buffer.alloc(400, 4) },
    ]);
    const r = await extractZipSafely(zip, dest, {
      label: 'caps.zip',
      limits: { maxEntryBytes: 1000, maxTotalBytes: 1000 },
    });
    expect(await listTree(dest)).toEqual(['one.json', 'two.json']);
    expect(r.issues.map((i) => i.reason)).toEqual([
      'refused entry "big.json": its 2000 bytes exceed the 1000-byte entry cap',
      'refused entry "three.json": its 400 bytes exceed what is left of the 1000-byte total cap',
    ]);
    expect(r.bytes).toBe(800);
  });

  it('does not write through a symlink already present in destDir', async () => {
    const outside = path.join(sandbox, 'outside');
    await mkdir(outside, { recursive: true });
    await mkdir(dest, { recursive: true });
    await symlink(outside, path.join(dest, 'link'));
    await symlink(path.join(outside, 'planted'), path.join(dest, 'planted.json'));
    const zip = await buildZip([
      { name: 'link/x.json', data: 'escaped' },
      { name: 'planted.json', data: 'escaped' },
    ]);
    const r = await extractZipSafely(zip, dest, { label: 'pre.zip' });
    expect(await readdir(outside)).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.issues.map((i) => i.reason)).toEqual([
      'refused entry "link/x.json": its parent directory resolves outside the destination',
      'refused entry "planted.json": a file of that name was already extracted',
    ]);
  });

  it('refuses a second entry with the same name instead of overwriting the first', async () => {
    let zip = await buildZip([
      { name: 'same.jsonl', data: 'first' },
      { name: 'SAME.jsonl', data: 'second' },
    ]);
    zip = renameEntry(zip, 'SAME.jsonl', 'same.jsonl');
    const r = await extractZipSafely(zip, dest, { label: 'dup.zip' });
    expect(await readFile(path.join(dest, 'same.jsonl'), 'utf8')).toBe('first');
    expect(r.issues.map((i) => i.reason)).toEqual(['refused entry "same.jsonl": a file of that name was already extracted']);
  });

  it('refuses an entry whose directory collides with an extracted file, and keeps going', async () => {
    const zip = await buildZip([
      { name: 'a', data: 'a file' },
      { name: 'a/b.json', data: '{}' },
      { name: 'a/', directory: true },
      { name: 'c.json', data: '[]' },
    ]);
    const r = await extractZipSafely(zip, dest, { label: 'clash.zip' });
    expect(await listTree(dest)).toEqual(['a', 'c.json']);
    // The errno differs between platforms; the refusal and its naming do not.
    expect(r.issues.map((i) => i.reason)).toEqual([
      expect.stringMatching(/^refused entry "a\/b.json": its directory cannot be created \((EEXIST|ENOTDIR)\)$/),
      expect.stringMatching(/^refused entry "a\/": its directory cannot be created \((EEXIST|ENOTDIR)\)$/),
    ]);
  });

  it('throws on bytes that are not a zip', async () => {
    await expect(extractZipSafely(Buffer.from('not a zip at all'), dest)).rejects.toThrow(/not a zip file/);
  });
});

describe('unsafeEntryName', () => {
  it.each([
    ['a/b.jsonl', undefined],
    ['./a.json', undefined],
    ['a..b/c', undefined],
    ['../x', 'has a ".." path segment'],
    ['a/../../x', 'has a ".." path segment'],
    ['/etc/x', 'has an absolute path'],
    ['c:x', 'has an absolute path'],
    ['a\\..\\x', 'has a backslash in its name'],
    ['a\0b', 'has a NUL character in its name'],
  ])('%j -> %j', (name, expected) => {
    expect(unsafeEntryName(name)).toBe(expected);
  });
});

async function realDest(): Promise<string> {
  const { realpath } = await import('node:fs/promises');
  return realpath(dest);
}
