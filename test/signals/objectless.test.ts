/**
 * An order or prohibition whose verb needs an object and names none ("Don't delete by default.", a real sentence
 * of a request for a script's options that reached memory at --min-support 1) is a piece of a request, not a rule.
 * Variants and paraphrases the rule was not written from, beside rules of the same verbs that name what they act on
 * or when they apply.
 */
import { describe, expect, it } from 'vitest';
import { namesNoObject, pointsAtAManner } from '../../src/signals/objectless.js';

describe('instructions naming no object', () => {
  it.each([
    "Don't delete by default.",
    'do not overwrite by default',
    'Never upload by default!',
    "Please don't remove them by default.",
    'Stop deleting it by default.',
    'Avoid logging by default.',
    "Don't use by default.",
    'Never touch that again.',
    "Don't rename them here.",
    'Always include by default.',
    "Don't copy it.",
    'Never mock either.',
    'Never overwrite by default, the user passes --force for that.',
    "Don't delete by default - make it a flag.",
    "From now on, don't delete.",
    'Going forward never overwrite them.',
    'Henceforth, please do not modify.',
    'In the future, avoid renaming.',
    // A frame whose only object points back into the conversation (round 17: "avoid that, add partid as optional parameter…").
    'Avoid that, keep the old signature and pass the id in.',
    'Please avoid this.',
    'Stop that now!',
    "Don't do that again.",
    'never do this',
    'Stop doing that.',
    'avoid those, the query gets slower',
    // …and one whose tail says only when or how hard.
    'Never do that in the future.',
    'Avoid it at all costs!',
    "Don't touch that from now on",
    'stop doing this going forward',
  ])('"%s" names nothing to act on', (s) => {
    expect(namesNoObject(s)).toBe(true);
  });

  it.each([
    "Don't delete the migration files.",
    'Never delete migrations by default.',
    "Don't remove tests to make them pass.",
    "Don't delete without asking first.",
    'Never overwrite unless I say so.',
    "Don't use yarn by default.",
    'Always use pnpm.',
    "Don't touch that file.",
    "Don't push by default.",
    'Never commit automatically.',
    "Don't run the linter by default.",
    'Stop deleting the fixtures.',
    "Don't guess.",
    'Always log errors to stderr.',
    "Don't delete without asking, it is destructive.",
    "Don't remove the lockfile; CI needs it.",
    "From now on, don't delete the migration files.",
    'Going forward, never overwrite config.yaml.',
    'From now on, always use pnpm.',
    'Avoid that kind of hack in request handlers.',
    'Stop using npm, use pnpm.',
    "Don't do releases on Fridays.",
    'Avoid global state.',
    'Never do a force push to main.',
    "Don't delete the migrations in the future.",
    'Avoid global state at all costs.',
  ])('"%s" is left to the other checks', (s) => {
    expect(namesNoObject(s)).toBe(false);
  });
});

describe('a manner only pointed at (round 19: "你不要用这种sleep的方式", said in English)', () => {
  it.each([
    "Don't use sleep this way; I watch the dashboard myself.",
    'Never write migrations like that.',
    'do not format the changelog like this',
    "Don't name the branches the way you did.",
    'Never deploy the same way as before.',
    'Always run the benchmarks in that manner.',
  ])('"%s" points at a manner', (s) => {
    expect(pointsAtAManner(s)).toBe(true);
  });

  it.each([
    'Always pin versions this way: exact semver, no carets.',
    'Always use absolute imports, that way a move keeps the paths.',
    'Never load the tide tables the same way as the fixtures.',
    "Don't use sleep in tests, poll the job status instead.",
    'Name branches like feat/<ticket>-<slug>.',
  ])('"%s" says its manner', (s) => {
    expect(pointsAtAManner(s)).toBe(false);
  });
});
