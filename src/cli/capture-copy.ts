/**
 * The redacted copy `dream capture` makes of a transcript: each JSON line is redacted value by value
 * with its keys in view (the same redactor as ingest), then once more as a whole where a rule could
 * match across its strings, and stays valid JSON with its exact bytes when nothing was found.
 */
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  ENTROPY_RULE_ID,
  findSecrets,
  hasVendorRun,
  keyMatters,
  keySeesValue,
  narrowPreset,
  redactBatch,
  redactJsonValue,
  redactSecrets,
  SECRET_RULES,
  type PresetScope,
} from '../secrets/index.js';
import { pushRedacted, regionOf, type Region } from './capture-lines.js';

export interface CapturedFile {
  source: string;
  target: string;
  changed: boolean;
  lines: number;
}

/** Deeper JSON than this is left to the whole-line pass rather than risking the stack. */
const MAX_JSON_DEPTH = 200;
/**
 * Fields that hold the transcript's own identifiers (toolu_…, agent_msg_…, uuids). Readers pair
 * tool calls and subagents by them, and the entropy rule mistakes them for keys, so a
 * token-shaped value under one of these keys is kept unless a specific secret rule matches it.
 */
const STRUCTURAL_ID_KEYS = new Set([
  'uuid',
  'parentUuid',
  'leafUuid',
  'logicalParentUuid',
  'sessionId',
  'session_id',
  'toolUseID',
  'parentToolUseID',
  'tool_use_id',
  'id',
  'requestId',
  'agentId',
  'messageId',
  'promptId',
]);
const ID_SHAPE = /^[A-Za-z0-9_.:-]{1,200}$/;

/** Identifiers are kept unless a specific rule (not mere entropy) says they are a secret. */
const keepStructuralId = (key: string, value: string): boolean =>
  STRUCTURAL_ID_KEYS.has(key) && ID_SHAPE.test(value) && onlyEntropyFindings(value);

export function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function onlyEntropyFindings(value: string): boolean {
  return findSecrets(value).every((f) => f.rule === ENTROPY_RULE_ID);
}

function collectIds(value: unknown, into: string[], depth: number): void {
  if (value === null || typeof value !== 'object' || depth >= MAX_JSON_DEPTH) return;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && STRUCTURAL_ID_KEYS.has(k)) into.push(v);
    else collectIds(v, into, depth + 1);
  }
}

/** True when the whole-line pass would rewrite an identifier the per-value pass kept on purpose. */
function changesStructuralIds(before: unknown, after: string): boolean {
  const a: string[] = [];
  const b: string[] = [];
  collectIds(before, a, 0);
  collectIds(JSON.parse(after), b, 0);
  return a.length !== b.length || a.some((id, i) => id !== b[i]);
}

/** What the value pass saw of a line (valuesSeen), least first. */
/** Some string only leaf by leaf (JSON inside it), a key holding a token-like run, or too deep. */
const SEEN_PARTS = 0;
/** Every string whole, with the preset where its gate asked. */
const SEEN_STRINGS = 1;
/** That, and every string under a key a rule could read with the key in front of it (keyed.ts). */
const SEEN_KEYED = 2;

/** What the walk saw of `value`, the value under `key` (undefined for an array's items and the line). */
function valuesSeen(value: unknown, key: string | undefined, depth: number): number {
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string' || value.length === 0) return SEEN_KEYED;
    const c = value.charCodeAt(0);
    if (c === 0x7b || c === 0x5b) return SEEN_PARTS;
    // A value too long to be scanned behind its key: only the line shows the two together.
    return key !== undefined && !keySeesValue(value, key) && keyMatters(key) ? SEEN_STRINGS : SEEN_KEYED;
  }
  if (depth >= MAX_JSON_DEPTH) return SEEN_PARTS;
  let seen = SEEN_KEYED;
  // Index loops: this runs on every line, and an iterator or a callback per value is garbage.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && seen !== SEEN_PARTS; i++) seen = Math.min(seen, valuesSeen(value[i], undefined, depth + 1));
    return seen;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length && seen !== SEEN_PARTS; i++) {
    const k = keys[i]!;
    seen = hasVendorRun(k) ? SEEN_PARTS : Math.min(seen, valuesSeen(obj[k], k, depth + 1));
  }
  return seen;
}

/**
 * The preset's scope for the whole-line pass of a line whose strings were all scanned whole. In valid
 * JSON every token-like run sits inside a string (numbers and literals are never token-like), and the
 * preset's token rules match inside one run, bounded by quotes that neither their classes nor their
 * boundaries cross: the value pass already asked about every such run. What only the line shows is
 * a credential URL or a key block spanning strings, so those gates stay. (A key holding a token-like
 * run, or a string of JSON, leaves the whole line to the preset: valuesSeen.)
 */
const lineScope = (text: string, scope: PresetScope): PresetScope | undefined =>
  scope === 'url' || text.includes('PRIVATE KEY') ? scope : text.includes('://') && text.includes('@') ? 'url' : undefined;

/** Letters from rarest to commonest in code and prose; any other character counts as common. */
const RARE_FIRST = 'qjzxkvbpygfwmucldrhsnioateQJZXKVBPYGFWMUCLDRHSNIOATE';

/**
 * A test for "holds one of `literals`" that searches single characters: V8 runs a one-character
 * indexOf as memchr, many times faster than its search for a short string, which cost more than a
 * tenth of the scan it spares here. Each literal is looked for where its rarest character occurs.
 */
function holdsAny(literals: readonly string[]): (text: string) => boolean {
  const rank = (c: string): number => (RARE_FIRST.includes(c) ? RARE_FIRST.indexOf(c) : RARE_FIRST.length);
  const anchors = new Map<string, { literal: string; at: number }[]>();
  for (const literal of literals) {
    let at = 0;
    for (let i = 1; i < literal.length; i++) if (rank(literal[i]!) < rank(literal[at]!)) at = i;
    const list = anchors.get(literal[at]!) ?? [];
    anchors.set(literal[at]!, [...list, { literal, at }]);
  }
  const groups = [...anchors];
  return (text) => {
    for (const [c, list] of groups) {
      for (let k = text.indexOf(c); k >= 0; k = text.indexOf(c, k + 1)) {
        for (const { literal, at } of list) if (text.startsWith(literal, k - at)) return true;
      }
    }
    return false;
  };
}

/**
 * Whether a line holds a key block (lineScope's gate for the preset) or a literal of a rule of our
 * table that can match across its strings (rules.ts, acrossStrings: `mysql … -pPASS` with the
 * program in another string).
 */
const holdsAcrossLiteral = holdsAny([
  ...new Set(['PRIVATE KEY', ...SECRET_RULES.flatMap((r) => (typeof r.acrossStrings === 'object' ? r.acrossStrings : []))]),
]);

/**
 * Whether the whole-line pass could find anything in a line the value pass saw SEEN_KEYED: a finding
 * that no string (with its key in front) shows spans strings, so its match holds the quotes that end
 * one and open the next. Our rules that can hold two quotes say how (acrossStrings): from a key into
 * its value, which the keyed value pass read, or with a literal; secretlint's preset is asked about
 * the line only for a credential URL or a key block (lineScope), the entropy rule and the token
 * rules match inside one run of token characters, URL passwords end at a quote, and a token wrapped
 * across lines has a raw newline that JSON escapes. A finding in a string's raw bytes that its
 * decoded text lacks starts at an escape's letter (`\nTOKEN` read as `nTOKEN`): its backslash left
 * before the marker is no JSON, so the whole-line pass never kept one.
 */
function mayMatchAcrossStrings(line: string): boolean {
  // lineScope's gate for a credential URL, the rare '@' first (a short string's search is the slow one).
  return (line.includes('@') && line.includes('://')) || holdsAcrossLiteral(line);
}

/**
 * Context kept on each side of a string's quotes by the whole-line pass of a line whose strings were
 * all scanned whole. A finding the value pass could not see crosses a quote (a key and its value, a
 * flag and the next string), and every rule that can cross one is bounded well below this: a key of
 * at most 64 characters, 8 spaces and a value of at most 256 (assignments.ts), the table's context
 * rules 300. A finding that crosses no quote lies inside one string, which the value pass scanned.
 */
const QUOTE_CONTEXT = 512;

/**
 * `line` (valid JSON) redacted by the whole-line rules everywhere but the middle of long strings,
 * which the value pass already scanned: each string longer than twice QUOTE_CONTEXT keeps its ends
 * in view and its middle verbatim, cut at spaces so that no token run or escape is split. The pass
 * costs the line's quotes, not its length.
 */
function redactAtBoundaries(line: string): string {
  let out = '';
  let from = 0;
  // The next quote and backslash at or after the cursor; both only move forward, so the scan is linear.
  let q = -1;
  let b = -1;
  for (let i = line.indexOf('"'); i >= 0;) {
    // i opens a string; find its closing quote (a backslash escapes the next character).
    let j = i + 1;
    for (;;) {
      if (q < j) q = line.indexOf('"', j);
      if (b !== Infinity && b < j) b = line.indexOf('\\', j);
      if (b < 0) b = Infinity;
      if (q < 0) return out + redactSecrets(line.slice(from));
      if (b < q) j = b + 2;
      else {
        j = q;
        break;
      }
    }
    // A key is no value: the value pass never scanned it, so it is kept whole.
    let after = j + 1;
    while (line.charCodeAt(after) === 0x20) after++;
    if (j - i > 2 * QUOTE_CONTEXT && line.charCodeAt(after) !== 0x3a) {
      // Both searches stay inside this string's middle, so a line of long strings without spaces stays linear.
      let cutStart = i + QUOTE_CONTEXT;
      while (cutStart < j - QUOTE_CONTEXT && line.charCodeAt(cutStart) !== 0x20) cutStart++;
      let cutEnd = j - QUOTE_CONTEXT;
      while (cutEnd > cutStart && line.charCodeAt(cutEnd) !== 0x20) cutEnd--;
      if (cutStart < cutEnd) {
        out += redactSecrets(line.slice(from, cutStart + 1)) + line.slice(cutStart + 1, cutEnd);
        from = cutEnd;
      }
    }
    i = line.indexOf('"', j + 1);
  }
  return out + redactSecrets(line.slice(from));
}

/**
 * Redacts one transcript line. A JSON line stays valid JSON (its string values are redacted) and
 * keeps its exact bytes when nothing was found; any other line is redacted as text.
 */
export function redactTranscriptLine(line: string): string {
  if (line.trim() === '') return line;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return redactSecrets(line);
  }
  // The same key-aware redactor as ingest: a value under "password" is a secret whatever it looks like.
  const walked = redactJsonValue(parsed, undefined, { maxDepth: MAX_JSON_DEPTH, keep: keepStructuralId });
  let out = walked !== parsed ? JSON.stringify(walked) : line;
  // A last pass over the whole line catches what no single value shows (a secret spanning strings);
  // it is kept only when the line is still JSON. Where no rule can match across strings it would
  // find nothing more, and most lines are spared a second scan of every string.
  const seen = valuesSeen(parsed, undefined, 0);
  if (seen === SEEN_KEYED && !mayMatchAcrossStrings(out)) return out;
  const whole = seen !== SEEN_PARTS ? narrowPreset(lineScope, () => redactAtBoundaries(out)) : redactSecrets(out);
  if (whole !== out && parsesAsJson(whole) && !changesStructuralIds(walked, whole)) out = whole;
  return out;
}

/** Bytes read at a time; each read's complete lines are redacted together (one preset run per read). */
const CHUNK_BYTES = 1 << 20;

/**
 * Whether `copy` holds exactly the bytes of the `size`-byte file `written`: false when it is missing,
 * of another size, or differs anywhere. Compared directly rather than by hash, so capture never
 * loads node:crypto (about 18 ms of CPU at start-up) and a first capture, where no copy exists yet,
 * reads nothing back.
 */
async function sameBytes(written: string, copy: string, size: number): Promise<boolean> {
  const info = await stat(copy).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!info?.isFile() || info.size !== size) return false;
  const a = await open(written, 'r');
  try {
    const b = await open(copy, 'r');
    try {
      const x = Buffer.allocUnsafe(CHUNK_BYTES);
      const y = Buffer.allocUnsafe(CHUNK_BYTES);
      for (let pos = 0; pos < size;) {
        const [ra, rb] = await Promise.all([a.read(x, 0, CHUNK_BYTES, pos), b.read(y, 0, CHUNK_BYTES, pos)]);
        // A short or uneven read (a file changing under us) counts as different: the copy is rewritten.
        if (ra.bytesRead === 0 || ra.bytesRead !== rb.bytesRead) return false;
        if (!x.subarray(0, ra.bytesRead).equals(y.subarray(0, rb.bytesRead))) return false;
        pos += ra.bytesRead;
      }
      return true;
    } finally {
      await b.close();
    }
  } finally {
    await a.close();
  }
}

/**
 * Streams `source` through the redactor into `target`, atomically (a temp file created exclusively,
 * then renamed). When target already holds exactly those bytes nothing is touched. The file is read
 * a chunk at a time and each chunk's complete lines are redacted together (redactBatch), so memory
 * holds one chunk and the line that straddles it.
 */
export async function copyTranscriptRedacted(source: string, target: string): Promise<CapturedFile> {
  await mkdir(path.dirname(target), { recursive: true });
  // Created exclusively ('wx'), so the random part only has to make a clash unlikely, not impossible.
  const nonce = Math.floor(Math.random() * 2 ** 32).toString(16);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${nonce}.tmp`);
  let lines = 0;
  let size = 0;
  const input = await open(source, 'r');
  let output: FileHandle | undefined;
  // The next chunk is read, and the previous one written, while a chunk is redacted: the hook's
  // time is the redaction's, not the redaction's plus every read and write waiting in turn. At most
  // one read and one write are in flight, so memory still holds a few chunks, whatever the file.
  let reading: Promise<Buffer> | undefined;
  let writing: Promise<unknown> = Promise.resolve();
  try {
    output = await open(temp, 'wx', 0o644);
    const write = async (regions: Region[]): Promise<void> => {
      const all = regions.length === 1 ? regions[0]!.lines : regions.flatMap((r) => r.lines);
      const redacted = redactBatch(all, redactTranscriptLine);
      const pieces: Buffer[] = [];
      let at = 0;
      for (const r of regions) {
        pushRedacted(r, regions.length === 1 ? redacted : redacted.slice(at, at + r.lines.length), pieces);
        at += r.lines.length;
      }
      for (const piece of pieces) size += piece.length;
      lines += all.length;
      // Writes go one after another (the file's position moves with each), and a failed one fails here.
      await writing;
      writing = output!.writev(pieces);
      // Handled when awaited next; until then its failure must not count as an unhandled rejection.
      writing.catch(() => undefined);
    };
    const readChunk = (): Promise<Buffer> => {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = input.read(chunk, 0, CHUNK_BYTES, null).then(({ bytesRead }) => chunk.subarray(0, bytesRead));
      read.catch(() => undefined);
      return read;
    };
    // The line being read when a chunk ends, in pieces: joined once, when its newline comes, so a
    // line of many chunks costs its length, not its length times the number of chunks.
    let pending: Buffer[] = [];
    reading = readChunk();
    for (;;) {
      const data = await reading;
      reading = undefined;
      if (data.length === 0) break;
      reading = readChunk();
      const nl = data.lastIndexOf(0x0a);
      if (nl < 0) {
        pending.push(data);
        continue;
      }
      // The line that straddles the previous chunk is joined on its own; the chunk's other lines are
      // read where they lie, never copied.
      const first = pending.length > 0 ? data.indexOf(0x0a) : -1;
      const regions = first >= 0 ? [regionOf(Buffer.concat([...pending, data.subarray(0, first + 1)]))] : [];
      if (first < nl) regions.push(regionOf(data.subarray(first + 1, nl + 1)));
      // The rest is copied out, so the chunk's memory can go once it is written.
      pending = nl + 1 < data.length ? [Buffer.from(data.subarray(nl + 1))] : [];
      await write(regions);
    }
    // A last line without a newline is still a line (readline gives it too); it gains one.
    if (pending.length > 0) await write([regionOf(Buffer.concat(pending))]);
    await writing;
    await output.close();
    output = undefined;
    if (await sameBytes(temp, target, size)) {
      await rm(temp, { force: true });
      return { source, target, changed: false, lines };
    }
    await rename(temp, target);
    return { source, target, changed: true, lines };
  } catch (err) {
    // Nothing may still be writing into the temp file, or reading the source, once they are closed.
    await writing.catch(() => undefined);
    await output?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  } finally {
    await reading?.catch(() => undefined);
    await input.close();
  }
}
