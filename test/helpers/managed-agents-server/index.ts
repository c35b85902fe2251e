export { startManagedAgentsServer, DREAMS_BETA, SESSIONS_BETA } from './server.js';
export type { ManagedAgentsServer } from './server.js';
export { sha256 } from './common.js';
