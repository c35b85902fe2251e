/**
 * A command-line password redacted at ingest, then written into JSON (a shard's digest, the ledger):
 * the escaped newline glues the next line onto the marker (`-p[REDACTED:cli-password]\nRead`), and
 * the output guards read marker-and-tail as a password. `dream map` refused every digest of a session
 * that ran `mysql -p…`. A value led by a marker was redacted already; the raw password is still found.
 */
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';
import { assertNoSecrets } from '../../src/guards/index.js';
import { buildProgram } from '../../src/cli/program.js';
import { silentLogger } from '../../src/log.js';

// Written for this test: each shape puts the password right before a line break.
const PASSWORD = 'Vq7rT2mZk9Lp';
const SHAPES = [
  `mysql -u root -p${PASSWORD}`,
  `mariadb-dump -h db -p'${PASSWORD}'`,
  `sqlcmd -S localhost -U sa -P ${PASSWORD}`,
  `sshpass -p ${PASSWORD} ssh deploy@web1`,
  `curl -u deploy:${PASSWORD}`,
  `pg_restore --db-pass ${PASSWORD}`,
];

describe('a redacted command-line password inside JSON text', () => {
  it.each(SHAPES)('%s: its JSON form passes the output guard, and redacting it again changes nothing', (shape) => {
    const redacted = redactSecrets(`${shape}\nRead\nBash(git log -1)`);
    expect(redacted).not.toContain(PASSWORD);
    const json = JSON.stringify({ outline: redacted });
    expect(() => assertNoSecrets('digest', json)).not.toThrow();
    expect(redactSecrets(json)).toBe(json);
  });

  it.each(SHAPES)('%s: the raw password is still found, in plain and in JSON text (control)', (shape) => {
    const raw = `${shape}\nRead`;
    expect(findSecrets(raw).length).toBeGreaterThan(0);
    expect(() => assertNoSecrets('digest', JSON.stringify({ outline: raw }))).toThrow(/secret-like/);
  });
});

describe('dream map over a session that ran mysql -p', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redacted-tail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes its digest, without the password', async () => {
    const repo = join(dir, 'repo');
    const sessions = join(repo, '.dreaming/sessions/claude-code');
    mkdirSync(sessions, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    const sid = '7c1d2e3f-1111-4a2b-9c3d-0123456789ab';
    const base = { isSidechain: false, userType: 'external', cwd: '/home/dev/shop', sessionId: sid, version: '2.1.39', gitBranch: 'main' };
    const lines = [
      {
        ...base,
        type: 'user',
        message: { role: 'user', content: 'load the fixtures into the local database' },
        uuid: 'a',
        timestamp: '2026-03-01T10:00:00.000Z',
      },
      {
        ...base,
        type: 'assistant',
        message: {
          id: 'm1',
          role: 'assistant',
          content: [{ type: 'tool_use', id: 't1', name: 'Bash', input: { command: `mysql -u root -p${PASSWORD}` } }],
        },
        uuid: 'b',
        timestamp: '2026-03-01T10:00:01.000Z',
      },
      {
        ...base,
        type: 'user',
        message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }] },
        uuid: 'c',
        timestamp: '2026-03-01T10:00:02.000Z',
      },
      {
        ...base,
        type: 'assistant',
        message: {
          id: 'm2',
          role: 'assistant',
          content: [{ type: 'tool_use', id: 't2', name: 'Read', input: { file_path: '/home/dev/shop/fixtures.sql' } }],
        },
        uuid: 'd',
        timestamp: '2026-03-01T10:00:03.000Z',
      },
      // A lesson, so the session has signals and its outline goes into the digest.
      { ...base, type: 'user', message: { role: 'user', content: 'use pnpm, not npm' }, uuid: 'e', timestamp: '2026-03-01T10:00:04.000Z' },
    ];
    writeFileSync(join(sessions, `${sid}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const out = join(dir, 'digest.gz');
    const program = buildProgram({ logger: silentLogger, env: {} }).exitOverride();
    await program.parseAsync(['node', 'dream', 'map', '--repo', repo, '--shard', '1/1', '--out', out, '--threads', '1']);
    expect(existsSync(out)).toBe(true);
    const { gunzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    expect(gunzipSync(readFileSync(out)).toString('utf8')).not.toContain(PASSWORD);
  });
});
