/**
 * One claude-engine pass whose model proposes exactly one sentence: the real SDK against the replay server, `runDream`
 * over `repo/sessions/*.jsonl` with every guard. The analyst and curator answer `after` with `evidence`, the reviewer
 * keeps every edit, so what lands or is refused is the guards' verdict on that one sentence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { runDream } from '../../src/pipeline/run.js';
import { ClaudeEngine } from '../../src/engine/claude/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { AnthropicReplayServer } from './anthropic-server/index.js';

export interface Cite {
  session: string;
  file: string;
  line: number;
  quote: string;
}

/** Where a quote sits in a transcript, as a model that read it would cite it. */
export function cite(repo: string, file: string, id: string, quote: string): Cite {
  const lines = readFileSync(path.join(repo, file), 'utf8').split('\n');
  const needle = JSON.stringify(quote).slice(1, -1);
  const line = lines.findIndex((l) => l.includes(needle)) + 1;
  if (line === 0) throw new Error(`no line holds ${quote}`);
  return { session: id, file, line, quote };
}

/** The pass, what the guards refused (`by: reason` a line) and what was written to memory. */
export async function dreamOneEdit(repo: string, edit: { after: string; rationale: string; evidence: readonly Cite[] }) {
  const { after, rationale, evidence } = edit;
  const server = await AnthropicReplayServer.start();
  try {
    const lesson = { lesson: after.slice(2), kind: 'instruction', scope: { type: 'agent', value: 'claude-code' }, evidence };
    server.script('analyst', { kind: 'tool', input: { lessons: [lesson] } });
    server.script('curator', { kind: 'tool', input: { edits: [{ ref: 'e1', op: 'add', file: 'CLAUDE.md', after, rationale, evidence }] } });
    server.fallback('reviewer', (req: { raw: string }) => {
      const ids = [...req.raw.matchAll(/edit id=(e_[0-9a-f]{12})/g)].map((m) => m[1]!);
      return { kind: 'tool', input: { verdicts: [...new Set(ids)].map((id) => ({ id, verdict: 'keep', reason: 'supported' })) } };
    });
    const client = new Anthropic({ apiKey: 'one-edit-key', baseURL: server.url, maxRetries: 0, timeout: 10_000 });
    const run = await runDream({
      repoDir: repo,
      sessions: ['sessions/*.jsonl'],
      engine: new ClaudeEngine({ client, model: 'claude-sonnet-5-5', maxTokens: 4_000 }),
      options: { ...defaultDreamOptions, minSupport: 2 },
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-20T00:00:00Z'),
    });
    const rejected = run.report.rejected.map((r) => `${r.by}: ${r.reason}`).join('\n');
    return { run, rejected, written: run.changes.map((c) => c.after).join('\n') };
  } finally {
    await server.close();
  }
}
