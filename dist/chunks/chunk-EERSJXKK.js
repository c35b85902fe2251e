import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MAX_MEMORY_BYTES,
  listStoreHashes,
  memoryPathOf,
  sha256Hex
} from "./chunk-4KJHURX6.js";
import {
  MemoryWriteConflict
} from "./chunk-72WOTJTO.js";
import {
  wo
} from "./chunk-C56VTM35.js";
import {
  isDefaultMemoryPath,
  matchesAnyGlob
} from "./chunk-ZMW6ZSA4.js";

// src/sync/sync.ts
async function syncMemoryToStore(opts) {
  const { stores, storeId, logger } = opts;
  const result = { storeId, created: [], updated: [], deleted: [], unchanged: [], conflicts: [], refused: [] };
  const store = await listStoreHashes(stores, storeId);
  for (const file of opts.files) {
    const memPath = memoryPathOf(file.path);
    const current = store.get(memPath);
    const baseline = await baselineOf(opts, file);
    const expected = baseline.known ? baseline.text === null ? null : sha256Hex(baseline.text) : current?.sha256 ?? null;
    const conflict = (reason) => {
      result.conflicts.push({ path: file.path, reason, expectedSha256: expected ?? void 0, storeSha256: current?.sha256 });
      logger.warning(`memory store ${storeId}: ${file.path}: ${reason}; not overwritten`, { file: file.path });
    };
    try {
      if (file.text === null) {
        if (!current) result.unchanged.push(file.path);
        else if (expected !== current.sha256) conflict("changed in the store since the last sync, and deleted in git");
        else {
          await stores.deleteMemory(storeId, current.id, current.sha256);
          result.deleted.push(file.path);
        }
        continue;
      }
      const bytes = Buffer.byteLength(file.text, "utf8");
      if (bytes > MAX_MEMORY_BYTES) {
        result.refused.push({ path: file.path, reason: `${bytes} bytes; a memory holds at most ${MAX_MEMORY_BYTES}` });
        logger.error(`${file.path} is ${bytes} bytes, over the memory store's ${MAX_MEMORY_BYTES}-byte limit; not synced`, {
          file: file.path
        });
        continue;
      }
      const target = sha256Hex(file.text);
      if (current?.sha256 === target) {
        result.unchanged.push(file.path);
      } else if (!current) {
        await stores.createMemory(storeId, memPath, file.text);
        result.created.push(file.path);
      } else if (expected === null || expected !== current.sha256) {
        conflict("changed in the store since the last sync");
      } else {
        await stores.updateMemory(storeId, current.id, file.text, expected);
        result.updated.push(file.path);
      }
    } catch (err) {
      if (!(err instanceof MemoryWriteConflict)) throw err;
      conflict(err.kind === "path" ? "another memory took this path meanwhile" : "changed in the store while syncing");
    }
  }
  logger.info(
    `memory store ${storeId}: ${result.created.length} created, ${result.updated.length} updated, ${result.deleted.length} deleted, ${result.unchanged.length} unchanged, ${result.conflicts.length} conflicts`
  );
  return result;
}
async function baselineOf(opts, file) {
  if (file.previousText !== void 0) return { known: true, text: file.previousText };
  if (!opts.baseRef) return { known: false };
  return { known: true, text: await gitShow(opts.repoDir, opts.baseRef, file.path) };
}
async function gitShow(repoDir, ref, path) {
  const git = wo(repoDir);
  const listed = await git.raw(["ls-tree", "--name-only", ref, "--", path]);
  if (listed.trim() === "") return null;
  return git.show([`${ref}:${path}`]);
}

// src/sync/changes.ts
var MAX_CHANGED_PATHS = 1e4;
async function changedMemoryFiles(opts) {
  const isMemory = opts.isMemoryPath ?? isDefaultMemoryPath;
  const git = wo(opts.repoDir);
  const raw = await git.raw(["diff", "--name-only", "--no-renames", "-z", opts.before, opts.after]);
  const paths = raw.split("\0").filter((p) => p !== "").slice(0, MAX_CHANGED_PATHS);
  const files = [];
  for (const path of paths.filter(isMemory)) {
    files.push({
      path,
      text: await gitShow(opts.repoDir, opts.after, path),
      previousText: await gitShow(opts.repoDir, opts.before, path)
    });
  }
  return files;
}

// src/sync/push.ts
var MAX_FILES = 1e4;
var isNullSha = (sha) => !sha || /^0+$/.test(sha);
function memoryPathTest(globs) {
  return (p) => isDefaultMemoryPath(p) || globs.length > 0 && matchesAnyGlob(p, globs);
}
async function syncPush(opts) {
  const isMemoryPath = memoryPathTest(opts.memoryGlobs);
  const files = isNullSha(opts.before) ? await allMemoryFiles(opts.repoDir, opts.after, isMemoryPath) : await changedMemoryFiles({ repoDir: opts.repoDir, before: opts.before, after: opts.after, isMemoryPath });
  opts.logger.info(
    `${files.length} memory file(s) to sync to memory store ${opts.storeId}: ${files.map((f) => f.path).join(", ") || "none"}`
  );
  const result = await syncMemoryToStore({ stores: opts.stores, storeId: opts.storeId, repoDir: opts.repoDir, files, logger: opts.logger });
  return { ...result, files: files.length };
}
async function allMemoryFiles(repoDir, ref, isMemoryPath) {
  const raw = await wo(repoDir).raw(["ls-tree", "-r", "--name-only", "-z", ref]);
  const paths = raw.split("\0").filter((p) => p !== "" && isMemoryPath(p)).slice(0, MAX_FILES);
  const files = [];
  for (const path of paths) files.push({ path, text: await gitShow(repoDir, ref, path), previousText: null });
  return files;
}
function syncFailure(result) {
  const lines = [];
  for (const c of result.conflicts) {
    lines.push(
      `- ${c.path}: ${c.reason} (store has ${c.storeSha256?.slice(0, 12) ?? "nothing"}, expected ${c.expectedSha256?.slice(0, 12) ?? "nothing"})`
    );
  }
  for (const r of result.refused) lines.push(`- ${r.path}: ${r.reason}`);
  if (lines.length === 0) return void 0;
  return [
    `memory store ${result.storeId}: ${lines.length} memory file(s) not synced; nothing was overwritten.`,
    ...lines,
    "Git is the source of truth, but these memories were changed in the store (by a deployed agent or in the Console) since the last sync. Read the store's version, commit whatever should stay to the memory file, and run the sync again (or delete the store's memory to let git's text be written). Files over 100 KB must be shortened."
  ].join("\n");
}
function pushRange(payload) {
  if (!payload || typeof payload !== "object") return void 0;
  const event = payload;
  if (typeof event.after !== "string" || !/^[0-9a-f]{7,64}$/.test(event.after)) return void 0;
  const before = typeof event.before === "string" && /^[0-9a-f]{7,64}$/.test(event.before) ? event.before : void 0;
  return { ...before ? { before } : {}, after: event.after };
}

// src/sync/run-sync.ts
async function runSyncMode(opts) {
  const range = pushRange(opts.event);
  const after = range?.after ?? opts.sha ?? "HEAD";
  if (!range?.before)
    opts.logger.info(
      `no push range: syncing every memory file at ${after.slice(0, 12)} (missing memories are created, differing ones reported)`
    );
  const result = await syncPush({
    stores: opts.stores,
    storeId: opts.storeId,
    repoDir: opts.repoDir,
    after,
    ...range?.before ? { before: range.before } : {},
    memoryGlobs: opts.memoryGlobs,
    logger: opts.logger
  });
  const outputs = {
    synced: result.created.length + result.updated.length + result.deleted.length,
    "sync-created": result.created.length,
    "sync-updated": result.updated.length,
    "sync-deleted": result.deleted.length,
    "sync-conflicts": result.conflicts.length + result.refused.length
  };
  const failure = syncFailure(result);
  return { result, outputs, summary: summarise(result, failure), ...failure ? { failure } : {} };
}
function summarise(r, failure) {
  const row = (label, paths) => `| ${label} | ${paths.length} | ${paths.map((p) => `\`${p}\``).join(", ")} |`;
  return [
    `### Memory store sync: \`${r.storeId}\``,
    "",
    "| | files | paths |",
    "|---|---:|---|",
    row("created", r.created),
    row("updated", r.updated),
    row("deleted", r.deleted),
    row("unchanged", r.unchanged),
    row(
      "conflicts",
      r.conflicts.map((c) => c.path)
    ),
    row(
      "refused",
      r.refused.map((c) => c.path)
    ),
    "",
    ...failure ? ["```", failure, "```", ""] : []
  ].join("\n");
}

export {
  syncMemoryToStore,
  changedMemoryFiles,
  syncPush,
  syncFailure,
  runSyncMode
};
