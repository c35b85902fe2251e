/**
 * Pieces shared by the fake Managed Agents server's resources: the API's error envelope,
 * cursor pagination and id generation, as the real API shapes them.
 */
import { createHash, randomBytes } from 'node:crypto';

/** An error the handlers throw; the server turns it into the API's `{type:'error', error}` body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new ApiFailure(400, 'invalid_request_error', message);
export const notFound = (what: string) => new ApiFailure(404, 'not_found_error', `${what} not found`);

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A monotonic clock so objects created in one millisecond still sort in creation order. */
let lastMs = 0;
export function nowIso(): string {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return new Date(lastMs).toISOString();
}

export interface Query {
  get(name: string): string | undefined;
  all(name: string): string[];
}

export function parseQuery(search: URLSearchParams): Query {
  return {
    get: (name) => search.get(name) ?? undefined,
    // The SDK serialises arrays as `name[]=a&name[]=b` (qs, arrayFormat: brackets).
    all: (name) => [...search.getAll(`${name}[]`), ...search.getAll(name)],
  };
}

/** Opaque cursor pagination over an already filtered and ordered list. */
export function paginate<T>(
  items: T[],
  query: Query,
  opts: { defaultLimit: number; maxLimit: number; bidirectional?: boolean },
): { data: T[]; next_page: string | null; prev_page?: string | null } {
  const limitText = query.get('limit');
  const limit = limitText === undefined ? opts.defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > opts.maxLimit) {
    throw invalid(`limit: must be an integer from 1 to ${opts.maxLimit}`);
  }
  const page = query.get('page');
  let start = 0;
  if (page !== undefined && page !== '') {
    const decoded = /^page_(\d+)$/.exec(Buffer.from(page, 'base64url').toString('utf8'));
    if (!decoded) throw invalid('page: not a valid page cursor');
    start = Number(decoded[1]);
  }
  const cursor = (offset: number) => Buffer.from(`page_${offset}`, 'utf8').toString('base64url');
  const data = items.slice(start, start + limit);
  const next_page = start + limit < items.length ? cursor(start + limit) : null;
  if (!opts.bidirectional) return { data, next_page };
  return { data, next_page, prev_page: start > 0 ? cursor(Math.max(0, start - limit)) : null };
}

/** created_at[gt|gte|lt|lte] filters, shared by sessions, events and stores. */
export function createdAtFilter(query: Query): (createdAt: string) => boolean {
  const bounds = (['gt', 'gte', 'lt', 'lte'] as const).map((op) => [op, query.get(`created_at[${op}]`)] as const);
  return (createdAt) => {
    const t = Date.parse(createdAt);
    for (const [op, value] of bounds) {
      if (value === undefined) continue;
      const b = Date.parse(value);
      if (Number.isNaN(b)) throw invalid(`created_at[${op}]: not an RFC 3339 time`);
      if (op === 'gt' && !(t > b)) return false;
      if (op === 'gte' && !(t >= b)) return false;
      if (op === 'lt' && !(t < b)) return false;
      if (op === 'lte' && !(t <= b)) return false;
    }
    return true;
  };
}
