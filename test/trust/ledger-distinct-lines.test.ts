/**
 * The ledger's secret scan reads each distinct line once (assertNoNewSecrets, src/guards/secrets.ts):
 * session ids, paths and times repeat across its sections, and the scan of the whole text was the
 * largest serial step of a pass after mining. Skipping a line seen before must never let a secret out:
 * a secret is refused wherever it first stands, however many lines repeat around it, and a text is
 * refused exactly when a scan of the whole of it finds something.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNoNewSecrets } from '../../src/guards/secrets.js';
import { emptyLedger, LEDGER_SCAN, serializeLedger, type Ledger } from '../../src/ledger/index.js';
import { findSecrets } from '../../src/secrets/index.js';
import { plantedSecrets } from '../helpers/adversarial-corpus.js';

const refusal = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

/** A ledger whose redaction was bypassed: `quote` stands in the three evidence items of an edit, on lines alike. */
function ledgerWith(quote: string, sessions = 40): Ledger {
  const l = emptyLedger();
  const ids = Array.from({ length: sessions }, (_, i) => `0000${i}-aaaa-bbbb-cccc-${String(i).padStart(12, '0')}`);
  for (const id of ids) l.sessions[`h_${id}`] = { id, sourceFile: `sessions/${id}.jsonl`, dreamedAt: '2026-01-02T03:04:05.000Z' };
  const evidence = ids.slice(0, 3).map((session, i) => ({ session, file: `sessions/${session}.jsonl`, line: i + 1, quote }));
  l.patterns.p_1 = {
    kind: 'error_then_fix',
    signature: 'fix|make',
    support: sessions,
    agents: ['claude-code'],
    firstSeen: '2026-01-02T03:04:05.000Z',
    lastSeen: '2026-01-02T03:04:05.000Z',
    sessions: ids,
  };
  l.edits.e_1 = {
    op: 'add',
    file: 'AGENTS.md',
    status: 'proposed',
    proposedAt: '2026-01-02T03:04:05.000Z',
    supportAtDecision: sessions,
    sessions: ids,
    rationale: 'failed in three sessions',
    evidence,
  };
  return l;
}

describe("the ledger's scan of distinct lines", () => {
  it('refuses a secret repeated across sections, counted once, and never echoes it', () => {
    // Every planted kind a scan finds on such a line (a bare password needs an assignment around it).
    const found = Object.entries(plantedSecrets).filter(([, s]) => findSecrets(`error: bad credential ${s}`).length > 0);
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const [name, secret] of found) {
      const text = serializeLedger(ledgerWith(`error: bad credential ${secret}`));
      // The same line stands three times: one value, said once.
      const message = refusal(() => assertNoNewSecrets('ledger.json', '', text, { ...LEDGER_SCAN, chunkChars: 2048 }));
      expect(message, name).toMatch(/^ledger\.json holds 1 secret-like value/);
      expect(message, name).not.toContain(secret.slice(4, 16));
      // Lines the file held before are not judged; the same secret new in another line is.
      expect(refusal(() => assertNoNewSecrets('ledger.json', text, text, LEDGER_SCAN))).toBeUndefined();
      const moved = text.replace('"rationale": "failed in three sessions"', `"rationale": "failed with ${secret}"`);
      expect(
        refusal(() => assertNoNewSecrets('ledger.json', text, moved, LEDGER_SCAN)),
        name,
      ).toMatch(/^ledger\.json holds 1/);
    }
  });

  it('still finds a second secret on a line of its own after many repeated lines', () => {
    const text = serializeLedger(ledgerWith('error: Permission denied (publickey)', 200));
    expect(refusal(() => assertNoNewSecrets('ledger.json', '', text, { ...LEDGER_SCAN, chunkChars: 1024 }))).toBeUndefined();
    const planted = text.replace(/"rationale": "[^"\n]*"/, `"rationale": "the key ${plantedSecrets.stripe} failed"`);
    expect(planted).not.toBe(text);
    expect(refusal(() => assertNoNewSecrets('ledger.json', '', planted, { ...LEDGER_SCAN, chunkChars: 1024 }))).toMatch(
      /^ledger\.json holds 1 secret-like value/,
    );
  });

  it('decides as a scan of the whole text, however lines repeat and chunks fall', () => {
    const secrets = Object.values(plantedSecrets);
    const pool = [
      '  "dreamedAt": "2026-01-02T03:04:05.000Z",',
      '    "00000001-aaaa-bbbb-cccc-000000000001",',
      '  "sourceFile": "sessions/part-000/00000001.jsonl",',
      '      "quote": "npm ERR! missing script: lint",',
      '  },',
      '  "summary": "`make build` failed (No rule to make target); `make all` worked",',
    ];
    const line = fc.oneof(
      fc.constantFrom(...pool),
      fc.constantFrom(...secrets).map((s) => `      "quote": "token ${s} rejected",`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 256, max: 4096 }), (lines, chunkChars) => {
        const text = lines.join('\n');
        const refused = refusal(() => assertNoNewSecrets('ledger.json', '', text, { linesStandAlone: true, chunkChars })) !== undefined;
        expect(refused).toBe(findSecrets(text).length > 0);
      }),
      { numRuns: 150 },
    );
  });
});
