/**
 * The claude engine on Amazon Bedrock and Google Vertex AI: Anthropic's own SDK clients, built by our
 * factory, against the replay server speaking each provider's wire format (Bedrock's
 * /model/{id}/invoke with a SigV4 signature recomputed from the test's fake static credentials;
 * Vertex's :rawPredict with a Google bearer token from a real google-auth-library client that holds
 * an unexpired token, so nothing leaves the loopback).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { OAuth2Client } from 'google-auth-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../helpers/anthropic-server/index.js';
import { makeInput } from './claude/fixtures.js';
import { createEngine } from '../../src/engine/index.js';
import { createClaudeEngine, priceFor } from '../../src/engine/claude/index.js';
import { initialToolChoice } from '../../src/engine/claude/call.js';
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
    expect(initialToolChoice('global.anthropic.claude-sonnet-5-5-v1:0')).toBe('auto');
    expect(initialToolChoice('claude-sonnet-5-5@20260901')).toBe('auto');
    expect(initialToolChoice('anthropic.claude-haiku-4-5-20251001-v1:0')).toBe('forced');
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

describe('the bundle', () => {
  it("carries both SDKs and their credential chains: an esbuild bundle like the Action's reaches Bedrock and Vertex", async () => {
    const vertex = { project: 'p-bundle', region: 'europe-west1', token: 'ya29.bundle-only' };
    server = await AnthropicReplayServer.start({ providers: { bedrock: AWS, vertex } });
    server.fallback('other', { kind: 'text', text: 'pong' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dream-providers-bundle-'));
    const entry = path.join(dir, 'entry.ts');
    const root = path.resolve(import.meta.dirname, '../..');
    writeFileSync(
      entry,
      [
        `import { OAuth2Client } from 'google-auth-library';`,
        `import { createProviderClient } from ${JSON.stringify(path.join(root, 'src/engine/providers.ts'))};`,
        `const url = process.env.REPLAY_URL;`,
        `const google = new OAuth2Client();`,
        `google.setCredentials({ access_token: ${JSON.stringify(vertex.token)}, expiry_date: Date.now() + 3600000 });`,
        `const limits = { maxRetries: 0, timeoutMs: 10000 };`,
        `const ask = { max_tokens: 16, messages: [{ role: 'user', content: 'ping' }] };`,
        `const b = await createProviderClient({ provider: 'bedrock', region: ${JSON.stringify(AWS.region)}, baseURL: url, ...limits });`,
        `const v = await createProviderClient({ provider: 'vertex', region: ${JSON.stringify(vertex.region)}, projectId: ${JSON.stringify(vertex.project)}, baseURL: url, googleAuthClient: google, ...limits });`,
        `const rb = await b.messages.create({ ...ask, model: 'anthropic.claude-haiku-4-5-20251001-v1:0' });`,
        `const rv = await v.messages.create({ ...ask, model: 'claude-haiku-4-5@20251001' });`,
        `process.stdout.write(JSON.stringify([rb.content, rv.content]));`,
      ].join('\n'),
    );
    const outfile = path.join(dir, 'out', 'bundle.js');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'silent',
      nodePaths: [path.join(root, 'node_modules')],
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    const { stdout } = await promisify(execFile)(process.execPath, [outfile], {
      encoding: 'utf8',
      timeout: 20_000,
      env: {
        PATH: process.env.PATH,
        REPLAY_URL: server.url,
        AWS_ACCESS_KEY_ID: AWS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: AWS.secretAccessKey,
      },
    });
    expect(JSON.parse(stdout)).toEqual([[{ type: 'text', text: 'pong' }], [{ type: 'text', text: 'pong' }]]);
    expect(server.requests.map((r) => [r.wire?.provider, r.problems])).toEqual([
      ['bedrock', []],
      ['vertex', []],
    ]);
  }, 60_000);
});
