/**
 * The job summary as GitHub renders it: a table with a real header row, a cost line only when a
 * model was asked something, and edit text shortened at a word with an ellipsis.
 */
import { describe, expect, it } from 'vitest';
import { JOB_SUMMARY_EDIT_CHARS, jobSummary } from '../../src/publish/summary.js';
import { edit, passResult } from './helpers.js';

const outcome = {
  operation: 'created' as const,
  reason: 'created #7',
  pull: { number: 7, url: 'https://github.com/acme/notes/pull/7' },
  humanCommits: 0,
};

/** Rows of the markdown tables, as cells. */
function rows(md: string): string[][] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

describe('the job summary', () => {
  it('has no table whose header row is empty', () => {
    const md = jobSummary(passResult([edit('e-1', '- a')]).report, outcome);
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (!/^\|( *--- *\|)+$/.test(line)) return;
      // The line above a delimiter row is the header: it must name something.
      const header = rows(lines[i - 1]!)[0]!;
      expect(
        header.some((c) => c !== ''),
        `empty header above line ${i + 1}`,
      ).toBe(true);
    });
    expect(rows(md).map((r) => r[0])).toEqual(expect.arrayContaining(['engine', 'sessions', 'edits', 'pull request']));
  });

  it('has no cost line for a pass that made no model requests, and one for a pass that did', () => {
    const offline = passResult([edit('e-1', '- a')]).report;
    expect(offline.usage.requests).toBe(0);
    expect(jobSummary(offline, outcome)).not.toMatch(/cost|\$/);

    const claude = passResult([edit('e-1', '- a')]).report;
    claude.engine = 'claude';
    claude.usage.requests = 3;
    claude.usage.costUsdByModel = { 'claude-x': 0.0123, 'claude-y': 0.002 };
    expect(jobSummary(claude, outcome)).toContain('| cost | 3 requests, ~$0.0143 |');
  });

  it('cuts a long edit at a word boundary and ends it with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const text = `- ${words.join(' ')}`;
    const md = jobSummary(passResult([edit('e-1', text)]).report, outcome);
    const cell = rows(md).find((r) => r[0] === 'add')![2]!;
    expect(cell.endsWith('…')).toBe(true);
    expect(Array.from(cell).length).toBeLessThanOrEqual(JOB_SUMMARY_EDIT_CHARS);
    // Every word shown is whole: the text before the ellipsis is a prefix of the edit ending at a word.
    const shown = cell.slice(0, -1);
    expect(text.startsWith(shown)).toBe(true);
    expect(text[shown.length]).toBe(' ');
  });
});
