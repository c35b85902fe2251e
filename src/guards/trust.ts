/**
 * Trust follows the source (see TrustLevel). A CI transcript's prompt may come from anyone who can
 * comment on an issue, so a lesson worded from text that only such sessions support would let a
 * stranger write memory by filing issues: it is not proposed, however many sessions repeat it. What
 * the engine phrases itself from structural facts (the command that failed, the one that then worked),
 * or words memory already holds, rests on what ran, not on what anyone wrote, and stays.
 */
import type { Edit, RejectedEdit } from '../model/index.js';
import type { EditCheck, GuardContext } from './types.js';
import { markUnfoundQuotes, type EvidenceIndex } from './evidence.js';
import { sentencesOf } from './sentences.js';
import { wordedWithoutTranscripts } from './wording.js';
import { GIT_SESSION, REPO_SESSION } from '../model/index.js';

export const trustGuard: EditCheck = (edit: Edit, ctx: GuardContext) => {
  const forgeable = unverifiedOnly(edit, ctx);
  if (forgeable) return forgeable;
  const trust = ctx.fileTrust;
  if (!trust) return undefined;
  // The evidence index checked that each cited file holds the cited session, so the file's trust is the session's.
  const levels = edit.evidence
    .filter((e) => e.session !== REPO_SESSION && e.session !== GIT_SESSION)
    .map((e) => trust.get(e.file))
    .filter((l) => l !== undefined);
  // Evidence naming no file this pass read sessions from (a hosted dream, an earlier pass's) is judged by the other guards.
  if (levels.length === 0 || levels.some((l) => l !== 'public')) return undefined;
  const worded = sentencesOf(edit.after ?? '').filter((s) => !wordedWithoutTranscripts(s, ctx.memory));
  if (worded.length === 0) return undefined;
  return `its only support is ${levels.length} CI session${levels.length === 1 ? '' : 's'} whose prompts anyone who can comment may have written`;
};

/**
 * Some transcripts cannot tell a user turn from text nobody typed there (UserPromptEvent.unverified): a
 * Markdown export (SpecStory, Cursor, aider, Gemini CLI's /chat share) after the agent's first reply, whose lines the model may have
 * printed; an older Gemini CLI chat, which records a custom command's expansion as the user's message; the words of a
 * refusal known by its wording alone (PermissionDenialEvent.unverified), which a tool's output could print. Such
 * turns may count beside other evidence, but an edit whose every transcript citation is one of them could
 * have been written by a page the agent read or a command file, however many sessions repeat it: it is not
 * proposed.
 */
function unverifiedOnly(edit: Edit, ctx: GuardContext): string | undefined {
  if (!ctx.evidence || !restsOnUnverifiedTurns(edit, ctx.evidence)) return undefined;
  const cited = edit.evidence.filter((e) => e.session !== REPO_SESSION && e.session !== GIT_SESSION);
  return `its only support is ${cited.length} user turn${cited.length === 1 ? '' : 's'} the transcripts cannot tell from text nobody typed (a Markdown export's turn after a reply, an older Gemini chat's message, a refusal's words known by their wording)`;
}

/**
 * Whether every transcript citation of the edit is a turn the transcripts cannot attribute to the person. The
 * guard refuses such an edit; the report then shows none of its words (RejectedEdit.unverified), whoever refused it.
 */
function restsOnUnverifiedTurns(edit: Pick<Edit, 'evidence'>, index: Pick<EvidenceIndex, 'unverifiedTurn'>): boolean {
  const cited = edit.evidence.filter((e) => e.session !== REPO_SESSION && e.session !== GIT_SESSION);
  return cited.length > 0 && cited.every((e) => index.unverifiedTurn(e));
}

/**
 * The edit with each transcript citation marked as the index reads it (Evidence.unverified), whatever the engine
 * wrote there: the PR then shows no quote of a turn the transcripts cannot attribute to the person. A new edit.
 * `refused`: the edit was turned down, maybe for a citation the index could not find (guard:evidence), so the
 * miner's mark is kept beside the index's: a mark is only ever added, and a refused edit's words are withheld on it.
 */
export function markUnverifiedEvidence(edit: Edit, index: Pick<EvidenceIndex, 'unverifiedTurn'>, opts: { refused?: true } = {}): Edit {
  const evidence = edit.evidence.map((e) => {
    const { unverified: _, ...rest } = e;
    const cited = e.session !== REPO_SESSION && e.session !== GIT_SESSION;
    return cited && (index.unverifiedTurn(e) || (opts.refused && e.unverified)) ? { ...rest, unverified: true as const } : rest;
  });
  return { ...edit, evidence };
}

/**
 * Whether an edit cites a turn the transcripts cannot attribute to the person (its evidence as marked above): its
 * text may be that turn's words, which an engine can copy beside the person's own, so a page shows none of it.
 */
export const citesUnverifiedTurn = (edit: Pick<Edit, 'evidence'>): boolean => edit.evidence.some((e) => e.unverified === true);

/**
 * A refusal as the report lists it: each citation marked as the index reads it (markUnverifiedEvidence) and each quote
 * no session holds marked (markUnfoundQuotes: a model invented it), and the refusal itself marked when every citation
 * is a turn no one can attribute to the person (RejectedEdit.unverified): a page then shows none of those words.
 */
export function markRefusal(r: RejectedEdit, ctx: Pick<GuardContext, 'repoDir'> & { evidence: EvidenceIndex }): RejectedEdit {
  const edit = markUnfoundQuotes(markUnverifiedEvidence(r.edit, ctx.evidence, { refused: true }), ctx);
  return restsOnUnverifiedTurns(r.edit, ctx.evidence) ? { ...r, edit, unverified: true } : { ...r, edit };
}
