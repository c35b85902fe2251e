/**
 * shellWords and segments take runs of plain and quoted characters as slices; they must split every
 * command exactly as the one-character-at-a-time splitters did (test/signals/reference-shell.ts):
 * on random lines over the characters that matter (quotes, separators, every kind of space) and on
 * the commands of the real transcripts when ../shared/corpus is there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segments, shellWords } from '../../src/signals/command.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { repoRoot } from '../transcripts/helpers.js';
import * as reference from './reference-shell.js';

/** Quotes, separators, ASCII and Unicode spaces (NBSP, ideographic, line separator, BOM), a surrogate pair, letters. */
const ALPHABET = [
  '"',
  "'",
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\u180e',
  ';',
  '|',
  '&',
  '>',
  '-',
  'a',
  'b',
  '1',
  '=',
  '\\',
  '😀',
];

function randomLines(count: number): string[] {
  let seed = 11;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const lines: string[] = [];
  for (let k = 0; k < count; k++) {
    let line = '';
    for (let i = next(40); i > 0; i--) line += ALPHABET[next(ALPHABET.length)];
    lines.push(line);
  }
  return lines;
}

function expectSame(lines: readonly string[]): void {
  for (const line of lines) {
    expect(shellWords(line), JSON.stringify(line)).toEqual(reference.shellWords(line));
    expect(shellWords(line, 1), JSON.stringify(line)).toEqual(reference.shellWords(line).slice(0, 1));
    expect(segments(line), JSON.stringify(line)).toEqual(reference.segments(line));
  }
}

describe('shellWords and segments', () => {
  it('split random lines of quotes, separators and spaces exactly as the reference does', () => {
    expectSame(randomLines(20_000));
  });

  const corpus = resolve(repoRoot, '../shared/corpus');
  it.skipIf(!existsSync(corpus))('split the commands of the real transcripts exactly as the reference does', async () => {
    const commands: string[] = [];
    for (const dir of ['mini_swe_agent_trajs', 'spotter_claude_code', 'codex_rollout_samples', 'swe_agent_repo_trajs']) {
      const files = readdirSync(resolve(corpus, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|jsonl)$/.test(f));
      for (const f of files.sort().slice(0, 40))
        for await (const s of readTranscriptFile(resolve(corpus, dir, f)))
          for (const e of s.events) if (e.kind === 'tool_call' && e.command !== undefined) commands.push(e.command);
    }
    expect(commands.length).toBeGreaterThan(1000);
    expectSame([...commands, ...commands.flatMap((c) => reference.segments(c))]);
  });
});
