/**
 * A `sessions` glob that matches nothing, through the Action's run() on real git: the run names the
 * glob and the folder it looked in, whether the min-new-sessions gate stops the pass or not, and says
 * it once; a glob that matched, or a default place that is empty while another holds transcripts, is
 * not reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const about = (warnings: string[]) => warnings.filter((m) => m.includes('matched no files') || m.includes('default places'));

describe('sessions globs that match nothing', () => {
  it.each([
    ['the gate stops the pass', {}],
    ['min-new-sessions is 0', { 'min-new-sessions': '0' }],
  ])(
    'are named once when %s',
    async (_, extra) => {
      w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
      const r = await w.act({ sessions: 'sesions/**/*.jsonl', ...extra });
      expect(r.failed).toBeUndefined();
      expect(about(r.rec.warnings)).toEqual([`sessions glob "sesions/**/*.jsonl" matched no files under ${w.repo.work}`]);
      expect(r.outputs['pull-request-operation']).toBe('none');
    },
    60_000,
  );

  it('names only the typed glob that found nothing when another found transcripts', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]));
    const r = await w.act({ sessions: '.dreaming/sessions/**/*.jsonl\nlogs/*.jsonl' });
    expect(r.failed).toBeUndefined();
    expect(r.outputs['sessions-read']).toBe('2');
    expect(about(r.rec.warnings)).toEqual([`sessions glob "logs/*.jsonl" matched no files under ${w.repo.work}`]);
  }, 60_000);

  it('says the default places are empty only when no transcript was found at all', async () => {
    w = await makeActionWorld({ 'notes/README.md': 'no transcripts here\n' });
    const empty = await w.act({ sessions: '' });
    expect(about(empty.rec.warnings)).toEqual([
      expect.stringMatching(/^no transcripts in the default places under .*: \.dreaming\/sessions/),
    ]);
    w.pushToMain(Object.fromEntries([legacyBuildSession(1, '02')]));
    const some = await w.act({ sessions: '' });
    expect(some.outputs['sessions-read']).toBe('1');
    expect(about(some.rec.warnings)).toEqual([]);
  }, 60_000);
});
