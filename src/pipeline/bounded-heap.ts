/**
 * Runs a pass's process with a small young generation, where most of its peak RSS went.
 *
 * V8 sizes the young generation (two semi-spaces, where every object starts) from the machine's
 * memory, and a pass allocates fast enough that it grows to the maximum: on Node 24 with 24 GB of
 * memory, 128 MB of new space against an old space of about 50 MB at 10,000 sessions. Capping the
 * old space (--max-old-space-size=100) changed nothing; capping the semi-space to 8 MB took the peak
 * from 302 MB to 180 MB at 10,000 sessions on one thread, with the same proposed diff (read workers
 * already get the same bound through resourceLimits, mine-files.ts).
 *
 * The bound can only be set when V8 starts: v8.setFlagsFromString afterwards leaves the young
 * generation as it was (measured), and the Action's runner starts `node dist/index.js` with no flags.
 * So a heavy command starts itself again once with the flag and waits for that child, which
 * inherits stdio, environment and exit code. The parent has loaded only the small entry module.
 */
import { spawn } from 'node:child_process';

/** MB per semi-space: see bench/incremental.bench.ts and the measurements above for what it costs. */
const SEMI_SPACE_MB = 8;
const FLAG = '--max-semi-space-size';

/** True when this process's young generation is already bounded: by us, by the user, or NODE_OPTIONS. */
function alreadyBounded(env: NodeJS.ProcessEnv): boolean {
  // V8 reads its flags with - or _ alike.
  const given = (arg: string): boolean => {
    const a = arg.replace(/_/g, '-');
    return a === FLAG || a.startsWith(`${FLAG}=`);
  };
  return process.execArgv.some(given) || (env.NODE_OPTIONS ?? '').split(/\s+/).some(given);
}

/**
 * Undefined when this process may run the command itself (its young generation is bounded already);
 * otherwise runs the same command in a child Node with the bound and resolves to the exit code the
 * parent must exit with. A child killed by a signal kills the parent with the same signal.
 */
export async function rerunWithBoundedHeap(env: NodeJS.ProcessEnv = process.env): Promise<number | undefined> {
  if (alreadyBounded(env)) return undefined;
  const child = spawn(process.execPath, [`${FLAG}=${SEMI_SPACE_MB}`, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env,
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
