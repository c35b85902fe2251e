/**
 * Entries that point at different pages or files are different entries, however alike their words. Round 11 of unseen projects
 * found the near-duplicate check deleting "* For MCP: <docs link>" as a copy of "* For function calling, read docs
 * in <docs link>" from a GEMINI.md at the default bar: the two links share a host and most of a path, and the words
 * of a URL ("google", "github", "io", "adk", "docs", "tools") outweighed what the entries say. The link is an entry's
 * payload, as a code span is: two entries whose links differ say two things. The same link retyped (angle brackets,
 * a trailing slash, case of the host) is the same link, and such duplicates still go. Probing the class found the same
 * for file paths written without backticks ("See docs/api/auth.md for ...", "See docs/api/billing.md for ..."): a
 * backticked path was already safe as a code span, a bare one was not.
 *
 * The cases are written from the class, not from the project's lines: other hosts, markdown links, bare URLs, one
 * host with different paths, one path on different hosts, bare paths of files and folders.
 */
import type { Turn } from '../helpers/transcript-builders.js';
import { conventions, memoryAudit, memoryOf, ran, twice, type Case } from '../helpers/memory-audit.js';

const PROJECT = {
  'package.json': '{ "name": "ledgerly", "scripts": { "test": "vitest run" } }\n',
  'src/ledger.ts': 'export {};\n',
  'docs/api/auth.md': '# Auth\n',
  'docs/api/billing.md': '# Billing\n',
  'docs/deploy/staging.md': '# Staging\n',
  'docs/deploy/production.md': '# Production\n',
  'src/server/handlers/auth/index.ts': 'export {};\n',
  'src/server/handlers/billing/index.ts': 'export {};\n',
};
const NEUTRAL = (task: string): Turn[] => [{ user: task }, ran('npm test', ' Tests  12 passed (12)'), { say: 'Done.' }];
const doc = (name: string, lines: string[]) => `# ${name}\n\n## Links\n\n${lines.join('\n')}\n${conventions(name)}`;

const world = (lines: string[]) => (agent: Parameters<Case['world']>[0]) => ({
  files: { ...PROJECT, [memoryOf(agent)]: doc(memoryOf(agent), lines) },
  sessions: twice(agent, NEUTRAL),
});
const same = (name: string, lines: string[], before: RegExp): Case => ({ name, world: world(lines), want: { op: 'delete', before } });
const differ = (name: string, lines: string[]): Case => ({ name, world: world(lines) });

const duplicates: Case[] = [
  same(
    'the same link, the sentence retyped',
    [
      '- Read https://docs.ledgerly.dev/api/v2/ before changing the client.',
      '- Read https://docs.ledgerly.dev/api/v2/ before you change the client.',
    ],
    /api\/v2/,
  ),
  same(
    'the same link in angle brackets and without its trailing slash',
    [
      '- API reference for the client: https://docs.ledgerly.dev/api/v2/',
      '- API reference for the client: <https://DOCS.ledgerly.dev/api/v2>',
    ],
    /api\/v2/,
  ),
  same(
    'the same bare path, once with ./',
    ['- See docs/api/auth.md for the auth endpoints and their errors.', '- See ./docs/api/auth.md for the auth endpoints and errors.'],
    /auth\.md/,
  ),
];

const controls: Case[] = [
  differ('two guides on one host, different paths', [
    '* For MCP: https://docs.ledgerly.dev/guides/tools/mcp-servers/',
    '* For function calling, read docs in https://docs.ledgerly.dev/guides/tools/function-calls/',
  ]),
  differ('a bare link beside a described one', [
    '* getting started: https://docs.ledgerly.dev/guides/tutorials/first-ledger/',
    '* https://docs.ledgerly.dev/guides/evaluate/',
  ]),
  differ('two bare links', ['- https://wiki.ledgerly.dev/team/onboarding/checklist', '- https://wiki.ledgerly.dev/team/oncall/checklist']),
  differ('two markdown links', [
    '- [Style guide](https://github.com/ledgerly/handbook/blob/main/docs/style.md)',
    '- [Review guide](https://github.com/ledgerly/handbook/blob/main/docs/review.md)',
  ]),
  differ('one path on two hosts', [
    '- Staging queue dashboard: https://staging.ledgerly.dev/admin/queues',
    '- Production queue dashboard: https://ledgerly.dev/admin/queues',
  ]),
  differ('the same words, two versions of the docs', [
    '- Read the migration guide at https://docs.ledgerly.dev/v1/migrate/',
    '- Read the migration guide at https://docs.ledgerly.dev/v2/migrate/',
  ]),
  differ('two bare doc paths in one folder', [
    '- See docs/api/auth.md for the auth endpoints.',
    '- See docs/api/billing.md for the billing endpoints.',
  ]),
  differ('the same sentence for two environments', [
    '- Read docs/deploy/staging.md before deploying',
    '- Read docs/deploy/production.md before deploying',
  ]),
  differ('two bare folders', [
    '- Auth handlers live in src/server/handlers/auth/',
    '- Billing handlers live in src/server/handlers/billing/',
  ]),
  {
    // CLAUDE.md and a rule file Claude always loads: one copy of a rule in both would go from CLAUDE.md.
    name: 'CLAUDE.md and an always-loaded rule file link two pages of one site',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'CLAUDE.md': doc('CLAUDE.md', [
          '- The ledger schema is documented at https://docs.ledgerly.dev/reference/schema/ledger',
          '- Keep functions short.',
        ]),
        '.claude/rules/links.md': '# Links\n\n- The ledger schema is documented at https://docs.ledgerly.dev/reference/schema/journal\n',
        ...(agent === 'claude' ? {} : { [memoryOf(agent)]: doc(memoryOf(agent), ['- Keep functions short.']) }),
      },
      sessions: twice(agent, NEUTRAL),
    }),
  },
];

memoryAudit('links', ['claude', 'codex'], duplicates, controls);
