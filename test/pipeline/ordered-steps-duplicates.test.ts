/**
 * The steps of one numbered procedure are different steps, however alike their words. Round 29 of unseen projects
 * (a Claude Code project whose CLAUDE.md lays out its workflow as a numbered list) found the near-duplicate check
 * deleting step 4, "write a plan", with its two sub-steps, as a copy of step 3, "brainstorm a spec", at the default
 * bar and from no session at all: both steps end in the same review sub-steps ("reviewed by a panel of …, patching
 * … with feedback", "repeats until there is no Blockers"), and those shared lines outweighed the steps' own words.
 * The delete took a whole step out of the procedure and left its numbering going 3, 5.
 *
 * The numbers say the items are positions in one sequence: a step repeated later in a procedure ("lint again after
 * generating the code") is a second step, not a copy. So two items of one ordered list are neither duplicates nor
 * contradictions of each other. Bullets, and numbered items of two separate lists, are judged as before.
 *
 * The cases are written from the class, not from the project's lines: other procedures, lazy numbering (every item
 * "1."), `1)` markers, one-line steps, a step that repeats an earlier one, and controls that must still be merged.
 */
import type { Turn } from '../helpers/transcript-builders.js';
import { conventions, memoryAudit, memoryOf, ran, twice, type Case } from '../helpers/memory-audit.js';

const PROJECT = {
  'package.json': '{ "name": "tidewatch", "scripts": { "test": "vitest run", "lint": "eslint .", "gen": "node gen.mjs" } }\n',
  'src/tides.ts': 'export {};\n',
  'gen.mjs': '// writes src/gen/\n',
};
const NEUTRAL = (task: string): Turn[] => [{ user: task }, ran('npm test', ' Tests  12 passed (12)'), { say: 'Done.' }];
const doc = (name: string, lines: string[]) => `# ${name}\n\n## Workflow\n\n${lines.join('\n')}\n${conventions(name)}`;

const world = (lines: string[]) => (agent: Parameters<Case['world']>[0]) => ({
  files: { ...PROJECT, [memoryOf(agent)]: doc(memoryOf(agent), lines) },
  sessions: twice(agent, NEUTRAL),
});
const steps = (name: string, lines: string[]): Case => ({ name, world: world(lines) });
const copies = (name: string, lines: string[], before: RegExp): Case => ({ name, world: world(lines), want: { op: 'delete', before } });

const controls: Case[] = [
  steps('two steps that end in the same review sub-steps', [
    '1. Read the ticket and the module docs',
    '2. Draft the migration plan with the owner of the table',
    '   1. A second reviewer checks it for data loss, lock time and rollback, and we fix what they find',
    '   2. Repeat 2.1 until the reviewer finds no blockers',
    '3. Write the migration itself',
    '   1. A second reviewer checks it for data loss, lock time and rollback, and we fix what they find',
    '   2. Repeat 3.1 until the reviewer finds no blockers',
    '4. Ship it behind a flag',
  ]),
  steps('the same, numbered lazily (every item "1.")', [
    '1. Sketch the screen with the designer',
    '   - The sketch is reviewed by product, accessibility and engineering, and we patch it with their notes',
    '   - Repeat until nobody has a blocker',
    '1. Build the screen',
    '   - The build is reviewed by product, accessibility and engineering, and we patch it with their notes',
    '   - Repeat until nobody has a blocker',
    '1. Release it',
  ]),
  steps('steps marked with a closing parenthesis', [
    '1) Deploy the worker to the canary pool and watch its error rate for ten minutes',
    '2) Deploy the worker to the main pool and watch its error rate for ten minutes',
    '3) Close the ticket',
  ]),
  steps('a procedure that repeats a step at a later point', [
    '1. Run `npm run lint` and fix what it reports.',
    '2. Run `npm run gen` to refresh the generated code.',
    '3. Run `npm run lint` again and fix what it reports.',
    '4. Commit.',
  ]),
  steps('two one-line steps that differ in one word', [
    '1. Build the image for staging and push it to the registry with the release tag',
    '2. Build the image for production and push it to the registry with the release tag',
    '3. Announce the release',
  ]),
];

// Still merged: the rule is about steps of one list, not about numbers.
const duplicates: Case[] = [
  copies(
    'two bullets that say the same thing',
    ['- Keep functions small and typed.', '- Keep functions small, and add type hints.'],
    /Keep functions small/,
  ),
  copies(
    'a numbered item and a bullet that say the same thing',
    ['1. Keep functions small and typed.', '2. Name tests after the behaviour.', '', '- Keep functions small, and add type hints.'],
    /Keep functions small/,
  ),
  copies(
    'the first item of two separate lists, the same rule retyped',
    [
      '1. Never commit `.env` files.',
      '2. Name tests after the behaviour.',
      '',
      'Before a release:',
      '',
      '1. never commit .env files',
      '2. Tag the commit.',
    ],
    /\.env/i,
  ),
];

memoryAudit('numbered steps', ['claude', 'codex'], duplicates, controls);
