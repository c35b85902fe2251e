/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process, so each one's peak RSS is its own.
 * Each bench prints its baseline, measured in the same run, beside its ratio.
 * Extra arguments are passed to every bench (for example `npm run bench -- --mb 1024`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.env.BENCH;
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, bench), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`${bench} exited with ${r.status ?? r.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
