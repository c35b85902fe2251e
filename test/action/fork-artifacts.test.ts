/**
 * Artifacts of a fork's pull request run the fork's code, which can upload any transcript: through the
 * fake GitHub (validated against @octokit/openapi), they are skipped unless allow-fork-artifacts is set,
 * and the run of each artifact read is linked from the evidence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildZip } from '../sources/zipfixtures.js';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

/** The openapi example's repository id, which the fake's artifacts carry as their run's repository. */
const THIS_REPO = 1296269;

async function world(): Promise<ActionWorld> {
  const world = await makeActionWorld({ '.dreaming/sessions/.keep': '' });
  const zip = async (n: number, day: string) => buildZip([{ name: 'claude-execution-output.jsonl', data: legacyBuildSession(n, day)[1] }]);
  world.fake.artifacts.push(
    {
      id: 31,
      name: 'claude-session-300',
      zip: await zip(31, '10'),
      createdAt: '2026-11-20T10:00:00Z',
      runId: 300,
      headRepositoryId: THIS_REPO,
    },
    { id: 32, name: 'claude-session-301', zip: await zip(32, '11'), createdAt: '2026-11-20T11:00:00Z', runId: 301, headRepositoryId: 4242 },
    { id: 33, name: 'claude-session-302', zip: await zip(33, '12'), createdAt: '2026-11-20T12:00:00Z', runId: 302, headRepositoryId: 4242 },
  );
  return world;
}

describe('artifacts from forks', () => {
  it("skips a fork's artifacts by default, naming the run, and reads this repository's", async () => {
    w = await world();
    const r = await w.act({ 'artifact-name': 'claude-session-*', 'artifact-lookback-days': '3' });
    expect(r.failed).toBeUndefined();
    expect(r.outputs['sessions-read']).toBe('1');
    const warnings = r.rec.warnings.join('\n');
    expect(warnings).toMatch(
      /artifact 32 \(claude-session-301\): its workflow run 301 came from a fork \(head repository 4242, not 1296269\)/,
    );
    expect(warnings).toMatch(/artifact 33 \(claude-session-302\)/);
    expect(w.fake.calls('actions/download-artifact').length).toBe(1);
    expect(w.fake.violations).toEqual([]);
  });

  it('reads them with allow-fork-artifacts, and links each run from the evidence', async () => {
    w = await world();
    const r = await w.act({ 'artifact-name': 'claude-session-*', 'artifact-lookback-days': '3', 'allow-fork-artifacts': 'true' });
    expect(r.failed).toBeUndefined();
    expect(r.outputs['sessions-read']).toBe('3');
    const body = w.fake.pulls[0]?.body ?? '';
    expect(body).toMatch(
      /`3[123]-claude-session-30[012]\/claude-execution-output\.jsonl:\d+` \(from an artifact of \[workflow run 30[012]\]\(http[^)]+\/actions\/runs\/30[012]\)\)/,
    );
    expect(w.fake.violations).toEqual([]);
  });
});
