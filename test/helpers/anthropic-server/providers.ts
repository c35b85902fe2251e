/**
 * The Amazon Bedrock and Google Vertex AI wire formats of the Messages API, as the replay server
 * accepts them: each provider's path (the model in the URL, not the body), its auth (an AWS SigV4
 * signature, checked against the credentials the test gave the client; a Google bearer token) and
 * its body (`anthropic_version` in the body, no `model`). A request that passes becomes the canonical
 * `/v1/messages` request the rest of the server answers; one that does not gets the reason.
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

interface BedrockExpect {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

interface VertexExpect {
  project: string;
  region: string;
  token: string;
}

export interface ProviderExpectations {
  bedrock?: BedrockExpect;
  vertex?: VertexExpect;
}

export interface WireRequest {
  provider: 'bedrock' | 'vertex';
  /** The path as it came over the wire. */
  path: string;
  model: string;
  headers: IncomingHttpHeaders;
}

export type Translated =
  | { kind: 'none' }
  | { kind: 'problem'; status: number; message: string }
  | { kind: 'ok'; canonicalPath: string; body: Record<string, unknown>; wire: WireRequest };

const BEDROCK_PATH = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/;
const VERTEX_PATH = /^\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/anthropic\/models\/([^/:]+):(rawPredict|streamRawPredict)$/;

export function translateProviderRequest(req: {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: Record<string, unknown>;
  expect: ProviderExpectations;
}): Translated {
  const { method, headers, raw, body, expect } = req;
  const path = req.url.split('?')[0]!;
  const bedrock = BEDROCK_PATH.exec(path);
  if (bedrock && method === 'POST') {
    if (!expect.bedrock) return { kind: 'problem', status: 404, message: 'replay server: no Bedrock expected' };
    if (bedrock[2] !== 'invoke') return { kind: 'problem', status: 404, message: 'replay server: Bedrock event streams are not served' };
    const why = sigV4Problem({ method, path, headers, raw, aws: expect.bedrock }) ?? bodyProblem(headers, body, true);
    if (why) return { kind: 'problem', status: 403, message: why };
    const model = decodeURIComponent(bedrock[1]!);
    return { kind: 'ok', canonicalPath: '/v1/messages', body: { ...body, model }, wire: { provider: 'bedrock', path, model, headers } };
  }
  const vertex = VERTEX_PATH.exec(path);
  if (vertex && method === 'POST') {
    const v = expect.vertex;
    if (!v) return { kind: 'problem', status: 404, message: 'replay server: no Vertex expected' };
    if (headers.authorization !== `Bearer ${v.token}`)
      return { kind: 'problem', status: 401, message: 'Vertex: bearer token missing or wrong' };
    if (headers['x-api-key']) return { kind: 'problem', status: 400, message: 'Vertex: an Anthropic API key was sent to Google' };
    const [, project, region, model, method_] = vertex;
    if (project !== v.project || region !== v.region)
      return { kind: 'problem', status: 404, message: `Vertex: no project ${project} in ${region}` };
    const stream = method_ === 'streamRawPredict';
    const wire: WireRequest = { provider: 'vertex', path, model: decodeURIComponent(model!), headers };
    if (model === 'count-tokens') {
      return { kind: 'ok', canonicalPath: '/v1/messages/count_tokens', body, wire };
    }
    const why =
      bodyProblem(headers, body, false) ?? (stream !== (body.stream === true) ? 'Vertex: stream flag and method disagree' : undefined);
    if (why) return { kind: 'problem', status: 400, message: why };
    return { kind: 'ok', canonicalPath: '/v1/messages', body: { ...body, model: wire.model }, wire };
  }
  return { kind: 'none' };
}

/** Both providers take the API version in the body and the model from the URL. */
function bodyProblem(headers: IncomingHttpHeaders, body: Record<string, unknown>, bedrock: boolean): string | undefined {
  const who = bedrock ? 'Bedrock' : 'Vertex';
  if (typeof body.anthropic_version !== 'string') return `${who}: anthropic_version missing from the body`;
  if (headers['anthropic-version']) return `${who}: anthropic-version must be in the body, not a header`;
  if ('model' in body) return `${who}: model belongs in the URL, not the body`;
  if (bedrock && 'stream' in body) return 'Bedrock: stream is chosen by the path, not the body';
  return undefined;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/**
 * Recomputes the request's AWS Signature Version 4 with the secret the test gave the client, as
 * Bedrock would: a request signed with other credentials, for another region or service, or altered
 * after signing, fails. Path segments are encoded twice, as SigV4 wants for services other than S3.
 */
function sigV4Problem(req: {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  aws: BedrockExpect;
}): string | undefined {
  const { method, path, headers, raw, aws } = req;
  if (headers['x-api-key']) return 'Bedrock: an Anthropic API key was sent to AWS';
  const auth =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      String(headers.authorization ?? ''),
    );
  if (!auth) return 'Bedrock: no SigV4 Authorization header';
  const [, keyId, day, region, service, signedHeaders, signature] = auth;
  if (keyId !== aws.accessKeyId) return `Bedrock: signed with access key ${keyId}, not the one given`;
  if (region !== aws.region || service !== 'bedrock') return `Bedrock: signed for ${service} in ${region}`;
  const amzDate = String(headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(day!)) return 'Bedrock: x-amz-date missing or not the credential scope day';
  const names = signedHeaders!.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) return 'Bedrock: host and x-amz-date must be signed';
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const payloadHash = typeof headers['x-amz-content-sha256'] === 'string' ? headers['x-amz-content-sha256'] : sha256(raw);
  const canonicalUri = path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  const canonical = [method, canonicalUri, '', canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${aws.secretAccessKey}`, day!), region!), service!), 'aws4_request');
  if (createHmac('sha256', key).update(toSign).digest('hex') !== signature) return 'Bedrock: SigV4 signature does not match';
  return undefined;
}
