import { describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../src/memory/parse.js';
import { commandMentions } from '../../src/signals/memory-refs.js';

const mentions = (text: string): string[] => commandMentions([parseMemoryFile('CLAUDE.md', text)]).map((m) => m.text);

describe('commands memory names', () => {
  it('knows every program whose subcommands a command keeps, and the single-word tools', () => {
    const text = [
      '# Build',
      '',
      '- Build with `gradle build` and test with `mvn test`.',
      '- Install PHP packages with `composer install`.',
      '- Push with `git push origin HEAD`.',
      '- Run `pytest -x` before committing.',
      '',
      '```sh',
      '$ cargo test --all',
      '```',
    ].join('\n');
    expect(mentions(text)).toEqual(
      expect.arrayContaining(['gradle build', 'mvn test', 'composer install', 'git push origin HEAD', 'pytest -x', 'cargo test --all']),
    );
  });

  it('takes a path, a word or an unknown name in backticks for no command', () => {
    expect(mentions('- Sources live in `src/app.ts`; the `config` object holds `retries`; `frobnicate now` is a phrase.')).toEqual([]);
  });
});
