/**
 * A command's prose (a commit or tag message, a pull request's title and body, what `echo` prints, what `curl`
 * sends) is this one session's words: a lesson's command ends before it, and the structural key keeps a prose
 * option's name, never its value. Written from `git commit -m` and `gh pr create`; tested here on other programs,
 * spellings (attached values, bundled short options, `--opt=value`) and subcommands, with options that look alike
 * but shape how the command runs (`pytest -m`, `git revert -m`, `git checkout -b`) kept.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand, structuralTokens } from '../../src/signals/command.js';
import { lessonCommand } from '../../src/signals/command-display.js';

const lesson = (line: string) => lessonCommand(parseCommand(line)!);

describe("a lesson's command ends before the session's prose", () => {
  it.each([
    ['git merge --no-ff -m sync_with_upstream origin/main', 'git merge --no-ff'],
    ['git tag -s -m hotfix_for_acme v2.0.1', 'git tag -s'],
    ['git commit --amend --message=typo_fix', 'git commit --amend'],
    ['git commit -sam "Round half up for Ana"', 'git commit'],
    ['git commit -mwip', 'git commit'],
    ['git notes add -m reviewed_by_Bob HEAD', 'git notes add'],
    ['git stash push --message before_rebase', 'git stash push'],
    ['hg ci -m wip', 'hg ci'],
    ['jj new -m start_payment_work', 'jj new'],
    ['svn commit -m fixed_for_customer', 'svn commit'],
    ['podman commit --message snapshot web', 'podman commit'],
    ['npm version minor --message Release_for_Carol', 'npm version minor'],
    ['yarn version --message v%s_for_Dana', 'yarn version'],
    ['gh issue create --label bug --title Crash --body see_call', 'gh issue create --label bug'],
    ['gh release create --draft -n Hotfix_notes', 'gh release create --draft'],
    ['gh pr review --approve -b LGTM', 'gh pr review --approve'],
    ['glab mr create -R acme/almanac --description Rounds_half_up', 'glab mr create -R acme/almanac'],
    ['curl -X PUT --json {"name":"Dana"} localhost:8000/api', 'curl -X PUT'],
    ['curl -fsS -u admin:hunter2 localhost:9200/_cat', 'curl -fsS'],
    ['wget --post-data user=dana localhost:8000/login', 'wget'],
    ['echo deploy_done_for_Erin', 'echo'],
    ['mytool publish --notes first_public_build', 'mytool publish'],
    ['tracker open --title Flaky_login --comment seen_twice', 'tracker open'],
  ])('%s -> %s', (line, want) => {
    expect(lesson(line)).toBe(want);
  });

  it('control: options that shape how the command runs keep their values', () => {
    expect(lesson('pytest -m "not slow" tests/')).toBe('pytest -m "not slow"');
    expect(lesson('git revert -m 1 HEAD')).toBe('git revert -m 1 HEAD');
    expect(lesson('git checkout -b feature-x')).toBe('git checkout -b feature-x');
    expect(lesson('gh pr create --fill --base main')).toBe('gh pr create --fill --base main');
    expect(lesson('git log --grep=fix')).toBe('git log --grep=fix');
    expect(lesson('docker run -m 512m tide-dev')).toBe('docker run -m 512m tide-dev');
    expect(lesson('curl -fsSL localhost:8000')).toBe('curl -fsSL localhost:8000');
  });
});

describe("a prose option's value is no part of the structural key", () => {
  it.each([
    ['git commit --message=wip', 'git commit --message="Fix the tide table for Ana"'],
    ['gh pr create --title=Fix --body=WIP', 'gh pr create --title=Other --body=Other'],
    ['mytool publish --notes=one', 'mytool publish --notes=two'],
  ])('%s keys as %s', (a, b) => {
    expect(structuralTokens(parseCommand(a)!)).toEqual(structuralTokens(parseCommand(b)!));
    expect(structuralTokens(parseCommand(a)!).join(' ')).not.toMatch(/=/);
  });

  it('control: a setting given for the run stays in the key', () => {
    expect(structuralTokens(parseCommand('git -c core.hooksPath=/dev/null commit -m x')!)).toContain('flag:-c=core.hooksPath=/dev/null');
    expect(structuralTokens(parseCommand('git log --grep=fix')!)).toContain('flag:--grep=fix');
  });
});

/**
 * A prose option glued to its value (`-mwip`, `-amquick_fix`) is the same option as `-m wip`: keyed with its value, one
 * habit split per message, and `git stash save <message>` shows its message as a plain word after the subcommand.
 */
describe('a glued prose value and a message given as an argument', () => {
  it.each([
    ['git commit -mwip_for_ana', 'git commit -m "Round half up"'],
    ['git commit -amquick_fix_ana', 'git commit -am other'],
    ['git commit -samRelease', 'git commit -sam x'],
    ['git tag -a -mhotfix_acme v1.2.0', 'git tag -a -m release v1.3.0'],
    ['git stash push -mtemp_ana', 'git stash push -m before_rebase'],
    ['hg commit -mwip', 'hg commit -m other'],
    ['git merge --no-ff -msync origin/main', 'git merge --no-ff -m other origin/main'],
    ['git commit -Fmsg_for_ana.txt', 'git commit -F notes.txt'],
  ])('%s keys as %s', (a, b) => {
    expect(structuralTokens(parseCommand(a)!)).toEqual(structuralTokens(parseCommand(b)!));
  });

  it.each([
    ['git stash save wip_for_ana', 'git stash save'],
    ['git stash save "halfway through the Ana refactor"', 'git stash save'],
    ['git stash save --keep-index before_pull_for_Ana', 'git stash save --keep-index'],
    ['git stash save -p tide', 'git stash save -p'],
  ])('%s -> %s', (line, want) => {
    expect(lesson(line)).toBe(want);
  });

  it('control: a glued value that shapes the run stays, and other stash subcommands keep their arguments', () => {
    expect(structuralTokens(parseCommand('docker run -m2g tide-dev')!)).toContain('flag:-m2g');
    expect(structuralTokens(parseCommand('pytest -mslow')!)).toContain('flag:-mslow');
    expect(structuralTokens(parseCommand('git commit -am x')!)).toContain('flag:-am');
    expect(lesson('git stash apply stash@{1}')).toBe('git stash apply stash@{1}');
    expect(lesson('git stash pop')).toBe('git stash pop');
    expect(lesson('git stash show -p stash@{0}')).toBe('git stash show -p stash@{0}');
  });
});
