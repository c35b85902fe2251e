/**
 * What the session builder does to every text before it is stored (builder.ts): terminal sequences stripped,
 * secrets redacted, long texts bounded to their head and tail, labels (ids, names, paths) put on one line.
 */
import { stripVTControlCharacters } from 'node:util';
import { keySeesValue, MIN_SECRET_TEXT, redactJsonValue, redactKeyedString, redactSecrets } from '../secrets/index.js';
import type { NewSessionEvent } from '../model/index.js';

/** Texts longer than this keep their head and tail (errors usually sit at one end). */
const MAX_TEXT_CHARS = 32 * 1024;
const HEAD = 24 * 1024;
const TAIL = 6 * 1024;
const MAX_DEPTH = 12;

/** Beyond the kept head and tail, this much more is redacted so a secret cut by the bound is still seen whole. */
const MARGIN = 1024;

/**
 * Terminal control sequences (colours, cursor moves, hyperlinks) are not text: a coloured word splits
 * into pieces no check sees whole, be it a secret (`ghp_…\x1b[0m…`), an error line a lesson quotes, or
 * a command. They go first, before redaction; a text without an escape is passed through untouched.
 */
const plainText = (text: string): string => (text.includes('\x1b') || text.includes('\x9b') ? stripVTControlCharacters(text) : text);

/**
 * Strips terminal sequences (plainText), redacts, then bounds. Long texts are redacted head and tail only (with a margin past each cut, so
 * a secret straddling a cut is still recognised and its kept part removed); the omitted middle is
 * never stored, so it needs no redaction.
 */
export function cleanText(raw: string): string {
  const text = plainText(raw);
  if (text.length <= MAX_TEXT_CHARS) return redactSecrets(text);
  const head = redactSecrets(text.slice(0, HEAD + MARGIN));
  const tail = redactSecrets(text.slice(text.length - TAIL - MARGIN));
  const omitted = text.length - HEAD - TAIL;
  // Joined into one new string: V8 makes a slice as a view of its parent, and the head and tail (and a
  // template literal's concatenation of them) kept the whole text alive as long as the event lived. A
  // session of 2 MB outputs held 100 MB for the 1.5 MB it keeps (test/transcripts/bounded-text.test.ts).
  return [head.slice(0, HEAD), `\n…[${omitted} chars omitted]…\n`, tail.slice(tail.length - TAIL)].join('');
}

/**
 * Tool inputs: every string inside is redacted with its key in view (a "password" field), then bounded;
 * structure is kept. `known` is a text already cleaned by cleanText: the command a shell call carries
 * both as its `command` and inside its input, which need not be scanned twice where its key changes nothing.
 */
function cleanValue(v: unknown, known?: { raw: string; clean: string }): unknown {
  return redactJsonValue(v, undefined, {
    maxDepth: MAX_DEPTH,
    tooDeep: () => '[nested too deep]',
    redact: (text, key) => {
      // Where the key can change nothing, the keyed redaction is the plain one.
      if (text.length <= MAX_TEXT_CHARS && keySeesValue(text, key)) return redactKeyedString(text, key);
      return text === known?.raw ? known.clean : cleanText(text);
    },
  });
}

/** A timestamp as formats write them: nothing in it can be a secret, so it needs no scan. */
const ISO_TIME = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?$/;

/**
 * The names, ids and paths a format records beside its texts (a session id, cwd, branch, model, a tool's
 * name, a call id, a timestamp): transcript text like any other, which reaches reports, ledgers, digests
 * and logs. Redacted once per distinct value in a session (`seen`): tool names and call ids repeat.
 */
export function cleanLabel(v: string, seen: Map<string, string>): string {
  if (ISO_TIME.test(v)) return v;
  let clean = seen.get(v);
  if (clean === undefined) seen.set(v, (clean = oneLine(redactSecrets(v))));
  return clean;
}

/** Labels longer than this are cut: real ids, names and paths are far shorter. */
const MAX_LABEL_CHARS = 512;
/** Line breaks, other control characters, and format characters (bidi overrides, zero-width). */
const NOT_A_LABEL = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;

/**
 * A label on one line: session ids are listed in commit messages and PR bodies one per line, so a
 * newline in an id would start a line of its own there (a forged `Co-authored-by:` trailer, orders).
 */
function oneLine(v: string): string {
  const line = v.replace(NOT_A_LABEL, ' ');
  return line.length > MAX_LABEL_CHARS ? line.slice(0, MAX_LABEL_CHARS) : line;
}

/**
 * A session id as a label with no spaces either: ids are listed as they are in commit messages, PR
 * bodies and reports, where an id that reads as a sentence would pass for text the pass wrote.
 */
export function cleanId(v: string, seen: Map<string, string>): string {
  return cleanLabel(v, seen).replace(/\s+/g, '_');
}

/** The labels of an event (see cleanLabel), in place. */
export function cleanLabels(e: NewSessionEvent, seen: Map<string, string>): void {
  if (e.timestamp !== undefined) e.timestamp = cleanLabel(e.timestamp, seen);
  switch (e.kind) {
    case 'tool_call':
      e.name = cleanLabel(e.name, seen);
      if (e.callId !== undefined) e.callId = cleanLabel(e.callId, seen);
      return;
    case 'tool_result':
    case 'permission_denial':
    case 'hook_block':
      if (e.callId !== undefined) e.callId = cleanLabel(e.callId, seen);
      if (e.toolName !== undefined) e.toolName = cleanLabel(e.toolName, seen);
      if (e.kind === 'hook_block' && e.hook !== undefined) e.hook = cleanLabel(e.hook, seen);
      return;
    case 'memory_injection':
      if (e.path !== undefined) e.path = cleanLabel(e.path, seen);
      return;
    case 'subagent_link':
      e.sessionId = cleanId(e.sessionId, seen);
      return;
    default:
  }
}

/**
 * What an event its reader's caller will not look at keeps of a text: nothing, unscanned, unless it is too
 * short for any secret rule, which a whole read stores as it is (terminal sequences stripped) without a
 * scan either. So a reader that looks back at a short text it pushed (a subagent's "Warmup" probe) decides
 * as a whole read does.
 */
export function unscanned(raw: string): string {
  if (raw.length === 0) return raw;
  const text = plainText(raw);
  return text.length < MIN_SECRET_TEXT ? text : '';
}

/**
 * Empties the event's texts in place, unscanned (short ones kept: see unscanned): for an event its reader's
 * caller will not look at (ReaderContext.cited). Its structure (kind, line, exit code, labels) stays, so a
 * reader that looks back at what it pushed decides as before, and no text that skipped redaction is stored.
 */
export function emptyEvent(e: NewSessionEvent): void {
  switch (e.kind) {
    case 'tool_call':
      e.input = {};
      if (e.command !== undefined) e.command = unscanned(e.command);
      return;
    case 'compaction':
      e.summary = unscanned(e.summary);
      return;
    case 'subagent_link':
      if (e.description !== undefined) e.description = unscanned(e.description);
      return;
    default:
      e.text = unscanned(e.text);
  }
}

/** Cleans the event's texts in place (readers hand over fresh objects; copying each costs GC time). */
export function cleanEvent(e: NewSessionEvent): void {
  switch (e.kind) {
    case 'tool_call': {
      if (e.command === undefined) {
        e.input = cleanValue(e.input);
        return;
      }
      const known = { raw: e.command, clean: cleanText(e.command) };
      e.input = cleanValue(e.input, known);
      e.command = known.clean;
      return;
    }
    case 'compaction':
      e.summary = cleanText(e.summary);
      return;
    case 'subagent_link':
      if (e.description !== undefined) e.description = cleanText(e.description);
      return;
    default:
      e.text = cleanText(e.text);
  }
}
