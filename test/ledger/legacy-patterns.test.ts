/**
 * A ledger read by this version with patterns keyed by an older one, with a rule's frame words in the key
 * (ledger/legacy-patterns.ts): each moves to the id its words key to now, two that key alike become one, and the
 * edits and efficacy records that named them follow. The value is re-keyed, not the file: a pass with nothing new
 * leaves the text as it was.
 */
import { describe, expect, it } from 'vitest';
import { loadLedger, reserializeLedger } from '../../src/ledger/index.js';
import { patternId } from '../../src/signals/index.js';

const sample = (session: string, quote: string) => ({
  sessionId: session,
  agent: 'claude-code',
  summary: `User said: "${quote}"`,
  evidence: [{ session, file: `s/${session}.jsonl`, line: 3, quote }],
});
const pattern = (signature: string, sessions: string[], quotes: string[], agents = ['claude-code']) => ({
  kind: 'instruction',
  signature,
  support: sessions.length,
  agents,
  firstSeen: '2026-11-0' + sessions.length + 'T00:00:00.000Z',
  lastSeen: '2026-11-20T00:00:00.000Z',
  sessions,
  samples: sessions.map((s, i) => sample(s, quotes[i]!)),
});
const OLD_NOW = patternId('instruction', 'pos|befor commit lint now');
const PLAIN = patternId('instruction', 'pos|befor commit lint');
const OLD_EVER = patternId('instruction', 'neg|ever main push');
const MOMENT = patternId('instruction', 'neg|main now push');

const text = `${JSON.stringify(
  {
    version: 1,
    sessions: {},
    patterns: {
      [OLD_NOW]: pattern(
        'pos|befor commit lint now',
        ['a', 'b'],
        ['From now on, run `make lint` before committing.', 'Run `make lint` before committing, from now on.'],
      ),
      [PLAIN]: pattern(
        'pos|befor commit lint',
        ['b', 'c'],
        ['Always run `make lint` before committing.', 'You forgot to run `make lint` before committing.'],
        ['codex'],
      ),
      [OLD_EVER]: pattern('neg|ever main push', ['d'], ["Don't ever push to main!"]),
      [MOMENT]: pattern('neg|main now push', ['e'], ["Don't push to main now."]),
    },
    entries: {},
    edits: {
      e_rejected: {
        op: 'add',
        file: 'CLAUDE.md',
        patternId: OLD_NOW,
        status: 'rejected',
        proposedAt: 'x',
        rejectedAt: 'y',
        supportAtDecision: 2,
      },
      e_moment: { op: 'add', file: 'CLAUDE.md', patternId: MOMENT, status: 'proposed', proposedAt: 'x', supportAtDecision: 1 },
    },
    efficacy: {
      e_adopted: { patternId: OLD_EVER, adoptedAt: 'z', before: {}, after: {}, weeks: {} },
    },
  },
  null,
  2,
)}\n`;

describe('a ledger whose patterns an older version keyed with frame words', () => {
  const l = loadLedger(text, 'ledger.json');

  it('holds each under the id its words key to now; two that key alike are one, a session in both counted once', () => {
    expect(Object.keys(l.patterns).sort()).toEqual([PLAIN, patternId('instruction', 'neg|main push'), MOMENT].sort());
    const joined = l.patterns[PLAIN]!;
    expect(joined.signature).toBe('pos|befor commit lint');
    expect(joined.support).toBe(3);
    expect(joined.sessions).toEqual(['b', 'c', 'a']);
    expect(joined.agents).toEqual(['claude-code', 'codex']);
    expect(joined.firstSeen).toBe('2026-11-02T00:00:00.000Z');
    expect(joined.samples?.map((s) => s.sessionId)).toEqual(['b', 'c', 'a']);
  });

  it('the edits and efficacy records follow their pattern; an order for the moment keeps its key', () => {
    expect(l.edits.e_rejected!.patternId).toBe(PLAIN);
    expect(l.edits.e_moment!.patternId).toBe(MOMENT);
    expect(l.efficacy!.e_adopted!.patternId).toBe(patternId('instruction', 'neg|main push'));
  });

  it('a pass that changes nothing else writes the text as it was', () => {
    expect(reserializeLedger(l, text)).toBe(text);
  });
});
