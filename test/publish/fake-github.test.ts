/**
 * The fake must be able to fail a test: these check that off-spec requests and responses are caught.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github/server.js';
import { makeRepo, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';

let repo: RepoFixture;
let fake: FakeGitHub;
beforeAll(async () => {
  repo = makeRepo({ 'README.md': 'hi\n' });
  fake = new FakeGitHub('acme', 'notes', repo.bare);
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
  repo.cleanup();
});

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${fake.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the fake GitHub validates against the OpenAPI description', () => {
  it('answers 400 and records a violation for an operation GitHub does not have', async () => {
    const before = fake.violations.length;
    const res = await call('POST', '/repos/acme/notes/pulls/1/approve');
    expect(res.status).toBe(400);
    expect(fake.violations.slice(before).join()).toMatch(/no such operation/);
    fake.acknowledgeViolations();
  });

  it('answers 400 for a request body off the schema (draft must be a boolean, head is required)', async () => {
    const before = fake.violations.length;
    const res = await call('POST', '/repos/acme/notes/pulls', { title: 't', base: 'main', draft: 'yes' });
    expect(res.status).toBe(400);
    const v = fake.violations.slice(before).join('\n');
    expect(v).toMatch(/pulls\/create: request body/);
    expect(v).toMatch(/draft/);
    fake.acknowledgeViolations();
  });

  it('answers 400 for an invalid query parameter value and an unknown one', async () => {
    const before = fake.violations.length;
    expect((await call('GET', '/repos/acme/notes/pulls?state=merged')).status).toBe(400);
    expect((await call('GET', '/repos/acme/notes/pulls?colour=blue')).status).toBe(400);
    const v = fake.violations.slice(before).join('\n');
    expect(v).toMatch(/"state"/);
    expect(v).toMatch(/unknown query parameter "colour"/);
    fake.acknowledgeViolations();
  });

  it('serves valid requests with responses that validate, and rejects off-spec response bodies', async () => {
    const before = fake.violations.length;
    const res = await call('GET', '/repos/acme/notes');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { default_branch: string }).default_branch).toBe('main');
    expect(fake.violations.slice(before)).toEqual([]);
    const op = fake.api.match('GET', '/repos/acme/notes/pulls')!.op;
    expect(fake.api.validateResponse(op, 200, [{ number: 'one' }]).join()).toMatch(/must have required property|must be integer/);
    expect(fake.api.validateResponse(op, 418, undefined).join()).toMatch(/not documented/);
  });
});
