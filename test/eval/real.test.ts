import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRealCorpora, SHARED_CORPUS, type ScoredCorpus } from '../../eval/real-score.js';

// The offline pass over the real corpora in ../shared/corpus, scored against eval/real-labels.json
// (`npm run eval -- --real` prints the whole table). Only what is stable is asserted here; recall and
// the mergeable share are measured and printed there. Skipped where ../shared is absent (a user's clone).
describe.skipIf(!existsSync(SHARED_CORPUS))('offline dream pass over the real corpora', () => {
  let results: ScoredCorpus[] = [];
  const corpus = (name: string) => results.find((c) => c.corpus === name);
  beforeAll(async () => {
    results = await runRealCorpora();
  }, 300_000);

  it('reads every labelled corpus that is present, and deletes nothing without a labelled reason', () => {
    expect(results.length).toBeGreaterThan(0);
    for (const c of results) expect(c.falseDeletions.map((e) => `${c.corpus} ${e.file}: ${e.before}`)).toEqual([]);
  });

  it('proposes no edit in a known junk class and no negative control, on any corpus', () => {
    const junk = results.flatMap((c) =>
      c.edits.filter((x) => x.verdict.kind === 'junk').map((x) => `${c.corpus}: ${x.edit.after ?? x.edit.before}`),
    );
    expect(junk).toEqual([]);
    expect(results.flatMap((c) => c.negativeControlHits.map((h) => `${c.corpus} ${h.control}: ${h.edit.after}`))).toEqual([]);
  });

  it.skipIf(!existsSync(`${SHARED_CORPUS}/spotter_claude_code`))(
    'teaches spotter the commit hook checks, to leave the ignored assets out, and updates its push entry',
    () => {
      const spotter = corpus('spotter_claude_code');
      const status = Object.fromEntries((spotter?.lessons ?? []).map((l) => [l.id, l.status]));
      expect(status['precommit-format-credo-dialyzer']).toBe('found');
      expect(status['dont-stage-ignored-assets']).toBe('found');
      expect(status['push-upstream-updates-entry']).toBe('found');
      // Every spotter edit is one a reviewer would merge.
      expect(spotter?.mergeable).toBe(spotter?.edits.length);
      // The git lesson sits with the git workflow, or in the lessons block: never under "How to add manual tracing".
      const assets = spotter?.edits.find((x) => x.verdict.kind === 'lesson' && x.verdict.id === 'dont-stage-ignored-assets');
      expect(assets?.edit.section?.join(' > ')).not.toMatch(/tracing/i);
    },
  );

  it.skipIf(!existsSync(`${SHARED_CORPUS}/mini_swe_agent_trajs`))(
    'teaches the mini-swe-agent runs the harness reply format and to keep pytest off the system interpreter',
    () => {
      const mini = corpus('mini_swe_agent_trajs');
      const status = Object.fromEntries((mini?.lessons ?? []).map((l) => [l.id, l.status]));
      expect(status['one-action-per-reply']).toBe('found');
      expect(status['system-python-lacks-pytest']).toBe('found');
      expect(mini?.mergeable).toBe(mini?.edits.length);
    },
  );

  // The user's "don't forget to use the venv in this project" is a later turn of an older SpecStory export, which
  // a reply of the agent's could have printed, header and all (SECURITY.md, forged turns): it makes no rule alone.
  it.skipIf(!existsSync(`${SHARED_CORPUS}/specstory_keyframe-blogger`))(
    "keyframe-blogger's venv correction, a turn the export cannot tell from the agent's reply, is refused; nothing a reviewer would refuse is proposed",
    () => {
      const keyframe = corpus('specstory_keyframe-blogger');
      expect(keyframe?.lessons.find((l) => l.id === 'use-project-venv')?.status).toBe('missed');
      const refused = keyframe?.report.rejected.filter((r) => /venv in this project/i.test(r.edit.after ?? '')) ?? [];
      expect(refused.map((r) => `${r.by}: ${r.reason}`)).toEqual([
        expect.stringMatching(/^guard:trust: its only support is 1 user turn the transcripts cannot tell from text nobody typed/),
      ]);
      expect(keyframe?.mergeable).toBe(keyframe?.edits.length);
    },
  );
});
