export { AnthropicReplayServer, type RecordedRequest } from './server.js';
export type { Scripted } from './wire.js';
