export { syncMemoryToStore, gitShow } from './sync.js';
export type { SyncFile, SyncOptions, SyncResult, SyncConflict } from './sync.js';
export { changedMemoryFiles, isDefaultMemoryPath } from './changes.js';
export { syncPush, syncFailure, pushRange, memoryPathTest } from './push.js';
export type { PushSyncOptions } from './push.js';
export { runSyncMode } from './run-sync.js';
export type { SyncModeOptions, SyncModeOutcome } from './run-sync.js';
