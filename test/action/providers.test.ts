/**
 * `provider: bedrock | vertex` through run(): errors that name the input or the variable to set, and
 * a whole pass whose engine reaches Claude through Bedrock's wire format (SigV4-signed with the
 * static credentials a configure-aws-credentials step leaves in the environment).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';
import { AnthropicReplayServer } from '../helpers/anthropic-server/index.js';

let w: ActionWorld | undefined;
let server: AnthropicReplayServer | undefined;
const AWS_VARS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_BEARER_TOKEN_BEDROCK'];
const saved = Object.fromEntries(AWS_VARS.map((k) => [k, process.env[k]]));
afterEach(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await w?.close();
  await server?.close();
  w = server = undefined;
});

const two = () => Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]);

describe('the provider input', () => {
  it('names the input or the variable that is missing, never a CLI flag', async () => {
    w = await makeActionWorld(two());
    const bad = await w.act({ engine: 'claude', provider: 'azure' });
    expect(bad.failed).toMatch(/input provider must be one of anthropic, bedrock, vertex, got "azure"/);
    const noModel = await w.act({ engine: 'claude', provider: 'bedrock' });
    expect(noModel.failed).toMatch(/`provider: bedrock` needs the `model` input: the Amazon Bedrock model id enabled in your account/);
    const noRegion = await w.act({ engine: 'claude', provider: 'bedrock', model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' });
    expect(noRegion.failed).toMatch(
      /`provider: bedrock` needs AWS_REGION in the step's environment: set `aws-region` on aws-actions\/configure-aws-credentials/,
    );
    const vertex = await w.act({ engine: 'claude', provider: 'vertex', model: 'claude-sonnet-4-5@20250929' });
    expect(vertex.failed).toMatch(/`provider: vertex` needs CLOUD_ML_REGION/);
    const dreams = await w.act({ engine: 'anthropic-dreams', provider: 'vertex', 'anthropic-api-key': 'k' });
    expect(dreams.failed).toMatch(
      /`engine: anthropic-dreams` runs on Anthropic's hosted Dreams .* which Google Vertex AI does not serve: set `engine: claude`/,
    );
    // No Anthropic key is asked for when Claude is reached through a cloud provider.
    for (const r of [noModel, noRegion, vertex]) expect(r.failed).not.toMatch(/anthropic-api-key|--model|--provider/);
    expect(w.fake.pulls).toHaveLength(0);
  });

  it('runs a pass through Amazon Bedrock with the job environment', async () => {
    const aws = { accessKeyId: 'AKIDEXAMPLEACTIONTEST', secretAccessKey: 'test-only/action-secret', region: 'us-west-2' };
    for (const k of AWS_VARS) delete process.env[k];
    process.env.AWS_ACCESS_KEY_ID = aws.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = aws.secretAccessKey;
    server = await AnthropicReplayServer.start({ providers: { bedrock: aws } });
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    w = await makeActionWorld(two());
    const model = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
    const r = await w.act({ engine: 'claude', provider: 'bedrock', model }, undefined, {
      AWS_REGION: aws.region,
      ANTHROPIC_BEDROCK_BASE_URL: server.url,
    });
    expect(r.failed).toBeUndefined();
    const calls = server.messageRequests('analyst');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.wire?.provider === 'bedrock' && c.wire.model === model && c.problems.length === 0)).toBe(true);
    expect(r.report?.usage.requests).toBe(calls.length);
  }, 60_000);
});
