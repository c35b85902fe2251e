/**
 * Session ids come from transcripts (a file name, a record's field): in a commit message GitHub turns
 * them into pings (@user), issue cross-references (#12, GH-12, owner/repo#12) and clickable links. A
 * pass over thousands of sessions also passed every id to git as one argument, which fails (E2BIG).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCommitMessage } from '../../src/publish/commits.js';
import { buildStateCommitMessage } from '../../src/publish/state-branch.js';
import { parseStateMarker, stateMarker } from '../../src/publish/body.js';
import { makeWorld, passResult, pythonpathEdit, type World } from './helpers.js';

const HOSTILE = ['@octocat', '@acme/security', 'fixes#7', '#5', 'acme/notes#2', 'GH-3', 'https://track.example/p', 'www.track.example'];
/** What GitHub would link or ping: a mention, an issue number, a scheme's '://', a 'www.'. */
const LIVE = /(?<![\w\u200b])@[A-Za-z0-9-]|#\d|\bGH-\d|\b[a-z][a-z0-9+.-]*:\/\/|\bwww\./i;

describe('session ids in commit messages are inert', () => {
  it.each([
    ['the dream commit', (ids: string[]) => buildCommitMessage({ edits: 1, engine: 'offline', sessions: ids.map((id) => ({ id })) })],
    ['the state commit', (ids: string[]) => buildStateCommitMessage({ engine: 'offline', sessions: ids, edits: 1 })],
  ])('%s: no mention, reference or link survives, and the words stay readable', (_name, build) => {
    for (const id of HOSTILE) {
      const message = build(['6f1c2a10-0001-4aaa-8aaa-000000000001', id]);
      const ids = message.split('\n').filter((l) => l.startsWith('Dreamed-From') || l.startsWith('- '));
      expect(ids.join('\n'), id).not.toMatch(LIVE);
      expect(message.replaceAll('\u200b', ''), id).toContain(id);
    }
  });

  it('ordinary ids are written as they are (control)', () => {
    const ids = ['6f1c2a10-0001-4aaa-8aaa-000000000001', 'rollout-2026-11-12T10-00-00', 's-1'];
    expect(buildCommitMessage({ edits: 1, engine: 'offline', sessions: ids.map((id) => ({ id })) })).toContain(
      `Dreamed-From: ${ids.join(', ')}\n`,
    );
  });

  it('lists at most 50 ids, then how many more', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `6f1c2a10-${String(i).padStart(4, '0')}-4aaa-8aaa-000000000001`);
    const message = buildCommitMessage({ edits: 1, engine: 'offline', sessions: ids.map((id) => ({ id })) });
    expect(message).toContain(', and 4950 more\n');
    expect(message.length).toBeLessThan(6_000);
  });
});

describe("the PR body's state marker", () => {
  it("holds no '@' or '#' of an untrusted id in the body's source, and reads back the same ids", () => {
    const state = { version: 1, editIds: ['e-1'], sessionIds: HOSTILE, edits: [{ id: 'e-1', sessions: HOSTILE }] };
    const marker = stateMarker(state);
    expect(marker).not.toMatch(/[@#]/);
    expect(parseStateMarker(`body\n\n${marker}`)).toEqual(state);
  });
});

describe('a pass over thousands of sessions publishes', () => {
  let w: World;
  beforeEach(async () => {
    w = await makeWorld();
  });
  afterEach(async () => {
    await w.close();
  });

  it('opens the PR where git used to refuse the commit message (E2BIG)', async () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `6f1c2a10-${String(i).padStart(4, '0')}-4aaa-8aaa-00000000000${i % 10}`);
    const out = await w.publishFrom(w.repo.work, passResult([pythonpathEdit], ids));
    expect(out.operation).toBe('created');
    expect(w.fake.pulls[0]!.body.length).toBeLessThanOrEqual(65_536);
  });
});
