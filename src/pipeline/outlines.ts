/**
 * The session outlines a pass hands the engine, in memory that stops growing with the corpus. LLM
 * digests show a bounded number of outlines anyway (the claude engine at most a few hundred), so the
 * first sessions get full outlines until a character budget is spent, then short ones, and past
 * MAX_KEPT_OUTLINES only subagents keep one, without its text: engines count a subagent's evidence
 * for the session that spawned it, and that link must not be lost whatever the corpus size.
 *
 * Readers (mine-file.ts) outline each session at both sizes; the pass picks one here, in file order,
 * so the choice is the same whichever thread or shard read the session.
 */
import type { SessionOutline } from '../model/index.js';

/** Outline characters kept at full size across a pass (about 4,000 sessions), then short ones. */
const OUTLINE_BUDGET_CHARS = 8_000_000;
export const FULL_OUTLINE_CHARS = 2_000;
export const SHORT_OUTLINE_CHARS = 300;
/** Outlines kept with their text: twenty times what the claude engine's batches can show. */
const MAX_KEPT_OUTLINES = 10_000;

/** A session's outline as a reader made it: at full size, and the text at short size. */
export interface OutlinePair {
  outline: SessionOutline;
  short: string;
}

export class PassOutlines {
  /** Every session outlined, kept or not: the pass's count of sessions read. */
  count = 0;
  readonly kept: SessionOutline[] = [];
  private chars = 0;

  constructor(private readonly limits: { budgetChars?: number; maxKept?: number } = {}) {}

  /** The outline this pass uses for the session: full while the budget lasts, short after. */
  add(pair: OutlinePair): SessionOutline {
    const full = this.chars < (this.limits.budgetChars ?? OUTLINE_BUDGET_CHARS);
    const outline = full ? pair.outline : { ...pair.outline, outline: pair.short };
    this.count++;
    this.chars += outline.outline.length;
    if (this.kept.length < (this.limits.maxKept ?? MAX_KEPT_OUTLINES)) this.kept.push(outline);
    else if (outline.parentId !== undefined) this.kept.push({ ...outline, outline: '' });
    return outline;
  }
}
