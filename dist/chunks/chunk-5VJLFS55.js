import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  OfflineEngine
} from "./chunk-VO4SGRYY.js";
import {
  PROVIDER_LABEL,
  targetFromEnv
} from "./chunk-C45OFBSW.js";
import {
  DreamsConfigError
} from "./chunk-7BDT2V2A.js";

// src/engine/index.ts
async function createEngine(settings, deps) {
  switch (settings.engine) {
    case "offline":
      return new OfflineEngine();
    case "claude": {
      const target = targetFromEnv(settings.provider, deps.env);
      const { createClaudeEngine } = await import("./claude-A54ZIDQG.js");
      return createClaudeEngine({ ...target, model: settings.model, batch: deps.batch ?? false, logger: deps.logger });
    }
    case "anthropic-dreams": {
      if (settings.provider !== "anthropic") {
        throw new DreamsConfigError(
          `engine "anthropic-dreams" runs on Anthropic's hosted Dreams (the Managed Agents API), which ${PROVIDER_LABEL[settings.provider]} does not serve: it serves the Messages API only. Use engine "claude" with provider ${settings.provider}, or provider anthropic.`
        );
      }
      const { createDreamsEngine } = await import("./dreams-BVIJCARW.js");
      return createDreamsEngine({
        apiKey: deps.env.ANTHROPIC_API_KEY,
        baseURL: deps.env.ANTHROPIC_BASE_URL,
        instructions: settings.instructions,
        logger: deps.logger,
        ...settings.model ? { model: settings.model } : {},
        ...settings.memoryStoreId ? { storeId: settings.memoryStoreId } : {},
        ...settings.anthropicSessionIds ? { sessionIds: settings.anthropicSessionIds } : {},
        ...deps.since ? { since: deps.since } : {},
        keepStores: settings.keepStores,
        timeoutMs: settings.dreamTimeoutMinutes * 6e4
      });
    }
  }
}

// src/pipeline/atomic-file.ts
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
async function atomicFile(file) {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const dir = await mkdtemp(path.join(path.dirname(target), ".dream-tmp-"));
  const tmp = path.join(dir, "out");
  return {
    tmp,
    commit: () => rename(tmp, target),
    discard: () => rm(dir, { recursive: true, force: true })
  };
}

// src/publish/shorten.ts
var ELLIPSIS = "\u2026";
function shorten(text, max) {
  if (max < 2) throw new RangeError(`shorten: max must be at least 2, got ${max}`);
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join("");
  const space = room.search(/\s\S*$/);
  const cut = space >= room.length / 2 ? room.slice(0, space) : room;
  return cut.replace(/[\s,;:.-]+$/u, "") + ELLIPSIS;
}

export {
  createEngine,
  shorten,
  atomicFile
};
