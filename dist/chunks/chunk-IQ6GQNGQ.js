import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/model/session.ts
var TRUST_LEVELS = ["developer", "app-user", "public"];
function defaultTrust(format) {
  if (format === "claude-stream-json") return "public";
  if (format === "managed-agents-events") return "app-user";
  return "developer";
}

export {
  TRUST_LEVELS,
  defaultTrust
};
