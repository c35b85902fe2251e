/**
 * Memory that runs a program by its path (`~/Library/Android/sdk/platform-tools/adb devices`, `bin/rails test`) says
 * how to reach it. When the agent ran the program by its bare name and the shell did not find it, memory was not
 * followed: it was not wrong. Round 20's CLAUDE.md gives adb's full path in every command; a session's `adb devices`
 * failed with "command not found: adb", and on main that read as "Memory says `~/Library/…/adb devices`, which failed"
 * (a pattern about memory being wrong, once adb's subcommand was read). End to end through the real readers, miners
 * and offline engine, over tools, paths and agents other than round 20's. Control: memory's own command, run as
 * written, failing is still memory failing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';

const CWD = '/home/dev/tides';
const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });

/** Dreams two sessions (Claude Code, then Codex) against `memory`; the patterns about memory failing and every edit. */
async function dream(memory: string, turns: Turn[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'memory-paths-'));
  try {
    writeFileSync(path.join(dir, 'CLAUDE.md'), memory);
    writeFileSync(path.join(dir, 'AGENTS.md'), memory);
    mkdirSync(path.join(dir, 'logs'));
    const all: Turn[] = [{ user: 'The tide chart is empty for Sundays; please fix it.' }, ...turns];
    writeFileSync(path.join(dir, 'logs', 's0.jsonl'), claudeCodeSession('0a1c5e00-0000-4000-8000-000000000000', '10', CWD, all));
    writeFileSync(path.join(dir, 'logs', 'rollout-s1.jsonl'), codexRollout('0b1c5e00-0000-4000-8000-000000000001', '12', CWD, all));
    const r = await runDream({
      repoDir: dir,
      sessions: ['logs/**/*.json*'],
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, minSupport: 2 },
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-30T00:00:00Z'),
    });
    return {
      memoryFailed: r.report.patterns.filter((p) => p.kind === 'memory_failure').map((p) => p.summary),
      edits: r.report.edits.map((e) => `${e.op} ${e.before ?? ''} -> ${e.after ?? ''}`),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('memory that names a program by its path was not followed, not wrong, when the bare name was not found', () => {
  it.each<[string, string, Turn[]]>([
    [
      'an SDK tool under the home folder',
      '# CLAUDE.md\n\n- Check the device with `~/Library/Android/sdk/platform-tools/adb devices`.\n',
      [run('adb devices', 'zsh:1: command not found: adb', 127), run('./gradlew installDebug', 'BUILD SUCCESSFUL')],
    ],
    [
      "a project's binstub",
      '# CLAUDE.md\n\n- Run the tests with `bin/rails test`.\n',
      [run('rails test', 'bash: rails: command not found', 127), run('bundle exec rspec', '12 examples, 0 failures')],
    ],
    [
      'a tool in a vendored folder, with options',
      '# CLAUDE.md\n\n- Lint with `./tools/bin/tidelint --strict src`.\n',
      [run('tidelint --strict src', '/bin/sh: 1: tidelint: not found', 127), run('npm test', '3 passing')],
    ],
  ])('%s', async (_, memory, turns) => {
    const { memoryFailed, edits } = await dream(memory, turns);
    expect(memoryFailed).toEqual([]);
    expect(edits).toEqual([]);
  });
});

describe('control: memory run as written that fails is memory failing', () => {
  it('the path as memory gives it, refused by the device', async () => {
    const { memoryFailed } = await dream(
      '# CLAUDE.md\n\n- Refresh with `~/sdk/platform-tools/adb shell am broadcast -a com.tide.REFRESH`.\n',
      [
        run(
          '~/sdk/platform-tools/adb shell am broadcast -a com.tide.REFRESH',
          'java.lang.SecurityException: Permission Denial: not allowed to send broadcast',
          255,
        ),
      ],
    );
    expect(memoryFailed.length).toBeGreaterThan(0);
  });
});
