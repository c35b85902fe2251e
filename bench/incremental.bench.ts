/**
 * Incremental passes: `node --import tsx bench/incremental.bench.ts [--sizes 1000,10000,30000] [--big] [--kb K]
 * [--threads T] [--rounds R] [--timings] [--keep]`.
 *
 * For each size N, a generated corpus of N Claude Code and Codex sessions (about --kb KB each), and
 * each pass a `dream run --write` process of the bundle that ships (bench/bundle.ts), so its time,
 * CPU and peak RSS are what a user's pass costs, start and module load included:
 *   cold:        no ledger (the baseline of the rows below, from the same run);
 *   nothing new: again, with the ledger and memory the cold pass wrote (target: at most 5% of cold);
 *   10% new:     the same corpus with N/10 sessions added and a hundredth of the old transcripts grown by an
 *                appended turn, in place, as transcripts grow between passes; a pass from the cold pass's
 *                ledger and memory (target: at most 20% of cold). The data is taken back after it.
 * The three run in turn, R rounds (default 3 up to 10,000 sessions, 1 above); each row is the round
 * with the least CPU (user + system, worker threads included), with the highest peak RSS of all rounds.
 * Printed per size: each pass's CPU time and its ratio to cold; peak RSS against the target (300 MB)
 * and against a baseline `dream run` that loads the same modules and reads nothing (from the same run),
 * whose CPU is also printed: the floor every pass pays, and the two rows' ratios beyond it; that floor with Node's
 * compile cache cold (a CI runner's every pass) and the rows' ratios then; and a pass that reads one session (the
 * read path's first run, which the compile cache does not hold: see floors());
 * the ledger's size, its bytes per session, and the ratio of those to the corpus's bytes per session.
 * --big adds 100,000 sessions.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { claudeCodeSession, codexRollout, type Turn } from '../test/helpers/transcript-builders.js';
import { bundleDir, measure } from './bundle.js';
import { recordFailure, recordFigure } from './summary.js';

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
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
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
  // Hex, as a real session's UUID: random letters spell a Slack token's prefix (xoxb-..., xoxs-...) a few times in
  // 100,000 ids, and the report, which lists ids, is then rightly refused as holding a secret.
  const id = `${String(i).padStart(8, '0')}-${hex(4)}-4${hex(3)}-8${hex(3)}-${String(i).padStart(12, '0')}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const text =
    rand() < 0.7
      ? claudeCodeSession(id, day, '/repo', turns(kb * 1024))
      : codexRollout(id, day, '/repo', turns(kb * 1024), '- Keep functions short.');
  writeFileSync(path.join(dir, `${id}.jsonl`), text);
}

/** A turn of the same session, to append to a Claude Code transcript: a session that went on. */
function moreOf(file: string): string | undefined {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0]!;
  const rec = JSON.parse(first) as { sessionId?: string };
  if (!rec.sessionId) return undefined;
  return claudeCodeSession(rec.sessionId, '28', '/repo', [{ user: 'one more thing' }, { bash: 'make check', out: 'ok', exit: 0 }]);
}

/**
 * The 10% of new data, made once: N/10 new transcripts (written under `extra`, copied in) and a turn
 * appended to a hundredth of the old ones. Applied to the corpus in place, where the cold pass read
 * it, as a user's transcripts grow between two passes; `undo` takes it back to the bytes and mtimes
 * the cold pass saw, so every round's passes read the same data.
 */
function tenthNew(
  root: string,
  extra: string,
  n: number,
  kb: number,
): { added: number; grown: number; apply: () => void; undo: () => void } {
  const added = Math.ceil(n / 10);
  for (let i = n; i < n + added; i++) sessionFile(extra, i, kb);
  const newFiles = readdirSync(path.join(extra, 'sessions'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(extra, path.join(d.parentPath, d.name)));
  const grown: { file: string; text: string; size: number; mtime: Date }[] = [];
  for (let i = 0; i < n && grown.length < Math.ceil(n / 100); i += 10) {
    const dir = path.join(root, 'sessions', `part-${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`);
    const name = `${String(i).padStart(8, '0')}-`;
    const file = readdirSync(dir).find((f) => f.startsWith(name));
    const text = file && moreOf(path.join(dir, file));
    if (!file || !text) continue;
    const st = statSync(path.join(dir, file));
    grown.push({ file: path.join(dir, file), text, size: st.size, mtime: st.mtime });
  }
  return {
    added,
    grown: grown.length,
    apply: () => {
      for (const rel of newFiles) cpSync(path.join(extra, rel), path.join(root, rel));
      for (const g of grown) appendFileSync(g.file, g.text);
    },
    undo: () => {
      for (const rel of newFiles) rmSync(path.join(root, rel));
      for (const g of grown) {
        truncateSync(g.file, g.size);
        utimesSync(g.file, g.mtime, g.mtime);
      }
    },
  };
}

interface PassResult {
  read: number;
  unchanged: number;
  resumed: number;
  ms: number;
  peakRssMb: number;
  ledgerBytes: number;
  /** User + system CPU of the pass's process: steadier than wall time on a shared machine. */
  cpuMs: number;
  timings: Record<string, number>;
}

interface Report {
  sessions: { read: number; filesUnchanged?: number; filesResumed?: number };
  timings: Record<string, number>;
}

/**
 * One `dream run --write` of the bundle, as a user runs it: it reads the ledger the last pass wrote
 * and writes its own (and applies its edits, as a merged pull request would). The whole process is
 * timed, start and module load included: a pass with nothing new pays them too.
 */
function pass(cli: string, root: string): PassResult {
  const report = path.join(root, '..', 'report.json');
  const threads = argOf('--threads');
  const argv = ['run', '--repo', root, '--sessions', 'sessions/**/*.jsonl', '--engine', 'offline', '--write', '--report', report];
  // Readers on this thread alone or on workers (default: the pass's own choice); workers add their own heap to peak RSS.
  const m = measure({ command: cli, args: threads ? [...argv, '--threads', threads] : argv, node: true }, path.dirname(cli));
  const r = JSON.parse(readFileSync(report, 'utf8')) as Report;
  return {
    read: r.sessions.read,
    unchanged: r.sessions.filesUnchanged ?? 0,
    resumed: r.sessions.filesResumed ?? 0,
    ms: m.ms,
    cpuMs: m.cpuMs ?? NaN,
    timings: r.timings,
    peakRssMb: m.rssMb ?? NaN,
    ledgerBytes: statSync(path.join(root, LEDGER)).size,
  };
}

interface Floor {
  rssMb: number;
  /** CPU of a pass that reads nothing, Node's compile cache warm (the least of the rounds). */
  cpuMs: number;
  /** The same with the compile cache cold: every module compiled from source and the cache written. */
  coldCacheCpuMs: number;
  /** A pass that reads one session and has no ledger: the floor plus the read path's first run. */
  oneSessionCpuMs: number;
}

/**
 * What every pass pays before the work its data asks for, the floor under the nothing-new and 10%-new rows:
 * - a `dream run` that loads the pass's modules and reads nothing (its peak RSS, the highest of `rounds`,
 *   is the RSS baseline); every row above runs with the compile cache warm, as this does;
 * - the same with the compile cache cold, as on a CI runner, where the Action's cache lives in RUNNER_TEMP,
 *   which starts empty every job (src/action/entry.ts): a fresh NODE_COMPILE_CACHE directory each run;
 * - a pass over one session of the corpus: Node's compile cache holds only what V8 compiles when a module is
 *   loaded, not the functions it compiles when they are first called nor the regexes it compiles when they
 *   first run, so a pass that reads anything pays that once more, whatever it reads.
 * CPU: the least of `rounds`, the floors' runs interleaved.
 */
function floors(cli: string, root: string, rounds: number): Floor {
  const empty = path.join(root, '..', 'empty');
  mkdirSync(empty, { recursive: true });
  const one = path.join(root, '..', 'one');
  mkdirSync(path.join(one, 'sessions'), { recursive: true });
  const part = path.join(root, 'sessions', readdirSync(path.join(root, 'sessions')).sort()[0]!);
  cpSync(path.join(part, readdirSync(part).sort()[0]!), path.join(one, 'sessions', 'first.jsonl'));
  const nothing = (env?: NodeJS.ProcessEnv) =>
    measure(
      {
        command: cli,
        args: ['run', '--repo', empty, '--sessions', 'none/*.jsonl', '--engine', 'offline', '--allow-empty'],
        node: true,
        ...(env ? { env } : {}),
      },
      path.dirname(cli),
    );
  const runs = { warm: [] as ReturnType<typeof measure>[], cold: [] as number[], one: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    runs.warm.push(nothing());
    const cache = mkdtempSync(path.join(tmpdir(), 'dream-bench-compile-cache-'));
    try {
      runs.cold.push(nothing({ NODE_COMPILE_CACHE: cache }).cpuMs ?? NaN);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
    rmSync(path.join(one, '.dreaming'), { recursive: true, force: true });
    const args = ['run', '--repo', one, '--sessions', 'sessions/*.jsonl', '--engine', 'offline'];
    runs.one.push(measure({ command: cli, args, node: true }, path.dirname(cli)).cpuMs ?? NaN);
  }
  return {
    rssMb: Math.max(...runs.warm.map((m) => m.rssMb ?? NaN)),
    cpuMs: Math.min(...runs.warm.map((m) => m.cpuMs ?? NaN)),
    coldCacheCpuMs: Math.min(...runs.cold),
    oneSessionCpuMs: Math.min(...runs.one),
  };
}

/** Everything a pass writes (ledger, memory): all but the transcripts. */
function clearState(dir: string): void {
  for (const f of readdirSync(dir)) if (f !== 'sessions') rmSync(path.join(dir, f), { recursive: true, force: true });
}

function copyState(from: string, to: string): void {
  clearState(to);
  for (const f of readdirSync(from)) if (f !== 'sessions') cpSync(path.join(from, f), path.join(to, f), { recursive: true });
}

/** The round with the least CPU, and the highest peak RSS of all rounds. */
function best(rounds: PassResult[]): PassResult {
  const min = rounds.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  return { ...min, peakRssMb: Math.max(...rounds.map((r) => r.peakRssMb)) };
}

function bench(n: number, kb: number, cli: string): void {
  const work = mkdtempSync(path.join(tmpdir(), 'incremental-bench-'));
  const root = path.join(work, 'repo');
  // The ledger and memory the cold pass wrote: each round's 10%-new pass starts from them.
  const afterCold = path.join(work, 'after-cold');
  const rounds = Number(argOf('--rounds') ?? (n <= 10_000 ? 3 : 1));
  try {
    const g0 = performance.now();
    for (let i = 0; i < n; i++) sessionFile(root, i, kb);
    const tenthData = tenthNew(root, path.join(work, 'extra'), n, kb);
    const { added, grown } = tenthData;
    console.log(`\n${n} sessions of about ${kb} KB, generated in ${((performance.now() - g0) / 1000).toFixed(1)} s; ${rounds} round(s)`);
    // First, so that the rows' passes find the compile cache warm whatever the rounds (a freshly built bundle's
    // first pass would compile every module).
    const floor = floors(cli, root, rounds);
    const runs = { cold: [] as PassResult[], nothing: [] as PassResult[], tenth: [] as PassResult[] };
    let corpus = 0;
    for (let r = 0; r < rounds; r++) {
      clearState(root);
      runs.cold.push(pass(cli, root));
      mkdirSync(afterCold, { recursive: true });
      copyState(root, afterCold);
      runs.nothing.push(pass(cli, root));
      copyState(afterCold, root);
      tenthData.apply();
      try {
        runs.tenth.push(pass(cli, root));
        corpus = dirBytes(root);
      } finally {
        tenthData.undo();
      }
    }
    const [cold, nothing, tenth] = [best(runs.cold), best(runs.nothing), best(runs.tenth)];
    const baseRss = floor.rssMb;
    const sessionsInLedger = n + added;
    const row = (name: string, r: PassResult): string =>
      `${name.padEnd(14)} ${(r.ms / 1000).toFixed(2).padStart(7)} s wall ${(r.cpuMs / 1000).toFixed(2).padStart(7)} s CPU  ${((100 * r.cpuMs) / cold.cpuMs).toFixed(1).padStart(5)}% of cold's CPU  read ${String(r.read).padStart(6)}  unchanged ${String(r.unchanged).padStart(6)}  resumed ${String(r.resumed).padStart(4)}  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB (${(r.peakRssMb / 300).toFixed(2)}x the 300 MB target, ${(r.peakRssMb / baseRss).toFixed(2)}x the ${baseRss.toFixed(0)} MB baseline)`;
    console.log(row('cold', cold));
    console.log(row('nothing new', nothing) + `  target <= 5%: ${nothing.cpuMs / cold.cpuMs <= 0.05 ? 'met' : 'MISSED'}`);
    console.log(
      // The counts after the row: cut to the column, 100,000 sessions' "+10000" read as "+1000".
      row('10% new', tenth) + `  target <= 20%: ${tenth.cpuMs / cold.cpuMs <= 0.2 ? 'met' : 'MISSED'}  (+${added} new, ${grown} grown)`,
    );
    const pct = (ms: number): string => `${((100 * ms) / cold.cpuMs).toFixed(1)}%`;
    console.log(
      `a pass that reads nothing: ${(floor.cpuMs / 1000).toFixed(2)} s CPU = ${pct(floor.cpuMs)} of cold's` +
        ` (process start and module load, paid by every pass); nothing new beyond it ${pct(nothing.cpuMs - floor.cpuMs)},` +
        ` 10% new beyond it ${pct(tenth.cpuMs - floor.cpuMs)}`,
    );
    // The rows above ran with the compile cache warm, as `dream` finds it in the system's temporary folder on a
    // machine that ran it before; the Action keeps it in RUNNER_TEMP, which every job starts empty, so each of its
    // passes pays about the difference on top of its row (the modules a pass loads are the floor's).
    const coldCache = floor.coldCacheCpuMs - floor.cpuMs;
    console.log(
      `with the compile cache cold (a CI runner's every pass): reads nothing ${(floor.coldCacheCpuMs / 1000).toFixed(2)} s CPU,` +
        ` +${(coldCache / 1000).toFixed(2)} s on every pass: nothing new ${((100 * (nothing.cpuMs + coldCache)) / (cold.cpuMs + coldCache)).toFixed(1)}%,` +
        ` 10% new ${((100 * (tenth.cpuMs + coldCache)) / (cold.cpuMs + coldCache)).toFixed(1)}% of a cold pass with the cache cold too`,
    );
    console.log(
      `a pass that reads one session: ${(floor.oneSessionCpuMs / 1000).toFixed(2)} s CPU, ${((floor.oneSessionCpuMs - floor.cpuMs) / 1000).toFixed(2)} s beyond` +
        ` the floor (${pct(floor.oneSessionCpuMs - floor.cpuMs)} of cold's): the read path's first run (functions compiled when first called,` +
        ` regexes when first run; the compile cache keeps neither), paid by every pass that reads anything`,
    );
    if (args.includes('--timings'))
      for (const [k, r] of Object.entries({ cold, nothing, tenth })) console.log(`  ${k} stages (ms): ${JSON.stringify(r.timings)}`);
    const size = n.toLocaleString('en-US');
    const share = (r: PassResult) => `${((100 * r.cpuMs) / cold.cpuMs).toFixed(1)}% of cold`;
    recordFigure({
      figure: `cold pass, CPU (${size} sessions)`,
      value: `${(cold.cpuMs / 1000).toFixed(1)} s`,
      target: '(the baseline of the next two)',
    });
    recordFigure({
      figure: `floor: a pass that reads nothing, compile cache warm / cold; one session (${size})`,
      value: `${(floor.cpuMs / 1000).toFixed(2)} / ${(floor.coldCacheCpuMs / 1000).toFixed(2)} s; ${(floor.oneSessionCpuMs / 1000).toFixed(2)} s`,
      target: '(paid by every pass)',
    });
    recordFigure({
      figure: `nothing-new pass vs cold (${size})`,
      value: share(nothing),
      target: '<= 5%',
      met: nothing.cpuMs / cold.cpuMs <= 0.05,
    });
    recordFigure({ figure: `10%-new pass vs cold (${size})`, value: share(tenth), target: '<= 20%', met: tenth.cpuMs / cold.cpuMs <= 0.2 });
    const peak = Math.max(cold.peakRssMb, nothing.peakRssMb, tenth.peakRssMb);
    recordFigure({
      figure: `peak RSS, any pass (${size})`,
      value: `${peak.toFixed(0)} MB (${(peak / baseRss).toFixed(2)}x a pass that reads nothing)`,
      target: '< 300 MB',
      met: peak < 300,
    });
    recordFigure({
      figure: `ledger bytes/session (${(n + added).toLocaleString('en-US')} sessions)`,
      value: `${(tenth.ledgerBytes / sessionsInLedger).toFixed(1)} B`,
      target: 'bounded (100k: --big)',
    });
    console.log(
      `ledger: ${(tenth.ledgerBytes / 1024).toFixed(0)} KB for ${sessionsInLedger} sessions = ${(tenth.ledgerBytes / sessionsInLedger).toFixed(1)} bytes/session` +
        ` (after the cold pass ${(cold.ledgerBytes / n).toFixed(1)}); corpus ${(corpus / 1024 / 1024).toFixed(0)} MB` +
        ` = ${(corpus / sessionsInLedger).toFixed(0)} bytes/session, so the ledger is ${((100 * tenth.ledgerBytes) / corpus).toFixed(2)}% of the corpus`,
    );
  } finally {
    if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

function dirBytes(root: string): number {
  const out = spawnSync('du', ['-sb', path.join(root, 'sessions')], { encoding: 'utf8' }).stdout;
  return Number(out.split('\t')[0]) || statSync(root).size;
}

const sizes = (argOf('--sizes') ?? '1000,10000,30000').split(',').map(Number);
if (args.includes('--big')) sizes.push(100_000);
const kb = Number(argOf('--kb') ?? 4);
const cli = path.join(bundleDir({ keep: args.includes('--keep') }), 'cli.js');
for (const n of sizes) {
  try {
    bench(n, kb, cli);
  } catch (err) {
    recordFailure(`incremental passes (${n.toLocaleString('en-US')} sessions)`, err);
  }
}
