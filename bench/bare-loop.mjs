// The baseline issue 15 states its throughput targets against: one thread reads every JSONL file
// whole, splits it into lines and JSON.parses each, and does nothing else (no detection, no
// normalisation, no redaction). `node bench/bare-loop.mjs DIR...` walks each directory; run as
// its own process by the benches, so it pays the same process start as the programs it is the
// baseline of. Plain JavaScript, so no compiler's start-up is timed with it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

let records = 0;
for (const dir of process.argv.slice(2)) {
  const files = readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  for (const f of files)
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) if (line) records += JSON.parse(line) ? 1 : 0;
}
if (records === 0) throw new Error(`no JSONL records under ${process.argv.slice(2).join(' ')}`);
process.stdout.write(`${records}\n`);
