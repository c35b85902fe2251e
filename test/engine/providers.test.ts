/**
 * The claude engine on Amazon Bedrock and Google Vertex AI: Anthropic's own SDK clients, built by our
 * factory, against the replay server speaking each provider's wire format (Bedrock's
 * /model/{id}/invoke with a SigV4 signature recomputed from the test's fake static credentials;
 * Vertex's :rawPredict with a Google bearer token from a real google-auth-library client that holds
 * an unexpired token, so nothing leaves the loopback).
 */
import { OAuth2Client } from 'google-auth-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../helpers/anthropic-server/index.js';
import { makeInput } from './claude/fixtures.js';
import { createEngine } from '../../src/engine/index.js';
import { createClaudeEngine, priceFor } from '../../src/engine/claude/index.js';
import { isAdaptiveOnly } from '../../src/engine/claude/call.js';
import { defaultSettings, type Settings } from '../../src/config/settings.js';
import { silentLogger } from '../../src/log.js';

const AWS = { accessKeyId: 'AKIDEXAMPLETESTONLY', secretAccessKey: 'test-only-secret/not-a-real-key', region: 'eu-west-3' };
const AWS_VARS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_BEARER_TOKEN_BEDROCK'];
const BEDROCK_MODEL = 'eu.anthropic.claude-haiku-4-5-20251001-v1:0';

let server: AnthropicReplayServer | undefined;
let saved: Record<string, string | undefined> = {};
beforeEach(() => {
  saved = Object.fromEntries(AWS_VARS.map((k) => [k, process.env[k]]));
  // Static credentials through the SDK's own chain (fromEnv), the way configure-aws-credentials leaves them.
  for (const k of AWS_VARS) delete process.env[k];
  process.env.AWS_ACCESS_KEY_ID = AWS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = AWS.secretAccessKey;
});
afterEach(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await server?.close();
  server = undefined;
});

const claudeOn = (provider: Settings['provider'], model?: string): Settings => ({
  ...defaultSettings('/r'),
  engine: 'claude',
  provider,
  ...(model ? { model } : {}),
});

describe('the claude engine on Amazon Bedrock', () => {
  it('invokes the model at /model/{id}/invoke, SigV4-signed, without count_tokens, and prices it as the Anthropic model', async () => {
    server = await AnthropicReplayServer.start({ providers: { bedrock: AWS } });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    const engine = await createEngine(claudeOn('bedrock', BEDROCK_MODEL), {
      logger: silentLogger,
      env: { AWS_REGION: AWS.region, ANTHROPIC_BEDROCK_BASE_URL: server.url },
    });
    const result = await engine.dream(makeInput());
    const [call, ...more] = server.messageRequests('analyst');
    expect(more).toEqual([]);
    expect(call!.problems).toEqual([]);
    expect(call!.wire).toMatchObject({ provider: 'bedrock', model: BEDROCK_MODEL });
    expect(call!.wire!.path).toMatch(/^\/model\/eu\.anthropic\.claude-haiku-4-5-20251001-v1(:|%3A)0\/invoke$/);
    expect(String(call!.wire!.headers.authorization)).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLETESTONLY\/\d{8}\/eu-west-3\/bedrock\//,
    );
    expect(server.requests.filter((r) => r.path.includes('count_tokens'))).toEqual([]);
    expect(result.usage.costUsdByModel[BEDROCK_MODEL]).toBeGreaterThan(0);
  });

  it('is refused by Bedrock when signed with other credentials', async () => {
    server = await AnthropicReplayServer.start({ providers: { bedrock: { ...AWS, secretAccessKey: 'another-secret' } } });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    const engine = await createEngine(claudeOn('bedrock', BEDROCK_MODEL), {
      logger: silentLogger,
      env: { AWS_REGION: AWS.region, ANTHROPIC_BEDROCK_BASE_URL: server.url },
    });
    await expect(engine.dream(makeInput())).rejects.toThrow(/SigV4 signature does not match/);
  });

  it('sends an adaptive-thinking model its effort and no forced tool choice, whatever the provider calls it', async () => {
    expect(isAdaptiveOnly('global.anthropic.claude-sonnet-5-5-v1:0')).toBe(true);
    expect(isAdaptiveOnly('claude-sonnet-5-5@20260901')).toBe(true);
    expect(isAdaptiveOnly('anthropic.claude-haiku-4-5-20251001-v1:0')).toBe(false);
    expect(priceFor('us.anthropic.claude-sonnet-4-5-20250929-v1:0')).toEqual(priceFor('claude-sonnet-4-5'));
    expect(priceFor('claude-sonnet-4-5@20250929').exact).toBe(true);
    server = await AnthropicReplayServer.start({ providers: { bedrock: AWS } });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    const engine = await createEngine(claudeOn('bedrock', 'global.anthropic.claude-sonnet-5-5-v1:0'), {
      logger: silentLogger,
      env: { AWS_REGION: AWS.region, ANTHROPIC_BEDROCK_BASE_URL: server.url },
    });
    await engine.dream(makeInput());
    const body = server.messageRequests('analyst')[0]!.body;
    expect(body.tool_choice).toMatchObject({ type: 'auto' });
    expect(body.output_config).toEqual({ effort: 'medium' });
  });
});

describe('the claude engine on Google Vertex AI', () => {
  const VERTEX = { project: 'dream-test-project', region: 'us-east5', token: 'ya29.test-only-token' };
  const authClient = () => {
    const c = new OAuth2Client();
    c.setCredentials({ access_token: VERTEX.token, expiry_date: Date.now() + 3_600_000 });
    return c;
  };

  it('posts to the publisher model :rawPredict with the bearer token, and counts tokens there too', async () => {
    server = await AnthropicReplayServer.start({ providers: { vertex: VERTEX }, countRatio: 1.5 });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    const engine = await createClaudeEngine({
      provider: 'vertex',
      model: 'claude-haiku-4-5@20251001',
      region: VERTEX.region,
      projectId: VERTEX.project,
      baseURL: server.url,
      googleAuthClient: authClient(),
      maxRetries: 0,
    });
    const result = await engine.dream(makeInput());
    const call = server.messageRequests('analyst')[0]!;
    expect(call.problems).toEqual([]);
    expect(call.wire!.path).toBe(
      `/projects/${VERTEX.project}/locations/us-east5/publishers/anthropic/models/claude-haiku-4-5@20251001:rawPredict`,
    );
    const counted = server.requests.filter((r) => r.path === '/v1/messages/count_tokens');
    expect(counted.map((r) => r.wire?.path)).toEqual([
      `/projects/${VERTEX.project}/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict`,
    ]);
    expect(result.usage.costUsdByModel['claude-haiku-4-5@20251001']).toBeGreaterThan(0);
  });

  it('is refused without the token', async () => {
    server = await AnthropicReplayServer.start({ providers: { vertex: { ...VERTEX, token: 'another' } } });
    const engine = await createClaudeEngine({
      provider: 'vertex',
      model: 'claude-haiku-4-5@20251001',
      region: VERTEX.region,
      projectId: VERTEX.project,
      baseURL: server.url,
      googleAuthClient: authClient(),
      maxRetries: 0,
    });
    await expect(engine.dream(makeInput())).rejects.toThrow(/bearer token/);
  });
});

describe('what a provider cannot do is refused before anything is read', () => {
  it.each([
    ['bedrock', {}, /provider bedrock needs AWS_REGION/],
    ['vertex', {}, /provider vertex needs CLOUD_ML_REGION/],
  ] as const)('%s without its region names the variable', async (provider, env, message) => {
    await expect(createEngine(claudeOn(provider, 'some-model'), { logger: silentLogger, env })).rejects.toThrow(message);
  });

  it('a provider model id is required, with an example of its shape', async () => {
    await expect(createEngine(claudeOn('bedrock'), { logger: silentLogger, env: { AWS_REGION: 'us-east-1' } })).rejects.toThrow(
      /provider bedrock needs the model id enabled in your account: pass --model \(for example us\.anthropic\./,
    );
    await expect(createEngine(claudeOn('vertex'), { logger: silentLogger, env: { CLOUD_ML_REGION: 'global' } })).rejects.toThrow(
      /pass --model \(for example claude-sonnet-4-5@/,
    );
  });

  it('batch mode, which neither serves', async () => {
    for (const provider of ['bedrock', 'vertex'] as const) {
      await expect(
        createEngine(claudeOn(provider, 'm'), {
          logger: silentLogger,
          env: { AWS_REGION: 'us-east-1', CLOUD_ML_REGION: 'global' },
          batch: true,
        }),
      ).rejects.toThrow(/--batch: .* does not serve the Message Batches API/);
    }
  });

  it('anthropic-dreams, whose Managed Agents API only Anthropic serves', async () => {
    for (const provider of ['bedrock', 'vertex'] as const) {
      const s: Settings = { ...claudeOn(provider, 'm'), engine: 'anthropic-dreams' };
      await expect(createEngine(s, { logger: silentLogger, env: { ANTHROPIC_API_KEY: 'k' } })).rejects.toThrow(
        /runs on Anthropic's hosted Dreams \(the Managed Agents API\), which (Amazon Bedrock|Google Vertex AI) does not serve/,
      );
    }
  });
});
