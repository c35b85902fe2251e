/**
 * The YAML config file (`config` input, `--config` flag). Validated with a JSON schema so that a typo
 * gets an error naming the file, the line and the key, instead of being silently ignored.
 */
import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { PROVIDER_NAMES } from '../model/index.js';
import type { Settings } from './settings.js';
import { INTEGER_SETTINGS, type IntegerBounds, type IntegerSetting } from './values.js';

/** What a config file may set: a subset of Settings, in the file's kebab-case spelling. */
export type ConfigOverrides = Partial<Omit<Settings, 'repoDir'>>;

/** The bounds the CLI flags and the Action inputs use too. */
function integerSchema(name: IntegerSetting): { type: 'integer'; minimum: number; maximum?: number } {
  const b: IntegerBounds = INTEGER_SETTINGS[name];
  return b.max === undefined ? { type: 'integer', minimum: b.min } : { type: 'integer', minimum: b.min, maximum: b.max };
}

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sessions: { type: 'array', items: { type: 'string', minLength: 1 } },
    memory: { type: 'array', items: { type: 'string', minLength: 1 } },
    engine: { enum: ['offline', 'claude', 'anthropic-dreams'] },
    provider: { enum: PROVIDER_NAMES },
    model: { type: 'string', minLength: 1 },
    'min-support': integerSchema('min-support'),
    'max-edits': integerSchema('max-edits'),
    'min-new-sessions': integerSchema('min-new-sessions'),
    budget: {
      type: 'object',
      additionalProperties: false,
      properties: { 'max-lines': { type: 'integer', minimum: 1 }, 'max-bytes': { type: 'integer', minimum: 1 } },
    },
    'max-delete-share': { type: 'number', minimum: 0, maximum: 1 },
    'max-entry-bytes': { type: 'integer', minimum: 16 },
    'unobserved-days': integerSchema('unobserved-days'),
    ledger: { type: 'string', minLength: 1 },
    instructions: { type: 'string', maxLength: 4096 },
    mode: { enum: ['dream', 'sync'] },
    'memory-store-id': { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
    'anthropic-session-ids': { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' }, uniqueItems: true },
    'keep-stores': { type: 'boolean' },
    'dream-timeout-minutes': integerSchema('dream-timeout-minutes'),
    'managed-sessions': {
      anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' }, uniqueItems: true }],
    },
  },
} as const;

// Compiled on the first config file read, not at import: a pass without one (most CLI runs) skips it.
let compiled: ValidateFunction | undefined;
const validate = (data: unknown): boolean => (compiled ??= new Ajv({ allErrors: true }).compile(schema))(data);
const validationErrors = () => compiled?.errors;

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

export async function loadConfigFile(file: string): Promise<ConfigOverrides> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config file: ${(e as Error).message}`, file);
  }
  return parseConfig(text, file);
}

export function parseConfig(text: string, file: string): ConfigOverrides {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new ConfigError(`invalid YAML: ${firstError.message.split('\n')[0]}`, file, line);
  }
  const data: unknown = doc.toJS() ?? {};
  if (!validate(data)) {
    const err = (validationErrors() ?? [])[0] as ErrorObject;
    // An unknown key is reported at the key itself, not at the map that holds it.
    const extra = err.keyword === 'additionalProperties' ? (err.params as { additionalProperty: string }).additionalProperty : undefined;
    const where = lineOf(doc.contents, extra ? `${err.instancePath}/${extra}` : err.instancePath, lineCounter);
    const key = err.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
    throw new ConfigError(`${key}: ${errorDetail(err, data)}`, file, where);
  }
  const c = data as Record<string, unknown>;
  const budget = c.budget as { 'max-lines'?: number; 'max-bytes'?: number } | undefined;
  const out: ConfigOverrides = {};
  if (c.sessions) out.sessions = c.sessions as string[];
  if (c.memory) out.memory = c.memory as string[];
  if (c.engine) out.engine = c.engine as Settings['engine'];
  if (c.provider) out.provider = c.provider as Settings['provider'];
  if (c.model) out.model = c.model as string;
  if (c['min-support'] !== undefined) out.minSupport = c['min-support'] as number;
  if (c['max-edits'] !== undefined) out.maxEdits = c['max-edits'] as number;
  if (c['min-new-sessions'] !== undefined) out.minNewSessions = c['min-new-sessions'] as number;
  if (budget) out.budget = { maxLines: budget['max-lines'] ?? 200, maxBytes: budget['max-bytes'] ?? 25 * 1024 };
  if (c['max-delete-share'] !== undefined) out.maxDeleteShare = c['max-delete-share'] as number;
  if (c['max-entry-bytes'] !== undefined) out.maxEntryBytes = c['max-entry-bytes'] as number;
  if (c['unobserved-days'] !== undefined) out.unobservedDays = c['unobserved-days'] as number;
  if (c.ledger) {
    const why = ledgerPathProblem(c.ledger as string);
    if (why) throw new ConfigError(`ledger: ${why}`, file, lineOf(doc.contents, '/ledger', lineCounter));
    out.ledgerPath = c.ledger as string;
  }
  if (c.instructions) out.instructions = c.instructions as string;
  if (c.mode) out.mode = c.mode as Settings['mode'];
  if (c['memory-store-id']) out.memoryStoreId = c['memory-store-id'] as string;
  if (c['anthropic-session-ids']) out.anthropicSessionIds = c['anthropic-session-ids'] as string[];
  if (c['keep-stores'] !== undefined) out.keepStores = c['keep-stores'] as boolean;
  if (c['dream-timeout-minutes'] !== undefined) out.dreamTimeoutMinutes = c['dream-timeout-minutes'] as number;
  if (c['managed-sessions'] !== undefined) out.managedSessions = c['managed-sessions'] as boolean | string[];
  return out;
}

/**
 * What is wrong, in the user's terms: an unknown key by name, a value outside a closed list with the
 * list (ajv says only "must be equal to one of the allowed values"), and a map or reduce `mode`
 * with why it cannot be a file's: each job of a sharded workflow runs its own mode (one shard maps,
 * another reduces), so it is the Action's `mode` input, beside `shard` or `digests`.
 */
function errorDetail(err: ErrorObject, data: unknown): string {
  if (err.keyword === 'additionalProperties') return `unknown key "${(err.params as { additionalProperty: string }).additionalProperty}"`;
  if (err.keyword !== 'enum') return err.message ?? 'invalid';
  const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
  const given = (data as Record<string, unknown>).mode;
  if (err.instancePath === '/mode' && (given === 'map' || given === 'reduce'))
    return `"${given}" is set per job of a sharded workflow: the Action's \`mode\` input beside \`${given === 'map' ? 'shard' : 'digests'}\`, or \`dream ${given}\` (docs/SHARDING.md); a config file's mode may be ${allowed}`;
  return `must be one of ${allowed}`;
}

/** The line of the YAML node at a JSON pointer, so errors point where the user must look. */
function lineOf(root: unknown, pointer: string, lc: LineCounter): number | undefined {
  let node = root as Node | null | undefined;
  for (const key of pointer.split('/').filter(Boolean)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
      node = (pair?.value as Node | undefined) ?? (pair?.key as Node | undefined);
    } else if (isSeq(node)) {
      node = node.items[Number(key)] as Node | undefined;
    } else break;
  }
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lc.linePos(offset).line;
}

/** The ledger is written by every pass: its path must stay inside the repository and out of `.git/`. */
function ledgerPathProblem(p: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\\:]|[\u0000-\u001f]/.test(p)) return `"${p}" may not contain backslashes, colons or control characters`;
  if (p.startsWith('/') || p.startsWith('~')) return `"${p}" must be relative to the repository`;
  const parts = p.split('/');
  if (parts.some((s) => s === '..')) return `"${p}" may not leave the repository`;
  if (parts.filter((s) => s !== '' && s !== '.')[0]?.toLowerCase() === '.git') return `"${p}" may not be under .git/`;
  return undefined;
}
