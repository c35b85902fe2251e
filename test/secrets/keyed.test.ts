import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactTranscriptLine } from '../../src/cli/capture.js';
import { findSecrets, isSecretKey, redactJsonValue, redactKeyedString, redactSecrets } from '../../src/secrets/index.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';

/** Built at runtime so this file holds no literal that secret scanners flag. */
const hex = (seed: number, n: number) => {
  let out = '';
  for (let i = 0; out.length < n; i++) out += createHash('sha256').update(`${seed}:${i}`).digest('hex');
  return out.slice(0, n);
};
const opaque = (seed: number, n: number) =>
  Buffer.from(hex(seed, n * 2), 'hex')
    .toString('base64url')
    .slice(0, n);

describe('Authorization header rule', () => {
  const HEADERS: [string, string][] = [
    [`Authorization: Bearer ${hex(1, 40)}`, hex(1, 40)],
    [`curl -s -H 'authorization: bearer ${opaque(2, 32)}' https://api.example.com/v1`, opaque(2, 32)],
    [`{"headers": {"Authorization": "Token ${hex(3, 24)}"}}`, hex(3, 24)],
    [
      `AUTHORIZATION=Basic ${Buffer.from(`deploy:${hex(4, 12)}`).toString('base64')}`,
      Buffer.from(`deploy:${hex(4, 12)}`).toString('base64'),
    ],
    [`headers:\n  Authorization: "Bearer ${opaque(5, 20)}"`, opaque(5, 20)],
  ];
  it.each(HEADERS)('redacts the credential of %s and keeps the scheme', (text, secret) => {
    expect(findSecrets(text).map((f) => f.rule)).toContain('authorization-header');
    const red = redactSecrets(text);
    expect(red).not.toContain(secret);
    expect(red).toMatch(/(?:Bearer|bearer|Token|Basic) \[REDACTED:authorization-header\]/);
  });

  const CLEAN = [
    'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user',
    'curl -H "Authorization: Bearer ${API_TOKEN}" https://api.example.com',
    'Authorization: Bearer <token>',
    'Authorization: Bearer abc123def',
    'Authorization: Basic dXNlcjpwYXNz',
    'The Authorization header carries a Bearer token that expires after an hour.',
    'Authorization: Bearer accessTokenGoesHere',
    'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx',
    'set the authorization: bearer scheme in the client config',
  ];
  it.each(CLEAN)('leaves %s alone', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('key-aware value redaction', () => {
  it('knows credential field names, and not their look-alikes', () => {
    for (const k of [
      'password',
      'api_key',
      'apiKey',
      'X-Api-Key',
      'db_password',
      'clientSecret',
      'GITHUB_TOKEN',
      'refresh-token',
      'credentials',
    ])
      expect(isSecretKey(k), k).toBe(true);
    for (const k of ['secretary', 'token_count', 'tokens', 'command', 'file_path', 'description', 'passwordPolicy', 'key', 'id'])
      expect(isSecretKey(k), k).toBe(false);
  });

  it('redacts a value under a secret-named key that no text rule sees', () => {
    // Neither value is a secret to the text rules alone: the key is what says so.
    expect(redactSecrets('hunter2hunter2')).toBe('hunter2hunter2');
    expect(redactSecrets('k3yV4lu3Short')).toBe('k3yV4lu3Short');
    const out = redactJsonValue({
      password: 'hunter2hunter2',
      api_key: 'k3yV4lu3Short',
      user: 'deploy',
      nested: [{ passphrase: 'correct horse battery' }],
    });
    expect(JSON.stringify(out)).not.toMatch(/hunter2|k3yV4lu3|horse/);
    expect(out).toEqual({
      password: '[REDACTED:secret-field]',
      api_key: '[REDACTED:secret-field]',
      user: 'deploy',
      nested: [{ passphrase: '[REDACTED:secret-field]' }],
    });
  });

  it('keeps placeholders, references and already-redacted values under secret keys', () => {
    const input = { password: '$DB_PASSWORD', token: '<your-token>', api_key: '[REDACTED:github-pat]', secret: 'true' };
    expect(redactJsonValue(input)).toBe(input);
  });

  it('returns the same object when nothing was redacted, so callers can keep the bytes', () => {
    const input = { command: 'npm test', args: ['--run', 'x'], n: 3, nested: { file_path: 'src/a.ts' } };
    expect(redactJsonValue(input)).toBe(input);
  });

  it('still scans values under ordinary keys, with the key in view of the named rules', () => {
    const gh = 'ghp_' + opaque(7, 36).replace(/[-_]/g, 'A');
    expect(redactKeyedString(`echo ${gh}`, 'command')).toBe('echo [REDACTED:github-pat]');
    expect(redactKeyedString('abcdef123456', 'GITHUB_TOKEN')).toBe('[REDACTED:secret-field]');
    expect(redactKeyedString('plain words here', 'description')).toBe('plain words here');
  });
});

describe('ingest and capture share the key-aware redactor', () => {
  const line = JSON.stringify({
    type: 'assistant',
    sessionId: 'keyed-1',
    uuid: 'u-1',
    timestamp: '2026-01-01T00:00:01Z',
    message: {
      id: 'm-1',
      role: 'assistant',
      content: [
        {
          type: 'tool_use',
          id: 'toolu_keyed1',
          name: 'mcp__db__connect',
          input: { host: 'db.internal', password: 'hunter2hunter2', api_key: 'k3yV4lu3Short' },
        },
      ],
    },
  });

  it('the transcript reader redacts secret-named fields of a tool input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dream-keyed-'));
    try {
      const file = join(dir, 's.jsonl');
      writeFileSync(
        file,
        `${JSON.stringify({ type: 'user', sessionId: 'keyed-1', uuid: 'u-0', timestamp: '2026-01-01T00:00:00Z', message: { role: 'user', content: 'connect to the db' } })}\n${line}\n`,
      );
      const sessions: Session[] = [];
      for await (const s of readTranscriptFile(file)) sessions.push(s);
      const call = sessions[0]!.events.find((e) => e.kind === 'tool_call');
      expect(call?.kind).toBe('tool_call');
      const input = call?.kind === 'tool_call' ? call.input : undefined;
      expect(input).toEqual({ host: 'db.internal', password: '[REDACTED:secret-field]', api_key: '[REDACTED:secret-field]' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a shell call's command, cleaned once for the call and its input, is still judged by each key it sits under", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dream-keyed-'));
    try {
      const file = join(dir, 's.jsonl');
      const command = 'deploy --fast now';
      const input = { command, api_token: command, args: [command] };
      const call = { type: 'tool_use', id: 'toolu_keyed2', name: 'Bash', input };
      const lines = [
        {
          type: 'user',
          sessionId: 'keyed-2',
          uuid: 'u-0',
          timestamp: '2026-01-01T00:00:00Z',
          message: { role: 'user', content: 'deploy' },
        },
        { type: 'assistant', sessionId: 'keyed-2', uuid: 'u-1', message: { id: 'm-2', role: 'assistant', content: [call] } },
      ];
      writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      const sessions: Session[] = [];
      for await (const s of readTranscriptFile(file)) sessions.push(s);
      const ev = sessions[0]!.events.find((e) => e.kind === 'tool_call');
      expect(ev?.kind === 'tool_call' ? [ev.command, ev.input] : undefined).toEqual([
        command,
        { command, api_token: '[REDACTED:secret-field]', args: [command] },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('capture redacts the same fields the same way and keeps structural ids', () => {
    const out = JSON.parse(redactTranscriptLine(line)) as { message: { content: { id: string; input: unknown }[] } };
    expect(out.message.content[0]!.input).toEqual({
      host: 'db.internal',
      password: '[REDACTED:secret-field]',
      api_key: '[REDACTED:secret-field]',
    });
    expect(out.message.content[0]!.id).toBe('toolu_keyed1');
  });
});

describe('weak key names (token, key, auth, sig)', () => {
  // Composite values under a weak name: what our own digests and signal signatures carry, and what
  // build logs print. None is a credential.
  const COMPOSITE = [
    '"signature":"fix|python3|-tool:python3|+tool:pytest"',
    '"signature":"fix|python3|-|+env:PYTHONPATH=$PYTHONPATH:$(pwd),flag:-c"',
    'cache_key: "deps-{hash}-node22"',
    '"sortKey": "a1,b2,c3,d4"',
    "token = 'v1[0]+tok2'",
  ];
  it.each(COMPOSITE)('does not flag %s', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it('still flags an opaque value under the same names', () => {
    for (const name of ['signature', 'sig', 'cache_key', 'token']) {
      const text = `"${name}": "${opaque(40, 32)}A9"`;
      expect(findSecrets(text).length, text).toBeGreaterThan(0);
    }
  });
});
