/**
 * Evidence lines of the PR body. A reviewer can check three kinds of evidence: a transcript in the
 * repository (linked at the base commit), a transcript that lived only on the runner (an extracted
 * artifact, a fetched Managed Agents session: named, since a temp path links nowhere), and a hosted
 * dream, which has no transcript line at all (named with the sessions it read).
 */
import type { Evidence } from '../model/index.js';
import { HOSTED_DREAM_PREFIX } from '../model/index.js';
import { UNFOUND_QUOTE, WITHHELD } from './inert.js';

/** Sessions named per hosted dream; the rest are counted. */
const MAX_NAMED_SESSIONS = 10;

export interface EvidenceContext {
  owner: string;
  repo: string;
  serverUrl: string;
  baseSha: string;
  /** Where workflow artifacts were extracted. */
  artifactRoot?: string;
  /** The workflow run each extracted artifact came from, by its folder under artifactRoot. */
  artifactRuns?: Record<string, number>;
  /** Where Managed Agents sessions were fetched to (`<root>/<session id>.jsonl`). */
  managedSessionsRoot?: string;
}

const isHostedDream = (ev: Pick<Evidence, 'file'>): boolean => ev.file.startsWith(HOSTED_DREAM_PREFIX);

/**
 * Markdown list items for an edit's evidence: transcript evidence first (up to `max` items, each with
 * its quote), then one line per hosted dream. `escape` and `cell` make untrusted text inert.
 */
export function evidenceLines(
  evidence: readonly Evidence[],
  ctx: EvidenceContext,
  render: { notes: readonly string[]; escape: (s: string) => string; cell: (s: string) => string; max?: number },
): string[] {
  const { notes, escape, cell, max = 10 } = render;
  const lines: string[] = [];
  const transcripts = evidence.filter((ev) => !isHostedDream(ev));
  for (const ev of transcripts.slice(0, max)) {
    if (ev.session === 'git' && ev.commit && /^[0-9a-f]{40,64}$/.test(ev.commit)) {
      // The proof of a staleness deletion: the commit of the base branch that removed the path.
      const sha = ev.commit;
      lines.push(
        `- removed from the base branch in commit [\`${sha.slice(0, 7)}\`](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/commit/${sha}): \`${cell(ev.file)}\``,
      );
      if (ev.unfound) lines.push(`  > ${UNFOUND_QUOTE}`);
      else if (ev.quote) lines.push(`  > ${escape(ev.quote).replace(/\n/g, ' ').slice(0, 300)}`);
      continue;
    }
    // The miner's role for the quote: which one is the failure and which the fix.
    const role = ev.role === 'failure' ? '**failure:** ' : ev.role === 'fix' ? '**fix:** ' : '';
    lines.push(
      `- ${role}session \`${cell(ev.session)}\`${ev.agent ? ` (${ev.agent})` : ''}: ${transcriptLink(ev.file, ev.line, ctx, cell)}`,
    );
    // A refused edit's quote no session holds (Evidence.unfound) is a model's words, not evidence: not shown as one.
    if (ev.unfound) lines.push(`  > ${UNFOUND_QUOTE}`);
    else if (ev.unverified) lines.push(`  > ${WITHHELD}`);
    else if (ev.quote) lines.push(`  > ${escape(ev.quote).replace(/\n/g, ' ').slice(0, 300)}`);
  }
  if (transcripts.length > max) lines.push(`- ... and ${transcripts.length - max} more`);

  // The engine cites each dream's own session first (or the dream id when it has none), then the
  // sessions it read.
  const dreams = new Map<string, { own?: string; read: string[] }>();
  for (const ev of evidence) {
    if (!isHostedDream(ev)) continue;
    const id = ev.file.slice(HOSTED_DREAM_PREFIX.length);
    const seen = dreams.get(id);
    if (!seen) dreams.set(id, ev.session === id ? { read: [] } : { own: ev.session, read: [] });
    else if (ev.session !== id && ev.session !== seen.own && !seen.read.includes(ev.session)) seen.read.push(ev.session);
  }
  for (const [id, { own, read: cited }] of dreams) {
    // The engine caps the evidence it cites; its note says how many sessions the dream really read.
    const read = Math.max(readCountFromNotes(id, notes) ?? 0, cited.length);
    const named = cited.slice(0, MAX_NAMED_SESSIONS).map((s) => `\`${cell(s)}\``);
    const more = read - named.length;
    const list = named.length ? `: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : '';
    const session = own ? ` (its session \`${cell(own)}\`)` : '';
    lines.push(`- hosted dream \`${cell(id)}\`${session}, read ${read} session${read === 1 ? '' : 's'}${list}`);
  }
  return lines;
}

/** "dream <id> (n) read N sessions ..." from the anthropic-dreams engine's notes. */
function readCountFromNotes(dreamId: string, notes: readonly string[]): number | undefined {
  const prefix = `anthropic-dreams: dream ${dreamId} (`;
  for (const note of notes) {
    if (!note.startsWith(prefix)) continue;
    const m = /^\d+\) read (\d+) sessions?\b/.exec(note.slice(prefix.length));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Links pin the base commit, so the cited line stays where it was when the reviewer clicks. */
function transcriptLink(file: string, line: number, ctx: EvidenceContext, cell: (s: string) => string): string {
  const at = line > 0 ? `:${line}` : '';
  const under = (root: string | undefined): string | undefined => {
    const r = root?.replace(/[\\/]+$/, '');
    return r && (file.startsWith(`${r}/`) || file.startsWith(`${r}\\`)) ? file.slice(r.length + 1) : undefined;
  };
  const inArtifact = under(ctx.artifactRoot);
  // <root>/<id>-<artifact name>/<path in the zip>: the runner's temp path means nothing to a reviewer.
  if (inArtifact !== undefined) {
    // The run that uploaded it is what a reviewer can open: who triggered it, from which repository.
    const run = ctx.artifactRuns?.[inArtifact.split(/[\\/]/)[0] ?? ''];
    const from =
      run !== undefined ? `[workflow run ${run}](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${run})` : 'a workflow run';
    return `\`${cell(inArtifact)}${at}\` (from an artifact of ${from})`;
  }
  const managed = under(ctx.managedSessionsRoot);
  if (managed !== undefined)
    return `Managed Agents session \`${cell(managed.replace(/\.jsonl$/, ''))}\`${line > 0 ? `, line ${line}` : ''} (fetched from the API)`;
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.startsWith('..')) {
    return `\`${cell(baseName(file))}${at}\` (outside the repository)`;
  }
  return `[\`${cell(file)}${at}\`](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.baseSha}/${encodePath(file)}${line > 0 ? `#L${line}` : ''})`;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).pop() ?? file;
}

export function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
