/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process, so each one's peak RSS is its own.
 * Each bench prints its baseline, measured in the same run, beside its ratio; the run ends with a
 * table of every issue-15 figure and its target (bench/summary.ts), and the load average, since
 * the figures are timings on a machine that may be shared.
 * Extra arguments are passed to every bench (for example `npm run bench -- --mb 1024`).
 * The bundle that ships is built once, into a temporary directory, for the benches that run it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ENV, buildBundle } from './bundle.js';
import { SUMMARY_ENV, formatSummary } from './summary.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.env.BENCH;
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
const work = mkdtempSync(path.join(tmpdir(), 'dream-bench-run-'));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
let failed = 0;
try {
  const bundle = path.join(work, 'bundle');
  buildBundle(bundle);
  const summary = path.join(work, 'summary.jsonl');
  const started = performance.now();
  process.stdout.write(`load average at the start: ${load()} on ${availableParallelism()} CPUs\n`);
  for (const bench of benches) {
    process.stdout.write(`\n=== ${bench} ===\n`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, bench), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [BUNDLE_ENV]: bundle, [SUMMARY_ENV]: summary },
    });
    if (r.status !== 0) {
      failed++;
      process.stdout.write(`${bench} exited with ${r.status ?? r.signal}\n`);
    }
  }
  process.stdout.write(`\n=== issue 15: every figure and its target ===\n${formatSummary(summary)}`);
  process.stdout.write(
    `benches took ${((performance.now() - started) / 60_000).toFixed(1)} min; load average at the end: ${load()} on ${availableParallelism()} CPUs\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
