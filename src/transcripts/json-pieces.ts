/**
 * JSON.parse of a whole document's bytes, piece by piece: the value JSON.parse of the decoded text
 * gives, without ever making that text.
 *
 * Why: V8 makes a string over about 128 KB in its large-object space, fresh pages each time, at about
 * 80× the per-byte cost of a small one (mini-swe-agent's 41.7 MB of trajectories: 125 ms to decode
 * whole, 6 ms in 64 KB pieces). Decoding a trajectory whole to JSON.parse it was a fifteenth of a
 * pass over the real corpus. Here a container larger than PIECE_BYTES is walked member by member, and
 * only pieces under it are decoded and handed to JSON.parse, which also validates each of them; the
 * walk validates the punctuation between them. So a valid document gives exactly JSON.parse's value
 * (own properties in the same order, the last of a repeated key winning in its first place, a
 * `__proto__` key an own property), and anything else gives undefined: the caller then decodes the
 * text whole and reports its error as before.
 *
 * Work: one byte loop finds a container's children and theirs, so each byte is scanned once per two
 * levels of enclosing containers larger than a piece, and walking stops MAX_WALK_DEPTH levels down
 * (deeper, a piece is parsed whole however large), so it stays linear.
 */
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, closingQuote, isJsonSpace } from './json-bytes.js';

/** Pieces at most this long are decoded and parsed whole: well under V8's large-object threshold. */
const PIECE_BYTES = 64 * 1024;
/** Containers this deep are parsed whole, so a deeply nested document costs no more than a few scans. */
const MAX_WALK_DEPTH = 6;

/** What parseJsonPieces found: the value, and the start of each element of the keyed array (see below). */
export interface JsonPieces {
  value: unknown;
  /**
   * Byte offsets where the elements of the first array under one of `keys` at the top level of an
   * object (or of the top-level array) start, and their values: the elements scanArrayElements finds.
   */
  target?: { starts: number[]; values: unknown[] };
}

class Invalid extends Error {}
const INVALID = new Invalid();
/** A container too dense in tokens to walk (see scan): parsed whole instead. */
class Dense extends Error {}
const DENSE = new Dense();
/**
 * Tokens kept per scanned byte, at most: a container of tiny elements (numbers, short strings) would
 * keep several arrays' worth of numbers per byte, and gains nothing from a walk. Past it the container
 * is parsed whole, as before the walk, which bounds the walk's memory to a few times the container's size.
 */
const BYTES_PER_TOKEN = 16;

/** A token's kind is its first byte; a scalar's (a number, true, false, null) is this. */
const SCALAR = 0;
/** A container's kind is its opening byte, so its closer matches when 2 above it (`}` - `{`, `]` - `[`). */
const OPEN_OBJECT = OPEN_BRACE;
const OPEN_ARRAY = OPEN_BRACKET;

const isDelimiter = (c: number): boolean =>
  isJsonSpace(c) || c === COMMA || c === COLON || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === QUOTE;

/**
 * The tokens inside one container, two levels deep (its children, and theirs), in document order,
 * found in one loop over its bytes: a container walked a level down needs no second scan. Deeper
 * containers are one token each, ended where they close.
 */
interface Tokens {
  start: number[];
  end: number[];
  /** QUOTE, SCALAR, OPEN_OBJECT, OPEN_ARRAY, COMMA or COLON. */
  kind: number[];
  depth: number[];
  /** For a container token: the index of the first token after its children. */
  after: number[];
}

/** Tokens of the container whose bracket is at `start` and that ends just before `end`. */
function scan(buf: Buffer, start: number, end: number): Tokens {
  const t: Tokens = { start: [], end: [], kind: [], depth: [], after: [] };
  const limit = Math.floor((end - start) / BYTES_PER_TOKEN) + 64;
  const push = (kind: number, from: number, to: number, depth: number): void => {
    if (t.kind.length >= limit) throw DENSE;
    t.start.push(from);
    t.end.push(to);
    t.kind.push(kind);
    t.depth.push(depth);
    t.after.push(0);
  };
  const open: number[] = [];
  let depth = 0;
  for (let i = start; i < end;) {
    const c = buf[i]!;
    if (c === QUOTE) {
      const j = closingQuote(buf, i + 1, end);
      if (j < 0) throw INVALID;
      if (depth === 1 || depth === 2) push(QUOTE, i, j + 1, depth);
      i = j + 1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === 1 || depth === 2) {
        open.push(t.kind.length);
        push(c, i, -1, depth);
      }
      depth++;
      i++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) {
        if (i !== end - 1 || c - buf[start]! !== 2) throw INVALID;
        return t;
      }
      if (depth === 1 || depth === 2) {
        const k = open.pop()!;
        // A bracket closed by the other kind: JSON.parse would refuse the piece; the walk must too.
        if (c - t.kind[k]! !== 2) throw INVALID;
        t.end[k] = i + 1;
        t.after[k] = t.kind.length;
      }
      i++;
    } else if (isJsonSpace(c)) i++;
    else if (c === COMMA || c === COLON) {
      if (depth === 1 || depth === 2) push(c, i, i + 1, depth);
      i++;
    } else {
      let j = i + 1;
      while (j < end && !isDelimiter(buf[j]!)) j++;
      if (depth === 1 || depth === 2) push(SCALAR, i, j, depth);
      i = j;
    }
  }
  throw INVALID;
}

class Walker {
  constructor(
    private readonly buf: Buffer,
    private readonly pieceBytes: number,
  ) {}

  /** JSON.parse of buf[start, end), or with `wrap` (OPEN_ARRAY) of `[` + it + `]`. */
  parseSlice(start: number, end: number, wrap?: number): unknown {
    try {
      const text = this.buf.toString('utf8', start, end);
      return JSON.parse(wrap === undefined ? text : `[${text}]`);
    } catch {
      throw INVALID;
    }
  }

  /**
   * The container at token `k` of `t` (whose children are in `t` when it is at depth 1), parsed whole
   * when small, else walked; `starts`, when given, collects where its elements start and forces a walk.
   */
  container(t: Tokens, k: number, level: number, starts?: number[]): unknown {
    const from = t.start[k]!;
    const to = t.end[k]!;
    if (starts === undefined && (to - from <= this.pieceBytes || level >= MAX_WALK_DEPTH)) return this.parseSlice(from, to);
    if (t.depth[k] === 1) return this.children(t, k + 1, t.after[k]!, 2, t.kind[k]!, level, starts);
    let inner: Tokens;
    try {
      inner = scan(this.buf, from, to);
    } catch (err) {
      // Only a keyed array needs its elements' places, and it is always in the first scan's tokens.
      if (err instanceof Dense && starts === undefined) return this.parseSlice(from, to);
      throw err;
    }
    return this.children(inner, 0, inner.kind.length, 1, t.kind[k]!, level, starts);
  }

  value(t: Tokens, k: number, level: number): unknown {
    const kind = t.kind[k];
    if (kind === OPEN_OBJECT || kind === OPEN_ARRAY) return this.container(t, k, level);
    if (kind === QUOTE || kind === SCALAR) return this.parseSlice(t.start[k]!, t.end[k]!);
    throw INVALID;
  }

  /**
   * The object or array whose children are the tokens of `t` in [from, to) at `depth`: its
   * punctuation checked here, its values parsed or walked.
   */
  children(
    t: Tokens,
    from: number,
    to: number,
    depth: number,
    kind: number,
    level: number,
    starts?: number[],
    keyed?: { keys: readonly string[]; found: JsonPieces },
  ): unknown {
    const next = (k: number): number => (t.kind[k] === OPEN_OBJECT || t.kind[k] === OPEN_ARRAY ? t.after[k]! : k + 1);
    if (kind === OPEN_ARRAY) {
      const out: unknown[] = [];
      // A run of small elements is parsed in one call, as an array of its own: an array of many tiny
      // elements (numbers, short strings) cost a call and a string each.
      let run = -1;
      let count = 0;
      const flush = (end: number): void => {
        if (run < 0) return;
        const values = this.parseSlice(run, end, OPEN_ARRAY) as unknown[];
        if (values.length !== count) throw INVALID;
        for (const v of values) out.push(v);
        run = -1;
        count = 0;
      };
      let last = -1;
      for (let k = from; k < to;) {
        if (k > from) {
          if (t.kind[k] !== COMMA || k + 1 >= to) throw INVALID;
          k++;
        }
        starts?.push(t.start[k]!);
        const c = t.kind[k];
        if (c === COMMA || c === COLON) throw INVALID;
        const small = t.end[k]! - t.start[k]! <= this.pieceBytes || (c !== OPEN_OBJECT && c !== OPEN_ARRAY);
        if (small && run >= 0 && t.end[k]! - run > this.pieceBytes) flush(last);
        if (small) {
          if (run < 0) run = t.start[k]!;
          count++;
        } else {
          flush(last);
          out.push(this.container(t, k, level + 1));
        }
        last = t.end[k]!;
        k = next(k);
      }
      flush(last);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (let k = from, first = true; k < to; first = false) {
      if (!first) {
        if (t.kind[k] !== COMMA || k + 1 >= to) throw INVALID;
        k++;
      }
      if (t.kind[k] !== QUOTE || t.kind[k + 1] !== COLON || k + 2 >= to || t.depth[k + 2] !== depth) throw INVALID;
      const key = this.parseSlice(t.start[k]!, t.end[k]!) as string;
      const v = k + 2;
      let value: unknown;
      // The key as written, as scanArrayElements matches it (elementLines, arrayRecords on a malformed document).
      if (
        keyed &&
        !keyed.found.target &&
        t.kind[v] === OPEN_ARRAY &&
        keyed.keys.includes(this.buf.toString('utf8', t.start[k]! + 1, t.end[k]! - 1))
      ) {
        const elementStarts: number[] = [];
        value = this.container(t, v, level + 1, elementStarts);
        keyed.found.target = { starts: elementStarts, values: value as unknown[] };
      } else value = this.value(t, v, level + 1);
      // As JSON.parse makes it: an own property even for "__proto__", a repeated key keeping its first place.
      Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      k = next(v);
    }
    return out;
  }
}

/**
 * The value of the JSON document in buf[start, end) (UTF-8, no BOM), as JSON.parse of its text gives
 * it, with the elements of its keyed array (JsonPieces.target); undefined when it is not valid JSON.
 * `pieceBytes` is for tests, which walk small documents.
 */
export function parseJsonPieces(
  buf: Buffer,
  start: number,
  end: number,
  keys: readonly string[],
  pieceBytes = PIECE_BYTES,
): JsonPieces | undefined {
  let from = start;
  let to = end;
  while (from < to && isJsonSpace(buf[from]!)) from++;
  while (to > from && isJsonSpace(buf[to - 1]!)) to--;
  if (from >= to) return undefined;
  const w = new Walker(buf, pieceBytes);
  try {
    const c = buf[from];
    if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) return { value: w.parseSlice(from, to) };
    const t = scan(buf, from, to);
    if (c === OPEN_ARRAY) {
      const starts: number[] = [];
      const values = w.children(t, 0, t.kind.length, 1, c, 0, starts) as unknown[];
      return { value: values, target: { starts, values } };
    }
    const found: JsonPieces = { value: undefined };
    found.value = w.children(t, 0, t.kind.length, 1, c, 0, undefined, { keys, found });
    return found;
  } catch (err) {
    // Dense: the document is decoded and parsed whole by the caller, as before the walk.
    if (err instanceof Invalid || err instanceof Dense) return undefined;
    throw err;
  }
}
