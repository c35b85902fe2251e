/**
 * Every reader, by the format it reads. A format told by its text (a Markdown or plain-text export, not JSON) says
 * in words what detection looks for in it, and a file no reader recognises is told those marks (textFormatMarks):
 * the list is this table, so a new text reader is named there as soon as it is registered.
 */
import type { FormatReader } from './readers/context.js';
import { readClaudeCode } from './readers/claude-code.js';
import { readStreamJson } from './readers/stream-json.js';
import { readManagedAgents } from './readers/managed-agents.js';
import { readCodex } from './readers/codex.js';
import { readGeneric } from './readers/generic.js';
import { readOpenHands, readSweAgent } from './readers/trajectories.js';
import { readAider } from './readers/aider.js';
import { readMiniSweAgent } from './readers/mini-swe-agent.js';
import { readSpecStory } from './readers/specstory.js';
import { readGemini } from './readers/gemini.js';
import { readGeminiLogs } from './readers/gemini-logs.js';
import { readGeminiShare } from './readers/gemini-share.js';
import { readGeminiHistory } from './readers/gemini-history.js';
import { readClaudeHistory, readCodexHistory } from './readers/prompt-logs.js';
import { readConsole } from './readers/console.js';
import { readCursorExport } from './readers/cursor-export.js';
import { readCopilotCli } from './readers/copilot-cli.js';
import { readCopilotShare } from './readers/copilot-share.js';
import { readGrok } from './readers/grok.js';
import { readCline } from './readers/cline.js';
import { readClineUi } from './readers/cline-ui.js';
import { readClineExport } from './readers/cline-export.js';
import { readOpencodeExport } from './readers/opencode-export.js';
import type { FormatId } from '../model/index.js';

interface ReaderEntry {
  read: FormatReader;
  /** A text format: its name and, in brackets, what detection looks for ("aider (a "# aider chat started at" line)"). */
  text?: string;
}

export const READERS: Record<FormatId, ReaderEntry> = {
  'claude-code-jsonl': { read: readClaudeCode },
  'claude-stream-json': { read: readStreamJson },
  'managed-agents-events': { read: readManagedAgents },
  'codex-rollout': { read: readCodex },
  'generic-chat': { read: readGeneric },
  'openhands-events': { read: readOpenHands },
  'swe-agent-traj': { read: readSweAgent },
  'aider-history': { read: readAider, text: 'aider (a "# aider chat started at" line)' },
  'mini-swe-agent-traj': { read: readMiniSweAgent },
  'specstory-md': { read: readSpecStory, text: 'SpecStory (a turn header such as _**User**_, or its generator comment)' },
  'gemini-cli-chat': { read: readGemini },
  'gemini-cli-logs': { read: readGeminiLogs },
  'gemini-cli-share': { read: readGeminiShare, text: 'Gemini CLI /chat share (a first line "## USER 🧑‍💻")' },
  'gemini-cli-history': { read: readGeminiHistory },
  'claude-code-history': { read: readClaudeHistory },
  'codex-history': { read: readCodexHistory },
  'claude-code-console': { read: readConsole, text: 'Claude Code console text (⏺ or ● with ❯ or ⎿)' },
  'cursor-export': { read: readCursorExport, text: 'Cursor export (an "_Exported on … from Cursor_" stamp and **User** turns)' },
  'copilot-cli': { read: readCopilotCli },
  'copilot-cli-share': { read: readCopilotShare, text: 'Copilot CLI /share (a first line "# 🤖 Copilot CLI Session")' },
  'grok-cli': { read: readGrok },
  'cline-ui-messages': { read: readClineUi },
  'cline-api-history': { read: readCline },
  'cline-export-md': { read: readClineExport, text: 'Cline or Roo Code task export (a first "**User:**" then <task>)' },
  'opencode-export-md': { read: readOpencodeExport, text: 'opencode /export (a "# title", then "**Session ID:** ses_…")' },
};

/** Every format a reader exists for (test/trust/reader-sweep.test.ts checks each has a sweep row). */
export const READER_FORMATS = Object.keys(READERS) as FormatId[];

/** The text formats and their marks, as the reason a text file was not read names them. */
export function textFormatMarks(): string {
  return Object.values(READERS)
    .flatMap((r) => (r.text ? [r.text] : []))
    .join(', ');
}
