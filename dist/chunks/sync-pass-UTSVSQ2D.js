import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  runSyncMode
} from "./chunk-EERSJXKK.js";
import "./chunk-4KJHURX6.js";
import {
  managedAgentsPorts
} from "./chunk-HC3VVD24.js";
import "./chunk-72WOTJTO.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-FKT5VVHE.js";
import "./chunk-WZN67QYX.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-7OVR6L5L.js";

// src/pipeline/sync-pass.ts
async function syncPass(p) {
  const { settings } = p;
  if (!settings.memoryStoreId) throw new Error("mode: sync needs memory-store-id: the memory store the deployed agents read");
  if (!p.anthropic.apiKey)
    throw new Error(
      `mode: sync needs anthropic-api-key to write to memory store ${settings.memoryStoreId}: set the \`anthropic-api-key\` input from a secret`
    );
  const { stores } = managedAgentsPorts({ apiKey: p.anthropic.apiKey, baseURL: p.anthropic.baseURL });
  return runSyncMode({
    stores,
    storeId: settings.memoryStoreId,
    repoDir: settings.repoDir,
    memoryGlobs: settings.memory,
    ...p.event ? { event: p.event } : {},
    ...p.sha ? { sha: p.sha } : {},
    logger: p.logger
  });
}
export {
  syncPass
};
