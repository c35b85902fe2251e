import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStateMarker } from '../../src/publish/body.js';
import { buildZip, renameEntry } from '../sources/zipfixtures.js';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const two = () => Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]);

describe('the Action, end to end through run()', () => {
  it('first run creates the PR; a run with no change does nothing; new sessions update the same PR', async () => {
    w = await makeActionWorld(two());
    const first = await w.act();
    expect(first.failed).toBeUndefined();
    expect(first.outputs).toMatchObject({ 'pull-request-operation': 'created', 'pull-request-number': '1', 'sessions-read': '2' });
    expect(Number(first.outputs.edits)).toBeGreaterThanOrEqual(1);
    expect(first.outputs['pull-request-url']).toBe('https://github.com/acme/notes/pull/1');
    expect(first.rec.outputs).toEqual(first.outputs);
    expect(first.rec.secrets).toContain('ghs_fake_token_for_tests');
    const report = JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8')) as { version: number; edits: unknown[] };
    expect(report.version).toBe(1);
    expect(report.edits).toHaveLength(Number(first.outputs.edits));
    expect(first.rec.summaries.join()).toContain('[#1](https://github.com/acme/notes/pull/1) (created)');

    const pr = w.fake.pulls[0]!;
    expect(pr.title).toMatch(/^Dreaming: \d+ memory edits? from 2 sessions$/);
    const mainSha = w.repo.git(w.repo.bare, 'rev-parse', 'main').trim();
    expect(pr.body).toMatch(
      new RegExp(`https://github.com/acme/notes/blob/${mainSha}/\\.dreaming/sessions/6f1c2a10-0001-[^#]+\\.jsonl#L\\d+`),
    );
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('npm run build');
    // The ledger is on the state branch, not in the PR: reviewers see only memory files.
    expect(w.repo.git(w.repo.bare, 'diff', '--name-only', 'main', 'dreaming/memory').trim()).toBe('CLAUDE.md');
    expect(w.show('dreaming/state', '.dreaming/ledger.json')).toContain('6f1c2a10-0001');
    const firstHead = w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim();

    // The open PR's ledger already holds both sessions: nothing new, so no engine runs at all.
    const idle = await w.act();
    expect(idle.outputs['pull-request-operation']).toBe('none');
    expect(idle.report).toBeUndefined();
    expect(idle.rec.summaries.join()).toMatch(/Not dreaming yet: 0 new transcript file/);
    // Forced through the gate, the same pass finds the PR already up to date.
    const forced = await w.act({ 'min-new-sessions': '0' });
    expect(forced.outputs['pull-request-operation']).toBe('none');
    expect(forced.outcome?.reason).toMatch(/already up to date/);
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim()).toBe(firstHead);

    w.pushToMain(Object.fromEntries([legacyBuildSession(3, '09')]));
    const second = await w.act();
    expect(second.outputs).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1', 'sessions-read': '3' });
    expect(w.fake.pulls).toHaveLength(1);
    expect(w.fake.pulls[0]!.title).toMatch(/from 3 sessions$/);
    expect(parseStateMarker(w.fake.pulls[0]!.body)?.sessionIds).toHaveLength(3);
    expect(w.fake.violations).toEqual([]);
  });

  it('a PR closed unmerged is a rejection: its edits are not proposed again (without a state branch, its sessions are read again)', async () => {
    w = await makeActionWorld(two());
    const first = await w.act({ 'state-branch': '' });
    expect(first.outputs['pull-request-operation']).toBe('created');
    const rejected = parseStateMarker(w.fake.pulls[0]!.body)!.editIds;
    expect(rejected.length).toBeGreaterThan(0);
    w.fake.closePull(1);

    const again = await w.act({ 'state-branch': '' });
    expect(again.failed).toBeUndefined();
    expect(again.outputs['pull-request-operation']).toBe('none');
    expect(again.outputs.edits).toBe('0');
    expect(again.report!.edits.map((e) => e.id).filter((id) => rejected.includes(id))).toEqual([]);
    expect(w.fake.pulls).toHaveLength(1);
    expect(again.rec.infos.join('\n')).toMatch(/suppressed unless new evidence/);
    expect(w.fake.violations).toEqual([]);
  });

  it('two runs at once end with one PR', async () => {
    w = await makeActionWorld(two());
    const other = w.repo.clone('other');
    const [a, b] = await Promise.all([w.act(), w.act({}, other)]);
    expect(a.failed).toBeUndefined();
    expect(b.failed).toBeUndefined();
    expect(w.fake.pulls).toHaveLength(1);
    expect(a.outputs['pull-request-number']).toBe('1');
    expect(b.outputs['pull-request-number']).toBe('1');
    expect([a.outputs['pull-request-operation'], b.outputs['pull-request-operation']]).toContain('created');
    expect(w.fake.violations).toEqual([]);
  });

  it('a 5xx from the API is retried', async () => {
    w = await makeActionWorld(two());
    w.fake.failNext('pulls/create', 1, 500, 'Internal Server Error');
    w.fake.failNext('pulls/list', 2, 503);
    const r = await w.act();
    expect(r.failed).toBeUndefined();
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(w.fake.calls('pulls/create').map((c) => c.status)).toEqual([500, 201]);
    expect(r.rec.warnings.filter((m) => /retry/.test(m)).length).toBe(3);
    expect(w.fake.violations).toEqual([]);
  });

  it('a 403 fails once with an actionable message', async () => {
    w = await makeActionWorld(two());
    w.fake.failNext('pulls/create', 1, 403, 'GitHub Actions is not permitted to create or approve pull requests.');
    const r = await w.act();
    expect(r.rec.failures).toHaveLength(1);
    expect(r.failed).toBe(r.rec.failures[0]);
    expect(r.failed).toContain('Settings > Actions > General > Workflow permissions');
    expect(r.failed).toContain('"Allow GitHub Actions to create and approve pull requests"');
    expect(w.fake.pulls).toHaveLength(0);
    expect(w.fake.violations).toEqual([]);
  });

  it('reads artifacts and refuses one whose zip tries a path traversal', async () => {
    w = await makeActionWorld({ '.dreaming/sessions/.keep': '' });
    const [, s1] = legacyBuildSession(11, '10');
    const [, s2] = legacyBuildSession(12, '11');
    const good = await buildZip([
      { name: 'claude-execution-output.jsonl', data: s1 },
      { name: 'second.jsonl', data: s2 },
    ]);
    const evil = renameEntry(await buildZip([{ name: 'aa/aa/aa/pwned.jsonl', data: s1 }]), 'aa/aa/aa/pwned.jsonl', '../../../pwned.jsonl');
    w.fake.artifacts.push(
      { id: 21, name: 'claude-session-100', zip: good, createdAt: '2026-11-20T10:00:00Z', runId: 100 },
      { id: 22, name: 'claude-session-101', zip: evil, createdAt: '2026-11-20T11:00:00Z', runId: 101 },
    );
    const r = await w.act({ 'artifact-name': 'claude-session-*', 'artifact-lookback-days': '3' });
    expect(r.failed).toBeUndefined();
    expect(r.outputs['sessions-read']).toBe('2');
    expect(r.rec.warnings.join('\n')).toMatch(/\.\./);
    expect(existsSync(path.join(w.temp, '..', 'pwned.jsonl'))).toBe(false);
    const extracted = readdirSync(w.temp, { recursive: true }).map(String);
    expect(extracted.filter((f) => f.includes('pwned'))).toEqual([]);
    expect(r.outputs['pull-request-operation']).toBe('created');
    // Evidence from an artifact has no blob to link to: it is named, and the run that uploaded it is linked.
    expect(w.fake.pulls[0]!.body).toMatch(
      /`21-claude-session-100\/(claude-execution-output|second)\.jsonl:\d+` \(from an artifact of \[workflow run 100\]\(https?:\/\/[^)]+\/actions\/runs\/100\)\)/,
    );
    expect(w.fake.pulls[0]!.body).not.toContain(w.temp);
    expect(w.fake.violations).toEqual([]);
  });

  it('min-new-sessions holds the pass until enough new transcripts arrive', async () => {
    w = await makeActionWorld(two());
    const r = await w.act({ 'min-new-sessions': '3' });
    expect(r.failed).toBeUndefined();
    // Counted in sessions read by the pass (min-new-sessions.test.ts has the whole story).
    expect(r.outputs).toMatchObject({ 'pull-request-operation': 'none', edits: '0', 'sessions-read': '2' });
    expect(r.rec.summaries.join()).toMatch(/Not dreaming yet: 2 new session\(s\), min-new-sessions is 3/);
    expect(w.fake.calls('pulls/create')).toHaveLength(0);
  });

  it('skipped transcript files become annotations naming the file and line', async () => {
    const [name, good] = legacyBuildSession(1, '02');
    const half = good.split('\n').slice(0, 2).join('\n') + '\n{"type":"user","message":{"role":"us\n';
    w = await makeActionWorld({ [name]: good, '.dreaming/sessions/truncated.jsonl': half });
    const r = await w.act({ 'dry-run': 'true' });
    expect(r.failed).toBeUndefined();
    expect(r.report!.sessions.skipped.length).toBeGreaterThan(0);
    expect(r.rec.warnings.join('\n')).toMatch(/@\.dreaming\/sessions\/truncated\.jsonl:3/);
    expect(r.rec.summaries.join()).toMatch(/[1-9]\d* unreadable line\(s\) or file\(s\) skipped/);
  });

  it('dry-run dreams and reports but pushes nothing', async () => {
    w = await makeActionWorld(two());
    const r = await w.act({ 'dry-run': 'true' });
    expect(r.failed).toBeUndefined();
    expect(Number(r.outputs.edits)).toBeGreaterThan(0);
    expect(r.outputs['pull-request-operation']).toBe('none');
    expect(w.repo.git(w.repo.bare, 'branch', '--list', 'dreaming/memory').trim()).toBe('');
  });

  it('bad inputs and a bad config file fail with a message naming them', async () => {
    w = await makeActionWorld(two());
    const badBool = await w.act({ draft: 'yes' });
    expect(badBool.failed).toMatch(/input draft must be true or false/);
    w.pushToMain({ 'dream.yml': 'engine: offline\nmin-suport: 3\n' });
    const badConfig = await w.act({ config: 'dream.yml' });
    // (src/config/load.ts names line 1 for an unknown top-level key; the key is on line 2: reported to the lead.)
    expect(badConfig.failed).toMatch(/dream\.yml:\d+: .*unknown key "min-suport"/);
    expect(badConfig.rec.failures).toHaveLength(1);
  });
});
