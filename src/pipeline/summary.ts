import {
  citesOnlyUnfound,
  oneOffCount,
  skippedInputs,
  UNFOUND_TEXT_WORDS,
  WITHHELD_WORDS,
  type DreamReport,
  type Edit,
} from '../model/index.js';
import { shorten } from '../publish/shorten.js';
import { citesUnverifiedTurn } from '../guards/index.js';

/**
 * In place of words only turns the transcripts cannot attribute to the person said: the summary is printed where a
 * workflow's log shows it to anyone who can read the run, as the PR's job summary is: the PR's words, without Markdown.
 */
const WITHHELD = `(${WITHHELD_WORDS})`;

/** Longest edit line the summary prints; the diff below it has the whole text. */
export const SUMMARY_EDIT_CHARS = 100;
import { formatHealth } from '../transcripts/health-text.js';

/**
 * The files a pass skipped unparsed, and how many of them only the ledger's compacted filter knew: a skip
 * by the file's own mark is certain, one by the filter is its "dreamed" (see DreamReport.sessions).
 */
function filesSkipped(s: DreamReport['sessions']): string {
  if (!s.filesUnchanged) return '';
  const byFilter = s.filesKnownByFilter ? `, ${s.filesKnownByFilter} of them known only to the ledger's filter` : '';
  return ` (${s.filesUnchanged} skipped as dreamed${byFilter})`;
}

/** Sessions of files that copy a file read earlier in the pass: part of alreadyDreamed, said apart when there are any. */
const copiesFolded = (s: DreamReport['sessions']): string => (s.copies ? ` (${s.copies} of them copies of files read in this pass)` : '');

/** Prompt-log sessions whose transcript the pass read too: one conversation, counted once in `read`. */
const logCopies = (s: DreamReport['sessions']): string => (s.promptLogCopies ? ` (and ${s.promptLogCopies} again from a prompt log)` : '');

/** Sessions of other projects prompt logs hold: left out on purpose, said apart from what was unreadable. */
const otherProjects = (s: DreamReport['sessions']): string =>
  s.otherProjects ? `, ${s.otherProjects} of other projects left out of prompt logs` : '';

/** The human-readable summary `dream run` prints before the diff. */
export function formatRunSummary(report: DreamReport): string {
  const lines: string[] = [];
  const s = report.sessions;
  lines.push(`engine: ${report.engine}`);
  lines.push(
    `sessions: ${s.read} read${logCopies(s)} from ${s.files} file(s)${filesSkipped(s)}, ${s.alreadyDreamed} already dreamed${copiesFolded(s)}${otherProjects(s)}, ${skippedInputs(s)} unreadable line(s) or file(s) skipped`,
  );
  if (s.health)
    lines.push(
      ...formatHealth(s.health)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  const supported = report.patterns.filter((p) => !p.oneOff);
  lines.push(`patterns: ${supported.length} supported, ${oneOffCount(report)} one-off (reported, never memory)`);
  for (const p of supported.slice(0, 20)) {
    lines.push(
      `  - [${p.kind}] ${p.unverified ? WITHHELD : p.summary} (${p.support} session${p.support === 1 ? '' : 's'}, ${p.agents.join('+')})`,
    );
  }
  lines.push(`edits: ${report.edits.length} proposed, ${report.rejected.length} rejected`);
  const firstLine = (e: Edit) => shorten((e.after ?? e.before ?? '').split('\n')[0] ?? '', SUMMARY_EDIT_CHARS);
  for (const e of report.edits) {
    lines.push(`  ${e.op.padEnd(6)} ${e.file}: ${firstLine(e)}`);
    lines.push(`         why: ${e.rationale}`);
    for (const ev of e.evidence.slice(0, 3))
      lines.push(`         evidence: ${ev.session} ${ev.file}:${ev.line} ${ev.unverified ? WITHHELD : `"${ev.quote}"`}`);
  }
  for (const r of report.rejected.slice(0, 20)) {
    // What was refused before why, as for a proposed edit: the reason alone left the reader guessing which edit.
    // As the PR lists it: an edit that cites a turn no one can attribute to the person may be its words (body.ts).
    const withheld = r.unverified === true || citesUnverifiedTurn(r.edit);
    const text = withheld ? WITHHELD : citesOnlyUnfound(r.edit.evidence) ? `(${UNFOUND_TEXT_WORDS})` : firstLine(r.edit);
    lines.push(`  rejected (${r.by}): ${r.edit.op} ${r.edit.file}: ${text}`);
    if (!withheld) lines.push(`         why: ${r.reason}`);
  }
  const u = report.usage;
  if (u.requests > 0) {
    const cost = Object.values(u.costUsdByModel).reduce((a, b) => a + b, 0);
    lines.push(
      `usage: ${u.requests} requests, ${u.inputTokens} in, ${u.outputTokens} out, ` +
        `${u.cacheReadInputTokens} cache read, ~$${cost.toFixed(4)}`,
    );
  }
  for (const n of report.notes) lines.push(`note: ${n}`);
  return lines.join('\n') + '\n';
}
