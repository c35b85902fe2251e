/**
 * The one list of where transcripts live and what their files are called: the default `sessions`
 * globs, and which files a plainly named directory is walked for (by the Action's globs and by
 * `dream sessions`). Content decides the format later; names only decide what is worth opening.
 */

/** Extensions of JSON and JSONL transcripts (mini-swe-agent's `.traj.json` and Gemini CLI chats are `.json`). */
const TRANSCRIPT_EXTENSIONS = ['jsonl', 'json', 'ndjson', 'traj'] as const;

/**
 * Markdown worth opening in a walked directory: aider's history, SpecStory exports, which sit in
 * `.specstory/history/` and are named `2026-02-20_22-41-47Z-title.md` (older: `..._15-00Z-...`), and
 * Cursor's own chat exports, named `cursor_<title>.md`, Copilot CLI's `/share` exports, `copilot-session-<id>.md`,
 * the "Export task" Markdown of Cline and Roo Code, `cline_task_<date>.md` and `roo_task_<date>.md`, and
 * opencode's `/export`, `session-ses_<id prefix>.md`.
 */
const MARKDOWN_TRANSCRIPT =
  /\.aider\.chat\.history\.md$|(?:^|\/)\.specstory\/history\/[^/]+\.md$|(?:^|\/)\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(?:-\d{2})?Z[^/]*\.md$|(?:^|\/)cursor_[^/]*\.md$|(?:^|\/)copilot-session-[^/]*\.md$|(?:^|\/)(?:cline|roo)_task_[^/]*\.md$|(?:^|\/)session-ses_[^/]*\.md$/;
const JSON_TRANSCRIPT = new RegExp(`\\.(?:${TRANSCRIPT_EXTENSIONS.join('|')})$`);

/** Is this path (posix separators) a transcript a directory walk should read? */
export function isTranscriptPath(path: string): boolean {
  return JSON_TRANSCRIPT.test(path) || MARKDOWN_TRANSCRIPT.test(path);
}

/** The glob a plain directory is walked with (tinyglobby syntax), covering what isTranscriptPath accepts. */
export function directoryGlobs(dir: string): string[] {
  return [
    `${dir}/**/*.{${TRANSCRIPT_EXTENSIONS.join(',')}}`,
    `${dir}/**/*.aider.chat.history.md`,
    `${dir}/**/.specstory/history/*.md`,
    `${dir}/**/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]_*Z*.md`,
    `${dir}/**/cursor_*.md`,
    `${dir}/**/copilot-session-*.md`,
    `${dir}/**/{cline,roo}_task_*.md`,
    `${dir}/**/session-ses_*.md`,
  ];
}

/**
 * Where committed transcripts normally live in a repository: what `dream capture` writes, SpecStory's
 * history, and mini-swe-agent trajectories anywhere.
 */
export const DEFAULT_SESSION_GLOBS: readonly string[] = [
  '.dreaming/sessions/**/*.{jsonl,json}',
  '.specstory/history/*.md',
  '**/*.traj.json',
];
