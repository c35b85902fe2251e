/**
 * The offline dream engine: deterministic, no API key. Turns patterns with enough support and the
 * current memory into add/update/delete/merge/move edits, preferring no edit to a weak one.
 */
import type { DreamEngine, DreamInput, DreamResult } from '../types.js';
import type { Edit, MemoryFile, RejectedEdit } from '../../edits/types.js';
import { emptyUsage } from '../../edits/types.js';
import { collectRepoFacts, type RepoFacts } from '../../signals/repo-facts.js';
import { lessonEdits, memoryFailureEdit, perSessionArgs } from './lessons.js';
import { mergeEdits, staleEdits } from './hygiene.js';
import { filesReadBy } from './targets.js';
import { pendingEntryKey } from '../../ledger/index.js';

/** Which edits win when maxEdits cuts: fixing memory that misled agents comes first. */
const PRIORITY: Record<Edit['op'], number> = { update: 0, move: 1, add: 2, merge: 3, delete: 4 };

function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

export interface OfflineEngineOptions {
  /** Repository facts; collected from input.repoDir when not given. */
  repoFacts?: RepoFacts;
}

export class OfflineEngine implements DreamEngine {
  readonly name = 'offline' as const;

  constructor(private readonly opts: OfflineEngineOptions = {}) {}

  async dream(input: DreamInput): Promise<DreamResult> {
    const notes: string[] = [];
    const rejected: RejectedEdit[] = [];
    const facts = this.opts.repoFacts ?? (await collectRepoFacts(input.repoDir));
    const { memory, options } = input;
    const check = () => {
      if (input.signal?.aborted) throw new Error('dream pass aborted');
    };

    const edits: Edit[] = [];
    const touched = new Set<string>();
    const take = (e: Edit | undefined) => {
      if (!e) return;
      const ids = [e.entryId, ...(e.mergedEntryIds ?? [])].filter((x): x is string => !!x);
      if (ids.some((id) => touched.has(id))) return;
      ids.forEach((id) => touched.add(id));
      edits.push(e);
    };

    const eligible = input.patterns.filter((p) => p.support.sessions >= options.minSupport);
    for (const p of eligible.filter((x) => x.kind === 'memory_failure')) {
      // A fix that needs a value of each session's own (a branch) completes the entry rather than
      // correcting it: teach it beside the entry instead of rewriting the entry around a placeholder.
      if (p.signature.startsWith('fix|') && perSessionArgs(p)) {
        for (const e of lessonEdits(p, { memory, notes }, [...p.agents])) take(e);
        continue;
      }
      const fix = memoryFailureEdit(p, { memory, notes });
      take(fix);
      // Agents that never read the fixed entry hit the same failure: they need the lesson where they
      // look. When the entry could not be fixed safely, the lesson still stands on its own.
      const fromFix = p.signature.startsWith('fix|');
      const others = !fromFix ? [] : fix ? p.agents.filter((a) => !filesReadBy(a, memory).includes(fix.file)) : [...p.agents];
      if (others.length > 0) for (const e of lessonEdits(p, { memory, notes }, others)) take(e);
    }
    check();
    for (const p of eligible.filter((x) => x.kind !== 'memory_failure')) {
      for (const e of lessonEdits(p, { memory, notes })) take(e);
    }
    check();
    for (const e of mergeEdits(memory, facts, input.signals, touched, notes)) take(e);
    for (const e of staleEdits(memory, facts, input.signals, touched)) take(e);

    const kept: Edit[] = [];
    const seen = new Set<string>();
    for (const e of edits) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      if (input.suppressedEditIds.has(e.id)) {
        notes.push(`suppressed ${e.op} ${e.file} (${e.id}): proposed or rejected before, no new evidence since`);
        continue;
      }
      const pending = [e.entryId, ...(e.mergedEntryIds ?? [])].find((id) => id && input.suppressedEditIds.has(pendingEntryKey(id)));
      if (pending && !e.patternId) {
        notes.push(`held ${e.op} ${e.file} (${e.id}): entry ${pending} already has a pending proposal`);
        continue;
      }
      kept.push(e);
    }
    const withinLimits = this.limit(kept, memory, options, rejected);
    withinLimits.sort((a, b) => PRIORITY[a.op] - PRIORITY[b.op] || (b.support?.sessions ?? 0) - (a.support?.sessions ?? 0) || (a.id < b.id ? -1 : 1));
    const final = withinLimits.slice(0, options.maxEdits);
    for (const e of withinLimits.slice(options.maxEdits)) rejected.push({ edit: e, reason: `over the limit of ${options.maxEdits} edits per pass`, by: 'offline' });
    if (final.length === 0) notes.push('offline engine: no edit met the evidence bar');
    return { edits: final, rejected, usage: emptyUsage(), notes };
  }

  /** Keep each file within its line/byte budget and its per-pass deletion share. */
  private limit(edits: Edit[], memory: readonly MemoryFile[], options: DreamInput['options'], rejected: RejectedEdit[]): Edit[] {
    const fileOf = (p: string) => memory.find((f) => f.path === p);
    const lines = new Map<string, number>();
    const bytes = new Map<string, number>();
    const removals = new Map<string, number>();
    const out: Edit[] = [];
    const ordered = [...edits].sort((a, b) => PRIORITY[a.op] - PRIORITY[b.op] || (b.support?.sessions ?? 0) - (a.support?.sessions ?? 0) || (a.id < b.id ? -1 : 1));
    for (const e of ordered) {
      const f = fileOf(e.file);
      const removing = e.op === 'delete' || e.op === 'move' ? 1 : e.op === 'merge' ? (e.mergedEntryIds?.length ?? 0) : 0;
      if (removing > 0 && f) {
        const total = f.entries.filter((x) => x.kind !== 'heading').length;
        const allowed = Math.floor(options.maxDeleteShare * total + 1e-9);
        const used = removals.get(f.path) ?? 0;
        if (used + removing > allowed) {
          rejected.push({ edit: e, reason: `would remove more than ${Math.round(options.maxDeleteShare * 100)}% of ${f.path}'s entries in one pass`, by: 'offline' });
          continue;
        }
        removals.set(f.path, used + removing);
      }
      const dest = e.op === 'move' ? e.toFile : e.op === 'add' ? e.file : undefined;
      if (dest && e.after) {
        const df = fileOf(dest);
        const l = (lines.get(dest) ?? countLines(df?.text ?? '')) + e.after.split('\n').length + (e.op === 'add' ? 2 : 0);
        const b = (bytes.get(dest) ?? Buffer.byteLength(df?.text ?? '')) + Buffer.byteLength(e.after) + 3;
        if (l > options.budget.maxLines || b > options.budget.maxBytes) {
          rejected.push({ edit: e, reason: `${dest} is at its budget (${options.budget.maxLines} lines / ${options.budget.maxBytes} bytes): merge or prune first`, by: 'offline' });
          continue;
        }
        lines.set(dest, l);
        bytes.set(dest, b);
      }
      out.push(e);
    }
    return out;
  }
}
