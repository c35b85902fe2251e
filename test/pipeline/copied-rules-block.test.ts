/**
 * A rules block copied into many sessions' opening prompts is one source, not many: an orchestrator's task template
 * (round 8's "Agent Orchestrator (ao)": "## Project Rules\nAlways run tests before pushing. ..." in every session it
 * starts), a spec-kit command expansion, a prompt file pasted by hand. Each copy is the same text; none shows the
 * person had to say it again. So its rules support one session, and a lesson needs another occasion. Run end to end
 * through the real readers, miners and offline engine (paraphrase-world.ts); fixtures are written for this test in
 * the shape of the real data, never copied from it.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

/** An orchestrator's task prompt: a fixed scaffold, a rules section, and the slots it fills per task. */
function orchestrated(issue: number, title: string, rulesHeading = '## Project Rules', rules = RULES): string {
  return [
    'You are an AI coding agent managed by the Fleet orchestrator.',
    '',
    '## Session Lifecycle',
    '- You are running inside a managed session. Focus on the assigned task.',
    '- When you finish your work, create a PR and push it.',
    '- If CI fails, the orchestrator will send you the failures.',
    '',
    '## Task',
    `Work on issue: ${issue}`,
    `Create a branch named so that it links to the issue (e.g. feat/${issue}).`,
    '',
    '## Issue Details',
    `You are working on issue #${issue}: ${title}`,
    '',
    'Please implement the changes described in this issue. When done, commit and push your changes.',
    '',
    rulesHeading,
    ...rules,
  ].join('\n');
}

const RULES = [
  'Always run tests before pushing.',
  'Use conventional commits (feat:, fix:, chore:).',
  'Link issue numbers in commit messages.',
];

const TASKS: [number, string][] = [
  [7, 'Add an elevation chart to the route page'],
  [9, 'Add a leaderboard page'],
  [12, 'Export rides as GPX'],
];

const session = (format: Format, user: string, say = 'Done.'): WorldSession => ({
  format,
  turns: [{ user }, { bash: 'git status --short', out: ' M src/app.ts' }, { say }],
});

const testsRule = (lines: string[]) => lines.filter((l) => /run tests before pushing/i.test(l));

describe('a rules block copied into every session supports once', () => {
  it.each<Format>(['claude', 'codex', 'prompt-log'])('the same orchestrator rules in three %s sessions: no edit', async (format) => {
    const sessions = TASKS.map(([n, t]) => session(format, orchestrated(n, t)));
    expect(testsRule(await addedLines(sessions))).toEqual([]);
  });

  it('the same block under another heading and list marks, across two formats: no edit', async () => {
    const rules = RULES.map((r) => `- ${r}`);
    const sessions = [
      session('claude', orchestrated(3, 'Fix the upload limit', 'Conventions:', rules)),
      session('codex', orchestrated(4, 'Cache the tile server', 'Conventions:', rules)),
    ];
    expect(testsRule(await addedLines(sessions))).toEqual([]);
  });

  it('at --min-support 1 the block is one session: the rule may come out once', async () => {
    const sessions = TASKS.map(([n, t]) => session('claude', orchestrated(n, t)));
    const lines = await addedLines(sessions, 1);
    expect(testsRule(lines).length).toBeLessThanOrEqual(1);
  });
});

describe('controls: what still counts', () => {
  it('the rule typed as a short message in two sessions is two occasions', async () => {
    const sessions = [
      {
        format: 'claude' as const,
        turns: [{ user: 'Add the leaderboard page.' }, { say: 'Done.' }, { user: 'Always run tests before pushing.' }],
      },
      {
        format: 'codex' as const,
        turns: [{ user: 'Export rides as GPX.' }, { say: 'Done.' }, { user: 'Always run tests before pushing.' }],
      },
    ];
    expect(testsRule(await addedLines(sessions))).toHaveLength(1);
  });

  it('two specs whose rules sections differ are two occasions for the rule they share', async () => {
    const sessions = [
      session(
        'claude',
        orchestrated(7, 'Add an elevation chart', '## Project Rules', ['Always run tests before pushing.', 'Keep PRs small.']),
      ),
      session(
        'claude',
        orchestrated(9, 'Add a leaderboard page', '## Project Rules', [
          'Always run tests before pushing.',
          'Never commit generated files under dist/.',
        ]),
      ),
    ];
    expect(testsRule(await addedLines(sessions))).toHaveLength(1);
  });

  it('the template in two sessions and the person saying it in a third: supported by the person', async () => {
    const sessions = [
      ...TASKS.slice(0, 2).map(([n, t]) => session('claude', orchestrated(n, t))),
      {
        format: 'claude' as const,
        turns: [{ user: 'Export rides as GPX.' }, { say: 'Pushed.' }, { user: 'Always run tests before pushing.' }],
      },
    ];
    expect(testsRule(await addedLines(sessions))).toHaveLength(1);
  });

  it('a one-line rules section is not a copied block: two specs that share it count twice', async () => {
    const sessions = [
      session('claude', orchestrated(7, 'Add an elevation chart', '## Rules', ['Always run tests before pushing.'])),
      session('codex', orchestrated(9, 'Add a leaderboard page', '## Rules', ['Always run tests before pushing.'])),
    ];
    expect(testsRule(await addedLines(sessions))).toHaveLength(1);
  });
});
