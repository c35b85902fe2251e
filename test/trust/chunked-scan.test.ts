/**
 * The artifact scans read a long text a chunk of whole lines at a time (src/guards/secrets.ts), so a
 * ledger of tens of MB costs no more memory to scan than a short one. Chunking must never decide
 * otherwise than a scan of the whole text: every planted secret is found wherever a chunk boundary
 * falls, also a private key block or a token wrapped over lines that the boundary cuts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNoNewSecrets, assertNoSecrets } from '../../src/guards/secrets.js';
import { emptyFilter, filterAdd, ledgerLineToScan, loadLedger, serializeLedger } from '../../src/ledger/index.js';
import { findSecrets } from '../../src/secrets/index.js';
import { plantedSecrets } from '../helpers/adversarial-corpus.js';

const WORDS = 'the build ran in ci and the cache was warm so every step was quick enough for review'.split(' ');
const filler = (seed: number, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `- line ${seed}-${i}: ${WORDS.slice((i * 7 + seed) % 9, ((i * 7 + seed) % 9) + 6).join(' ')}`);

const PEM = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
  'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
  'LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo',
  '-----END RSA PRIVATE KEY-----',
];
/** The GitHub token wrapped at 20 columns, as a narrow terminal prints it. */
const WRAPPED = plantedSecrets.github.match(/.{1,20}/g)!;

const refusedWhole = (text: string): boolean => findSecrets(text).length > 0;
const refusedChunked = (text: string, chunkChars: number): boolean => {
  try {
    assertNoSecrets('artifact', text, { chunkChars });
    return false;
  } catch {
    return true;
  }
};

describe('scanning an artifact in chunks of lines', () => {
  it('finds a key block and a wrapped token wherever the chunk boundary cuts them', () => {
    for (const block of [PEM, WRAPPED]) {
      expect(refusedWhole(block.join('\n'))).toBe(true);
      for (let before = 0; before < 40; before++) {
        const text = [...filler(before, before), ...block, ...filler(99, 30)].join('\n');
        for (const chunkChars of [64, 200, 700]) expect(refusedChunked(text, chunkChars), `${before} ${chunkChars}`).toBe(true);
      }
    }
  });

  it('decides as the scan of the whole text does, for any mix of lines and any chunk size', () => {
    const secretLines = [...Object.values(plantedSecrets).map((s) => `- token: ${s}`), PEM.join('\n'), WRAPPED.join('\n')];
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 60 }).map((n) => filler(n, 3).join('\n')),
            fc.constantFrom(...secretLines),
          ),
          {
            maxLength: 30,
          },
        ),
        fc.integer({ min: 32, max: 4000 }),
        (parts, chunkChars) => {
          const text = parts.join('\n');
          expect(refusedChunked(text, chunkChars)).toBe(refusedWhole(text));
        },
      ),
      { numRuns: 150, seed: 15 },
    );
  });

  it('counts a secret once though the next chunk repeats the line that holds it', () => {
    const text = [...filler(1, 40), `- token: ${plantedSecrets.github}`, ...filler(2, 3)].join('\n');
    // The token's line ends the first chunk and opens the second (the overlap).
    expect(() => assertNoSecrets('notes.md', text, { chunkChars: text.indexOf(plantedSecrets.github) + 10 })).toThrow(
      /notes\.md holds 1 secret-like value\(s\)/,
    );
  });

  it('judges only the lines a change adds, chunk by chunk, and never echoes the secret', () => {
    const old = filler(3, 200).join('\n');
    expect(() => assertNoNewSecrets('CLAUDE.md', old, `${old}\n- new line`, { chunkChars: 256 })).not.toThrow();
    const planted = `${filler(4, 150).join('\n')}\n- key: ${plantedSecrets.openai}\n${old}`;
    let message = '';
    try {
      assertNoNewSecrets('CLAUDE.md', old, planted, { chunkChars: 256 });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^CLAUDE\.md holds 1 secret-like value/);
    expect(message).not.toContain(plantedSecrets.openai.slice(0, 12));
    // A line the file already held is not ours to judge, wherever it stands now.
    const moved = `- key: ${plantedSecrets.openai}\n${old}`;
    expect(() => assertNoNewSecrets('CLAUDE.md', moved, `${old}\n- key: ${plantedSecrets.openai}`, { chunkChars: 256 })).not.toThrow();
  });

  it("reads a large ledger's filter bits as no secret line by line, and still finds a planted one", () => {
    const dreamed = emptyFilter();
    filterAdd(
      dreamed,
      Array.from({ length: 12_000 }, (_, i) => `session-${i}`),
    );
    const text = serializeLedger({ ...loadLedger(null, 'ledger.json'), dreamed });
    expect(() => assertNoSecrets('ledger.json', text, { chunkChars: 4096 })).toThrow(/high-entropy/);
    expect(() => assertNoSecrets('ledger.json', text, { view: ledgerLineToScan, chunkChars: 4096 })).not.toThrow();
    expect(() => assertNoNewSecrets('ledger.json', '', text, { view: ledgerLineToScan, chunkChars: 4096 })).not.toThrow();
    const planted = text.replace('"segments"', `"note": "${plantedSecrets.github}",\n    "segments"`);
    expect(() => assertNoNewSecrets('ledger.json', text, planted, { view: ledgerLineToScan, chunkChars: 4096 })).toThrow(/ledger\.json/);
    const inBits = text.replace(/"bits": "/, `"bits": "${plantedSecrets.github} `);
    expect(() => assertNoSecrets('ledger.json', inBits, { view: ledgerLineToScan })).toThrow(/ledger\.json/);
  });
});
