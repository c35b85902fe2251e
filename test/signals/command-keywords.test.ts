/**
 * Shell grammar is not a program (signals/command.ts). A loop or branch header runs nothing itself, so a failed
 * `for /f ... do taskkill` (cmd's syntax typed into PowerShell) is not a `for` tool the next command replaced; a
 * keyword before a command only says when the command runs.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand, parseCommands } from '../../src/signals/command.js';

const programs = (line: string) => parseCommands(line).map((c) => [c.program, ...c.sub].join(' '));

describe('shell keywords in command lines', () => {
  it.each([
    `for /f "tokens=5" %a in ('netstat -ano ^| findstr :3000') do taskkill /F /PID %a`,
    'for f in src/*.ts',
    'foreach ($p in Get-Process) { $p.Kill() }',
    'case "$1" in',
    'select opt in build test',
    'function deploy() {',
    'done',
    'fi',
  ])('a header or closer is no command: %s', (line) => {
    expect(parseCommand(line)).toBeUndefined();
  });

  it.each([
    ['for f in src/*.ts; do eslint "$f"; done', ['eslint']],
    // grep, sleep and cd are setup or inspection beside another command, with or without a keyword before them.
    ['if grep -q TODO src/app.ts; then npm run lint; fi', ['npm run lint']],
    ['while ! pg_isready; do sleep 1; done', ['pg_isready']],
    ['until curl -sf localhost:3000; do sleep 2; done', ['curl']],
    ['! git diff --quiet && git commit -am wip', ['git diff', 'git commit']],
  ])('the command after a keyword is the program: %s', (line, expected) => {
    expect(programs(line)).toEqual(expected);
  });

  it.each([
    ['forge test', 'forge'],
    ['format-all --check', 'format-all'],
    ['./done.sh', 'done.sh'],
    ['iff --help', 'iff'],
    ['taskkill /F /PID 77200', 'taskkill'],
  ])('a program whose name merely starts like a keyword stays itself: %s', (line, program) => {
    expect(parseCommand(line)?.program).toBe(program);
  });
});
