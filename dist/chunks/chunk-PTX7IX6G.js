import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/model/session.ts
var TRUST_LEVELS = ["developer", "app-user", "public"];
function defaultTrust(format) {
  if (format === "claude-stream-json") return "public";
  if (format === "managed-agents-events") return "app-user";
  return "developer";
}
function sessionTime(session) {
  const candidates = [session.startedAt, ...session.events.slice(0, 50).map((e) => e.timestamp)];
  for (const t of candidates) {
    const ms = t ? Date.parse(t) : NaN;
    if (!Number.isNaN(ms)) return ms;
  }
  return void 0;
}

export {
  TRUST_LEVELS,
  defaultTrust,
  sessionTime
};
