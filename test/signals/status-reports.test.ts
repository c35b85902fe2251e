import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// A user reporting how something is ("X not working") after the agent's command is not asking for X
// instead of "working". Wordings written for this test, not taken from any transcript.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[]) => mineSession(session('s1', steps), noMemory).map((s) => s.lesson);
const afterRun = (text: string) => lessons([{ run: 'npm run dev', ok: true, out: 'ready on :3000' }, { user: text }]);

describe('a status report is not a preference', () => {
  it.each([
    'yes. servers not working',
    'tests not passing',
    'login still not working!',
    'page not loaded',
    'dev server not responding',
    'migrations not applied',
    'hot reload not found',
    'styles not there',
  ])('%s', (text) => {
    expect(afterRun(text)).toEqual([]);
  });

  it('still reads a preference between two things, with or without a verb, and tools named like states', () => {
    expect(afterRun('pnpm, not npm')).toEqual(['Use pnpm, not npm.']);
    expect(afterRun('vitest not jest')).toEqual(['Use vitest, not jest.']);
    expect(afterRun('awk, not sed')).toEqual(['Use awk, not sed.']);
    expect(afterRun('curl, not ping')).toEqual(['Use curl, not ping.']);
    // With the verb, the sentence asks for one thing over another, even one named by a gerund.
    expect(afterRun('use the logger, not printing')).toEqual(['Use the logger, not printing.']);
    expect(afterRun('use bun, not npm')).toEqual(['Use bun, not npm.']);
  });
});
