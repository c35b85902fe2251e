/**
 * Later Claude Code 2.1 versions draw a collapsed group unmarked: indented under the block above it ("  Read 1 file
 * (ctrl+o to expand)"), at the margin, or right under the person's prompt, and they fold shell commands, thinking
 * and a commit into it ("Thought for 6m 9s, read 2 files, ran 3 shell commands"). Read as a continuation, the group
 * became the end of the assistant's message or of the person's prompt. A whole group line is the calls it counts
 * when it carries the expand hint or stands alone in its paragraph at the block's end; a sentence that starts the
 * same way, or a group-shaped line inside a paragraph or a tool's output, stays where it was. Captures written
 * here in that layout, with wording of our own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'console-unmarked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function read(body: string) {
  const file = join(dir, `capture-${++n}.txt`);
  writeFileSync(file, ` ▐▛███▜▌   Claude Code v2.1.240\n▝▜█████▛▘  Opus 5 · Claude Max\n  ▘▘ ▝▝    ~/src/ledger\n\n${body}\n`);
  const s = (await readAll(file)).sessions[0]!;
  return {
    calls: ofKind(s, 'tool_call').map((c) => c.name),
    results: ofKind(s, 'tool_result').map((r) => r.ok),
    prompts: ofKind(s, 'user_prompt').map((p) => p.text),
    texts: ofKind(s, 'assistant_text').map((t) => t.text),
    interrupts: ofKind(s, 'interrupt').length,
  };
}

const ASK = '❯ why does the export skip March?                                             ';

describe('an unmarked group line is the calls it counts, not the text above it', () => {
  it.each([
    ['  Read 1 file (ctrl+o to expand)', ['Read']],
    ['  Listed 1 directory, ran 5 shell commands (ctrl+o to expand)', ['LS', 'Bash', 'Bash', 'Bash', 'Bash', 'Bash']],
    [
      '  Thought for 6m 9s, searched for 1 pattern, read 2 files, ran 3 shell commands (ctrl+o to expand)',
      ['Grep', 'Read', 'Read', 'Bash', 'Bash', 'Bash'],
    ],
    ['  Committed 4f1c2e9, ran 1 shell command (ctrl+o to expand)', ['Bash', 'Bash']],
    ['Ran 4 shell commands (ctrl+o to expand)', ['Bash', 'Bash', 'Bash', 'Bash']],
    // No hint: alone in its paragraph, at the block's end.
    ['  ran 3 shell commands', ['Bash', 'Bash', 'Bash']],
    ['Searched for 2 patterns, read 1 file', ['Grep', 'Grep', 'Read']],
    ['  Thought for 32s', []],
  ])("after the assistant's message: %s", async (line, names) => {
    const got = await read(`${ASK}\n\n● Let me look at the exporter first.\n\n${line}\n\n● The range ends on February's last day.`);
    expect(got.calls).toEqual(names);
    expect(got.texts).toEqual(['Let me look at the exporter first.', "The range ends on February's last day."]);
    expect(got.prompts).toEqual(['why does the export skip March?']);
    // Reads and searches answered with no failure; the shell commands' outcome is not shown, so none is claimed.
    expect(got.results).toEqual(names.filter((c) => c !== 'Bash').map(() => true));
  });

  it.each([
    ['right under it', `${ASK}\n  Ran 2 shell commands (ctrl+o to expand)`],
    ['after a blank line', `${ASK}\n\n  Merged origin/main, ran 1 shell command (ctrl+o to expand)`],
    ['after a blank line, no hint', `${ASK}\n\n  Read 2 files`],
  ])("under the person's prompt, %s: not their words", async (_, body) => {
    const got = await read(`${body}\n\n● March is filtered by the fiscal-year check.`);
    expect(got.prompts).toEqual(['why does the export skip March?']);
    expect(got.calls.length).toBeGreaterThan(0);
  });

  it("after a tool's result: a group of its own, not the output", async () => {
    const got = await read(
      `${ASK}\n\n● Skill(dataviz)\n  ⎿  Successfully loaded skill\n\n  Read 1 file, ran 2 shell commands (ctrl+o to expand)\n\n● Done.`,
    );
    expect(got.calls).toEqual(['Skill', 'Read', 'Bash', 'Bash']);
    expect(got.texts).toEqual(['Done.']);
  });

  it('"Interrupted" under an unmarked group is the person stopping the agent', async () => {
    const got = await read(
      `${ASK}\n\n● Let me look.\n\n  Listed 1 directory (ctrl+o to expand)\n  ⎿  Interrupted · What should Claude do instead?`,
    );
    expect(got.calls).toEqual(['LS']);
    expect(got.interrupts).toBe(1);
    expect(got.texts).toEqual(['Let me look.']);
  });

  it('a running group drawn with its time: the calls it counts so far', async () => {
    const got = await read(`${ASK}\n\n● Reading 1 file, running 2 shell commands · 5s… (ctrl+o to expand)`);
    expect(got.calls).toEqual(['Read', 'Bash', 'Bash']);
  });
});

describe('prose and output that look like a group stay what they are', () => {
  it.each([
    [
      'a paragraph that goes on',
      '● What I checked:\n\n  Read 2 files\n  and compared their date filters.',
      'What I checked:\n\nRead 2 files\nand compared their date filters.',
    ],
    [
      'two group-shaped lines in one paragraph',
      '● Summary:\n\n  Read 3 files\n  Ran 2 shell commands',
      'Summary:\n\nRead 3 files\nRan 2 shell commands',
    ],
    [
      'a sentence',
      '● Read the config first, then ran 3 shell commands to confirm it.',
      'Read the config first, then ran 3 shell commands to confirm it.',
    ],
    [
      'a sentence of its own',
      '● The filter is wrong.\n\n  Searched for the cause for 2 hours.',
      'The filter is wrong.\n\nSearched for the cause for 2 hours.',
    ],
    ['thinking in words', '● Noted.\n\n  Thought for a while about the range.', 'Noted.\n\nThought for a while about the range.'],
  ])('%s', async (_, body, text) => {
    const got = await read(`${ASK}\n\n${body}\n\n● Next.`);
    expect(got.calls).toEqual([]);
    expect(got.texts).toEqual([text, 'Next.']);
  });

  it("the person's own line under their prompt, no hint and no blank line: their words", async () => {
    const got = await read('❯ two things please:\n  Read 2 files\n\n● Which two?');
    expect(got.prompts).toEqual(['two things please:\nRead 2 files']);
    expect(got.calls).toEqual([]);
  });

  it("a tool's output line that reads like a group is output", async () => {
    const got = await read(`${ASK}\n\n● Bash(./scripts/summary.sh)\n  ⎿  done\n\n     Read 3 files\n\n● Done.`);
    expect(got.calls).toEqual(['Bash']);
    expect(got.texts).toEqual(['Done.']);
  });
});
