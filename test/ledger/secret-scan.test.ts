/**
 * The ledger's compacted filter is base64 of hashed bits: past about 10,000 keys its entropy tripped
 * the secret scan, and every `dream run --write` and Action pass over a corpus that size was refused.
 * The scan skips those bits, and only those.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilter, filterAdd, ledgerTextToScan, loadLedger, serializeLedger } from '../../src/ledger/index.js';
import { assertNoSecrets } from '../../src/guards/index.js';

function ledgerWithFilter(keys: number): string {
  const ledger = loadLedger(null, 'ledger.json');
  const dreamed = emptyFilter();
  filterAdd(
    dreamed,
    Array.from({ length: keys }, (_, i) => `session-${i}`),
  );
  return serializeLedger({ ...ledger, dreamed });
}

describe('the secret scan of a ledger', () => {
  it('reads a large filter as no secret, though its raw text trips the entropy rule', () => {
    const text = ledgerWithFilter(12_000);
    expect(() => assertNoSecrets('ledger.json', text)).toThrow(/high-entropy/);
    expect(() => assertNoSecrets('ledger.json', ledgerTextToScan(text))).not.toThrow();
    // The line structure stays: the changed-lines scan compares lines.
    expect(ledgerTextToScan(text).split('\n')).toHaveLength(text.split('\n').length);
  });

  it('still finds a secret anywhere else in the ledger, or a non-base64 value under "bits"', () => {
    const text = ledgerWithFilter(12_000);
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const planted = text.replace('"segments"', `"note": "${token}",\n    "segments"`);
    expect(() => assertNoSecrets('ledger.json', ledgerTextToScan(planted))).toThrow(/ledger\.json/);
    const inBits = text.replace(/"bits": "/, `"bits": "${token} `);
    expect(() => assertNoSecrets('ledger.json', ledgerTextToScan(inBits))).toThrow(/ledger\.json/);
  });
});
