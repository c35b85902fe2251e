/**
 * Builders for Messages API wire objects: a finished message, its SSE event stream, error bodies.
 * Shapes follow the API reference (messages, streaming, errors); the real SDK parses all of them.
 */
import type { ServerResponse } from 'node:http';

export type Scripted =
  /** An answer calling `name` (defaults to the request's forced tool) with this input. */
  | { kind: 'tool'; input: unknown; name?: string; outputTokens?: number; stopReason?: string }
  /** A text-only answer: no tool call at all. */
  | { kind: 'text'; text: string }
  /** 200 with an empty content array. */
  | { kind: 'empty' }
  /** An error status (429, 500, 529...) with the API's error body. */
  | { kind: 'status'; status: number; retryAfterMs?: number; message?: string }
  /** Accept the request, then send nothing for `ms` (bounded) and drop the socket. */
  | { kind: 'hang'; ms: number };

export interface WireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

let counter = 0;
export const nextId = (prefix: string) => `${prefix}_${(++counter).toString(36).padStart(8, '0')}`;

/** Adaptive-thinking models open their answer with a thinking block (empty text at the default display). */
const THINKING = () => ({ type: 'thinking', thinking: '', signature: nextId('sig') });

function contentFor(s: Scripted, tool: string | undefined, thinking: boolean): Record<string, unknown>[] {
  const lead = thinking ? [THINKING()] : [];
  if (s.kind === 'tool') return [...lead, { type: 'tool_use', id: nextId('toolu'), name: s.name ?? tool ?? 'tool', input: s.input }];
  if (s.kind === 'text') return [...lead, { type: 'text', text: s.text }];
  return [];
}

export function messageBody({
  model,
  s,
  tool,
  usage,
  thinking = false,
}: {
  model: string;
  s: Scripted;
  tool: string | undefined;
  usage: WireUsage;
  thinking?: boolean;
}): Record<string, unknown> {
  const content = contentFor(s, tool, thinking);
  return {
    id: nextId('msg'),
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: s.kind === 'tool' ? (s.stopReason ?? 'tool_use') : 'end_turn',
    stop_sequence: null,
    usage,
  };
}

function errorType(status: number): string {
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status === 400) return 'invalid_request_error';
  if (status === 404) return 'not_found_error';
  return 'api_error';
}

export function sendError(
  res: ServerResponse,
  { status, message, retryAfterMs }: { status: number; message: string; retryAfterMs?: number },
): void {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'request-id': nextId('req') };
  if (retryAfterMs !== undefined) {
    headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
    headers['retry-after-ms'] = String(retryAfterMs);
  }
  res.writeHead(status, headers);
  res.end(JSON.stringify({ type: 'error', error: { type: errorType(status), message } }));
}

export function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json', 'request-id': nextId('req') });
  res.end(JSON.stringify(body));
}

/** Streams a finished message as the API's SSE events, splitting tool input JSON into several deltas. */
export function sendSse(res: ServerResponse, message: Record<string, unknown>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': nextId('req') });
  const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const usage = message.usage as WireUsage;
  send('message_start', {
    type: 'message_start',
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  });
  const content = message.content as Record<string, unknown>[];
  content.forEach((block, index) => {
    if (block.type === 'thinking') {
      send('content_block_start', { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } });
      send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: block.signature } });
    } else if (block.type === 'tool_use') {
      send('content_block_start', { type: 'content_block_start', index, content_block: { ...block, input: {} } });
      const json = JSON.stringify(block.input);
      const step = Math.max(1, Math.ceil(json.length / 3));
      for (let i = 0; i < json.length; i += step) {
        send('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: json.slice(i, i + step) },
        });
      }
    } else {
      send('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text } });
    }
    send('content_block_stop', { type: 'content_block_stop', index });
  });
  send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: message.stop_reason, stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  });
  send('message_stop', { type: 'message_stop' });
  res.end();
}
