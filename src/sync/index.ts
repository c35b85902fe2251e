export { syncMemoryToStore, gitShow } from './sync.js';
export type { SyncFile, SyncOptions, SyncResult, SyncConflict } from './sync.js';
export { changedMemoryFiles, isDefaultMemoryPath } from './changes.js';
