/**
 * Runs every guard over a pass's edits. Each edit meets the guards in a fixed order and is rejected by
 * the first that refuses it; a guard that throws counts as a refusal (fail closed).
 */
import type { Edit, RejectedEdit } from '../model/index.js';
import { capEdits, entrySizeGuard } from './budget.js';
import { evidenceGuard } from './evidence.js';
import { pathsGuard } from './paths.js';
import { provenanceGuard, unicodeGuard, wordingGuard } from './provenance.js';
import { markupGuard } from './markup.js';
import { trustGuard } from './trust.js';
import { secretsGuard } from './secrets.js';
import { redactRejected } from './redact-edit.js';
import type { EditCheck, GuardContext } from './types.js';

export type { GuardContext } from './types.js';
export { indexEvidence } from './evidence.js';
export { ProvenanceIndex } from './provenance.js';
export type { FilterBits, FilterPositions, ProvenanceBits } from './bloom.js';
export { assertNoSecrets, assertNoNewSecrets } from './secrets.js';
export { redactEdit, redactRejected } from './redact-edit.js';
export { dangerousContent, dangerOf } from './danger.js';
export { foldForChecks, unicodeRefusal } from './unicode.js';
export { unsafePathReason } from './paths.js';
export { settleRationale, settleReason } from './rationale.js';
export { citesUnverifiedTurn, markRefusal, markUnverifiedEvidence } from './trust.js';

const GUARDS: readonly [string, EditCheck][] = [
  ['guard:paths', pathsGuard],
  ['guard:secrets', secretsGuard],
  ['guard:unicode', unicodeGuard],
  ['guard:markup', markupGuard],
  ['guard:budget', entrySizeGuard],
  ['guard:evidence', evidenceGuard],
  ['guard:trust', trustGuard],
  ['guard:provenance', provenanceGuard],
  ['guard:wording', wordingGuard],
];

export function runGuards(edits: readonly Edit[], ctx: GuardContext): { accepted: Edit[]; rejected: RejectedEdit[] } {
  const passed: Edit[] = [];
  const rejected: RejectedEdit[] = [];
  for (const edit of edits) {
    let refusal: RejectedEdit | undefined;
    for (const [by, guard] of GUARDS) {
      let reason: string | undefined;
      try {
        reason = guard(edit, ctx);
      } catch (err) {
        reason = `guard failed: ${(err as Error).message}`;
      }
      if (reason !== undefined) {
        // Recorded redacted: rejections are shown in the report and the PR body.
        refusal = redactRejected({ edit, reason, by });
        break;
      }
    }
    if (refusal) rejected.push(refusal);
    else passed.push(edit);
  }
  const capped = capEdits(passed, ctx.maxEdits);
  const kept = new Set(capped.kept);
  return { accepted: passed.filter((e) => kept.has(e)), rejected: [...rejected, ...capped.rejected] };
}
