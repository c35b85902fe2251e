/**
 * What the engines read of the signals stage: the text and command analysis the miners use, so an
 * engine phrases and routes a lesson the way the miner that found it would. Engines import nothing
 * else from signals/ (test/architecture.test.ts checks it).
 */
export { clip, codeSpans, contentWords, escapeRegExp, jaccard, referencesOf, shortHash } from './normalize.js';
export { collectRepoFacts, type RepoFacts } from './repo-facts.js';
export { claudeReadsShared, commandMentions, mentionRelation, pathMentions, scriptOf, type CommandMention } from './memory-refs.js';
export { commandCore, commandFamily, MULTI_WORD, parseCommand, parseCommands, structuralTokens, type CommandShape } from './command.js';
export { endsInsideValue } from './command-display.js';
export { toolGroup } from './corrections-swap.js';
// Staleness: what sessions did with what memory names, git's word on absent paths, and the classes
// of entry (prohibitions, generated output) that absence never condemns.
export { emptyMemoryUse, runnableKey } from './memory-use.js';
export { HISTORY_WINDOW, openRepoHistory, type RepoHistory, type Removal } from './repo-history.js';
export { isProhibition } from './prohibition.js';
// Rules agents broke with no one objecting: the lines that state a `broken|` pattern's rule, read again.
export { parseProhibition, prohibitionRules, ruleKey } from './rule-prohibitions.js';
export { looksGenerated } from './generated.js';
export { failurePhrase, fixLesson } from './lesson-text.js';
export { overrideFixToken, overrideText } from './override.js';
export { meetsSupport, patternId, supportSession, signalPatternId, wordSignals, wordsUnverified } from './cluster.js';
export { meaningStems, negated, sameMeaning, similarityOf } from './similar.js';
export { notesLesson } from './finishing-steps.js';
export { outputLanguageAsk } from './lingua/output-language.js';
export { mayHoldFrameWords, mayPredateGroups, preGroupSignature, reframedSignature } from './legacy-signatures.js';
export { mayReadAnew, rereadSignature } from './reread-signature.js';
