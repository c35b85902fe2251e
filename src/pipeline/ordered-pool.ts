/**
 * Work shared between this thread and worker threads, handed on in order. Items are numbered 0..count-1;
 * a worker is sent items once it reports ready, up to `perWorker` at a time and never more than `window`
 * past the next item to hand on; this thread works on the next unsent item whenever the next result
 * has not arrived. Results come out strictly in item order, so whatever the thread count, the consumer
 * sees the same sequence. Used by the pass's read workers (mine-files.ts) and `dream sessions`
 * (cli/sessions-threads.ts). The caller owns the workers: it spawns them and terminates them.
 */
import type { Worker } from 'node:worker_threads';

/** What a worker's message means to the pool; undefined for messages the pool does not handle. */
export type PoolMessage<T> = { ready: true } | { position: number; result: T } | { error: string } | undefined;

export interface OrderedPoolOptions<T> {
  count: number;
  workers: readonly Worker[];
  /** Items a worker holds at once, so it does not wait on this thread between them. */
  perWorker: number;
  /** How far past the next item to hand on items may be sent: bounds the results held for reordering. */
  window: number;
  send: (worker: Worker, position: number) => void;
  decode: (message: unknown) => PoolMessage<T>;
  /** This thread's own work on an item. */
  here: (position: number) => Promise<T>;
  /** Names the workers in errors ("read worker"). */
  name: string;
}

export interface PoolOutcome {
  byWorkers: number;
  /** The workers that reported ready: the others were sent nothing. */
  booted: readonly boolean[];
}

export async function* orderedPool<T>(o: OrderedPoolOptions<T>): AsyncGenerator<T, PoolOutcome> {
  const { count, workers } = o;
  const arrived = new Map<number, T>();
  const inFlight = new Array<number>(workers.length).fill(0);
  const booted = new Array<boolean>(workers.length).fill(false);
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let sent = 0;
  let next = 0;
  let byWorkers = 0;
  const feed = (): void => {
    for (let w = 0; w < workers.length; w++) {
      while (booted[w] && inFlight[w]! < o.perWorker && sent < count && sent < next + o.window) {
        o.send(workers[w]!, sent++);
        inFlight[w]!++;
      }
    }
  };
  workers.forEach((worker, w) => {
    worker.on('message', (raw: unknown) => {
      const m = o.decode(raw);
      if (!m) return;
      if ('ready' in m) booted[w] = true;
      else if ('error' in m) failure ??= new Error(`${o.name}: ${m.error}`);
      else {
        inFlight[w]!--;
        byWorkers++;
        arrived.set(m.position, m.result);
      }
      // Refilled as each result arrives, not as results are handed on in order: a worker that finished
      // its items while this thread works on a large one would otherwise wait for that one.
      feed();
      notify();
    });
    worker.on('error', (e) => {
      failure ??= e;
      notify();
    });
    worker.on('exit', (code) => {
      if (inFlight[w]! > 0) failure ??= new Error(`${o.name} exited (${code}) with ${inFlight[w]} items unfinished`);
      notify();
    });
  });
  feed();
  while (next < count) {
    if (arrived.has(next)) {
      const result = arrived.get(next)!;
      arrived.delete(next++);
      feed();
      yield result;
      continue;
    }
    if (failure) throw failure;
    if (sent < count && sent < next + o.window) {
      const position = sent++;
      arrived.set(position, await o.here(position));
      // The workers' results wait in the event loop's queue while this thread works: let them in.
      if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      continue;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
  return { byWorkers, booted };
}
