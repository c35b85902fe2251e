import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTopLevelKeys } from '../../src/transcripts/detect-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'detect-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scanTopLevelKeys', () => {
  // Escaped quotes and backslash runs in values, nested objects with their own keys, a key after a long value.
  const doc = {
    info: { note: 'say \\"hi\\" and \\\\', deeper: { messages: 'not top level' } },
    'odd \\"key': [1, '"', '\\', { x: '\\\\"' }],
    messages: [{ role: 'user', content: 'a "quoted" word\\' }],
    tail: 'x'.repeat(300),
    last: null,
  };
  const file = join(dir, 'doc.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const expected = [
    { key: 'info', value: '{' },
    { key: 'odd \\\\\\"key', value: '[' },
    { key: 'messages', value: '[' },
    { key: 'tail', value: '"' },
    { key: 'last', value: 'n' },
  ];

  it('finds the top-level keys whatever the chunk size, escapes straddling chunks included', async () => {
    for (const chunk of [1, 2, 3, 7, 64, 1 << 20]) expect([chunk, await scanTopLevelKeys(file, chunk)]).toEqual([chunk, expected]);
  });

  it('stops at a top-level array', async () => {
    const arr = join(dir, 'arr.json');
    writeFileSync(arr, '[{"a": 1}]');
    expect(await scanTopLevelKeys(arr)).toEqual([]);
  });
});
