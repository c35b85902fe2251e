import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { defaultSettings } from '../../src/config/settings.js';
import { createEngine } from '../../src/engine/index.js';
import { AnthropicDreamsEngine } from '../../src/engine/dreams/index.js';
import { silentLogger } from '../../src/log.js';
import { lastDreamTime } from '../../src/ledger/index.js';

describe('hosted Dreams settings in the config file', () => {
  it('maps every dreams key onto settings', () => {
    const c = parseConfig(
      [
        'engine: anthropic-dreams',
        'mode: sync',
        'memory-store-id: memstore_01abc',
        'anthropic-session-ids: [sesn_1, sesn_2]',
        'keep-stores: true',
        'dream-timeout-minutes: 30',
        'managed-sessions: [sesn_3]',
        'instructions: Keep it short.',
      ].join('\n'),
      'dream.yml',
    );
    expect(c).toEqual({
      engine: 'anthropic-dreams',
      mode: 'sync',
      memoryStoreId: 'memstore_01abc',
      anthropicSessionIds: ['sesn_1', 'sesn_2'],
      keepStores: true,
      dreamTimeoutMinutes: 30,
      managedSessions: ['sesn_3'],
      instructions: 'Keep it short.',
    });
    expect(parseConfig('managed-sessions: true\n', 'd.yml')).toEqual({ managedSessions: true });
  });

  it('defaults: mode dream, no store, temporary stores deleted, 45 minute dreams, no managed sessions', () => {
    expect(defaultSettings('/r')).toMatchObject({ mode: 'dream', keepStores: false, dreamTimeoutMinutes: 45, managedSessions: false });
    expect(defaultSettings('/r').memoryStoreId).toBeUndefined();
  });

  it.each([
    [
      'instructions over 4,096 characters',
      `instructions: ${'x'.repeat(4097)}\n`,
      /^d\.yml:1: instructions: must NOT have more than 4096 characters$/,
    ],
    ['an unknown mode, listing the modes', 'mode: push\n', /^d\.yml:1: mode: must be one of "dream", "sync"$/],
    [
      'an unknown engine, listing the engines',
      'engine: gpt\n',
      /^d\.yml:1: engine: must be one of "offline", "claude", "anthropic-dreams"$/,
    ],
    [
      'a map mode, which is per job',
      'engine: offline\nmode: map\n',
      /^d\.yml:2: mode: "map" is set per job of a sharded workflow: the Action's `mode` input beside `shard`, or `dream map` \(docs\/SHARDING\.md\); a config file's mode may be "dream", "sync"$/,
    ],
    [
      'a reduce mode, which is per job',
      'mode: reduce\n',
      /^d\.yml:1: mode: "reduce" is set per job .* beside `digests`, or `dream reduce`/,
    ],
    ['a store id with a slash', 'memory-store-id: ../x\n', /^d\.yml:1: memory-store-id: must match pattern/],
    [
      'a repeated session id',
      'anthropic-session-ids:\n  - sesn_1\n  - sesn_1\n',
      /^d\.yml:2: anthropic-session-ids: must NOT have duplicate items/,
    ],
    ['a zero timeout', 'dream-timeout-minutes: 0\n', /^d\.yml:1: dream-timeout-minutes: must be >= 1$/],
  ])('refuses %s, naming the line', (_what, text, error) => {
    expect(() => parseConfig(text, 'd.yml')).toThrowError(error);
  });
});

describe('the engine factory and the last dream time', () => {
  it('builds the hosted engine from settings (store, sessions, timeout, model)', async () => {
    const s = {
      ...defaultSettings('/r'),
      engine: 'anthropic-dreams' as const,
      memoryStoreId: 'memstore_1',
      anthropicSessionIds: ['sesn_1'],
      keepStores: true,
      dreamTimeoutMinutes: 2,
      model: 'claude-x',
    };
    const engine = await createEngine(s, {
      logger: silentLogger,
      env: { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' },
      since: '2026-11-01T00:00:00.000Z',
    });
    expect(engine).toBeInstanceOf(AnthropicDreamsEngine);
    const opts = (engine as unknown as { opts: Record<string, unknown> }).opts;
    expect(opts).toMatchObject({
      model: 'claude-x',
      storeId: 'memstore_1',
      sessionIds: ['sesn_1'],
      keepStores: true,
      timeoutMs: 120_000,
      since: '2026-11-01T00:00:00.000Z',
    });
    await expect(createEngine(s, { logger: silentLogger, env: {} })).rejects.toThrow(/needs an Anthropic API key/);
  });

  it('reads the latest dream or proposal time from the ledger, and nothing without one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dream-last-'));
    try {
      expect(await lastDreamTime(dir, '.dreaming/ledger.json')).toBeUndefined();
      const ledger = {
        version: 1,
        sessions: {
          h1: { id: 'a', sourceFile: 'a.jsonl', dreamedAt: '2026-11-02T10:00:00Z' },
          h2: { id: 'b', sourceFile: 'b.jsonl', dreamedAt: '2026-11-05T08:30:00Z' },
        },
        patterns: {},
        entries: {},
        edits: { e1: { op: 'add', file: 'CLAUDE.md', status: 'proposed', proposedAt: '2026-11-04T00:00:00Z', supportAtDecision: 2 } },
      };
      writeFileSync(path.join(dir, 'ledger.json'), JSON.stringify(ledger));
      expect(await lastDreamTime(dir, 'ledger.json')).toBe('2026-11-05T08:30:00.000Z');
      ledger.edits.e1.proposedAt = '2026-11-06T00:00:00Z';
      writeFileSync(path.join(dir, 'ledger.json'), JSON.stringify(ledger));
      expect(await lastDreamTime(dir, 'ledger.json')).toBe('2026-11-06T00:00:00.000Z');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
