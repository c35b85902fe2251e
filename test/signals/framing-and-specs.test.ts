import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { ruleSections } from '../../src/signals/own-sections.js';
import { session, type Step } from './session-builder.js';

// A message with a paste in it, or a long spec the user typed, used to be skipped whole: the user's own
// framing sentence ("Stop calling v1, it was retired. This is what came back: ```...```") and a rules
// section inside a task spec were lost. Now the size bar is the user's own text (pasted lines blanked),
// and of a long spec only the sections it heads as rules are read. Fixtures are written for these tests:
// other endpoints, tools and wordings than the code's comments; the controls are pastes full of
// imperatives and task steps that must stay out.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const edit: Step = { tool: 'Edit', input: { file_path: '/srv/app/billing.ts', old_string: 'a', new_string: 'b' } };

/** What a user message mines as a rule, said with no rejection before it (a plain imperative is a task there). */
const lessons = (text: string, before: Step[] = [edit]) =>
  mineSession(session('s1', [...before, { user: text }]), noMemory)
    .filter((s) => s.kind === 'instruction')
    .map((s) => s.lesson);

const logLines = (n: number) =>
  Array.from({ length: n }, (_, k) => `2026-11-02T10:00:${String(k).padStart(2, '0')}Z INFO worker ${k} picked job ${k * 7}`).join('\n');

describe("the user's own sentence around a paste", () => {
  it('a prohibition with its reason before a fenced error', () => {
    const text =
      'Stop calling the v1 invoices endpoint, it was retired in March. This is what came back:\n```\nHTTP/1.1 410 Gone\n{"error": "use /v2/invoices"}\n```';
    expect(lessons(text)).toEqual(['Stop calling the v1 invoices endpoint, it was retired in March.']);
  });

  it('a preference typed after a fenced terminal session', () => {
    const text =
      '```\n$ yarn add date-fns\nerror An unexpected error occurred: "EINTEGRITY".\n```\nDon\'t use yarn here. Always use npm: the lockfile is package-lock.json.';
    expect(lessons(text)).toEqual(['Use npm, not yarn: the lockfile is package-lock.json.']);
  });

  it('a rule before a long unfenced log (over the old 600-character, 6-line bar)', () => {
    const text = `Always run the API tests with \`--runInBand\`: they share one Postgres schema. Output from the last run:\n${logLines(20)}`;
    expect(text.length).toBeGreaterThan(600);
    expect(lessons(text)).toEqual(['Always run the API tests with `--runInBand`: they share one Postgres schema.']);
  });

  it('the user speaking again after the fence closes', () => {
    const text =
      'the deploy printed:\n```\nWARN chart 4.2.0 is unpinned\nRun `helm repo update` to refresh.\n```\nNever deploy an unpinned chart to prod.';
    expect(lessons(text)).toEqual(['Never deploy an unpinned chart to prod.']);
  });
});

describe('data the user pasted without a fence', () => {
  it('JSON lines are data, not the user: a "Never" inside a value stays out, the rule above it is read', () => {
    const sample = JSON.stringify(
      { frame: 0, at: '00:00:09.5', note: 'Never cache this frame', image_path: '/Users/ana/f/0000.jpg' },
      null,
      2,
    );
    expect(lessons(`Don't write absolute paths into frame_data.json.\n${sample}`)).toEqual([
      "Don't write absolute paths into frame_data.json.",
    ]);
  });

  it('a heading line is not a sentence of the rule: "Payload:" is neither its reason nor an alternative', () => {
    const sample = JSON.stringify({ level: 'info', body: '<redacted>' }, null, 2);
    expect(lessons(`Never output raw HTML.\nPayload:\n${sample}`)).toEqual(['Never output raw HTML.']);
  });
});

describe('a line that heads a list', () => {
  it('is not a rule of its own: "Don\'t touch these folders:." names nothing without its list', () => {
    expect(lessons("Don't touch these folders:\n- dist/\n- gen/")).toEqual([]);
  });
});

describe('a rules section inside a long spec the user typed', () => {
  const spec = [
    '# Add CSV export to the reports page',
    '',
    'We need a button on /reports that downloads the table the user is looking at as a CSV file. Use the',
    'existing `ExportService` for the formatting and keep the button next to the date filter. The file name',
    'should carry the report name and the date range.',
    '',
    '## Requirements',
    '- implement the endpoint under `api/reports/export`',
    '- add a unit test for the serializer',
    "- don't change the public props of ReportTable",
    '- always quote every cell, even numbers',
    '',
    '## Constraints',
    '- never edit files under `src/generated/`, they come from the OpenAPI spec',
    '- run `make lint` before committing',
    '- keep the change small',
    '',
    '## Acceptance',
    'Export of a 10k-row report finishes in under two seconds.',
  ].join('\n');

  it('only the items under the rules heading, and of plain imperatives only one that recurs', () => {
    expect(spec.length).toBeGreaterThan(600);
    expect(lessons(spec)).toEqual([
      'Never edit files under `src/generated/`, they come from the OpenAPI spec.',
      'Run `make lint` before committing.',
    ]);
  });

  it('a heading ending in a colon, a bold heading and numbered items', () => {
    const text = [
      'Picking up the search rewrite from last week. The goal is to move the indexer from the cron job into',
      'the queue worker so that new listings show up within a minute instead of an hour. Look at',
      '`worker/index.ts` first, it already has the retry logic we want to reuse.',
      'The old cron entry can go once the worker handles the backfill.',
      'Ping me if the schema for the listing table gets in the way.',
      '',
      'House rules:',
      '1. Use pnpm, not npm.',
      '2) run the type check whenever you touch a `.d.ts` file',
      '',
      '**Steps**',
      '- always start with the backfill',
      '',
      '**Conventions**',
      '* Never import from `internal/` outside its package.',
    ].join('\n');
    expect(lessons(text)).toEqual([
      'Use pnpm, not npm.',
      'Run the type check whenever you touch a `.d.ts` file.',
      'Never import from `internal/` outside its package.',
    ]);
  });
});

describe('rules headings and other headings, in other forms', () => {
  const body = [
    'Context for the billing cleanup: the invoices service still has two code paths for VAT, one from the',
    'old monolith and one written last spring. We want one. The tests around `vat.ts` are thin, so expect to',
    'add some before moving anything, and keep an eye on the rounding of cents in the EU cases.',
    'The finance team signs off on any change to the totals, so flag those in the PR description.',
  ].join('\n');
  it.each([
    ["### Dos and don'ts", ['Never round before summing the line items.']],
    ['Ground rules:', ['Never round before summing the line items.']],
    ['__Guardrails__', ['Never round before summing the line items.']],
    ['## Background', []],
    ['Context:', []],
    ['## Tasks', []],
  ])('%s', (head, expected) => {
    const text = `${body}\n\n${head}\n- never round before summing the line items\n- always keep the old path behind a flag for now`;
    expect(lessons(text)).toEqual(expected);
  });
});

describe("the agent's own plan handed back is not the user's rules", () => {
  const plan = [
    '# Plan: move the indexer into the queue worker',
    '',
    '## Files to change',
    '1. `worker/index.ts` - add the indexing job',
    '2. `cron/schedule.ts` - drop the hourly entry',
    '',
    '## Conventions to follow',
    '- never edit the generated GraphQL types under `gql/`',
    '- run `pnpm codegen` after every schema change',
  ].join('\n');
  const proposed: Step = { tool: 'ExitPlanMode', input: { plan } };
  const handedBack = `Implement the following plan:\n\n${plan}\n\nThe queue already retries three times, so the job need not.`;

  it('the plan the agent proposed, pasted back after an interrupt, mines nothing', () => {
    expect(lessons(handedBack, [edit, proposed, { interrupt: '[Request interrupted by user for tool use]' }])).toEqual([]);
  });

  it("a short message quoting one line of the agent's plan is the user agreeing: still read", () => {
    const quote = 'never edit the generated GraphQL types under `gql/`';
    expect(lessons(quote, [edit, proposed])).toEqual(['Never edit the generated GraphQL types under `gql/`.']);
  });

  it('the same text with no plan from the agent before it is a spec the user typed: its rules section is read', () => {
    expect(lessons(handedBack)).toEqual([
      'Never edit the generated GraphQL types under `gql/`.',
      'Run `pnpm codegen` after every schema change.',
    ]);
  });

  it('a plain imperative of a long spec is not an answer to a rejection: only a rules-section one that recurs', () => {
    const spec = handedBack.replace('## Conventions to follow', '## Conventions to follow\n- use the worker pool from `lib/pool`');
    expect(lessons(spec, [edit, { interrupt: '[Request interrupted by user for tool use]' }])).toEqual([
      'Never edit the generated GraphQL types under `gql/`.',
      'Run `pnpm codegen` after every schema change.',
    ]);
  });
});

describe('controls: pasted pages, logs and task steps stay out', () => {
  it('a doc page after the framing rule, imperatives and its own "Rules" heading included', () => {
    const text = [
      'Always pass `--atomic` to helm upgrade in this repo. From their upgrade guide:',
      '',
      'Upgrading a release',
      'Helm keeps the previous revision so you can roll back. Never run `helm upgrade` during a backup window.',
      '## Rules',
      '- Always use `--wait` for stateful sets.',
      '- Do not edit the release secret by hand.',
      'Use `helm history` to see revisions.',
    ].join('\n');
    expect(lessons(text)).toEqual(['Always pass `--atomic` to helm upgrade in this repo.']);
  });

  it('a pasted log whose hints say "Run" and "Never", after the framing rule', () => {
    const text = [
      'Never run the seed script against staging: it truncates the users table. This is what it printed:',
      logLines(6),
      'ERROR: relation "users" was truncated',
      'Run `npm run seed -- --force` to continue.',
      'Never interrupt a running seed.',
    ].join('\n');
    expect(lessons(text)).toEqual(['Never run the seed script against staging: it truncates the users table.']);
  });

  it('a doc page pasted with no framing line reads as long text with no rules heading: nothing', () => {
    const text = [
      'can you get this working for our cluster?',
      '',
      'Getting started with Flux',
      'Install the CLI with your package manager. Always run `flux check --pre` before bootstrapping.',
      'Never store the Git token in the repository; pass it through the environment instead.',
      '',
      'Best practices',
      '- Always pin the controller versions.',
      '- Do not reconcile more often than once a minute.',
      '- Use one Kustomization per environment.',
    ].join('\n');
    expect(lessons(text)).toEqual([]);
  });

  it("a task spec's requirements are the task, not rules: no rules heading, nothing", () => {
    const text = [
      '## Rate limiting for the gateway',
      'Requests per API key should be capped at 100 a minute, with bursts of 20. The counters live in Redis.',
      '',
      '## Requirements',
      '- always return 429 with a Retry-After header when the cap is hit',
      '- never count health checks',
      '- use the sliding window from `lib/limits`',
      '- add metrics for rejected requests',
      '- run the load test after each change to the limiter',
    ].join('\n');
    expect(lessons(text)).toEqual([]);
  });

  // A control (it passed before the change too): the JSON is data, not the user's words, but the prose
  // around it is a brief for another model, over the bar and with no rules heading, so none of it is read.
  it('a prompt written for another model, with a JSON payload, stays out', () => {
    const payload = JSON.stringify(
      { turns: [{ id: 'turn:1', files: ['a.ts', 'b.ts'], outcome: 'done' }], schema: { text: 'string' } },
      null,
      2,
    );
    const brief = [
      'You are the summariser for a coding run. Extend the previous summary with the new turns only, and keep',
      'the earlier notes unless a new turn contradicts them. Return one JSON object matching the schema below.',
      'Do not invent files, commands or outcomes. Cite every claim with the id of the turn it comes from, and',
      'mark a claim low-confidence when the turn only hints at it. Never output Markdown around the object.',
      'Keep each note under two sentences and merge notes that say the same thing in different words, so the',
      'reader sees one line per decision rather than one per turn.',
    ].join('\n');
    expect(lessons(`${brief}\nPayload:\n${payload}`)).toEqual([]);
  });
});

describe('ruleSections', () => {
  it('a heading scoped to this task heads its constraints, not standing rules', () => {
    expect(ruleSections('Constraints for this task:\n- never touch the old API\n').trim()).toBe('');
    expect(ruleSections('Constraints:\n- never touch the old API\n').trim()).toBe('never touch the old API');
  });
  it('a section ends at the next heading of any kind', () => {
    const text = '## Rules\n- never force-push\n## Steps\n- never mind the docs\nNotes:\n- always ask';
    expect(
      ruleSections(text)
        .split('\n')
        .filter((l) => l.trim()),
    ).toEqual(['never force-push']);
  });
});
