/**
 * Memory files that import each other in a cycle (`@AGENTS.md` in CLAUDE.md, `@CLAUDE.md` in
 * AGENTS.md, or longer) left an edit no file to land in: every lesson was
 * rejected as "exists but is not a discovered memory file". The cycle now stops at one file, which is
 * named in a warning and keeps the edits. End to end on the demo repository with `dream run --write`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DreamReport, Logger } from '../../src/model/index.js';
import { dreamRunReport } from '../helpers/run-cli.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/demo');

function recording(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => {}, info: () => {}, warning: (m) => warnings.push(m), error: () => {} };
}

let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-import-cycle-'));
  repo = path.join(dir, 'repo');
  cpSync(demo, repo, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('memory files that import each other in a cycle', () => {
  it.each([
    ['two files', { 'CLAUDE.md': '@AGENTS.md\n', 'AGENTS.md': '@CLAUDE.md\n' }, 'AGENTS.md'],
    ['three files', { 'CLAUDE.md': '@GEMINI.md\n', 'GEMINI.md': '@AGENTS.md\n', 'AGENTS.md': '@./CLAUDE.md\n' }, 'AGENTS.md'],
  ] as const)('%s: the cycle stops at one file, named, which takes the edits', async (_, files, stop) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(repo, name), text);
    const logger = recording();
    const report: DreamReport = await dreamRunReport({
      repo,
      report: path.join(dir, 'report.json'),
      args: ['--sessions', 'sessions/**/*.jsonl', '--write'],
      logger,
    });
    expect(logger.warnings.filter((w) => / whose imports lead back to /.test(w))).toEqual([
      expect.stringMatching(
        new RegExp(`^${stop.replace('.', '\\.')} imports \\S+, whose imports lead back to ${stop.replace('.', '\\.')}; edits stay in`),
      ),
    ]);
    expect(report.rejected.filter((r) => /not a discovered memory file/.test(r.reason))).toEqual([]);
    expect(report.edits.length).toBeGreaterThan(0);
    expect(new Set(report.edits.map((e) => e.file))).toEqual(new Set([stop]));
    // The file keeps its import line; the lessons follow it.
    const text = readFileSync(path.join(repo, stop), 'utf8');
    expect(text.startsWith(files[stop as keyof typeof files])).toBe(true);
    expect(text).toContain('PYTHONPATH=src pytest');
  });
});
