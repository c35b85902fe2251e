import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DreamsConfigError
} from "./chunk-7BDT2V2A.js";

// src/managed-agents/store.ts
import { createHash } from "node:crypto";
var MAX_MEMORY_BYTES = 102400;
var MAX_STORE_MEMORIES = 5e3;
var sha256Hex = (text) => createHash("sha256").update(text, "utf8").digest("hex");
function memoryPathOf(repoPath) {
  const clean = repoPath.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  return `/${clean}`;
}
function repoPathOf(memoryPath) {
  return memoryPath.replace(/^\/+/, "");
}
function checkMemorySizes(files) {
  for (const f of files) {
    const bytes = Buffer.byteLength(f.text, "utf8");
    if (bytes > MAX_MEMORY_BYTES) {
      throw new DreamsConfigError(
        `${f.path} is ${bytes.toLocaleString("en-US")} bytes; a memory store holds at most ${MAX_MEMORY_BYTES.toLocaleString("en-US")} bytes per memory. Shorten the file or leave it out of the memory globs.`
      );
    }
  }
}
async function readStore(port, storeId) {
  const out = /* @__PURE__ */ new Map();
  for await (const item of port.listMemories(storeId, { withContent: true })) {
    if (out.size >= MAX_STORE_MEMORIES) {
      throw new DreamsConfigError(`memory store ${storeId} holds more than ${MAX_STORE_MEMORIES} memories; refusing to read it all`);
    }
    out.set(item.path, { id: item.id, content: item.content ?? "", sha256: item.sha256 });
  }
  return out;
}
async function listStoreHashes(port, storeId) {
  const out = /* @__PURE__ */ new Map();
  for await (const item of port.listMemories(storeId, { withContent: false })) {
    if (out.size >= MAX_STORE_MEMORIES)
      throw new DreamsConfigError(`memory store ${storeId} holds more than ${MAX_STORE_MEMORIES} memories`);
    out.set(item.path, { id: item.id, sha256: item.sha256 });
  }
  return out;
}
async function mirrorFiles({
  port,
  storeId,
  files,
  logger
}) {
  checkMemorySizes(files);
  const existing = await listStoreHashes(port, storeId);
  const counts = { created: 0, updated: 0, unchanged: 0, replaced: [] };
  for (const f of files) {
    const path = memoryPathOf(f.path);
    const have = existing.get(path);
    if (!have) {
      await port.createMemory(storeId, path, f.text);
      counts.created++;
    } else if (have.sha256 !== sha256Hex(f.text)) {
      await port.updateMemory(storeId, have.id, f.text, have.sha256);
      counts.updated++;
      counts.replaced.push(path);
    } else {
      counts.unchanged++;
    }
  }
  logger.debug(`mirrored ${files.length} memory files into ${storeId}: ${JSON.stringify(counts)}`);
  return counts;
}
async function disposeStore(port, storeId, logger) {
  try {
    await port.deleteStore(storeId);
    return "deleted";
  } catch (deleteErr) {
    try {
      await port.archiveStore(storeId);
      logger.debug(`could not delete memory store ${storeId} (${String(deleteErr)}); archived it`);
      return "archived";
    } catch (archiveErr) {
      logger.warning(`could not delete or archive temporary memory store ${storeId}: ${String(archiveErr)}`);
      return "kept";
    }
  }
}

export {
  MAX_MEMORY_BYTES,
  sha256Hex,
  memoryPathOf,
  repoPathOf,
  checkMemorySizes,
  readStore,
  listStoreHashes,
  mirrorFiles,
  disposeStore
};
