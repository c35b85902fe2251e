/**
 * What an efficacy pass holds of each conversation a lesson met (its families) is bounded: past the bound
 * the conversations met longest ago are forgotten for every lesson, so a pass of 100,000 sessions with
 * hundreds of lessons does not hold sessions x lessons entries. Below the bound nothing is forgotten and
 * the counts are those of an unbounded count; a conversation whose subagent follows it (as a pass lists
 * them) is still one exposure after thousands of others were forgotten.
 */
import { describe, expect, it } from 'vitest';
import { EfficacyCounter, type LessonTally, type TrackedLesson } from '../../src/ledger/efficacy.js';
import { MAX_OPEN_FAMILIES } from '../../src/ledger/efficacy-families.js';
import type { Session, Signal } from '../../src/model/index.js';

/** Lessons about `tool<i % 8> build`, and `style` more about no command at all (exposed in every session). */
function lessons(n: number, style = 0): TrackedLesson[] {
  return Array.from({ length: n + style }, (_, i) => {
    const about = i < n ? [`tool${i % 8}`] : [];
    return {
      editId: `e${i}`,
      file: 'AGENTS.md',
      entry: i < n ? `- Build with \`tool${i % 8} build --ci\`.` : `- Keep the changelog tidy (${i}).`,
      entryHash: `h${i}`,
      patternId: `p${i}`,
      signature: `sig${i}`,
      adoptedAt: '2026-11-15T00:00:00Z',
      adoptedIn: 'a'.repeat(40),
      agents: new Set(),
      named: new Set(about),
      terms: [],
      situations: new Set(about),
      knownBefore: new Set(),
      prohibition: false,
      entryIds: new Set(),
    };
  });
}

const ID = (i: number): string => `${String(i).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(i).padStart(12, '0')}`;

/** Session `i`: Nov 1..28, running two of the eight tools; a subagent of session `parent` when given. */
function session(i: number, parent?: number): Session {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const id = parent === undefined ? ID(i) : `${ID(parent)}/agent-a${i}`;
  return {
    id,
    agent: 'claude-code',
    format: 'claude-code-jsonl',
    trust: 'developer',
    sourceFile: `${id}.jsonl`,
    contentHash: id,
    startedAt: `2026-11-${day}T09:00:00Z`,
    ...(parent === undefined ? {} : { parentId: ID(parent) }),
    events: [i % 8, (i * 3 + 1) % 8].map((t, seq) => ({
      kind: 'tool_call' as const,
      name: 'Bash',
      input: {},
      command: `tool${t} build`,
      seq,
      origin: { file: `${id}.jsonl`, line: seq + 1 },
    })),
  };
}

const NO_SIGNALS: Signal[] = [];
const counts = (c: EfficacyCounter, ls: TrackedLesson[]): Omit<LessonTally, 'families'>[] =>
  ls.map((l) => {
    const { families: _, ...rest } = c.tally(l.editId)!;
    return rest;
  });

describe('the families an efficacy pass holds', () => {
  it('stay under the bound over 20,000 sessions and 40 lessons (ten about no command), where they held every conversation', () => {
    const ls = lessons(30, 10);
    const c = new EfficacyCounter(ls, { maxOpenFamilies: 5_000 });
    let peak = 0;
    for (let i = 0; i < 20_000; i++) {
      c.observe(session(i), NO_SIGNALS);
      peak = Math.max(peak, c.openFamilies);
    }
    // Each session meets the ten style lessons and some of the thirty: unbounded, over 200,000 entries.
    const held = ls.reduce((n, l) => n + Object.keys(c.tally(l.editId)!.families).length, 0);
    expect(held).toBe(c.openFamilies);
    expect(peak).toBeLessThanOrEqual(5_000 + ls.length * 2);
    // The default bound is what a pass runs with: 10,000 sessions x 50 lessons met in each fit under it.
    expect(MAX_OPEN_FAMILIES).toBeGreaterThanOrEqual(10_000 * 50);
  });

  it('below the bound, count exactly as without one', () => {
    const ls = lessons(16, 4);
    const bounded = new EfficacyCounter(ls);
    const reference = new EfficacyCounter(ls, { maxOpenFamilies: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 3_000; i++)
      for (const c of [bounded, reference]) {
        c.observe(session(i), NO_SIGNALS);
        if (i % 5 === 0) c.observe(session(i + 100_000, i), NO_SIGNALS);
      }
    expect(counts(bounded, ls)).toEqual(counts(reference, ls));
    expect(bounded.openFamilies).toBe(reference.openFamilies);
  });

  it('past the bound, a subagent that follows its parent is still one exposure with it', () => {
    const ls = lessons(8);
    const c = new EfficacyCounter(ls, { maxOpenFamilies: 1_000 });
    for (let i = 0; i < 5_000; i++) c.observe(session(i), NO_SIGNALS);
    const before = counts(c, ls);
    // A parent and its subagent, read one after the other, long after thousands were forgotten: the subagent
    // runs the same tools, so it adds no exposure of its own.
    c.observe(session(5_000), NO_SIGNALS);
    const withParent = counts(c, ls);
    c.observe(session(5_000 + 8 * 28, 5_000), NO_SIGNALS);
    expect(counts(c, ls).map((t) => [t.before.exposed, t.after.exposed])).toEqual(
      withParent.map((t) => [t.before.exposed, t.after.exposed]),
    );
    expect(withParent).not.toEqual(before);
  });
});
