/**
 * Dreams: create validates the request like the API; each retrieve moves the dream along
 * pending -> running -> (scripted) completed | failed | canceled, so clients must poll. A
 * create_new dream writes into a fresh copy of its input store; update_existing holds the input
 * store, and a second writer gets 409 conflict_error.
 */
import { ApiFailure, createdAtFilter, invalid, newId, notFound, nowIso, paginate, type Query } from './common.js';
import type { MemoryStoreState } from './memory-stores.js';
import type { SessionState } from './sessions.js';

interface DreamContext {
  /** 0-based count of dreams created on this server before this one. */
  index: number;
  dreamId: string;
  inputStoreId: string;
  sessionIds: string[];
  instructions: string | null;
}

interface DreamOutcome {
  /** Retrieves answered `running` before the final status. Default 1. */
  runningPolls?: number;
  /** 'hang' stays running until someone cancels it. */
  status: 'completed' | 'failed' | 'canceled' | 'hang';
  /** Rewrites the output memories (path -> content); paths left out are deleted. */
  write?: (memories: Map<string, string>, ctx: DreamContext) => Map<string, string>;
  error?: { type: string; message: string };
  /** Tokens added on every running poll. */
  usagePerPoll?: { input_tokens?: number; output_tokens?: number; cache_read_input_tokens?: number; cache_creation_input_tokens?: number };
}

export type DreamScript = (ctx: DreamContext) => DreamOutcome;

interface StoredDream {
  json: {
    type: 'dream';
    id: string;
    archived_at: string | null;
    created_at: string;
    ended_at: string | null;
    error: { type: string; message: string } | null;
    inputs: unknown[];
    instructions: string | null;
    model: { id: string; speed: 'standard' };
    output_behavior: { type: 'create_new' } | { type: 'update_existing'; memory_store_id: string };
    outputs: { type: 'memory_store'; memory_store_id: string }[];
    session_id: string | null;
    status: 'pending' | 'running' | 'completed' | 'failed' | 'canceled';
    usage: { input_tokens: number; output_tokens: number; cache_read_input_tokens: number; cache_creation_input_tokens: number };
  };
  ctx: DreamContext;
  outcome: DreamOutcome;
  pollsLeft: number;
}

const FINAL = new Set(['completed', 'failed', 'canceled']);

export class DreamState {
  readonly dreams = new Map<string, StoredDream>();
  script: DreamScript = () => ({ status: 'completed' });

  constructor(
    private readonly stores: MemoryStoreState,
    private readonly sessions: SessionState,
  ) {}

  create(body: Record<string, unknown>) {
    const inputs = body.inputs;
    if (!Array.isArray(inputs)) throw invalid('inputs: required');
    const storeInputs = inputs.filter((i) => i?.type === 'memory_store');
    const sessionInputs = inputs.filter((i) => i?.type === 'sessions');
    if (storeInputs.length !== 1 || sessionInputs.length !== 1 || inputs.length !== 2) {
      throw invalid('inputs: exactly one memory_store entry and exactly one sessions entry');
    }
    const storeId = String(storeInputs[0].memory_store_id);
    const store = this.stores.store(storeId);
    if (store.archived_at !== null) throw invalid(`inputs: memory store ${storeId} is archived`);
    const ids: unknown = sessionInputs[0].session_ids;
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > 100) throw invalid('session_ids: give 1 to 100 IDs');
    if (new Set(ids).size !== ids.length) throw invalid('session_ids: duplicates are not allowed');
    for (const id of ids) this.sessions.retrieve(String(id));
    const model = body.model;
    const modelId = typeof model === 'string' ? model : (model as { id?: unknown } | undefined)?.id;
    if (typeof modelId !== 'string' || modelId.length < 1 || modelId.length > 256) throw invalid('model: required');
    const instructions = body.instructions ?? null;
    if (instructions !== null && (typeof instructions !== 'string' || instructions.length < 1 || instructions.length > 4096)) {
      throw invalid('instructions: from 1 to 4,096 characters');
    }
    const behavior = (body.output_behavior as StoredDream['json']['output_behavior'] | undefined) ?? { type: 'create_new' };
    const id = newId('drm');
    if (behavior.type === 'update_existing') {
      if (behavior.memory_store_id !== storeId) throw invalid('output_behavior.memory_store_id: must be the input store');
      const holder = this.stores.heldBy.get(storeId);
      if (holder) {
        throw new ApiFailure(
          409,
          'conflict_error',
          `Another dream (${holder}) is writing into memory store ${storeId}.`,
          {},
          {
            'x-should-retry': 'false',
          },
        );
      }
      this.stores.heldBy.set(storeId, id);
    } else if (behavior.type !== 'create_new') {
      throw invalid('output_behavior.type: must be "create_new" or "update_existing"');
    }
    const sortedIds = ids.map(String).sort();
    const ctx: DreamContext = {
      index: this.dreams.size,
      dreamId: id,
      inputStoreId: storeId,
      sessionIds: sortedIds,
      instructions: instructions as string | null,
    };
    const outcome = this.script(ctx);
    const dream: StoredDream = {
      json: {
        type: 'dream',
        id,
        archived_at: null,
        created_at: nowIso(),
        ended_at: null,
        error: null,
        inputs: [
          { type: 'memory_store', memory_store_id: storeId },
          { type: 'sessions', session_ids: sortedIds },
        ],
        instructions: instructions as string | null,
        model: { id: modelId, speed: 'standard' },
        output_behavior: behavior,
        outputs: [],
        session_id: null,
        status: 'pending',
        usage: { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 },
      },
      ctx,
      outcome,
      pollsLeft: outcome.runningPolls ?? 1,
    };
    this.dreams.set(id, dream);
    return dream.json;
  }

  /** Each retrieve is one tick of the dream's progress. */
  retrieve(id: string) {
    const d = this.dream(id);
    const j = d.json;
    if (j.status === 'pending') {
      j.status = 'running';
      j.session_id = newId('sesn');
      const out =
        j.output_behavior.type === 'update_existing'
          ? j.output_behavior.memory_store_id
          : this.stores.cloneStore(d.ctx.inputStoreId, `dream ${id} output`).id;
      j.outputs = [{ type: 'memory_store', memory_store_id: out }];
    } else if (j.status === 'running') {
      this.addUsage(d);
      if (d.outcome.status !== 'hang' && --d.pollsLeft <= 0) this.finish(d, d.outcome.status);
    }
    return j;
  }

  list(query: Query) {
    const includeArchived = query.get('include_archived') === 'true';
    const statuses = query.all('statuses');
    const inRange = createdAtFilter(query);
    const items = [...this.dreams.values()]
      .map((d) => d.json)
      .filter((j) => includeArchived || j.archived_at === null)
      .filter((j) => statuses.length === 0 || statuses.includes(j.status))
      .filter((j) => inRange(j.created_at))
      .reverse();
    return paginate(items, query, { defaultLimit: 20, maxLimit: 100 });
  }

  cancel(id: string) {
    const d = this.dream(id);
    if (d.json.status === 'completed' || d.json.status === 'failed') {
      throw invalid(`dream ${id} is ${d.json.status} and cannot be canceled`);
    }
    if (d.json.status !== 'canceled') this.finish(d, 'canceled');
    return d.json;
  }

  archive(id: string) {
    const d = this.dream(id);
    if (!FINAL.has(d.json.status)) throw invalid(`dream ${id} is ${d.json.status}: cancel it before archiving`);
    d.json.archived_at ??= nowIso();
    return d.json;
  }

  private finish(d: StoredDream, status: 'completed' | 'failed' | 'canceled'): void {
    const j = d.json;
    j.status = status;
    j.ended_at = nowIso();
    if (status === 'failed') j.error = d.outcome.error ?? { type: 'internal_error', message: 'The dream failed.' };
    const out = j.outputs[0]?.memory_store_id;
    if (status === 'completed' && out && d.outcome.write) {
      const store = this.stores.store(out);
      const before = this.stores.snapshot(out);
      const after = d.outcome.write(new Map(before), d.ctx);
      for (const path of before.keys()) if (!after.has(path)) this.stores.removeMemoryAt(store, path);
      for (const [path, content] of after) if (before.get(path) !== content) this.stores.putMemory(store, path, content);
    }
    if (this.stores.heldBy.get(d.ctx.inputStoreId) === j.id) this.stores.heldBy.delete(d.ctx.inputStoreId);
  }

  private addUsage(d: StoredDream): void {
    const per = d.outcome.usagePerPoll ?? { input_tokens: 1000, output_tokens: 200 };
    const u = d.json.usage;
    u.input_tokens += per.input_tokens ?? 0;
    u.output_tokens += per.output_tokens ?? 0;
    u.cache_read_input_tokens += per.cache_read_input_tokens ?? 0;
    u.cache_creation_input_tokens += per.cache_creation_input_tokens ?? 0;
  }

  private dream(id: string): StoredDream {
    const d = this.dreams.get(id);
    if (!d) throw notFound(`dream ${id}`);
    return d;
  }
}
