/**
 * Managed Agents sessions and their event logs: list (bidirectional cursor, newest first by
 * default) and events list (cursor, oldest first by default), with the API's filters.
 */
import { createdAtFilter, invalid, newId, notFound, nowIso, paginate, type Query } from './common.js';

type SessionStatus = 'rescheduling' | 'running' | 'idle' | 'terminated';

export interface SeedSession {
  id?: string;
  created_at?: string;
  status?: SessionStatus;
  title?: string;
  archived?: boolean;
  /** Event objects as the API returns them; `id` and `processed_at` are filled in when missing. */
  events?: Record<string, unknown>[];
}

interface StoredSession {
  json: Record<string, unknown>;
  events: Record<string, unknown>[];
}

export class SessionState {
  readonly sessions = new Map<string, StoredSession>();

  add(seed: SeedSession): string {
    const id = seed.id ?? newId('sesn');
    const created = seed.created_at ?? nowIso();
    const events = (seed.events ?? []).map((e, i) => ({
      id: `sevt_${id.slice(5)}_${String(i).padStart(6, '0')}`,
      processed_at: new Date(Date.parse(created) + i * 1000).toISOString(),
      ...e,
    }));
    const json: Record<string, unknown> = {
      type: 'session',
      id,
      agent: {
        type: 'agent',
        id: 'agent_fake',
        name: 'fake agent',
        description: null,
        execution_identity: null,
        mcp_servers: [],
        model: { id: 'claude-sonnet-4-6' },
        multiagent: null,
        skills: [],
        system: null,
        tools: [],
        version: 1,
      },
      archived_at: seed.archived ? created : null,
      budget: null,
      created_at: created,
      updated_at: created,
      environment_id: 'env_fake',
      metadata: {},
      outcome_evaluations: [],
      resources: [],
      stats: {},
      status: seed.status ?? 'idle',
      title: seed.title ?? null,
      usage: {},
      vault_ids: [],
    };
    this.sessions.set(id, { json, events });
    return id;
  }

  retrieve(id: string) {
    return this.session(id).json;
  }

  list(query: Query) {
    const includeArchived = query.get('include_archived') === 'true';
    const statuses = query.all('statuses');
    const inRange = createdAtFilter(query);
    const order = orderOf(query, 'desc');
    const items = [...this.sessions.values()]
      .map((s) => s.json)
      .filter((s) => includeArchived || s.archived_at === null)
      .filter((s) => statuses.length === 0 || statuses.includes(String(s.status)))
      .filter((s) => inRange(String(s.created_at)))
      .sort((a, b) => cmp(String(a.created_at), String(b.created_at)) * (order === 'asc' ? 1 : -1));
    return paginate(items, query, { defaultLimit: 20, maxLimit: 100, bidirectional: true });
  }

  listEvents(id: string, query: Query) {
    const s = this.session(id);
    const types = query.all('types');
    const inRange = createdAtFilter(query);
    const order = orderOf(query, 'asc');
    const items = s.events
      .filter((e) => types.length === 0 || types.includes(String(e.type)))
      .filter((e) => typeof e.processed_at !== 'string' || inRange(e.processed_at))
      .slice();
    if (order === 'desc') items.reverse();
    return paginate(items, query, { defaultLimit: 20, maxLimit: 100 });
  }

  private session(id: string): StoredSession {
    const s = this.sessions.get(id);
    if (!s) throw notFound(`session ${id}`);
    return s;
  }
}

function orderOf(query: Query, fallback: 'asc' | 'desc'): 'asc' | 'desc' {
  const o = query.get('order') ?? fallback;
  if (o !== 'asc' && o !== 'desc') throw invalid('order: must be "asc" or "desc"');
  return o;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
