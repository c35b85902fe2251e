/**
 * Parallel and sharded passes: `node --import tsx bench/parallel.bench.ts [--sessions N] [--shards S] [--big]`.
 *
 * Generates N sessions (default 5,000; --big: 100,000) like pipeline.bench.ts (recurring mistakes,
 * instructions, one-off noise, filler output), then, each in its own process:
 *   baseline: the bare loop, one thread: read each file, split lines, JSON.parse each (no readers);
 *   dream, 1 thread and dream, every core: runDream with the offline engine;
 *   map x S, one after another, then reduce: the sharded pass, its digest sizes and the reduce time.
 * Prints each as a ratio against the baseline from the same run, and checks that the sharded and
 * threaded passes proposed the same diff as the single-thread pass.
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
const WORDS = 'alpha bravo cedar delta ember falcon garnet harbor indigo juniper kestrel lumen maple nectar onyx pepper quartz raven sierra tundra'.split(' ');
const word = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
const letters = (n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join('');

function turnsFor(bytes: number): Turn[] {
  const turns: Turn[] = [{ user: `Please fix the ${word()} ${word()} handling` }];
  for (let k = 0; k < 2; k++) {
    const tool = `${word()}${word()}`;
    turns.push({ bash: `${tool} build`, out: `error: ${tool} requires --${word()}-mode`, error: true, exit: 1 }, { bash: `${tool} build --strict-mode`, out: 'build finished', exit: 0 });
  }
  if (rand() < 0.3) turns.push({ user: 'Always use pnpm, not npm, in this repo.' });
  const t = letters(8);
  turns.push({ bash: `make ${t}`, out: `make: *** No rule to make target '${t}'. Stop.`, error: true, exit: 2 }, { bash: `make ${t}-${letters(5)}`, out: 'done', exit: 0 });
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
    const text = rand() < 0.7 ? claudeCodeSession(id, day, '/repo', turnsFor(bytesPerSession)) : codexRollout(id, day, '/repo', turnsFor(bytesPerSession));
    writeFileSync(path.join(dir, `${id}.jsonl`), text);
    bytes += text.length;
  }
  return bytes;
}

interface Child {
  ms: number;
  rssMb: number;
  sessions?: number;
  diffHash?: string;
  bytes?: number;
}

const GLOB = 'sessions/**/*.jsonl';

async function child(mode: string, root: string, extra: string): Promise<Child> {
  const { silentLogger } = await import('../src/log.js');
  const start = performance.now();
  const done = (r: Omit<Child, 'ms' | 'rssMb'>): Child => ({ ...r, ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024 });
  if (mode === 'bare') {
    const { expandSessionGlobs } = await import('../src/sources/globs.js');
    let records = 0;
    for (const f of await expandSessionGlobs(root, [GLOB], { logger: silentLogger }))
      for (const line of readFileSync(path.join(root, f), 'utf8').split('\n')) if (line) records += JSON.parse(line) ? 1 : 0;
    return done({ sessions: records });
  }
  if (mode === 'map') {
    const { mapShard } = await import('../src/pipeline/map.js');
    const [index, count] = extra.split('/').map(Number) as [number, number];
    const r = await mapShard({ repoDir: root, sessions: [GLOB], ledgerPath: '.dreaming/ledger.json', shard: { index, count }, threads: 1, logger: silentLogger });
    const { encodeDigestFile } = await import('../src/pipeline/digest.js');
    const data = encodeDigestFile(r.text);
    writeFileSync(path.join(root, 'digests', `${index}.json.gz`), data);
    return done({ sessions: r.sessions, bytes: data.length });
  }
  const { runDream } = await import('../src/pipeline/run.js');
  const { parseDigest, decodeDigestFile } = await import('../src/pipeline/digest.js');
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
  return done({ sessions: r.report.sessions.read, diffHash: createHash('sha256').update(r.diff + r.ledgerText).digest('hex').slice(0, 12) });
}

function run(mode: string, root: string, extra = ''): Child {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, root, extra], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} ${extra} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Child;
}

async function main(): Promise<void> {
  const at = args.indexOf('--child');
  if (at >= 0) return void process.stdout.write(JSON.stringify(await child(args[at + 1]!, args[at + 2]!, args[at + 3] ?? '')) + '\n');
  const sessions = Number(argOf('--sessions') ?? (args.includes('--big') ? 100_000 : 5_000));
  const shards = Number(argOf('--shards') ?? 10);
  const root = mkdtempSync(path.join(tmpdir(), 'parallel-bench-'));
  try {
    const mb = generate(root, sessions, Number(argOf('--bytes') ?? 20_000)) / 1024 / 1024;
    mkdirSync(path.join(root, 'digests'));
    console.log(`corpus: ${sessions} sessions, ${mb.toFixed(0)} MB; ${availableParallelism()} cores`);
    const bare = run('bare', root);
    const one = run('dream', root, '1');
    const all = run('dream', root, String(Math.min(4, availableParallelism())));
    const maps = Array.from({ length: shards }, (_, i) => run('map', root, `${i}/${shards}`));
    const reduce = run('reduce', root);
    const line = (name: string, c: Child): string =>
      `${name.padEnd(30)} ${(c.ms / 1000).toFixed(1).padStart(7)} s  ${(mb / (c.ms / 1000)).toFixed(1).padStart(6)} MB/s  ${(bare.ms / c.ms).toFixed(2).padStart(5)}x the bare loop  peak RSS ${c.rssMb.toFixed(0)} MB`;
    console.log(line('baseline: bare split+JSON.parse', bare));
    console.log(line('dream, 1 thread', one));
    console.log(line(`dream, ${Math.min(4, availableParallelism())} threads`, all));
    const mapMs = maps.reduce((n, m) => n + m.ms, 0);
    const maxDigest = Math.max(...maps.map((m) => m.bytes ?? 0));
    console.log(line(`map, ${shards} shards one after another`, { ms: mapMs, rssMb: Math.max(...maps.map((m) => m.rssMb)) }));
    console.log(line('reduce', reduce));
    console.log(`full pass (every core) vs bare loop: ${(bare.ms / all.ms).toFixed(2)}x (target >= 1.0); 1 thread: ${(bare.ms / one.ms).toFixed(2)}x`);
    console.log(`ingest vs native ccusage: ccusage is not installed offline here, so the baseline is the bare loop above`);
    console.log(`map/reduce: ${sessions / shards} sessions a shard, largest digest ${(maxDigest / 1024 / 1024).toFixed(2)} MB (target < 5 MB), reduce ${(reduce.ms / 1000).toFixed(1)} s (target < 60 s at 100k)`);
    const same = one.diffHash === all.diffHash && one.diffHash === reduce.diffHash;
    console.log(`same diff and ledger: 1 thread ${one.diffHash}, every core ${all.diffHash}, map/reduce ${reduce.diffHash}: ${same ? 'identical' : 'DIFFERENT'}`);
    if (!same) process.exitCode = 1;
  } finally {
    if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
  }
}

await main();
