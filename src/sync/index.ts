export { syncMemoryToStore } from './sync.js';
export { changedMemoryFiles } from './changes.js';
export { syncPush, syncFailure } from './push.js';
export { runSyncMode } from './run-sync.js';
export type { SyncModeOutcome } from './run-sync.js';
