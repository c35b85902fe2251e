/**
 * The checkout the pass works in, checked before anything else reads it. A workflow without
 * actions/checkout (or with checkout's `path` and not ours) would otherwise fail deep in git with
 * "'origin' does not appear to be a git repository", which names neither cause nor fix.
 *
 * actions/checkout fetches one commit unless given `fetch-depth: 0`, and a pass reads the history: a
 * stale entry is deleted only with the commit that removed its path, an adopted lesson is found by
 * blaming its line to the dream commit that wrote it, and a memory rule's date is its line's commit.
 * In a shallow clone none of them is found, and nothing else would say why: so the pass says so
 * first, naming the fix.
 */
import { stat } from 'node:fs/promises';
import { simpleGit } from 'simple-git';
import type { Logger } from '../model/index.js';

export const SHALLOW_WARNING =
  'the checkout is shallow (actions/checkout fetches one commit unless told otherwise): this pass cannot find ' +
  "adopted lessons to judge, prove an entry stale, or date memory's rules. Set `fetch-depth: 0` on actions/checkout.";

/** What to do when the pass finds no checkout where it looks (also said for a `path` input naming no folder). */
export const CHECKOUT_FIX =
  "run actions/checkout (with `fetch-depth: 0`) before this action, or, when checkout was given a `path`, give this action's `path` input the same folder";

export function notACheckout(repoDir: string): string {
  return `${repoDir} is not a git checkout: ${CHECKOUT_FIX}`;
}

/** Throws unless `repoDir` is inside a git work tree. */
export async function assertCheckout(repoDir: string): Promise<void> {
  const isDir = (await stat(repoDir).catch(() => undefined))?.isDirectory() ?? false;
  const inside =
    isDir &&
    (await simpleGit(repoDir)
      .raw(['rev-parse', '--is-inside-work-tree'])
      .then(
        (a) => a.trim() === 'true',
        () => false,
      ));
  if (!inside) throw new Error(notACheckout(repoDir));
}

export async function warnIfShallow(repoDir: string, logger: Logger): Promise<void> {
  const answer = await simpleGit(repoDir)
    .raw(['rev-parse', '--is-shallow-repository'])
    .catch(() => 'false');
  if (answer.trim() === 'true') logger.warning(SHALLOW_WARNING);
}
