/**
 * `dream run --engine claude` end to end: the CLI (run from source with tsx) on the bundled demo
 * repository, with ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL pointing at the replay server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer, type RecordedRequest, type Scripted } from '../../helpers/anthropic-server/index.js';
import { keepAll } from './fixtures.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const EVIDENCE_RE = /evidence: session=(\S+) file=(\S+) line=(\d+) quote="((?:[^"\\]|\\.)*)"/g;

/** The evidence lines a request showed, so scripted answers cite only what the model could see. */
function shownEvidence(req: RecordedRequest) {
  const body = req.body as { messages: { content: { text: string }[] }[] };
  const text = body.messages[0]!.content.map((b) => b.text).join('\n');
  return [...text.matchAll(EVIDENCE_RE)].map((m) => ({ session: m[1]!, file: m[2]!, line: Number(m[3]), quote: m[4]! }));
}

let server: AnthropicReplayServer | undefined;
afterEach(async () => server?.close());

const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ANTHROPIC_API_KEY: '', ANTHROPIC_BASE_URL: '', ...env },
  });

describe('dream run --engine claude', () => {
  it('runs the pass against ANTHROPIC_BASE_URL and reports edits and usage', async () => {
    server = await AnthropicReplayServer.start();
    server.fallback('analyst', (r): Scripted => ({
      kind: 'tool',
      input: {
        lessons: [
          {
            lesson: 'Run tests with `PYTHONPATH=src pytest -q`.',
            kind: 'error_then_fix',
            scope: { type: 'agent', value: 'codex' },
            evidence: shownEvidence(r).slice(0, 4),
          },
        ],
      },
    }));
    server.fallback('curator', (r): Scripted => ({
      kind: 'tool',
      input: {
        edits: [
          {
            ref: 'a',
            op: 'add',
            file: 'AGENTS.md',
            after: '- Run tests with `PYTHONPATH=src pytest -q`.',
            rationale: 'pytest fails without src on the path',
            evidence: shownEvidence(r).slice(0, 4),
          },
        ],
      },
    }));
    server.fallback('reviewer', keepAll);
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'dream-cli-')), 'report.json');
    await cli(['run', '--repo', 'examples/demo', '--sessions', 'sessions/**/*.jsonl', '--engine', 'claude', '--report', out], {
      ANTHROPIC_API_KEY: 'k-test',
      ANTHROPIC_BASE_URL: server.url,
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.engine).toBe('claude');
    expect(server.messageRequests().map((r) => r.role)).toEqual(['analyst', 'curator', 'reviewer']);
    expect(report.edits.map((e: { after: string }) => e.after)).toEqual(['- Run tests with `PYTHONPATH=src pytest -q`.']);
    expect(report.usage.requests).toBe(3);
    expect(report.usage.costUsdByModel['claude-sonnet-5-5']).toBeGreaterThan(0);
  });

  it('without a key, fails with the message that names the fix', async () => {
    const err = await cli(['run', '--repo', 'examples/demo', '--sessions', 'sessions/**/*.jsonl', '--engine', 'claude'], {}).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((err as { code: number }).code).not.toBe(0);
    expect((err as { stderr: string }).stderr).toContain('ANTHROPIC_API_KEY is not set: export it, or pass --engine offline (the default)');
  });
});
