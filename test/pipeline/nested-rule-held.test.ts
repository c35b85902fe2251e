/**
 * A rule memory holds as one item of a longer list entry is held. Round 29 of unseen projects (a CLAUDE.md whose style
 * section is bullets with sub-bullets, "- **Documentation**:" then "  - **NEVER add redundant comments** that restate
 * what the code already expresses") found the pass adding "Don't add redundant comments: the user asked for it in 2
 * sessions." beside it when the person corrected agents against that rule in two sessions written after it: the words
 * of the lesson were compared with the whole entry, parent line and sibling sub-bullets together, and were too few of
 * them. A duplicate add is a wrong edit. A rule the agents keep breaking after it was written is marked IMPORTANT on its
 * own line instead, as a one-line entry is; an item inside a longer entry is never moved (the entry holds more).
 *
 * The cases are written from the class, not from the project's lines: other rules, `*` and numbered parents, deeper
 * indentation, a rule on the parent's own line, and controls (the rule written after the sessions; another rule).
 */
import type { Turn } from '../helpers/transcript-builders.js';
import { conventions, memoryAudit, memoryOf, twice, type Case } from '../helpers/memory-audit.js';

const PROJECT = {
  'package.json': '{ "name": "tidewatch", "scripts": { "test": "vitest run" } }\n',
  'src/tides.ts': 'export {};\n',
};
const doc = (name: string, lines: string[]) => `# ${name}\n\n## Code style\n\n${lines.join('\n')}\n${conventions(name)}`;

/** The agent edits a file, the person corrects it with `said` (one wording per session). */
const corrected =
  (said: [string, string]) =>
  (task: string, k: number): Turn[] => [
    { user: task },
    {
      tool: 'Edit',
      input: { file_path: '/w/app/src/tides.ts', old_string: 'export {};', new_string: '// export nothing\nexport {};' },
      out: 'The file /w/app/src/tides.ts has been updated successfully.',
    },
    { say: 'Done.' },
    { user: said[k]! },
    { say: 'Fixed.' },
  ];

const held = (name: string, lines: string[], said: [string, string], marked: RegExp): Case => ({
  name,
  world: (agent) => ({ files: { ...PROJECT, [memoryOf(agent)]: doc(memoryOf(agent), lines) }, sessions: twice(agent, corrected(said)) }),
  want: { op: 'update', file: memoryOf, after: marked },
});

const positives: Case[] = [
  held(
    'a sub-bullet under a labelled parent',
    [
      '- **Documentation**:',
      '  - Prefer self-documenting code over long docstrings',
      '  - **Never add comments** that restate what the code does',
      '- Keep functions short.',
    ],
    [
      'You added comments that restate what the code does. Never add comments that restate the code.',
      "Again! Don't add comments that restate the code.",
    ],
    /^ {2}- \*\*IMPORTANT:\*\* \*\*Never add comments\*\* that restate what the code does$/m,
  ),
  held(
    'a sub-bullet under a numbered parent, star markers',
    [
      '1. Naming:',
      '   * Name tests after the behaviour they check',
      '   * Never use abbreviations in public names',
      '2. Keep functions short.',
    ],
    ['Never use abbreviations in public names.', "Don't use abbreviations in public names, please."],
    /^ {3}\* \*\*IMPORTANT:\*\* Never use abbreviations in public names$/m,
  ),
  held(
    'a sub-sub-bullet',
    ['- Logging:', '  - Levels:', '    - Never log at debug level in library code', '  - Use the shared logger', '- Keep functions short.'],
    ['Never log at debug level in library code.', "Don't log at debug level in library code!"],
    /^ {4}- \*\*IMPORTANT:\*\* Never log at debug level in library code$/m,
  ),
];

const controls: Case[] = [
  {
    // Written after both sessions: they show no agent missing it (strengthen-dated.ts), and it is not added again.
    name: 'the sub-bullet was written after the sessions',
    world: (agent) => ({
      files: {
        ...PROJECT,
        [memoryOf(agent)]: doc(memoryOf(agent), [
          '- **Documentation**:',
          '  - Prefer self-documenting code over long docstrings',
          '  - **Never add comments** that restate what the code does',
          '- Keep functions short.',
        ]),
      },
      sessions: twice(agent, corrected(['Never add comments that restate the code.', "Don't add comments that restate the code."])),
      committedAt: '2026-11-25T10:00:00Z',
    }),
  },
  {
    name: 'the sub-bullet already says IMPORTANT',
    world: (agent) => ({
      files: {
        ...PROJECT,
        [memoryOf(agent)]: doc(memoryOf(agent), [
          '- **Documentation**:',
          '  - Prefer self-documenting code over long docstrings',
          '  - IMPORTANT: never add comments that restate what the code does',
          '- Keep functions short.',
        ]),
      },
      sessions: twice(agent, corrected(['Never add comments that restate the code.', "Don't add comments that restate the code."])),
    }),
  },
];

memoryAudit('a rule held as an item of a longer entry', ['claude', 'codex'], positives, controls);
