/**
 * GitHub's official OpenAPI description (@octokit/openapi) as a validator: which operation a request
 * is, whether its parameters and body are valid, and whether a response body matches the schema
 * for its status. Loaded once per test file; each operation's schemas compile on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface Operation {
  id: string;
  method: string;
  template: string;
  regex: RegExp;
  pathParams: string[];
  raw: Json;
}

export interface MatchedRequest {
  op: Operation;
  params: Record<string, string>;
}

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let cached: OpenApi | undefined;

export function loadOpenApi(): OpenApi {
  cached ??= new OpenApi();
  return cached;
}

export class OpenApi {
  readonly spec: Json;
  private readonly ajv: Ajv;
  /** Query and path parameters arrive as strings: this instance coerces them to the schema's type. */
  private readonly paramAjv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    const pkgDir = path.dirname(require.resolve('@octokit/openapi/package.json'));
    this.spec = JSON.parse(readFileSync(path.join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')) as Json;
    const opts = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
    this.ajv = addFormats(new Ajv(opts));
    this.ajv.addSchema(this.spec, 'gh');
    this.paramAjv = addFormats(new Ajv({ ...opts, coerceTypes: true }));
    this.paramAjv.addSchema(this.spec, 'gh');
    for (const [template, item] of Object.entries(this.spec.paths as Record<string, Json>)) {
      const pathParams: string[] = [];
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const m = /^\{(.+)\}$/.exec(part);
          if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          pathParams.push(m[1]!);
          return '([^/]+)';
        })
        .join('');
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const raw = item[method] as Json | undefined;
        if (!raw) continue;
        this.operations.push({
          id: raw.operationId as string,
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${source}$`),
          pathParams,
          raw: { ...raw, parameters: [...((item.parameters as unknown[]) ?? []), ...((raw.parameters as unknown[]) ?? [])] },
        });
      }
    }
    // Literal segments beat parameters: /pulls/comments before /pulls/{pull_number}.
    this.operations.sort((a, b) => a.pathParams.length - b.pathParams.length);
  }

  match(method: string, pathname: string): MatchedRequest | undefined {
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      op.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { op, params };
    }
    return undefined;
  }

  /** Problems with a request's path and query parameters and its JSON body; empty when valid. */
  validateRequest(req: MatchedRequest, query: URLSearchParams, body: unknown): string[] {
    const errors: string[] = [];
    const params = (req.op.raw.parameters as Json[]).map((p) => this.deref(p) as unknown as Parameter);
    for (const p of params) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const value = p.in === 'path' ? req.params[p.name] : (query.get(p.name) ?? undefined);
      if (value === undefined) {
        if (p.required) errors.push(`missing required ${p.in} parameter "${p.name}"`);
        continue;
      }
      if (!p.schema) continue;
      const holder = { v: value };
      const v = this.compile(`param:${req.op.id}:${p.name}`, { type: 'object', properties: { v: p.schema } }, this.paramAjv);
      if (!v(holder)) errors.push(`${p.in} parameter "${p.name}"=${JSON.stringify(value)}: ${this.format(v)}`);
    }
    const known = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
    for (const key of query.keys()) if (!known.has(key)) errors.push(`unknown query parameter "${key}"`);

    const rb = req.op.raw.requestBody ? (this.deref(req.op.raw.requestBody as Json) as Json) : undefined;
    const schema = (rb?.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
    if (body === undefined) {
      if (rb?.required) errors.push('missing required request body');
    } else if (!schema) {
      errors.push('this operation takes no JSON body');
    } else {
      const v = this.compile(`body:${req.op.id}`, schema, this.ajv);
      if (!v(body)) errors.push(`request body: ${this.format(v)}`);
    }
    return errors;
  }

  /** Problems with a response: a status the operation does not document, or a body off its schema. */
  validateResponse(op: Operation, status: number, body: unknown): string[] {
    const responses = op.raw.responses as Record<string, Json>;
    const doc = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!doc) return [`status ${status} is not documented for ${op.id}`];
    const res = this.deref(doc) as Json;
    const content = res.content as Record<string, { schema?: Json }> | undefined;
    const schema = content?.['application/json']?.schema ?? content?.['application/scim+json']?.schema;
    if (!schema) return body === undefined || body === '' ? [] : [`status ${status} of ${op.id} has no body in the spec`];
    const v = this.compile(`res:${op.id}:${status}`, schema, this.ajv);
    return v(body) ? [] : [`response ${status} of ${op.id}: ${this.format(v)}`];
  }

  /** Whether the spec gives the operation's answer with this status a JSON body. */
  documentsBody(op: Operation, status: number): boolean {
    const responses = op.raw.responses as Record<string, Json>;
    const doc = responses[String(status)];
    if (!doc) return true;
    const content = (this.deref(doc) as Json).content as Record<string, unknown> | undefined;
    return Boolean(content?.['application/json'] ?? content?.['application/scim+json']);
  }

  /** Validates a value against a named component schema (for building fixtures that are valid). */
  validateComponent(name: string, value: unknown): string[] {
    const v = this.compile(`component:${name}`, { $ref: `#/components/schemas/${name}` }, this.ajv);
    return v(value) ? [] : [this.format(v)];
  }

  example(name: string): unknown {
    const ex = (this.spec.components as Json).examples as Record<string, { value: unknown }>;
    return structuredClone(ex[name]!.value);
  }

  private compile(key: string, schema: Json, ajv: Ajv): ValidateFunction {
    let v = this.compiled.get(key);
    if (!v) {
      v = ajv.compile(rebase(schema));
      this.compiled.set(key, v);
    }
    return v;
  }

  private deref(node: Json): Json {
    let n = node;
    for (let i = 0; i < 10 && typeof n.$ref === 'string'; i++) {
      const ref = n.$ref as string;
      n = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((o, k) => (o as Json)[k.replace(/~1/g, '/').replace(/~0/g, '~')], this.spec) as Json;
    }
    return n;
  }

  private format(v: ValidateFunction): string {
    return (v.errors ?? [])
      .slice(0, 5)
      .map(
        (e) =>
          `${e.instancePath || '(root)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
      )
      .join('; ');
  }
}

/** Inline schemas point at "#/components/...": make those refs resolve in the spec added as "gh". */
function rebase(schema: unknown): Json {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const out: Json = {};
    for (const [k, v] of Object.entries(n as Json)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : walk(v);
    }
    return out;
  };
  return walk(schema) as Json;
}
