/**
 * Claude Code console text in the later glyphs (● for the assistant, ❯ for a prompt), on a fixture
 * written for this test (layout paraphrased from real captures, wording our own), and on the real
 * captures in ../shared/corpus where present: what the UI draws around a session (the shell before the
 * banner, the input box, a slash command's expansion) is never read as the user speaking.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, lineCountOf, ofKind, readAll } from './helpers.js';

const V2 = fixture('console/2026-11-20-glyphs-v2.txt');
const REAL = path.resolve(__dirname, '../../../shared/corpus/spotter_claude_code');
const realCaptures = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.terminal.txt')) : [];

describe('Claude Code console text, later glyphs', () => {
  it('reads prompts, calls and results, and leaves out the shell, the input box and the command expansion', async () => {
    expect(await detectFormat(V2)).toBe('claude-code-console');
    const { sessions, issues } = await readAll(V2);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(V2));
    expect(s.events.every((e) => e.lowFidelity === true)).toBe(true);
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual([
      'the checkout page throws on an empty cart, find out why',
      'stop reading vendored code, the bug is in src/checkout only',
      '/shop:changelog empty cart fix',
    ]);
    expect(ofKind(s, 'interrupt')).toHaveLength(1);
    expect(ofKind(s, 'tool_call').map((c) => [c.name, c.command])).toEqual([
      ['Bash', 'pnpm vitest run src/checkout'],
      // "Read 2 files": the collapsed group, two reads the UI drew without their files.
      ['Read', undefined],
      ['Read', undefined],
      ['Update', undefined],
      ['Bash', 'pnpm vitest run src/checkout'],
      ['Web Search', undefined],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([false, true, true, true, true, true]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'console-v2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('does not take a document with bullets and quotes for a console capture', async () => {
    const doc = join(dir, 'notes.txt');
    writeFileSync(doc, '● Release plan\n\n> Ship on Friday\n\n● Risks\n  - none known\n');
    expect(await detectFormat(doc)).toBeNull();
  });

  it('reads a capture without a banner (a copied part of a session) from its first line', async () => {
    const part = join(dir, 'part.txt');
    writeFileSync(part, '❯ run the linter\n\n● Bash(pnpm lint)\n  ⎿  Error: 3 problems\n\n❯ fix them\n');
    const { sessions } = await readAll(part);
    expect(ofKind(sessions[0]!, 'user_prompt').map((p) => p.text)).toEqual(['run the linter', 'fix them']);
    expect(ofKind(sessions[0]!, 'tool_result').map((r) => r.ok)).toEqual([false]);
  });

  it.skipIf(realCaptures.length === 0)('reads the real captures, with no prompt from the shell or the input box', async () => {
    for (const f of realCaptures) {
      const file = join(REAL, f);
      expect(await detectFormat(file), f).toBe('claude-code-console');
      const { sessions, issues } = await readAll(file);
      expect(issues, f).toEqual([]);
      const prompts = ofKind(sessions[0]!, 'user_prompt').map((p) => p.text);
      expect(prompts.length, f).toBeGreaterThan(0);
      for (const p of prompts) expect(p, f).not.toMatch(/^claude\b|^Try "/);
      expect(sessions[0]!.events.length, f).toBeGreaterThan(prompts.length);
    }
  });
});
