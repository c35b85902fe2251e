/**
 * Where an added lesson lands, on memory files written for these tests (structures like real ones,
 * words of our own): under the section its commands and topic belong to, never under a section that
 * only shares an English verb with a subcommand, else in the trailing lessons block.
 */
import { describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../../src/memory/parse.js';
import { sectionFor } from '../../../src/engine/offline/placement.js';

const file = (text: string) => parseMemoryFile('CLAUDE.md', text);

const web = file(
  [
    '# web',
    '',
    '## Adding a new page',
    '',
    '- Add the route to `src/routes.ts`.',
    '- Add a snapshot test next to the page.',
    '',
    '## How to add a feature flag',
    '',
    'Add the flag to `config/flags.ts` and read it with `useFlag`.',
    '',
    '## Shipping',
    '',
    '- Stage files one by one with `git add -p`.',
    '- Commit with `git commit -s`, then `git push`.',
    '',
    '## Testing',
    '',
    '- Run `pytest -q` before pushing.',
    '',
  ].join('\n'),
);

describe('placement of an added lesson', () => {
  it.each([
    'Leave `dist/` out of `git add`: `git add` refuses it.',
    'Leave `public/build/` out of `git add`: `git add` refuses it, and forcing it with `-f` only hides the refusal.',
    'Run `git add` before `git commit`: `git commit` fails until it has run.',
  ])('puts a git lesson with the git commands, not under a heading that says "add": %s', (lesson) => {
    expect(sectionFor(web, lesson)).toEqual(['web', 'Shipping']);
  });

  it('puts a test-runner lesson under the section whose heading and commands name it', () => {
    expect(sectionFor(web, 'Run the tests with `TZ=UTC pytest`: plain `pytest` fails.')).toEqual(['web', 'Testing']);
  });

  it('matches a program named in a heading ("## Git") but not a subcommand named as a verb', () => {
    const m = file(
      '# app\n\n## Git\n\n- Rebase onto main; never merge main in.\n\n## Add new endpoints\n\n- Add them to the router and add a test.\n',
    );
    expect(sectionFor(m, 'Leave `tmp/` out of `git add`: `git add` refuses it.')).toEqual(['app', 'Git']);
  });

  it('falls back to the lessons block when only verbs and common words are shared', () => {
    const m = file(
      '# app\n\n## How to add manual tracing\n\n- Add spans with `Tracer.with_span`.\n- Add attributes to the span.\n\n## Commit linking\n\n- Hooks must never call `git show`.\n',
    );
    for (const lesson of [
      'Leave `priv/static/assets/` out of `git add`: `git add` refuses it.',
      'Leave `build/` out of `git add`: `git add` refuses it.',
    ])
      expect(sectionFor(m, lesson)).toBeUndefined();
  });

  it('still places prose lessons by their prose', () => {
    const m = file(
      '# shop\n\n## Setup\n\n- Install dependencies with `npm install`.\n\n## Database\n\n- Never edit a migration that has shipped.\n- Name migrations after their table.\n',
    );
    expect(sectionFor(m, 'Never reorder migrations: the deploy applies them by name.')).toEqual(['shop', 'Database']);
  });
});
