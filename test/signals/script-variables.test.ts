/**
 * A project script that failed for want of a setting and worked given a variable or a flag (`DJANGO_SETTINGS_MODULE=...
 * python manage.py`, `node scripts/seed.js --env=dev`): the lesson names the script, since what was set is the
 * script's; named by its interpreter alone it would say "plain `python` fails" of every script. Controls: the fix was a
 * setup step (still no lesson), the script was the agent's own (no lesson), the retry ran another script (no fix).
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import type { AgentKind } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[], agent: AgentKind = 'claude-code') =>
  mineSession(session('s1', [{ user: 'get it running' }, ...steps], agent), ctx).flatMap((s) => (s.lesson ? [s.lesson] : []));

const DJANGO =
  'django.core.exceptions.ImproperlyConfigured: Requested setting INSTALLED_APPS, but settings are not configured. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure()';

describe('a variable or flag one project script needs is a lesson about that script', () => {
  it.each<[AgentKind, string, string, string, string]>([
    [
      'claude-code',
      'python manage.py migrate',
      DJANGO,
      'DJANGO_SETTINGS_MODULE=shop.settings.dev python manage.py migrate',
      'python manage.py migrate',
    ],
    ['codex', 'python3 manage.py test', DJANGO, 'python3 manage.py test --settings=shop.settings.test', 'python3 manage.py test'],
    [
      'claude-code',
      'node scripts/seed.js',
      'Error: DATABASE_URL is not set',
      'DATABASE_URL=postgres://localhost/shop_dev node scripts/seed.js',
      'node scripts/seed.js',
    ],
    ['codex', 'ruby bin/import.rb', 'KeyError: key not found: "IMPORT_ENV"', 'IMPORT_ENV=staging ruby bin/import.rb', 'ruby bin/import.rb'],
  ])('%s: %s', (agent, failed, out, worked, named) => {
    const got = lessons(
      [
        { run: failed, ok: false, out },
        { run: worked, ok: true, out: 'ok' },
      ],
      agent,
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(`plain \`${named}\` fails`);
    expect(got[0]).toContain(named.split(' ')[1] ?? '');
  });

  it('control: the same script behind a setup step teaches nothing', () => {
    expect(
      lessons([
        { run: 'python manage.py migrate', ok: false, out: DJANGO },
        { run: 'source .env.sh && python manage.py migrate', ok: true },
      ]),
    ).toEqual([]);
  });

  it('control: a script the agent wrote this session teaches nothing, whatever fixed it', () => {
    expect(
      lessons([
        { tool: 'Write', input: { file_path: '/repo/check_settings.py', content: 'import django' } },
        { run: 'python check_settings.py', ok: false, out: DJANGO },
        { run: 'DJANGO_SETTINGS_MODULE=shop.settings.dev python check_settings.py', ok: true },
      ]),
    ).toEqual([]);
  });

  it('control: a variable given to another script is no fix of the first', () => {
    expect(
      lessons([
        { run: 'python manage.py migrate', ok: false, out: DJANGO },
        { run: 'DJANGO_SETTINGS_MODULE=shop.settings.dev python tools/list_apps.py', ok: true },
      ]),
    ).toEqual([]);
  });
});
