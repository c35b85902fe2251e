/**
 * The efficacy counter's one-pass matching agrees with bearing(), the rule it indexes, on signals it
 * was not written from; and the ledger's efficacy section stays the same size however many passes and
 * sessions it has counted: week buckets clamped, evidence of new failures capped, lessons forgotten
 * when their entry leaves the base.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLedger, serializeLedger } from '../../src/ledger/index.js';
import { bearing, EfficacyCounter, MAX_EFFICACY_EVIDENCE, MAX_EFFICACY_WEEKS, type TrackedLesson } from '../../src/ledger/efficacy.js';
import { recordEfficacy } from '../../src/ledger/efficacy-verdict.js';
import type { Session, Signal } from '../../src/model/index.js';
import { patternId } from '../../src/signals/cluster.js';

const SIGNATURES = ['fix|pytest|-|+env:PYTHONPATH=src', 'fix|npm|test|+flag:--runInBand', 'fail|cargo|build', 'mem|make|lint|ignored'];
const KINDS: Signal['kind'][] = ['error_then_fix', 'repeated_failure', 'memory_failure', 'instruction'];
const ADOPTED = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;

const lessonFor = (i: number, sig: string, kind: Signal['kind'], entryIds: string[]): TrackedLesson => ({
  editId: `e${i}`,
  file: 'CLAUDE.md',
  entry: '- Run `PYTHONPATH=src pytest`.',
  entryHash: `h${i}`,
  patternId: patternId(kind, sig),
  signature: sig,
  adoptedAt: new Date(ADOPTED + i * DAY).toISOString(),
  adoptedIn: 'a'.repeat(40),
  agents: new Set(),
  named: new Set(['pytest', 'npm test']),
  terms: ['PYTHONPATH=src pytest'],
  situations: new Set(['pytest']),
  prohibition: false,
  knownBefore: new Set(),
  entryIds: new Set(entryIds),
});

const session = (id: string, at: number, parentId?: string): Session => ({
  id,
  agent: 'claude-code',
  format: 'claude-code-jsonl',
  sourceFile: `${id}.jsonl`,
  contentHash: id,
  trust: 'developer',
  startedAt: new Date(at).toISOString(),
  events: [{ kind: 'tool_call', command: 'PYTHONPATH=src pytest -q', timestamp: new Date(at).toISOString() } as Session['events'][number]],
  ...(parentId ? { parentId } : {}),
});

const signalArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  signature: fc.oneof(
    fc.constantFrom(...SIGNATURES),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...SIGNATURES).map((s) => `${s}|ignored`),
  ),
  memoryEntryId: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: undefined }),
  failed: fc.option(fc.constantFrom('pytest', 'npm test', 'cargo build'), { nil: undefined }),
});

describe('EfficacyCounter matching', () => {
  it('counts exactly the signals bearing() calls an episode, lesson by lesson', () => {
    fc.assert(
      fc.property(fc.array(fc.array(signalArb, { maxLength: 8 }), { minLength: 1, maxLength: 12 }), (sessions) => {
        const lessons = [
          lessonFor(0, SIGNATURES[0]!, 'error_then_fix', ['m1']),
          lessonFor(1, SIGNATURES[1]!, 'error_then_fix', []),
          lessonFor(2, SIGNATURES[3]!, 'memory_failure', ['m2', 'm3']),
          lessonFor(3, SIGNATURES[0]!, 'repeated_failure', ['m1']),
        ];
        const counter = new EfficacyCounter(lessons);
        const expected = new Map(lessons.map((l) => [l.editId, 0]));
        sessions.forEach((specs, i) => {
          const id = `s${i}`;
          const signals: Signal[] = specs.map((x) => ({
            ...x,
            sessionId: id,
            agent: 'claude-code',
            summary: 'x',
            evidence: [{ session: id, file: `${id}.jsonl`, line: 1, quote: 'boom' }],
          }));
          counter.observe(session(id, ADOPTED + (i - 6) * DAY), signals);
          for (const l of lessons)
            expected.set(l.editId, expected.get(l.editId)! + signals.filter((s) => bearing(s, l) === 'episode').length);
        });
        for (const l of lessons) {
          const t = counter.tally(l.editId)!;
          expect(t.before.episodes + t.after.episodes).toBe(expected.get(l.editId));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the ledger efficacy section', () => {
  it('stays the same size per lesson after a year of weekly passes full of episodes and new failures', () => {
    const lessons = [lessonFor(0, SIGNATURES[0]!, 'error_then_fix', ['m1']), lessonFor(1, SIGNATURES[1]!, 'error_then_fix', [])];
    const l = emptyLedger();
    const sizes: number[] = [];
    for (let week = -30; week < 52; week++) {
      const counter = new EfficacyCounter(lessons);
      for (let k = 0; k < 20; k++) {
        const at = ADOPTED + week * 7 * DAY + k * 3_600_000;
        const id = `w${week}-${k}`;
        const failure = (sig: string, kind: Signal['kind'], n: number): Signal => ({
          kind,
          sessionId: id,
          agent: 'claude-code',
          signature: sig,
          summary: 'x',
          failed: 'pytest',
          evidence: [{ session: id, file: `${id}.jsonl`, line: n, quote: 'E'.repeat(200) }],
        });
        counter.observe(session(id, at), [
          failure(SIGNATURES[0]!, 'error_then_fix', 1),
          failure(SIGNATURES[1]!, 'error_then_fix', 2),
          // A failure of a new kind in the entry's program: evidence that the lesson made things worse.
          failure(`fail|pytest|new-${id}`, 'repeated_failure', 3),
        ]);
      }
      recordEfficacy(l, lessons, (editId) => counter.tally(editId));
      sizes.push(Buffer.byteLength(JSON.stringify(JSON.parse(serializeLedger(l)).efficacy)));
    }
    for (const e of Object.values(l.efficacy!)) {
      expect(Object.keys(e.weeks).length).toBeLessThanOrEqual(2 * MAX_EFFICACY_WEEKS + 1);
      expect(e.worse?.length ?? 0).toBeLessThanOrEqual(MAX_EFFICACY_EVIDENCE);
    }
    // Every count grew 82 passes long; the section did not, once every clamped bucket existed (the pass
    // of week MAX_EFFICACY_WEEKS + 1, the loop's index 30 + that): only digits of the counts grow.
    expect(l.efficacy!.e0!.after.sessions).toBeGreaterThan(900);
    const settled = 30 + MAX_EFFICACY_WEEKS + 1;
    expect(Math.max(...sizes.slice(settled))).toBeLessThan(sizes[settled]! + 64);
    expect(sizes.at(-1)! / lessons.length).toBeLessThan(3_000);
    // An entry that leaves the base takes its record with it.
    recordEfficacy(l, [lessons[1]!], () => undefined);
    expect(Object.keys(l.efficacy!)).toEqual(['e1']);
  });
});
