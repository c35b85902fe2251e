/**
 * GitHubClient as the ArtifactStore: listing through the REST API (validated against the spec),
 * downloading through GitHub's redirect, and the sources stage refusing a zip-slip artifact.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectArtifactTranscripts } from '../../src/sources/artifacts.js';
import { buildZip, renameEntry } from '../sources/zipfixtures.js';
import { makeWorld, recordingLogger, type World } from './helpers.js';

let w: World;
let scratch: string;
beforeEach(async () => {
  w = await makeWorld();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dream-artifacts-test-'));
});
afterEach(async () => {
  await w.close();
  rmSync(scratch, { recursive: true, force: true });
});

const now = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('workflow artifacts', () => {
  it('lists by name and age, downloads through the redirect, and refuses a path traversal', async () => {
    const good = await buildZip([{ name: 'session.jsonl', data: '{"type":"user"}\n' }]);
    // yazl refuses to write "../"; patch the bytes the way an attacker would.
    const evil = renameEntry(await buildZip([{ name: 'aa/aa/evil.jsonl', data: 'pwned\n' }]), 'aa/aa/evil.jsonl', '../../evil.jsonl');
    w.fake.artifacts.push(
      { id: 11, name: 'claude-session-1', zip: good, createdAt: daysAgo(1), runId: 7 },
      { id: 12, name: 'claude-session-2', zip: evil, createdAt: daysAgo(2), runId: 8 },
      { id: 13, name: 'claude-session-old', zip: good, createdAt: daysAgo(30) },
      { id: 14, name: 'coverage', zip: good, createdAt: daysAgo(1) },
    );
    const client = w.client();
    const listed = await client.listArtifacts({ namePattern: 'claude-session-*', since: new Date(daysAgo(7)) });
    // Every recent artifact, whatever its name: the collector matches, and names what it saw when nothing did.
    expect(listed.map((a) => a.id).sort()).toEqual([11, 12, 14]);
    expect(listed[0]).toMatchObject({ name: 'claude-session-1', runId: 7, sizeInBytes: good.length });

    const dest = path.join(scratch, 'extract');
    const logger = recordingLogger();
    const out = await collectArtifactTranscripts(client, {
      namePattern: 'claude-session-*',
      lookbackDays: 7,
      destDir: dest,
      maxArtifactBytes: 1 << 20,
      maxTotalBytes: 1 << 22,
      logger,
      now,
    });
    expect(out.files).toHaveLength(1);
    expect(readFileSync(out.files[0]!, 'utf8')).toBe('{"type":"user"}\n');
    expect(out.issues.map((i) => i.reason).join('\n')).toMatch(/\.\./);
    // Nothing landed outside the destination.
    expect(existsSync(path.join(scratch, 'evil.jsonl'))).toBe(false);
    expect(existsSync(path.join(dest, '..', '..', 'evil.jsonl'))).toBe(false);
    expect(readdirSync(scratch)).toEqual(['extract']);
    expect(w.fake.calls('actions/download-artifact').map((c) => c.status)).toEqual([302, 302]);
    expect(w.fake.calls('storage')).toHaveLength(2);
    expect(w.fake.violations).toEqual([]);
  });

  it('names actions: read when listing artifacts is forbidden', async () => {
    w.fake.failNext('actions/list-artifacts-for-repo', 1, 403, 'Resource not accessible by integration');
    const err = (await w
      .client()
      .listArtifacts({ namePattern: '*', since: new Date(0) })
      .catch((e: Error) => e)) as Error;
    expect(err.name).toBe('MissingPermissionError');
    expect(err.message).toContain('"actions: read"');
    // GitHub does answer 403 here, but its OpenAPI description lists no 403 for this operation.
    expect(w.fake.violations).toEqual(['fake answered off-spec: status 403 is not documented for actions/list-artifacts-for-repo']);
    w.fake.acknowledgeViolations();
  });
});
