import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/cli/compile-cache.ts
import module from "node:module";
import path from "node:path";
function enableCompileCache(env, dir) {
  const enable = module.enableCompileCache;
  if (typeof enable !== "function") return {};
  try {
    const given = env.NODE_COMPILE_CACHE?.trim();
    const result = enable(given ? path.resolve(given) : dir);
    if (!result.directory) return {};
    if (!given) env.NODE_COMPILE_CACHE = result.directory;
    return { directory: result.directory };
  } catch {
    return {};
  }
}

export {
  enableCompileCache
};
