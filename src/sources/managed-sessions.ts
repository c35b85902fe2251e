/**
 * Claude Managed Agents sessions as a transcript source. Each session's events are written as
 * JSONL, one event object per line exactly as the API returns them (the reader's
 * 'managed-agents-events' format), so the offline and claude engines read them like any
 * committed transcript. The API is reached through a SessionEventsPort (src/engine/dreams/api.ts).
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { SessionEventsPort } from '../managed-agents/ports.js';

/** Bounds one session's log: a session this long is a runaway, not a lesson. */
const MAX_EVENTS_PER_SESSION = 200_000;

export interface ListSessionsOptions {
  /** RFC 3339: only sessions created after this (the ledger's last dream). */
  since?: string;
  maxSessions: number;
}

/** Settled session ids, oldest first, at most maxSessions; `truncated` when more were there. */
export async function listManagedSessionIds(
  sessions: SessionEventsPort,
  opts: ListSessionsOptions,
): Promise<{ ids: string[]; truncated: boolean; createdAt: Record<string, string> }> {
  const ids: string[] = [];
  // Creation times let the ledger resume after the last session read, not after the run: a capped
  // listing reads the oldest sessions, and the rest must still be newer than the cursor.
  const createdAt: Record<string, string> = {};
  for await (const session of sessions.listSettledSessions({ since: opts.since })) {
    if (ids.length >= opts.maxSessions) return { ids, truncated: true, createdAt };
    ids.push(session.id);
    if (session.createdAt) createdAt[session.id] = session.createdAt;
  }
  return { ids, truncated: false, createdAt };
}

export interface FetchManagedSessionsOptions {
  sessionIds?: string[];
  since?: string;
  destDir: string;
  maxSessions: number;
}

/** Writes `<destDir>/<session id>.jsonl` for each session and returns the paths written. */
export async function fetchManagedSessions(sessions: SessionEventsPort, opts: FetchManagedSessionsOptions): Promise<string[]> {
  const ids = opts.sessionIds
    ? [...new Set(opts.sessionIds)].slice(0, opts.maxSessions)
    : (await listManagedSessionIds(sessions, { since: opts.since, maxSessions: opts.maxSessions })).ids;
  await mkdir(opts.destDir, { recursive: true });
  const written: string[] = [];
  for (const id of ids) {
    written.push(await writeSessionEvents(sessions, id, opts.destDir));
  }
  return written;
}

async function writeSessionEvents(sessions: SessionEventsPort, sessionId: string, destDir: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]+$/.test(sessionId)) throw new Error(`refusing session id ${JSON.stringify(sessionId)}: not a Managed Agents id`);
  const target = path.join(destDir, `${sessionId}.jsonl`);
  // Written under a temporary name first, so an interrupted fetch never leaves a file that looks whole.
  const partial = `${target}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  const closed = once(out, 'close');
  let count = 0;
  try {
    for await (const event of sessions.listEvents(sessionId)) {
      if (++count > MAX_EVENTS_PER_SESSION) {
        throw new Error(`session ${sessionId} has more than ${MAX_EVENTS_PER_SESSION} events; not fetched`);
      }
      if (!out.write(`${JSON.stringify(event)}\n`)) await once(out, 'drain');
    }
    out.end();
    await closed;
    await rename(partial, target);
    return target;
  } catch (err) {
    out.destroy();
    await closed.catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}
