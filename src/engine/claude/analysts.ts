/**
 * The analyst phase: one call per digest, in parallel with bounded concurrency, or all at once
 * through the Message Batches API (half price, results within hours). A digest whose answer is
 * malformed or empty is retried once and then skipped with a note; transport failures that survive
 * the SDK's own retries fail the pass.
 */
import pLimit from 'p-limit';
import type Anthropic from '@anthropic-ai/sdk';
import type { ValidateFunction } from 'ajv';
import type { Logger } from '../../model/index.js';
import { buildParams, callRole, extractToolInput, MalformedOutputError, type CallContext, type RoleRequest } from './call.js';
import type { Digest } from './digest.js';
import { systemBlocks } from './render.js';
import { TOOLS, trimLessons, type CandidateLesson } from './schemas.js';

export interface AnalystOutcome {
  candidates: CandidateLesson[];
  notes: string[];
}

function analystRequest(d: Digest, minSupport: number): RoleRequest {
  return {
    system: systemBlocks('analyst'),
    content: [
      {
        type: 'text',
        text:
          `Digest batch ${d.index + 1}: ${d.sessionIds.length} sessions, ${d.patterns} patterns shown. ` +
          `A lesson needs evidence from at least ${minSupport} distinct sessions to become memory.\n\n${d.text}`,
      },
    ],
    tool: TOOLS.analyst,
  };
}

type LessonsValidator = ValidateFunction<{ lessons: CandidateLesson[] }>;

/** One digest's analyst call, retried once on a malformed answer; a second failure becomes a note. */
async function analyseOne(
  ctx: CallContext,
  d: Digest,
  opts: { minSupport: number; validate: LessonsValidator; logger: Logger; notes: string[] },
): Promise<CandidateLesson[]> {
  const { minSupport, validate, logger, notes } = opts;
  const req = analystRequest(d, minSupport);
  let lastError: MalformedOutputError | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return trimLessons((await callRole(ctx, req, validate)).lessons);
    } catch (err) {
      if (!(err instanceof MalformedOutputError)) throw err;
      lastError = err;
      logger.warning(`claude: analyst batch ${d.index + 1} attempt ${attempt}: ${err.message}`);
    }
  }
  notes.push(`analyst batch ${d.index + 1} skipped after a retry: ${lastError?.message ?? 'malformed answer'}`);
  return [];
}

export async function runAnalystsParallel(
  ctx: CallContext,
  digests: Digest[],
  opts: { concurrency: number; minSupport: number; validate: LessonsValidator; logger: Logger },
): Promise<AnalystOutcome> {
  const limit = pLimit(Math.max(1, opts.concurrency));
  const notes: string[] = [];
  const results = await Promise.all(digests.map((d) => limit(() => analyseOne(ctx, d, { ...opts, notes }))));
  return { candidates: results.flat(), notes };
}

export interface BatchPolling {
  /** First wait between status checks; doubles up to maxIntervalMs. */
  initialIntervalMs: number;
  maxIntervalMs: number;
  /** Gives up (and fails the pass) after this long; batches can take up to 24 hours. */
  maxWaitMs: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason ?? new Error('aborted'));
      },
      { once: true },
    );
  });

export async function runAnalystsBatch(
  ctx: CallContext,
  digests: Digest[],
  opts: { minSupport: number; validate: LessonsValidator; logger: Logger; polling: BatchPolling },
): Promise<AnalystOutcome & { batchId?: string }> {
  const notes: string[] = [];
  if (digests.length === 0) return { candidates: [], notes };
  const requests: Anthropic.Messages.Batches.BatchCreateParams.Request[] = digests.map((d) => ({
    custom_id: `analyst-${d.index}`,
    params: buildParams(ctx, analystRequest(d, opts.minSupport)),
  }));
  const reqOpts = ctx.signal ? { signal: ctx.signal } : undefined;
  const batches = ctx.client.messages.batches;
  // createClaudeEngine refuses batch mode on such a provider first; this guards a client built elsewhere.
  if (!batches) throw new Error('batch: this provider does not serve the Message Batches API');
  let batch = await batches.create({ requests }, reqOpts);
  opts.logger.info(`claude: analyst batch ${batch.id} submitted with ${requests.length} requests`);
  const started = Date.now();
  let interval = opts.polling.initialIntervalMs;
  while (batch.processing_status !== 'ended') {
    if (Date.now() - started > opts.polling.maxWaitMs) {
      throw new Error(
        `message batch ${batch.id} still ${batch.processing_status} after ${Math.round(opts.polling.maxWaitMs / 1000)}s; nothing published`,
      );
    }
    await sleep(interval, ctx.signal);
    interval = Math.min(opts.polling.maxIntervalMs, interval * 2);
    batch = await batches.retrieve(batch.id, {}, reqOpts);
  }

  const byId = new Map(digests.map((d) => [`analyst-${d.index}`, d]));
  const candidates: CandidateLesson[] = [];
  const retry: Digest[] = [];
  const seen = new Set<string>();
  for await (const item of await batches.results(batch.id, {}, reqOpts)) {
    const d = byId.get(item.custom_id);
    if (!d) continue;
    seen.add(item.custom_id);
    if (item.result.type !== 'succeeded') {
      opts.logger.warning(`claude: batch request ${item.custom_id} ${item.result.type}`);
      retry.push(d);
      continue;
    }
    ctx.meter.add(ctx.model, item.result.message.usage, { batch: true });
    try {
      candidates.push(...trimLessons(extractToolInput(item.result.message, TOOLS.analyst.name, opts.validate).lessons));
    } catch (err) {
      if (!(err instanceof MalformedOutputError)) throw err;
      opts.logger.warning(`claude: batch request ${item.custom_id}: ${err.message}`);
      retry.push(d);
    }
  }
  for (const [id, d] of byId) if (!seen.has(id)) retry.push(d);
  // The one retry runs through the ordinary Messages API: another batch could take hours.
  for (const d of retry) {
    try {
      candidates.push(...trimLessons((await callRole(ctx, analystRequest(d, opts.minSupport), opts.validate)).lessons));
    } catch (err) {
      if (!(err instanceof MalformedOutputError)) throw err;
      notes.push(`analyst batch ${d.index + 1} skipped after a retry: ${err.message}`);
    }
  }
  notes.push(`analysts ran through message batch ${batch.id}`);
  return { candidates, notes, batchId: batch.id };
}
