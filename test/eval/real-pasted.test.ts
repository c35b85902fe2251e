import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRealCorpora, SHARED_CORPUS, type ScoredCorpus } from '../../eval/real-score.js';
import { defaultDreamOptions } from '../../src/engine/options.js';

// keyframe-blogger's user pasted a Gemini docs paragraph after "did you read this? <url>" and picked a
// project by the name `gcloud projects list` had printed. At --min-support 1 every one-session signal
// becomes an edit, so text mined from a paste would show here. Skipped without ../shared.
const PASTED = ['files-api-doc', 'project-from-listing'];

describe.skipIf(!existsSync(SHARED_CORPUS))('keyframe-blogger at --min-support 1', () => {
  let results: ScoredCorpus[] = [];
  beforeAll(async () => {
    results = await runRealCorpora(SHARED_CORPUS, ['specstory_keyframe-blogger'], { ...defaultDreamOptions, minSupport: 1 });
  }, 300_000);

  it('proposes nothing from text the user pasted or copied from a tool', () => {
    expect(results).toHaveLength(1);
    const hits = results.flatMap((c) => c.negativeControlHits.map((h) => h.control));
    expect(hits.filter((h) => PASTED.includes(h))).toEqual([]);
  });
});
