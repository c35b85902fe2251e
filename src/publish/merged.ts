/**
 * Dream PRs that were merged, and what their state markers say they proposed: the next pass compares
 * that with the base to record partial adoption (an edit a reviewer deleted is rejected, one they
 * reworded is adopted in their words).
 */
import { parseStateMarker, type ProposedEdit } from './body.js';
import type { PullRequest } from './github.js';
import { branchFor, type PublishSettings } from './settings.js';

export interface MergedPull {
  number: number;
  url: string;
  edits: ProposedEdit[];
}

export async function mergedDreamPulls(
  github: { defaultBranch(): Promise<string>; listMerged(head: string, limit?: number): Promise<PullRequest[]> },
  settings: Pick<PublishSettings, 'base' | 'branch'>,
): Promise<MergedPull[]> {
  const defaultBranch = await github.defaultBranch();
  const branch = branchFor(settings, settings.base || defaultBranch, defaultBranch);
  const out: MergedPull[] = [];
  for (const pr of await github.listMerged(branch)) {
    const state = parseStateMarker(pr.body);
    if (!state || state.editIds.length === 0) continue;
    const detailed = new Map((state.edits ?? []).map((e) => [e.id, e]));
    out.push({ number: pr.number, url: pr.url, edits: state.editIds.map((id) => detailed.get(id) ?? { id, sessions: [] }) });
  }
  return out;
}
