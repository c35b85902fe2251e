/**
 * One role call: a forced tool call, its answer validated against the tool's schema. Transport
 * faults (429, 529, 5xx, timeouts) are the SDK's to retry (maxRetries, timeout on the client); this
 * layer classifies what the SDK cannot: an answer without the tool call, or with input that does not
 * validate, becomes a MalformedOutputError the caller may retry once.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { ValidateFunction } from 'ajv';
import type { UsageMeter } from './usage.js';

export class MalformedOutputError extends Error {
  override readonly name = 'MalformedOutputError';
}

export interface RoleRequest {
  system: Anthropic.Messages.TextBlockParam[];
  content: Anthropic.Messages.ContentBlockParam[];
  tool: Anthropic.Messages.Tool;
}

export interface CallContext {
  client: Anthropic;
  model: string;
  maxTokens: number;
  meter: UsageMeter;
  /** Stream the answer over SSE instead of one JSON body (long answers, proxies that prefer it). */
  stream: boolean;
  signal?: AbortSignal;
}

export function buildParams(ctx: Pick<CallContext, 'model' | 'maxTokens'>, req: RoleRequest): Anthropic.Messages.MessageCreateParamsNonStreaming {
  return {
    model: ctx.model,
    max_tokens: ctx.maxTokens,
    system: req.system,
    tools: [req.tool],
    tool_choice: { type: 'tool', name: req.tool.name, disable_parallel_tool_use: true },
    messages: [{ role: 'user', content: req.content }],
  };
}

/** The validated tool input of a finished message, or a MalformedOutputError saying why not. */
export function extractToolInput<T>(msg: Anthropic.Messages.Message, toolName: string, validate: ValidateFunction<T>): T {
  if (!msg.content || msg.content.length === 0) {
    throw new MalformedOutputError(`empty answer (stop_reason ${msg.stop_reason ?? 'none'})`);
  }
  const block = msg.content.find((b): b is Anthropic.Messages.ToolUseBlock => b.type === 'tool_use' && b.name === toolName);
  if (!block) {
    throw new MalformedOutputError(`answer has no ${toolName} call (stop_reason ${msg.stop_reason ?? 'none'})`);
  }
  if (msg.stop_reason === 'max_tokens') {
    throw new MalformedOutputError(`${toolName} input cut off at max_tokens`);
  }
  if (!validate(block.input)) {
    const first = validate.errors?.[0];
    throw new MalformedOutputError(`${toolName} input invalid: ${first ? `${first.instancePath || '/'} ${first.message ?? ''}` : 'schema mismatch'}`);
  }
  return block.input;
}

export async function callRole<T>(ctx: CallContext, req: RoleRequest, validate: ValidateFunction<T>): Promise<T> {
  const params = buildParams(ctx, req);
  const opts = ctx.signal ? { signal: ctx.signal } : undefined;
  let msg: Anthropic.Messages.Message;
  if (ctx.stream) {
    msg = await ctx.client.messages.stream(params, opts).finalMessage();
  } else {
    msg = await ctx.client.messages.create(params, opts);
  }
  ctx.meter.add(ctx.model, msg.usage);
  return extractToolInput(msg, req.tool.name, validate);
}

/** Runs `attempt` and, on malformed output only, once more. */
export async function withOneRetry<T>(attempt: () => Promise<T>, onRetry: (err: MalformedOutputError) => void): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (!(err instanceof MalformedOutputError)) throw err;
    onRetry(err);
    return attempt();
  }
}
