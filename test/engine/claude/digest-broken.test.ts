import { describe, expect, it } from 'vitest';
import { renderPattern } from '../../../src/engine/claude/digest.js';
import type { Pattern, RuleInForce } from '../../../src/model/index.js';

// The model engine is told, as the offline engine's rationale says, whether a broken rule was in
// force when the sessions started: only structure (loaded memory, git blame) answers that.
const broken = (ages: RuleInForce[], signature = 'broken|delete fixtures/golden'): Pattern => ({
  id: 'p_1',
  kind: 'memory_failure',
  signature,
  summary: 'The agent broke a memory rule',
  support: { sessions: ages.length, agents: 1 },
  sessions: ages.map((_, i) => `s${i}`),
  agents: ['claude-code'],
  signals: ages.map((ruleAge, i) => ({
    kind: 'memory_failure',
    sessionId: `s${i}`,
    agent: 'claude-code',
    signature,
    summary: 'The agent broke a memory rule',
    evidence: [],
    ruleAge,
  })),
});

describe('a broken rule in the model digest', () => {
  it('says how the rule is known to have been in force, or that it is not known', () => {
    expect(renderPattern(broken([{ since: '2026-11-09T10:00:00.000Z' }, { since: '2026-11-09T10:00:00.000Z' }]))).toContain(
      '  in force: Git dates the line to 2026-11-09: only sessions that started after it count.',
    );
    expect(renderPattern(broken([{ loaded: true }, { unknown: 'the session has no timestamps' }]))).toContain(
      '  in force: Whether the line existed yet when some of these sessions started is unknown (the session has no timestamps), so they count regardless.',
    );
  });

  it('says nothing of the kind for other patterns', () => {
    expect(renderPattern(broken([{ since: '2026-11-09T10:00:00.000Z' }], 'fix|pytest'))).not.toContain('in force');
  });
});
