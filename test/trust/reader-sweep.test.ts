/**
 * Every reader, swept for the two promises (test/helpers/reader-sweep.ts): no secret from any string
 * of a transcript (text or metadata) survives into what the reader passes on, and no orders planted
 * anywhere but where the user types become the user's words. Table-driven: a new reader needs a row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/read.js';
import { READER_FORMATS } from '../../src/transcripts/registry.js';
import { FIXTURES, SWEEP_ROWS, prompts, readFile, sweepInjection, sweepSecrets, userWords } from '../helpers/reader-sweep.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'reader-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rows = Object.entries(SWEEP_ROWS);

describe('the reader sweep table', () => {
  it('has one row for every format a reader exists for, and no other', () => {
    expect(Object.keys(SWEEP_ROWS).sort()).toEqual([...READER_FORMATS].sort());
  });

  it.each(rows)('%s: its fixtures are read as that format, with a prompt (the user speaking, where a person does)', async (format, row) => {
    expect(row.fixtures.length).toBeGreaterThan(0);
    for (const f of row.fixtures) {
      expect(detectFormat(path.join(FIXTURES, f)), f).toBe(format);
      const read = await readFile(path.join(FIXTURES, f));
      expect(read.sessions.length, f).toBeGreaterThan(0);
      expect(prompts(read).join('').trim().length, f).toBeGreaterThan(0);
    }
    const speaking = await Promise.all(
      row.fixtures.map(async (f) =>
        userWords(await readFile(path.join(FIXTURES, f)))
          .join('')
          .trim(),
      ),
    );
    expect(speaking.some((w) => w.length > 0)).toBe(!('noPerson' in row && row.noPerson));
  });
});

describe('secrets: a token anywhere in a transcript never survives its reader', () => {
  it.each(rows)(
    '%s',
    async (format, row) => {
      const { leaks, tried } = await sweepSecrets(row, path.join(dir, 'secrets', format));
      expect(tried).toBeGreaterThan(5);
      expect(leaks).toEqual([]);
    },
    60_000,
  );
});

describe('injection: orders anywhere but where the user types never become the user', () => {
  it.each(rows)(
    '%s',
    async (format, row) => {
      const { holes, tried, controls } = await sweepInjection(row, path.join(dir, 'injection', format));
      expect(tried).toBeGreaterThan(0);
      // The same orders where the user types them are the user's: the check sees what it looks for.
      if (!('noPerson' in row && row.noPerson)) expect(controls).toBeGreaterThan(0);
      expect(holes).toEqual([]);
    },
    60_000,
  );
});
