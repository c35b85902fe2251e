/**
 * Format detection from the first 64 KiB of a file: complete records are parsed and classified by
 * their shape. A JSON document whose telling part lies past the sample has its top-level keys read
 * by streaming the whole file; only then do key heuristics on the sample decide.
 */
import { closeSync, fstatSync, openSync, type Stats } from 'node:fs';
import { sampleAsUtf8, utf16Of } from './utf16.js';
import { basename } from 'node:path';
import { asRecord, str } from './builder.js';
import { redactSecrets } from '../secrets/index.js';
import { classifyTopKeys, describeKeys, scanTopLevelKeys } from './detect-keys.js';
import { scanArrayElements } from './records.js';
import { recordSkeletons } from './record-skeletons.js';
import { readFully, type ReadAlready } from './lines.js';
import { isGeminiLogEntry } from './readers/gemini-logs.js';
import { isClaudeHistoryEntry, isCodexHistoryEntry } from './readers/prompt-logs.js';
import { CURSOR_EXPORT_STAMP } from './readers/cursor-export.js';
import { GEMINI_SHARE_HEADER } from './readers/gemini-share.js';
import { COPILOT_SHARE_TITLE } from './readers/copilot-share.js';
import { GEMINI_RESTORE_CHECKPOINT, isGeminiContent, isGeminiRestoreCheckpoint } from './readers/gemini-history.js';
import { isGrokItem } from './readers/grok.js';
import { HEAD_BYTES } from './readers/context.js';
import { isClineUiMessage } from './readers/cline-ui.js';
import { isClineTask } from './readers/cline.js';
import { CLINE_EXPORT_START } from './readers/cline-export.js';
import { OPENCODE_EXPORT_HEAD } from './readers/opencode-export.js';
import { textFormatMarks } from './registry.js';
import type { FormatId } from '../model/index.js';

const SAMPLE_BYTES = HEAD_BYTES;

/** No format: `reason` says why; `unread` when the file itself could not be read (its format is not the problem). */
export type Detection = { format: FormatId } | { format: null; reason: string; needsKeys?: true; unread?: true };

const CODEX_TYPES = new Set(['session_meta', 'response_item', 'event_msg', 'turn_context', 'compacted']);
const STREAM_TYPES = new Set(['system', 'assistant', 'user', 'result', 'stream_event']);
const CLAUDE_CODE_TYPES = new Set(['file-history-snapshot', 'queue-operation', 'summary', 'progress']);
const COPILOT_TYPE = /^[a-z_]+\.[a-z_]+$/;
const MANAGED_TYPE = /^(?:user|agent|session|span|system|workflow_run)\.[a-z_]+$/;

/** The format one record implies, if it is distinctive. */
function classifyRecord(v: unknown): FormatId | null {
  if (Array.isArray(v)) return v.length > 0 ? classifyRecord(v[0]) : null;
  const o = asRecord(v);
  if (!o) return null;
  const type = str(o.type);
  if (isMiniSweAgent(o)) return 'mini-swe-agent-traj';
  // Cline (and Roo Code, Kilo Code): a UI message by its ts and say/ask; an API history by its first message, the task.
  if (isClineUiMessage(o)) return 'cline-ui-messages';
  if (isClineTask(o)) return 'cline-api-history';
  // Before Claude Code: Gemini CLI's prompt log and chat header also have a sessionId.
  if (isGeminiLogEntry(o)) return 'gemini-cli-logs';
  // Claude Code's prompt log has a sessionId too, but no type, uuid or message: what was typed is `display`.
  if (isClaudeHistoryEntry(o)) return 'claude-code-history';
  if (isCodexHistoryEntry(o)) return 'codex-history';
  if (typeof o.sessionId === 'string' && typeof o.projectHash === 'string') return 'gemini-cli-chat';
  if (type === 'gemini' && 'id' in o) return 'gemini-cli-chat';
  if (type && CODEX_TYPES.has(type) && 'payload' in o) return 'codex-rollout';
  // Before Managed Agents, whose types look alike but whose fields sit beside `type`: Copilot CLI wraps them in a `data` object.
  if (type && COPILOT_TYPE.test(type) && asRecord(o.data)) return 'copilot-cli';
  if (isGrokItem(o)) return 'grok-cli';
  if (type && MANAGED_TYPE.test(type)) return 'managed-agents-events';
  if (type && STREAM_TYPES.has(type) && typeof o.session_id === 'string') return 'claude-stream-json';
  if (type === 'system' && o.subtype === 'init') return 'claude-stream-json';
  if (typeof o.sessionId === 'string' || (type && CLAUDE_CODE_TYPES.has(type)) || ('uuid' in o && 'parentUuid' in o)) {
    return 'claude-code-jsonl';
  }
  if (Array.isArray(o.trajectory)) return 'swe-agent-traj';
  if (('action' in o || 'observation' in o) && typeof o.source === 'string') return 'openhands-events';
  if (Array.isArray(o.data)) return classifyRecord(o.data[0]);
  // Gemini's own history ({role: user | model, parts}): a shared chat, or a saved one ({history, authType}).
  if (isGeminiContent(o) || (Array.isArray(o.history) && isGeminiContent(o.history[0]))) return 'gemini-cli-history';
  if (Array.isArray(o.history) && typeof asRecord(o.history[0])?.role === 'string') return 'generic-chat';
  if (Array.isArray(o.messages)) return o.messages.length > 0 ? 'generic-chat' : null;
  if (typeof o.role === 'string' || typeof asRecord(o.message)?.role === 'string') return 'generic-chat';
  return null;
}

function isMiniSweAgent(o: Record<string, unknown>): boolean {
  if (typeof o.trajectory_format === 'string') return o.trajectory_format.startsWith('mini-swe-agent');
  const info = asRecord(o.info);
  return Array.isArray(o.messages) && info !== undefined && ('exit_status' in info || 'mini_version' in info);
}

const SPECSTORY = /^<!-- Generated by SpecStory|^<!-- .{1,60} Session [\w-]{6,} \(|^_\*\*(?:User|Agent|Assistant)\b[^\n]*\*\*_\s*$/m;
/**
 * Claude Code's terminal UI, either generation (console.ts): the assistant's ⏺ (rare outside it) beside
 * a prompt or a result; the later ● (a common bullet) only beside its result glyph ⎿ or its ❯ prompt.
 */
const CONSOLE_ASSISTANT = /^⏺ /mu;
const CONSOLE_OTHER = /^[>❯] \S|^\s*⎿ /mu;
const CONSOLE_BULLET = /^● \S/mu;
const CONSOLE_BULLET_OTHER = /^❯ \S|^\s*⎿ /mu;

/** Markdown and plain text: SpecStory exports, aider histories, Claude Code console text. */
function detectText(text: string, file: string): Detection {
  // Copilot CLI's /share export: its title is its first line, before any output it quotes.
  if (COPILOT_SHARE_TITLE.test(text.trimStart().split('\n', 1)[0]!.trimEnd())) return { format: 'copilot-cli-share' };
  // Cline's "Export task" Markdown: its first line and the task's tag are the export's, before any text it quotes.
  if (CLINE_EXPORT_START.test(text.trimStart())) return { format: 'cline-export-md' };
  // opencode's export: its title and session id open it, before any aider, SpecStory or Cursor text it quotes.
  if (OPENCODE_EXPORT_HEAD.test(text.trimStart())) return { format: 'opencode-export-md' };
  if (/^# aider chat started at /m.test(text)) return { format: 'aider-history' };
  if (SPECSTORY.test(text)) return { format: 'specstory-md' };
  // Cursor's own export: its stamp near the top, and a turn header of its own.
  if (CURSOR_EXPORT_STAMP.test(text.slice(0, 1024)) && /^\*\*(?:User|Cursor)\*\*\s*$/m.test(text)) return { format: 'cursor-export' };
  // Gemini CLI's /chat share: the history always opens with a user item, so the first line is its header.
  if (GEMINI_SHARE_HEADER.test(text.trimStart().split('\n', 1)[0]!.trimEnd())) return { format: 'gemini-cli-share' };
  if (CONSOLE_ASSISTANT.test(text) && CONSOLE_OTHER.test(text)) return { format: 'claude-code-console' };
  if (CONSOLE_BULLET.test(text) && CONSOLE_BULLET_OTHER.test(text)) return { format: 'claude-code-console' };
  // Redacted before it is cut: a cut secret is no longer one the rules know.
  const first = redactSecrets((text.trimStart().split('\n', 1)[0] ?? '').slice(0, 400)).slice(0, 60);
  const kind = /\.md$/i.test(file) ? 'markdown file' : 'text file, not JSON or JSONL,';
  // The formats looked for come last, after the file's start: a report groups reasons by what precedes "; it starts".
  return {
    format: null,
    reason: `${kind} in none of the text formats read here; it starts ${JSON.stringify(first)}; looked for ${textFormatMarks()}`,
  };
}

/** Text lines a launcher may print before a program's JSONL, at most, and their longest. */
const LAUNCHER_LINES = 5;
const LAUNCHER_LINE_CHARS = 300;

/**
 * JSONL whose first lines are its launcher's, not its program's: a harness that starts the agent through a
 * shell without a terminal (`bash -ic`, `docker exec`, a CI step) captures the shell's own warnings ("bash: no
 * job control in this shell") into the same stdout file, before the agent's first record. A few short text
 * lines, then lines that are all whole JSON objects of which one is of a known format: that format, and its
 * reader skips the text lines as malformed lines, each reported with its line. Never a Markdown file (a page
 * that quotes a record), nor text among the records (a page with an example), nor a longer text (a log).
 */
function jsonlAfterLauncherLines(text: string, file: string, whole: boolean): FormatId | null {
  if (/\.(?:md|markdown)$/i.test(file)) return null;
  const lines = text.split('\n');
  // The last line of a sample cut short of the file is not complete.
  const complete = whole ? lines : lines.slice(0, -1);
  let at = 0;
  let launcherLines = 0;
  for (; at < complete.length && !complete[at]!.trimStart().startsWith('{'); at++) {
    const line = complete[at]!.trim();
    if (!line) continue;
    if (line.length > LAUNCHER_LINE_CHARS || ++launcherLines > LAUNCHER_LINES) return null;
  }
  let format: FormatId | null = null;
  for (const line of complete.slice(at, at + 50)) {
    if (!line.trim()) continue;
    const v = tryParse(line);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
    format ??= classifyRecord(v);
  }
  return format;
}

/** Key heuristics for a document whose first record does not fit in the sample. */
function classifyByKeys(sample: string): FormatId | null {
  if (/^\s*\[\s*\{\s*"ts"\s*:\s*\d+(?:\.\d+)?\s*,\s*"type"\s*:\s*"(?:say|ask)"/.test(sample)) return 'cline-ui-messages';
  if (/^\s*\[\s*\{\s*"role"\s*:\s*"user"\s*,\s*"content"\s*:\s*\[\s*\{\s*"type"\s*:\s*"text"\s*,\s*"text"\s*:\s*"\s*<task>/.test(sample))
    return 'cline-api-history';
  if (/"type"\s*:\s*"(?:user|agent|session|span)\.[a-z_]+"/.test(sample)) return 'managed-agents-events';
  if (/"trajectory"\s*:\s*\[/.test(sample)) return 'swe-agent-traj';
  if (/"payload"\s*:/.test(sample) && /"(?:session_meta|response_item)"/.test(sample)) return 'codex-rollout';
  if (/"session_id"\s*:/.test(sample) && /"type"\s*:\s*"(?:system|assistant|user|result)"/.test(sample)) return 'claude-stream-json';
  if (/"sessionId"\s*:/.test(sample) && /"parentUuid"\s*:/.test(sample)) return 'claude-code-jsonl';
  if (/"(?:action|observation)"\s*:/.test(sample) && /"source"\s*:\s*"(?:agent|user|environment)"/.test(sample)) {
    return 'openhands-events';
  }
  if (/"role"\s*:\s*"model"/.test(sample) && /"parts"\s*:\s*\[/.test(sample)) return 'gemini-cli-history';
  if (/"role"\s*:\s*"(?:user|assistant|system|tool)"/.test(sample)) return 'generic-chat';
  return null;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/**
 * The format a sample's first line settles alone, decoded alone: most transcripts are JSONL whose first
 * record says what they are, and decoding and splitting the whole 64 KiB sample for it was most of
 * detection. Null unless the sample starts with "{" and that line is a complete object that
 * classifyRecord knows: detectFromSample's first step in that case (a newline byte never falls inside a
 * UTF-8 sequence, so the line decodes as it does within the whole sample), otherwise left to it.
 */
function firstRecordFormat(sample: Buffer, totalBytes: number): FormatId | null {
  if (sample[0] !== 0x7b) return null;
  const nl = sample.indexOf(0x0a);
  // The last line of a sample cut short of the file is not complete.
  if (nl < 0 && totalBytes > sample.length) return null;
  const line = sample.toString('utf8', 0, nl < 0 ? sample.length : nl);
  // "{" alone: a pretty-printed document, not JSONL.
  if (line.trim() === '{') return null;
  const v = tryParse(line);
  return v === null || typeof v !== 'object' || Array.isArray(v) ? null : classifyRecord(v);
}

function detectFromSample(sample: Buffer, file: string, totalBytes: number, opts: { keysFirst?: boolean } = {}): Detection {
  if (totalBytes === 0) return { format: null, reason: 'empty file' };
  // UTF-16, by its mark or its structure, is read decoded (utf16.ts): detected from its sample as UTF-8.
  const mark = utf16Of(sample);
  if (mark) {
    const whole = totalBytes <= sample.length;
    const decoded = sampleAsUtf8(sample, mark, whole);
    // Past the sample the file goes on: its decoded size is unknown, but more than the sample's.
    return detectFromSample(decoded, file, whole ? decoded.length : Math.max(totalBytes, decoded.length + 1), opts);
  }
  if (sample.includes(0)) return { format: null, reason: 'binary file (NUL bytes)' };
  const byFirst = firstRecordFormat(sample, totalBytes);
  if (byFirst) return { format: byFirst };
  const text = sample.toString('utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return { format: null, reason: 'empty file (whitespace only)' };
  const first = trimmed[0];
  if (first !== '{' && first !== '[') {
    const asText = detectText(text, file);
    const afterLauncher = asText.format === null ? jsonlAfterLauncherLines(text, file, totalBytes <= sample.length) : null;
    return afterLauncher ? { format: afterLauncher } : asText;
  }

  // JSONL: classify the first complete lines that parse.
  const lines = text.split('\n');
  // "{" alone on the first line: a pretty-printed document, not JSONL.
  if (first === '{' && lines.find((l) => l.trim())!.trim() !== '{') {
    const complete = totalBytes <= sample.length ? lines : lines.slice(0, -1);
    let parsed = 0;
    for (const l of complete.slice(0, 50)) {
      if (!l.trim()) continue;
      const v = tryParse(l);
      // Only whole objects count: a pretty-printed document has lines like "[]" or "42" too.
      if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
      parsed++;
      const f = classifyRecord(v);
      if (f) return { format: f };
    }
    if (parsed > 0) return { format: null, reason: 'JSON records of an unknown shape' };
  }
  // A JSON document: the whole thing when it fits, else its first complete elements, else key heuristics.
  if (totalBytes <= sample.length) {
    const v = tryParse(text);
    if (v !== undefined) {
      const o = asRecord(v);
      if (o && isGeminiRestoreCheckpoint(Object.keys(o))) return { format: null, reason: GEMINI_RESTORE_CHECKPOINT };
      const f = classifyRecord(v);
      if (f) return { format: f };
      return {
        format: null,
        reason: o ? describeKeys(Object.keys(o).map((key) => ({ key, value: '' }))) : 'JSON document of an unknown shape',
      };
    }
  }
  // A mini-swe-agent key in the sample (unescaped, so not quoted inside some string) settles it without a scan.
  if (first === '{' && /(?<!\\)"(?:mini_version|trajectory_format)"\s*:/.test(text)) return { format: 'mini-swe-agent-traj' };
  const { spans } = scanArrayElements(text, ['data', 'messages', 'events']);
  for (const s of spans.slice(0, 20)) {
    const f = classifyRecord(tryParse(text.slice(s.start, s.end)));
    // Chat messages alone are the weakest guess: a trajectory's identifying keys may follow them.
    if (f === 'generic-chat' && opts.keysFirst && first === '{') break;
    if (f) return { format: f };
  }
  // The sample was not enough: the caller streams the file for its top-level keys before guessing.
  if (opts.keysFirst && first === '{') return { format: null, reason: 'JSON document larger than the sample', needsKeys: true };
  const byKeys = classifyByKeys(text);
  return byKeys ? { format: byKeys } : { format: null, reason: 'JSON of an unknown shape' };
}

/**
 * A file no reader takes, that sits beside a transcript as part of the agent's own layout: named for
 * what it is, so the health report says why it was skipped. Content decided first; the name only words the reason.
 */
function sideFileReason(d: Detection, file: string): Detection {
  if (d.format !== null) return d;
  if (basename(file) === 'task_metadata.json')
    return { format: null, reason: "Cline's task metadata, not a transcript (the task is read from ui_messages.json beside it)" };
  if (WORKFLOW_JOURNAL.test(file)) return { format: null, reason: WORKFLOW_JOURNAL_REASON };
  return d;
}

/** Claude Code's journal of a workflow (`<session>/subagents/workflows/<workflow>/journal.jsonl`): one line per subagent it started. */
const WORKFLOW_JOURNAL = /[\\/]subagents[\\/]workflows[\\/][^\\/]+[\\/]journal\.jsonl$/;
const WORKFLOW_JOURNAL_REASON =
  "Claude Code's workflow journal (which subagents a workflow started), not a transcript: each subagent is read from its agent-<id>.jsonl beside it";

/** The sample's buffer, reused by every file: detection is synchronous, and keeps nothing of it. */
let scratch: Buffer | undefined;

/**
 * Detects the format of one file from its first bytes. Opens read-only; never throws for content.
 * Synchronous like the rest of a file's read (lines.ts says why).
 */
export function detectFile(file: string): Detection {
  return detectAndRead(file).detection;
}

/**
 * detectFile, and the file's bytes when the sample held them all (`already`, for its reader, which then
 * opens the file no second time), and its first bytes in any case (`head`, ReaderContext.head). The
 * bytes are the sample's buffer, which the next detection reuses: they are valid until then, which a
 * reader (synchronous) outlives.
 */
export function detectAndRead(file: string): { detection: Detection; already?: ReadAlready; head?: Buffer } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    return { detection: { format: null, reason: `cannot open: ${(e as Error).message}`, unread: true } };
  }
  let sample: Buffer;
  let st: Stats;
  try {
    st = fstatSync(fd);
    if (!st.isFile())
      return { detection: { format: null, reason: st.isDirectory() ? 'a folder, not a file' : 'not a regular file', unread: true } };
    scratch ??= Buffer.allocUnsafeSlow(SAMPLE_BYTES);
    sample = scratch.subarray(0, readFully(fd, scratch.subarray(0, Math.min(SAMPLE_BYTES, st.size)), 0));
  } catch (e) {
    return { detection: { format: null, reason: `cannot read: ${(e as Error).message}` } };
  } finally {
    closeSync(fd);
  }
  const size = st.size;
  const d = sideFileReason(detectFromSample(sample, file, size, { keysFirst: true }), file);
  // The whole file, when the sample is all of it (a file that shrank since its stat is read again).
  // Readers read their head as UTF-8 text (json-source.ts): a UTF-16 file's is given to them decoded.
  const mark = utf16Of(sample);
  const already = {
    head: mark ? sampleAsUtf8(sample, mark, sample.length === size) : sample,
    ...(sample.length === size && size > 0 ? { already: { bytes: sample, stat: st } } : {}),
  };
  if (d.format !== null || !d.needsKeys) return { detection: d, ...already };
  const byRecords = formatOfFirstRecords(file);
  if (byRecords.format) return { detection: { format: byRecords.format }, ...already };
  const keys = scanTopLevelKeys(file);
  const names = keys.map((k) => k.key);
  const byTop = classifyTopKeys(names);
  if (byTop) return { detection: { format: byTop }, ...already };
  // Its chat is Gemini's own history, which the key heuristics below would read as a saved chat.
  if (isGeminiRestoreCheckpoint(names)) return { detection: { format: null, reason: GEMINI_RESTORE_CHECKPOINT }, ...already };
  const byKeys = detectFromSample(sample, file, size);
  if (byKeys.format !== null) return { detection: byKeys, ...already };
  const cut = byRecords.cut ? `; its first record runs past the ${RECORD_BYTES >> 20} MiB read to tell its format` : '';
  return { detection: { format: null, reason: describeKeys(keys) + cut }, ...already };
}

/** Records read past the head to tell a format, at most: as many as the head's JSONL lines are read for. */
const RECORDS_READ = 50;
/** Bytes read past the head to tell a format, at most: a record of a gigabyte is not read whole. */
const RECORD_BYTES = 32 * 1024 * 1024;

/**
 * The format of a JSON file whose first record is longer than the head, told from its first records' skeletons
 * (record-skeletons.ts) as the head's complete records are told; `cut` when the first record ran past what is read.
 */
function formatOfFirstRecords(file: string): { format?: FormatId; cut?: true } {
  let n = 0;
  for (const r of recordSkeletons(file, RECORD_BYTES)) {
    // A cut record's telling keys may follow where the read stopped (a checkpoint's, a trajectory's): the key scan
    // and the head's heuristics decide, as they did.
    if (!r.complete) return n === 0 ? { cut: true } : {};
    const o = asRecord(r.value);
    // Gemini's restore checkpoint holds a chat of Gemini's own: its reason is the key scan's.
    if (!o || isGeminiRestoreCheckpoint(Object.keys(o))) return {};
    const f = classifyRecord(o);
    if (f) return { format: f };
    if (++n >= RECORDS_READ) break;
  }
  return {};
}
