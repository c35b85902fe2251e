import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const imports = (file: string) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('only the engines talk to Anthropic', () => {
  const files = [
    ...readdirSync(path.join(root, 'src/sync')).map((f) => `src/sync/${f}`),
    'src/sources/managed-sessions.ts',
    'src/managed-agents/ports.ts',
    'src/managed-agents/store.ts',
    'src/managed-agents/errors.ts',
  ];
  it.each(files)('%s reaches the API through the ports, not the SDK', (file) => {
    const found = imports(file);
    expect(found.filter((m) => m.startsWith('@anthropic-ai/') || m.endsWith('/api.js'))).toEqual([]);
  });
  it('the check sees SDK imports where they are (api.ts)', () => {
    expect(imports('src/managed-agents/api.ts')).toContain('@anthropic-ai/sdk');
  });
});
