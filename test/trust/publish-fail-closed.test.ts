/**
 * The publish stage fails closed: whatever slipped past ingest redaction and the guards, a PR title,
 * body, commit message, ledger, overflow report or added memory line that still holds a secret stops
 * the publish before anything is pushed, and the error never echoes the secret.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobSummary } from '../../src/publish/summary.js';
import { edit, makeWorld, passResult, type World } from '../publish/helpers.js';
import { plantedSecrets } from '../helpers/adversarial-corpus.js';

let w: World;
beforeEach(async () => {
  w = await makeWorld();
});
afterEach(async () => {
  await w.close();
});

const token = plantedSecrets.github;
const branchExists = () => {
  try {
    w.repo.git(w.repo.bare, 'rev-parse', '--verify', 'dreaming/memory');
    return true;
  } catch {
    return false;
  }
};

async function refused(input: ReturnType<typeof passResult>): Promise<string> {
  const err = await w.publishFrom(w.repo.work, input).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(err).toBeInstanceOf(Error);
  expect(err!.message).not.toContain(token);
  expect(w.fake.pulls).toEqual([]);
  expect(branchExists()).toBe(false);
  return err!.message;
}

describe('publish fails closed on secrets', () => {
  it('publishes a clean pass (the control: the checks below are not refusing everything)', async () => {
    const out = await w.publishFrom(w.repo.work, passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]));
    expect(out.operation).toBe('created');
    expect(branchExists()).toBe(true);
  });

  it('refuses an edit that carries a secret past the guards', async () => {
    const message = await refused(passResult([edit('e-leak', `- Authenticate with ${token}.`)]));
    expect(message).toMatch(/^PR body holds \d+ secret-like value\(s\) \(github-pat\); refusing to publish it/);
  });

  it('refuses a rejected edit that an engine recorded unredacted (the PR body lists rejections)', async () => {
    const input = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    input.report.rejected.push({ edit: edit('e-bad', `- Use ${plantedSecrets.anthropic}`), reason: 'reviewer: no', by: 'claude' });
    expect(await refused(input)).toMatch(/^PR body holds .*anthropic-api-key/);
  });

  it('refuses a commit message and PR whose session ids are secrets', async () => {
    const input = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')], ['s-1', plantedSecrets.slack]);
    expect(await refused(input)).toMatch(/(PR body|commit message) holds .*slack-token/);
  });

  it('refuses a ledger that holds a secret', async () => {
    const input = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    input.ledgerText = JSON.stringify({ version: 1, note: `AWS_SECRET_ACCESS_KEY=${plantedSecrets.awsSecret}` });
    expect(await refused(input)).toMatch(/^\.dreaming\/ledger\.json holds/);
  });

  it('refuses a ledger line the pass added, but not one the ledger it started from had published', async () => {
    const old = `  "note": "AWS_SECRET_ACCESS_KEY=${plantedSecrets.awsSecret}",`;
    const started = `{\n${old}\n  "version": 1\n}\n`;
    const added = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    added.ledgerBefore = started;
    added.ledgerText = `{\n${old}\n  "quote": "token ${plantedSecrets.github}",\n  "version": 1\n}\n`;
    expect(await refused(added)).toMatch(/^\.dreaming\/ledger\.json holds 1 secret-like value\(s\) \(github-pat\)/);

    const kept = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    kept.ledgerBefore = started;
    kept.ledgerText = `{\n${old}\n  "sessions": {},\n  "version": 1\n}\n`;
    expect((await w.publishFrom(w.repo.work, kept)).operation).toBe('created');
  });

  it('refuses a memory change whose added lines hold a secret, but not one the file already had', async () => {
    const input = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    const change = input.changes[0]!;
    input.changes[0] = { ...change, after: `${change.after}- stray: ${plantedSecrets.stripe}\n` };
    expect(await refused(input)).toMatch(/^CLAUDE\.md holds .*stripe-access-token/);

    const already = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    const line = `- legacy note: ${plantedSecrets.openai}\n`;
    already.changes[0] = {
      ...already.changes[0]!,
      before: `${already.changes[0]!.before}${line}`,
      after: `${already.changes[0]!.after}${line}`,
    };
    const out = await w.publishFrom(w.repo.work, already);
    expect(out.operation).toBe('created');
  });

  it('the job summary refuses to render a secret', () => {
    const clean = passResult([edit('e-ok', '- Run pytest with `PYTHONPATH=src`.')]);
    expect(jobSummary(clean.report, undefined)).toContain('## Dreaming');
    const dirty = passResult([edit('e-leak', `- Authenticate with ${token}.`)]);
    expect(() => jobSummary(dirty.report, undefined)).toThrow(/^job summary holds 1 secret-like value\(s\) \(github-pat\)/);
  });
});
