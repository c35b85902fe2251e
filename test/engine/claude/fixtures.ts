/**
 * A small dream input built the way the pipeline builds it: texts pass through redactSecrets at
 * ingest, signals carry evidence pointing at transcript lines, memory has entries with ids.
 */
import Anthropic from '@anthropic-ai/sdk';
import { redactSecrets } from '../../../src/secrets/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { DreamInput, SessionOutline, Pattern, Signal, MemoryFile } from '../../../src/model/index.js';
import { silentLogger } from '../../../src/log.js';
import { ClaudeEngine, type ClaudeEngineOptions } from '../../../src/engine/claude/index.js';
import type { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';

/** Planted before redaction; none of these may reach a request body. */
export const PLANTED_SECRETS = [
  'sk-ant-api03-' + 'Zq8xV2mK9pL4nR7tW1yB3cD5fG6hJ8kM0oP2sU4vX6zA-bCdEfGhIj',
  'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8',
  'AKIA' + 'IOSFODNN7EXAMPLQ',
];

export function outline(id: string, file: string, text: string, agent: SessionOutline['agent'] = 'claude-code'): SessionOutline {
  return {
    id,
    agent,
    format: agent === 'codex' ? 'codex-rollout' : 'claude-code-jsonl',
    sourceFile: file,
    contentHash: id.padEnd(64, '0'),
    counts: { events: 40, toolCalls: 12, toolErrors: 2, userPrompts: 3 },
    outline: redactSecrets(text),
  };
}

export function signal(sessionId: string, file: string, line: number, quote: string, agent: Signal['agent'] = 'claude-code'): Signal {
  return {
    kind: 'error_then_fix',
    sessionId,
    agent,
    signature: 'mix test fails without MIX_ENV',
    summary: redactSecrets(`mix test failed, then MIX_ENV=test mix test passed (${quote.slice(0, 20)})`),
    lesson: 'Run tests with MIX_ENV=test mix test',
    failed: 'mix test',
    fixed: 'MIX_ENV=test mix test',
    evidence: [{ session: sessionId, file, line, quote: redactSecrets(quote), agent }],
  };
}

export const S1 = { id: 'sess-a1', file: '.dreaming/sessions/a1.jsonl' };
const S2 = { id: 'sess-b2', file: '.dreaming/sessions/b2.jsonl' };
export const S3 = { id: 'sess-c3', file: '.dreaming/sessions/c3.jsonl' };

export const MEMORY: MemoryFile[] = [
  {
    path: 'CLAUDE.md',
    kind: 'claude',
    readBy: ['claude-code', 'claude-sdk'],
    text: '# Project\n\n## Testing\n- Run `mix test` before committing.\n- Use the staging database for experiments.\n',
    entries: [
      {
        id: 'e-test',
        file: 'CLAUDE.md',
        headingPath: ['Project', 'Testing'],
        kind: 'bullet',
        startLine: 4,
        endLine: 4,
        text: '- Run `mix test` before committing.',
      },
      {
        id: 'e-db',
        file: 'CLAUDE.md',
        headingPath: ['Project', 'Testing'],
        kind: 'bullet',
        startLine: 5,
        endLine: 5,
        text: '- Use the staging database for experiments.',
      },
    ],
  },
];

export function makeInput(extra: Partial<DreamInput> = {}): DreamInput {
  const sig1 = signal(S1.id, S1.file, 12, `** (Mix) mix test requires MIX_ENV=test; token ${PLANTED_SECRETS[0]}`);
  const sig2 = signal(S2.id, S2.file, 30, `** (Mix) mix test requires MIX_ENV=test with ${PLANTED_SECRETS[1]}`);
  const pattern: Pattern = {
    id: 'pat-mixenv',
    kind: 'error_then_fix',
    signature: sig1.signature,
    summary: 'mix test fails unless MIX_ENV=test is set',
    lesson: 'Run tests with MIX_ENV=test mix test',
    support: { sessions: 2, agents: 1 },
    sessions: [S1.id, S2.id],
    agents: ['claude-code'],
    signals: [sig1, sig2],
  };
  return {
    repoDir: '/nonexistent',
    sessions: [
      outline(
        S1.id,
        S1.file,
        `prompt: fix the failing tests\n$ mix test -> error ** (Mix) mix test requires MIX_ENV=test\nexport AWS_KEY=${PLANTED_SECRETS[2]}\n$ MIX_ENV=test mix test -> ok`,
      ),
      outline(
        S2.id,
        S2.file,
        `prompt: add a migration\n$ mix test -> error ** (Mix) mix test requires MIX_ENV=test\n$ MIX_ENV=test mix test -> ok`,
      ),
      outline(S3.id, S3.file, 'prompt: rename the module\n$ mix compile -> ok', 'codex'),
    ],
    signals: [sig1, sig2],
    patterns: [pattern],
    oneOffs: [],
    memory: MEMORY,
    suppressedEditIds: new Set(),
    options: { ...defaultDreamOptions },
    logger: silentLogger,
    ...extra,
  };
}

export const EV1 = { session: S1.id, file: S1.file, line: 12, quote: '** (Mix) mix test requires MIX_ENV=test' };
export const EV2 = { session: S2.id, file: S2.file, line: 30, quote: 'mix test requires MIX_ENV=test' };

export const LESSONS = {
  lessons: [
    {
      lesson: 'Run tests with `MIX_ENV=test mix test`.',
      kind: 'error_then_fix',
      scope: { type: 'agent', value: 'claude-code' },
      evidence: [EV1, EV2],
      patternId: 'pat-mixenv',
    },
  ],
};

export const CURATOR_EDITS = {
  edits: [
    {
      ref: 'e1',
      op: 'update',
      file: 'CLAUDE.md',
      entryId: 'e-test',
      after: '- Run `MIX_ENV=test mix test` before committing.',
      rationale: 'mix test fails without MIX_ENV=test in two sessions',
      evidence: [EV1, EV2],
      patternId: 'pat-mixenv',
    },
    {
      ref: 'e2',
      op: 'add',
      file: 'CLAUDE.md',
      section: ['Project', 'Testing'],
      after: '- Never point experiments at production.',
      rationale: 'seen twice',
      evidence: [EV1, EV2],
    },
  ],
};

/** Keeps every edit the reviewer is shown (ids are read from the request). */
export function keepAll(req: { raw: string }): { kind: 'tool'; input: unknown } {
  const ids = [...req.raw.matchAll(/edit id=(e_[0-9a-f]{12})/g)].map((m) => m[1]!);
  return { kind: 'tool', input: { verdicts: [...new Set(ids)].map((id) => ({ id, verdict: 'keep', reason: 'specific and supported' })) } };
}

export function engineFor(
  server: AnthropicReplayServer,
  opts: Partial<ClaudeEngineOptions> & { maxRetries?: number; timeout?: number } = {},
): ClaudeEngine {
  const { maxRetries, timeout, ...rest } = opts;
  const client = new Anthropic({ apiKey: 'test-key', baseURL: server.url, maxRetries: maxRetries ?? 2, timeout: timeout ?? 5_000 });
  return new ClaudeEngine({ client, model: 'claude-sonnet-5-5', maxTokens: 4_000, ...rest });
}

/** The parts of a recorded Messages request body the tests read. */
export interface WireBody {
  model: string;
  max_tokens: number;
  stream?: boolean;
  system: { text: string; cache_control?: unknown }[];
  tools: { name: string; strict?: boolean }[];
  tool_choice: unknown;
  output_config?: unknown;
  messages: { content: { text: string; cache_control?: unknown }[] }[];
}
export const wire = (r: { body: unknown }): WireBody => r.body as WireBody;
