/**
 * The claude engine: analysts (parallel, or through the Message Batches API) read bounded digests
 * and propose candidate lessons; a curator turns them into edits; the deterministic verifier drops
 * edits whose evidence does not resolve; a reviewer keeps or drops the rest. Any failure of the
 * curator or reviewer throws, so a half-finished pass never publishes.
 */
import { silentLogger } from '../../log.js';
import type { Logger, Edit, RejectedEdit, DreamEngine, DreamInput, DreamResult } from '../../model/index.js';
import { runAnalystsBatch, runAnalystsParallel, type BatchPolling } from './analysts.js';
import { initialToolChoice, type CallContext, type ClaudeClient, type Effort } from './call.js';
import { createProviderClient, PROVIDER_LABEL, PROVIDER_MODEL_EXAMPLES, providerProblem, type ProviderTarget } from '../providers.js';
import { dedupeCandidates, runCurator, toEdit } from './curator.js';
import { buildDigests, patternCoverage } from './digest.js';
import { applyPassLimits } from '../limits.js';
import { renderMemory } from './render.js';
import { runReviewer } from './reviewer.js';
import { makeValidators, trimDrafts } from './schemas.js';
import { TokenCounter } from './tokens.js';
import { UsageMeter } from './usage.js';
import { evidenceIndexFromInput, rootsOf, runVerifier } from './verifier.js';
import { bindToPatterns, type BoundEdits } from './patterns.js';
import { isSuppressed } from '../../ledger/index.js';

/** A current Sonnet, from the SDK's Model list (@anthropic-ai/sdk 1.12). */
export const DEFAULT_MODEL = 'claude-sonnet-5-5';
/**
 * Output is a tool call with a few dozen short items, plus adaptive thinking on current models: a
 * bounded answer keeps cost and latency bounded.
 */
export const MAX_TOKENS_LIMIT = 32_000;

export interface ClaudeEngineOptions {
  client: ClaudeClient;
  model?: string;
  maxTokens?: number;
  /** Analyst calls in flight at once (parallel mode). */
  concurrency?: number;
  /** Run the analyst phase through the Message Batches API. */
  batch?: boolean;
  /** Token budget of one analyst digest. */
  digestTokenBudget?: number;
  sessionsPerBatch?: number;
  /** At most this many analyst calls per pass, whatever the corpus size. */
  maxBatches?: number;
  memoryTokenBudget?: number;
  candidateTokenBudget?: number;
  /** Stream answers over SSE. */
  stream?: boolean;
  /** Thinking effort on adaptive-thinking models (Sonnet 5.5...). Default medium: extraction, not research. */
  effort?: Effort;
  batchPolling?: Partial<BatchPolling>;
  logger?: Logger;
}

export class ClaudeEngine implements DreamEngine {
  readonly name = 'claude' as const;
  readonly model: string;
  readonly maxTokens: number;
  private readonly o: Required<Omit<ClaudeEngineOptions, 'batchPolling' | 'logger' | 'model' | 'maxTokens'>> & {
    polling: BatchPolling;
    logger: Logger;
  };

  constructor(opts: ClaudeEngineOptions) {
    this.model = opts.model || DEFAULT_MODEL;
    this.maxTokens = Math.min(MAX_TOKENS_LIMIT, Math.max(512, Math.floor(opts.maxTokens ?? 16_000)));
    this.o = {
      client: opts.client,
      concurrency: opts.concurrency ?? 4,
      batch: opts.batch ?? false,
      digestTokenBudget: opts.digestTokenBudget ?? 8_000,
      sessionsPerBatch: opts.sessionsPerBatch ?? 40,
      maxBatches: opts.maxBatches ?? 12,
      memoryTokenBudget: opts.memoryTokenBudget ?? 12_000,
      candidateTokenBudget: opts.candidateTokenBudget ?? 12_000,
      stream: opts.stream ?? false,
      effort: opts.effort ?? 'medium',
      polling: { initialIntervalMs: 5_000, maxIntervalMs: 60_000, maxWaitMs: 24 * 3600_000, ...opts.batchPolling },
      logger: opts.logger ?? silentLogger,
    };
  }

  async dream(input: DreamInput): Promise<DreamResult> {
    const logger = input.logger ?? this.o.logger;
    const meter = new UsageMeter();
    const notes: string[] = [];
    const rejected: RejectedEdit[] = [];
    const counter = new TokenCounter();
    const ctx: CallContext = {
      client: this.o.client,
      model: this.model,
      maxTokens: this.maxTokens,
      meter,
      stream: this.o.stream,
      toolChoice: { mode: initialToolChoice(this.model) },
      effort: this.o.effort,
      ...(input.signal ? { signal: input.signal } : {}),
    };
    const validators = makeValidators();

    const digestOpts = { budgetTokens: this.o.digestTokenBudget, sessionsPerBatch: this.o.sessionsPerBatch, maxBatches: this.o.maxBatches };
    const firstDraft = buildDigests(input, digestOpts, counter);
    if (firstDraft.length === 0)
      return { edits: [], rejected, usage: meter.usage, notes: ['claude: no sessions or patterns to dream about'] };
    await counter.calibrate({ client: this.o.client, model: this.model, sample: firstDraft[0]!.text, logger });
    const digests = counter.ratio === 1 ? firstDraft : buildDigests(input, digestOpts, counter);
    const omitted = digests.reduce((n, d) => n + d.omitted.outlines, 0);
    logger.info(
      `claude: ${digests.length} analyst digest(s), largest ~${Math.max(...digests.map((d) => d.tokens))} tokens${omitted ? `, ${omitted} outlines left out for budget` : ''}`,
    );
    if (omitted)
      notes.push(`${omitted} session outlines left out of the digests to stay within ${this.o.digestTokenBudget} tokens per digest`);
    const coverage = patternCoverage(input, digests);
    if (coverage.supported > 0)
      notes.push(
        `claude coverage: ${coverage.represented} of ${coverage.supported} supported patterns represented by a session outline in the digests`,
      );

    const analysts = this.o.batch
      ? await runAnalystsBatch(ctx, digests, {
          minSupport: input.options.minSupport,
          validate: validators.analyst,
          logger,
          polling: this.o.polling,
        })
      : await runAnalystsParallel(ctx, digests, {
          concurrency: this.o.concurrency,
          minSupport: input.options.minSupport,
          validate: validators.analyst,
          logger,
        });
    notes.push(...analysts.notes);
    const candidates = dedupeCandidates(analysts.candidates);
    logger.info(`claude: ${candidates.length} candidate lesson(s)`);
    if (candidates.length === 0) {
      notes.push('claude: analysts found no candidate lessons');
      return this.finish([], rejected, meter, notes);
    }

    const memoryText = renderMemory({
      memory: input.memory,
      options: input.options,
      budgetTokens: this.o.memoryTokenBudget,
      counter,
    });
    const curated = await runCurator({
      ctx,
      candidates,
      input,
      memoryText,
      candidateBudgetTokens: this.o.candidateTokenBudget,
      counter,
      validate: validators.curator,
      onRetry: (r) => logger.warning(`claude: curator answer malformed, retrying once: ${r}`),
    });
    if (curated.shown < candidates.length) notes.push(`curator saw ${curated.shown} of ${candidates.length} candidates (budget)`);

    const drafts = trimDrafts(curated.drafts, input.options.maxEdits);
    if (drafts.length < curated.drafts.length)
      notes.push(`curator proposed ${curated.drafts.length} edits; the first ${drafts.length} were considered`);
    const bound = bindToPatterns(
      drafts.map((d) => toEdit(d, input)),
      input,
    );
    rejected.push(...bound.rejected);
    const edits = this.dropRepeats(bound, input, rejected);

    const verify = input.verifyEvidence ?? evidenceIndexFromInput(input);
    const verified = runVerifier(edits, {
      memory: input.memory,
      verify,
      minSupport: input.options.minSupport,
      maxEntryBytes: input.options.maxEntryBytes,
      rootOf: rootsOf(input.sessions),
      standingPatterns: new Set(input.patterns.filter((p) => p.signals.some((s) => s.standing)).map((p) => p.id)),
      patterns: new Map([...input.patterns, ...input.oneOffs].map((p) => [p.id, p])),
    });
    rejected.push(...verified.rejected);

    const reviewed = await runReviewer(ctx, verified.kept, {
      memoryText,
      options: input.options,
      counter,
      budgetTokens: this.o.candidateTokenBudget,
      validate: validators.reviewer,
      onRetry: (r) => logger.warning(`claude: reviewer answer malformed, retrying once: ${r}`),
    });
    rejected.push(...reviewed.rejected);

    const limited = applyPassLimits({ edits: reviewed.kept, memory: input.memory, options: input.options, by: 'claude' });
    rejected.push(...limited.rejected);
    return this.finish(limited.kept, rejected, meter, notes);
  }

  /**
   * Duplicates within the answer and edits the ledger suppressed never reach review. Suppression is the ledger's
   * one rule (ledger/same-proposal.ts): the edit's ids (its own and the content id of the same text, which another
   * engine may have proposed), or the same pattern taught in the same file in any words.
   */
  private dropRepeats(bound: BoundEdits, input: DreamInput, rejected: RejectedEdit[]): Edit[] {
    const seen = new Set<string>();
    return bound.kept.filter((edit) => {
      const content = bound.contentIds.get(edit);
      if (isSuppressed(edit, input.suppressedEditIds, content ? [content] : [])) {
        rejected.push({ edit, reason: 'already proposed or rejected before, with no new evidence', by: 'ledger' });
        return false;
      }
      // The same text twice is one edit, whichever of its ids it carries.
      const same = [edit.id, bound.contentIds.get(edit)].filter((k): k is string => !!k);
      if (same.some((k) => seen.has(k))) return false;
      same.forEach((k) => seen.add(k));
      return true;
    });
  }

  private finish(edits: Edit[], rejected: RejectedEdit[], meter: UsageMeter, notes: string[]): DreamResult {
    if (meter.guessedPrices.size) notes.push(`cost for ${[...meter.guessedPrices].join(', ')} estimated from its model family's price`);
    const cost = Object.entries(meter.usage.costUsdByModel)
      .map(([m, c]) => `${m} $${c.toFixed(4)}`)
      .join(', ');
    notes.push(
      `claude usage: ${meter.usage.requests} requests, ${meter.usage.inputTokens} input + ${meter.usage.cacheReadInputTokens} cache-read + ${meter.usage.cacheCreationInputTokens} cache-write + ${meter.usage.outputTokens} output tokens${cost ? `; est. ${cost}` : ''}`,
    );
    return { edits, rejected, usage: meter.usage, notes };
  }
}

export interface CreateClaudeEngineOptions extends Partial<ProviderTarget> {
  model?: string;
  batch?: boolean;
  logger?: Logger;
  maxTokens?: number;
  concurrency?: number;
  digestTokenBudget?: number;
  /** SDK retries for 408/409/429/5xx/529 and connection errors, with exponential backoff. */
  maxRetries?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
}

export const MISSING_KEY_MESSAGE = 'ANTHROPIC_API_KEY is not set: export it, or pass --engine offline (the default)';

/**
 * Builds the engine from explicit settings only; the caller decides where the key and the provider's
 * region come from. Refuses up front what the provider cannot serve, before anything is read.
 */
export async function createClaudeEngine(opts: CreateClaudeEngineOptions): Promise<ClaudeEngine> {
  const provider = opts.provider ?? 'anthropic';
  if (provider === 'anthropic' && !opts.apiKey?.trim()) throw new Error(MISSING_KEY_MESSAGE);
  if (provider !== 'anthropic') {
    if (!opts.model)
      throw new Error(
        `provider ${provider} needs the model id enabled in your account: pass --model (for example ${PROVIDER_MODEL_EXAMPLES[provider]})`,
      );
    if (opts.batch) throw new Error(`--batch: ${PROVIDER_LABEL[provider]} does not serve the Message Batches API; leave --batch out`);
  }
  const problem = providerProblem({ ...opts, provider });
  if (problem) throw new Error(`${problem}: export it`);
  const client = await createProviderClient({
    ...opts,
    provider,
    maxRetries: opts.maxRetries ?? 4,
    timeoutMs: opts.timeoutMs ?? 180_000,
  });
  return new ClaudeEngine({
    client,
    ...(opts.model ? { model: opts.model } : {}),
    ...(opts.batch !== undefined ? { batch: opts.batch } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.maxTokens ? { maxTokens: opts.maxTokens } : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.digestTokenBudget ? { digestTokenBudget: opts.digestTokenBudget } : {}),
  });
}
