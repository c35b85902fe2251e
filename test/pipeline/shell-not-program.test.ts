/**
 * A program the shell tool could not run, run again by another tool, is no program to replace. A real Claude Code
 * session on Windows ran `Get-ChildItem` through the Bash tool ("command not found"), then through the PowerShell
 * tool, then `Test-Path` on the same folder, and main wrote "Run `Test-Path`, not `Get-ChildItem`: it fails." at
 * --min-support 1. End to end through the real reader, miners and offline engine; the sessions are written for this
 * test, not copied from the data.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type WorldSession } from '../helpers/paraphrase-world.js';

const ps = (command: string, out = '') => ({ tool: 'PowerShell', input: { command, description: 'Run PowerShell' }, out });

const wrongShell = (dir: string, cmdlet: string, other: string): WorldSession => ({
  format: 'claude',
  turns: [
    { user: `what is inside ${dir}?` },
    { bash: `${cmdlet} "${dir}" | Select-Object Name`, out: `/usr/bin/bash: line 1: ${cmdlet}: command not found`, error: true },
    ps(`${cmdlet} "${dir}" | Format-Table`, 'Name\n----\nsrc'),
    ps(`${other} "${dir}"`, 'True'),
    { say: 'The folder holds src.' },
  ],
});

describe('the failed program ran through another tool: no "Run Y, not X"', () => {
  it.each<[string, string, string]>([
    ['C:\\work\\shop', 'Get-ChildItem', 'Test-Path'],
    ['D:\\repos\\api\\docs', 'Get-Item', 'Resolve-Path'],
  ])('%s: %s, then %s', async (dir, cmdlet, other) => {
    expect(await addedLines([wrongShell(dir, cmdlet, other)], 1)).toEqual([]);
  });

  it('at the default bar, the same episode in two sessions makes no rule either', async () => {
    const lines = await addedLines([
      wrongShell('C:\\work\\shop', 'Get-ChildItem', 'Test-Path'),
      wrongShell('C:\\work\\shop', 'Get-ChildItem', 'Test-Path'),
    ]);
    expect(lines).toEqual([]);
  });

  it.each<[string, WorldSession['turns']]>([
    ['a program the shell lacks', [{ bash: 'mdl CLAUDE.md', out: 'bash: mdl: command not found', error: true }]],
    [
      'a program that passed only on another file',
      [
        { bash: 'pandoc AGENTS.md -o agents.html', out: 'pandoc: AGENTS.md: openBinaryFile: does not exist', error: true },
        { bash: 'pandoc CLAUDE.md -o claude.html', out: '' },
      ],
    ],
  ])('control, %s: the other program that passed on the same file is still the lesson', async (_name, failed) => {
    const file = failed[0]!.bash!.includes('mdl') ? 'CLAUDE.md' : 'AGENTS.md';
    const lines = await addedLines(
      [{ format: 'claude', turns: [{ user: 'check the docs' }, ...failed, { bash: `markdownlint ${file}`, out: '' }] }],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `markdownlint`, not `(mdl|pandoc)`/)]);
  });
});
