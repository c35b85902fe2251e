/**
 * The SDK client through which the Anthropic engines reach Claude: Anthropic's API, Amazon Bedrock
 * or Google Vertex AI, each through Anthropic's own SDK package. The Bedrock and Vertex packages are
 * imported on demand: they bring the AWS SDK and google-auth-library (about 2.4 MB of bundle), which a
 * pass on Anthropic's API or the offline engine never needs, so the CLI keeps them in their own chunk.
 *
 * Region, project and base URL come from the caller's environment record (process.env for the CLI,
 * the Action's own pick of it). Credentials are the SDKs' to resolve by design: the AWS and Google
 * credential chains (keys, OIDC web identity, GOOGLE_APPLICATION_CREDENTIALS, AWS_BEARER_TOKEN_BEDROCK)
 * are what aws-actions/configure-aws-credentials and google-github-actions/auth set up.
 * Anthropic's own SDK is imported on demand too, so that the modules naming the providers (the Action's
 * settings) do not load it.
 */
import type { ClientOptions as VertexClientOptions } from '@anthropic-ai/vertex-sdk';
import type { ProviderName } from '../model/index.js';
import type { ClaudeClient } from './claude/call.js';

/** Where and how to reach a provider, before the client's limits. */
export interface ProviderTarget {
  provider: ProviderName;
  /** anthropic: the API key. */
  apiKey?: string;
  /** Where requests go instead of the provider's public endpoint (a proxy, a test server). */
  baseURL?: string;
  /** bedrock: the AWS region (AWS_REGION); vertex: the Vertex AI region (CLOUD_ML_REGION). */
  region?: string;
  /** vertex: the Google Cloud project (ANTHROPIC_VERTEX_PROJECT_ID); absent, the credentials' project. */
  projectId?: string;
  /** vertex: a google-auth-library client to use instead of Application Default Credentials. */
  googleAuthClient?: VertexClientOptions['authClient'];
}

export interface ProviderConnection extends ProviderTarget {
  /** SDK retries for 408/409/429/5xx/529 and connection errors, with exponential backoff. */
  maxRetries: number;
  /** Per-request timeout. */
  timeoutMs: number;
}

/** The environment variable behind each field, per provider, as claude-code-action and Claude Code name them. */
const PROVIDER_ENV = {
  anthropic: { apiKey: 'ANTHROPIC_API_KEY', baseURL: 'ANTHROPIC_BASE_URL' },
  bedrock: { region: 'AWS_REGION', baseURL: 'ANTHROPIC_BEDROCK_BASE_URL' },
  vertex: { region: 'CLOUD_ML_REGION', projectId: 'ANTHROPIC_VERTEX_PROJECT_ID', baseURL: 'ANTHROPIC_VERTEX_BASE_URL' },
} as const satisfies Record<ProviderName, Partial<Record<keyof ProviderTarget, string>>>;

/** The Bedrock and Vertex variables, which the Action passes on to the engine as they are. */
export const PROVIDER_ENV_NAMES: readonly string[] = [...Object.values(PROVIDER_ENV.bedrock), ...Object.values(PROVIDER_ENV.vertex)];

export const PROVIDER_LABEL: Record<ProviderName, string> = {
  anthropic: "Anthropic's API",
  bedrock: 'Amazon Bedrock',
  vertex: 'Google Vertex AI',
};

/** Model ids on Bedrock and Vertex are not Anthropic's: the user names the one enabled in their account. */
export const PROVIDER_MODEL_EXAMPLES: Record<Exclude<ProviderName, 'anthropic'>, string> = {
  bedrock: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  vertex: 'claude-sonnet-4-5@20250929',
};

/** The connection a provider's variables describe (blank ones left out), before any check (see providerProblem). */
export function targetFromEnv(provider: ProviderName, env: Record<string, string | undefined>): ProviderTarget {
  const given = Object.entries(PROVIDER_ENV[provider]).flatMap(([field, name]) => {
    const value = env[name]?.trim();
    return value ? [[field, value] as const] : [];
  });
  return { provider, ...(Object.fromEntries(given) as Omit<ProviderTarget, 'provider'>) };
}

/**
 * What is missing before a client can be built, as a sentence naming the variable, or undefined.
 * The AWS region has a default in the SDK (us-east-1), but a model enabled in one region is not in
 * another, so guessing would fail later with a less helpful 4xx.
 */
export function providerProblem(conn: ProviderTarget): string | undefined {
  if (conn.provider === 'anthropic' && !conn.apiKey) return `${PROVIDER_ENV.anthropic.apiKey} is not set`;
  if (conn.provider === 'bedrock' && !conn.region)
    return `provider bedrock needs ${PROVIDER_ENV.bedrock.region}, the region of your Bedrock models`;
  if (conn.provider === 'vertex' && !conn.region)
    return `provider vertex needs ${PROVIDER_ENV.vertex.region}, the Vertex AI region of your Claude models (or global)`;
  return undefined;
}

/** The client, with the provider's package imported only now. Throws providerProblem's sentence. */
export async function createProviderClient(conn: ProviderConnection): Promise<ClaudeClient> {
  const problem = providerProblem(conn);
  if (problem) throw new Error(problem);
  const common = { maxRetries: conn.maxRetries, timeout: conn.timeoutMs };
  switch (conn.provider) {
    case 'anthropic': {
      const { default: Anthropic } = await import('@anthropic-ai/sdk');
      // Explicit, so the SDK does not read ANTHROPIC_BASE_URL from the environment behind the caller's back.
      return new Anthropic({ ...common, apiKey: conn.apiKey!, baseURL: conn.baseURL || 'https://api.anthropic.com' });
    }
    case 'bedrock': {
      const { AnthropicBedrock } = await import('@anthropic-ai/bedrock-sdk');
      const baseURL = conn.baseURL || `https://bedrock-runtime.${conn.region!}.amazonaws.com`;
      const client = new AnthropicBedrock({ ...common, awsRegion: conn.region!, baseURL });
      // Bedrock serves no count_tokens. The SDK deletes the method from the instance, but it lives on
      // the prototype, so calls would still go out (to a 404): shadow it, so the engine sees it absent.
      Object.defineProperty(client.messages, 'countTokens', { value: undefined });
      return client;
    }
    case 'vertex': {
      const { AnthropicVertex } = await import('@anthropic-ai/vertex-sdk');
      return new AnthropicVertex({
        ...common,
        region: conn.region!,
        projectId: conn.projectId ?? null,
        ...(conn.baseURL ? { baseURL: conn.baseURL } : {}),
        ...(conn.googleAuthClient ? { authClient: conn.googleAuthClient } : {}),
      });
    }
  }
}
