/**
 * The reviewer critiques each edit and may only keep or drop it. An edit without a verdict is
 * dropped: no edit is better than an unreviewed one.
 */
import type { ValidateFunction } from 'ajv';
import type { Edit, RejectedEdit, DreamOptions } from '../../model/index.js';
import { callRole, withOneRetry, type CallContext } from './call.js';
import { memoryBlock, renderEditsForReview, systemBlocks } from './render.js';
import { TOOLS, type Verdict } from './schemas.js';
import type { TokenCounter } from './tokens.js';

export async function runReviewer(
  ctx: CallContext,
  edits: Edit[],
  opts: {
    memoryText: string;
    options: DreamOptions;
    counter: TokenCounter;
    budgetTokens: number;
    validate: ValidateFunction<{ verdicts: Verdict[] }>;
    onRetry: (reason: string) => void;
  },
): Promise<{ kept: Edit[]; rejected: RejectedEdit[] }> {
  if (edits.length === 0) return { kept: [], rejected: [] };
  const o = opts.options;
  const task =
    `Review every edit above (ids: ${edits.map((e) => e.id).join(', ')}). Budget per file: ${o.budget.maxLines} lines, ` +
    `${o.budget.maxBytes} bytes; at most ${o.maxEntryBytes} bytes per entry.`;
  const req = {
    system: systemBlocks('reviewer'),
    content: [
      memoryBlock(opts.memoryText),
      { type: 'text' as const, text: `${renderEditsForReview(edits, opts.counter, opts.budgetTokens)}\n\n${task}` },
    ],
    tool: TOOLS.reviewer,
  };
  const out = await withOneRetry(
    () => callRole(ctx, req, opts.validate),
    (err) => opts.onRetry(err.message),
  );
  const verdicts = new Map(out.verdicts.map((v) => [v.id, v]));
  const kept: Edit[] = [];
  const rejected: RejectedEdit[] = [];
  for (const edit of edits) {
    const v = verdicts.get(edit.id);
    if (v?.verdict === 'keep') kept.push(edit);
    else rejected.push({ edit, reason: v ? v.reason : 'no verdict from the reviewer', by: 'reviewer' });
  }
  return { kept, rejected };
}
