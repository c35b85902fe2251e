/**
 * The deterministic verifier: model-written edits are checked mechanically before anyone reviews
 * them. Every cited session, file and line must resolve and every quote must occur in the cited text;
 * entry ids must exist; an add must go where its pattern's sessions place it; support must reach the threshold.
 * The pipeline's guards check again later, but an edit with invented evidence never leaves this engine as a proposal.
 */
import type { Evidence, Edit, MemoryFile, Pattern, RejectedEdit, DreamInput } from '../../model/index.js';
import { MIN_QUOTE_CHARS, normaliseQuote } from '../../model/index.js';
import { placementProblem } from '../offline/nested-targets.js';

/**
 * Resolves evidence against what the engine was given: the signals' own evidence (same session,
 * file and line; the quote inside the recorded quote) or a session's outline (same session and
 * transcript file; the quote inside the outline, at any line: outlines keep no line numbers, so such
 * a citation is only as exact as the guards' EvidenceIndex later makes it). Used when the pipeline
 * injects no EvidenceIndex.
 */
export function evidenceIndexFromInput(input: Pick<DreamInput, 'signals' | 'patterns' | 'oneOffs' | 'sessions'>): (e: Evidence) => boolean {
  const byPoint = new Map<string, string[]>();
  const bySession = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, key: string, text: string) => {
    const list = m.get(key) ?? [];
    list.push(text);
    m.set(key, list);
  };
  const addEv = (e: Evidence) => {
    const text = normaliseQuote(e.quote);
    push(byPoint, `${e.session}\0${e.file}\0${e.line}`, text);
    push(bySession, e.session, text);
  };
  for (const s of input.signals) s.evidence.forEach(addEv);
  for (const p of [...input.patterns, ...input.oneOffs]) for (const s of p.signals) s.evidence.forEach(addEv);
  const outlines = new Map(input.sessions.map((s) => [s.id, { file: s.sourceFile, text: normaliseQuote(s.outline) }]));
  return (e) => {
    const quote = normaliseQuote(e.quote);
    if (quote.length === 0) return false;
    const matches = (t: string) => t.includes(quote) && (quote.length >= MIN_QUOTE_CHARS || quote === t);
    if ((byPoint.get(`${e.session}\0${e.file}\0${e.line}`) ?? []).some(matches)) return true;
    // Outlines carry no line numbers, so they cannot vouch for a line; but a quote that a signal
    // places at another line of this session is a wrong citation, not an outline quote.
    if ((bySession.get(e.session) ?? []).some(matches)) return false;
    const o = outlines.get(e.session);
    return !!o && o.file === e.file && e.line >= 1 && quote.length >= MIN_QUOTE_CHARS && o.text.includes(quote);
  };
}

export interface VerifyContext {
  memory: MemoryFile[];
  verify: (e: Evidence) => boolean;
  minSupport: number;
  maxEntryBytes: number;
  /** The session a cited session counts for (a subagent counts as its parent); identity when absent. */
  rootOf?: (session: string) => string;
  /** Patterns of standing corrections (Signal.standing): an edit bound to one needs no second session. */
  standingPatterns?: ReadonlySet<string>;
  /** The mined patterns by id: an add goes where the offline engine puts its pattern's lesson (nested-targets.ts). */
  patterns?: ReadonlyMap<string, Pick<Pattern, 'folders'>>;
}

/** A subagent counts as the session that spawned it, as in clustering: one piece of work is one session. */
export function rootsOf(sessions: readonly { id: string; parentId?: string }[]): (session: string) => string {
  const parent = new Map(sessions.filter((s) => s.parentId).map((s) => [s.id, s.parentId as string]));
  return (id) => parent.get(id) ?? id;
}

/** Files an add may target although they do not exist yet. */
const DEFAULT_TARGETS = new Set(['CLAUDE.md', 'AGENTS.md']);

/** Why the edit fails verification, or undefined when it passes. */
export function verifyEdit(edit: Edit, ctx: VerifyContext): string | undefined {
  const file = ctx.memory.find((m) => m.path === edit.file);
  if (!file && !(edit.op === 'add' && DEFAULT_TARGETS.has(edit.file))) return `unknown memory file ${edit.file}`;
  const hasEntry = (id: string | undefined) => !!id && !!file?.entries.some((e) => e.id === id);
  if (edit.op !== 'add' && !hasEntry(edit.entryId)) return `entry ${edit.entryId ?? '(none)'} does not exist in ${edit.file}`;
  if (edit.op === 'merge') {
    const missing = (edit.mergedEntryIds ?? []).filter((id) => !hasEntry(id));
    if ((edit.mergedEntryIds ?? []).length === 0) return 'merge names no entries to fold in';
    if (missing.length) return `merged entries do not exist: ${missing.join(', ')}`;
  }
  if (edit.op === 'move' && (!edit.toFile || edit.toFile === edit.file)) return 'move has no distinct destination file';
  if ((edit.op === 'add' || edit.op === 'update' || edit.op === 'merge') && !edit.after?.trim()) return `${edit.op} has no entry text`;
  // One placement rule for both engines: the model picks which agents' file, the folders of the sessions pick where.
  const folders = edit.patternId ? ctx.patterns?.get(edit.patternId)?.folders : undefined;
  const misplaced = edit.op === 'add' ? placementProblem(edit.file, folders, ctx.memory) : undefined;
  if (misplaced) return misplaced;
  if (edit.after && Buffer.byteLength(edit.after, 'utf8') > ctx.maxEntryBytes) {
    return `entry text is ${Buffer.byteLength(edit.after, 'utf8')} bytes, over the ${ctx.maxEntryBytes}-byte limit`;
  }
  if (edit.evidence.length === 0) return 'no evidence';
  const bad = edit.evidence.filter((e) => !ctx.verify(e));
  if (bad.length) {
    const e = bad[0]!;
    // The place, never the quote: a quote that does not resolve is the model's, and the reason is shown with the refusal.
    return `evidence does not resolve: ${e.session} ${e.file}:${e.line}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ''}`;
  }
  const root = ctx.rootOf ?? ((id: string) => id);
  const sessions = new Set(edit.evidence.map((e) => root(e.session))).size;
  const standing = !!edit.patternId && !!ctx.standingPatterns?.has(edit.patternId);
  if ((edit.op === 'add' || edit.op === 'update' || edit.op === 'merge') && sessions < ctx.minSupport && !standing) {
    return `support ${sessions} session(s) is below the minimum of ${ctx.minSupport}`;
  }
  return undefined;
}

export function runVerifier(edits: Edit[], ctx: VerifyContext): { kept: Edit[]; rejected: RejectedEdit[] } {
  const kept: Edit[] = [];
  const rejected: RejectedEdit[] = [];
  for (const edit of edits) {
    const reason = verifyEdit(edit, ctx);
    if (reason) rejected.push({ edit, reason, by: 'verifier' });
    else kept.push(edit);
  }
  return { kept, rejected };
}
