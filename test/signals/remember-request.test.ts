import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session } from './session-builder.js';

// Real English Claude Code data (round 17) asked the agent again and again to "save in memory" a rule, and the pass
// learnt nothing: a plain order is a step of this task unless something makes it standing, and a request to remember
// is the clearest thing that does. The wordings below were written after the rule, in other words than its frames.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
/** What one prompt teaches, said in the middle of a task after the agent acted. */
const lessons = (text: string) =>
  mineSession(session('s1', [{ user: 'fix the header layout' }, { run: 'ls', ok: true, out: 'ok' }, { user: text }]), noMemory)
    .filter((s) => !s.restated)
    .map((s) => s.lesson);

describe('a request to remember keeps the rule it names', () => {
  it.each([
    ['Please store this in your memory: always squash commits before merging.', 'Always squash commits before merging.'],
    ['memorize this: never edit files under vendor/', 'Never edit files under vendor/.'],
    ['Put this in your memory - prefix branch names with feat/ or fix/', 'Prefix branch names with feat/ or fix/.'],
    ['Save in memory that we use pnpm for installs.', 'Use pnpm for installs.'],
    ['keep in mind for later sessions that we never commit generated files', 'Never commit generated files.'],
    ['Note for the future: keep migrations in db/migrations.', 'Keep migrations in db/migrations.'],
    ['add to CLAUDE.md: use ruff for formatting python code', 'Use ruff for formatting python code.'],
    // The request after the rule, as its own sentence or in parentheses.
    ['Squash commits before merging. Please remember this.', 'Squash commits before merging.'],
    ['Run the formatter before every commit. Keep that in mind for the future.', 'Run the formatter before every commit.'],
    ['never exec git without my request (save it in the memory please)', 'Never exec git without my request.'],
  ])('%s', (text, lesson) => {
    expect(lessons(text)).toEqual([lesson]);
  });

  // In another language the lesson is the user's rule as typed, without the request (lingua/standing.ts).
  it.each([
    ['Speichere im Gedächtnis: niemals direkt auf main pushen', 'niemals direkt auf main pushen.'],
    ['сохрани в память: никогда не коммить сгенерированные файлы', 'никогда не коммить сгенерированные файлы.'],
    ['记到你的记忆里：永远不要提交 dist 目录', '永远不要提交 dist 目录.'],
    ['メモリに追加してください：必ずコミット前にリンターを実行する', '必ずコミット前にリンターを実行する.'],
    ['anota en la memoria: nunca hagas push directo a main', 'nunca hagas push directo a main.'],
    ['lembre-se disso: nunca faça commit em main', 'nunca faça commit em main.'],
    ['기억해 둬: 항상 테스트를 먼저 작성해', '항상 테스트를 먼저 작성해.'],
  ])('%s', (text, lesson) => {
    expect(lessons(text)).toEqual([lesson]);
  });

  // The same orders without the request are this task's steps.
  it.each(['Squash commits before merging.', 'prefix branch names with feat/ or fix/', 'keep migrations in db/migrations'])(
    'without the request, %s teaches nothing',
    (text) => {
      expect(lessons(text)).toEqual([]);
    },
  );
});

describe('what only looks like a request to remember teaches nothing', () => {
  it.each([
    // Recall of the past, and questions.
    'Remember, you fixed this yesterday with a retry.',
    'remember, we used yarn back then',
    'remember the way we did the migration last week',
    'Do you remember which port the API runs on?',
    'Remember that time the deploy broke?',
    // A secret or a fact is no rule, however it is asked for.
    'note for later: the staging token is abc123def',
    'Remember: the password is hunter2',
    'save in memory: use password hunter2 for the staging db',
    // A pointer at nothing, and a one-off finishing step of this task.
    'remember this command',
    'Remember: once you are finished, push the branch.',
    // A habit whose order would say something else ("Deploy with fly" is no "use").
    'For future sessions, remember that we deploy with fly, not heroku.',
    // The speaker's own habit is no order to the agent: "I run the dev server myself" asks it NOT to run it.
    'Remember, I run the dev server myself.',
    'note that I use the staging database for manual checks',
  ])('%s', (text) => {
    expect(lessons(text)).toEqual([]);
  });
});
