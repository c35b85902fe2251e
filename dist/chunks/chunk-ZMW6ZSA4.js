import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5R3Y3LQC.js";
import {
  __toESM
} from "./chunk-7OVR6L5L.js";

// src/memory/kinds.ts
import { posix } from "node:path";

// src/sources/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var OPTIONS = { dot: true };
var globMatcher = (globs) => {
  const cleaned = globs.map((g) => g.replace(/^\.\//, "")).filter((g) => g !== "");
  return cleaned.length ? (0, import_picomatch.default)(cleaned, OPTIONS) : () => false;
};
var matchesAnyGlob = (path, globs) => globMatcher(globs)(path);

// src/memory/kinds.ts
var CODEX_OVERRIDE_FILE = "AGENTS.override.md";
var isCodexOverride = (path) => posix.basename(path) === CODEX_OVERRIDE_FILE;
var agentsBesideOverride = (path) => posix.join(posix.dirname(path), "AGENTS.md");
var CLAUDE_READERS = ["claude-code", "claude-sdk", "managed-agents"];
var isClaudeAgent = (a) => CLAUDE_READERS.includes(a);
var AGENTS_MD_READERS = ["codex", "generic", "openhands", "swe-agent", "aider", "copilot-cli", "grok-cli", "cline"];
var GEMINI_FILE = "GEMINI.md";
var COPILOT_FILE = ".github/copilot-instructions.md";
var MEMORY_LOCATIONS = [
  {
    agent: "Claude Code (skills)",
    globs: [".claude/skills/*/SKILL.md"],
    kind: "skill",
    readBy: CLAUDE_READERS,
    format: "front-matter",
    // A skill's front matter names and describes it: the dreamer must not invent one, so it never creates one.
    write: "exists"
  },
  {
    agent: "Claude Code (rules)",
    globs: [".claude/rules/**/*.md"],
    kind: "rule",
    readBy: CLAUDE_READERS,
    format: "front-matter",
    write: "create"
  },
  { agent: "Claude Code", globs: ["**/CLAUDE.md"], kind: "claude", readBy: CLAUDE_READERS, format: "markdown", write: "create" },
  // Never created: its mere existence would hide the AGENTS.md beside it from Codex.
  { agent: "Codex", globs: [`**/${CODEX_OVERRIDE_FILE}`], kind: "agents", readBy: ["codex"], format: "markdown", write: "exists" },
  {
    agent: "Codex, Copilot, Cline, Cursor, Windsurf, aider, OpenHands and others",
    globs: ["**/AGENTS.md"],
    kind: "agents",
    readBy: AGENTS_MD_READERS,
    format: "markdown",
    write: "create"
  },
  { agent: "Gemini CLI", globs: [`**/${GEMINI_FILE}`], kind: "custom", readBy: ["gemini-cli"], format: "markdown", write: "create" },
  // Under `.github/`, beside workflows: edited where the repository keeps it, never created.
  { agent: "GitHub Copilot", globs: [COPILOT_FILE], kind: "custom", readBy: ["copilot-cli"], format: "markdown", write: "exists" },
  // Each applies only to the files its `applyTo` names: a lesson for the whole repository does not belong there.
  {
    agent: "GitHub Copilot (path-specific)",
    globs: [".github/instructions/**/*.instructions.md"],
    kind: "custom",
    readBy: ["copilot-cli"],
    format: "front-matter",
    write: "read"
  },
  // Folders of Markdown rules read beside AGENTS.md: edited where they exist; lessons go to AGENTS.md.
  {
    agent: "Cline, Roo Code, Kilo Code",
    globs: [".clinerules/**/*.md", ".cline/rules/**/*.md", ".roo/rules/**/*.md", ".roo/rules-*/**/*.md", ".kilocode/rules/**/*.md"],
    kind: "custom",
    readBy: ["cline"],
    format: "markdown",
    write: "exists"
  },
  // One plain-text file (not Markdown): read only.
  {
    agent: "Cline, Roo Code (one file)",
    globs: [".clinerules", ".roorules", ".roorules-*"],
    kind: "custom",
    readBy: ["cline"],
    format: "markdown",
    write: "read"
  },
  // Cursor's sessions are read as `generic` (SpecStory and Cursor exports); it reads AGENTS.md, where lessons go.
  {
    agent: "Cursor",
    globs: [".cursor/rules/**/*.mdc", ".cursor/rules/**/*.md", ".cursorrules"],
    kind: "custom",
    readBy: ["generic"],
    format: "front-matter",
    write: "read"
  },
  {
    agent: "Windsurf",
    globs: [".windsurf/rules/**/*.md", ".windsurfrules"],
    kind: "custom",
    readBy: ["generic"],
    format: "front-matter",
    write: "read"
  }
];
var MATCHERS = MEMORY_LOCATIONS.map((l) => ({ location: l, test: globMatcher(l.globs) }));
var locationOf = (path) => MATCHERS.find((m) => m.test(path))?.location;
var MEMORY_IGNORE = ["**/node_modules/**", "**/.git/**", "**/dist/**"];
var ignored = globMatcher(MEMORY_IGNORE);
var isDefaultMemoryPath = (path) => !isPersonalMemory(path) && !ignored(path) && locationOf(path) !== void 0;
var isPersonalMemory = (path) => /(^|\/)claude\.local\.md$/i.test(path);
function kindForPath(path) {
  return locationOf(path)?.kind ?? "custom";
}
function readByForPath(path) {
  const at = locationOf(path);
  if (at) return [...at.readBy];
  return path.startsWith(".claude/") ? [...CLAUDE_READERS] : ["generic"];
}

export {
  globMatcher,
  matchesAnyGlob,
  CODEX_OVERRIDE_FILE,
  isCodexOverride,
  agentsBesideOverride,
  CLAUDE_READERS,
  isClaudeAgent,
  GEMINI_FILE,
  COPILOT_FILE,
  MEMORY_LOCATIONS,
  locationOf,
  MEMORY_IGNORE,
  isDefaultMemoryPath,
  isPersonalMemory,
  kindForPath,
  readByForPath
};
