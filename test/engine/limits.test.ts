import { describe, expect, it } from 'vitest';
import { applyPassLimits } from '../../src/engine/limits.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import type { Edit, MemoryFile } from '../../src/model/index.js';
import { EV1, EV2 } from './claude/fixtures.js';

const entries = Array.from({ length: 8 }, (_, i) => ({
  id: `e${i}`,
  file: 'AGENTS.md',
  headingPath: [],
  kind: 'bullet' as const,
  startLine: i + 1,
  endLine: i + 1,
  text: `- rule ${i}`,
}));
const memory: MemoryFile[] = [
  { path: 'AGENTS.md', kind: 'agents', readBy: ['codex'], text: entries.map((e) => e.text).join('\n') + '\n', entries },
];
const del = (i: number): Edit => ({
  id: `d${i}`,
  op: 'delete',
  file: 'AGENTS.md',
  entryId: `e${i}`,
  before: `- rule ${i}`,
  rationale: 'stale',
  evidence: [EV1],
});
const add = (i: number, after = `- new rule ${i}`): Edit => ({
  id: `a${i}`,
  op: 'add',
  file: 'AGENTS.md',
  after,
  rationale: 'seen',
  evidence: [EV1, EV2],
  support: { sessions: 2, agents: 1 },
});

describe('applyPassLimits', () => {
  it('removes at most maxDeleteShare of a file in one pass', () => {
    const out = applyPassLimits({
      edits: [del(0), del(1), del(2)],
      memory,
      options: { ...defaultDreamOptions, maxDeleteShare: 0.25 },
      by: 'claude',
    });
    expect(out.kept.map((e) => e.id)).toEqual(['d0', 'd1']);
    expect(out.rejected).toEqual([{ edit: del(2), reason: "would remove more than 25% of AGENTS.md's entries in one pass", by: 'claude' }]);
  });

  it('keeps each file within its line budget and the pass within maxEdits', () => {
    const tight = { ...defaultDreamOptions, budget: { maxLines: 10, maxBytes: 25_000 }, maxEdits: 5 };
    const out = applyPassLimits({ edits: [add(1), add(2), add(3)], memory, options: tight, by: 'claude' });
    expect(out.kept.map((e) => e.id)).toEqual(['a1', 'a2']);
    expect(out.rejected[0]!.reason).toMatch(/AGENTS.md is at its budget \(10 lines/);
    const capped = applyPassLimits({
      edits: [add(1), add(2), add(3)],
      memory,
      options: { ...defaultDreamOptions, maxEdits: 1 },
      by: 'claude',
    });
    expect(capped.kept).toHaveLength(1);
    expect(capped.rejected.map((r) => r.reason)).toEqual(['over the limit of 1 edits per pass', 'over the limit of 1 edits per pass']);
  });

  it('counts the heading a new section needs, and orders fixes before additions', () => {
    const tight = { ...defaultDreamOptions, budget: { maxLines: 10, maxBytes: 25_000 } };
    const inSection = { ...add(1), section: ['Lessons from past sessions'] };
    // 8 lines + 1 bullet + a new heading and its blank line = 11 > 10.
    const out = applyPassLimits({ edits: [inSection], memory, options: tight, by: 'offline' });
    expect(out.kept).toEqual([]);
    expect(out.rejected[0]).toMatchObject({ by: 'offline', reason: expect.stringMatching(/at its budget/) });
    const update: Edit = {
      id: 'u1',
      op: 'update',
      file: 'AGENTS.md',
      entryId: 'e1',
      before: '- rule 1',
      after: '- rule one',
      rationale: 'fix',
      evidence: [EV1],
    };
    const capped = applyPassLimits({ edits: [add(2), update], memory, options: { ...defaultDreamOptions, maxEdits: 1 }, by: 'offline' });
    expect(capped.kept.map((e) => e.id)).toEqual(['u1']);
  });
});
