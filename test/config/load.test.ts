import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfigFile, parseConfig } from '../../src/config/load.js';

describe('config file', () => {
  it('maps kebab-case keys onto settings', () => {
    const c = parseConfig('engine: claude\nmin-support: 3\nbudget:\n  max-lines: 150\nmemory:\n  - docs/*.md\n', 'dream.yml');
    expect(c).toMatchObject({ engine: 'claude', minSupport: 3, budget: { maxLines: 150, maxBytes: 25 * 1024 }, memory: ['docs/*.md'] });
  });

  it('reads the provider, and names the line of one that does not exist', () => {
    expect(parseConfig('engine: claude\nprovider: vertex\nmodel: claude-sonnet-4-5@20250929\n', 'dream.yml')).toMatchObject({
      provider: 'vertex',
      model: 'claude-sonnet-4-5@20250929',
    });
    expect(() => parseConfig('engine: claude\nprovider: azure\n', 'dream.yml')).toThrowError(
      /^dream\.yml:2: provider: must be one of "anthropic", "bedrock", "vertex"$/,
    );
  });

  it('names the file and the line of an unknown key', () => {
    expect(() => parseConfig('engine: offline\nmin-suport: 3\n', 'dream.yml')).toThrowError(
      /^dream\.yml:2: \(top level\): unknown key "min-suport"$/,
    );
  });

  it('names the line of a nested value of the wrong type', () => {
    let err: unknown;
    try {
      parseConfig('engine: offline\nbudget:\n  max-lines: many\n', 'cfg.yml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).line).toBe(3);
    expect((err as Error).message).toMatch(/budget\.max-lines: must be integer/);
  });

  it('rejects an engine that does not exist and invalid YAML with a line', () => {
    expect(() => parseConfig('engine: gpt\n', 'c.yml')).toThrowError(/c\.yml:1: engine/);
    expect(() => parseConfig('engine: [offline\n', 'c.yml')).toThrowError(/c\.yml:\d+: invalid YAML/);
  });

  it('reports a missing file by name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dream-config-'));
    await expect(loadConfigFile(path.join(dir, 'nope.yml'))).rejects.toThrowError(/nope\.yml: cannot read config file/);
    writeFileSync(path.join(dir, 'ok.yml'), 'max-edits: 5\n');
    await expect(loadConfigFile(path.join(dir, 'ok.yml'))).resolves.toEqual({ maxEdits: 5 });
  });
});
