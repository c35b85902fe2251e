/**
 * A command group's verb is part of what runs: `docker compose ps` is not `docker compose up`. Tested on
 * groups of several tools (and cloud CLIs whose commands are paths of groups), with controls where the
 * next word is a project script, a value or a file rather than a verb.
 */
import { describe, expect, it } from 'vitest';
import { commandFamily, parseCommand } from '../../src/signals/command.js';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { commandKinds } from '../../src/ledger/efficacy-exposure.js';
import type { AgentKind } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

const family = (line: string) => {
  const shape = parseCommand(line);
  if (!shape) throw new Error(`no command in ${line}`);
  return commandFamily(shape);
};

describe('the family of a command in a group names the verb', () => {
  it.each([
    ['docker compose up -d db', 'docker compose ps', 'docker compose up', 'docker compose ps'],
    ['docker volume rm pgdata', 'docker volume create pgdata', 'docker volume rm', 'docker volume create'],
    ['kubectl config use-context kind-dev', 'kubectl config view', 'kubectl config use-context', 'kubectl config view'],
    ['gh pr create --fill', 'gh pr merge 12 --squash', 'gh pr create', 'gh pr merge'],
    ['git stash pop', 'git stash list', 'git stash pop', 'git stash list'],
    ['git remote add upstream https://x/y.git', 'git remote -v', 'git remote add', 'git remote'],
    ['git worktree add ../wt-b feature', 'git worktree prune', 'git worktree add', 'git worktree prune'],
    ['go mod tidy', 'go mod download', 'go mod tidy', 'go mod download'],
    ['aws s3 cp dist/ s3://site/ --recursive', 'aws s3 ls s3://site/', 'aws s3 cp', 'aws s3 ls'],
    ['aws ec2 describe-instances --region eu-west-1', 'aws s3 ls', 'aws ec2 describe-instances', 'aws s3 ls'],
    ['gcloud beta run deploy api --source .', 'gcloud run services list', 'gcloud run deploy api', 'gcloud run services list'],
    ['az storage account list -g rg1', 'az group create -n rg1 -l westeurope', 'az storage account list', 'az group create'],
    ['cargo nextest run', 'cargo nextest list', 'cargo nextest run', 'cargo nextest list'],
    ['npm cache clean --force', 'npm cache verify', 'npm cache clean', 'npm cache verify'],
  ])('%s / %s', (a, b, fa, fb) => {
    expect([family(a), family(b)]).toEqual([fa, fb]);
    expect(family(a)).not.toBe(family(b));
  });

  it('control: a script runner keeps one family whatever the script; a plain subcommand stays one word', () => {
    expect(['npm run build', 'npm run lint', 'pnpm run test', 'yarn build', 'bun run dev'].map(family)).toEqual([
      'npm run',
      'npm run',
      'pnpm run',
      'yarn run',
      'bun run',
    ]);
    expect(['git push origin main', 'cargo test --workspace', 'kubectl get pods', 'make lint'].map(family)).toEqual([
      'git push',
      'cargo test',
      'kubectl get',
      'make',
    ]);
  });

  it('control: a value, file or URL after the group is no verb', () => {
    // Behind an option no table knows, the next word may be its value: no verb is read there.
    expect(family('docker compose --ansi never up')).toBe('docker compose');
    // An option the table knows takes its value with it, and the verb after them is read (value-flags.ts).
    expect(family('docker compose -f deploy/compose.yml up')).toBe('docker compose up');
    expect(family('git stash pop stash@{1}')).toBe('git stash pop');
    expect(family('git stash')).toBe('git stash');
  });

  it("control: a program named like a JavaScript object's own property is no group path (`valueOf a b` is not `aws s3 cp`)", () => {
    expect(['valueOf a b', 'constructor build x', 'toString run it', '__proto__ x y'].map(family)).toEqual([
      'valueOf',
      'constructor',
      'toString',
      '__proto__',
    ]);
    expect(parseCommand('hasOwnProperty fix the build')?.args).toEqual(['fix', 'the', 'build']);
  });

  it('the kinds efficacy counts a lesson by name the verb too', () => {
    expect(commandKinds('docker compose ps && docker compose up -d')).toEqual(['docker compose ps', 'docker compose up']);
  });
});

const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[], agent: AgentKind) => mineSession(session('s1', steps, agent), ctx).map((s) => s.lesson);

describe('another verb of the same group can be a prerequisite', () => {
  it.each<[AgentKind, string, string, string, string, string]>([
    [
      'claude-code',
      'docker compose up -d api',
      'pull access denied for shop-api, repository does not exist',
      'docker compose build api',
      'docker compose build api',
      'docker compose up -d api',
    ],
    [
      'codex',
      'gh release upload v1.2.0 dist/app.tgz',
      'release not found',
      'gh release create v1.2.0 --notes x',
      'gh release create',
      'gh release upload',
    ],
    [
      'claude-code',
      'aws s3 cp build/ s3://shop-site/ --recursive',
      'An error occurred (NoSuchBucket): The specified bucket does not exist',
      'aws s3 mb s3://shop-site',
      'aws s3 mb',
      'aws s3 cp',
    ],
  ])('%s: %s', (agent, x, err, y, yLesson, xLesson) => {
    const got = lessons(
      [
        { run: x, ok: false, out: err },
        { run: y, ok: true },
        { run: x, ok: true },
      ],
      agent,
    );
    expect(got).toEqual([`Run \`${yLesson}\` before \`${xLesson}\`: \`${xLesson}\` fails until it has run.`]);
  });

  it('control: a verb of the group that only looks is still no prerequisite', () => {
    const got = lessons(
      [
        { run: 'docker compose up -d api', ok: false, out: 'pull access denied for shop-api' },
        { run: 'docker compose ps', ok: true },
        { run: 'docker compose up -d api', ok: true },
      ],
      'claude-code',
    );
    expect(got).toEqual([]);
  });
});
