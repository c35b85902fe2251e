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
 * whose CPU is also printed: the floor every pass pays, and the two rows' ratios beyond it;
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

/**
 * A `dream run` that loads the pass's modules and reads nothing: what every pass pays first. Its peak RSS
 * (the highest of `rounds`) and its CPU (the least), the floor under the nothing-new and 10%-new rows.
 */
function baseline(cli: string, root: string, rounds: number): { rssMb: number; cpuMs: number } {
  const empty = path.join(root, '..', 'empty');
  mkdirSync(empty, { recursive: true });
  const runs = Array.from({ length: rounds }, () =>
    measure(
      { command: cli, args: ['run', '--repo', empty, '--sessions', 'none/*.jsonl', '--engine', 'offline', '--allow-empty'], node: true },
      path.dirname(cli),
    ),
  );
  return { rssMb: Math.max(...runs.map((m) => m.rssMb ?? NaN)), cpuMs: Math.min(...runs.map((m) => m.cpuMs ?? NaN)) };
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
    const floor = baseline(cli, root, rounds);
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
    console.log(
      `a pass that reads nothing: ${(floor.cpuMs / 1000).toFixed(2)} s CPU = ${((100 * floor.cpuMs) / cold.cpuMs).toFixed(1)}% of cold's` +
        ` (process start and module load, paid by every pass); nothing new beyond it ${((100 * (nothing.cpuMs - floor.cpuMs)) / cold.cpuMs).toFixed(1)}%,` +
        ` 10% new beyond it ${((100 * (tenth.cpuMs - floor.cpuMs)) / cold.cpuMs).toFixed(1)}%`,
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
