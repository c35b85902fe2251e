/**
 * Every input carries its default in action.yml, and a config file still decides what the workflow
 * leaves out. The runner passes `default:` for an unset input, so the Action treats an input at its
 * default as not set; that only works while action.yml's defaults are the code's, which these tests
 * hold to (they fail when the two drift).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs } from '../../src/action/inputs.js';
import { configInputDefaults, passSettings, resolveSettings } from '../../src/action/settings.js';
import { defaultSettings } from '../../src/config/settings.js';
import { runContext } from './world.js';

const root = path.resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
/** Inputs whose default is an expression the runner evaluates (`${{ github.token }}`): tests give their own value. */
const literal = Object.entries(action.inputs).filter(([, i]) => !String(i.default ?? '').includes('${{'));

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'dream-input-defaults-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

/** The environment a runner sets: the given inputs, and every other declared input at its action.yml default. */
function runnerEnv(inputs: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_WORKSPACE: workspace,
    ...Object.fromEntries(literal.map(([name, i]) => [`INPUT_${name.toUpperCase()}`, i.default ?? ''])),
    ...inputs2env(inputs),
  };
}

const inputs2env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

/** What the Action reads from an environment: the run's settings and what it publishes with. */
async function read(env: NodeJS.ProcessEnv) {
  const inputs = new Inputs(env);
  const settings = await resolveSettings(inputs, env);
  const pass = passSettings({ inputs, env, context: runContext({}), settings, keys: { token: 'ghs_test' } });
  return { settings, publish: pass.publish, artifacts: pass.artifacts };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe("action.yml's defaults", () => {
  it('every input declares its default', () => {
    const missing = Object.entries(action.inputs).filter(([, i]) => i.default === undefined);
    expect(Object.keys(action.inputs).length).toBeGreaterThan(30);
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it("the inputs a config file can set default to defaultSettings()'s values, spelled as action.yml spells them", () => {
    const code = configInputDefaults(defaultSettings(workspace));
    expect(Object.keys(code).length).toBeGreaterThan(10);
    for (const [name, text] of Object.entries(code)) {
      expect(action.inputs[name], `${name} is declared in action.yml`).toBeDefined();
      expect(lines(action.inputs[name]!.default ?? ''), `action.yml default of ${name}`).toEqual(lines(text));
    }
  });

  it('a run with every input at its default reads what a run given no input reads', async () => {
    const atDefaults = await read(runnerEnv());
    const none = await read({ GITHUB_WORKSPACE: workspace });
    expect(atDefaults.settings.sessions.length).toBeGreaterThan(0);
    expect(atDefaults).toEqual(none);
  });
});

describe('defaults, then the config file, then the inputs set in the workflow', () => {
  // A value other than the default for every config key that an input can also set.
  const config = [
    'sessions: ["logs/**/*.jsonl"]',
    'memory: ["docs/agents/*.md"]',
    'engine: claude',
    'provider: vertex',
    'model: claude-test-model',
    'min-support: 5',
    'max-edits: 7',
    'min-new-sessions: 3',
    'mode: sync',
    'memory-store-id: memstore_cfg',
    'anthropic-session-ids: [sesn_a, sesn_b]',
    'keep-stores: true',
    'dream-timeout-minutes: 12',
    'managed-sessions: true',
  ].join('\n');

  it('the config file decides every input the workflow left at its default', async () => {
    writeFileSync(path.join(workspace, 'dream.yml'), config);
    const { settings } = await read(runnerEnv({ config: 'dream.yml' }));
    const { settings: fileOnly } = await read({ GITHUB_WORKSPACE: workspace, INPUT_CONFIG: 'dream.yml' });
    expect(settings).toEqual(fileOnly);
    expect(settings).toMatchObject({
      sessions: ['logs/**/*.jsonl'],
      engine: 'claude',
      provider: 'vertex',
      minSupport: 5,
      maxEdits: 7,
      mode: 'sync',
      keepStores: true,
      dreamTimeoutMinutes: 12,
      managedSessions: true,
    });
    // Every input the config file can set was overridden by it: none kept its default.
    const defaults = configInputDefaults(defaultSettings(workspace));
    const decided = configInputDefaults(settings);
    expect(Object.keys(defaults).filter((name) => lines(decided[name]!).join() === lines(defaults[name]!).join())).toEqual([]);
  });

  it('an input set to anything but its default wins over the config file', async () => {
    writeFileSync(path.join(workspace, 'dream.yml'), config);
    const { settings } = await read(
      runnerEnv({
        config: 'dream.yml',
        'min-support': '3',
        engine: 'anthropic-dreams',
        sessions: 'a/*.jsonl\nb/*.jsonl',
        'keep-stores': 'FALSE',
      }),
    );
    expect(settings).toMatchObject({ minSupport: 3, engine: 'anthropic-dreams', sessions: ['a/*.jsonl', 'b/*.jsonl'], keepStores: false });
    // The rest still come from the file.
    expect(settings).toMatchObject({ maxEdits: 7, mode: 'sync', dreamTimeoutMinutes: 12 });
  });

  it('without a config file, an input at its default gives the default and any other value is read', async () => {
    const { settings } = await read(runnerEnv({ 'max-edits': '0', engine: 'offline' }));
    expect(settings).toMatchObject({ maxEdits: 0, engine: 'offline', minSupport: 2 });
  });
});
