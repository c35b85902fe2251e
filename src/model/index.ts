/**
 * The values that pass between the stages of the pipeline, in one module that imports nothing
 * outside itself: sources -> transcripts -> signals -> engine -> edits -> guards -> publish all read
 * these shapes, so no stage imports another only to name a type.
 */
export type * from './session.js';
export { TRUST_LEVELS, newSessions, promptAuthor, rootFileIds, sessionTime, unplacedId, userTurn, usersOwnWords } from './session.js';
export type * from './signal.js';
export type * from './evidence.js';
export { REPO_SESSION, GIT_SESSION, HOSTED_DREAM_PREFIX, MIN_QUOTE_CHARS, normaliseQuote } from './evidence.js';
export type * from './edit.js';
export type * from './memory.js';
export type * from './usage.js';
export type * from './report.js';
export { MAX_PATTERN_SESSIONS, MAX_REPORT_SESSION_IDS, oneOffCount, skippedInputs } from './report.js';
export type * from './health.js';
export type * from './engine.js';
export { PROVIDER_NAMES } from './engine.js';
export type * from './logger.js';
export { TRAILER_ENGINE, TRAILER_SESSIONS, TRAILER_EDIT, dreamedEdits, hasDreamTrailers } from './trailers.js';
export type * from './adoption.js';
export type * from './efficacy.js';
export { boundedMemo } from './bounded-memo.js';
export { MAX_PATTERN_FOLDERS, REPO_FOLDER_RULE, folderSummary, isRepoFolder, joinFolders } from './folders.js';
export { textChunks } from './text-chunks.js';
export { MODEL_WORDS_WITHHELD, UNFOUND_QUOTE_WORDS, UNFOUND_TEXT_WORDS, WITHHELD_WORDS, citesOnlyUnfound } from './withheld.js';
