/**
 * The command a lesson quotes keeps each option's value (`pip install -r requirements.txt`), where it is otherwise
 * cut at the first path: an option without its value does not run. Options that take none stay as they ran.
 */
import { describe, expect, it } from 'vitest';
import { commandFamily, parseCommand } from '../../src/signals/command.js';
import { endsInsideValue, lessonCommand } from '../../src/signals/command-display.js';
import { setsMachineValue } from '../../src/signals/machine-values.js';

const lesson = (line: string) => lessonCommand(parseCommand(line)!);

describe('lessonCommand keeps an option its value', () => {
  it.each([
    ['pip3 install -c constraints/ci.txt flask', 'pip3 install -c constraints/ci.txt flask'],
    ['docker compose --file ops/compose.dev.yml up -d', 'docker compose --file ops/compose.dev.yml up -d'],
    ['pnpm --filter ./packages/web build', 'pnpm --filter ./packages/web build'],
    ['cargo build --manifest-path tools/gen/Cargo.toml --release', 'cargo build --manifest-path tools/gen/Cargo.toml --release'],
    ['git -C vendor/lib log --oneline -5', 'git -C vendor/lib log --oneline -5'],
    ['kubectl -n staging apply -f k8s/web.yaml', 'kubectl -n staging apply -f k8s/web.yaml'],
    ['go -C tools/lint vet ./...', 'go -C tools/lint vet'],
    ['npx jest --config jest.e2e.config.js tests/e2e/login.spec.ts', 'npx jest --config jest.e2e.config.js'],
    ['python3 -m pytest --rootdir ./svc -p no:cacheprovider tests/a.py', 'pytest --rootdir ./svc -p no:cacheprovider'],
    // A long option that names its value, for a program no table knows.
    ['./bin/seed --config conf/dev.yml --dry-run', './bin/seed --config conf/dev.yml --dry-run'],
  ])('%s', (line, want) => {
    expect(lesson(line)).toBe(want);
  });

  it('keeps a quoted value with the quotes it ran with', () => {
    expect(lesson('pytest -m "not slow and not db" tests/')).toBe('pytest -m "not slow and not db"');
    expect(lesson("vitest run -t 'parses tide rows' src/tide.test.ts")).toBe("vitest run -t 'parses tide rows'");
  });

  it('drops an output-only option with its value, never leaving the value as an argument', () => {
    expect(lesson('pytest --tb short -q tests/test_tide.py')).toBe('pytest');
    expect(lesson('npx vitest run --reporter dot')).toBe('npx vitest run');
  });

  it('control: options that take no value stay as they ran, and the path after them is still cut', () => {
    expect(lesson('ruff check --fix src/tide.py')).toBe('ruff check --fix');
    expect(lesson('npm ci --silent')).toBe('npm ci');
    expect(lesson('pytest -x tests/')).toBe('pytest');
    expect(lesson('mypy --strict src/')).toBe('mypy --strict');
  });
});

describe('endsInsideValue', () => {
  it('is true for words ending on an option that waits for its value or inside a quoted value', () => {
    expect(endsInsideValue(['pip', 'install', '-r'])).toBe(true);
    expect(endsInsideValue(['make', '-C'])).toBe(true);
    expect(endsInsideValue(['pytest', '-m', '"not'])).toBe(true);
    expect(endsInsideValue(['git', 'commit', '-m', '"don\'t'])).toBe(true);
  });
  it('control: false for whole commands, whatever their quotes', () => {
    expect(endsInsideValue(['pip', 'install', '-r', 'requirements.txt'])).toBe(false);
    expect(endsInsideValue(['pytest', '-x'])).toBe(false);
    expect(endsInsideValue(['git', 'commit', '-m', '"don\'t', 'push"'])).toBe(false);
  });
});

describe('setsMachineValue reads an option value given as the next word', () => {
  it.each([
    'git -C /srv/work/almanac status',
    'npm --prefix /home/dev/web test',
    'pip install -r /tmp/tmp.Q2x9/req.txt',
    'make -C C:\\src\\app',
  ])('%s', (command) => expect(setsMachineValue(command)).toBe(true));
  it('control: project-relative values and assignments as before', () => {
    expect(setsMachineValue('git -C vendor/lib status')).toBe(false);
    expect(setsMachineValue('make --prefix=/opt/shop')).toBe(false);
    expect(setsMachineValue('pip install -r requirements.txt')).toBe(false);
  });
});

describe('an option whose value cannot be shown is left out with it', () => {
  it.each([
    // The value's quotes were split mid-word: it cannot be shown as it ran.
    ['pip install -r req"s dev".txt', 'pip install'],
    // A redirect, or the line's end, where the value should be.
    ['make -C > build.log', 'make'],
    ['pytest tests -k', 'pytest tests'],
  ])('%s', (line, want) => {
    expect(lesson(line)).toBe(want);
  });

  it('control: an option that took no value here is no value of the one before', () => {
    // docker's -f takes a file for build and compose; for rm it forces, and the next word is another option.
    expect(lesson('docker rm -f --volumes web')).toBe('docker rm -f --volumes web');
  });
});

describe("an option's value before the subcommand is no subcommand", () => {
  it.each([
    ['git -C vendor/lib status', 'git status'],
    ['git -C api status', 'git status'],
    ['git -c color.ui=never diff --stat', 'git diff'],
    ['kubectl --namespace qa describe deploy web', 'kubectl describe'],
    ['docker -H ssh://ci.example ps -a', 'docker ps'],
    ['docker compose -f deploy/ci.yml --profile e2e up -d', 'docker compose up'],
    ['npm --prefix web run build', 'npm run'],
    ['cargo --manifest-path crates/tide/Cargo.toml test', 'cargo test'],
    ['gh -R acme/tide pr view 12', 'gh pr view'],
    ['python3 -W error -X dev -m pytest tests/unit', 'pytest'],
  ])('%s is of the family %s', (line, family) => {
    expect(commandFamily(parseCommand(line)!)).toBe(family);
  });

  it('the value stays an argument, and a setting rides on its flag', () => {
    const shape = parseCommand('git -C vendor -c core.hooksPath=/dev/null commit -m wip')!;
    expect(shape.sub).toEqual(['commit']);
    expect(shape.args).toContain('vendor');
    expect(shape.flags).toEqual(['-C', '-c=core.hooksPath=/dev/null', '-m']);
  });
});
