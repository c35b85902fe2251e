/**
 * Action inputs that cannot work fail first and plainly, before the pass reaches GitHub: a `path`
 * that is no folder of the workspace, and `sessions` globs the pass would refuse (absolute, leaving
 * the checkout). Before, the first showed as a failed git command or no transcripts, and both came
 * only after the repository had been read over the network.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Inputs } from '../../src/action/inputs.js';
import { resolveSettings } from '../../src/action/settings.js';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'dream-bad-inputs-'));
  mkdirSync(path.join(workspace, 'app'));
  writeFileSync(path.join(workspace, 'notes.txt'), 'a file\n');
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

function settings(inputs: Record<string, string>) {
  const env = {
    GITHUB_WORKSPACE: workspace,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return resolveSettings(new Inputs(env), env);
}

describe('action inputs that cannot work', () => {
  it('a path that is no folder names the input and where it looked', async () => {
    await expect(settings({ path: 'ap' })).rejects.toThrow(`input path "ap": no such folder (${path.join(workspace, 'ap')})`);
    await expect(settings({ path: 'notes.txt' })).rejects.toThrow(
      `input path "notes.txt": not a folder (${path.join(workspace, 'notes.txt')})`,
    );
    await expect(settings({ path: '../elsewhere' })).rejects.toThrow(/^input path "\.\.\/elsewhere": no such folder/);
  });

  it('a path that is a folder, or none, is taken', async () => {
    expect((await settings({ path: 'app/' })).repoDir).toBe(path.join(workspace, 'app'));
    expect((await settings({})).repoDir).toBe(workspace);
  });

  it.each([
    ['/home/runner/.claude/projects/*.jsonl', 'is absolute'],
    ['~/.claude/projects/**/*.jsonl', 'is absolute'],
    ['.dreaming/sessions/../../secrets/*.json', 'contains ".."'],
    ['!/etc/*.json', 'is absolute'],
  ])('a sessions glob the pass would refuse (%s) fails naming it', async (glob, why) => {
    await expect(settings({ sessions: `.dreaming/sessions/**/*.jsonl\n${glob}` })).rejects.toThrow(
      `input sessions: sessions glob "${glob}" ${why}`,
    );
  });

  // `dream run --config` takes the same file's `~/...` globs (the person's own transcripts); the
  // Action's error must say which file holds the glob, since no input of the workflow does.
  it.each([
    ['~/.claude/projects/-home-me-app/*.jsonl', 'is absolute'],
    ['/home/runner/work/*.jsonl', 'is absolute'],
    ['../other/.dreaming/*.jsonl', 'contains ".."'],
  ])('a config file sessions glob the pass would refuse (%s) names the file', async (glob, why) => {
    writeFileSync(path.join(workspace, 'dream.yml'), `sessions:\n  - .dreaming/sessions/**/*.jsonl\n  - '${glob}'\n`);
    await expect(settings({ config: 'dream.yml' })).rejects.toThrow(`config file dream.yml: sessions glob "${glob}" ${why}`);
    await expect(settings({ config: 'dream.yml' })).rejects.toThrow(/the Action reads transcripts committed to the checkout only$/);
    // A workflow's own sessions input replaces the file's list, so the file's glob is never read.
    expect((await settings({ config: 'dream.yml', sessions: 'logs/*.jsonl' })).sessions).toEqual(['logs/*.jsonl']);
  });
});
