/**
 * shellWords and segments take runs of plain and quoted characters as slices; they must split every
 * command exactly as the one-character-at-a-time splitters did (test/signals/reference-shell.ts):
 * on random lines over the characters that matter (quotes, separators, every kind of space), on random
 * lines of whole tokens (heredocs, escapes, quoted separators) and on
 * the commands of the real transcripts when ../shared/corpus is there.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segments, shellWords, withoutHeredocBodies } from '../../src/signals/shell-words.js';
import { repoRoot } from '../transcripts/helpers.js';
import * as reference from './reference-shell.js';
import { corpusCommands, randomJoins } from './command-samples.js';

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

/**
 * Whole tokens rather than characters, so that the shapes agents write come up together: separators
 * doubled and spaced, quoted runs holding separators, heredoc openers and bodies, escaped newlines,
 * redirections, `$(...)`, words outside ASCII and spaces on either side of every cut.
 */
const TOKENS = [
  'git',
  'push',
  '-u',
  '--flag=x',
  'A=1',
  '&&',
  ' && ',
  '||',
  ' || ',
  ';',
  ' ; ',
  '|',
  ' | ',
  '&',
  '\n',
  '\\\n',
  '\\',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '"a && b"',
  "'x; y | z'",
  '"it\'s"',
  '\'say "hi"\'',
  '"unclosed ; x',
  "'open",
  "cat <<'EOF'\nline; with | seps\nEOF\n",
  'cat <<-EOF\n\tbody && more\n\tEOF\n',
  '2>&1',
  '>/dev/null',
  '$(echo a; echo b)',
  'héllo',
  'naïve',
  '日本語',
  '😀',
  'ok',
];

const tokenLines = (count: number) => randomJoins(TOKENS, count, 0x9e3779b9, (next) => next(16));

function expectSame(lines: readonly string[]): void {
  for (const line of lines) {
    expect(shellWords(line), JSON.stringify(line)).toEqual(reference.shellWords(line));
    expect(shellWords(line, 1), JSON.stringify(line)).toEqual(reference.shellWords(line).slice(0, 1));
    expect(segments(line), JSON.stringify(line)).toEqual(reference.segments(line));
    expect(segments(line, 1), JSON.stringify(line)).toEqual(reference.segments(line).slice(0, 1));
    expect(segments(line, 2), JSON.stringify(line)).toEqual(reference.segments(line).slice(0, 2));
  }
}

describe('shellWords and segments', () => {
  it('split random lines of quotes, separators and spaces exactly as the reference does', () => {
    expectSame(randomLines(20_000));
  });

  it('split random lines of whole tokens (heredocs, escapes, quoted separators, words outside ASCII) exactly as the reference does', () => {
    expectSame(tokenLines(20_000));
  });

  const corpus = resolve(repoRoot, '../shared/corpus');
  it.skipIf(!existsSync(corpus))('split the commands of the real transcripts exactly as the reference does', async () => {
    const commands = await corpusCommands(corpus);
    expect(commands.length).toBeGreaterThan(1000);
    // parseAll cuts the line without its heredoc bodies and escaped newlines: those lines too.
    const cut = commands.map((c) => withoutHeredocBodies(c).replace(/\\\n/g, ' '));
    expectSame([...commands, ...cut, ...[...commands, ...cut].flatMap((c) => reference.segments(c))]);
  });
});
