/**
 * A run that reads no session fails loudly (unless --allow-empty) and proposes nothing, not even
 * memory hygiene; the ingestion health report says why, in the report JSON and the PR-body section.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerRunCommand } from '../../src/cli/run.js';
import type { Logger } from '../../src/model/index.js';
import type { DreamReport } from '../../src/model/index.js';
import { formatHealthMarkdown } from '../../src/transcripts/health-text.js';

function recording(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => {}, info: () => {}, warning: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-empty-run-'));
  repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, 'logs'), { recursive: true });
  // A duplicated entry: hygiene the offline engine would otherwise propose to remove.
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# acme\n\n- Use pnpm, not npm.\n- Use pnpm, not npm.\n');
  writeFileSync(path.join(repo, 'logs', 'monday.md'), '# Monday\n\nWorked on the cart.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function dreamRun(args: string[], logger: Logger): Promise<{ report: DreamReport; stdout: string }> {
  const program = new Command().exitOverride();
  registerRunCommand(program, { logger, env: {} });
  const reportFile = path.join(dir, 'report.json');
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((t: string) => ((stdout += t), true)) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'dream', 'run', '--repo', repo, '--report', reportFile, ...args]);
  } finally {
    process.stdout.write = write;
  }
  return { report: JSON.parse(readFileSync(reportFile, 'utf8')) as DreamReport, stdout };
}

describe('dream run with nothing readable', () => {
  it('fails, naming the cause, when the transcripts hold no session', async () => {
    const logger = recording();
    await expect(dreamRun(['--sessions', 'logs/*.md'], logger)).rejects.toThrow(/no session was read .*--allow-empty/);
    expect(logger.warnings).toEqual([
      expect.stringMatching(
        /^ingestion: no sessions read from 1 file\(s\): most were skipped as "markdown file in none of the text formats read here" \(1\)$/,
      ),
      expect.stringMatching(
        /^skipped: unknown format: markdown file in none of the text formats read here; it starts "# Monday"; looked for .*opencode \/export/,
      ),
    ]);
  });

  it('with --allow-empty exits 0, proposes nothing (not even hygiene) and reports the health', async () => {
    const { report, stdout } = await dreamRun(['--sessions', 'logs/*.md', '--allow-empty'], recording());
    expect(report.edits).toEqual([]);
    expect(report.notes).toEqual(['No sessions read from 1 transcript file(s): nothing proposed.']);
    expect(report.sessions.health?.totals).toEqual({
      filesFound: 1,
      filesRead: 0,
      filesSkipped: 1,
      sessions: 0,
      toolCalls: 0,
      toolErrors: 0,
    });
    expect(stdout).toContain('ingestion health:');
    expect(formatHealthMarkdown(report.sessions.health!)).toMatch(/^> \[!WARNING\]\n> no sessions read from 1 file/);
  });

  it('a glob that matches nothing is a failure too', async () => {
    await expect(dreamRun(['--sessions', 'sesions/**/*.jsonl'], recording())).rejects.toThrow(/no session was read/);
  });
});
