/**
 * Literal prechecks in front of per-call parsing (episodes.ts writtenFiles, tool-files.ts
 * patchedFiles): a call that cannot hold what the parse looks for skips it, and every call that can
 * still gets the parse's answer. Each case states the answer of the full parse, so a precheck that
 * refuses too much fails here: the quoted forms are the ones a literal search alone would miss.
 */
import { describe, expect, it } from 'vitest';
import { writtenFiles } from '../../src/signals/episodes.js';
import { patchedFiles } from '../../src/signals/tool-files.js';
import type { ToolCallEvent } from '../../src/model/index.js';

const shell = (command: string): ToolCallEvent => ({
  seq: 0,
  kind: 'tool_call',
  name: 'Bash',
  input: { command },
  command,
  origin: { file: 'x.jsonl', line: 1 },
});

describe('writtenFiles behind its precheck', () => {
  it.each([
    ['touch notes.md', ['notes.md']],
    ['echo hi | tee -a out/log.txt', ['log.txt']],
    ['create plan.txt', ['plan.txt']],
    // Quotes join a program's name from pieces: no literal "tee" or "touch" in the line.
    ["echo hi | t'ee' joined.txt", ['joined.txt']],
    ['"tou"ch quoted.md', ['quoted.md']],
    ["cd web && 'to''uch' two.md", ['two.md']],
    // Redirections are read before the precheck.
    ['echo x > report.txt', ['report.txt']],
    ['npm run build >> build.log 2>&1', ['build.log']],
  ])('%s', (command, files) => {
    expect(writtenFiles(shell(command))).toEqual(files);
  });

  it.each(['cat src/app.ts', 'ls -la', 'git status && npm test', 'grep -rn touchstone src', 'pytest -k "create"'])(
    'writes nothing: %s',
    (command) => {
      expect(writtenFiles(shell(command))).toEqual([]);
    },
  );
});

describe('patchedFiles behind its precheck', () => {
  const patch = '*** Begin Patch\n*** Add File: docs/NOTES.md\n+hello\n*** Update File: src/a.ts\n@@\n-x\n+y\n*** End Patch';
  const found = [
    { op: 'Add', path: 'docs/NOTES.md' },
    { op: 'Update', path: 'src/a.ts' },
  ];

  it.each([
    ['a string', patch],
    ['a field', { input: patch }],
    ['an array', { command: ['apply_patch', patch] }],
    ['a nested field', { args: { edits: [{ text: patch }] } }],
    ['a key', { [patch]: true }],
  ])('finds a patch in %s', (_where, input) => {
    expect(patchedFiles(input)).toEqual(found);
  });

  it.each([
    ['nothing', undefined],
    ['a plain command', { command: 'cat src/app.ts' }],
    ['stars without the space', { text: '***bold*** text' }],
    ['numbers and flags', { n: 3, ok: true, list: [1, 2, null] }],
  ])('finds none in %s', (_what, input) => {
    expect(patchedFiles(input)).toEqual([]);
  });
});
