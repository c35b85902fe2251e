/**
 * English sentences that open with "always"/"never" but order nothing, each of which became memory on main when said in
 * two sessions (probe5): a gerund as the subject ("Always running the migrations first would be slower"), the frame
 * fronted before an auxiliary and its subject ("Never again will I use yarn"), an adjective with "be" dropped ("Always
 * happy to help", once learnt as "Use glad when …"; statements.ts), and an order closed by an ironic tag ("Never test
 * anything, genius.", "…, why not."; jokes.ts). Tested with other words than the probes'. Controls: plain forms that end
 * in "-ing" ("ping", "bring"), "never again" before an order, "have" before a thing, a dash before a reason.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('"always"/"never" opening a statement or an ironic order, said in two sessions', () => {
  it.each([
    'Always rebuilding the cache by hand gets old fast.',
    'Never merging on Fridays has saved us before.',
    'Never before have I seen the linter this slow.',
    'Always glad when the build is green.',
    'Never fun to debug the flaky e2e tests.',
    'Always curious why pnpm resolves it differently.',
    'Never write any tests, real genius.',
    'Always skip the code review, what could possibly go wrong.',
    'Always disable the type checker, brilliant idea.',
    'Never read the docs, said no one ever.',
    'Always commit the .env file, yeah right.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'Always ping the on-call channel before a deploy.',
    'Always bring the changelog up to date before tagging.',
    'Never again commit generated files.',
    'Always have the CI run the full suite before merging.',
    'Never use eval - it is a security hole.',
  ])('an order is still a rule: %s', async (said) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/\.$/, ''));
  });
});
