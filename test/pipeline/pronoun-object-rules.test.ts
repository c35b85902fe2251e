/**
 * A rule whose only object is a pronoun names nothing memory can show: "Next I would run `docker compose down -v`"
 * from the agent, then "Always run that before the integration tests." from the user, became memory on main as
 * "Always run that before the integration tests". The pronoun points at the agent's plan (a command that never ran)
 * or at something said just before; a condition after it does not say what it is. End to end in two agents' formats,
 * two sessions; verbs, pronouns and conditions other than the probe's. Controls: the same rules naming their object,
 * and a demonstrative before a noun ("this branch") is no pronoun object.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type WorldSession } from '../helpers/paraphrase-world.js';

const said = (agent: string, user: string): WorldSession[] =>
  (['claude', 'codex'] as const).map((format) => ({
    format,
    turns: [
      { user: 'The tide table rounds high water wrong; please fix it.' },
      { bash: 'git status', out: 'nothing to commit' },
      { say: agent },
      { user },
    ],
  }));

describe('an order whose object is only a pronoun', () => {
  it.each<[string, string]>([
    ['I could clear `.pytest_cache` before the run.', 'Always do that before you run the suite.'],
    ['Next I would rebuild the wheel with `python -m build`.', 'From now on, run it whenever you touch pyproject.toml.'],
    ['I can regenerate the fixtures with `make fixtures`.', 'Never do this on the release branch.'],
    ['Shall I pin `node` to 22 in `.nvmrc`?', 'always do that when you bump dependencies'],
  ])('%s / %s: proposes nothing', async (agent, user) => {
    expect(await addedLines(said(agent, user), 2)).toEqual([]);
  });
});

describe('controls', () => {
  it.each<[string, string, RegExp]>([
    ['I could clear the cache.', 'Always run `make clean` before you run the suite.', /make clean/],
    // Not "this branch": a rule about a thing only pointed at is no standing rule (this-thing.ts).
    ['I can regenerate the fixtures.', 'Never force-push to the main branch.', /force-push/i],
  ])('%s / %s: proposed', async (agent, user, about) => {
    expect((await addedLines(said(agent, user), 2)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
