import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/sources/managed-sessions.ts
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
var MAX_EVENTS_PER_SESSION = 2e5;
async function listManagedSessionIds(sessions, opts) {
  const ids = [];
  const createdAt = {};
  for await (const session of sessions.listSettledSessions({ since: opts.since })) {
    if (ids.length >= opts.maxSessions) return { ids, truncated: true, createdAt };
    ids.push(session.id);
    if (session.createdAt) createdAt[session.id] = session.createdAt;
  }
  return { ids, truncated: false, createdAt };
}
async function fetchManagedSessions(sessions, opts) {
  const ids = opts.sessionIds ? [...new Set(opts.sessionIds)].slice(0, opts.maxSessions) : (await listManagedSessionIds(sessions, { since: opts.since, maxSessions: opts.maxSessions })).ids;
  await mkdir(opts.destDir, { recursive: true });
  const written = [];
  for (const id of ids) {
    written.push(await writeSessionEvents(sessions, id, opts.destDir));
  }
  return written;
}
async function writeSessionEvents(sessions, sessionId, destDir) {
  if (!/^[A-Za-z0-9_-]+$/.test(sessionId)) throw new Error(`refusing session id ${JSON.stringify(sessionId)}: not a Managed Agents id`);
  const target = path.join(destDir, `${sessionId}.jsonl`);
  const partial = `${target}.partial`;
  const out = createWriteStream(partial, { encoding: "utf8" });
  const closed = once(out, "close");
  let count = 0;
  try {
    for await (const event of sessions.listEvents(sessionId)) {
      if (++count > MAX_EVENTS_PER_SESSION) {
        throw new Error(`session ${sessionId} has more than ${MAX_EVENTS_PER_SESSION} events; not fetched`);
      }
      if (!out.write(`${JSON.stringify(event)}
`)) await once(out, "drain");
    }
    out.end();
    await closed;
    await rename(partial, target);
    return target;
  } catch (err) {
    out.destroy();
    await closed.catch(() => void 0);
    await rm(partial, { force: true });
    throw err;
  }
}

export {
  listManagedSessionIds,
  fetchManagedSessions
};
