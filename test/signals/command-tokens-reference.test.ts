/**
 * structuralTokens pushes into one array and commandFamily builds no array for a shape without subcommands
 * (command.ts says why): the same tokens, in the same order, and the same families as the spread-and-join
 * formulations they replaced, kept here as the oracle. Compared on the shapes of generated command lines
 * (wrappers, env, runners, `python -m`, setup segments, script runners, make, command groups) and of every
 * command in the real transcripts when ../shared/corpus is there.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CommandShape, RUNNER_BUILTINS, commandFamily, parseCommands, structuralTokens } from '../../src/signals/command.js';
import { repoRoot } from '../transcripts/helpers.js';
import { corpusCommands, randomJoins } from './command-samples.js';

const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun']);

function referenceFamily(shape: CommandShape): string {
  if (shape.program === 'make') return 'make';
  const s0 = shape.sub[0];
  if (s0 && SCRIPT_RUNNERS.has(shape.program)) {
    if (s0 === 'run' || s0 === 'run-script') return `${shape.program} ${s0}`;
    if (shape.program !== 'npm' && !RUNNER_BUILTINS.test(s0)) return `${shape.program} run`;
  }
  return [shape.program, ...shape.sub].join(' ');
}

function referenceTokens(shape: CommandShape): string[] {
  return [
    ...shape.setup.map((x) => `setup:${x}`),
    ...shape.via.map((x) => `via:${x}`),
    ...shape.env.map((e) => `env:${e}`),
    ...shape.sub.map((s) => `sub:${s}`),
    ...shape.flags.map((f) => `flag:${f}`),
  ];
}

const PARTS = [
  'cd web && ',
  'source .venv/bin/activate; ',
  'export CI=1; ',
  'FOO=bar ',
  'sudo ',
  'env A=1 ',
  'npx ',
  'uv run ',
  'bundle exec ',
  'python -m ',
  'py -3.12 -m ',
  'timeout 60 ',
  'git ',
  'npm ',
  'yarn ',
  'pnpm ',
  'make ',
  'docker compose ',
  'aws s3 ',
  'kubectl ',
  'cargo ',
  'pytest ',
  'run ',
  'test ',
  'build ',
  'install ',
  'up ',
  'push ',
  '-v ',
  '--fix ',
  '--flag=x ',
  '-k "a b" ',
  'src/x.ts ',
  'tests/ ',
  '2>&1 ',
  '| tail -5 ',
  '|| true ',
  '&& echo ok ',
];

const generated = (count: number) => randomJoins(PARTS, count, 0x2545f491, (next) => 1 + next(8));

function expectSame(lines: readonly string[]): number {
  let shapes = 0;
  for (const line of lines)
    for (const shape of parseCommands(line)) {
      shapes++;
      expect(structuralTokens(shape), JSON.stringify(line)).toEqual(referenceTokens(shape));
      expect(commandFamily(shape), JSON.stringify(line)).toBe(referenceFamily(shape));
    }
  return shapes;
}

describe('structuralTokens and commandFamily', () => {
  it('match the spread-and-join reference on generated command lines', () => {
    expect(expectSame(generated(20_000))).toBeGreaterThan(10_000);
  });

  const corpus = resolve(repoRoot, '../shared/corpus');
  it.skipIf(!existsSync(corpus))('match the spread-and-join reference on the commands of the real transcripts', async () => {
    const commands = await corpusCommands(corpus);
    expect(expectSame(commands)).toBeGreaterThan(1000);
  });
});
