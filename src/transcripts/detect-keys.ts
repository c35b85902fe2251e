/**
 * The top-level keys of a JSON document, found by streaming the whole file: a trajectory's
 * `messages` can sit behind megabytes of `info.submission`, far past any sample. Memory stays
 * bounded (the keys only); time is one byte loop over the file.
 */
import { redactSecrets } from '../secrets/index.js';
import { closeSync, openSync } from 'node:fs';
import { readFully } from './lines.js';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, backslashesBefore, isJsonSpace } from './json-bytes.js';
import type { FormatId } from '../model/index.js';
import { GEMINI_RESTORE_CHECKPOINT, isGeminiRestoreCheckpoint } from './readers/gemini-history.js';

const MAX_KEYS = 200;
const MAX_KEY_BYTES = 200;

/**
 * The closing quote of a string whose body continues at `from` (`escaped`: the previous chunk ended
 * on an unpaired backslash). At -1, `escaped` says whether this chunk ends on one.
 */
export function closingQuoteIn(buf: Buffer, from: number, escaped: boolean): { at: number; escaped: boolean } {
  const run = (end: number): number => {
    const n = backslashesBefore(buf, end, from);
    // A run reaching back to `from` continues the previous chunk's.
    return n + (n === end - from && escaped ? 1 : 0);
  };
  for (let q = buf.indexOf(QUOTE, from); q >= 0; q = buf.indexOf(QUOTE, q + 1)) {
    if (run(q) % 2 === 0) return { at: q, escaped: false };
  }
  return { at: -1, escaped: run(buf.length) % 2 === 1 };
}

/** Keys of the top-level object in the order they occur, each with the first byte of its value. */
export function scanTopLevelKeys(file: string, chunkBytes = 1 << 20): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectKey = false;
  let collecting: number[] | undefined;
  let pendingKey: string | undefined;
  let afterColon = false;
  let started = false;
  const fd = openSync(file, 'r');
  // Rare (a document whose telling part lies past detection's sample), so a buffer of its own.
  const buf = Buffer.allocUnsafe(chunkBytes);
  try {
    for (let at = 0; ;) {
      const got = readFully(fd, buf, at);
      if (got === 0) break;
      at += got;
      const chunk = buf.subarray(0, got);
      for (let i = 0; i < chunk.length; i++) {
        if (inString) {
          // Jump to the closing quote: string bodies are most of the bytes.
          const end = closingQuoteIn(chunk, i, escaped);
          const stop = end.at < 0 ? chunk.length : end.at;
          if (collecting && collecting.length < MAX_KEY_BYTES)
            for (let k = i; k < stop && collecting.length < MAX_KEY_BYTES; k++) collecting.push(chunk[k]!);
          if (end.at < 0) {
            escaped = end.escaped;
            break;
          }
          escaped = false;
          inString = false;
          i = end.at;
          if (collecting) {
            pendingKey = Buffer.from(collecting).toString('utf8');
            collecting = undefined;
          }
          continue;
        }
        const c = chunk[i]!;
        if (isJsonSpace(c)) continue;
        if (afterColon && depth === 1) {
          out.push({ key: pendingKey!, value: String.fromCharCode(c) });
          pendingKey = undefined;
          afterColon = false;
          if (out.length >= MAX_KEYS) return out;
        }
        if (c === QUOTE) {
          inString = true;
          if (depth === 1 && expectKey) {
            collecting = [];
            expectKey = false;
          }
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (!started && c === OPEN_BRACKET) return out;
          started = true;
          depth++;
          if (depth === 1) expectKey = true;
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return out;
        } else if (c === COMMA && depth === 1) expectKey = true;
        else if (c === COLON && depth === 1 && pendingKey !== undefined) afterColon = true;
      }
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** The format a document's top-level keys imply, or null. */
export function classifyTopKeys(keys: readonly string[]): FormatId | null {
  const has = (k: string) => keys.includes(k);
  if (has('trajectory_format') || (has('info') && has('messages'))) return 'mini-swe-agent-traj';
  if (has('projectHash') && has('sessionId')) return 'gemini-cli-chat';
  if (has('trajectory')) return 'swe-agent-traj';
  // Gemini CLI's /chat save checkpoint.
  if (has('history') && has('authType')) return 'gemini-cli-history';
  return null;
}

/** What a document looked like, for the "unknown format" reason. */
export function describeKeys(keys: readonly { key: string; value: string }[]): string {
  if (keys.length === 0) return 'JSON document without a top-level object';
  if (isGeminiRestoreCheckpoint(keys.map((k) => k.key))) return GEMINI_RESTORE_CHECKPOINT;
  // Keys are the file's text: redacted whole, then cut (a cut secret is no longer one the rules know).
  const names = keys.slice(0, 12).map((k) => redactSecrets(k.key.slice(0, 400)).slice(0, 80));
  const more = keys.length > 12 ? `, … (${keys.length} keys)` : '';
  const guess = classifyTopKeys(names);
  return `JSON object with keys ${names.join(', ')}${more}${guess ? `: looks like ${guess}, but its records did not parse` : ': no known transcript format has this shape'}`;
}
