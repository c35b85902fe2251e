/**
 * patchedFiles looks for '*** ' in a tool input's strings and keys before writing the input out as
 * JSON: a call that cannot hold a patch skips the parse, and every call that can still gets the
 * parse's answer. Each case states the answer of the full parse, so a precheck that refuses too much
 * (a patch in an array, a nested field or a key) fails here.
 */
import { describe, expect, it } from 'vitest';
import { patchedFiles } from '../../src/signals/tool-files.js';

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
