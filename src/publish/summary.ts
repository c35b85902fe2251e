/**
 * The job summary of one run: what was read, what was found, what was proposed, what it cost and
 * where the PR is. Returned as markdown so main.ts hands it to core.summary and tests can read it.
 * (Skipped files become annotations through the Logger, which main.ts maps to core.warning.)
 */
import { oneOffCount, skippedInputs, type DreamReport } from '../model/index.js';
import { cell, escapeText } from './inert.js';
import { formatHealthMarkdown } from '../transcripts/health-text.js';
import { assertNoSecrets } from '../guards/index.js';
import type { PublishOutcome } from './publish.js';
import { efficacySection } from './efficacy.js';
import { shorten } from './shorten.js';

/** Longest edit text in the job summary's table; the PR has the whole text. */
export const JOB_SUMMARY_EDIT_CHARS = 120;

export function jobSummary(report: DreamReport, outcome: PublishOutcome | undefined, note?: string): string {
  const s = report.sessions;
  const supported = report.patterns.filter((p) => !p.oneOff);
  const cost = Object.values(report.usage.costUsdByModel).reduce((a, b) => a + b, 0);
  const lines = ['## Dreaming', ''];
  if (note) lines.push(escapeText(note), '');
  // The first row is the table's header: an empty header row renders as a blank bar on GitHub.
  lines.push(
    `| engine | \`${report.engine}\` |`,
    '| --- | --- |',
    `| sessions | ${s.read} read, ${s.alreadyDreamed} already dreamed, ${s.files} file(s)${s.otherProjects ? `, ${s.otherProjects} of other projects left out of prompt logs` : ''}, ${skippedInputs(s)} unreadable line(s) or file(s) skipped |`,
    `| patterns | ${supported.length} supported, ${oneOffCount(report)} one-off |`,
    `| edits | ${report.edits.length} proposed, ${report.rejected.length} rejected |`,
  );
  // A pass that made no model requests (the offline engine) has no cost to report.
  if (report.usage.requests > 0) lines.push(`| cost | ${report.usage.requests} requests, ~$${cost.toFixed(4)} |`);
  lines.push(`| pull request | ${prCell(outcome)} |`, '');
  if (s.health) lines.push(formatHealthMarkdown(s.health), '');
  if (report.edits.length) {
    lines.push('| op | file | edit |', '| --- | --- | --- |');
    for (const e of report.edits.slice(0, 50)) {
      const text = (e.after ?? e.before ?? '').split('\n').find((l) => l.trim()) ?? '';
      lines.push(`| ${e.op} | \`${cell(e.file)}\` | ${cell(shorten(text, JOB_SUMMARY_EDIT_CHARS))} |`);
    }
    lines.push('');
  }
  if (report.efficacy?.length) lines.push(efficacySection(report.efficacy), '');
  const text = lines.join('\n');
  // Fail closed: the summary is public to everyone who can read the run.
  assertNoSecrets('job summary', text);
  return text;
}

function prCell(o: PublishOutcome | undefined): string {
  if (!o) return 'not published';
  if (o.pull) return `[#${o.pull.number}](${o.pull.url}) (${o.operation})`;
  return o.operation === 'none' ? `none (${escapeText(o.reason)})` : o.operation;
}
