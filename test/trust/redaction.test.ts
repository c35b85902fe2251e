/**
 * Redaction false positives: the ids Claude Code and the APIs write into every transcript, and long
 * file paths, are not secrets. Redacting them would break tool call/result pairing in quotes and
 * evidence and make lessons unreadable; the real secrets beside them must still go.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';
import { plantedSecrets } from '../helpers/adversarial-corpus.js';

const IDS = [
  'toolu_01XFDUDYJgAACzvnptvVoYEL',
  'toolu_vrtx_01Dk7ZcYdQe4PZL8BwNs4HsW',
  'srvtoolu_01EHFcUnaz8fNCJfWzS9uQUi',
  'msg_01ABC123xyzDEF456ghiJKL789mn',
  'msg_bdrk_01JxXqVb3T4eLqP9nWm2kRsA',
  'agent_msg_01LkKqpUD829m724o5oSeN7M',
  'req_011CUk8sZ3sPfXQeRgwN9kL2',
  'sesn_011CZkZbUQn3qVc9X8rT5mWy',
  'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
  'call_Xq3bT9rPmZ2vLk8WnY4dHs1A',
];
const PATHS = [
  'packages/UiKit2/src/ThemeProviderV3Context',
  'lib/SpotterWeb/Live/DashboardLive3/ChartComponentV2Helpers',
  '/Users/JohnSmith/Projects2024/MyAwesomeProject/SourceCode/Components',
];

/** A deterministic random key in base64 or base64url. */
const key = (i: number, len: number, enc: 'base64' | 'base64url') =>
  Buffer.concat([createHash('sha512').update(`k${i}`).digest(), createHash('sha512').update(`j${i}`).digest()])
    .toString(enc)
    .replace(/=+$/, '')
    .slice(0, len);

describe('identifiers and paths are not secrets', () => {
  it.each([...IDS, ...PATHS])('%s is left alone', (id) => {
    expect(findSecrets(`see ${id} here`)).toEqual([]);
  });

  it('real secrets shaped like ids are still caught: unknown vendor prefixes, keys with slashes', () => {
    expect(findSecrets(`whsec_${key(1, 32, 'base64url').replace(/[-_]/g, 'x')}`).map((f) => f.rule)).toEqual(['high-entropy']);
    expect(findSecrets(`hf_${key(2, 34, 'base64url').replace(/[-_]/g, 'Q')}`).map((f) => f.rule)).toEqual(['high-entropy']);
    expect(findSecrets(`toolu_${key(3, 60, 'base64url').replace(/[-_]/g, 'z')}`).map((f) => f.rule)).toEqual(['high-entropy']);
    const { anthropic, openai, github, aws, slack, stripe } = plantedSecrets;
    for (const secret of [anthropic, openai, github, aws, slack, stripe]) expect(redactSecrets(`x ${secret} y`)).not.toContain(secret);
  });

  it('random base64 keys with path-like slashes are caught as often as keys without (the path rule costs nothing)', () => {
    const seen = { slash: 0, slashMissed: 0, plain: 0, plainMissed: 0 };
    for (let i = 0; i < 20_000; i++) {
      const k = key(i, [40, 48, 64][i % 3]!, 'base64');
      // A neutral word before the key: after "key" the prose-key rule catches what entropy misses, slashes or not.
      const missed = findSecrets(`got ${k} end`).length === 0;
      if (k.split('/').length >= 3) {
        seen.slash++;
        if (missed) seen.slashMissed++;
      } else if (!k.includes('/')) {
        seen.plain++;
        if (missed) seen.plainMissed++;
      }
    }
    expect(seen.slash).toBeGreaterThan(1_000);
    expect(seen.slashMissed / seen.slash).toBeLessThanOrEqual(seen.plainMissed / seen.plain + 0.01);
  });
});

describe('readers keep ids intact', () => {
  it('tool call/result pairing, texts and quotes keep the ids, and the secret beside them is redacted', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redaction-ids-'));
    const file = path.join(dir, '5f0c9a7e-2222-4a2b-9c3d-0123456789ab.jsonl');
    const base = {
      sessionId: '5f0c9a7e-2222-4a2b-9c3d-0123456789ab',
      cwd: '/w',
      version: '2.1.30',
      isSidechain: false,
      userType: 'external',
    };
    const lines = [
      {
        ...base,
        type: 'user',
        uuid: 'u1',
        parentUuid: null,
        timestamp: '2026-11-20T10:00:00Z',
        message: { role: 'user', content: `check the output of ${IDS[5]} and ${PATHS[0]}` },
      },
      {
        ...base,
        type: 'assistant',
        uuid: 'u2',
        parentUuid: 'u1',
        timestamp: '2026-11-20T10:00:01Z',
        message: {
          id: IDS[4],
          role: 'assistant',
          model: 'claude-sonnet-4-5',
          content: [
            { type: 'tool_use', id: IDS[1], name: 'Bash', input: { command: `cat /tmp/${IDS[0]}.log && echo ${plantedSecrets.github}` } },
          ],
        },
      },
      {
        ...base,
        type: 'user',
        uuid: 'u3',
        parentUuid: 'u2',
        timestamp: '2026-11-20T10:00:02Z',
        message: {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: IDS[1],
              content: `request ${IDS[6]} failed; see ${PATHS[1]}; token ${plantedSecrets.github}`,
              is_error: true,
            },
          ],
        },
      },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const sessions: Session[] = [];
    for await (const s of readTranscriptFile(file)) sessions.push(s);
    const events = sessions[0]!.events;
    const call = events.find((e) => e.kind === 'tool_call')!;
    const result = events.find((e) => e.kind === 'tool_result')!;
    expect(call.kind === 'tool_call' && call.callId).toBe(IDS[1]);
    expect(result.kind === 'tool_result' && [result.callId, result.toolName]).toEqual([IDS[1], 'Bash']);
    const prompt = events.find((e) => e.kind === 'user_prompt')!;
    expect(prompt.kind === 'user_prompt' && prompt.text).toBe(`check the output of ${IDS[5]} and ${PATHS[0]}`);
    expect(call.kind === 'tool_call' && call.command).toBe(`cat /tmp/${IDS[0]}.log && echo [REDACTED:github-pat]`);
    expect(result.kind === 'tool_result' && result.text).toBe(`request ${IDS[6]} failed; see ${PATHS[1]}; token [REDACTED:github-pat]`);
  });
});

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

describe.skipIf(!existsSync(corpus))('real corpus', () => {
  it('no API id in the real transcripts is flagged as a secret', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(jsonl|json|traj|md)$/.test(e)) files.push(p);
      }
    };
    walk(corpus);
    let ids = 0;
    const flagged: string[] = [];
    const ID = /\b(?:(?:srv)?toolu|msg|agent_msg|req|chatcmpl)[_-][A-Za-z0-9]{16,48}\b/g;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const found = findSecrets(text);
      for (const m of text.matchAll(ID)) {
        ids++;
        if (found.some((x) => x.start <= m.index && m.index < x.end)) flagged.push(m[0]);
      }
    }
    expect(ids).toBeGreaterThan(1_000);
    expect([...new Set(flagged)]).toEqual([]);
  });
});
