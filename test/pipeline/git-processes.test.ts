/**
 * The git processes a pass with nothing new starts in a checkout. Every pass asks git the same few questions
 * however little is new (is this a work tree, is it shallow, who wrote each memory line and when), and each
 * process costs a few milliseconds of CPU: at 1,000 sessions a tenth of what such a pass costs beyond Node's
 * start. Real git, behind a wrapper first on PATH that records each call and runs the real one.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDream, type DreamRunResult } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { turns, writeSession } from './efficacy-world.js';

const LEDGER = '.dreaming/ledger.json';

const dream = (dir: string, at: string): Promise<DreamRunResult> =>
  runDream({
    repoDir: dir,
    sessions: ['.dreaming/sessions/**/*.jsonl'],
    engine: new OfflineEngine(),
    options: defaultDreamOptions,
    ledgerPath: LEDGER,
    logger: silentLogger,
    now: () => new Date(at),
  });

let dir: string;
let log: string;
let outerPath: string | undefined;
let first: DreamRunResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'git-processes-'));
  gitIn(dir, ['init', '--quiet']);
  writeFiles(dir, { 'CLAUDE.md': '# acme\n\n## Style\n\n- Keep functions small.\n', 'AGENTS.md': '# acme\n\n- Keep functions small.\n' });
  for (let n = 1; n <= 3; n++) writeSession(dir, n + 1, n, [turns.pytest]);
  writeSession(dir, 5, 4, [turns.pytest], 'codex');
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '--quiet', '-m', 'memory and sessions']);
  // A pass whose lessons were merged as they stand: efficacy then looks up who wrote each memory line.
  first = await dream(dir, '2026-11-06T10:00:00Z');
  for (const c of first.changes) writeFileSync(path.join(dir, c.path), c.after);
  writeFiles(dir, { [LEDGER]: first.ledgerText });
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '--quiet', '-m', 'dream: memory edits']);

  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = mkdtempSync(path.join(os.tmpdir(), 'git-wrapper-'));
  log = path.join(bin, 'calls.log');
  writeFileSync(log, '');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  outerPath = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${outerPath ?? ''}`;
});

afterAll(() => {
  process.env.PATH = outerPath;
});

describe('a pass with nothing new in a checkout', () => {
  it('asks git each question once: one rev-parse for the work tree, and blame alone for a memory file', async () => {
    expect(first.changes.length).toBeGreaterThan(0);
    const again = await dream(dir, '2026-11-07T10:00:00Z');
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(again.report.sessions.read).toBe(0);
    expect(again.report.sessions.filesUnchanged).toBe(4);
    // The efficacy pass did look: every memory file the lessons went to was blamed.
    const blamed = calls.filter((c) => c.startsWith('blame '));
    expect(blamed.length, calls.join('\n')).toBe(first.changes.length);
    // Its text is what blame printed: no `git show HEAD:<file>` beside it.
    expect(
      calls.filter((c) => /^show \S*:/.test(c)),
      calls.join('\n'),
    ).toEqual([]);
    // Inside a work tree, shallow, HEAD readable: one process for the three.
    expect(
      calls.filter((c) => c.startsWith('rev-parse ')),
      calls.join('\n'),
    ).toEqual(['rev-parse --is-inside-work-tree --is-shallow-repository --verify --quiet HEAD']);
  });
});
