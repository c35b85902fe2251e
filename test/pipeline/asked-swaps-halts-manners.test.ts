/**
 * Three ways an English sentence looked like a rule and was not, found by saying round 19's real sentences (a Chinese
 * ML researcher's Claude Code prompts, a Codex user's "can the frontend switch to bun?") in English in two sessions:
 * - a swap asked as a question ("Use bun instead of npm?") became "Use bun, not npm" — unless the agent had just run
 *   the rejected side, it asks about options (the rule polite requests already follow);
 * - "stop" before a thing ("Stop the GPU processes") halts that thing now, a step of the task, not a prohibition;
 * - a rule whose manner is only pointed at ("Don't use sleep this way") says nothing memory can show.
 * End to end through the real readers, miners and offline engine (paraphrase-world.ts), in sentences written for this
 * test, beside the rules of the same words that must stay.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const talk = (format: Format, said: string): WorldSession => ({
  format,
  turns: [{ user: 'The tide table build is slow.' }, { say: 'I can profile the build.' }, { user: said }, { say: 'OK.' }],
});
const afterRun = (format: Format, run: string, said: string): WorldSession => ({
  format,
  turns: [{ user: 'Set up the project.' }, { bash: run, out: 'done in 3.1s' }, { user: said }, { say: 'OK.' }],
});
const pair = (a: Format, b: Format, first: string, second: string) => addedLines([talk(a, first), talk(b, second)]);

describe('a swap asked as a question is no order', () => {
  it.each<[Format, Format, string, string]>([
    ['claude', 'codex', 'Use bun instead of npm?', 'bun rather than npm?'],
    ['prompt-log', 'claude', 'Use ruff, not flake8?', 'Use ruff, not flake8?'],
    ['codex', 'prompt-log', 'Switch to pnpm instead of yarn?', 'Switch to pnpm instead of yarn?'],
    ['claude', 'gemini', 'Use vitest instead of jest?!', 'Use vitest instead of jest?'],
  ])('%s and %s: "%s" / "%s"', async (a, b, first, second) => {
    expect(await pair(a, b, first, second)).toEqual([]);
  });

  it('right after the agent ran the rejected side, the question corrects it', async () => {
    const lines = await addedLines([
      afterRun('claude', 'npm install', 'Use pnpm instead of npm?'),
      afterRun('codex', 'npm install', 'pnpm rather than npm?'),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\bpnpm\b.*\bnpm\b/);
  });

  it('said, not asked, the swap is an order', async () => {
    const lines = await pair('claude', 'prompt-log', 'Use bun instead of npm.', 'Use bun instead of npm!');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\bbun\b/);
  });
});

describe('"stop" before a thing halts it now', () => {
  it.each<[Format, Format, string, string]>([
    ['claude', 'codex', 'Stop the GPU processes.', 'stop the GPU processes'],
    ['prompt-log', 'claude', 'Please stop the dev server', 'Stop the dev server.'],
    ['codex', 'gemini', 'Stop all the containers.', 'Stop all the containers'],
    ['claude', 'prompt-log', 'Stop these training jobs.', 'stop these training jobs'],
  ])('%s and %s: "%s"', async (a, b, first, second) => {
    expect(await pair(a, b, first, second)).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['Stop adding comments to every function.', /adding comments/],
    ['Stop and ask before deleting migrations.', /ask before deleting migrations/],
    ['Stop at the first failing test and show me its output.', /first failing test/],
  ])('what it stops doing, or when to halt, stays a rule: "%s"', async (said, names) => {
    const lines = await pair('claude', 'codex', said, said);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(names);
  });
});

describe('a manner only pointed at', () => {
  it.each<[Format, Format, string]>([
    ['claude', 'codex', "Don't use sleep this way, poll the job instead."],
    ['prompt-log', 'claude', 'Never write migrations like that.'],
    ['codex', 'prompt-log', "Don't format the changelog the way you did."],
    ['claude', 'gemini', 'Always name the branches this way.'],
  ])('%s and %s: "%s"', async (a, b, said) => {
    expect(await pair(a, b, said, said)).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ["Don't use sleep in tests, poll the job status instead.", /sleep in tests/],
    ['Never load the tide tables the same way as the fixtures.', /same way as the fixtures/],
  ])('with its manner said, the rule stays: "%s"', async (said, names) => {
    const lines = await pair('claude', 'codex', said, said);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(names);
  });
});
