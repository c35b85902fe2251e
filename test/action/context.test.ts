/**
 * What the Action takes from @actions/github's context: the repository, the hosts and the run's page.
 * (test/action/bundle.test.ts runs dist/index.js under a runner's GITHUB_* environment, so the real
 * context is read there end to end.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Inputs } from '../../src/action/inputs.js';
import { passSettings, resolveSettings } from '../../src/action/settings.js';
import type { RunContext } from '../../src/main.js';
import { runContext } from './world.js';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'dream-context-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

async function passFor(context: RunContext) {
  const env = { GITHUB_WORKSPACE: workspace };
  const inputs = new Inputs(env);
  const settings = await resolveSettings(inputs, env);
  return passSettings({ inputs, env, context, settings, keys: { token: 'ghs_test' } });
}

describe("the run's context", () => {
  it('names the repository, the API and the run page (with its attempt past the first)', async () => {
    const ghes = {
      ...runContext({ apiUrl: 'https://ghe.example.com/api/v3', runId: 4242, runAttempt: 2 }),
      serverUrl: 'https://ghe.example.com',
    };
    const pass = await passFor({ ...ghes, repo: { owner: 'octo', repo: 'app' } });
    expect(pass.github.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(pass.publish).toMatchObject({
      owner: 'octo',
      repo: 'app',
      serverUrl: 'https://ghe.example.com',
      runUrl: 'https://ghe.example.com/octo/app/actions/runs/4242/attempts/2',
    });
    const first = await passFor(runContext({ runId: 7, runAttempt: 1 }));
    expect(first.publish.runUrl).toBe('https://github.com/acme/notes/actions/runs/7');
  });

  it('has no run page outside a workflow run', async () => {
    // The runner's context parses an absent GITHUB_RUN_ID to NaN.
    const pass = await passFor(runContext({}));
    expect(Number.isNaN(runContext({}).runId)).toBe(true);
    expect(pass.publish.runUrl).toBeUndefined();
  });

  it('without a repository, says which variable is missing and where the Action must run', async () => {
    const noRepo: RunContext = {
      ...runContext({}),
      get repo(): RunContext['repo'] {
        // What @actions/github's context.repo does without GITHUB_REPOSITORY and a payload naming one.
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
      },
    };
    await expect(passFor(noRepo)).rejects.toThrow(/GITHUB_REPOSITORY is not set \(owner\/name\): is this running inside GitHub Actions\?/);
  });
});
