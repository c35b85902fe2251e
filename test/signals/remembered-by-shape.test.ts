/**
 * commandDisplay and structuralTokenSet remember their answers by shape (command.ts and command-display.ts say why).
 * What remembering must not change, checked on generated lines and, when ../shared/corpus is there, on every command
 * of the real transcripts: parseCommand's shape (parsing stops after it) is parseCommands' first; a display asked for
 * with a script is never the one remembered without it; and structuralDiff over the remembered token sets is the diff
 * of the token arrays, as it was before (kept here as the oracle).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, parseCommands, structuralDiff, structuralTokens, type CommandShape } from '../../src/signals/command.js';
import { commandDisplay, lessonCommand } from '../../src/signals/command-display.js';
import { repoRoot } from '../transcripts/helpers.js';
import { corpusCommands, randomJoins } from './command-samples.js';

const PARTS = [
  'cd web && ',
  'source .venv/bin/activate; ',
  'export CI=1; ',
  'FOO=bar ',
  'sudo ',
  'npx ',
  'uv run ',
  'python -m ',
  'git ',
  'npm ',
  'make ',
  'docker compose ',
  'pytest ',
  'run ',
  'build ',
  '-C app ',
  '-f compose.test.yml ',
  '--strict ',
  '-x ',
  'src/app.py ',
  '"a quoted arg" ',
  'manage.py ',
  '| tee out.log',
  ' && ',
  '; ',
  ' > /dev/null',
];
const generated = randomJoins(PARTS, 4000, 0x2545f491, (next) => 1 + next(7));
const corpus = resolve(repoRoot, '../shared/corpus');

/** The diff as structuralDiff made it before token sets were remembered: from the token arrays, each time. */
function referenceDiff(a: CommandShape, b: CommandShape): { added: string[]; removed: string[] } {
  const ta = new Set(structuralTokens(a));
  const tb = new Set(structuralTokens(b));
  return { added: [...tb].filter((t) => !ta.has(t)).sort(), removed: [...ta].filter((t) => !tb.has(t)).sort() };
}

function expectSameFirstShape(lines: readonly string[]): number {
  let checked = 0;
  for (const line of lines) {
    const whole = parseCommands(line)[0];
    if (!whole) continue;
    checked++;
    expect(parseCommand(line), JSON.stringify(line)).toEqual(whole);
  }
  return checked;
}

function expectSameDiffs(lines: readonly string[]): number {
  const shapes = lines.flatMap((l) => parseCommands(l));
  let pairs = 0;
  for (let i = 0; i + 1 < shapes.length; i++) {
    const [a, b] = [shapes[i]!, shapes[i + 1]!];
    expect(structuralDiff(a, b)).toEqual(referenceDiff(a, b));
    // Asked again (the sets now remembered) and the other way round.
    expect(structuralDiff(a, b)).toEqual(referenceDiff(a, b));
    expect(structuralDiff(b, a)).toEqual(referenceDiff(b, a));
    pairs++;
  }
  return pairs;
}

describe('shapes and token sets', () => {
  it('the shape a parse that stops at the first gives is the first of the whole parse', () => {
    expect(expectSameFirstShape(generated)).toBeGreaterThan(3000);
  });

  it.skipIf(!existsSync(corpus))('and so on the commands of the real transcripts', async () => {
    expect(expectSameFirstShape(await corpusCommands(corpus))).toBeGreaterThan(1000);
  });

  it('structuralDiff over remembered token sets is the diff of the token arrays', () => {
    expect(expectSameDiffs(generated)).toBeGreaterThan(3000);
  });

  it.skipIf(!existsSync(corpus))('and so on the commands of the real transcripts', async () => {
    expect(expectSameDiffs(await corpusCommands(corpus))).toBeGreaterThan(1000);
  });
});

describe('displays remembered by shape', () => {
  it('a display with a script is not the one remembered without it, asked in either order', () => {
    for (const [line, script, bare, named] of [
      ['python manage.py migrate --noinput', 'manage.py', 'python', 'python manage.py migrate --noinput'],
      ['node scripts/build.js --prod', 'scripts/build.js', 'node', 'node scripts/build.js --prod'],
    ] as const) {
      const [shape] = parseCommands(line);
      expect(commandDisplay(shape!)).toBe(bare);
      expect(commandDisplay(shape!, script)).toBe(named);
      expect(lessonCommand(shape!, false, script)).toBe(named);
      expect(commandDisplay(shape!)).toBe(bare);
      // A shape equal to it but never shown before shows the same.
      expect(commandDisplay({ ...shape! }, script)).toBe(named);
      expect(commandDisplay({ ...shape! })).toBe(bare);
    }
  });

  it('the display remembered for a shape is the one made afresh', () => {
    // A script no word of the line is changes nothing in a display (only a word equal to it is kept), and is never remembered.
    const noWord = '\u0000';
    for (const line of generated.slice(0, 1500))
      for (const shape of parseCommands(line)) {
        expect(commandDisplay(shape), JSON.stringify(line)).toBe(commandDisplay(shape, noWord));
        expect(commandDisplay(JSON.parse(JSON.stringify(shape)) as CommandShape), JSON.stringify(line)).toBe(commandDisplay(shape, noWord));
      }
  });
});
