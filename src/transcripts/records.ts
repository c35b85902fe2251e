/**
 * Turns a transcript file into a stream of JSON records with their line numbers: one per line for
 * JSONL, one per array element for JSON-array files (parsed whole up to a cap, elements located by a
 * small scanner so each keeps the line where it starts).
 */
import { statSync } from 'node:fs';
import { countNewlines, readLineBatches, readWholeBytes, type LineReadOptions } from './lines.js';
import { parseJsonPieces } from './json-pieces.js';

const MAX_ARRAY_FILE_BYTES = 256 * 1024 * 1024;

export interface JsonRecord {
  line: number;
  value: unknown;
}

export type IssueSink = (line: number | undefined, reason: string) => void;

function problemText(p: 'too-long' | 'invalid-utf8' | 'binary', bytes: number): string {
  if (p === 'too-long') return `line of ${bytes} bytes exceeds the line cap; skipped`;
  if (p === 'invalid-utf8') return 'invalid UTF-8; line skipped';
  return 'binary data (NUL bytes); line skipped';
}

/**
 * A parse error's message without the input it quotes: V8 writes the text around the fault into it
 * (`Unexpected token 'g', "ghp_…"... is not valid JSON`), and an issue's reason reaches logs and reports,
 * where a piece of a secret too short for any redaction rule would pass. The position is enough.
 */
export function parseError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/, (?:\.\.\.)?"[^]*"(?:\.\.\.)? is not valid JSON$/, ' is not valid JSON').slice(0, 200);
}

/**
 * A JSONL line's parse failure. V8 places the fault at "line 1 column N" of the text it parsed, which
 * beside the file's own line number (the issue's) reads as a second, wrong line: the column is what it adds.
 */
function parseFailure(last: boolean, e: unknown): string {
  const why = parseError(e).replace(/ \(line 1 column (\d+)\)/, ' (column $1)');
  return last ? `truncated or malformed last line: ${why}` : `malformed JSON: ${why}`;
}

/** A line's own bytes (still in the read buffer: see RawLine.whole), parsed whole. */
function parseWhole(bytes: Buffer, line: number, out: JsonRecord[], issue: IssueSink): void {
  try {
    out.push({ line, value: JSON.parse(bytes.toString('utf8')) });
  } catch (e) {
    issue(line, parseFailure(false, e));
  }
}

/**
 * JSONL records in batches; malformed lines go to `issue` and are skipped. `skipLine` lets a reader
 * drop lines it would ignore anyway before paying for JSON.parse.
 */
export function* jsonlRecords(
  file: string,
  issue: IssueSink,
  opts: LineReadOptions & { skipLine?: (text: string) => boolean } = {},
): Generator<JsonRecord[]> {
  for (const lines of readLineBatches(file, opts)) {
    const out: JsonRecord[] = [];
    for (const l of lines) {
      if ('problem' in l) {
        issue(l.line, problemText(l.problem, l.bytes));
        continue;
      }
      const t = l.text;
      if (t.length === 0 || t.trim().length === 0) continue;
      if (opts.skipLine?.(t)) continue;
      try {
        out.push({ line: l.line, value: JSON.parse(t) });
      } catch (e) {
        // A line the reader slimmed is judged as written: parsed whole, or reported with the whole line's error.
        if (l.whole === undefined) issue(l.line, parseFailure(l.last, e));
        else parseWhole(l.whole, l.line, out, issue);
      }
    }
    if (out.length > 0) yield out;
  }
}

/**
 * A JSON document read whole: parsed (`ok`), with the elements of its keyed array (the first array
 * under one of `keys` at the top level of an object, or the top-level array), or, when it is not
 * valid JSON or not clean UTF-8 text, its text, for the reader to report and salvage as before.
 */
export type JsonDocument = { ok: true; value: unknown; target: JsonRecord[] | undefined } | { ok: false; text: string };

/**
 * Reads a whole (capped) file as a JSON document, hashing it; undefined after reporting a problem.
 * A valid document is parsed from its bytes piece by piece (json-pieces.ts says why), never decoded
 * as one string; anything else comes back as its text (its lines joined, where it is not clean UTF-8).
 */
export function readJsonDocument(file: string, issue: IssueSink, opts: LineReadOptions, keys: readonly string[]): JsonDocument | undefined {
  const size = opts.already?.bytes.length ?? statSync(file).size;
  if (size > MAX_ARRAY_FILE_BYTES) {
    issue(undefined, `JSON document of ${size} bytes exceeds the ${MAX_ARRAY_FILE_BYTES}-byte cap; skipped`);
    return undefined;
  }
  const whole = readWholeBytes(file, { ...opts, maxBytes: MAX_ARRAY_FILE_BYTES });
  if (whole) {
    const { bytes, start, end } = whole;
    const pieces = parseJsonPieces(bytes, start, end, keys);
    if (pieces) return { ok: true, value: pieces.value, target: pieces.target && recordsAt(bytes, pieces.target) };
    return { ok: false, text: end > start ? bytes.toString('utf8', start, end) : '' };
  }
  const lines: string[] = [];
  let bad = false;
  for (const batch of readLineBatches(file, { ...opts, maxLineBytes: MAX_ARRAY_FILE_BYTES })) {
    for (const l of batch) {
      if ('problem' in l) {
        issue(l.line, problemText(l.problem, l.bytes));
        bad = true;
        lines.push('');
        continue;
      }
      lines.push(l.text);
    }
  }
  if (bad && lines.every((x) => x === '')) return undefined;
  return { ok: false, text: lines.join('\n') };
}

/** Elements with the line each starts on, counted in one pass over the bytes (offsets increase). */
function recordsAt(bytes: Buffer, target: { starts: number[]; values: unknown[] }): JsonRecord[] {
  const out: JsonRecord[] = [];
  let line = 1;
  let counted = 0;
  target.starts.forEach((start, i) => {
    line += countNewlines(bytes, counted, start);
    counted = start;
    out.push({ line, value: target.values[i] });
  });
  return out;
}

/** The document's value, as JSON.parse of its text gives it (throwing JSON.parse's error on a malformed one). */
export function documentValue(doc: JsonDocument): unknown {
  return doc.ok ? doc.value : JSON.parse(doc.text);
}

/** The line each element of the document's keyed array starts on (elementLines). */
export function documentLines(doc: JsonDocument, keys: readonly string[]): number[] {
  return doc.ok ? (doc.target?.map((r) => r.line) ?? []) : elementLines(doc.text, keys);
}

/** The records of the document's keyed array: arrayRecords, which reports what it cannot read. */
export function documentRecords(doc: JsonDocument, keys: readonly string[], issue: IssueSink): Iterable<JsonRecord> {
  if (!doc.ok) return arrayRecords(doc.text, keys, issue);
  if (!doc.target) issue(1, 'no JSON array found');
  return doc.target ?? [];
}

/** Where an element of the scanned array starts and ends in the text. */
interface Span {
  start: number;
  end: number;
}

/** The index of the quote that closes a JSON string whose body starts at `from`, or -1 if it never closes. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
    // A quote after an odd run of backslashes is escaped.
    let b = q - 1;
    while (b >= from && text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
  return -1;
}

/**
 * Finds the element spans of the array at the top level of `text`, or of the array held by one of
 * `keys` in a top-level object. Tolerates a cut-off end: complete elements are still returned.
 */
export function scanArrayElements(text: string, keys: readonly string[] = []): { spans: Span[]; complete: boolean; found: boolean } {
  const spans: Span[] = [];
  let depth = 0;
  let target = -1; // depth of the elements we collect
  let stringStart = -1;
  let lastKey: string | undefined;
  let elemStart = -1;
  let expectKeyArray = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (depth === target && elemStart < 0 && c !== 0x5d && c !== 0x2c) elemStart = i;
    if (c === 0x22) {
      // Strings are most of a transcript: jump to the closing quote instead of stepping through them.
      stringStart = i;
      const end = closingQuote(text, i + 1);
      if (end < 0) break;
      i = end;
      if (depth === 1 && target < 0) lastKey = text.slice(stringStart + 1, i);
    } else if (c === 0x3a) {
      expectKeyArray = depth === 1 && lastKey !== undefined && keys.includes(lastKey);
    } else if (c === 0x7b || c === 0x5b) {
      if (target < 0 && c === 0x5b && (depth === 0 || (depth === 1 && expectKeyArray))) target = depth + 1;
      depth++;
      expectKeyArray = false;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === target - 1 && target > 0) {
        if (elemStart >= 0) spans.push({ start: elemStart, end: i });
        return { spans, complete: true, found: true };
      }
      if (depth === target && elemStart >= 0) {
        spans.push({ start: elemStart, end: i + 1 });
        elemStart = -1;
      }
    } else if (c === 0x2c) {
      if (depth === target && elemStart >= 0) {
        spans.push({ start: elemStart, end: i });
        elemStart = -1;
      }
    }
  }
  return { spans, complete: false, found: target > 0 };
}

/**
 * Line numbers of increasing offsets, in one pass over the text. Searching for the next newline from
 * each element's start instead rescans the rest of a one-line document for every element: a 32 MB chat
 * log saved as one line took minutes that way.
 */
export class LineCounter {
  private line = 1;
  private nextNl: number;
  /** Characters the counter has searched through, for tests that bound the work. */
  scanned = 0;

  constructor(private readonly text: string) {
    this.nextNl = this.find(0);
  }

  private find(from: number): number {
    const i = this.text.indexOf('\n', from);
    this.scanned += (i < 0 ? this.text.length : i + 1) - from;
    return i < 0 ? Infinity : i;
  }

  /** The 1-based line of `offset`; offsets must not decrease between calls. */
  lineAt(offset: number): number {
    while (this.nextNl < offset) {
      this.line++;
      this.nextNl = this.find(this.nextNl + 1);
    }
    return this.line;
  }
}

/**
 * Records of a JSON-array document (or of the array under one of `keys`). Each element's line is
 * where it starts. Malformed elements and a truncated end are reported; the rest is still used.
 */
export function* arrayRecords(text: string, keys: readonly string[], issue: IssueSink): Generator<JsonRecord> {
  const { spans, complete, found } = scanArrayElements(text, keys);
  if (!found) {
    issue(1, 'no JSON array found');
    return;
  }
  const lines = new LineCounter(text);
  let line = 1;
  for (const s of spans) {
    line = lines.lineAt(s.start);
    const slice = text.slice(s.start, s.end).trim();
    if (slice.length === 0) continue;
    try {
      yield { line, value: JSON.parse(slice) };
    } catch (e) {
      issue(line, `malformed array element: ${parseError(e)}`);
    }
  }
  if (!complete) issue(line, 'JSON array is truncated (no closing bracket); kept the complete elements');
}

/**
 * The line each element of the array under `keys` starts on, for readers that parse the document
 * whole (they need its other fields) and only want each element's place.
 */
export function elementLines(text: string, keys: readonly string[]): number[] {
  const { spans } = scanArrayElements(text, keys);
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const s of spans) {
    for (let i = text.indexOf('\n', pos); i >= 0 && i < s.start; i = text.indexOf('\n', i + 1)) line++;
    pos = s.start;
    lines.push(line);
  }
  return lines;
}
