/**
 * Where a structured tool call names its files, shared by what reads calls for paths (memory-use.ts:
 * what sessions did with the paths memory names; tool-actions.ts: what a call did to which file).
 */

/**
 * Tool input fields that name the file a tool read or wrote: Claude Code's Read, Edit, Write,
 * MultiEdit and NotebookEdit, the editor tools' `path`, Gemini's `absolute_path`, Cursor's
 * `target_file` and `relative_workspace_path`.
 */
export const PATH_FIELD = /^(?:file_?path|path|notebook_path|filename|target_file|absolute_path|relative_workspace_path)$/i;

/**
 * Tools that write files, by name: Claude Code's, the SWE-agent and OpenHands editors, Codex's
 * apply_patch, Gemini's, Cursor's, Cline's and Copilot CLI's (`create`). (The multi-command editors also `view`:
 * callers ask.)
 */
export const EDIT_TOOL =
  /^(?:edit|create|multiedit|write|notebookedit|str_replace_editor|str_replace_based_edit_tool|str_replace|apply_patch|create_file|write_file|write_to_file|edit_file|replace|search_replace|insert|patch)$/i;

const PATCH_FILE = /^\*\*\* (Update|Add|Delete) File: (.+)$/gm;

/**
 * Whether the JSON text of `value` would hold `needle`, without writing it: a needle with no character
 * JSON escapes (no quote, backslash or control character) stands in that text only inside a key or a
 * string, as it is. Every tool call's input is asked, and writing each out (a whole file, for a Write)
 * cost more than the rest of reading it for patched files.
 */
function holdsText(value: unknown, needle: string, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(needle);
  // Deeper than any input readers keep (they cut at 32 levels): the written text decides.
  if (depth > 64) return JSON.stringify(value)?.includes(needle) ?? false;
  if (Array.isArray(value)) return value.some((v) => holdsText(v, needle, depth + 1));
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (k.includes(needle) || holdsText(v, needle, depth + 1)) return true;
  return false;
}

/** The files an apply_patch input (Codex) names on lines of their own, with what the patch does to each. */
export function patchedFiles(input: unknown): { op: 'Update' | 'Add' | 'Delete'; path: string }[] {
  if (!holdsText(input ?? '', '*** ')) return [];
  const text = typeof input === 'string' ? input : JSON.stringify(input ?? '');
  return [...text.replace(/\\n/g, '\n').matchAll(PATCH_FILE)].map((m) => ({
    op: m[1] as 'Update' | 'Add' | 'Delete',
    path: (m[2] ?? '').trim(),
  }));
}
