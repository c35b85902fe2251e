import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { AnthropicReplayServer } from '../../helpers/anthropic-server/index.js';
import { makeInput } from './fixtures.js';
import { createClaudeEngine, loadPrompt, MISSING_KEY_MESSAGE, priceFor, UsageMeter } from '../../../src/engine/claude/index.js';

let server: AnthropicReplayServer | undefined;
afterEach(async () => server?.close());

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('createClaudeEngine', () => {
  it('without a key, names the fix', async () => {
    await expect(createClaudeEngine({})).rejects.toThrow(MISSING_KEY_MESSAGE);
    await expect(createClaudeEngine({ apiKey: '  ' })).rejects.toThrow(
      'ANTHROPIC_API_KEY is not set: export it, or pass --engine offline (the default)',
    );
  });

  it('uses the key and base URL it is given and nothing from the environment', async () => {
    server = await AnthropicReplayServer.start();
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    const saved = process.env.ANTHROPIC_BASE_URL;
    process.env.ANTHROPIC_BASE_URL = 'http://127.0.0.1:9';
    try {
      const engine = await createClaudeEngine({ apiKey: 'k-test', baseURL: server.url, model: 'claude-haiku-4-5', maxRetries: 0 });
      expect(engine.name).toBe('claude');
      const result = await engine.dream(makeInput());
      expect(server.messageRequests('analyst')[0]!.body.model).toBe('claude-haiku-4-5');
      expect(result.usage.costUsdByModel['claude-haiku-4-5']).toBeGreaterThan(0);
    } finally {
      if (saved === undefined) delete process.env.ANTHROPIC_BASE_URL;
      else process.env.ANTHROPIC_BASE_URL = saved;
    }
  });
});

describe('usage and prices', () => {
  it('prices cache reads and writes separately, dated ids as their alias, unknown ids by family', () => {
    const m = new UsageMeter();
    m.add('claude-sonnet-4-5-20250929', {
      input_tokens: 1_000_000,
      output_tokens: 0,
      cache_creation_input_tokens: 1_000_000,
      cache_read_input_tokens: 1_000_000,
    } as never);
    expect(m.usage.costUsdByModel['claude-sonnet-4-5-20250929']).toBeCloseTo(3 + 3.75 + 0.3, 6);
    expect(m.guessedPrices.size).toBe(0);
    expect(priceFor('claude-sonnet-9').exact).toBe(false);
    expect(priceFor('claude-sonnet-9').price.input).toBeGreaterThan(0);
  });
});

describe('prompts', () => {
  it('are versioned markdown documents that load from source', () => {
    for (const name of ['system', 'analyst', 'curator', 'reviewer'] as const) {
      expect(loadPrompt(name)).toMatch(new RegExp(`^<!-- prompt: ${name} · version \\d+ -->`));
    }
  });

  it('are inlined by the esbuild bundle (loader .md: text) and load with no files beside it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dream-prompts-'));
    const entry = path.join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { loadPrompt } from ${JSON.stringify(path.join(repoRoot, 'src/engine/claude/prompts.ts'))};\nprocess.stdout.write(loadPrompt('curator'));\n`,
    );
    const outfile = path.join(dir, 'out', 'bundle.js');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      loader: { '.md': 'text' },
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);",
      },
    });
    const out = execFileSync(process.execPath, [outfile], { encoding: 'utf8', timeout: 10_000 });
    expect(out).toBe(loadPrompt('curator'));
  });
});
