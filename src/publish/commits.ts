/**
 * The dream commit as a message and an identity: the trailers that let blame lead back to an edit, and
 * the rule that tells the bot's own commits from a reviewer's.
 */
import { TRAILER_EDIT, TRAILER_ENGINE, TRAILER_SESSIONS } from '../model/index.js';
import { breakAutolinks } from './autolinks.js';

/** Session ids a commit message names: a pass over thousands of sessions used to pass them all to git as one argument (E2BIG). */
const LISTED_SESSIONS = 50;

/**
 * The `Dreamed-From` trailer: the first sessions' ids and how many more. Ids come from transcripts
 * (a file name, a record's field), so their mentions, issue references and URLs are made inert.
 */
export function sessionsTrailer(ids: readonly string[]): string {
  const shown = ids.slice(0, LISTED_SESSIONS).map(breakAutolinks);
  const more = ids.length - shown.length;
  return `${TRAILER_SESSIONS}: ${shown.join(', ') || 'none'}${more > 0 ? `, and ${more} more` : ''}`;
}

function isDreamCommit(message: string): boolean {
  return new RegExp(`^${TRAILER_ENGINE}:`, 'm').test(message);
}

/** GitHub commits through the Git Data API as this committer; that is what lets it sign them. */
const GITHUB_COMMITTER_EMAIL = 'noreply@github.com';

/**
 * A commit the bot made and may therefore drop when rebuilding: the trailer alone is not enough,
 * because `git commit --amend` keeps it (and the author) while the content becomes a human's. An
 * amend always makes the amender the committer, so the committer must be the bot, or GitHub for a
 * signed commit (whose author is the token's identity, which may not be the configured bot).
 */
export function isBotCommit(
  c: { message: string; authorEmail: string; committerEmail: string },
  botEmail: string,
  authorEmail = botEmail,
): boolean {
  if (!isDreamCommit(c.message)) return false;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (same(c.committerEmail, GITHUB_COMMITTER_EMAIL)) return true;
  return same(c.committerEmail, botEmail) && same(c.authorEmail, authorEmail);
}

export function buildCommitMessage(p: {
  /** The `commit-message` input; the session list and the trailers follow it either way. */
  subject?: string;
  edits: number;
  engine: string;
  sessions: { id: string; file?: string }[];
  /** The edits, for one `Dreamed-Edit` trailer each (file: where the entry lands, for a move its destination). */
  editList?: { id: string; file: string }[];
}): string {
  const listed = p.sessions.slice(0, LISTED_SESSIONS).map((s) => breakAutolinks(`- ${s.id}${s.file ? ` (${s.file})` : ''}`));
  if (p.sessions.length > LISTED_SESSIONS) listed.push(`- ... and ${p.sessions.length - LISTED_SESSIONS} more`);
  return [
    p.subject ??
      `dream: ${p.edits} memory edit${p.edits === 1 ? '' : 's'} from ${p.sessions.length} session${p.sessions.length === 1 ? '' : 's'}`,
    '',
    'Sessions:',
    ...listed,
    '',
    sessionsTrailer(p.sessions.map((s) => s.id)),
    // One per edit, so that blame, even after a squash, leads from a line to the edit that wrote it.
    ...(p.editList ?? []).map((e) => `${TRAILER_EDIT}: ${e.id} ${e.file}`),
    `${TRAILER_ENGINE}: ${p.engine}`,
    '',
  ].join('\n');
}
