import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_SESSION_GLOBS
} from "./chunk-5NIXXDV6.js";

// src/config/settings.ts
var defaultSettings = (repoDir) => ({
  repoDir,
  sessions: [...DEFAULT_SESSION_GLOBS],
  memory: [],
  engine: "offline",
  provider: "anthropic",
  minSupport: 2,
  maxEdits: 20,
  minNewSessions: 1,
  budget: { maxLines: 200, maxBytes: 25 * 1024 },
  maxDeleteShare: 0.25,
  maxEntryBytes: 600,
  unobservedDays: 30,
  ledgerPath: ".dreaming/ledger.json",
  dryRun: false,
  mode: "dream",
  keepStores: false,
  dreamTimeoutMinutes: 45,
  managedSessions: false
});
var dreamOptionsFrom = (s) => ({
  minSupport: s.minSupport,
  maxEdits: s.maxEdits,
  budget: s.budget,
  maxDeleteShare: s.maxDeleteShare,
  maxEntryBytes: s.maxEntryBytes
});

export {
  defaultSettings,
  dreamOptionsFrom
};
