import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/engine/providers.ts
var PROVIDER_ENV = {
  anthropic: { apiKey: "ANTHROPIC_API_KEY", baseURL: "ANTHROPIC_BASE_URL" },
  bedrock: { region: "AWS_REGION", baseURL: "ANTHROPIC_BEDROCK_BASE_URL" },
  vertex: { region: "CLOUD_ML_REGION", projectId: "ANTHROPIC_VERTEX_PROJECT_ID", baseURL: "ANTHROPIC_VERTEX_BASE_URL" }
};
var PROVIDER_ENV_NAMES = [...Object.values(PROVIDER_ENV.bedrock), ...Object.values(PROVIDER_ENV.vertex)];
var PROVIDER_LABEL = {
  anthropic: "Anthropic's API",
  bedrock: "Amazon Bedrock",
  vertex: "Google Vertex AI"
};
var PROVIDER_MODEL_EXAMPLES = {
  bedrock: "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
  vertex: "claude-sonnet-4-5@20250929"
};
function targetFromEnv(provider, env) {
  const given = Object.entries(PROVIDER_ENV[provider]).flatMap(([field, name]) => {
    const value = env[name]?.trim();
    return value ? [[field, value]] : [];
  });
  return { provider, ...Object.fromEntries(given) };
}
function providerProblem(conn) {
  if (conn.provider === "anthropic" && !conn.apiKey) return `${PROVIDER_ENV.anthropic.apiKey} is not set`;
  if (conn.provider === "bedrock" && !conn.region)
    return `provider bedrock needs ${PROVIDER_ENV.bedrock.region}, the region of your Bedrock models`;
  if (conn.provider === "vertex" && !conn.region)
    return `provider vertex needs ${PROVIDER_ENV.vertex.region}, the Vertex AI region of your Claude models (or global)`;
  return void 0;
}
async function createProviderClient(conn) {
  const problem = providerProblem(conn);
  if (problem) throw new Error(problem);
  const common = { maxRetries: conn.maxRetries, timeout: conn.timeoutMs };
  switch (conn.provider) {
    case "anthropic": {
      const { default: Anthropic } = await import("./sdk-QWL6L7DI.js");
      return new Anthropic({ ...common, apiKey: conn.apiKey, baseURL: conn.baseURL || "https://api.anthropic.com" });
    }
    case "bedrock": {
      const { AnthropicBedrock } = await import("./bedrock-sdk-H4RZCI5C.js");
      const baseURL = conn.baseURL || `https://bedrock-runtime.${conn.region}.amazonaws.com`;
      const client = new AnthropicBedrock({ ...common, awsRegion: conn.region, baseURL });
      Object.defineProperty(client.messages, "countTokens", { value: void 0 });
      return client;
    }
    case "vertex": {
      const { AnthropicVertex } = await import("./vertex-sdk-NPDMDXLN.js");
      return new AnthropicVertex({
        ...common,
        region: conn.region,
        projectId: conn.projectId ?? null,
        ...conn.baseURL ? { baseURL: conn.baseURL } : {},
        ...conn.googleAuthClient ? { authClient: conn.googleAuthClient } : {}
      });
    }
  }
}

export {
  PROVIDER_ENV_NAMES,
  PROVIDER_LABEL,
  PROVIDER_MODEL_EXAMPLES,
  targetFromEnv,
  providerProblem,
  createProviderClient
};
