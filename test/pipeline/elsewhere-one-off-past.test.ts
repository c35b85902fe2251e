/**
 * Near misses of a rule that became memory on main when said in two sessions (probe6): a rule for another repository,
 * project or machine ("In the mobile repo, use yarn, not npm." became "Use yarn, not npm."), an order for one piece of
 * work ("…, for this install."), a reminder of what happened ("Recuerda que ayer falló el build."), and a prediction
 * after "from now on" in Chinese, Japanese or Korean ("以后构建会更快。"). Tested with other sentences than the probes'.
 * Controls: the same frames with this repository's scope, a standing order, or a clause about what to do still teach.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a near miss of a rule, said in two sessions', () => {
  it.each([
    'In the billing repo, use poetry, not pip.',
    "For Maria's other project, don't use docker.",
    'On my other laptop, always use the system python.',
    'Use `rg`, not `grep`, for this refactor.',
    'Remember to bump the version for this release.',
    "Don't forget the seeds wiped staging last week.",
    'Recuerda que la semana pasada se cayó el servidor.',
    'Lembre-se de que o build quebrou ontem.',
    'Denk daran, dass der Server gestern abgestürzt ist.',
    'Не забудь, что вчера упала сборка.',
    '记得上次部署回滚了。',
    '以后这个脚本会自动运行。',
    'これからはビルドが自動で走ります。',
    '앞으로는 테스트가 더 빨라질 거예요.',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each([
    'In this repo, use poetry, not pip.',
    'Remember to bump the version before tagging.',
    'Recuerda que hay que correr el linter antes de hacer push.',
    'Не забудь, что перед релизом нужно обновить changelog.',
    '以后先运行linter再提交。',
    'これからはコミット前にlintを実行してください。',
  ])('still a rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toHaveLength(1);
  });
});
