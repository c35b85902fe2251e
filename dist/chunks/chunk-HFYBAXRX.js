import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/memory/kinds.ts
import { posix } from "node:path";
var CODEX_OVERRIDE_FILE = "AGENTS.override.md";
var isCodexOverride = (path) => posix.basename(path) === CODEX_OVERRIDE_FILE;
var agentsBesideOverride = (path) => posix.join(posix.dirname(path), "AGENTS.md");
var CLAUDE_READERS = ["claude-code", "claude-sdk", "managed-agents"];
var isClaudeAgent = (a) => CLAUDE_READERS.includes(a);
var AGENTS_MD_READERS = ["codex", "generic", "openhands", "swe-agent", "aider", "copilot-cli", "grok-cli", "cline"];
var GEMINI_FILE = "GEMINI.md";
var COPILOT_FILE = ".github/copilot-instructions.md";
var COPILOT_SCOPED = /^\.github\/instructions\/(?:[^/]+\/)*[^/]+\.instructions\.md$/;
var CLINE_RULES_GLOBS = [
  ".clinerules",
  ".clinerules/**/*.md",
  ".cline/rules/**/*.md",
  ".roorules",
  ".roorules-*",
  ".roo/rules/**/*.md",
  ".roo/rules-*/**/*.md",
  ".kilocode/rules/**/*.md"
];
var CLINE_RULES = /^(?:\.clinerules|\.roorules(?:-[^/]+)?|(?:\.clinerules|\.cline\/rules|\.roo\/rules(?:-[^/]+)?|\.kilocode\/rules)\/(?:[^/]+\/)*[^/]+\.md)$/;
var isPersonalMemory = (path) => /(^|\/)claude\.local\.md$/i.test(path);
function kindForPath(path) {
  const base = posix.basename(path);
  if (/^\.claude\/skills\/[^/]+\/SKILL\.md$/.test(path)) return "skill";
  if (path.startsWith(".claude/rules/")) return "rule";
  if (base === "CLAUDE.md") return "claude";
  if (base === "AGENTS.md" || base === CODEX_OVERRIDE_FILE) return "agents";
  return "custom";
}
function readByForPath(path) {
  const kind = kindForPath(path);
  if (isCodexOverride(path)) return ["codex"];
  if (kind === "agents") return [...AGENTS_MD_READERS];
  if (posix.basename(path) === GEMINI_FILE) return ["gemini-cli"];
  if (path === COPILOT_FILE || COPILOT_SCOPED.test(path)) return ["copilot-cli"];
  if (CLINE_RULES.test(path)) return ["cline"];
  if (kind === "custom" && !path.startsWith(".claude/")) return ["generic"];
  return [...CLAUDE_READERS];
}

export {
  CODEX_OVERRIDE_FILE,
  isCodexOverride,
  agentsBesideOverride,
  CLAUDE_READERS,
  isClaudeAgent,
  GEMINI_FILE,
  COPILOT_FILE,
  CLINE_RULES_GLOBS,
  isPersonalMemory,
  kindForPath,
  readByForPath
};
