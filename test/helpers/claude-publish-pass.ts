/**
 * One real pass of the claude engine and a real publish: Claude Code sessions written into the publish world's
 * checkout, the engine through the real @anthropic-ai/sdk against the replay server (its analyst, curator and
 * reviewer answers scripted by the test), runDream with every guard, then publish() against the fake GitHub whose
 * calls are checked against @octokit/openapi. For tests of what model-written text reaches the PR.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { runDream, type DreamRunResult } from '../../src/pipeline/run.js';
import { ClaudeEngine } from '../../src/engine/claude/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';
import { AnthropicReplayServer } from './anthropic-server/index.js';
import { claudeCodeSession } from './transcript-builders.js';
import type { World } from '../publish/helpers.js';

export interface Cite {
  session: string;
  file: string;
  line: number;
  quote: string;
}

/** Sessions of the pass: each a file of Claude Code turns (`user` typed, `say` the agent's reply). */
export interface SessionSpec {
  id: string;
  turns: ({ user: string } | { say: string })[];
}

export const sessionFile = (id: string): string => `sessions/${id}.jsonl`;

/** A citation of the line of a session file that holds `quote`: the quote the transcript holds there. */
export function cite(w: World, id: string, quote: string): Cite {
  const file = sessionFile(id);
  const lines = readFileSync(path.join(w.repo.work, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(JSON.stringify(quote).slice(1, -1))) + 1;
  if (line === 0) throw new Error(`no line of ${file} holds ${quote}`);
  return { session: id, file, line, quote };
}

export interface ScriptedDream {
  /** The curator's edits, as the model writes them (`ref`, `op`, `file`, `after`, `rationale`, `evidence`...). */
  edits: Record<string, unknown>[];
  /** The reviewer's verdict on an edit, from its block in the review request; keep, "supported", when undefined. */
  verdict?: (block: string) => { verdict: 'keep' | 'drop'; reason: string } | undefined;
}

export interface PublishedDream {
  run: DreamRunResult;
  /** The PR body up to the state marker: what a reviewer reads. */
  shown: string;
  /** What `dream run` prints before the diff. */
  summary: string;
}

/** Writes the sessions into the checkout: cite() reads them, so before the edits that cite them are made. */
export function writeSessions(w: World, sessions: readonly SessionSpec[]): void {
  for (const [k, s] of sessions.entries()) {
    const file = path.join(w.repo.work, sessionFile(s.id));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, claudeCodeSession(s.id, `1${k}`, '/home/dev/web', s.turns));
  }
}

/** Dreams over the sessions writeSessions wrote, the claude engine answering as scripted, and publishes the result. */
export async function publishClaudeDream(w: World, dream: ScriptedDream): Promise<PublishedDream> {
  const server = await AnthropicReplayServer.start();
  try {
    // The analysts' lessons only feed the curator, whose answer the test scripts.
    const lessons = dream.edits.map((e) => ({
      lesson: String(e.after ?? e.rationale),
      kind: 'instruction',
      scope: { type: 'agent', value: 'claude-code' },
      evidence: e.evidence,
    }));
    server.script('analyst', { kind: 'tool', input: { lessons } });
    server.script('curator', { kind: 'tool', input: { edits: dream.edits } });
    server.fallback('reviewer', (req: { raw: string }) => {
      // The request as the wire carries it (JSON): each edit's block runs from its id to the next one.
      const raw = JSON.parse(req.raw) as unknown;
      const text = JSON.stringify(raw).replace(/\\n/g, '\n');
      const starts = [...text.matchAll(/edit id=(e_[0-9a-f]{12})/g)];
      const verdicts = starts.map((m, i) => ({
        id: m[1]!,
        ...(dream.verdict?.(text.slice(m.index, starts[i + 1]?.index)) ?? { verdict: 'keep' as const, reason: 'supported' }),
      }));
      return { kind: 'tool', input: { verdicts } };
    });
    const client = new Anthropic({ apiKey: 'pass-key', baseURL: server.url, maxRetries: 0, timeout: 10_000 });
    const run = await runDream({
      repoDir: w.repo.work,
      sessions: ['sessions/*.jsonl'],
      engine: new ClaudeEngine({ client, model: 'claude-sonnet-5-5', maxTokens: 4_000 }),
      options: { ...defaultDreamOptions, minSupport: 2 },
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-25T00:00:00Z'),
    });
    const out = await w.publishFrom(w.repo.work, {
      report: run.report,
      changes: run.changes,
      ledgerText: run.ledgerText,
      ledgerPath: '.dreaming/ledger.json',
    });
    if (w.fake.violations.length) throw new Error(`GitHub calls off the OpenAPI spec: ${JSON.stringify(w.fake.violations)}`);
    const body = out.operation === 'created' ? w.fake.pulls[0]!.body : '';
    return { run, shown: body.slice(0, body.indexOf('<!-- agent-dreaming:state')), summary: formatRunSummary(run.report) };
  } finally {
    await server.close();
  }
}
