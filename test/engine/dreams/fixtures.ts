/** Shared set-up for the dreams bridge tests: the real SDK against the local fake server. */
import Anthropic from '@anthropic-ai/sdk';
import { parseMemoryFile } from '../../../src/memory/parse.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { DreamInput, Logger } from '../../../src/model/index.js';
import type { ManagedAgentsServer } from '../../helpers/managed-agents-server/index.js';

export const CLAUDE_MD = [
  '# Project notes',
  '',
  '## Build',
  '',
  '- Run `npm test` before committing.',
  '- Use pnpm, not npm.',
  '',
  '## Style',
  '',
  '- Prefer small modules.',
  '- Tabs for indentation.',
  '',
].join('\n');

export const AGENTS_MD = ['# Agents', '', '- Read CONTRIBUTING.md first.', ''].join('\n');

export function clientFor(server: ManagedAgentsServer, maxRetries = 0): Anthropic {
  return new Anthropic({ apiKey: 'sk-ant-test', baseURL: server.url, maxRetries });
}

export interface RecordingLogger extends Logger {
  lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

export function dreamInput(files: Record<string, string>, logger: Logger, overrides: Partial<DreamInput> = {}): DreamInput {
  return {
    repoDir: '/nonexistent-repo',
    sessions: [],
    signals: [],
    patterns: [],
    oneOffs: [],
    memory: Object.entries(files).map(([path, text]) => parseMemoryFile(path, text)),
    suppressedEditIds: new Set(),
    options: defaultDreamOptions,
    logger,
    ...overrides,
  };
}

/** Seeds n settled sessions with a couple of events each, created one second apart from `start`. */
export function seedSessions(server: ManagedAgentsServer, n: number, start = Date.parse('2026-11-01T00:00:00Z')): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(
      server.sessions.add({
        created_at: new Date(start + i * 1000).toISOString(),
        status: i % 2 === 0 ? 'idle' : 'terminated',
        events: [
          { type: 'user.message', content: [{ type: 'text', text: `task ${i}: fix the build` }] },
          { type: 'agent.message', content: [{ type: 'text', text: `done with task ${i}` }] },
        ],
      }),
    );
  }
  return ids;
}
