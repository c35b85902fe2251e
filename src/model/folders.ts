/**
 * The folders a pattern's sessions ran in (Session.folder), as one summary every stage keeps the same way: clustering
 * folds its signals in, the streaming accumulator and a reduce fold chunks and shards in, an incremental pass folds
 * in what the ledger kept of earlier passes. Placement (engine/offline/nested-targets.ts) reads only this summary, so
 * a lesson lands in the same file whether its sessions were read in one pass, in chunks, in shards or over weeks.
 *
 * `undefined` is the root: some session ran at the root or in a folder that could not be told, or the sessions ran in
 * more folders than are kept. It absorbs everything, so the join is the same in any order and grouping.
 */

/** A folder path longer than this is no folder a reader gives (transcripts/session-folder.ts) nor a digest may carry. */
const MAX_FOLDER_CHARS = 512;
/** Distinct folders kept per pattern; a lesson hit in more is the root's (its sessions are spread over the repo). */
export const MAX_PATTERN_FOLDERS = 8;

/** isRepoFolder's rule in words, for the errors that refuse a folder (a ledger's, a digest's). */
export const REPO_FOLDER_RULE = `relative, "/"-separated, no "." or ".." part, no backslash or control character, at most ${MAX_FOLDER_CHARS} characters`;

/**
 * A folder below a repository's root as a pass writes it: relative, `/`-separated, no `.`, `..` or empty part,
 * no backslash or control character, at most MAX_FOLDER_CHARS. What a digest or a ledger says is checked by it.
 */
export function isRepoFolder(folder: unknown): folder is string {
  if (typeof folder !== 'string' || folder.length === 0 || folder.length > MAX_FOLDER_CHARS) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(folder)) return false;
  return folder.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** The summary of one session's folder: undefined (the root) for none. */
export const folderSummary = (folder: string | undefined): string[] | undefined => (folder === undefined ? undefined : [folder]);

/** Both summaries together: sorted, distinct; the root when either is or past MAX_PATTERN_FOLDERS. */
export function joinFolders(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (b.every((f) => a.includes(f))) return [...a];
  const all = [...new Set([...a, ...b])].sort();
  return all.length > MAX_PATTERN_FOLDERS ? undefined : all;
}
