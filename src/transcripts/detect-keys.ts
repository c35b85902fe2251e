/**
 * The top-level keys of a JSON document, found by streaming the whole file: a trajectory's
 * `messages` can sit behind megabytes of `info.submission`, far past any sample. Memory stays
 * bounded (the keys only); time is one byte loop over the file.
 */
import { createReadStream } from 'node:fs';
import type { FormatId } from './session.js';

const MAX_KEYS = 200;
const MAX_KEY_BYTES = 200;

/** Keys of the top-level object in the order they occur, each with the first byte of its value. */
export async function scanTopLevelKeys(file: string): Promise<{ key: string; value: string }[]> {
  const out: { key: string; value: string }[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectKey = false;
  let collecting: number[] | undefined;
  let pendingKey: string | undefined;
  let afterColon = false;
  let started = false;
  const stream = createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) {
            inString = false;
            if (collecting) {
              pendingKey = Buffer.from(collecting).toString('utf8');
              collecting = undefined;
            }
          }
          if (collecting && inString && collecting.length < MAX_KEY_BYTES) collecting.push(c);
          continue;
        }
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
        if (afterColon && depth === 1) {
          out.push({ key: pendingKey!, value: String.fromCharCode(c) });
          pendingKey = undefined;
          afterColon = false;
          if (out.length >= MAX_KEYS) return out;
        }
        if (c === 0x22) {
          inString = true;
          if (depth === 1 && expectKey) {
            collecting = [];
            expectKey = false;
          }
        } else if (c === 0x7b || c === 0x5b) {
          if (!started && c === 0x5b) return out;
          started = true;
          depth++;
          if (depth === 1) expectKey = true;
        } else if (c === 0x7d || c === 0x5d) {
          depth--;
          if (depth === 0) return out;
        } else if (c === 0x2c && depth === 1) expectKey = true;
        else if (c === 0x3a && depth === 1 && pendingKey !== undefined) afterColon = true;
      }
    }
  } finally {
    stream.destroy();
  }
  return out;
}

/** The format a document's top-level keys imply, or null. */
export function classifyTopKeys(keys: readonly string[]): FormatId | null {
  const has = (k: string) => keys.includes(k);
  if (has('trajectory_format') || (has('info') && has('messages'))) return 'mini-swe-agent-traj';
  if (has('projectHash') && has('sessionId')) return 'gemini-cli-chat';
  if (has('trajectory')) return 'swe-agent-traj';
  return null;
}

/** What a document looked like, for the "unknown format" reason. */
export function describeKeys(keys: readonly { key: string; value: string }[]): string {
  if (keys.length === 0) return 'JSON document without a top-level object';
  const names = keys.slice(0, 12).map((k) => k.key);
  const more = keys.length > 12 ? `, … (${keys.length} keys)` : '';
  const guess = classifyTopKeys(names);
  return `JSON object with keys ${names.join(', ')}${more}${guess ? `: looks like ${guess}, but its records did not parse` : ': no known transcript format has this shape'}`;
}
