/**
 * "Held" is said only when the fall in the rate is more than chance would give: had the lesson changed
 * nothing, each session that met it since would be hit at the old share, and as few hits as were seen
 * must come less than 5 times in 100. Otherwise the report says, in counts, that there are too few
 * sessions to say the lesson helped. The PR body shows every lesson's counts, not only the ones that
 * need a reviewer's eyes.
 */
import { describe, expect, it } from 'vitest';
import { chanceOfAsFew, lessonEfficacy, verdictOf } from '../../src/ledger/efficacy-verdict.js';
import { emptyTally, type LessonTally, type TrackedLesson } from '../../src/ledger/efficacy.js';
import { efficacySection } from '../../src/publish/efficacy.js';

const now = new Date('2026-12-01T00:00:00Z');
const AT = '2026-11-10T00:00:00.000Z';
/** Sessions that met the lesson and were hit, before and since (one episode a hit session). */
function tally(before: [hit: number, met: number], after: [hit: number, met: number]): LessonTally {
  const t = emptyTally();
  t.before = { sessions: before[1], episodes: before[0], hitSessions: before[0], exposed: before[1] };
  t.after = { sessions: after[1], episodes: after[0], hitSessions: after[0], exposed: after[1] };
  t.lastObserved = '2026-11-28T00:00:00.000Z';
  return t;
}
const judge = (t: LessonTally) => verdictOf(t, AT, { now, unobservedDays: 30 });

describe('held only past chance', () => {
  it.each([
    // A few sessions either side: a fall this small comes by chance 1 time in 8, 1 in 4, or more.
    [
      [1, 2],
      [0, 3],
    ],
    [
      [1, 3],
      [0, 4],
    ],
    [
      [1, 10],
      [0, 5],
    ],
    [
      [2, 5],
      [0, 3],
    ],
    // Under half the old rate, but on 12 sessions: 1 hit in 12 after 4 in 20 comes by chance 27 times in 100.
    [
      [4, 20],
      [1, 12],
    ],
  ] as const)('%j before, %j since: too early to say it helped', (before, after) => {
    expect(judge(tally([...before], [...after]))).toBe('too-early');
  });

  it.each([
    [
      [3, 3],
      [0, 3],
    ],
    [
      [5, 10],
      [1, 10],
    ],
    [
      [5, 10],
      [0, 10],
    ],
    [
      [100, 2000],
      [40, 2000],
    ],
    [
      [2, 4],
      [0, 6],
    ],
  ] as const)('%j before, %j since: held', (before, after) => {
    expect(judge(tally([...before], [...after]))).toBe('held');
  });

  it('the chance is the binomial one, in logarithms so thousands of sessions do not underflow', () => {
    expect(chanceOfAsFew(0, 3, 0.5)).toBeCloseTo(0.125, 12);
    expect(chanceOfAsFew(1, 10, 0.5)).toBeCloseTo(11 / 1024, 12);
    expect(chanceOfAsFew(0, 5, 0.1)).toBeCloseTo(0.59049, 12);
    expect(chanceOfAsFew(3, 3, 0.5)).toBe(1);
    expect(chanceOfAsFew(1, 3, 1)).toBe(0);
    // Exact sums (Python's fractions): 0.058747534..., 0.002679431..., 0.274877906...
    expect(chanceOfAsFew(1950, 4000, 0.5)).toBeCloseTo(0.0587475, 6);
    expect(chanceOfAsFew(2, 1000, 0.01)).toBeCloseTo(0.00267943, 7);
    expect(chanceOfAsFew(1, 12, 0.2)).toBeCloseTo(0.2748779, 6);
  });
});

describe('the report says it in counts', () => {
  const lesson = {
    editId: 'e1',
    file: 'CLAUDE.md',
    entry: '- Run the tests with `PYTHONPATH=src pytest`.',
    patternId: 'p1',
    adoptedAt: AT,
    adoptedIn: 'a'.repeat(40),
    terms: ['PYTHONPATH=src pytest'],
  } as unknown as TrackedLesson;
  const o = { now, unobservedDays: 30 };

  it('a fall too small: too few sessions, how often chance would do as well, and the counts', () => {
    const e = lessonEfficacy(lesson, tally([1, 2], [0, 3]), o);
    expect(e.verdict).toBe('too-early');
    expect(e.why).toBe(
      'too few sessions to say it helped: with nothing changed (1 of 2 sessions hit before), 0 or fewer of the 3 since would be hit ' +
        '13 times in 100 (it takes under 5 in 100 to say so); 50 per 100 sessions that met it before (1 in 2 of 2 sessions), 0 after (0 in 3 of 3 sessions since)',
    );
  });

  it('held says how seldom chance would do as well', () => {
    const e = lessonEfficacy(lesson, tally([5, 10], [1, 10]), o);
    expect(e.verdict).toBe('held');
    expect(e.why).toMatch(
      /^the episode rate fell: .*; with nothing changed \(5 of 10 sessions hit before\), 1 or fewer of the 10 since would be hit 1 times in 100$/,
    );
    expect(lessonEfficacy(lesson, tally([3, 3], [0, 3]), o).why).toMatch(/0 or fewer of the 3 since would be hit under 1 time in 100$/);
  });

  it('the PR body lists every lesson with its counts, not only those that need a look', () => {
    const body = efficacySection([lessonEfficacy(lesson, tally([1, 2], [0, 3]), o), lessonEfficacy(lesson, tally([5, 10], [1, 10]), o)]);
    expect(body).toContain(
      '- **L1** too few sessions to say it helped: with nothing changed (1 of 2 sessions hit before), 0 or fewer of the 3 since',
    );
    expect(body).toContain('- **L2** the episode rate fell: ');
  });
});
