import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/config/transcript-files.ts
var TRANSCRIPT_EXTENSIONS = ["jsonl", "json", "ndjson", "traj"];
var MARKDOWN_TRANSCRIPT = /\.aider\.chat\.history\.md$|(?:^|\/)\.specstory\/history\/[^/]+\.md$|(?:^|\/)\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(?:-\d{2})?Z[^/]*\.md$|(?:^|\/)cursor_[^/]*\.md$|(?:^|\/)copilot-session-[^/]*\.md$|(?:^|\/)(?:cline|roo)_task_[^/]*\.md$|(?:^|\/)session-ses_[^/]*\.md$/;
var JSON_TRANSCRIPT = new RegExp(`\\.(?:${TRANSCRIPT_EXTENSIONS.join("|")})$`);
function isTranscriptPath(path) {
  return JSON_TRANSCRIPT.test(path) || MARKDOWN_TRANSCRIPT.test(path);
}
function directoryGlobs(dir) {
  return [
    `${dir}/**/*.{${TRANSCRIPT_EXTENSIONS.join(",")}}`,
    `${dir}/**/*.aider.chat.history.md`,
    `${dir}/**/.specstory/history/*.md`,
    `${dir}/**/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]_*Z*.md`,
    `${dir}/**/cursor_*.md`,
    `${dir}/**/copilot-session-*.md`,
    `${dir}/**/{cline,roo}_task_*.md`,
    `${dir}/**/session-ses_*.md`
  ];
}
var DEFAULT_SESSION_GLOBS = [
  ".dreaming/sessions/**/*.{jsonl,json}",
  ".specstory/history/*.md",
  "**/*.traj.json"
];

export {
  isTranscriptPath,
  directoryGlobs,
  DEFAULT_SESSION_GLOBS
};
