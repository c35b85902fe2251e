/**
 * Request checks the replay server applies to every /v1/messages body, the way the API would
 * refuse a bad request: shape, a max_tokens bound, strict tool schemas, and a rough token budget.
 */
export interface CheckLimits {
  maxTokens: number;
  /** Upper bound on a request body's rough token count (characters / 4). */
  requestTokenBudget: number;
}

export const roughTokens = (text: string) => Math.ceil(text.length / 4);

function checkSchema(schema: unknown, path: string, out: string[]): void {
  if (!schema || typeof schema !== 'object') {
    out.push(`${path}: schema is not an object`);
    return;
  }
  const s = schema as Record<string, unknown>;
  if (s.type === 'object') {
    if (s.additionalProperties !== false) out.push(`${path}: strict tool schemas need additionalProperties: false`);
    const props = (s.properties ?? {}) as Record<string, unknown>;
    for (const r of (s.required ?? []) as string[]) if (!(r in props)) out.push(`${path}: required "${r}" is not a property`);
    for (const [k, v] of Object.entries(props)) checkSchema(v, `${path}.${k}`, out);
  } else if (s.type === 'array') {
    checkSchema(s.items, `${path}[]`, out);
  } else if (!['string', 'integer', 'number', 'boolean'].includes(String(s.type))) {
    out.push(`${path}: unsupported type ${String(s.type)}`);
  }
}

/** Problems with a Messages request body; empty when the API would accept it. */
export function checkMessagesRequest(body: Record<string, unknown>, raw: string, limits: CheckLimits): string[] {
  const out: string[] = [];
  if (typeof body.model !== 'string' || body.model.length === 0) out.push('model: missing');
  const mt = body.max_tokens;
  if (typeof mt !== 'number' || !Number.isInteger(mt) || mt < 1) out.push('max_tokens: must be a positive integer');
  else if (mt > limits.maxTokens) out.push(`max_tokens: ${mt} exceeds the bound ${limits.maxTokens}`);
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) out.push('messages: must be a non-empty array');
  else {
    messages.forEach((m: Record<string, unknown>, i) => {
      if (m.role !== 'user' && m.role !== 'assistant') out.push(`messages[${i}].role: invalid`);
      if (typeof m.content !== 'string' && !Array.isArray(m.content)) out.push(`messages[${i}].content: invalid`);
    });
    if ((messages[0] as Record<string, unknown>).role !== 'user') out.push('messages[0]: must be from the user');
  }
  const tools = body.tools as Record<string, unknown>[] | undefined;
  if (tools !== undefined) {
    if (!Array.isArray(tools)) out.push('tools: must be an array');
    else
      for (const t of tools) {
        if (typeof t.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(t.name)) out.push(`tools: bad name ${String(t.name)}`);
        checkSchema(t.input_schema, `tools.${String(t.name)}.input_schema`, out);
      }
  }
  const choice = body.tool_choice as Record<string, unknown> | undefined;
  if (choice?.type === 'tool' && !tools?.some((t) => t.name === choice.name))
    out.push(`tool_choice: names unknown tool ${String(choice.name)}`);
  const tokens = roughTokens(raw);
  if (tokens > limits.requestTokenBudget) out.push(`token budget: request is ~${tokens} tokens, over ${limits.requestTokenBudget}`);
  return out;
}
