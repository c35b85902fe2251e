/**
 * What the engines read of the signals stage: the text and command analysis the miners use, so an
 * engine phrases and routes a lesson the way the miner that found it would. Engines import nothing
 * else from signals/ (test/architecture.test.ts checks it).
 */
export { clip, codeSpans, contentWords, jaccard, shortHash } from './normalize.js';
export { collectRepoFacts, type RepoFacts } from './repo-facts.js';
export { claudeReadsShared, commandMentions, mentionRelation, scriptOf, staleReason, type CommandMention } from './memory-refs.js';
export { commandCore, parseCommand, structuralTokens } from './command.js';
export { failurePhrase, fixLesson } from './lesson-text.js';
export { isOverrideFix } from './mine-commands.js';
export { supportSession, signalPatternId } from './cluster.js';
export { meaningStems, negated, sameMeaning, similarityOf } from './similar.js';
