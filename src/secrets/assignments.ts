/**
 * Keyed secrets in text: a value assigned to a credential-named key, in any case style and syntax.
 * `dbPassword: "…"`, `DB_PASS=…`, `SMTP_PASS=…`, `ENCRYPTION_KEY=…`, `:_authToken=…`, `_auth=…`,
 * `Password=…;` (SQL Server), `?password=…` (JDBC, query strings), `--db-password=…`,
 * `client_secret = '…'`, YAML `password: …` (Kubernetes `data:`), `"auth": "…"` (docker config).
 *
 * Written as a scan, not a regex: every `=` and `:` is an anchor, the key is read backwards from it
 * (at most MAX_KEY characters) and the value forwards (at most MAX_VALUE), so the cost is linear in
 * the text whatever it holds (`TOKENTOKEN…` made the old upper-case regex backtrack).
 */
import { isPlaceholder } from './rules.js';
import { boundedMemo } from '../model/index.js';

const ASSIGNMENT_RULE_ID = 'keyed-secret';

const MAX_KEY = 64;
const MAX_VALUE = 256;

/** Key words that say the value is a credential whatever it looks like. */
const STRONG_WORD =
  /^(?:[a-z]*pass(?:word|wd|phrase|code)?s?|[a-z]*pwd|[a-z]*secrets?|[a-z]*secret(?:access)?key|credentials?|creds?|apikey|authtoken|accesstoken|refreshtoken|privatekey|accesskey)$/;
/** Two-word names as strong as one (`api_key`, `_authToken`): their values are often uuids or hex. */
const STRONG_PAIR =
  /(?:^| )(?:api key|auth token|access token|refresh token|bearer token|private key|access key|signing key|encryption key)(?: |$)/;
/** Words ending in "pass" that are not passwords. */
const NOT_PASSWORD = /^(?:by|com|encom|sur|tres|under|over)pass$/;
/** Key words that name credentials and many other things (`key: "src/a.ts"`): the value must look like one. */
const WEAK_WORD = /^(?:[a-z]*token|[a-z]*key|[a-z]*auth|sig|signature)$/;
/** A key ending in one of these names something about a credential, not the credential itself. */
const NOT_VALUE = new Set([
  'file',
  'files',
  'path',
  'dir',
  'name',
  'names',
  'id',
  'ids',
  'type',
  'types',
  'url',
  'uri',
  'env',
  'var',
  'count',
  'length',
  'len',
  'size',
  'max',
  'min',
  'field',
  'fields',
  'header',
  'prompt',
  'label',
  'hint',
  'policy',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'at',
  'timeout',
  'usage',
  'limit',
  'budget',
  'mode',
  'format',
  'algorithm',
  'alg',
  'provider',
  'source',
  'location',
  'ref',
  'helper',
  'command',
  'cmd',
  'method',
  'scheme',
  'strategy',
  'required',
  'enabled',
  'length',
  'index',
  'prefix',
  'regex',
  'pattern',
  'rule',
  'rules',
  'error',
  'errors',
  'reset',
  'changed',
  'manager',
  'store',
  'service',
  'version',
  'endpoint',
  'host',
  'user',
  'username',
  'login',
  'email',
]);

const IS_KEY_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-') IS_KEY_CHAR[c.charCodeAt(0)] = 1;

function isKeyChar(code: number): boolean {
  return code < 128 && IS_KEY_CHAR[code] === 1;
}

/** Lower-case words of a key in any style: dbPassword, DB_PASS, _authToken, spring.datasource.password. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Keys repeat (the same config names over and over): their strength is remembered, boundedly. */
const keyStrength = boundedMemo(4096, computeStrength);

/** 2: the key names a credential outright; 1: it may (token, key, auth); 0: it does not. */
function computeStrength(key: string): 0 | 1 | 2 {
  const words = keyWords(key);
  if (words.length === 0 || NOT_VALUE.has(words[words.length - 1]!)) return 0;
  if (STRONG_PAIR.test(words.join(' ')) || /^_auth/.test(key)) return 2;
  let strength: 0 | 1 | 2 = 0;
  for (const w of words) {
    if (STRONG_WORD.test(w) && !NOT_PASSWORD.test(w)) return 2;
    if (WEAK_WORD.test(w)) strength = 1;
  }
  return strength;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An expression or a reference, not a literal: calls, member access, template or env lookups. */
const EXPRESSION = /[()[\]{}`]|^(?:process\.env|os\.environ|env\.|self\.|this\.|new |await )|^[$%@&*]/;
/** An identifier path (options.password, req.body.token, string, undefined): code, not a value. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*[;,]?$/;
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Whether `value` under a key of `strength` is a credential. `envStyle`: NAME=value with an upper-case NAME.
 * `data`: whether the pair sits where code never does (see dataContext), so a word of letters alone is a literal there;
 * asked only for such a word.
 */
function acceptsValue(value: string, strength: 1 | 2, quoted: boolean, envStyle: boolean, data: () => boolean = () => false): boolean {
  const v = value.trim();
  if (v.length < 4 || isPlaceholder(v) || /REDACTED/.test(v)) return false;
  if (!quoted && EXPRESSION.test(v)) return false;
  if (!quoted && !envStyle && IDENTIFIER.test(v) && !(strength === 2 && literalWord(v) && data())) return false;
  if (strength === 2) return !(quoted && /^\$\{?[A-Za-z_]/.test(v)) && !/^\d{1,3}$/.test(v);
  // Weak names (token, key, auth): an opaque value of 8+ characters with letters and digits, not a
  // uuid, a path or a file name.
  if (v.length < 8 || /\s/.test(v) || UUID.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  // Tokens, keys and signatures are drawn from base64/hex/url alphabets: a pipe, a shell expansion, brackets
  // or a comma mark a composite value (`signature: fix|python3|+tool:pytest`), not a credential.
  if (/[|$(){}[\],;`]/.test(v)) return false;
  if (/^[\w.-]*\/[\w./-]*$/.test(v) && /[a-z]{4}/.test(v) && !/[A-Z].*[0-9]|[0-9].*[A-Z]/.test(v)) return false;
  if (/\.[a-z]{1,4}$/.test(v) && !/[A-Z]/.test(v)) return false;
  return true;
}

/**
 * A literal of letters alone where a password-named key holds data: not a type or schema word (`password: string`
 * in a TypeScript interface, `str`, `required`), nor a camelCase name (`password: userPassword`, the last line of a
 * JS object literal), which code writes and a config value rarely is; PascalCase (`TangerineOctopusLadder`)
 * stays a password. Placeholders are refused before this.
 */
function literalWord(v: string): boolean {
  return v.length <= 64 && /^[A-Za-z]+$/.test(v) && !SCHEMA_WORD.test(v) && !/^[a-z]+(?:[A-Z][a-z]+)+$/.test(v);
}
const SCHEMA_WORD =
  /^(?:str|string|text|varchar|char|int|integer|number|float|bool|boolean|bytes|any|object|unknown|secretstr|optional|required|hidden|masked|sensitive|encrypted|empty|blank|default|inherit|prompt|nil|env)$/i;

/**
 * Whether a key=value pair is data rather than code, by what surrounds it: a query string or form body (`?` or `&`
 * before the key), a connection string (`;` before the key or right after the value), a command-line flag
 * (`--password=`), a config file's line (`password: hunter` in YAML, `db.password=hunter` in a properties or env
 * file: the key opens its line, the value ends it, and a line beside it holds another pair), or a libpq connection string (`host=db user=app
 * password=hunter`). Code writes `password=newPassword` and `token: accessToken`; none of these places holds code,
 * so there a password of letters alone (`&password=CorrectHorseBatteryStaple`) is not taken for a variable name.
 */
function dataContext(text: string, keyStart: number, anchor: number, value: { start: number; end: number }, key: string): boolean {
  const before = keyStart > 0 ? text.charCodeAt(keyStart - 1) : 0;
  if (before === 0x3f || before === 0x26 || before === 0x3b || text.charCodeAt(value.end) === 0x3b || key.startsWith('--')) return true;
  const eq = text.charCodeAt(anchor) === 0x3d;
  if (eq && libpq(text, keyStart)) return true;
  // A properties or env line is written `key=value` (code puts spaces around `=`), and a config file has more
  // such lines: one alone (`db.password=config`) may be a line of code.
  if (!endsLine(text, value.end) || !opensLine(text, keyStart) || (eq && value.start !== anchor + 1)) return false;
  return configNeighbour(text, keyStart, value.end, eq ? 0x3d : 0x3a);
}

/** Whether the line before or after holds another `key:` (YAML) or `key=` (properties) pair. */
function configNeighbour(text: string, keyStart: number, valueEnd: number, anchor: number): boolean {
  const lineStart = text.lastIndexOf('\n', keyStart - 1);
  if (lineStart > 0 && pairLine(text, text.lastIndexOf('\n', lineStart - 1) + 1, lineStart, anchor)) return true;
  const lineEnd = text.indexOf('\n', valueEnd);
  if (lineEnd < 0) return false;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  return pairLine(text, lineEnd + 1, nextEnd < 0 ? text.length : nextEnd, anchor);
}

const YAML_PAIR = /^[ \t]*(?:- )?[\w.-]{1,64}:(?:[ \t]|$)/;
const PROPERTIES_PAIR = /^[ \t]*[\w.-]{1,64}=/;
function pairLine(text: string, s: number, e: number, anchor: number): boolean {
  const line = text.slice(s, Math.min(e, s + 200));
  return (anchor === 0x3a ? YAML_PAIR : PROPERTIES_PAIR).test(line);
}

/** Whether only indentation (and a YAML list's "- ") comes before `i` on its line. */
function opensLine(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 64 && (text.charCodeAt(s - 1) === 0x20 || text.charCodeAt(s - 1) === 0x09)) s--;
  if (s < i && s > 0 && text.charCodeAt(s - 1) === 0x2d) {
    s--;
    while (s > 0 && i - s < 64 && (text.charCodeAt(s - 1) === 0x20 || text.charCodeAt(s - 1) === 0x09)) s--;
  }
  return s === 0 || text.charCodeAt(s - 1) === 0x0a;
}

/** Whether only spaces (or a `\r`) follow `i` on its line. */
function endsLine(text: string, i: number): boolean {
  let e = i;
  while (e < text.length && e - i < 64 && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09 || text.charCodeAt(e) === 0x0d)) e++;
  return e === text.length || text.charCodeAt(e) === 0x0a;
}

/** libpq's keyword=value connection string: another of its keywords on the line, space-separated, no spaces around `=`. */
const LIBPQ_KEYWORD = /(?:^|[ \t"'])(?:host|hostaddr|port|dbname|user|sslmode|connect_timeout)=[^\s=]/;
function libpq(text: string, keyStart: number): boolean {
  const from = Math.max(0, text.lastIndexOf('\n', keyStart) + 1, keyStart - 200);
  let to = text.indexOf('\n', keyStart);
  if (to < 0 || to - keyStart > 200) to = Math.min(text.length, keyStart + 200);
  return LIBPQ_KEYWORD.test(text.slice(from, to));
}

export interface AssignmentFinding {
  rule: string;
  start: number;
  end: number;
}

/** Reads the key that ends just before `i` (skipping one closing quote, spaces and a TS `?`). */
function keyBefore(text: string, i: number): { key: string; start: number } | undefined {
  let e = i;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09) && i - e < 8) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 0x3f) e--;
  if (e > 0 && (text.charCodeAt(e - 1) === 0x22 || text.charCodeAt(e - 1) === 0x27)) e--;
  // JSON inside a JSON string: \"password\": \"…\"
  if (e > 0 && text.charCodeAt(e - 1) === 0x5c) e--;
  let s = e;
  while (s > 0 && e - s < MAX_KEY && isKeyChar(text.charCodeAt(s - 1))) s--;
  if (s === e || (s > 0 && e - s >= MAX_KEY && isKeyChar(text.charCodeAt(s - 1)))) return undefined;
  return { key: text.slice(s, e), start: s };
}

/** The value after the anchor at `i`: quoted (until the quote) or bare (until a space or separator). */
function valueAfter(text: string, i: number, anchor: number): { start: number; end: number; quoted: boolean } | undefined {
  let s = i + 1;
  // `=>` is an arrow or a hash pair, `==` a comparison, `::` a scope: not assignments.
  const next = text.charCodeAt(s);
  if (next === 0x3e || next === anchor) return undefined;
  let spaces = 0;
  while (s < text.length && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09) && spaces < 8) {
    s++;
    spaces++;
  }
  // YAML and JSON put a space after ':'; "a:b" without one is a host:port, a scope or a time.
  if (anchor === 0x3a && spaces === 0 && text.charCodeAt(s) !== 0x22 && text.charCodeAt(s) !== 0x27) return undefined;
  // An escaped quote opens a value of JSON inside a JSON string; it closes at the next backslash.
  if (text.charCodeAt(s) === 0x5c && (text.charCodeAt(s + 1) === 0x22 || text.charCodeAt(s + 1) === 0x27)) {
    let close = s + 2;
    while (close < text.length && close - s <= MAX_VALUE + 2 && text.charCodeAt(close) !== 0x5c && text.charCodeAt(close) !== 0x0a) close++;
    if (text.charCodeAt(close) !== 0x5c || close === s + 2) return undefined;
    return { start: s + 2, end: close, quoted: true };
  }
  const q = text.charCodeAt(s);
  if (q === 0x22 || q === 0x27) {
    // Bounded search for the closing quote: a text of unclosed `password: "` stays linear.
    let close = s + 1;
    while (close < text.length && close - s <= MAX_VALUE + 1 && text.charCodeAt(close) !== q && text.charCodeAt(close) !== 0x0a) close++;
    if (text.charCodeAt(close) !== q) return undefined;
    return { start: s + 1, end: close, quoted: true };
  }
  let e = s;
  while (e < text.length && e - s <= MAX_VALUE) {
    const c = text.charCodeAt(e);
    // Bare values end at whitespace, quotes, and the separators of URLs, SQL connection strings and lists.
    if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x3b || c === 0x26 || c === 0x2c || c === 0x60) break;
    e++;
  }
  if (e - s > MAX_VALUE || e === s) return undefined;
  // A trailing backslash-escape of JSON (`\"`, `\n`) ends the value.
  const bs = text.indexOf('\\', s);
  if (bs >= 0 && bs < e) e = bs;
  return { start: s, end: e, quoted: false };
}

/**
 * Every key that could name a credential contains one of these: every key this scan or a keyed rule
 * of the table (aws-secret-access-key, authorization-header) acts on. keyed.ts puts such a key in
 * front of its value, so that a JSON value is judged with its key as the whole line would show it.
 */
export const KEY_HINT = /pass|pwd|secret|cred|token|key|auth|sig/i;
const HINT = new RegExp(KEY_HINT.source, 'gi');
/** Most characters between a key and its anchor: a backslash, a quote, a `?` and 8 spaces (keyBefore). */
const MAX_GAP = 11;

/**
 * The anchor (`=` or `:`) that could follow the key holding the hint found at `h`, or -1. A key is a
 * whole run of key characters (keyBefore refuses a longer one), and the characters between a key and
 * its anchor are never anchors, so the first anchor within MAX_GAP of the run's end is the only one.
 */
function anchorAfterHint(text: string, h: number): number {
  let k = h;
  while (k < text.length && k - h <= MAX_KEY && isKeyChar(text.charCodeAt(k))) k++;
  for (let i = k; i < text.length && i - k <= MAX_GAP; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d || c === 0x3a) return i;
  }
  return -1;
}

/**
 * Every credential assigned to a credential-named key in `text`. Driven by the key words: one regex
 * scan finds them (far fewer than the anchors, which times, paths and URLs are full of), and each
 * leads to at most one anchor, which reads a key of at most MAX_KEY characters behind it and a value
 * of at most MAX_VALUE ahead; the scan resumes after an accepted value, so the work is linear.
 */
export function findAssignments(text: string, out: AssignmentFinding[] = []): AssignmentFinding[] {
  const eq = text.indexOf('=');
  const colon = text.indexOf(':');
  const first = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  if (first < 0) return out;
  // A key word further back than a key and its gap from the first anchor leads to none.
  HINT.lastIndex = Math.max(0, first - MAX_KEY - MAX_GAP - 2);
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = HINT.exec(text)) !== null) {
    const i = anchorAfterHint(text, m.index);
    // Several key words in one key lead to the same anchor; one inside an accepted value to none.
    if (i <= last) continue;
    last = i;
    // Most anchors follow no key at all (`a = b(`, times, URLs): the character before decides cheaply.
    const before = text.charCodeAt(i - 1);
    if (!(
      isKeyChar(before) ||
      before === 0x22 ||
      before === 0x27 ||
      before === 0x20 ||
      before === 0x09 ||
      before === 0x3f ||
      before === 0x5c
    ))
      continue;
    const key = keyBefore(text, i);
    if (!key || !KEY_HINT.test(key.key)) continue;
    const strength = keyStrength(key.key);
    if (strength === 0) continue;
    const c = text.charCodeAt(i);
    const value = valueAfter(text, i, c);
    if (!value) continue;
    const raw = text.slice(value.start, value.end);
    const envStyle = c === 0x3d && ENV_NAME.test(key.key.replace(/^[._-]+/, ''));
    const data = () => dataContext(text, key.start, i, value, key.key);
    if (!acceptsValue(raw, strength, value.quoted, envStyle, data)) continue;
    // Rule ids by shape, as before this scan replaced the two regexes: env files, quoted code/JSON, the rest.
    const rule =
      envStyle || ENV_NAME.test(key.key.replace(/^[._-]+/, ''))
        ? 'env-secret-assignment'
        : value.quoted
          ? 'generic-secret-kv'
          : ASSIGNMENT_RULE_ID;
    out.push({ rule, start: value.start, end: value.end });
    // Anchors inside the value are not assignments of their own (a key word inside it may still
    // lead to an anchor after it, as a key that starts in the value: the scan does not skip ahead).
    last = value.end - 1;
  }
  return out;
}
