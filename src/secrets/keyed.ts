/**
 * Key-aware redaction of structured values (tool inputs, transcript JSON). A value stored under a
 * named key ({"password": "hunter2hunter2"}) carries no marker of its own: the key is what says it is
 * secret. Ingest (the transcript builder) and `dream capture` both redact through this one module, so
 * the two cannot drift apart.
 */
import { KEY_HINT } from './assignments.js';
import { findTableSecrets, redactSecrets } from './redact.js';
import { splitTokenRule } from './wrapped.js';
import { isPlaceholder } from './rules.js';
import { boundedMemo } from '../model/index.js';

/**
 * Field names (lower-cased, separators `_ - .` removed) whose string value is a secret as a whole,
 * whatever it looks like. Matched as a suffix of the whole key (db_password, x-api-key, clientSecret),
 * so `secretary` or `token_count` are not secrets.
 */
const SECRET_KEY_SUFFIXES = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'token',
  'credential',
  'credentials',
];

/** Rule id for a value redacted because of its key. */
const SECRET_FIELD_RULE_ID = 'secret-field';

/** Longest value redacted whole for its key: longer texts (file contents, logs) are scanned instead. */
const MAX_FIELD_VALUE = 512;
/** Longer values are scanned on their own: a key in front only matters to their first characters. */
const MAX_PREFIXED_VALUE = 4096;
const MARKER = /^\[REDACTED[^\]]*\]$/;

/** True when `key` names a field that holds a credential. */
export function isSecretKey(key: string): boolean {
  if (key.length > 64) return false;
  const k = key.toLowerCase().replace(/[-_.]/g, '');
  return SECRET_KEY_SUFFIXES.some((s) => k.endsWith(s));
}

/**
 * Whether a rule can read `key` in front of a value: it holds a word of KEY_HINT (assignments.ts), which
 * every key a name-based rule or isSecretKey acts on contains.
 */
export function keyMatters(key: string): boolean {
  return KEY_HINT.test(key);
}

/** Whether `key` can change how `value` is redacted: when not, redactKeyedString is redactSecrets(value). */
export function keySeesValue(value: string, key: string | undefined): key is string {
  return key !== undefined && value.length <= MAX_PREFIXED_VALUE && keyMatters(key);
}

/**
 * One string value, redacted with its key in view. Rules that need the name ("password": "…",
 * API_TOKEN=…) see the key in front of the value; a short single-line value under a secret-named
 * key is redacted whole even when no rule matches it (passwords with spaces, short opaque keys).
 */
export function redactKeyedString(value: string, key?: string): string {
  // Most keys (command, file_path, content) name nothing secret: the value alone gives the same result.
  if (!keySeesValue(value, key)) return redactSecrets(value);
  if (isSecretKey(key) && value.length >= 4 && value.length <= MAX_FIELD_VALUE && !value.includes('\n')) {
    const trimmed = value.trim();
    if (!isPlaceholder(trimmed) && !MARKER.test(trimmed)) return `[REDACTED:${SECRET_FIELD_RULE_ID}]`;
  }
  const prefix = `${JSON.stringify(key)}: "`;
  const redacted = redactSecrets(`${prefix}${value}"`);
  // The key and quotes are not token characters, so a finding inside the value is the same one the
  // value alone would give; one spanning the key or the closing quote falls back to the value alone.
  if (redacted.startsWith(prefix) && redacted.endsWith('"')) return redacted.slice(prefix.length, -1);
  return redactSecrets(value);
}

export interface RedactJsonOptions {
  /** Nesting past this depth is replaced by `tooDeep(value)` (default: left as it is). */
  maxDepth?: number;
  tooDeep?: (value: unknown) => unknown;
  /** A string under `key` that must be kept verbatim (structural ids), checked before redaction. */
  keep?: (key: string, value: string) => boolean;
  /** Redacts one string with its key (default redactKeyedString; the builder also bounds long texts). */
  redact?: (text: string, key: string | undefined) => string;
}

/**
 * Every string inside `value` redacted with the key it sits under (array items inherit the array's
 * key, so {"passwords": [...]} style lists are judged by their field). Structure is kept; a value
 * with nothing to redact is returned as the same object, so callers can tell whether anything changed.
 */
export function redactJsonValue(value: unknown, key?: string, opts: RedactJsonOptions = {}, depth = 0): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && opts.keep?.(key, value)) return value;
    // JSON inside a string (Codex's `arguments` and `output`, tool results that print JSON): its keys
    // are only visible once parsed, and `\n` escapes glue tokens to the letter n. Redacted as JSON,
    // re-encoded only when something was found, so a clean string keeps its bytes.
    const nested = parseNested(value);
    if (nested !== undefined && (opts.maxDepth === undefined || depth + 1 < opts.maxDepth)) {
      const r = redactJsonValue(nested, key, opts, depth + 1);
      if (r === nested) return value;
      const again = (opts.redact ?? redactKeyedString)(JSON.stringify(r), key);
      return again;
    }
    return (opts.redact ?? redactKeyedString)(value, key);
  }
  if (value === null || typeof value !== 'object') return value;
  if (opts.maxDepth !== undefined && depth >= opts.maxDepth) return opts.tooDeep ? opts.tooDeep(value) : value;
  // Copies are made only from the first change on: most values are clean, and a walk that built a
  // new array or object for every one (only to drop it) made a fifth of capture's garbage.
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    const { itemKey, split } = arrayPlan(value, key);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const cut = split?.get(i);
      const r = cut ?? redactJsonValue(v, itemKey, opts, depth + 1);
      if (out) out.push(r);
      else if (r !== v) (out = value.slice(0, i)).push(r);
    }
    return out ?? value;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = obj[k];
    const r = redactJsonValue(v, k, opts, depth + 1);
    // A key is text too: a map keyed by tokens ({"ghp_…": {...}}) would carry them through untouched.
    const rk = redactKey(k);
    if (!out && (r !== v || rk !== k)) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = obj[keys[j]!];
    }
    if (out) out[rk] = r;
  }
  return out ?? value;
}

/**
 * Keys redacted so far. Keys repeat across every call of a tool (`command`, `file_path`), so each is
 * scanned once; the map is emptied when full, which keeps memory bounded whatever the input.
 */
const redactKey = boundedMemo(4096, (k: string): string => redactSecrets(k));

/** Longest string tried as nested JSON: beyond it the text is scanned as it is. */
const MAX_NESTED = 1 << 20;

function parseNested(value: string): object | undefined {
  if (value.length < 2 || value.length > MAX_NESTED) return undefined;
  const c = value.charCodeAt(0);
  if (c !== 0x7b && c !== 0x5b) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    return v !== null && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The key an array's items are judged by: the array's own, or for a plural credential name
 * (`passwords`, `api_keys`, `secrets`) its singular, so each item of the list is a credential. Not
 * `tokens`: a tokenizer's tokens are words.
 */
function listItemKey(key: string): string {
  if (key.length < 2 || key.length > 64 || !/s$/i.test(key) || /tokens$/i.test(key)) return key;
  const singular = key.slice(0, -1);
  return !isSecretKey(key) && isSecretKey(singular) ? singular : key;
}

/**
 * How an array's items are redacted beyond each on its own: the key they are judged by (listItemKey), and the
 * items that hold a token cut across two of them (`["sk-ant-api03-…", "…rest"]`), each replaced whole by its
 * redaction marker. Neighbouring items only, so linear.
 */
export function arrayPlan(
  items: readonly unknown[],
  key: string | undefined,
): { itemKey: string | undefined; split?: Map<number, string> } {
  const split = splitItems(items);
  return { itemKey: key === undefined ? undefined : listItemKey(key), ...(split ? { split } : {}) };
}

function splitItems(items: readonly unknown[]): Map<number, string> | undefined {
  let found: Map<number, string> | undefined;
  for (let i = 0; i + 1 < items.length; i++) {
    const left = items[i];
    const right = items[i + 1];
    if (typeof left !== 'string' || typeof right !== 'string') continue;
    const rule = splitTokenRule(left, right, findTableSecrets);
    if (rule === undefined) continue;
    found ??= new Map();
    found.set(i, `[REDACTED:${rule}]`).set(i + 1, `[REDACTED:${rule}]`);
  }
  return found;
}
