/**
 * One hosted dream from creation to a final status: create, poll with bounded backoff, cancel when
 * our own deadline passes or the pass is aborted. Faults are left to the caller, which must archive
 * the dream and dispose of stores whatever happened.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { BetaDream } from '@anthropic-ai/sdk/resources/beta/dreams.js';
import type { Logger } from '../../model/index.js';
import { translateApiError } from '../../managed-agents/api.js';

export interface HostedDreamOptions {
  client: Anthropic;
  model: string;
  storeId: string;
  sessionIds: string[];
  instructions: string;
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  timeoutMs: number;
  logger: Logger;
  signal?: AbortSignal;
  /** Called with the dream as soon as it exists, so the caller can clean up after any fault. */
  onCreated: (dream: BetaDream) => void;
}

export interface DreamRun {
  dream: BetaDream;
  /** Our deadline passed (or the pass was aborted) and we asked the API to cancel the dream. */
  stoppedByUs: boolean;
  cancelFailed: boolean;
}

const FINAL = new Set(['completed', 'failed', 'canceled']);
/** A backstop on polls, far above what any deadline allows at the minimum interval. */
const MAX_POLLS = 100_000;

export async function runHostedDream(opts: HostedDreamOptions): Promise<DreamRun> {
  const { client, logger } = opts;
  let dream: BetaDream;
  try {
    dream = await client.beta.dreams.create({
      model: opts.model,
      instructions: opts.instructions,
      inputs: [
        { type: 'memory_store', memory_store_id: opts.storeId },
        { type: 'sessions', session_ids: opts.sessionIds },
      ],
      output_behavior: { type: 'create_new' },
    });
  } catch (err) {
    throw translateApiError(err, { onDreams: true, storeId: opts.storeId, what: 'creating a dream' });
  }
  opts.onCreated(dream);
  logger.info(`dream ${dream.id} started over ${opts.sessionIds.length} sessions (memory store ${opts.storeId})`);

  const deadline = Date.now() + opts.timeoutMs;
  let delay = opts.pollIntervalMs;
  for (let polls = 0; polls < MAX_POLLS && !FINAL.has(dream.status); polls++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0 || opts.signal?.aborted) return cancel(opts, dream);
    await sleep(Math.min(delay, remaining), opts.signal);
    if (opts.signal?.aborted) return cancel(opts, dream);
    delay = Math.min(Math.ceil(delay * 1.5), opts.maxPollIntervalMs);
    try {
      dream = await client.beta.dreams.retrieve(dream.id);
    } catch (err) {
      throw translateApiError(err, { onDreams: true, storeId: opts.storeId, what: `polling dream ${dream.id}` });
    }
    logger.debug(`dream ${dream.id}: ${dream.status}`);
  }
  if (!FINAL.has(dream.status)) return cancel(opts, dream);
  return { dream, stoppedByUs: false, cancelFailed: false };
}

async function cancel(opts: HostedDreamOptions, dream: BetaDream): Promise<DreamRun> {
  try {
    const after = await opts.client.beta.dreams.cancel(dream.id);
    opts.logger.warning(`dream ${dream.id} canceled: it did not finish within ${opts.timeoutMs} ms`);
    return { dream: after, stoppedByUs: true, cancelFailed: false };
  } catch (err) {
    // It may have reached a final status between our last poll and the cancel (400): read it once more.
    try {
      const latest = await opts.client.beta.dreams.retrieve(dream.id);
      if (latest.status === 'completed' || latest.status === 'failed') return { dream: latest, stoppedByUs: false, cancelFailed: false };
    } catch {
      // fall through: report the cancel failure
    }
    opts.logger.warning(`could not cancel dream ${dream.id}: ${String(err)}`);
    return { dream, stoppedByUs: true, cancelFailed: true };
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
