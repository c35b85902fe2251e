/**
 * The offline dream engine: deterministic, no API key. Turns patterns with enough support and the
 * current memory into add/update/delete/merge/move edits, preferring no edit to a weak one.
 */
import type { DreamEngine, DreamInput, DreamResult, Edit, HumanDecision, RejectedEdit } from '../../model/index.js';
import { emptyUsage } from '../usage.js';
import {
  collectRepoFacts,
  type RepoFacts,
  overrideFixToken,
  overrideText,
  meetsSupport,
  emptyMemoryUse,
  openRepoHistory,
  type RepoHistory,
} from '../../signals/index.js';
import { lessonEdits, memoryFailureEdit, perSessionArgs } from './lessons.js';
import { brokenRuleEdits } from './broken-rules.js';
import { mergeEdits } from './hygiene.js';
import { crossFileDuplicates } from './cross-duplicates.js';
import { gateFailureDeletion, staleness } from './staleness.js';
import { filesReadBy, writable } from './targets.js';
import { refineEdit } from './refine.js';
import { isSuppressed, pendingEntryKey } from '../../ledger/index.js';
import { applyPassLimits } from '../limits.js';
import { named, supportText } from './build.js';
import { unwrittenStrengthens, type Strengthened } from './strengthen-dated.js';
import { combinePrerequisites } from './prereqs.js';
import { withoutOpposites } from './opposites.js';

export interface OfflineEngineOptions {
  /** Repository facts; collected from input.repoDir when not given. */
  repoFacts?: RepoFacts;
  /** The repository's git history; opened at input.repoDir when not given (null: none). */
  history?: RepoHistory | null;
}

export class OfflineEngine implements DreamEngine {
  readonly name = 'offline' as const;
  readonly readsOutlines: boolean = false;

  constructor(private readonly opts: OfflineEngineOptions = {}) {}

  async dream(input: DreamInput): Promise<DreamResult> {
    const notes: string[] = [];
    const rejected: RejectedEdit[] = [];
    const { memory, options } = input;
    const facts =
      this.opts.repoFacts ??
      (await collectRepoFacts(
        input.repoDir,
        memory.map((f) => f.path),
      ));
    const use = input.memoryUse ?? emptyMemoryUse();
    const decisions: HumanDecision[] = [];
    const check = () => {
      if (input.signal?.aborted) throw new Error('dream pass aborted');
    };

    const edits: Edit[] = [];
    const touched = new Set<string>();
    const take = (e: Edit | undefined) => {
      if (!e || !writable(e)) return;
      // Failure-based deletions are staleness too: prohibitions and scripts their package defines stay.
      if (e.op === 'delete' && e.patternId && e.rationale.startsWith('Stale memory:')) {
        const gate = gateFailureDeletion({ edit: e, memory, facts, use });
        if (gate.decision) decisions.push(gate.decision);
        if (gate.note) notes.push(gate.note);
        if (!gate.keep) return;
      }
      const ids = [e.entryId, ...(e.mergedEntryIds ?? [])].filter((x): x is string => !!x);
      if (ids.some((id) => touched.has(id))) return;
      ids.forEach((id) => touched.add(id));
      edits.push(e);
    };

    const alreadySaid = new Set<string>();
    const strengthened = new Map<string, Strengthened>();
    const ctx = { memory, notes, alreadySaid, strengthened };
    // Prerequisites of one command are one lesson, so they are combined after the support bar.
    const eligible = combinePrerequisites(
      withoutOpposites(
        input.patterns.filter((p) => meetsSupport(p, options.minSupport)),
        notes,
      ),
      memory,
      alreadySaid,
    );
    const broken = (x: (typeof eligible)[number]) => x.kind === 'memory_failure' && x.signature.startsWith('broken|');
    for (const p of eligible.filter((x) => x.kind === 'memory_failure' && !broken(x))) {
      // A fix that needs a value of each session's own (a branch) completes the entry rather than
      // correcting it: teach it beside the entry instead of rewriting the entry around a placeholder.
      if (p.signature.startsWith('fix|') && perSessionArgs(p)) {
        // The entry names the command: complete it in place; agents that never read it get the lesson.
        const refined = writable(refineEdit(p, memory));
        take(refined);
        const others = refined ? p.agents.filter((a) => !filesReadBy(a, memory).includes(refined.file)) : [...p.agents];
        if (others.length > 0) for (const e of lessonEdits(p, ctx, others)) take(e);
        continue;
      }
      const fix = writable(memoryFailureEdit(p, ctx));
      take(fix);
      // Agents that never read the fixed entry hit the same failure: they need the lesson where they
      // look. When the entry could not be fixed safely, the lesson still stands on its own.
      const fromFix = p.signature.startsWith('fix|');
      const others = !fromFix ? [] : fix ? p.agents.filter((a) => !filesReadBy(a, memory).includes(fix.file)) : [...p.agents];
      if (others.length > 0) for (const e of lessonEdits(p, ctx, others)) take(e);
    }
    check();
    for (const p of eligible.filter((x) => x.kind !== 'memory_failure')) {
      const lessons = lessonEdits(p, ctx);
      for (const e of lessons) take(e);
      // A supported pattern that teaches nothing says why, or the report looks like it was missed.
      // The user pointed agents back at a rules file (signals/pointers.ts): a rule there keeps being broken, and
      // the mention does not say which, so nothing is written; a human reads the sessions.
      const pointed = p.signature.startsWith('pointer|') ? (/back at `([^`]+)`/.exec(p.summary)?.[1] ?? p.signature.slice(8)) : undefined;
      if (pointed) {
        notes.push(
          `pattern ${p.id} (${named(p)}; ${supportText(p)}): no edit: the user pointed agents back at \`${pointed}\` after they acted, so a rule there is being broken; the mention does not say which`,
        );
        continue;
      }
      const override = lessons.length === 0 ? overrideFixToken(p.signature) : undefined;
      if (override) {
        notes.push(
          `pattern ${p.id} (${named(p)}; ${supportText(p)}): no edit: its fix only forced the command past a check (\`${overrideText(override)}\`) instead of changing what it does, which memory never teaches`,
        );
      }
    }
    // Rules broken with no one objecting, after what the user said about the same entries: several
    // lines of one entry are marked in one edit.
    for (const e of brokenRuleEdits(eligible.filter(broken), memory)) take(e);
    check();
    for (const e of mergeEdits({ memory, facts, signals: input.signals, skip: touched, notes })) take(e);
    for (const e of crossFileDuplicates({ memory, skip: touched })) take(e);
    const history = this.opts.history === undefined ? await openRepoHistory(input.repoDir) : (this.opts.history ?? undefined);
    // A rule marked IMPORTANT from sessions older than the rule is left as it is (strengthen-dated.ts).
    const unwritten = await unwrittenStrengthens({ edits, strengthened, history, minSupport: options.minSupport });
    for (const u of unwritten) {
      alreadySaid.add(u.patternId);
      notes.push(u.note);
    }
    const dropped = new Set(unwritten.map((u) => u.editId));
    const stale = await staleness({ memory, facts, use, history, skip: touched });
    notes.push(...stale.notes);
    // An entry the failure gate already handed to a human is listed once.
    const listed = new Set(decisions.map((d) => `${d.file}:${d.line}`));
    decisions.push(...stale.decisions.filter((d) => !listed.has(`${d.file}:${d.line}`)));
    for (const e of stale.edits) take(e);

    const kept: Edit[] = [];
    const seen = new Set<string>();
    for (const e of edits) {
      if (seen.has(e.id) || dropped.has(e.id)) continue;
      seen.add(e.id);
      if (isSuppressed(e, input.suppressedEditIds)) {
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
    const limited = applyPassLimits({ edits: kept, memory, options, by: 'offline' });
    rejected.push(...limited.rejected);
    const final = limited.kept;
    const said = alreadySaid.size;
    if (said > 0) notes.push(`offline engine: ${said} supported lesson${said === 1 ? ' is' : 's are'} already in memory`);
    else if (final.length === 0) notes.push('offline engine: no edit met the evidence bar');
    return { edits: final, rejected, usage: emptyUsage(), notes, ...(decisions.length ? { decisions } : {}) };
  }
}
