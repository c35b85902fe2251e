/**
 * A text file no reader recognises is skipped with a reason that names the text formats looked for. The list was
 * written by hand and went stale (opencode's export, Copilot CLI's /share, Cline's, Cursor's and Gemini's exports
 * were missing); it now comes from the reader registry, and the reader sweep's table (which marks each format text
 * or JSON) keeps the registry's text marks complete.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormatId } from '../../src/model/index.js';
import { READERS } from '../../src/transcripts/registry.js';
import { SWEEP_ROWS } from '../helpers/reader-sweep.js';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'unknown-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reasonFor(name: string, body: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, body);
  const { sessions, issues } = await readAll(file);
  expect(sessions).toEqual([]);
  expect(issues).toHaveLength(1);
  return issues[0]!.reason;
}

const textFormats = (Object.entries(READERS) as [FormatId, { text?: string }][]).filter(([, r]) => r.text);

describe('the reason a text file in no known format was skipped', () => {
  it.each([
    ['notes.md', '# Standup\n\n- shipped the invoice fix\n'],
    ['log.txt', 'deploy finished at 10:02\nall green\n'],
  ])('%s: names every text format the registry reads, opencode’s export among them', async (name, body) => {
    const reason = await reasonFor(name, body);
    expect(reason).toMatch(/^unknown format: (?:markdown|text) file.* in none of the text formats read here; it starts "/);
    expect(reason).toContain('opencode /export');
    expect(reason).toContain('Copilot CLI /share');
    for (const [, r] of textFormats) expect(reason).toContain(r.text);
  });

  it('every format the sweep reads as text has a mark in the registry, and no JSON format has one', () => {
    const text = (Object.entries(SWEEP_ROWS) as [FormatId, { kind: string }][]).filter(([, row]) => row.kind !== 'json').map(([f]) => f);
    expect(textFormats.map(([f]) => f).sort()).toEqual(text.sort());
  });
});
