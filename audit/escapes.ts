/**
 * Path escapes: edits whose file (or move target) leaves the repository, hides behind a symlink,
 * touches .github/ or .git/, or names personal memory, with backslash, percent-encoding and Windows
 * tricks. Each goes through runGuards (which must refuse all of them) and through the publish
 * stage's last check, assertSafePath (which must refuse those that leave the repo or touch .git
 * or workflows; the rest it leaves to the guards, which run first).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverMemoryFiles } from '../src/memory/discover.js';
import { runGuards } from '../src/guards/index.js';
import { assertSafePath } from '../src/publish/safe-paths.js';
import type { Edit } from '../src/model/index.js';

export interface EscapeCase {
  path: string;
  /** assertSafePath must refuse it too (it leaves the repo, or is in .git/ or .github/workflows/). */
  publishMustRefuse: boolean;
}

export const ESCAPES: readonly EscapeCase[] = [
  { path: '../x.md', publishMustRefuse: true },
  { path: '../CLAUDE.md', publishMustRefuse: true },
  { path: 'docs/../../CLAUDE.md', publishMustRefuse: true },
  { path: './../CLAUDE.md', publishMustRefuse: true },
  { path: '/etc/passwd', publishMustRefuse: true },
  { path: '/tmp/CLAUDE.md', publishMustRefuse: true },
  { path: '..\\CLAUDE.md', publishMustRefuse: true },
  { path: 'docs\\..\\..\\CLAUDE.md', publishMustRefuse: true },
  { path: '.github/workflows/ci.yml', publishMustRefuse: true },
  { path: '.github/workflows/CLAUDE.md', publishMustRefuse: true },
  { path: '.GITHUB/workflows/ci.yml', publishMustRefuse: true },
  { path: '.git/hooks/pre-commit', publishMustRefuse: true },
  { path: '.git/CLAUDE.md', publishMustRefuse: true },
  { path: '.github/copilot-instructions.md', publishMustRefuse: false },
  { path: '.github./CLAUDE.md', publishMustRefuse: false },
  { path: 'CLAUDE.local.md', publishMustRefuse: false },
  { path: 'docs/CLAUDE.local.md', publishMustRefuse: false },
  { path: 'C:/Windows/CLAUDE.md', publishMustRefuse: false },
  { path: '~/.claude/CLAUDE.md', publishMustRefuse: false },
  { path: 'file:///etc/CLAUDE.md', publishMustRefuse: false },
  { path: '%2e%2e/CLAUDE.md', publishMustRefuse: false },
  { path: '..%2fCLAUDE.md', publishMustRefuse: false },
  { path: '%2e%2e%2fCLAUDE.md', publishMustRefuse: false },
  { path: 'CLAUDE.md\u0000.txt', publishMustRefuse: false },
  { path: 'CLAUDE.md:stream.md', publishMustRefuse: false },
  { path: 'docs/CLAUDE.md ', publishMustRefuse: false },
  { path: 'outside-link/CLAUDE.md', publishMustRefuse: false },
  { path: 'linked.md', publishMustRefuse: false },
  { path: 'package.json', publishMustRefuse: false },
  { path: '', publishMustRefuse: false },
];

/** Safe targets tried alongside, so a guard that refused everything would be caught. */
export const CONTROLS: readonly string[] = ['CLAUDE.md', 'AGENTS.md', 'docs/CLAUDE.md'];

export interface EscapeAudit {
  /** Control edits (safe paths) that the guards accepted: must equal CONTROLS.length. */
  controlsAccepted: number;
  /** Edits tried: each path as an add's file and as a move's target. */
  tried: number;
  refused: number;
  /** Edits runGuards accepted (must be empty). */
  escaped: { path: string; as: 'file' | 'toFile' }[];
  publishTried: number;
  publishRefused: number;
  /** Paths assertSafePath should refuse and did not (must be empty). */
  publishEscaped: string[];
}

/** A repo with memory files, a directory symlink and a file symlink pointing outside it. */
function escapeRepo(): { repo: string; root: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'adversarial-paths-'));
  const repo = path.join(root, 'repo');
  const outside = path.join(root, 'outside');
  mkdirSync(path.join(repo, 'docs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'CLAUDE.md'), '# not ours\n');
  writeFileSync(path.join(outside, 'secret.md'), '# not ours\n');
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n- Run the tests before committing.\n');
  writeFileSync(path.join(repo, 'AGENTS.md'), '# AGENTS.md\n\n- Sources live in `src`.\n');
  writeFileSync(path.join(repo, 'package.json'), '{}\n');
  symlinkSync(outside, path.join(repo, 'outside-link'));
  symlinkSync(path.join(outside, 'secret.md'), path.join(repo, 'linked.md'));
  return { repo, root };
}

export async function auditEscapes(): Promise<EscapeAudit> {
  const { repo, root } = escapeRepo();
  try {
    const memory = await discoverMemoryFiles(repo, { globs: [] });
    const entry = memory.find((f) => f.path === 'CLAUDE.md')!.entries.find((e) => e.kind === 'bullet')!;
    const ev = [
      { session: 's1', file: 'sessions/a.jsonl', line: 1, quote: 'Run the tests' },
      { session: 's2', file: 'sessions/b.jsonl', line: 1, quote: 'Run the tests' },
    ];
    const edits: { edit: Edit; path: string; as: 'file' | 'toFile' }[] = [];
    ESCAPES.forEach((c, i) => {
      const base = { rationale: 'seen twice', evidence: ev, support: { sessions: 2, agents: 1 } };
      edits.push({
        path: c.path,
        as: 'file',
        edit: { ...base, id: `add-${i}`, op: 'add', file: c.path, after: '- Run the tests before committing.' },
      });
      edits.push({
        path: c.path,
        as: 'toFile',
        edit: {
          ...base,
          id: `move-${i}`,
          op: 'move',
          file: 'CLAUDE.md',
          toFile: c.path,
          entryId: entry.id,
          before: entry.text,
          after: entry.text,
        },
      });
    });
    CONTROLS.forEach((p, i) =>
      edits.push({
        path: p,
        as: 'file',
        edit: {
          rationale: 'seen twice',
          evidence: ev,
          support: { sessions: 2, agents: 1 },
          id: `control-${i}`,
          op: 'add',
          file: p,
          after: `- Control entry ${i}.`,
        },
      }),
    );
    // Guards run without an evidence index here: the paths guard runs first and must refuse alone.
    const result = runGuards(
      edits.map((e) => e.edit),
      { repoDir: repo, memory, memoryGlobs: ['docs/**/*.md'], maxEdits: 1000, maxEntryBytes: 600 },
    );
    const accepted = new Set(result.accepted.map((e) => e.id));
    const controlsAccepted = CONTROLS.filter((_, i) => accepted.has(`control-${i}`)).length;
    const escaped = edits
      .filter((e) => !e.edit.id.startsWith('control-') && accepted.has(e.edit.id))
      .map(({ path: p, as }) => ({ path: p, as }));
    const mustRefuse = ESCAPES.filter((c) => c.publishMustRefuse);
    const publishEscaped = mustRefuse
      .filter((c) => {
        try {
          assertSafePath(c.path);
          return true;
        } catch {
          return false;
        }
      })
      .map((c) => c.path);
    return {
      controlsAccepted,
      tried: edits.length - CONTROLS.length,
      refused: edits.length - CONTROLS.length - escaped.length,
      escaped,
      publishTried: mustRefuse.length,
      publishRefused: mustRefuse.length - publishEscaped.length,
      publishEscaped,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
