/**
 * What counts as forcing a command past a check, as opposed to changing what it does. The defect this
 * was written from: `sed -i` failing and `sed -n` working was reported as "forces past a safeguard",
 * because `-n` was taken to mean `git commit -n` whatever the program. Cases here are other programs
 * and other letters whose meaning depends on who reads them.
 */
import { describe, expect, it } from 'vitest';
import { commandFamily, parseCommand } from '../../src/signals/command.js';
import { isOverrideToken, overrideFixToken, overrideOf, overrideText } from '../../src/signals/override.js';

const shapeOf = (line: string) => {
  const s = parseCommand(line);
  if (!s) throw new Error(`no command in ${line}`);
  return s;
};
const forced = (line: string) => {
  const s = shapeOf(line);
  return overrideOf(s, commandFamily(s));
};

describe('an override forces the same command past a check', () => {
  it.each([
    ['git push -f origin main', '-f'],
    ['git push --force-with-lease', '--force-with-lease'],
    ['git commit -n -m "wip"', '-n'],
    ['git commit -nm "wip"', '-nm'],
    ['git commit --no-verify -m "wip"', '--no-verify'],
    ['git add -f dist/app.js', '-f'],
    ['git clean -fdx', '-fdx'],
    ['git branch -D feature/x', '-D'],
    ['rm -rf build', '-rf'],
    ['ln -sf ../shared/config.yml config.yml', '-sf'],
    ['docker rm -f web', '-f'],
    // The verb after a group is part of the family (`docker volume rm`): the group's letters still hold.
    ['docker volume rm -f pgdata', '-f'],
    ['docker system prune -af', '-af'],
    ['git worktree remove -f ../wt-b', '-f'],
    ['npm install --legacy-peer-deps', '--legacy-peer-deps'],
    ['npm install -f', '-f'],
    ['pip install --break-system-packages requests', '--break-system-packages'],
    ['pip uninstall -y requests', '-y'],
    ['apt-get install -y jq', '-y'],
    ['mix ash.codegen add_state --yes', '--yes'],
    ['cargo publish --allow-dirty', '--allow-dirty'],
    ['deno run --allow-net server.ts', '--allow-net'],
    ['curl -sk https://localhost:8443/health', '-sk'],
    ['flake8 --exit-zero src', '--exit-zero'],
    ['mvn package -DskipTests', '-DskipTests'],
    ['terraform apply -auto-approve', '-auto-approve'],
    ['SKIP=credo,dialyzer git commit -m x', 'SKIP=credo,dialyzer'],
    ['HUSKY=0 git push', 'HUSKY=0'],
    ['sudo pip install requests', 'sudo'],
    ['doas make install', 'doas'],
  ])('%s (%s)', (line, flag) => {
    expect(forced(line)).toBe(flag);
  });
});

describe('the same letters change what the command does where they mean something else', () => {
  it.each([
    // -n: print only what is asked, line numbers, workers, a dry run.
    "sed -n '368,400p' sphinx/domains/python.py",
    'grep -n needle src/app.py',
    'head -n 20 log.txt',
    'pytest -n 4 tests',
    'make -n build',
    'git push -n origin main',
    // -f: a file, following output, fields, a format.
    'tar -xzf release.tar.gz',
    'docker build -f docker/Dockerfile.dev .',
    'docker compose -f compose.ci.yml up',
    'kubectl apply -f k8s/deploy.yaml',
    'make -f build/Makefile test',
    'tail -f server.log',
    'pip install -f https://download.pytorch.org/whl/torch_stable.html torch',
    'git config -f .gitmodules submodule.x.url',
    // -D: a dev dependency to npm, a define to a compiler.
    'npm install -D vitest',
    'gcc -DDEBUG main.c',
    // -y, -k and -i elsewhere.
    'ffmpeg -vsync 0 -i in.mp4 out.mp4',
    'pytest -k test_hist',
    'sed -i s/a/b/ file.txt',
    // Long flags that say something else.
    'ruff check --force-exclude src',
    'jest --force-color',
    'npm install --save-dev vitest',
  ])('%s', (line) => {
    expect(forced(line)).toBeUndefined();
  });
});

describe('fix signatures', () => {
  it('name the override a fix added, read by its own family', () => {
    expect(overrideFixToken('fix|npm install|-|+flag:--legacy-peer-deps')).toBe('flag:--legacy-peer-deps');
    expect(overrideFixToken('fix|git commit|-|+flag:-m,flag:-n')).toBe('flag:-n');
    expect(overrideFixToken('fix|docker compose|-|+as:root,flag:-d')).toBe('as:root');
    expect(overrideFixToken('fix|git commit|-|+env:SKIP=credo')).toBe('env:SKIP=credo');
    expect(['flag:--legacy-peer-deps', 'flag:-n', 'as:root', 'env:SKIP=credo'].map(overrideText)).toEqual([
      '--legacy-peer-deps',
      '-n',
      'sudo',
      'SKIP=credo',
    ]);
  });

  it('are no override when the fix changed what the command does', () => {
    expect(overrideFixToken('fix|sed|-flag:-i|+flag:-n')).toBeUndefined();
    expect(overrideFixToken('fix|pytest|-flag:-n|+')).toBeUndefined();
    expect(overrideFixToken('fix|npm install|-|+flag:-D')).toBeUndefined();
    expect(overrideFixToken('fix|docker build|-|+flag:-f')).toBeUndefined();
    expect(overrideFixToken('fix|pytest|-|+env:PYTHONPATH=src')).toBeUndefined();
    // A removed override is not an added one: dropping `--force` changed the command.
    expect(overrideFixToken('fix|git push|-flag:--force|+flag:--set-upstream')).toBeUndefined();
    expect(overrideFixToken('prereq|git commit|mix format')).toBeUndefined();
  });

  it('reads a token by the family it was added to', () => {
    expect(isOverrideToken('git branch', 'flag:-D')).toBe(true);
    expect(isOverrideToken('npm install', 'flag:-D')).toBe(false);
    expect(isOverrideToken('git commit', 'flag:-n')).toBe(true);
    expect(isOverrideToken('sed', 'flag:-n')).toBe(false);
  });
});
