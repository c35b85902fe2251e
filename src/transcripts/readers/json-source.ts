/**
 * Records of a file that may be JSONL or one JSON document (an array, or an object holding the
 * array under one of `keys`). The first non-blank byte decides.
 */
import { closeSync, openSync } from 'node:fs';
import { readFully } from '../lines.js';
import { asRecord } from '../builder.js';
import {
  documentRecords,
  documentValue,
  jsonlRecords,
  parseError,
  readJsonDocument,
  type JsonDocument,
  type JsonRecord,
} from '../records.js';
import { HEAD_BYTES, type ReaderContext } from './context.js';

/** Is this a single JSON document rather than JSONL? `[` always; `{` only if line 1 is not a whole object. */
export function isDocument(ctx: Pick<ReaderContext, 'file' | 'head'>): boolean {
  const head = ctx.head ?? readHead(ctx.file);
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('[')) return true;
  if (!text.startsWith('{')) return false;
  const nl = text.indexOf('\n');
  // A first line longer than the sample is one huge JSONL record, not a document.
  if (nl < 0) return head.length < HEAD_BYTES ? !looksLikeJsonlObject(text) : false;
  return !looksLikeJsonlObject(text.slice(0, nl));
}

/** The file's first bytes, where detection's were not handed on. */
function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(HEAD_BYTES);
    return buf.subarray(0, readFully(fd, buf, 0));
  } finally {
    closeSync(fd);
  }
}

function looksLikeJsonlObject(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Records in batches (see readLineBatches for why). */
export function* recordsOf(ctx: ReaderContext, keys: readonly string[]): Generator<JsonRecord[]> {
  if (!isDocument(ctx)) {
    for (const batch of jsonlRecords(ctx.file, ctx.issue, ctx.lineOpts)) {
      const out: JsonRecord[] = [];
      for (const rec of batch) {
        // A page object ({data: [...]}) saved on one line: its elements are the records.
        const inner = pageElements(rec.value, keys);
        if (inner) for (const value of inner) out.push({ line: rec.line, value });
        else out.push(rec);
      }
      yield out;
    }
    return;
  }
  const read = readJsonDocument(ctx.file, ctx.issue, ctx.lineOpts, keys);
  if (read === undefined) return;
  yield [...documentRecords(read, keys, ctx.issue)];
}

function pageElements(v: unknown, keys: readonly string[]): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (v === null || typeof v !== 'object') return undefined;
  for (const k of keys) {
    const inner = (v as Record<string, unknown>)[k];
    if (Array.isArray(inner)) return inner;
  }
  return undefined;
}

/**
 * A whole document's value as an object (`value`, undefined when it is not one), for a reader with nothing to
 * salvage from a malformed document: that is reported, and undefined comes back.
 */
export function documentObject(
  doc: JsonDocument,
  ctx: Pick<ReaderContext, 'issue'>,
): { value: Record<string, unknown> | undefined } | undefined {
  try {
    return { value: asRecord(documentValue(doc)) };
  } catch (e) {
    ctx.issue(undefined, `malformed JSON: ${parseError(e)}`);
    return undefined;
  }
}
