/**
 * The new readers over the real samples in ../shared/corpus, through `dream sessions --json` as a
 * user would run it. Skips cleanly where the corpus is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerSessionsCommand } from '../../src/cli/sessions.js';
import { silentLogger } from '../../src/log.js';
import type { FileSummary, HealthReport } from '../../src/transcripts/index.js';
import { readAll, repoRoot } from './helpers.js';

const corpus = resolve(repoRoot, '../shared/corpus');
const has = existsSync(corpus);

async function sessionsJson(...paths: string[]): Promise<{ files: FileSummary[]; health: HealthReport }> {
  let out = '';
  const program = new Command().exitOverride();
  registerSessionsCommand(program, { logger: silentLogger, write: (t) => (out += t) });
  await program.parseAsync(['node', 'dream', 'sessions', '--json', ...paths]);
  return JSON.parse(out) as { files: FileSummary[]; health: HealthReport };
}

describe.skipIf(!has)('real corpus: new formats through dream sessions --json', () => {
  it('reads all 194 mini-swe-agent trajectories with tool calls and exit codes', async () => {
    const dir = join(corpus, 'mini_swe_agent_trajs/trajs');
    const { files, health } = await sessionsJson(dir);
    expect(files).toHaveLength(194);
    expect(files.filter((f) => f.format !== 'mini-swe-agent-traj' || f.sessions !== 1 || f.toolCalls === 0 || f.issues.length > 0)).toEqual(
      [],
    );
    expect(health.warnings).toEqual([]);
    // Exit codes come from <returncode>: every trajectory has some, and failures among them.
    const { sessions } = await readAll(join(dir, 'psf__requests-1921.traj.json'));
    const s = sessions[0]!;
    expect(s.exitStatus).toBe('Submitted');
    const results = s.events.filter((e) => e.kind === 'tool_result');
    expect(results.length).toBeGreaterThan(10);
    expect(results.every((r) => r.kind !== 'tool_result' || r.exitCode !== undefined || !r.ok)).toBe(true);
    expect(s.events.some((e) => e.kind === 'environment_feedback')).toBe(true);
    expect(s.events.filter((e) => e.kind === 'user_prompt')).toEqual([expect.objectContaining({ task: true })]);
  }, 120_000);

  it('reads every SpecStory export of both layouts, with tool calls and the errors they hold', async () => {
    const { files } = await sessionsJson(join(corpus, 'specstory_getspecstory'), join(corpus, 'specstory_keyframe-blogger'));
    const md = files.filter((f) => f.file.endsWith('.md'));
    expect(md).toHaveLength(29);
    expect(md.filter((f) => f.format !== 'specstory-md' || f.sessions !== 1 || f.issues.length > 0)).toEqual([]);
    const byName = (n: string) => md.find((f) => f.file.endsWith(n))!;
    // Files SOURCE.txt names for their errors: tool_use_error and a rejection; lint "Exit code 1"; pip failures; "File has not been read yet".
    for (const n of [
      '2026-02-20_22-41-47Z-02-20-26-17.md',
      '2026-01-31_14-47-58Z-take-a-look-at.md',
      '2026-02-10_14-21-48Z-ok-read-at-docs.md',
      '2025-07-11_00-01-50Z-we-re-going-to.md',
      '2025-07-14_13-17-14Z-ok-we-have-a.md',
    ]) {
      expect([n, byName(n).toolCalls > 0, byName(n).toolErrors > 0]).toEqual([n, true, true]);
    }
    const sidechain = (await readAll(join(corpus, 'specstory_getspecstory/2026-02-09_22-30-00Z-in-at-specstory-cli.md'))).sessions[0]!;
    expect(sidechain.events.filter((e) => e.sidechain).length).toBeGreaterThan(30);
  }, 120_000);

  it('reads the three Gemini CLI layouts', async () => {
    const { files } = await sessionsJson(join(corpus, 'gemini-cli_VibeCodingTracker'));
    expect(files.map((f) => [f.file.split('/').pop(), f.format, f.sessions, f.toolCalls > 0])).toEqual([
      ['session-2025-10-05-json-string-content.json', 'gemini-cli-chat', 1, false],
      ['session-2026-03-27-json-parts-content.json', 'gemini-cli-chat', 1, true],
      ['session-2026-04-23-jsonl.jsonl', 'gemini-cli-chat', 1, true],
    ]);
    // 12 toolCalls in the JSONL once each id keeps only its last record (5 ids repeat).
    expect(files[2]!.toolCalls).toBe(12);
    expect(files[1]!.toolCalls).toBe(7);
  });
});
