/**
 * Command lines the reference tests compare the fast splitters and tokenizers with: random joins of a table of
 * parts, and the commands of the real transcripts. Test-only; do not import from src.
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTranscriptFile } from '../../src/transcripts/index.js';

/**
 * `count` lines, each `parts(next)` entries of `table` joined. xorshift32: a linear congruential generator's low bits
 * repeat with a short period, and taken modulo the table's length they left whole combinations (a command group's
 * verb, env beside a runner) never drawn.
 */
export function randomJoins(
  table: readonly string[],
  count: number,
  seed: number,
  parts: (next: (n: number) => number) => number,
): string[] {
  let s = seed;
  const next = (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
  const lines: string[] = [];
  for (let k = 0; k < count; k++) {
    let line = '';
    for (let i = parts(next); i > 0; i--) line += table[next(table.length)];
    lines.push(line);
  }
  return lines;
}

/**
 * The commands of the first 40 transcripts (by name) of every corpus under `corpus`, whichever agent wrote them:
 * their commands differ in shape (heredocs, PowerShell, SWE-agent edits).
 */
export async function corpusCommands(corpus: string): Promise<string[]> {
  const commands: string[] = [];
  for (const dir of readdirSync(corpus).filter((d) => statSync(resolve(corpus, d)).isDirectory())) {
    const files = readdirSync(resolve(corpus, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|jsonl)$/.test(f));
    for (const f of files.sort().slice(0, 40))
      for await (const s of readTranscriptFile(resolve(corpus, dir, f)))
        for (const e of s.events) if (e.kind === 'tool_call' && e.command !== undefined) commands.push(e.command);
  }
  return commands;
}
