/**
 * What the benches run, and how they time it: the bundle that ships (scripts/build.mjs into a
 * temporary directory; never dist/, which is committed and checked by check-dist), and child
 * processes measured alike, whatever they are (our CLI, the bare loop, ccusage): wall time from
 * spawn to exit, the CPU time of every thread, and peak RSS for Node processes.
 *
 * Running the sources through tsx instead would time tsx compiling them again in every worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Set by bench/run.ts, so `npm run bench` builds the bundle once for every bench. */
export const BUNDLE_ENV = 'DREAM_BENCH_BUNDLE';
const PROBE_OUT_ENV = 'DREAM_BENCH_PROBE_OUT';
/** The single-thread bare split + JSON.parse loop, the baseline issue 15 states its targets against. */
export const BARE_LOOP = path.join(repoRoot, 'bench', 'bare-loop.mjs');

/** Builds the bundle into `dir` (created by the caller) exactly as `npm run build` builds dist/. */
export function buildBundle(dir: string): void {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--outdir', dir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`scripts/build.mjs --outdir ${dir} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  // The CLI reads its version from the package.json above it, as when installed.
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module' }));
  // Preloaded into every Node child: its peak RSS as the process saw it (workers included), at exit.
  // A pass runs in a child of the CLI (src/pipeline/bounded-heap.ts), which inherits the probe: the
  // highest of the two is kept, so the figure is the pass's, whichever process ran it.
  writeFileSync(
    path.join(dir, 'probe.mjs'),
    `import { existsSync, readFileSync, writeFileSync } from 'node:fs';\nimport { isMainThread } from 'node:worker_threads';\n` +
      `const out = process.env.${PROBE_OUT_ENV};\n` +
      `const seen = () => (existsSync(out) ? Number(readFileSync(out, 'utf8')) || 0 : 0);\n` +
      `if (out && isMainThread) process.on('exit', () => writeFileSync(out, String(Math.max(seen(), process.resourceUsage().maxRSS))));\n`,
  );
}

/**
 * The bundle's directory (cli.js, read-worker.js): the one bench/run.ts built, or one built now and
 * removed at exit unless `keep` (a bench's --keep, to profile it: `node --cpu-prof <dir>/cli.js ...`).
 */
export function bundleDir(o: { keep?: boolean } = {}): string {
  const given = process.env[BUNDLE_ENV];
  if (given && existsSync(path.join(given, 'cli.js'))) return given;
  const dir = mkdtempSync(path.join(tmpdir(), 'dream-bench-bundle-'));
  if (o.keep) console.log(`bundle kept in ${dir}`);
  else process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  buildBundle(dir);
  return dir;
}

/** `taskset` (util-linux) where it runs here, to pin a process to one core; undefined elsewhere. */
export const taskset: string | undefined = (() => {
  const r = spawnSync('taskset', ['-c', '0', 'true']);
  return r.status === 0 ? 'taskset' : undefined;
})();

const clockTicks = (() => {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return Number(r.stdout) || 100;
})();

/** CPU ms of this process's waited-for children (Linux /proc): it counts every thread, native or Node. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): cutime and cstime are fields 16 and 17.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

export interface Measured {
  ms: number;
  /** User + system CPU of every thread of the child: steadier than wall time on a shared machine. */
  cpuMs?: number;
  /** Peak RSS of a Node child (from the probe); undefined for other programs. */
  rssMb?: number;
  stdout: string;
}

export interface ProcessSpec {
  command: string;
  args: string[];
  /** A Node program: run with this Node and the RSS probe. */
  node?: boolean;
  /** Pinned to core 0 with taskset (where taskset exists; see `taskset`). */
  pin?: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs one child to completion and measures it; throws with its stderr when it fails. */
export function measure(spec: ProcessSpec, bundle?: string): Measured {
  const probeOut = path.join(tmpdir(), `dream-bench-probe-${process.pid}`);
  rmSync(probeOut, { force: true });
  const probe = spec.node && bundle ? ['--import', path.join(bundle, 'probe.mjs')] : [];
  const argv = spec.node ? [process.execPath, ...probe, spec.command, ...spec.args] : [spec.command, ...spec.args];
  const pinned = spec.pin && taskset ? [taskset, '-c', '0', ...argv] : argv;
  const cpu0 = childrenCpuMs();
  const start = performance.now();
  const r = spawnSync(pinned[0]!, pinned.slice(1), {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env, [PROBE_OUT_ENV]: probeOut },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - start;
  const cpu1 = childrenCpuMs();
  if (r.status !== 0) throw new Error(`${pinned.join(' ')} failed (${r.status ?? r.signal}): ${(r.stderr ?? '').slice(-2000)}`);
  const rssKb = existsSync(probeOut) ? Number(readFileSync(probeOut, 'utf8')) : undefined;
  rmSync(probeOut, { force: true });
  return {
    ms,
    ...(cpu0 !== undefined && cpu1 !== undefined ? { cpuMs: cpu1 - cpu0 } : {}),
    ...(rssKb ? { rssMb: rssKb / 1024 } : {}),
    stdout: r.stdout,
  };
}

/** The run with the least wall time: on a shared machine the others measure the neighbours too. */
export const fastest = <T extends { ms: number }>(runs: T[]): T => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
