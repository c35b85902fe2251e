import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  artifactDirName,
  artifactNameMatcher,
  collectArtifactTranscripts,
  type ArtifactInfo,
  type ArtifactStore,
} from '../../src/sources/artifacts.js';
import type { Logger } from '../../src/model/index.js';
import { buildZip, renameEntry } from './zipfixtures.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

/** The port, held in memory: what the GitHub implementation would list and serve. */
class MemoryArtifactStore implements ArtifactStore {
  readonly downloads: number[] = [];
  readonly listCalls: Array<{ namePattern: string; since: Date }> = [];
  constructor(private readonly artifacts: Array<ArtifactInfo & { zip?: Buffer; fail?: string }>) {}
  async listArtifacts(opts: { namePattern: string; since: Date }): Promise<ArtifactInfo[]> {
    this.listCalls.push(opts);
    // Deliberately unfiltered: the collector must not rely on the store to filter.
    // Runs of this repository unless a test says otherwise (a fork's run has another head repository).
    return this.artifacts.map(({ zip: _zip, fail: _fail, ...info }) => ({ repositoryId: 7, headRepositoryId: 7, ...info }));
  }
  async downloadArtifactZip(id: number): Promise<Buffer> {
    this.downloads.push(id);
    const a = this.artifacts.find((x) => x.id === id);
    if (!a) throw new Error(`404 artifact ${id}`);
    if (a.fail) throw new Error(a.fail);
    return a.zip ?? Buffer.alloc(0);
  }
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => {}, info: () => {}, error: () => {}, warning: (m) => warnings.push(m) };
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

let sandbox: string;
let dest: string;
beforeEach(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'dream-artifacts-'));
  dest = path.join(sandbox, 'work', 'artifacts');
});
afterEach(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

const execution = (text: string) => buildZip([{ name: 'claude-execution-output.json', data: text }]);

describe('collectArtifactTranscripts', () => {
  it('downloads matching recent artifacts and extracts each into <id>-<name>/', async () => {
    const store = new MemoryArtifactStore([
      { id: 11, name: 'claude-execution-1', sizeInBytes: 200, createdAt: daysAgo(1), zip: await execution('[1]') },
      { id: 12, name: 'claude-execution-2', sizeInBytes: 200, createdAt: daysAgo(3), zip: await execution('[2]') },
      { id: 13, name: 'coverage-report', sizeInBytes: 200, createdAt: daysAgo(1), zip: await execution('[3]') },
      { id: 14, name: 'claude-execution-old', sizeInBytes: 200, createdAt: daysAgo(9), zip: await execution('[4]') },
    ]);
    const logger = recordingLogger();
    const r = await collectArtifactTranscripts(store, {
      namePattern: 'claude-execution-*',
      lookbackDays: 7,
      destDir: dest,
      maxArtifactBytes: 10_000,
      maxTotalBytes: 100_000,
      logger,
      now: NOW,
    });
    expect(store.listCalls[0]!.since.toISOString()).toBe(daysAgo(7));
    expect(store.downloads).toEqual([11, 12]);
    expect(r.issues).toEqual([]);
    expect(await listTree(dest)).toEqual([
      '11-claude-execution-1/claude-execution-output.json',
      '12-claude-execution-2/claude-execution-output.json',
    ]);
    expect(r.files).toHaveLength(2);
    expect(await readFile(r.files[0]!, 'utf8')).toBe('[1]');
    expect(logger.warnings).toEqual([]);
  });

  it('warns when artifact-name matches nothing, listing the names seen', async () => {
    const store = new MemoryArtifactStore([
      { id: 21, name: 'claude-execution-41', sizeInBytes: 200, createdAt: daysAgo(1), zip: await execution('[1]') },
      { id: 22, name: 'coverage-report', sizeInBytes: 200, createdAt: daysAgo(2), zip: await execution('[2]') },
      { id: 23, name: 'coverage-report', sizeInBytes: 200, createdAt: daysAgo(3), zip: await execution('[3]') },
    ]);
    const logger = recordingLogger();
    const r = await collectArtifactTranscripts(store, {
      namePattern: 'claude-session-*',
      lookbackDays: 7,
      destDir: dest,
      maxArtifactBytes: 10_000,
      maxTotalBytes: 100_000,
      logger,
      now: NOW,
    });
    expect(r.files).toEqual([]);
    expect(logger.warnings).toEqual([
      'artifact-name "claude-session-*" matched no artifact of the last 7 day(s); names seen: "claude-execution-41", "coverage-report"',
    ]);
  });

  it('skips expired, oversized and failing artifacts with an issue each, and keeps going', async () => {
    const store = new MemoryArtifactStore([
      { id: 1, name: 'exec', sizeInBytes: 100, createdAt: daysAgo(1), expired: true, zip: await execution('e') },
      { id: 2, name: 'exec', sizeInBytes: 50_000, createdAt: daysAgo(1), zip: await execution('big') },
      { id: 3, name: 'exec', sizeInBytes: 100, createdAt: daysAgo(1), fail: '500 server error' },
      // Listed small, but the bytes that arrive are larger than the cap.
      {
        id: 4,
        name: 'exec',
        sizeInBytes: 100,
        createdAt: daysAgo(1),
        zip: await buildZip([{ name: 'x.json', data: Buffer.alloc(20_000, 1), compress: false }]),
      },
      { id: 5, name: 'exec', sizeInBytes: 100, createdAt: daysAgo(2), zip: Buffer.from('not a zip') },
      { id: 6, name: 'exec', sizeInBytes: 100, createdAt: daysAgo(2), zip: await execution('kept') },
    ]);
    const logger = recordingLogger();
    const r = await collectArtifactTranscripts(store, {
      namePattern: 'exec',
      lookbackDays: 7,
      destDir: dest,
      maxArtifactBytes: 10_000,
      maxTotalBytes: 100_000,
      logger,
      now: NOW,
    });
    expect(r.files.map((f) => path.relative(dest, f))).toEqual([path.join('6-exec', 'claude-execution-output.json')]);
    expect(r.issues.map((i) => [i.file, i.reason])).toEqual([
      ['artifact 4 (exec)', expect.stringMatching(/download of \d+ bytes passes the size caps/)],
      ['artifact 3 (exec)', 'download failed: 500 server error'],
      ['artifact 2 (exec)', 'its 50000 bytes exceed the 10000-byte artifact cap'],
      ['artifact 1 (exec)', 'it has expired'],
      ['artifact 5 (exec)', expect.stringMatching(/^its zip could not be read: /)],
    ]);
    expect(store.downloads).not.toContain(1);
    expect(store.downloads).not.toContain(2);
    expect(logger.warnings).toHaveLength(5);
  });

  it('refuses a path-traversal artifact entry and writes nothing outside destDir', async () => {
    let zip = await buildZip([
      { name: 'aa/aa/aa/aa/escaped.json', data: 'pwned' },
      { name: 'session.jsonl', data: '{"type":"user"}\n' },
    ]);
    zip = renameEntry(zip, 'aa/aa/aa/aa/escaped.json', '../../../../escaped.json');
    const store = new MemoryArtifactStore([{ id: 7, name: 'claude-execution', sizeInBytes: zip.length, createdAt: daysAgo(0), zip }]);
    const r = await collectArtifactTranscripts(store, {
      namePattern: 'claude-*',
      lookbackDays: 1,
      destDir: dest,
      maxArtifactBytes: 10_000,
      maxTotalBytes: 10_000,
      logger: recordingLogger(),
      now: NOW,
    });
    expect(await listTree(sandbox)).toEqual(['work/artifacts/7-claude-execution/session.jsonl']);
    expect(r.issues).toEqual([
      { file: 'artifact 7 (claude-execution)', reason: 'refused entry "../../../../escaped.json": has a ".." path segment' },
    ]);
  });

  it('stops downloading at the total cap, newest first', async () => {
    const zips = await Promise.all([1, 2, 3].map((n) => execution(`[${n}]`)));
    const store = new MemoryArtifactStore(
      zips.map((zip, i) => ({ id: 20 + i, name: 'exec', sizeInBytes: zip.length, createdAt: daysAgo(3 - i), zip })),
    );
    const r = await collectArtifactTranscripts(store, {
      namePattern: 'exec',
      lookbackDays: 7,
      destDir: dest,
      maxArtifactBytes: 10_000,
      maxTotalBytes: zips[0]!.length * 2 + 1,
      logger: recordingLogger(),
      now: NOW,
    });
    expect(store.downloads).toEqual([22, 21]);
    expect(r.issues.map((i) => i.file)).toEqual(['artifact 20 (exec)']);
    expect(r.issues[0]!.reason).toMatch(/total cap/);
  });
});

describe('artifactNameMatcher', () => {
  it.each([
    ['claude-execution-*', 'claude-execution-42', true],
    ['claude-execution-*', 'claude-execution', false],
    ['claude-*-output', 'claude-run-7-output', true],
    ['exec?', 'exec1', true],
    ['exec?', 'exec12', false],
    ['{claude,codex}-*', 'codex-rollout', true],
    ['{claude,codex}-*', 'aider-log', false],
    ['a.b', 'aXb', false],
    ['transcripts, claude-*', 'transcripts', true],
    ['transcripts, claude-*', 'claude-x', true],
    ['(x)+', '(x)+', true],
    ['', 'anything', false],
  ])('%j matches %j: %s', (pattern, name, expected) => {
    expect(artifactNameMatcher(pattern)(name)).toBe(expected);
  });

  it('names directories safely from free-text artifact names', () => {
    expect(artifactDirName({ id: 3, name: '../../etc passwd' })).toBe('3-__.._etc_passwd');
    expect(artifactDirName({ id: 4, name: '.hidden' })).toBe('4-_hidden');
  });
});

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..', '../shared/corpus');
const sessionShare = path.join(corpus, 'session_share_claude_code');
describe.skipIf(!existsSync(sessionShare))('collectArtifactTranscripts on real transcripts', () => {
  it('delivers zipped corpus transcripts byte for byte', async () => {
    const names = (await readdir(sessionShare, { recursive: true })).filter((f) => f.endsWith('.jsonl')).sort();
    const originals = await Promise.all(names.map((n) => readFile(path.join(sessionShare, n))));
    const zip = await buildZip(names.map((n, i) => ({ name: `run/${n.split(path.sep).join('/')}`, data: originals[i]! })));
    const store = new MemoryArtifactStore([{ id: 99, name: 'claude-execution', sizeInBytes: zip.length, createdAt: daysAgo(0), zip }]);
    const r = await collectArtifactTranscripts(store, {
      namePattern: 'claude-execution',
      lookbackDays: 1,
      destDir: dest,
      maxArtifactBytes: zip.length,
      maxTotalBytes: 64 * 1024 * 1024,
      logger: recordingLogger(),
      now: NOW,
    });
    expect(r.issues).toEqual([]);
    expect(r.files).toHaveLength(names.length);
    const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    for (const [i, n] of names.entries()) {
      const got = await readFile(path.join(dest, '99-claude-execution', 'run', n));
      expect(digest(got)).toBe(digest(originals[i]!));
    }
  });
});

describe('forkReason', () => {
  it('trusts only a run whose head repository is this repository, failing closed when GitHub does not say', async () => {
    const { forkReason } = await import('../../src/sources/artifacts.js');
    const base = { id: 1, name: 'a', sizeInBytes: 1, createdAt: NOW.toISOString(), runId: 9 };
    expect(forkReason({ ...base, repositoryId: 5, headRepositoryId: 5 })).toBeUndefined();
    expect(forkReason({ ...base, repositoryId: 5, headRepositoryId: 6 })).toMatch(/run 9 came from a fork/);
    expect(forkReason({ ...base, repositoryId: 5 })).toMatch(/does not say which repository/);
    expect(forkReason(base)).toMatch(/does not say which repository/);
  });
});
