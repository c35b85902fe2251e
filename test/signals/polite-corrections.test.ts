import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { session, type Step } from './session-builder.js';

// A correction asked politely: the user says what the agent's work used and asks for another thing *instead*
// ("Your test was using unittest, could you use pytest instead?"). Prompt-only logs (Gemini CLI's logs.json)
// hold nothing but such turns, so the user's words must carry both sides. Wordings written for this test,
// not taken from a session.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const prefs = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => s.signature.startsWith('prefer|') && !s.restated)
    .map((s) => s.lesson);
const said = (text: string) => prefs([{ user: 'Add tests for the parser.' }, { user: text }]);

describe('a polite request for an alternative is a preference', () => {
  it.each([
    ['Your test was using unittest, could you use pytest instead?', 'Use pytest, not unittest.'],
    ['You used moment here; can you use date-fns instead?', 'Use date-fns, not moment.'],
    ['This is using axios. Can we switch to fetch instead?', 'Use fetch, not axios.'],
    [
      "Your change relied on Google's gson library. Hmm, your code uses Google's gson, could you go with jackson instead?",
      'Use jackson, not gson.',
    ],
  ])('%s', (text, lesson) => {
    expect(said(text)).toEqual([lesson]);
  });

  it('names the rejected thing in the same question only when the agent chose it', () => {
    const ran = (cmd: string, text: string) => prefs([{ run: cmd, ok: true, out: 'ok' }, { user: text }]);
    expect(ran('npx jest', 'Could you use vitest instead of jest?')).toEqual(['Use vitest, not jest.']);
    expect(ran('flake8 src', 'Would you please use ruff instead of flake8?')).toEqual(['Use ruff, not flake8.']);
    // The agent never ran what the question rejects: a proposal to change the product, not a correction.
    expect(ran('npm test', 'Could we use websockets instead of polling here?')).toEqual([]);
    expect(said('Could you use vitest instead of jest?')).toEqual([]);
  });

  it('clusters the polite and the blunt wording of one preference across sessions', () => {
    const turns = ['Your tests were using unittest, can you use pytest instead?', 'Use pytest, not unittest.'];
    const signals = turns.flatMap((text, i) => mineSession(session(`s${i}`, [{ user: 'Write the tests.' }, { user: text }]), noMemory));
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|pytest', 2]]);
  });
});

describe('what is not a polite correction', () => {
  it.each([
    // A fact about the work and a request for a command: nothing asked for instead.
    'It uses pnpm. Run pnpm test.',
    'You used pnpm, can you also run the tests?',
    // A description, not a thing to use.
    'Can you use a table instead?',
    // A question about options, not a request.
    'Should we use yarn instead?',
    // Bound to the moment.
    'Could you use pnpm instead for now?',
    // A pronoun names nothing.
    'It uses lodash, can you use it instead?',
    // A request for this task: no "instead".
    'can you use jq to parse this?',
    'This was using the old API, can you update it?',
    'You used npm. Can you use pnpm too?',
    // Asking why, not asking for.
    'Why did you use moment instead of dayjs?',
    // Nothing named as what the work used.
    'Can you use pytest instead?',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });
});
