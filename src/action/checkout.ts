/**
 * actions/checkout fetches one commit unless given `fetch-depth: 0`, and a pass reads the history: a
 * stale entry is deleted only with the commit that removed its path, an adopted lesson is found by
 * blaming its line to the dream commit that wrote it, and a memory rule's date is its line's commit.
 * In a shallow clone none of them is found, and nothing else would say why: so the pass says so
 * first, naming the fix.
 */
import { simpleGit } from 'simple-git';
import type { Logger } from '../model/index.js';

export const SHALLOW_WARNING =
  'the checkout is shallow (actions/checkout fetches one commit unless told otherwise): this pass cannot find ' +
  "adopted lessons to judge, prove an entry stale, or date memory's rules. Set `fetch-depth: 0` on actions/checkout.";

export async function warnIfShallow(repoDir: string, logger: Logger): Promise<void> {
  const answer = await simpleGit(repoDir)
    .raw(['rev-parse', '--is-shallow-repository'])
    .catch(() => 'false');
  if (answer.trim() === 'true') logger.warning(SHALLOW_WARNING);
}
