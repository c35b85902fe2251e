/**
 * Node's module compile cache (V8 code cache on disk, Node >= 22.1): a process that loads the same
 * bundle again skips most of its compilation, which is the largest part of starting `dream` (about a
 * third of a pass with nothing new). It is an optimisation only: where Node lacks the call (Node 20)
 * or the directory cannot be used, the pass runs as before and nothing is reported.
 *
 * The entry points (src/cli.ts, src/action-entry.ts) call it before they import anything else, so
 * every module loaded after it is cached; they are small for that reason.
 */
import module from 'node:module';
import path from 'node:path';

/** What Node answered, for the test; the entry points ignore it. */
export interface CompileCache {
  /** The directory in use, when the cache is on. */
  directory?: string;
}

type Enable = (dir?: string) => { status: number; directory?: string };

/**
 * Turns the cache on. Without `dir` Node picks NODE_COMPILE_CACHE, else `<os.tmpdir()>/node-compile-cache`;
 * NODE_COMPILE_CACHE wins over `dir` too, so a user can always move it, and NODE_DISABLE_COMPILE_CACHE=1
 * switches it off. The directory then goes into NODE_COMPILE_CACHE, because the cache only covers
 * the thread that enabled it: the pass's read workers (and any Node child) inherit it that way.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv, dir?: string): CompileCache {
  const enable = (module as { enableCompileCache?: Enable }).enableCompileCache;
  if (typeof enable !== 'function') return {};
  try {
    const given = env.NODE_COMPILE_CACHE?.trim();
    const result = enable(given ? path.resolve(given) : dir);
    if (!result.directory) return {};
    if (!given) env.NODE_COMPILE_CACHE = result.directory;
    return { directory: result.directory };
  } catch {
    // Documented not to throw; a cache must never fail a pass whatever a future Node does.
    return {};
  }
}
