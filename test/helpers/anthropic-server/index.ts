export { ADAPTIVE_MODELS, AnthropicReplayServer, type RecordedRequest, type Responder, type Role, type ServerOptions } from './server.js';
export type { Scripted } from './wire.js';
export { checkMessagesRequest, roughTokens, type CheckLimits } from './checks.js';
export type { BedrockExpect, ProviderExpectations, VertexExpect, WireRequest } from './providers.js';
