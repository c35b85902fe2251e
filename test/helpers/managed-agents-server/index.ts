export { startManagedAgentsServer, DREAMS_BETA, MEMORY_BETAS, SESSIONS_BETA } from './server.js';
export type { ManagedAgentsServer, RecordedRequest, ServerOptions } from './server.js';
export type { DreamContext, DreamOutcome, DreamScript } from './dreams.js';
export type { SeedSession } from './sessions.js';
export { sha256 } from './common.js';
