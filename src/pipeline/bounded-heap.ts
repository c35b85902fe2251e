/**
 * Runs a pass's process with a bounded heap: a small young generation, and an old generation that
 * grows by a tenth between full collections. The pass keeps little (about 75 MB of live heap at
 * 100,000 sessions); what V8 let the heap grow to around it was most of the peak RSS.
 *
 * - Young generation: V8 sizes it from the machine's memory, and a pass allocates fast enough that it
 *   grows to the maximum: on Node 24 with 24 GB, 128 MB of new space beside an old space of ~50 MB at
 *   10,000 sessions. Capping the old space (--max-old-space-size=100) changed nothing; 8 MB semi-spaces
 *   took the peak from 302 MB to 180-196 MB (one thread, same diff, the same CPU within noise).
 * - Old generation: after a full collection V8 lets it grow up to 4x the live size before the next
 *   one, on a machine with memory to spare. At 100,000 sessions that was 188 MB of old space around
 *   ~75 MB live, and a peak of 410-481 MB. Growing by 25% (--heap-growing-percent) gave 267 MB on one
 *   thread and 316 MB on two; by 10%, 287 MB on two. Neither cost CPU measurably on this shared machine
 *   (30,000 sessions, two threads, two rounds each: 27.7-29.8 s at 25%, 21.9-25.7 s at 10%). It sets
 *   no limit: a larger pass still gets the memory it needs.
 * Read workers get the same young generation through resourceLimits (mine-files.ts); V8 flags are the
 * process's, so the growth factor holds on their heaps too.
 *
 * The young generation can only be bounded when V8 starts: v8.setFlagsFromString afterwards leaves it
 * as it was (measured), and the Action's runner starts `node dist/index.js` with no flags. So a heavy
 * command starts itself again once with --max-semi-space-size and waits for that child, which inherits
 * stdio, environment and exit code. The parent has loaded only the small entry module (~20 MB of its
 * own); the second start costs about 0.035 s of CPU (a pass that reads nothing: 0.110 s in one
 * process, 0.145 s with the child, the minimum of twelve each). V8's own bound never makes it needless:
 * Node 24's V8 sizes semi-spaces at 64 MB here (23 GB; heap_size_limit less the old space is 3 x 64 MB)
 * and still with --max-old-space-size=256, so only a bound the user gave (NODE_OPTIONS) skips the child.
 *
 * The growth factor is the opposite: V8 reads it at every full collection, so each pass sets it itself
 * (setPassFlags) once its modules are loaded, not on the command line. --heap-growing-percent,
 * unlike --max-semi-space-size, changes V8's flag hash, and Node's built-in modules then no longer
 * match the code cache Node ships for them: each one loaded afterwards is compiled from source. Given
 * at start, that was a sixth of a pass that reads nothing (0.128 s of CPU against 0.103 s without).
 * Running the pass in a worker thread of the same process instead of a child was no cheaper: starting
 * a worker cost 0.04-0.05 s of CPU, as much as starting Node (a pass that reads nothing: 0.159 s in a
 * worker against 0.155 s with the child; 0.222 s with the growth factor set before the worker started).
 */
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';

const YOUNG = '--max-semi-space-size';
/** MB per semi-space (see above; at 10,000 sessions 16 gave 199-209 MB, 4 gave 172-199 MB: no clear gain). */
const YOUNG_FLAG = `${YOUNG}=8`;
const GROWTH = '--heap-growing-percent';
/**
 * glibc gives threads malloc arenas of their own (up to eight per core), and memory freed in one
 * stays in its arena: the read worker, V8's compiler and GC helper threads each keep some. Two arenas
 * took a two-thread pass over 10,000 generated sessions of 41 KB from 234-254 MB peak RSS to 232-241
 * MB (four interleaved rounds each, the same CPU within noise). The user's own setting is kept; other
 * C libraries ignore the variable.
 */
const ARENAS = 'MALLOC_ARENA_MAX';

/** True when Node was given `flag`: on its command line (by us or the user), or in NODE_OPTIONS. */
function given(flag: string, env: NodeJS.ProcessEnv): boolean {
  // V8 reads its flags with - or _ alike.
  const is = (arg: string): boolean => {
    const a = arg.replace(/_/g, '-');
    return a === flag || a.startsWith(`${flag}=`);
  };
  return process.execArgv.some(is) || (env.NODE_OPTIONS ?? '').split(/\s+/).some(is);
}

/**
 * The optimising tiers a pass lets V8 use: up to Maglev, not TurboFan. TurboFan compiles on V8's helper
 * threads, and over a pass its code did not earn back what compiling it cost. bench/incremental.bench.ts,
 * TurboFan on against off, four interleaved runs each (user + system CPU, the least of each run's three
 * rounds, then the least and the median of the runs; load 4-14): 1,000 sessions from nothing 1.54/1.59 s
 * -> 1.18/1.32 s; 10,000 from nothing 9.55/10.74 s -> 8.19/9.18 s; 1,100 new among 11,000 1.91/2.10 s ->
 * 1.52/1.67 s; 30,000 from nothing the same (29.7 s against 29.4 s, one run); peak RSS within 10 MB. With
 * only the baseline tier (--max-opt=1) passes were slower than both. Maglev does pay: --no-maglev set here
 * too took 1,000 sessions from nothing from 1.58/1.69 s to 2.41/2.53 s, and 100 new among 1,100 stayed
 * as they were (0.60/0.71 s with it, 0.64/0.69 s without; six interleaved rounds, least/median, load
 * 28-34), though Maglev's compiles were about 12% of that pass's CPU samples (perf). Set here too,
 * --invocation-count-for-maglev=2000, --always-sparkplug and --no-lazy-feedback-allocation changed
 * neither pass beyond noise. Set as --no-turbofan: V8 reads it at each tiering decision, where
 * --max-opt=2 set after start changed nothing (measured). Only where Maglev is on by default (V8 12
 * and later, on x64 and arm64; Node 20's V8 11 has it off, and would be left the baseline tier) and the
 * user chose no tier setting of their own.
 */
const TURBOFAN = '--turbofan';
const TIER_FLAGS = [TURBOFAN, '--no-turbofan', '--opt', '--no-opt', '--max-opt', '--maglev', '--no-maglev'];
const maglevByDefault = (): boolean =>
  Number(process.versions.v8.split('.')[0]) >= 12 && (process.arch === 'x64' || process.arch === 'arm64');

/**
 * Bytes a pass reads from which it keeps TurboFan after all. Over a long read TurboFan's compiles do pay:
 * 100,000 generated sessions (1.4 GB) from nothing, TurboFan off against on (the bundles of 94c42a0 and
 * c3d34f9, bench/incremental.bench.ts --sizes 100000 --rounds 1, two runs each, load 1.6-2.1): 78.1/81.5 s
 * of CPU against 72.7/67.4 s; at 30,000 (429 MB) the same within noise; at 10,000 (143 MB) and below, off
 * was cheaper (above). So a pass that will read a quarter of a GB or more puts TurboFan back before it reads.
 */
export const TURBOFAN_FROM_BYTES = 256 * 1024 * 1024;

/*
 * Not among the pass's flags: --no-regexp-tier-up (compile each regex to machine code at its first run). It saved
 * about 7% of a pass over 100 new sessions, but set after start it made V8 crash (SIGSEGV) in `dream reduce` with a
 * glob for --digests, a regex compiled to bytecode before the flag and run after it (test/cli/program.test.ts).
 */
/** A V8 flag the pass sets once its modules are loaded, and the value that puts V8's default back. */
interface PassFlag {
  set: string;
  lift: string;
}

/** The flags setPassFlags set in this process, and how many worker starts have them lifted. */
let passFlags: PassFlag[] = [];
let lifts = 0;

/**
 * From now on, lets the old generation grow by a tenth between full collections and caps the optimising
 * tiers (TURBOFAN), unless the user gave a setting of their own. Each pass command (run, map, reduce,
 * eval, the Action's pass) calls it once the modules it runs are loaded (see above) and before it
 * allocates: V8 keeps the limit it set at the last full collection until the next one, and when runDream
 * set it, after the session globs were expanded, a pass with nothing new at 30,000 sessions peaked 8 MB
 * higher (128-131 MB against 121-123 MB with the flag from the start).
 */
export function setPassFlags(env: NodeJS.ProcessEnv = process.env): void {
  const flags: PassFlag[] = [];
  if (!given(GROWTH, env)) flags.push({ set: `${GROWTH}=10`, lift: `${GROWTH}=0` });
  if (maglevByDefault() && !TIER_FLAGS.some((f) => given(f, env))) flags.push({ set: '--no-turbofan', lift: TURBOFAN });
  for (const f of flags) setFlagsFromString(f.set);
  passFlags = flags;
}

/**
 * Puts TurboFan back (V8's default) when the pass is about to read `bytes` or more (TURBOFAN_FROM_BYTES),
 * where setPassFlags turned it off; called once the pass knows what it reads, before it starts a worker.
 */
export function tierForRead(bytes: number): void {
  if (bytes < TURBOFAN_FROM_BYTES) return;
  const off = passFlags.find((f) => f.lift === TURBOFAN);
  if (!off) return;
  setFlagsFromString(TURBOFAN);
  passFlags = passFlags.filter((f) => f !== off);
}

/**
 * Puts V8's flags that setPassFlags set back to their defaults while a worker thread starts, and returns
 * what sets them again (call it once the worker has loaded its modules; calls after the first do
 * nothing). Nothing happens where setPassFlags set none.
 *
 * Why: a worker is a new isolate that compiles every built-in module it loads, and Node's code cache
 * for them (above) is checked against V8's flag hash at that moment. With the growth factor set, the read
 * worker compiled all 104 built-ins it loads from source (internalBinding('builtins').getCacheUsage(),
 * `--expose-internals`); with it lifted, none. A worker started with 15 built-ins cost 150-170 ms of
 * CPU against 107-128 ms (five runs each). The main thread runs with V8's defaults for those moments
 * (a worker boots in a few tenths of a second), which it bounded before (see above).
 */
export function liftPassFlags(): () => void {
  const flags = passFlags;
  if (flags.length === 0) return () => undefined;
  if (lifts++ === 0) for (const f of flags) setFlagsFromString(f.lift);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    // The flags in force now: tierForRead may have put TurboFan back meanwhile.
    if (--lifts === 0) for (const f of passFlags) setFlagsFromString(f.set);
  };
}

/**
 * How a Node process that runs a pass is started: the young generation's bound (a Node flag) and
 * glibc's arenas (the environment). The benches start their in-process passes this way too, so what
 * they measure is what `dream run` runs.
 */
export function boundedStart(env: NodeJS.ProcessEnv): { nodeFlags: string[]; env: NodeJS.ProcessEnv } {
  return { nodeFlags: [YOUNG_FLAG], env: env[ARENAS] === undefined ? { ...env, [ARENAS]: '2' } : env };
}

/**
 * Undefined when this process may run the command itself (its young generation is bounded already);
 * otherwise runs the same command in a child Node with the bound and resolves to the exit code the
 * parent must exit with. A child killed by a signal kills the parent with the same signal.
 */
export async function rerunWithBoundedHeap(env: NodeJS.ProcessEnv = process.env): Promise<number | undefined> {
  if (given(YOUNG, env)) return undefined;
  const start = boundedStart(env);
  const child = spawn(process.execPath, [...start.nodeFlags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: start.env,
  });
  // Ctrl-C reaches the whole process group; a signal sent to the parent alone (a runner cancelling the
  // job) is passed on, and the parent waits for the child to end either way.
  const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve([c, s]));
  });
  for (const s of signals) process.off(s, forward);
  if (signal) process.kill(process.pid, signal);
  return code ?? 1;
}
