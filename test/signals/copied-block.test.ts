import { describe, expect, it } from 'vitest';
import { copiedRulesBlock } from '../../src/signals/copied-block.js';

/** A long prompt: a scaffold of its own, then the rules under `heading`. */
const prompt = (task: string, heading: string, rules: string[]) =>
  [
    'You are working inside a managed session on the atlas repository.',
    '',
    '## Context',
    '- The service renders map tiles for the route planner.',
    '- Deploys go through the staging cluster first.',
    '',
    '## Task',
    task,
    'Open a pull request when the change is ready for review.',
    '',
    heading,
    ...rules,
  ].join('\n');

const RULES = ['- Always run tests before pushing.', '- Never commit directly to main.', '- Link the ticket in every commit message.'];

describe('copiedRulesBlock', () => {
  it('is the same for two prompts that copy one block around different tasks', () => {
    const a = copiedRulesBlock(prompt('Cache the tile responses for ten minutes.', '## Project Rules', RULES));
    const b = copiedRulesBlock(prompt('Add a retry to the upload worker.', '## Project Rules', RULES));
    expect(a).toBeDefined();
    expect(b).toBe(a);
  });

  it.each([
    ['another rules heading', 'Conventions:', RULES],
    ['a bold heading', '**Guidelines**', RULES],
    ['numbered items', '## House rules', RULES.map((r, i) => r.replace(/^- /, `${i + 1}. `))],
    ['drifted spacing and case', '## Project Rules', RULES.map((r) => `  ${r.toUpperCase()}   `)],
  ])('a copy under %s is the same block', (_, heading, rules) => {
    const base = copiedRulesBlock(prompt('Cache the tile responses.', '## Project Rules', RULES));
    expect(copiedRulesBlock(prompt('Add a retry to the upload worker.', heading, rules))).toBe(base);
  });

  it('differs when one rule differs', () => {
    const a = copiedRulesBlock(prompt('Cache the tile responses.', '## Project Rules', RULES));
    const b = copiedRulesBlock(prompt('Cache the tile responses.', '## Project Rules', [...RULES.slice(0, 2), '- Keep PRs small.']));
    expect(b).toBeDefined();
    expect(b).not.toBe(a);
  });

  it.each([
    ['a short message, read whole', '## Rules\n- Always run tests before pushing.\n- Never commit directly to main.'],
    ['one rule under the heading', prompt('Cache the tile responses.', '## Rules', ['- Always run tests before pushing.'])],
    ['rules under a task heading', prompt('Cache the tile responses.', '## Requirements', RULES)],
    ['no heading at all', prompt('Cache the tile responses.', '', RULES).replace(/^## .*$/gm, '')],
  ])('is none for %s', (_, text) => {
    expect(copiedRulesBlock(text)).toBeUndefined();
  });
});
