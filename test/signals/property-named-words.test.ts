/**
 * Tables the miners ask with any word of a transcript or of memory (a program's name, a memory entry's word) answer
 * only what they list. As plain objects they answered the names every object has from its prototype
 * (`constructor`, `toString`, `hasOwnProperty`, `__proto__`) with a function, and the caller threw: a CLAUDE.md
 * saying "Use the constructor for DI" stopped every pass ("n.replace is not a function").
 */
import { describe, expect, it } from 'vitest';
import { meaningStems } from '../../src/signals/similar.js';
import { onlyLooks } from '../../src/signals/episodes.js';
import { isOverrideToken } from '../../src/signals/override.js';
import { parseCommand } from '../../src/signals/command.js';
import { parseMemoryFile } from '../../src/memory/parse.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { dreamOffline } from '../helpers/offline-dream.js';

const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'toLocaleString'];

describe("words named like an object's own properties", () => {
  it('a memory entry that says one is read for its meaning like any other word', () => {
    expect(meaningStems('Use the constructor for dependency injection.')).toContain('constructor');
    for (const name of NAMES) expect(() => meaningStems(`Call ${name} on two ids.`)).not.toThrow();
    // Number words still read as digits.
    expect(meaningStems('Indent with two spaces.')).toContain('2');
  });

  it('a command so named is no command that only looks, and no flag of it forces anything', () => {
    for (const name of NAMES) {
      const shape = parseCommand(`${name} status -rf`);
      expect(shape && onlyLooks(shape)).toBe(false);
      expect(isOverrideToken(name, 'flag:-rf')).toBe(false);
    }
    // The tables still answer what they list.
    expect(onlyLooks(parseCommand('git status')!)).toBe(true);
    expect(isOverrideToken('git push', 'flag:-f')).toBe(true);
  });

  it('the offline engine dreams over a memory file that mentions the constructor', async () => {
    const memory = [
      parseMemoryFile('CLAUDE.md', '# Project\n\n- Use the constructor for DI.\n- Prefer constructor injection to setters.\n'),
    ];
    const result = await dreamOffline([], memory, { repoFacts: unknownRepoFacts });
    expect(result.edits).toEqual([]);
  });
});
