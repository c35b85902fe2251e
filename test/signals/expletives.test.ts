import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// A swear word says how angry, never what. A real Codex session (round 16) rejected the agent's patch with a
// shouted, sworn "no X, use Y" and the pass learnt nothing, because "no <swear> X" named the swear as the thing.
// The wordings below were written for the rule, about other tools than that session.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => !s.restated)
    .map((s) => s.lesson);
const said = (text: string, before: Step[] = []) => lessons([...before, { user: text }]);
const ran = (command: string): Step => ({ run: command, ok: true, out: 'ok' });

describe('a swear word inside a correction is dropped, the correction kept', () => {
  it.each([
    ['We do not fucking use yarn! Use pnpm.', 'yarn install', 'Use pnpm, not yarn.'],
    ['NO BLOODY NPM. bun.', 'npm i', 'Use bun, not npm.'],
    ['Stop using freaking pip, use uv.', 'pip install requests', 'Use uv, not pip.'],
    ['Not jest, goddamn it - vitest.', 'npx jest', 'Use vitest, not jest.'],
    ['no damn poetry!!! use fucking uv', 'poetry install', 'Use uv, not poetry.'],
  ])('%s', (text, command, lesson) => {
    expect(said(text, [ran(command)])).toEqual([lesson]);
  });

  // Each sworn sentence teaches what its calm twin teaches, and something: the swear changes nothing but the quote.
  it.each([
    ['Always fucking run the tests before you commit.', 'Always run the tests before you commit.', 'git commit -m wip'],
    ['Never freaking commit to main!', 'Never commit to main!', 'git commit -m wip'],
    ['yarn?? seriously? we use bloody pnpm here', 'yarn?? seriously? we use pnpm here', 'yarn install'],
    ['Use damn ruff, not flake8.', 'Use ruff, not flake8.', 'flake8 .'],
    ['Dammit, pnpm not npm', 'pnpm not npm', 'npm i'],
    ['Stop effing running the migrations.', 'Stop running the migrations.', 'npm run migrate'],
  ])('%s', (sworn, calm, command) => {
    const got = said(sworn, [ran(command)]);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(said(calm, [ran(command)]));
  });

  it('keeps a prohibition said with a swear, and the lesson never quotes the swear', () => {
    const got = said("Don't fucking push to main.", [ran('git push origin main')]);
    expect(got.join(' ')).not.toMatch(/fuck/i);
    expect(got).toEqual(said("Don't push to main.", [ran('git push origin main')]));
    expect(got.length).toBeGreaterThan(0);
  });
});

describe('swearing alone teaches nothing', () => {
  it.each([
    'This fucking build is broken again!',
    'No fucking way.',
    'Fucking finally, it works.',
    'What the fuck is this?',
    'Damn.',
    'Bloody hell, that took ages.',
  ])('%s', (text) => {
    expect(said(text, [ran('npm run build')])).toEqual([]);
  });
});
