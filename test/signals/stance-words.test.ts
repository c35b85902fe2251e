import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// A stance word before "not" says how firmly, never what to use. A real Codex prompt log answered the agent's
// "TUI, browser or native?" with "Definitely not TUI." and the pass proposed "Use definitely, not tui.". The
// wordings below were written after the rule, in other words and about other tools than that log.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => !s.restated)
    .map((s) => s.lesson);
const said = (text: string, before: Step[] = []) => lessons([...before, { user: text }]);
const ran = (command: string): Step => ({ run: command, ok: true, out: 'ok' });

describe('a stance word is never the thing to use', () => {
  it.each([
    'Definitely not TUI.',
    'Absolutely not Docker.',
    'Probably not Redis, it is overkill.',
    'Maybe not GraphQL.',
    'Certainly not a TUI',
    'Surely not Go.',
    'Honestly not Kubernetes.',
    'Ideally not Electron.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
    // Said right after the agent ran something else, it is still no swap.
    expect(said(text, [ran('npm install')])).toEqual([]);
  });

  it('reads a hedged rejection as rejecting nothing', () => {
    expect(said('pnpm, not necessarily yarn', [ran('yarn install')])).toEqual([]);
  });
});

describe('a stance word strengthens a rejection that an alternative answers', () => {
  it.each([
    ['Definitely not yarn. Use pnpm.', 'yarn install', 'Use pnpm, not yarn.'],
    ['Absolutely not npm - bun.', 'npm i', 'Use bun, not npm.'],
    ['Obviously not pip. uv.', 'pip install requests', 'Use uv, not pip.'],
  ])('%s', (text, command, lesson) => {
    expect(said(text, [ran(command)])).toEqual([lesson]);
  });
});

describe('a strong word before the rule or its "not" keeps the rule; a hedge leaves none', () => {
  it.each([
    ['Definitely pnpm, not yarn.', 'Use pnpm, not yarn.'],
    ['Definitely use pnpm, not yarn.', 'Use pnpm, not yarn.'],
    ['pnpm, absolutely not yarn', 'Use pnpm, not yarn.'],
    ['Obviously, bun rather than npm.', 'Use bun, not npm.'],
  ])('%s', (text, lesson) => {
    expect(said(text, [ran('yarn install')])).toEqual([lesson]);
  });

  it.each(['Probably pnpm, not yarn.', 'pnpm, maybe not yarn', 'Maybe not yarn. Use pnpm.', 'Ideally bun rather than npm.'])(
    '%s',
    (text) => {
      expect(said(text, [ran('yarn install')])).toEqual([]);
    },
  );
});

describe('names that end like adverbs stay names', () => {
  it.each([
    ['plotly, not matplotlib', 'Use plotly, not matplotlib.'],
    ['fly, not heroku', 'Use fly, not heroku.'],
  ])('%s', (text, lesson) => {
    expect(said(text, [ran('pip install matplotlib')])).toEqual([lesson]);
  });
});
