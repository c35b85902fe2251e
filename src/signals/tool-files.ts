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
 * apply_patch, Gemini's, Cursor's and Cline's. (The multi-command editors also `view`: callers ask.)
 */
export const EDIT_TOOL =
  /^(?:edit|multiedit|write|notebookedit|str_replace_editor|str_replace_based_edit_tool|str_replace|apply_patch|create_file|write_file|write_to_file|edit_file|replace|search_replace|insert|patch)$/i;

const PATCH_FILE = /^\*\*\* (Update|Add|Delete) File: (.+)$/gm;

/** The files an apply_patch input (Codex) names on lines of their own, with what the patch does to each. */
export function patchedFiles(input: unknown): { op: 'Update' | 'Add' | 'Delete'; path: string }[] {
  const text = typeof input === 'string' ? input : JSON.stringify(input ?? '');
  if (!text.includes('*** ')) return [];
  return [...text.replace(/\\n/g, '\n').matchAll(PATCH_FILE)].map((m) => ({
    op: m[1] as 'Update' | 'Add' | 'Delete',
    path: (m[2] ?? '').trim(),
  }));
}
