/**
 * The readers' near misses of a rule (probe6): another repository, project or machine as the rule's scope, one piece of
 * work as what the order is for (corrections.ts TRANSIENT), a reminder of a past event (lingua/past-reminder.ts), a
 * prediction after a CJK "from now on" (lingua/cjk-statements.ts). Each with a control the same words leave a rule.
 */
import { describe, expect, it } from 'vitest';
import { TRANSIENT_INSTRUCTION } from '../../src/signals/corrections.js';
import { standingRule } from '../../src/signals/lingua/standing.js';
import { statesNotAsks } from '../../src/signals/statements.js';

describe('a scope elsewhere or one piece of work', () => {
  it.each([
    'In the payments repo, use ruff, not flake8.',
    "On Lee's machine, don't run the seeds.",
    'For my other codebase, always pin versions.',
    'At my other job we never pushed on Fridays.',
    'Use the staging keys for this deploy.',
    'Skip the e2e suite for this hotfix!',
    'Pin the SDK in this upgrade.',
  ])('%s is no standing rule here', (s) => {
    expect(TRANSIENT_INSTRUCTION.test(s)).toBe(true);
  });

  it.each([
    'In this repo, use ruff, not flake8.',
    'In the repo, never commit .env files.',
    'Never run migrations on the staging server by hand.',
    'Always use ninja for this build system.',
    'Run the full suite before every deploy.',
    'In the main repo, use ruff.',
  ])('%s stays one', (s) => {
    expect(TRANSIENT_INSTRUCTION.test(s)).toBe(false);
  });
});

describe('a reminder of a past event, and a prediction after "from now on"', () => {
  it.each([
    'Recuerda que ayer se rompió el deploy.',
    'Lembre-se de que da última vez o seed apagou o staging.',
    'Denk daran, dass die Pipeline letztes Mal hing.',
    'Не забудь, что в прошлый раз откатили релиз.',
    '记得前天数据库挂了。',
    '以后这个页面会更快。',
    'これからはデプロイが自動になります。',
    '앞으로는 빌드가 자동으로 됩니다.',
  ])('%s is no standing rule', (s) => {
    expect(standingRule(s)).toBeUndefined();
  });

  it.each([
    'Recuerda que hay que actualizar el changelog.',
    'Recuerda actualizar el changelog.',
    'Lembre-se de atualizar o changelog.',
    'Denk daran, das Changelog zu aktualisieren.',
    'Не забудь обновить changelog.',
    '记得先更新changelog。',
    '以后先更新changelog再发布。',
    'これからはchangelogを更新してください。',
    '앞으로는 changelog를 업데이트하세요.',
  ])('%s stays one', (s) => {
    expect(standingRule(s)).toBeDefined();
  });

  it.each([
    ["Don't forget the seeds wiped staging last week.", true],
    ['Remember, yesterday the deploy rolled back.', true],
    ["Don't forget the migrations, last time staging broke.", false],
    ['Remember to run the seeds, the deploy broke last time.', false],
  ])('English: %s states: %s', (s, states) => {
    expect(statesNotAsks(s as string)).toBe(states);
  });
});
