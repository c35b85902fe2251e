/**
 * A folder of transcripts the pass cannot list (no read permission) is passed over, and named with
 * the reason: one locked folder does not stop `dream run` or `dream sessions` over the rest, and what
 * it holds does not vanish from the pass unsaid. The real bundle (`dist/cli.js`) in a real process, as
 * an unprivileged user: root lists any folder, so under root the process is started as `nobody` with a
 * node binary that user can run (skipped where there is none).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const fixture = path.join(root, 'test/fixtures/transcripts/claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl');
const NOBODY = 65534;

/** How to start node so that file permissions apply: as we are, or (under root) as nobody. */
function unprivilegedNode(): { node: string; ids?: { uid: number; gid: number } } | undefined {
  if (process.getuid?.() !== 0) return { node: process.execPath };
  const ids = { uid: NOBODY, gid: NOBODY };
  for (const node of [process.execPath, '/usr/bin/node', '/usr/local/bin/node']) {
    if (spawnSync(node, ['--version'], { ...ids, timeout: 10_000 }).status === 0) return { node, ids };
  }
  return undefined;
}
const runner = unprivilegedNode();

function dream(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(runner!.node, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
    ...runner!.ids,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-unlisted-'));
  // mkdtemp makes folders private (the test run's temporary root too): nobody must be able to pass through.
  if (runner?.ids) for (const d of [os.tmpdir(), dir]) chmodSync(d, statSync(d).mode | 0o711);
  else chmodSync(dir, 0o755);
  repo = path.join(dir, 'repo');
  const sessions = path.join(repo, '.dreaming', 'sessions');
  mkdirSync(path.join(sessions, 'locked'), { recursive: true });
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# acme\n\n- Run the tests with `pytest`.\n');
  copyFileSync(fixture, path.join(sessions, 'a.jsonl'));
  copyFileSync(fixture, path.join(sessions, 'locked', 'b.jsonl'));
  chmodSync(path.join(sessions, 'locked'), 0o000);
});
afterEach(() => {
  chmodSync(path.join(repo, '.dreaming', 'sessions', 'locked'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(runner === undefined)('a sessions folder that cannot be listed', () => {
  it('dream run reads the rest and names the folder (repository globs, as the Action expands them)', () => {
    const r = dream(['run', '--repo', repo], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sessions: 1 read from 1 file\(s\)/m);
    expect(r.stderr).toContain('cannot list .dreaming/sessions/locked (EACCES): transcripts under it were not read');
  });

  it('dream run names it under an absolute glob too', () => {
    const abs = path.join(repo, '.dreaming', 'sessions');
    const r = dream(['run', '--repo', repo, '--sessions', `${abs}/**/*.jsonl`], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sessions: 1 read from 1 file\(s\)/m);
    expect(r.stderr).toContain(`cannot list ${abs}/locked (EACCES): transcripts under it were not read`);
  });

  it('dream sessions walks past it, with a row that says what was not read', () => {
    const r = dream(['sessions', '--json', 'repo/.dreaming/sessions'], dir);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { file: string; sessions: number; issues: { reason: string }[] }[] }).files;
    expect(files.map((f) => [f.file, f.sessions])).toEqual([
      ['repo/.dreaming/sessions/a.jsonl', 1],
      ['repo/.dreaming/sessions/locked', 0],
    ]);
    expect(files[1]!.issues[0]!.reason).toBe('cannot list this folder (EACCES): transcripts under it were not read');
  });

  it('dream sessions given only that folder fails naming it, not as "no files match"', () => {
    const r = dream(['sessions', 'repo/.dreaming/sessions/locked'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot list repo/.dreaming/sessions/locked (EACCES): no transcript files read');
  });
});
