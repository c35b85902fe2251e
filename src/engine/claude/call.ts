/**
 * One role call: a forced tool call, its answer validated against the tool's schema. Transport
 * faults (429, 529, 5xx, timeouts) are the SDK's to retry (maxRetries, timeout on the client); this
 * layer classifies what the SDK cannot: an answer without the tool call, or with input that does not
 * validate, becomes a MalformedOutputError the caller may retry once.
 *
 * Forcing the tool (tool_choice: tool) guarantees a call where the model allows it. The adaptive-thinking
 * generation (Sonnet 5.5, Opus 5.5, Fable 5.1+) answers a forced tool_choice with a 400, so for those the
 * tool is offered with tool_choice auto (the system prompt demands the call; an answer without it is
 * malformed and retried); any other model that refuses forcing switches the pass to auto on first refusal.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { ValidateFunction } from 'ajv';
import type { UsageMeter } from './usage.js';
import { anthropicModelName } from './model-ids.js';

export class MalformedOutputError extends Error {
  override readonly name = 'MalformedOutputError';
}

export interface RoleRequest {
  system: Anthropic.Messages.TextBlockParam[];
  content: Anthropic.Messages.ContentBlockParam[];
  tool: Anthropic.Messages.Tool;
}

/**
 * What the engine needs of an SDK client. Anthropic's client serves all of it; the Bedrock client
 * serves neither count_tokens nor batches, the Vertex client no batches, so both are optional here.
 */
export interface ClaudeClient {
  messages: Pick<Anthropic['messages'], 'create' | 'stream'> & Partial<Pick<Anthropic['messages'], 'countTokens' | 'batches'>>;
}

export interface CallContext {
  client: ClaudeClient;
  model: string;
  maxTokens: number;
  meter: UsageMeter;
  /** Stream the answer over SSE instead of one JSON body (long answers, proxies that prefer it). */
  stream: boolean;
  signal?: AbortSignal;
  /** Shared by every call of a pass, so one refusal of forced tool use switches them all. */
  toolChoice: { mode: ToolChoiceMode };
  /** Thinking depth on adaptive-thinking models; not sent to models that predate the parameter. */
  effort?: Effort;
}

export type ToolChoiceMode = 'forced' | 'auto';
export type Effort = 'low' | 'medium' | 'high';

/** Models documented to reject forced tool use (and to think adaptively, controlled by effort). */
const ADAPTIVE_ONLY =
  /^claude-(?:sonnet-5-5|opus-5-5|fable-5-[1-9]|mythos-5-[1-9]|(?:sonnet|opus|fable|mythos|haiku)-(?:[6-9]|5-[6-9]))(?:-\d{8})?$/;

function isAdaptiveOnly(model: string): boolean {
  return ADAPTIVE_ONLY.test(anthropicModelName(model));
}

export function initialToolChoice(model: string): ToolChoiceMode {
  return isAdaptiveOnly(model) ? 'auto' : 'forced';
}

export function buildParams(
  ctx: Pick<CallContext, 'model' | 'maxTokens' | 'toolChoice' | 'effort'>,
  req: RoleRequest,
): Anthropic.Messages.MessageCreateParamsNonStreaming {
  const params: Anthropic.Messages.MessageCreateParamsNonStreaming = {
    model: ctx.model,
    max_tokens: ctx.maxTokens,
    system: req.system,
    tools: [req.tool],
    tool_choice:
      ctx.toolChoice.mode === 'forced'
        ? { type: 'tool', name: req.tool.name, disable_parallel_tool_use: true }
        : { type: 'auto', disable_parallel_tool_use: true },
    messages: [{ role: 'user', content: req.content }],
  };
  if (ctx.effort && isAdaptiveOnly(ctx.model)) params.output_config = { effort: ctx.effort };
  return params;
}

function refusesForcedTool(err: unknown): boolean {
  return err instanceof Anthropic.BadRequestError && /tool_choice|forced tool/i.test(err.message);
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
    throw new MalformedOutputError(
      `${toolName} input invalid: ${first ? `${first.instancePath || '/'} ${first.message ?? ''}` : 'schema mismatch'}`,
    );
  }
  return block.input;
}

async function send(ctx: CallContext, req: RoleRequest): Promise<Anthropic.Messages.Message> {
  const params = buildParams(ctx, req);
  const opts = ctx.signal ? { signal: ctx.signal } : undefined;
  if (ctx.stream) return ctx.client.messages.stream(params, opts).finalMessage();
  return ctx.client.messages.create(params, opts);
}

export async function callRole<T>(ctx: CallContext, req: RoleRequest, validate: ValidateFunction<T>): Promise<T> {
  let msg: Anthropic.Messages.Message;
  try {
    msg = await send(ctx, req);
  } catch (err) {
    if (ctx.toolChoice.mode !== 'forced' || !refusesForcedTool(err)) throw err;
    ctx.toolChoice.mode = 'auto';
    msg = await send(ctx, req);
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
