/**
 * The pool shared by the pass's read workers and `dream sessions`: results come out in item order
 * whichever thread produced them, and a worker that dies with items in hand fails the pool by name.
 * Real worker threads (evaluated code), no stand-ins for the pool's own parts.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { orderedPool, type PoolMessage } from '../../src/pipeline/ordered-pool.js';

/** A worker that answers item n with n * 10 after a delay that makes later items finish first. */
const ANSWERING = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', (n) => setTimeout(() => parentPort.postMessage({ type: 'done', n, value: n * 10 }), (20 - (n % 20)) * 2));
`;
/** A worker that exits as soon as it is handed an item. */
const DYING = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', () => process.exit(3));
`;

const decode = (raw: unknown): PoolMessage<number> => {
  const m = raw as { type: string; n: number; value: number };
  return m.type === 'ready' ? { ready: true } : { position: m.n, result: m.value };
};

async function drain(code: string, count: number): Promise<{ got: number[]; byWorkers: number }> {
  const workers = [new Worker(code, { eval: true })];
  try {
    const pool = orderedPool<number>({
      count,
      workers,
      perWorker: 3,
      window: 8,
      name: 'test worker',
      send: (w, position) => w.postMessage(position),
      decode,
      // This thread is slow, so the worker takes part once it has booted.
      here: async (position) => new Promise((resolve) => setTimeout(() => resolve(position * 10), 15)),
    });
    const got: number[] = [];
    for (;;) {
      const step = await pool.next();
      if (step.done) return { got, byWorkers: step.value.byWorkers };
      got.push(step.value);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

describe('orderedPool', () => {
  it('hands results on in item order, from this thread and a worker alike', async () => {
    const { got, byWorkers } = await drain(ANSWERING, 60);
    expect(got).toEqual(Array.from({ length: 60 }, (_, n) => n * 10));
    expect(byWorkers).toBeGreaterThan(0);
    expect(byWorkers).toBeLessThan(60);
  }, 30_000);

  it('fails, naming the worker, when a worker exits with items in hand', async () => {
    await expect(drain(DYING, 60)).rejects.toThrow(/test worker exited \(3\) with \d+ items unfinished/);
  }, 30_000);
});
