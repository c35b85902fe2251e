/**
 * A file's digest as a digest line carries it (version 9 on): the FileDigest less what the reduce can
 * tell from the rest of the line. At 100,000 generated sessions in 10 shards a line restated, in every
 * signal and every quote, the session id, the file's path and the agent that its session already names
 * (a tenth of a shard's gzipped bytes), and a summary or lesson restated the commands and quotes beside it
 * (another tenth: gzip's 32 KB window finds the repeats, but each still costs a back-reference).
 *
 * Lossless by construction, value by value: a value is replaced by SAME only where it equals what
 * decodeFile puts back, and a value written out is taken as written, so a line that says something else (a
 * tampered digest citing another session) still reaches the reduce's checks (digest-check.ts) as written.
 * - a session's outline: its `sourceFile`, when the file's own path;
 * - its short outline text: `true` when the full text is as short; a number N when it is the full text's
 *   first N characters and a clip mark (outlines.ts cuts both from the same lines);
 * - a signal: its `sessionId` and `agent`, when its session's;
 * - evidence: its `session`, `file` and `agent`, when the signal's session, the file and the signal's agent;
 * - a signal's `summary` and `lesson`: a list of literal parts and indices into the signal's `failed`,
 *   `fixed` and quotes, where they restate them.
 * The reduce redacts what it decodes (digest-check.ts); the map scans the FileDigest itself for secrets, not
 * only its line, as a secret cut between a literal part and a reference would not show in either.
 */
import type { Signal } from '../model/index.js';
import type { FileDigest, SessionDigest } from './mine-file.js';

/** The clip mark outlines.ts puts after an outline cut short. */
const CLIP = '\n…';
/** Shorter values than this are written out: a reference would save nothing. */
const MIN_REFERENCED = 4;

type Wire = Record<string, unknown>;
/**
 * What a line carries in place of a value the reduce infers. In place, not left out, so that every object
 * keeps its keys in their order: the pass writes some of them out again (the ledger, the report) as they came.
 */
const SAME = 0;

/** The line's object: `d` less what decodeFile infers. `d` is not changed. */
export function encodeFile(d: FileDigest): Wire {
  return { ...d, sessions: d.sessions.map((s) => encodeSession(s, d.display)) };
}

function encodeSession(s: SessionDigest, display: string): Wire {
  // The evidence facts stay with the thread that read the file: a reduce re-reads what its digests cite.
  const { facts, ...session } = s;
  void facts;
  const outline: Wire = { ...s.outline };
  if (outline.sourceFile === display) outline.sourceFile = SAME;
  const text = s.outline.outline;
  const { short } = s;
  const clip = short.endsWith(CLIP) && text.startsWith(short.slice(0, -CLIP.length)) ? short.length - CLIP.length : short;
  return {
    ...session,
    outline,
    short: short === text ? true : clip,
    signals: s.signals.map((g) => encodeSignal(g, s.outline, display)),
  };
}

function encodeSignal(g: Signal, session: SessionDigest['outline'], display: string): Wire {
  const out: Wire = { ...g };
  if (g.sessionId === session.id) out.sessionId = SAME;
  if (g.agent === session.agent) out.agent = SAME;
  out.evidence = g.evidence.map((e) => {
    const w: Wire = { ...e };
    if (e.session === g.sessionId) w.session = SAME;
    if (e.file === display) w.file = SAME;
    if (e.agent !== undefined && e.agent === g.agent) w.agent = SAME;
    return w;
  });
  const refs = references(g);
  out.summary = template(g.summary, refs);
  if (g.lesson !== undefined) out.lesson = template(g.lesson, refs);
  return out;
}

/** What a summary or lesson may refer to: the signal's commands, then its quotes, in that order. */
function references(g: Pick<Signal, 'failed' | 'fixed' | 'evidence'>): unknown[] {
  return [g.failed, g.fixed, ...g.evidence.map((e) => e.quote)];
}

/** `text` as literal parts and indices into `refs`, longest reference first; the text itself when none occurs. */
function template(text: string, refs: readonly unknown[]): string | (string | number)[] {
  const order = refs
    .map((r, i) => [r, i] as const)
    .filter((x): x is readonly [string, number] => typeof x[0] === 'string' && x[0].length >= MIN_REFERENCED)
    .sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
  let parts: (string | number)[] = [text];
  for (const [ref, i] of order)
    parts = parts.flatMap((p) =>
      typeof p === 'number' || !p.includes(ref)
        ? [p]
        : p
            .split(ref)
            .flatMap((piece, k) => (k === 0 ? [piece] : [i, piece]))
            .filter((x) => x !== ''),
    );
  if (parts.length === 1 && parts[0] === text) return text;
  // By construction the parts join back to the text; checked, so that no rule here can lose a character.
  return expand(parts, refs) === text ? parts : text;
}

function expand(parts: readonly unknown[], refs: readonly unknown[]): string | undefined {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (typeof p === 'number' && Number.isInteger(p) && typeof refs[p] === 'string') out += refs[p] as string;
    else return undefined;
  }
  return out;
}

const isObject = (v: unknown): v is Wire => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The FileDigest a line's object stands for, its inferred values put back in place; what is malformed is
 * left for the caller's checks (parseFileDigest, checkFileDigest), or refused here when it cannot be read back.
 * `w` is changed, not copied: it is what JSON.parse just made of the line, which nothing else holds, and at
 * 100,000 sessions a copy of every session, signal and evidence was a second object of each for the collector.
 * An object is changed only once it is known to be one decodeSession or decodeSignal reads whole, so a malformed
 * one reaches the checks as the line wrote it.
 */
export function decodeFile(w: unknown, refuse: (what: string) => never): unknown {
  if (!isObject(w) || typeof w.display !== 'string' || !Array.isArray(w.sessions)) return w;
  for (const s of w.sessions) decodeSession(s, w.display, refuse);
  return w;
}

function decodeSession(s: unknown, display: string, refuse: (what: string) => never): void {
  if (!isObject(s) || !isObject(s.outline) || !Array.isArray(s.signals)) return;
  const { outline } = s;
  const text = outline.outline;
  if (typeof text !== 'string') return;
  if (outline.sourceFile === SAME) outline.sourceFile = display;
  const { short } = s;
  if (short === true) s.short = text;
  else if (typeof short === 'number') {
    if (!Number.isInteger(short) || short < 0 || short > text.length) refuse('a malformed short outline');
    s.short = `${text.slice(0, short)}${CLIP}`;
  } else if (typeof short !== 'string') refuse('a malformed short outline');
  for (const g of s.signals) decodeSignal(g, outline, display, refuse);
}

function decodeSignal(g: unknown, session: Wire, display: string, refuse: (what: string) => never): void {
  if (!isObject(g) || !Array.isArray(g.evidence)) return;
  if (g.sessionId === SAME) g.sessionId = session.id;
  if (g.agent === SAME) g.agent = session.agent;
  for (const e of g.evidence) {
    if (!isObject(e)) continue;
    if (e.session === SAME) e.session = g.sessionId;
    if (e.file === SAME) e.file = display;
    if (e.agent === SAME) e.agent = g.agent;
  }
  const refs = references(g as unknown as Signal);
  for (const field of ['summary', 'lesson'] as const) {
    const v = g[field];
    if (!Array.isArray(v)) continue;
    const text = expand(v, refs);
    if (text === undefined) refuse(`a malformed ${field}`);
    g[field] = text;
  }
}
