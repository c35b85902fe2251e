/**
 * What grounding costs on real lessons (red team, fifth round). A model engine's sentence must rest on the words of
 * the user's turns it cites, memory's, or code spans (wording.ts, grounding.ts): a tool's output grounds a fact it
 * states, never an order it gives, and a word the user said in some other turn grounds nothing. Every lesson the
 * offline pass finds on the real corpora at --min-support 1, and every edit a reviewer marked mergeable, is re-fed
 * as if a model had written its words: grounding alone must pass it, with who wrote each quote read from the
 * transcripts as the pipeline reads it. Skipped without ../shared.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRealCorpora, SHARED_CORPUS, type ScoredCorpus } from '../../eval/real-score.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { indexEvidence } from '../../src/guards/index.js';
import { ungroundedSentence } from '../../src/guards/wording.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Edit, Evidence, MemoryFile } from '../../src/model/index.js';

const labels = JSON.parse(readFileSync(new URL('../../eval/real-labels.json', import.meta.url), 'utf8')) as {
  corpora: Record<string, { memory?: string }>;
};
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The corpus's memory as the pass read it: its memory file as CLAUDE.md of a repository. */
async function memoryOf(corpus: string): Promise<MemoryFile[]> {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'real-grounding-'));
  dirs.push(repo);
  const file = labels.corpora[corpus]?.memory;
  if (file) copyFileSync(path.join(SHARED_CORPUS, corpus, file), path.join(repo, 'CLAUDE.md'));
  else writeFileSync(path.join(repo, 'CLAUDE.md'), '');
  return discoverMemoryFiles(repo);
}

interface Judged {
  corpus: string;
  edit: Edit;
  /** Grounding alone, with who wrote each quote read from the transcripts. */
  verdict: string | undefined;
  /** The same, had no quote been the user's. */
  withoutUser: string | undefined;
}

describe.skipIf(!existsSync(SHARED_CORPUS))("real lessons' wording, re-fed as a model's edit", () => {
  const judged: Judged[] = [];
  beforeAll(async () => {
    const results: ScoredCorpus[] = await runRealCorpora(SHARED_CORPUS, undefined, { ...defaultDreamOptions, minSupport: 1 });
    for (const c of results) {
      const edits = c.edits
        .filter(({ verdict: v }) => v.kind === 'lesson' || v.kind === 'partly' || (v.kind === 'reviewed' && v.verdict === 'merge'))
        .map(({ edit }) => edit)
        .filter((e) => typeof e.after === 'string');
      if (edits.length === 0) continue;
      const memory = await memoryOf(c.corpus);
      const index = await indexEvidence(edits, (file, cited) => readTranscriptFile(file, { displayPath: file, cited }));
      const authorOf = (e: Evidence) => index.quoteAuthor(e);
      for (const edit of edits)
        judged.push({
          corpus: c.corpus,
          edit,
          verdict: ungroundedSentence(edit, memory, authorOf),
          withoutUser: ungroundedSentence(edit, memory, () => 'other'),
        });
    }
  }, 600_000);

  it('every one rests on the words it cites, but a harness order restated', () => {
    expect(judged.length).toBeGreaterThan(0);
    // The cost, known: mini-swe-agent's harness prints "Please always provide EXACTLY ONE action ..." as it refuses a
    // reply. Its words are an order nobody on the team wrote, which nothing in the structure tells from a script's
    // "Always run `make seed-fixtures` before committing": a model restating it is refused; the engine's wording of
    // it (a template) is not.
    expect(judged.filter((j) => j.verdict !== undefined).map((j) => `${j.corpus}: ${j.verdict}`)).toEqual([
      'mini_swe_agent_trajs: Put exactly one action in each reply: the harness rejects replies with none or several.',
    ]);
  });

  it("who wrote a quote decides: had none been the user's, some would not rest on their evidence", () => {
    expect(judged.filter((j) => j.withoutUser !== undefined).length).toBeGreaterThan(0);
  });
});
