/**
 * `dream sessions` on worker threads prints exactly what it prints on one: the same rows, the same
 * health report and the same debug lines in the same order, whatever the thread count (real workers,
 * booted from the TypeScript sources).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { expandTranscriptPaths, registerSessionsCommand } from '../../src/cli/sessions.js';
import { summarizeOnThreads } from '../../src/cli/sessions-threads.js';
import { HealthCollector } from '../../src/transcripts/index.js';
import type { Logger } from '../../src/model/index.js';
import { fixtures, repoRoot } from '../transcripts/helpers.js';

function recorder(log: string[]): Logger {
  return {
    debug: (m) => log.push(`debug ${m}`),
    info: (m) => log.push(`info ${m}`),
    warning: (m) => log.push(`warning ${m}`),
    error: (m) => log.push(`error ${m}`),
  };
}

/** stdout and the debug log of `dream sessions ARGS`. */
async function sessions(args: string[]): Promise<{ out: string; log: string[] }> {
  let out = '';
  const log: string[] = [];
  const logger = recorder(log);
  const program = new Command().exitOverride();
  registerSessionsCommand(program, { logger, write: (t) => (out += t) });
  await program.parseAsync(['node', 'dream', 'sessions', ...args]);
  return { out, log };
}

describe('dream sessions --threads', () => {
  it('prints the same JSON, table and debug log on 1, 2 and 3 threads', async () => {
    // Every fixture transcript (the directory is walked): small files of every format, bad ones among them.
    for (const json of [true, false]) {
      const args = [...(json ? ['--json'] : []), fixtures];
      const one = await sessions(['--threads', '1', ...args]);
      expect(one.log.filter((l) => /: unknown format|malformed|ignored record types/.test(l)).length).toBeGreaterThan(3);
      if (json) expect((JSON.parse(one.out) as { files: unknown[] }).files.length).toBeGreaterThan(15);
      for (const threads of ['2', '3']) expect(await sessions(['--threads', threads, ...args])).toEqual(one);
    }
  });

  it('hands on the same summaries, health and log whether this thread or a worker read each file', async () => {
    const files = await expandTranscriptPaths([fixtures]);
    const read = async (threads: number, pause: number) => {
      const log: string[] = [];
      const health = new HealthCollector();
      const rows: unknown[] = [];
      const run = summarizeOnThreads(files, { threads, logger: recorder(log), health });
      let step = await run.next();
      // This thread reads only when the next summary is not there: while the consumer waits, the
      // booted worker takes the files ahead, so both kinds of reader are exercised.
      await new Promise((r) => setTimeout(r, pause));
      while (!step.done) {
        rows.push(step.value);
        step = await run.next();
      }
      return { rows, health: health.report(), log, byWorkers: step.value.byWorkers };
    };
    const one = await read(1, 0);
    expect(one.byWorkers).toBe(0);
    const two = await read(2, 8_000);
    expect(two.byWorkers).toBeGreaterThan(0);
    expect(two.byWorkers).toBeLessThan(files.length);
    expect({ ...two, byWorkers: 0 }).toEqual(one);
  }, 30_000);

  const corpus = resolve(repoRoot, '../shared/corpus');
  it.skipIf(!existsSync(corpus))('reads the real corpus to the same JSON and log on 1 and 2 threads', async () => {
    const one = await sessions(['--json', '--threads', '1', corpus]);
    expect(JSON.parse(one.out).health.totals.sessions).toBeGreaterThan(100);
    expect(await sessions(['--json', '--threads', '2', corpus])).toEqual(one);
  });
});
