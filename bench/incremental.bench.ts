/**
 * Incremental passes: `node --import tsx bench/incremental.bench.ts [--sizes 1000,10000,30000] [--big] [--kb K]
 * [--threads T] [--rounds R] [--timings] [--tsx] [--keep]`.
 *
 * For each size N, a generated corpus of N Claude Code and Codex sessions (about --kb KB each), and
 * each pass in its own process so its peak RSS is its own:
 *   cold:        runDream with no ledger (the baseline of the rows below, from the same run);
 *   nothing new: runDream again with the ledger the cold pass wrote (target: at most 5% of cold);
 *   10% new:     on a copy of the corpus with N/10 sessions added and a hundredth of the old transcripts
 *                grown by an appended turn, runDream with the cold pass's ledger (target: at most 20% of cold).
 * The three run in turn, R rounds (default 3 up to 10,000 sessions, 1 above); each row is the round
 * with the least CPU (user + system of the pass, worker threads included), with the highest peak RSS.
 * The passes run the bundled code, as dist ships it (--tsx: the sources, for profiles that name them).
 * Printed per size: each pass's CPU time and its ratio to cold; peak RSS against the target (300 MB)
 * and against a baseline process that loads the same modules and reads nothing (from the same run);
 * the ledger's size, its bytes per session, and the ratio of those to the corpus's bytes per session.
 * --timings adds each pass's stage times. --big adds 100,000 sessions. --keep leaves the corpora in
 * the temporary directories it prints, the 10%-new one with .dreaming/ledger-before-10pct.json: copy
 * it over .dreaming/ledger.json and run `node --import tsx bench/incremental.bench.ts --child DIR`
 * to run that pass again (or the nothing-new pass, on the first directory).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeCodeSession, codexRollout, type Turn } from '../test/helpers/transcript-builders.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PER_DIR = 1000;
const LEDGER = '.dreaming/ledger.json';

let seed = 0x1b873593;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const letters = (n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join('');
const LESSONS = Array.from({ length: 40 }, (_, i) => ({ tool: `tool${letters(5)}${i}`, flag: `--mode-${letters(4)}` }));

function turns(bytes: number): Turn[] {
  const out: Turn[] = [{ user: `Please fix the ${letters(6)} module` }];
  for (let k = 0; k < 2; k++) {
    const l = LESSONS[Math.floor(rand() * LESSONS.length)]!;
    out.push(
      { bash: `${l.tool} build`, out: `error: ${l.tool} requires ${l.flag}`, error: true, exit: 1 },
      { bash: `${l.tool} build ${l.flag}`, out: 'ok', exit: 0 },
    );
  }
  const t = letters(8);
  out.push({ bash: `make ${t}`, out: `make: *** No rule to make target '${t}'. Stop.`, error: true, exit: 2 });
  let size = 600;
  while (size < bytes) {
    const text = Array.from({ length: 60 }, () => letters(6)).join(' ');
    out.push({ bash: `cat src/${letters(5)}.ts`, out: text, exit: 0 });
    size += text.length + 300;
  }
  out.push({ say: 'Done.' });
  return out;
}

function sessionFile(root: string, i: number, kb: number): void {
  const dir = path.join(root, 'sessions', `part-${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`);
  mkdirSync(dir, { recursive: true });
  const id = `${String(i).padStart(8, '0')}-${letters(4)}-4${letters(3)}-8${letters(3)}-${String(i).padStart(12, '0')}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const text =
    rand() < 0.7
      ? claudeCodeSession(id, day, '/repo', turns(kb * 1024))
      : codexRollout(id, day, '/repo', turns(kb * 1024), '- Keep functions short.');
  writeFileSync(path.join(dir, `${id}.jsonl`), text);
}

/** Appends a turn of the same session to a Claude Code transcript: a session that went on. */
function grow(file: string): boolean {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0]!;
  const rec = JSON.parse(first) as { sessionId?: string };
  if (!rec.sessionId) return false;
  appendFileSync(
    file,
    claudeCodeSession(rec.sessionId, '28', '/repo', [{ user: 'one more thing' }, { bash: 'make check', out: 'ok', exit: 0 }]),
  );
  return true;
}

interface PassResult {
  read: number;
  unchanged: number;
  resumed: number;
  ms: number;
  peakRssMb: number;
  ledgerBytes: number;
  /** User + system CPU of the pass: steadier than wall time on a shared machine. */
  cpuMs: number;
  timings: Record<string, number>;
}

async function child(root: string): Promise<void> {
  if (root === '--baseline') {
    await import('../src/pipeline/run.js');
    await import('../src/engine/offline/index.js');
    process.stdout.write(`${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
    return;
  }
  const { runDream } = await import('../src/pipeline/run.js');
  const { OfflineEngine } = await import('../src/engine/offline/index.js');
  const { defaultDreamOptions } = await import('../src/engine/options.js');
  const { silentLogger } = await import('../src/log.js');
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await runDream({
    repoDir: root,
    sessions: ['sessions/**/*.jsonl'],
    engine: new OfflineEngine(),
    options: defaultDreamOptions,
    ledgerPath: LEDGER,
    logger: silentLogger,
    // Readers on this thread alone or on workers (default: the pass's own choice); workers add their own heap to peak RSS.
    ...(argOf('--threads') ? { threads: Number(argOf('--threads')) } : {}),
  });
  mkdirSync(path.join(root, '.dreaming'), { recursive: true });
  writeFileSync(path.join(root, LEDGER), r.ledgerText);
  const result: PassResult = {
    read: r.report.sessions.read,
    unchanged: r.report.sessions.filesUnchanged ?? 0,
    resumed: r.report.sessions.filesResumed ?? 0,
    ms: performance.now() - start,
    cpuMs: ((c) => (c.user + c.system) / 1000)(process.cpuUsage(cpu0)),
    timings: r.report.timings,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ledgerBytes: Buffer.byteLength(r.ledgerText),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * The passes run what ships: this file and the read worker bundled as dist bundles them (the sources
 * through tsx would recompile every module in each worker, which is no cost a user pays). `--tsx` runs
 * the sources instead, for a profile that names them.
 */
async function bundled(): Promise<{ entry: string; dir: string } | undefined> {
  if (args.includes('--tsx')) return undefined;
  const { build } = await import('esbuild');
  const dir = mkdtempSync(path.join(tmpdir(), 'incremental-bundle-'));
  const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  await build({
    entryPoints: { 'incremental.bench': fileURLToPath(import.meta.url), 'read-worker': path.join(repo, 'src/pipeline/read-worker.ts') },
    outdir: dir,
    // The pass finds its worker beside the chunk that spawns it, as dist/read-worker.js is found.
    splitting: true,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    logLevel: 'warning',
    loader: { '.md': 'text' },
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  return { entry: path.join(dir, 'incremental.bench.js'), dir };
}

let runner: string[] = ['--import', 'tsx', fileURLToPath(import.meta.url)];

function pass(root: string): PassResult {
  const threads = argOf('--threads');
  const extra = threads ? ['--threads', threads] : [];
  const r = spawnSync(process.execPath, [...runner, '--child', root, ...extra], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`pass failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as PassResult;
}

/** Peak RSS of a process that loads the pass's modules and reads nothing: what every pass pays first. */
function baselineRssMb(): number {
  return (pass('--baseline') as unknown as { peakRssMb: number }).peakRssMb;
}

/** The round with the least CPU, and the highest peak RSS of all rounds. */
function best(rounds: PassResult[]): PassResult {
  const min = rounds.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  return { ...min, peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)) };
}

function bench(n: number, kb: number, rounds: number): void {
  const root = mkdtempSync(path.join(tmpdir(), 'incremental-bench-'));
  // The corpus after 10% new data: a copy, so each round's 10%-new pass starts from that round's cold ledger.
  const grownRoot = `${root}-10pct`;
  const coldLedger = path.join(root, LEDGER);
  try {
    const g0 = performance.now();
    for (let i = 0; i < n; i++) sessionFile(root, i, kb);
    // Same mtimes, so the copy's untouched files are as dreamed as the original's.
    spawnSync('cp', ['-a', root, grownRoot]);
    const added = Math.ceil(n / 10);
    for (let i = n; i < n + added; i++) sessionFile(grownRoot, i, kb);
    let grown = 0;
    for (let i = 0; i < n && grown < Math.ceil(n / 100); i += 10) {
      const dir = path.join(grownRoot, 'sessions', `part-${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`);
      const name = `${String(i).padStart(8, '0')}-`;
      const file = readdirSync(dir).find((f) => f.startsWith(name));
      if (file && grow(path.join(dir, file))) grown++;
    }
    console.log(
      `\n${n} sessions of about ${kb} KB in ${root}, generated in ${((performance.now() - g0) / 1000).toFixed(1)} s; ${rounds} round(s)`,
    );
    const runs = { cold: [] as PassResult[], nothing: [] as PassResult[], tenth: [] as PassResult[] };
    for (let r = 0; r < rounds; r++) {
      rmSync(coldLedger, { force: true });
      runs.cold.push(pass(root));
      runs.nothing.push(pass(root));
      mkdirSync(path.join(grownRoot, '.dreaming'), { recursive: true });
      copyFileSync(coldLedger, path.join(grownRoot, LEDGER));
      // --keep leaves the ledger the 10%-new pass started from, to profile that pass again with `--child`.
      if (args.includes('--keep')) copyFileSync(coldLedger, path.join(grownRoot, '.dreaming/ledger-before-10pct.json'));
      runs.tenth.push(pass(grownRoot));
    }
    const [cold, nothing, tenth] = [best(runs.cold), best(runs.nothing), best(runs.tenth)];
    const baseRss = baselineRssMb();
    const sessionsInLedger = n + added;
    const row = (name: string, r: PassResult): string =>
      `${name.padEnd(14)} ${(r.ms / 1000).toFixed(2).padStart(7)} s wall ${(r.cpuMs / 1000).toFixed(2).padStart(7)} s CPU  ${((100 * r.cpuMs) / cold.cpuMs).toFixed(1).padStart(5)}% of cold's CPU  read ${String(r.read).padStart(6)}  unchanged ${String(r.unchanged).padStart(6)}  resumed ${String(r.resumed).padStart(4)}  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB (${(r.peakRssMb / 300).toFixed(2)}x the 300 MB target, ${(r.peakRssMb / baseRss).toFixed(2)}x the ${baseRss.toFixed(0)} MB baseline)`;
    console.log(row('cold', cold));
    console.log(row('nothing new', nothing) + `  target <= 5%: ${nothing.cpuMs / cold.cpuMs <= 0.05 ? 'met' : 'MISSED'}`);
    console.log(
      row(`10% new (+${added}, ${grown} grown)`.slice(0, 14), tenth) +
        `  target <= 20%: ${tenth.cpuMs / cold.cpuMs <= 0.2 ? 'met' : 'MISSED'}`,
    );
    if (args.includes('--timings'))
      for (const [k, r] of Object.entries({ cold, nothing, tenth })) console.log(`  ${k} stages (ms): ${JSON.stringify(r.timings)}`);
    const corpus = dirBytes(grownRoot);
    console.log(
      `ledger: ${(tenth.ledgerBytes / 1024).toFixed(0)} KB for ${sessionsInLedger} sessions = ${(tenth.ledgerBytes / sessionsInLedger).toFixed(1)} bytes/session` +
        ` (after the cold pass ${(cold.ledgerBytes / n).toFixed(1)}); corpus ${(corpus / 1024 / 1024).toFixed(0)} MB` +
        ` = ${(corpus / sessionsInLedger).toFixed(0)} bytes/session, so the ledger is ${((100 * tenth.ledgerBytes) / corpus).toFixed(2)}% of the corpus`,
    );
  } finally {
    if (!args.includes('--keep')) for (const dir of [root, grownRoot]) rmSync(dir, { recursive: true, force: true });
  }
}

function dirBytes(root: string): number {
  const out = spawnSync('du', ['-sb', path.join(root, 'sessions')], { encoding: 'utf8' }).stdout;
  return Number(out.split('\t')[0]) || statSync(root).size;
}

const childAt = args.indexOf('--child');
if (childAt >= 0) await child(args[childAt + 1]!);
else {
  const sizes = (argOf('--sizes') ?? '1000,10000,30000').split(',').map(Number);
  if (args.includes('--big')) sizes.push(100_000);
  const kb = Number(argOf('--kb') ?? 4);
  const bundle = await bundled();
  if (bundle) runner = [bundle.entry];
  console.log(bundle ? 'passes run the bundled code (as dist ships it)' : 'passes run the TypeScript sources through tsx (--tsx)');
  try {
    for (const n of sizes) bench(n, kb, Number(argOf('--rounds') ?? (n <= 10_000 ? 3 : 1)));
  } finally {
    if (bundle) rmSync(bundle.dir, { recursive: true, force: true });
  }
}
