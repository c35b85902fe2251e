/**
 * The Action end to end over the adversarial sessions plus two honest ones: a PR is opened for the
 * honest lesson, and nothing the run sends anywhere (PR, branch files, commit, summary, logs, outputs,
 * report file) carries a planted secret or lands a planted injection. Secret inputs are masked.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPlanted, plantedInjections, plantedSecrets, writeAdversarialCorpus } from '../helpers/adversarial-corpus.js';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from '../action/world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

function adversarialSessions(): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trust-action-'));
  try {
    const corpus = writeAdversarialCorpus(dir);
    return Object.fromEntries(corpus.sessionFiles.map((f) => [`.dreaming/${f}`, readFileSync(path.join(dir, f), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Action over the adversarial corpus', () => {
  it('opens the honest PR, masks secret inputs, and sends out no planted secret or injection', async () => {
    w = await makeActionWorld({
      ...adversarialSessions(),
      ...Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]),
    });
    const r = await w.act({ 'anthropic-api-key': 'sk-ant-api03-input-key-for-the-trust-test-000000000000000000' });
    expect(r.failed).toBeUndefined();
    expect(r.rec.secrets).toEqual(
      expect.arrayContaining(['ghs_fake_token_for_tests', 'sk-ant-api03-input-key-for-the-trust-test-000000000000000000']),
    );
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(Number(r.outputs['sessions-read'])).toBe(7);

    const pr = w.fake.pulls[0]!;
    const branchFiles = w.repo.git(w.repo.bare, 'ls-tree', '-r', '--name-only', 'dreaming/memory').trim().split('\n');
    const changed = w.repo.git(w.repo.bare, 'diff', '--name-only', 'main', 'dreaming/memory').trim().split('\n');
    const sent: [string, string][] = [
      ['PR title', pr.title],
      ['PR body', pr.body],
      ['commit message', w.repo.git(w.repo.bare, 'log', '-1', '--format=%B', 'dreaming/memory')],
      ['report file', readFileSync(r.outputs['report-path']!, 'utf8')],
      ['summary', r.rec.summaries.join('\n')],
      ['logs', [...r.rec.infos, ...r.rec.warnings, ...r.rec.failures].join('\n')],
      ['outputs', JSON.stringify(r.outputs)],
      ...changed.map((f): [string, string] => [`branch file ${f}`, w!.show('dreaming/memory', f)]),
      ['state branch ledger', w.show('dreaming/state', '.dreaming/ledger.json')],
    ];
    // The ledger goes to the state branch, not into the PR.
    expect(changed).toEqual(['CLAUDE.md']);
    expect(branchFiles.length).toBeGreaterThan(changed.length);
    for (const [label, text] of sent) expect(findPlanted(text).secrets, label).toEqual([]);
    // Memory: the honest lesson landed, nothing planted did.
    const claude = w.show('dreaming/memory', 'CLAUDE.md');
    expect(claude).toContain('npm run build');
    expect(findPlanted(claude).injections).toEqual([]);
    expect(claude).not.toContain('REDACTED');
    // The refused attacks are listed for the reviewer (redacted), so the check above is not vacuous.
    expect(pr.body).toMatch(/rejected by the guards/);
    expect(pr.body).toMatch(/guard:/);
    // The hook-shaped attack never became a candidate at all (lessons from tool output name only commands that ran).
    expect(pr.body).not.toContain(plantedInjections.hookPipeToShell);
    expect(pr.body).not.toContain(plantedInjections.hookUnknownCommand);
  });
});

describe('the Action fails closed', () => {
  it('refuses to write a report that would carry a secret (a transcript named after a token), and opens no PR', async () => {
    const token = plantedSecrets.github;
    w = await makeActionWorld({
      ...Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]),
      [`.dreaming/sessions/${token}.jsonl`]: 'not a transcript\n',
    });
    const r = await w.act();
    expect(r.failed).toMatch(/^report holds \d+ secret-like value\(s\) \(github-pat\); refusing to publish it/);
    expect(r.rec.failures.join('\n')).not.toContain(token);
    // The skipped-file warning names the file, redacted: logs are an outgoing channel too.
    const logs = [...r.rec.infos, ...r.rec.warnings].join('\n');
    expect(logs).toMatch(/\.dreaming\/sessions\/\[REDACTED:github-pat\]\.jsonl/);
    expect(logs).not.toContain(token);
    expect(w.fake.pulls).toEqual([]);
  });
});
