/**
 * Parallel and sharded passes:
 *   `node --import tsx bench/parallel.bench.ts [--sessions N,M...] [--shards S] [--rounds R] [--bytes B] [--big]`.
 *
 * For each size (default 1,000 and 10,000 sessions; --big: 100,000) generates a corpus like
 * pipeline.bench.ts (recurring mistakes, instructions, one-off noise, filler output), then, each in
 * its own process and R rounds interleaved (default 3; the minimum of each is kept, because the
 * machine is shared and timings are noisy):
 *   baseline: the bare loop, one thread: read each file, split lines, JSON.parse each (no readers);
 *   dream, 1 thread and dream, every core: runDream with the offline engine;
 * then once, map x S one after another and the reduce: the sharded pass, its digest sizes and the
 * reduce time. Prints each as a ratio against the baseline from the same run, and checks that the
 * sharded and threaded passes proposed the same diff and ledger as the single-thread pass.
 * With --big only the bare loop and map/reduce run (a single pass over 100,000 sessions is what
 * the shards are for).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeCodeSession, codexRollout, type Turn } from '../test/helpers/transcript-builders.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const PER_DIR = 1000;

let seed = 0x1b873593;
const rand = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const WORDS =
  'alpha bravo cedar delta ember falcon garnet harbor indigo juniper kestrel lumen maple nectar onyx pepper quartz raven sierra tundra'.split(
    ' ',
  );
const word = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
const letters = (n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join('');

function turnsFor(bytes: number): Turn[] {
  const turns: Turn[] = [{ user: `Please fix the ${word()} ${word()} handling` }];
  for (let k = 0; k < 2; k++) {
    const tool = `${word()}${word()}`;
    turns.push(
      { bash: `${tool} build`, out: `error: ${tool} requires --${word()}-mode`, error: true, exit: 1 },
      { bash: `${tool} build --strict-mode`, out: 'build finished', exit: 0 },
    );
  }
  if (rand() < 0.3) turns.push({ user: 'Always use pnpm, not npm, in this repo.' });
  const t = letters(8);
  turns.push(
    { bash: `make ${t}`, out: `make: *** No rule to make target '${t}'. Stop.`, error: true, exit: 2 },
    { bash: `make ${t}-${letters(5)}`, out: 'done', exit: 0 },
  );
  let size = 600;
  while (size < bytes) {
    const out = Array.from({ length: 80 }, () => Array.from({ length: 12 }, word).join(' ')).join('\n');
    turns.push({ say: `Reading the ${word()} sources.` }, { bash: `cat src/${word()}/${word()}.ts`, out, exit: 0 });
    size += out.length + 400;
  }
  return turns;
}

function generate(root: string, sessions: number, bytesPerSession: number): number {
  writeFileSync(path.join(root, 'CLAUDE.md'), '# Project\n\n- Prefer small commits.\n');
  let bytes = 0;
  for (let i = 0; i < sessions; i++) {
    const dir = path.join(root, 'sessions', `part-${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`);
    if (i % PER_DIR === 0) mkdirSync(dir, { recursive: true });
    const id = `${String(i).padStart(8, '0')}-${letters(4)}-4${letters(3)}-8${letters(3)}-${String(i).padStart(12, '0')}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text =
      rand() < 0.7
        ? claudeCodeSession(id, day, '/repo', turnsFor(bytesPerSession))
        : codexRollout(id, day, '/repo', turnsFor(bytesPerSession));
    writeFileSync(path.join(dir, `${id}.jsonl`), text);
    bytes += text.length;
  }
  return bytes;
}

interface Child {
  ms: number;
  /** CPU time of every thread of the process: under a shared machine's load, steadier than wall time. */
  cpuMs?: number;
  rssMb: number;
  sessions?: number;
  diffHash?: string;
  bytes?: number;
}

const GLOB = 'sessions/**/*.jsonl';

async function child(mode: string, root: string, extra: string): Promise<Child> {
  // Loaded before the clock starts: tsx compiling the sources is not the pass's cost (the bundle has none).
  const { silentLogger } = await import('../src/log.js');
  const { expandSessionGlobs } = await import('../src/sources/globs.js');
  const { mapShard } = await import('../src/pipeline/map.js');
  const { parseDigest, decodeDigestFile, encodeDigestFile } = await import('../src/pipeline/digest.js');
  const start = performance.now();
  const cpu = process.cpuUsage();
  const done = (r: Omit<Child, 'ms' | 'cpuMs' | 'rssMb'>): Child => ({
    ...r,
    ms: performance.now() - start,
    cpuMs: (() => {
      const u = process.cpuUsage(cpu);
      return (u.user + u.system) / 1000;
    })(),
    rssMb: process.resourceUsage().maxRSS / 1024,
  });
  if (mode === 'bare') {
    let records = 0;
    for (const f of await expandSessionGlobs(root, [GLOB], { logger: silentLogger }))
      for (const line of readFileSync(path.join(root, f), 'utf8').split('\n')) if (line) records += JSON.parse(line) ? 1 : 0;
    return done({ sessions: records });
  }
  if (mode === 'map') {
    const [index, count] = extra.split('/').map(Number) as [number, number];
    const r = await mapShard({
      repoDir: root,
      sessions: [GLOB],
      ledgerPath: '.dreaming/ledger.json',
      shard: { index, count },
      threads: 1,
      logger: silentLogger,
    });
    const data = encodeDigestFile(r.text);
    writeFileSync(path.join(root, 'digests', `${index}.json.gz`), data);
    return done({ sessions: r.sessions, bytes: data.length });
  }
  const { runDream } = await import('../src/pipeline/run.js');
  const { OfflineEngine } = await import('../src/engine/offline/index.js');
  const { defaultDreamOptions } = await import('../src/engine/options.js');
  const digests =
    mode === 'reduce'
      ? readdirSync(path.join(root, 'digests')).map((f) => parseDigest(decodeDigestFile(readFileSync(path.join(root, 'digests', f)), f), f))
      : undefined;
  const r = await runDream({
    repoDir: root,
    sessions: [GLOB],
    engine: new OfflineEngine(),
    options: defaultDreamOptions,
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-12-01T00:00:00Z'),
    ...(mode === 'dream' ? { threads: Number(extra) } : {}),
    ...(digests ? { digests } : {}),
  });
  return done({
    sessions: r.report.sessions.read,
    diffHash: createHash('sha256')
      .update(r.diff + r.ledgerText)
      .digest('hex')
      .slice(0, 12),
  });
}

function run(mode: string, root: string, extra = ''): Child {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, root, extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${mode} ${extra} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Child;
}

async function main(): Promise<void> {
  const at = args.indexOf('--child');
  if (at >= 0) return void process.stdout.write(JSON.stringify(await child(args[at + 1]!, args[at + 2]!, args[at + 3] ?? '')) + '\n');
  const big = args.includes('--big');
  const sizes = (argOf('--sessions') ?? (big ? '100000' : '1000,10000')).split(',').map(Number);
  const shards = Number(argOf('--shards') ?? 10);
  const rounds = Number(argOf('--rounds') ?? 3);
  let same = true;
  for (const sessions of sizes) same = bench(sessions, { shards, rounds, big }) && same;
  if (!same) process.exitCode = 1;
}

const fastest = (runs: Child[]): Child => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

function bench(sessions: number, o: { shards: number; rounds: number; big: boolean }): boolean {
  const root = mkdtempSync(path.join(tmpdir(), 'parallel-bench-'));
  const cores = Math.min(4, availableParallelism());
  try {
    const mb = generate(root, sessions, Number(argOf('--bytes') ?? 20_000)) / 1024 / 1024;
    mkdirSync(path.join(root, 'digests'));
    console.log(`\ncorpus: ${sessions} sessions, ${mb.toFixed(0)} MB; ${availableParallelism()} cores; min of ${o.rounds} round(s)`);
    const runs: Record<'bare' | 'one' | 'all', Child[]> = { bare: [], one: [], all: [] };
    for (let r = 0; r < o.rounds; r++) {
      runs.bare.push(run('bare', root));
      if (o.big) continue;
      runs.one.push(run('dream', root, '1'));
      runs.all.push(run('dream', root, String(cores)));
    }
    const maps = Array.from({ length: o.shards }, (_, i) => run('map', root, `${i}/${o.shards}`));
    const reduce = run('reduce', root);
    const bare = fastest(runs.bare);
    const line = (name: string, c: Child): string =>
      `${name.padEnd(34)} ${(c.ms / 1000).toFixed(1).padStart(7)} s  ${(mb / (c.ms / 1000)).toFixed(1).padStart(6)} MB/s  ${(bare.ms / c.ms).toFixed(2).padStart(5)}x the bare loop  CPU ${((c.cpuMs ?? 0) / 1000).toFixed(1)} s (${(bare.cpuMs! / (c.cpuMs ?? NaN)).toFixed(2)}x)  peak RSS ${c.rssMb.toFixed(0)} MB`;
    console.log(line('baseline: bare split+JSON.parse', bare));
    const mapMs = maps.reduce((n, m) => n + m.ms, 0);
    const digests = maps.map((m) => m.bytes ?? 0);
    console.log(
      line(`map, ${o.shards} shards one after another`, {
        ms: mapMs,
        cpuMs: maps.reduce((n, m) => n + (m.cpuMs ?? 0), 0),
        rssMb: Math.max(...maps.map((m) => m.rssMb)),
      }),
    );
    console.log(line('reduce', reduce));
    console.log(
      `map/reduce: ${sessions / o.shards} sessions a shard, digests ${(Math.min(...digests) / 1024 / 1024).toFixed(2)}-${(Math.max(...digests) / 1024 / 1024).toFixed(2)} MB (target < 5 MB), reduce ${(reduce.ms / 1000).toFixed(1)} s (target < 60 s at 100k)`,
    );
    if (o.big) return true;
    const one = fastest(runs.one);
    const all = fastest(runs.all);
    console.log(line('dream, 1 thread', one));
    console.log(line(`dream, ${cores} threads`, all));
    console.log(
      `full pass vs bare loop: every core ${(bare.ms / all.ms).toFixed(2)}x (target >= 1.0); 1 thread ${(bare.ms / one.ms).toFixed(2)}x`,
    );
    const hashes = [...runs.one, ...runs.all].map((c) => c.diffHash);
    const same = hashes.every((h) => h === reduce.diffHash);
    console.log(
      `same diff and ledger, every round, 1 thread, ${cores} threads and map/reduce: ${same ? `identical (${reduce.diffHash})` : `DIFFERENT ${hashes.join(' ')} reduce ${reduce.diffHash}`}`,
    );
    return same;
  } finally {
    if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
  }
}

await main();
