/**
 * A lesson shows the command as it ran, so one learnt from a fix that set a value of one machine or session would tell
 * every reader of memory to use this person's home folder, this run's temporary folder, a secret already redacted or a
 * session's id. Such fixes give no lesson; project settings in the same places still do. Written in agents, programs
 * and variables other than the ones the rule was written from.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { setsMachineValue } from '../../src/signals/machine-values.js';
import type { AgentKind } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[], agent: AgentKind) =>
  mineSession(session('s1', [{ user: 'get the build green' }, ...steps], agent), ctx).flatMap((s) => (s.lesson ? [s.lesson] : []));

/** X fails, then works given a value: a fix. */
const fix = (x: string, out: string, fixed: string): Step[] => [
  { run: x, ok: false, out },
  { run: fixed, ok: true, out: 'ok' },
];
/** X fails, Y sets something, X works: a prerequisite. */
const prereq = (x: string, out: string, y: string): Step[] => [
  { run: x, ok: false, out },
  { run: y, ok: true, out: '' },
  { run: x, ok: true, out: 'BUILD SUCCESSFUL' },
];

const CHROME = 'No binary for ChromeHeadless browser on your platform. Please, set "CHROME_BIN" env variable.';

describe('a fix that set a value of one machine or session teaches nothing', () => {
  it.each<[string, AgentKind, Step[]]>([
    [
      'a home folder (macOS)',
      'claude-code',
      fix('npm test', CHROME, 'CHROME_BIN=/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium npm test'),
    ],
    [
      'a home folder (Windows)',
      'codex',
      fix('kubectl apply', 'error: no configuration has been provided', 'KUBECONFIG="C:\\Users\\ana\\.kube\\config" kubectl apply'),
    ],
    [
      'a home folder on a search path',
      'claude-code',
      fix('ruff check', 'ruff: command not found', 'PATH=/home/ana/.local/bin:$PATH ruff check'),
    ],
    [
      'a redacted secret',
      'codex',
      fix('node scripts/sync.js', 'Error: SYNC_TOKEN is not set', 'SYNC_TOKEN=[REDACTED:generic-api-key] node scripts/sync.js'),
    ],
    [
      'a temporary folder of the run',
      'claude-code',
      fix('npm run build', "Error: EACCES: permission denied, mkdtemp '/var/tmp/build-'", 'TMPDIR=/tmp/tmp.x8Kq2Zl npm run build'),
    ],
    [
      'an option set to a temporary folder',
      'codex',
      fix(
        'pytest',
        'PermissionError: [Errno 13] Permission denied: /tmp/pytest-of-root',
        'pytest --basetemp=/var/folders/7x/k2/T/pytest-3',
      ),
    ],
    [
      'a session id',
      'claude-code',
      fix(
        'node scripts/replay.js',
        'Error: SESSION_ID is required',
        'SESSION_ID=3f0c2a9e-5b1d-4c7e-9a2f-1d2e3f4a5b6c node scripts/replay.js',
      ),
    ],
    [
      'an interpreter in a home folder, made before a prerequisite',
      'codex',
      prereq(
        'uv run pytest',
        'error: No interpreter found for Python 3.12 in managed installations or search path',
        'uv venv --python=/Users/ana/.pyenv/versions/3.12.2/bin/python',
      ),
    ],
  ])('%s (%s)', (_, agent, steps) => {
    expect(lessons(steps, agent)).toEqual([]);
  });

  it.each<[string, AgentKind, Step[], string]>([
    [
      'a settings module',
      'claude-code',
      fix(
        'python manage.py migrate',
        'ImproperlyConfigured: You must either define the environment variable DJANGO_SETTINGS_MODULE',
        'DJANGO_SETTINGS_MODULE=shop.settings.dev python manage.py migrate',
      ),
      'DJANGO_SETTINGS_MODULE=shop.settings.dev',
    ],
    [
      'a local database',
      'codex',
      fix('node scripts/seed.js', 'Error: DATABASE_URL is not set', 'DATABASE_URL=postgres://localhost/shop_dev node scripts/seed.js'),
      'DATABASE_URL=postgres://localhost/shop_dev',
    ],
    [
      'the temporary folder itself',
      'claude-code',
      fix('npm run build', "Error: EACCES: permission denied, mkdtemp '/var/tmp/build-'", 'TMPDIR=/tmp npm run build'),
      'TMPDIR=/tmp',
    ],
    [
      'a project folder on the path',
      'codex',
      fix('pytest', "ModuleNotFoundError: No module named 'shop'", 'PYTHONPATH=src pytest'),
      'PYTHONPATH=src',
    ],
    [
      'a prerequisite with a version',
      'claude-code',
      prereq(
        'uv run pytest',
        'error: No interpreter found for Python 3.12 in managed installations or search path',
        'uv venv --python=3.12',
      ),
      'uv venv --python=3.12',
    ],
  ])('control: %s stays a lesson (%s)', (_, agent, steps, named) => {
    const got = lessons(steps, agent);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(named);
  });
});

describe('setsMachineValue', () => {
  it('reads assignments only, in both spellings, quoted or not', () => {
    expect(setsMachineValue("HOME='/home/ana' make")).toBe(true);
    expect(setsMachineValue('make --prefix=~/opt')).toBe(true);
    expect(setsMachineValue('make --prefix=/opt/shop')).toBe(false);
    expect(setsMachineValue('CACHE=${HOME}/.cache make')).toBe(true);
    expect(setsMachineValue('OUT=%TEMP%\\shop make')).toBe(true);
    expect(setsMachineValue('NODE_ENV=test npm test')).toBe(false);
  });
});
