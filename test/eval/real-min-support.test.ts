import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRealCorpora, SHARED_CORPUS, type ScoredCorpus } from '../../eval/real-score.js';
import { defaultDreamOptions } from '../../src/engine/options.js';

// The real corpora where a reviewer found no lesson (eval/real-labels.json), read at --min-support 1: with
// the support bar out of the way, every one-session signal becomes an edit, so what the miners take for a
// rule shows directly. None may fall in a junk class or hit a negative control. Skipped without ../shared.
const labels = JSON.parse(readFileSync(new URL('../../eval/real-labels.json', import.meta.url), 'utf8')) as {
  corpora: Record<string, { lessons: unknown[] }>;
};
const noLesson = Object.entries(labels.corpora)
  .filter(([, l]) => l.lessons.length === 0)
  .map(([name]) => name);

describe.skipIf(!existsSync(SHARED_CORPUS))('the corpora with no lesson, at --min-support 1', () => {
  let results: ScoredCorpus[] = [];
  beforeAll(async () => {
    results = await runRealCorpora(SHARED_CORPUS, noLesson, { ...defaultDreamOptions, minSupport: 1 });
  }, 300_000);

  it('propose nothing a reviewer rejects on sight', () => {
    expect(results.length).toBeGreaterThan(0);
    const refused = results.flatMap((c) => [
      ...c.edits.filter((x) => x.verdict.kind === 'junk').map((x) => `${c.corpus} junk: ${x.edit.after ?? x.edit.before}`),
      ...c.negativeControlHits.map((h) => `${c.corpus} ${h.control}: ${h.edit.after}`),
      ...c.falseDeletions.map((e) => `${c.corpus} deletes: ${e.before}`),
    ]);
    expect(refused).toEqual([]);
  });
});
