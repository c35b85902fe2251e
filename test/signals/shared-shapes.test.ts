/**
 * parseCommands shares one read-only list of shapes among the callers asking for the same short line, and
 * commandDisplay and structuralTokenSet remember their answers by shape (command.ts and command-display.ts say why).
 * What the sharing must not change, checked on generated lines and, when ../shared/corpus is there, on every command
 * of the real transcripts: the first shape of a remembered line (parsed whole) is the one parsing stops at for a line
 * too long to remember; a display asked for with a script is never the one remembered without it; and structuralDiff
 * over the remembered token sets is the diff of the token arrays, as it was before (kept here as the oracle).
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

/** Past the longest line the memo keeps (1,024 characters): trailing blanks, which no segment keeps. */
const tooLongToRemember = (line: string): string => line + ' '.repeat(1100);

/** The diff as structuralDiff made it before token sets were remembered: from the token arrays, each time. */
function referenceDiff(a: CommandShape, b: CommandShape): { added: string[]; removed: string[] } {
  const ta = new Set(structuralTokens(a));
  const tb = new Set(structuralTokens(b));
  return { added: [...tb].filter((t) => !ta.has(t)).sort(), removed: [...ta].filter((t) => !tb.has(t)).sort() };
}

function expectSameFirstShape(lines: readonly string[]): number {
  let checked = 0;
  for (const line of lines) {
    const remembered = parseCommands(line)[0];
    if (!remembered) continue;
    // Blanks after a quote that never closes would be inside it: such a line is another line once padded.
    if ((line.split('"').length - 1) % 2 === 1 || (line.split("'").length - 1) % 2 === 1) continue;
    checked++;
    expect(parseCommand(line), JSON.stringify(line)).toEqual(remembered);
    expect(parseCommand(tooLongToRemember(line)), JSON.stringify(line)).toEqual(remembered);
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

describe('shapes shared by line', () => {
  it('the first shape of a remembered line is the one a parse that stops at it gives', () => {
    expect(expectSameFirstShape(generated)).toBeGreaterThan(3000);
  });

  it.skipIf(!existsSync(corpus))('and so on the commands of the real transcripts', async () => {
    expect(expectSameFirstShape(await corpusCommands(corpus))).toBeGreaterThan(1000);
  });

  it('a long line is parsed each time, to the same shapes', () => {
    const line = `cd web && npm run build -- --mode production ${'src/x.ts '.repeat(150)}`;
    expect(line.length).toBeGreaterThan(1024);
    const first = parseCommands(line);
    expect(first.map((s) => [s.program, ...s.sub].join(' '))).toEqual(['npm run build']);
    expect(parseCommands(line)).not.toBe(first);
    expect(parseCommands(line)).toEqual(first);
  });

  it('a remembered line keeps no document it was cut from alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 8; k++) {
      // An 8 MB export with one command in it, cut out by a regex as a reader of markdown does: a slice of the export.
      const doc = `${'x'.repeat(8 * 1024 * 1024)}${k}\n$ npm run build-${k} --strict -C app\n`;
      const line = /\$ (npm run build-\d+ --strict -C app)/.exec(doc)![1]!;
      expect(parseCommands(line)[0]?.program).toBe('npm');
    }
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(16 * 1024 * 1024);
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
