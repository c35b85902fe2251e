/**
 * Format detection from the first 64 KiB of a file: complete records are parsed and classified by
 * their shape; pretty-printed documents whose first record is longer fall back to key heuristics.
 */
import { open } from 'node:fs/promises';
import { asRecord, str } from './builder.js';
import { scanArrayElements } from './records.js';
import type { FormatId } from '../model/index.js';

const SAMPLE_BYTES = 64 * 1024;

export type Detection = { format: FormatId } | { format: null; reason: string };

const CODEX_TYPES = new Set(['session_meta', 'response_item', 'event_msg', 'turn_context', 'compacted']);
const STREAM_TYPES = new Set(['system', 'assistant', 'user', 'result', 'stream_event']);
const CLAUDE_CODE_TYPES = new Set(['file-history-snapshot', 'queue-operation', 'summary', 'progress']);
const MANAGED_TYPE = /^(?:user|agent|session|span|system|workflow_run)\.[a-z_]+$/;

/** The format one record implies, if it is distinctive. */
export function classifyRecord(v: unknown): FormatId | null {
  if (Array.isArray(v)) return v.length > 0 ? classifyRecord(v[0]) : null;
  const o = asRecord(v);
  if (!o) return null;
  const type = str(o.type);
  if (type && CODEX_TYPES.has(type) && 'payload' in o) return 'codex-rollout';
  if (type && MANAGED_TYPE.test(type)) return 'managed-agents-events';
  if (type && STREAM_TYPES.has(type) && typeof o.session_id === 'string') return 'claude-stream-json';
  if (type === 'system' && o.subtype === 'init') return 'claude-stream-json';
  if (typeof o.sessionId === 'string' || (type && CLAUDE_CODE_TYPES.has(type)) || ('uuid' in o && 'parentUuid' in o)) {
    return 'claude-code-jsonl';
  }
  if (Array.isArray(o.trajectory)) return 'swe-agent-traj';
  if (('action' in o || 'observation' in o) && typeof o.source === 'string') return 'openhands-events';
  if (Array.isArray(o.data)) return classifyRecord(o.data[0]);
  if (Array.isArray(o.history) && typeof asRecord(o.history[0])?.role === 'string') return 'generic-chat';
  if (Array.isArray(o.messages)) return o.messages.length > 0 ? 'generic-chat' : null;
  if (typeof o.role === 'string' || typeof asRecord(o.message)?.role === 'string') return 'generic-chat';
  return null;
}

/** Key heuristics for a document whose first record does not fit in the sample. */
function classifyByKeys(sample: string): FormatId | null {
  if (/"type"\s*:\s*"(?:user|agent|session|span)\.[a-z_]+"/.test(sample)) return 'managed-agents-events';
  if (/"trajectory"\s*:\s*\[/.test(sample)) return 'swe-agent-traj';
  if (/"payload"\s*:/.test(sample) && /"(?:session_meta|response_item)"/.test(sample)) return 'codex-rollout';
  if (/"session_id"\s*:/.test(sample) && /"type"\s*:\s*"(?:system|assistant|user|result)"/.test(sample)) return 'claude-stream-json';
  if (/"sessionId"\s*:/.test(sample) && /"parentUuid"\s*:/.test(sample)) return 'claude-code-jsonl';
  if (/"(?:action|observation)"\s*:/.test(sample) && /"source"\s*:\s*"(?:agent|user|environment)"/.test(sample)) {
    return 'openhands-events';
  }
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

export function detectFromSample(sample: Buffer, file: string, totalBytes: number): Detection {
  if (totalBytes === 0) return { format: null, reason: 'empty file' };
  if (sample.includes(0)) return { format: null, reason: 'binary file (NUL bytes)' };
  const text = sample.toString('utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return { format: null, reason: 'empty file (whitespace only)' };
  if (/\.md$/i.test(file) || trimmed.startsWith('# aider chat started at')) {
    return /^# aider chat started at /m.test(text) ? { format: 'aider-history' } : { format: null, reason: 'markdown file that is not an aider chat history' };
  }
  const first = trimmed[0];
  if (first !== '{' && first !== '[') return { format: null, reason: 'not JSON or JSONL (unrecognised first byte)' };

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
      const f = classifyRecord(v);
      return f ? { format: f } : { format: null, reason: 'JSON document of an unknown shape' };
    }
  }
  const { spans } = scanArrayElements(text, ['data', 'messages', 'events']);
  for (const s of spans.slice(0, 20)) {
    const f = classifyRecord(tryParse(text.slice(s.start, s.end)));
    if (f) return { format: f };
  }
  const byKeys = classifyByKeys(text);
  return byKeys ? { format: byKeys } : { format: null, reason: 'JSON of an unknown shape' };
}

/** Detects the format of one file from its first bytes. Opens read-only; never throws for content. */
export async function detectFile(file: string): Promise<Detection> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    return { format: null, reason: `cannot open: ${(e as Error).message}` };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { format: null, reason: 'not a regular file' };
    const buf = Buffer.alloc(Math.min(SAMPLE_BYTES, st.size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return detectFromSample(buf.subarray(0, bytesRead), file, st.size);
  } finally {
    await fh.close();
  }
}
