import { describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { applyEdits } from '../../../src/edits/apply.js';
import type { MemoryFile } from '../../../src/model/index.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

// The words side of lesson-finding, end to end through the offline engine and the real applier.
const facts: RepoFacts = { scripts: { test: 'pytest' }, makeTargets: null, exists: () => true };
const guide =
  '# shop\n\n## Setup\n\n- Install dependencies with `npm install`.\n- Create the virtualenv with `python -m venv .venv`.\n\n' +
  '## Database\n\n- Never edit a migration that has shipped: they run in production.\n- Name migrations after the table they change.\n\n## Style\n\n- Format with black.\n';
const edit = (path: string): Step => ({ tool: 'Edit', input: { file_path: `/srv/shop/${path}`, old_string: 'a', new_string: 'b' } });

async function dream(m: MemoryFile[], sessions: Step[][], minSupport = 2) {
  const signals = sessions.flatMap((steps, i) => mineSession(session(`s${i}`, steps), { memory: m, repoFacts: facts }));
  const r = await dreamOffline(signals, m, { repoFacts: facts, options: { ...defaultDreamOptions, minSupport } });
  const applied = applyEdits(m, r.edits, defaultDreamOptions);
  expect(applied.rejected).toEqual([]);
  return { ...r, text: (p: string) => applied.changes.find((c) => c.path === p)?.after ?? '' };
}

describe('corrections against memory', () => {
  it('updates the line memory got wrong instead of adding a competing one', async () => {
    const r = await dream(memory({ 'CLAUDE.md': guide }), [
      [{ run: 'npm install', ok: true, out: 'ok' }, { user: 'npm? we use pnpm here' }, { run: 'pnpm install', ok: true, out: 'ok' }],
      [
        { run: 'npm install left-pad', ok: true, out: 'ok' },
        { interrupt: '[Request interrupted by user]' },
        { user: 'pnpm, not npm.' },
        { run: 'pnpm install', ok: true, out: 'ok' },
      ],
    ]);
    expect(r.edits.map((e) => [e.op, e.after])).toEqual([['update', '- Install dependencies with `pnpm install`.']]);
    expect(r.edits[0]!.rationale).toContain('2 sessions');
  });

  it('marks a rule IMPORTANT when agents keep breaking it, and names the hook that would enforce it', async () => {
    const r = await dream(memory({ 'CLAUDE.md': guide }), [
      [edit('migrations/0007_orders.py'), { user: 'why are you editing migrations/0007_orders.py?!' }],
      [
        edit('migrations/0003_users.py'),
        { interrupt: '[Request interrupted by user]' },
        { user: 'Stop changing migrations/. Write a new one instead.' },
      ],
    ]);
    expect(r.edits.map((e) => [e.op, e.after])).toEqual([
      ['update', '- **IMPORTANT:** Never edit a migration that has shipped: they run in production.'],
    ]);
    expect(r.edits[0]!.rationale).toMatch(/2 sessions.*PreToolUse hook that blocks Edit and Write under `migrations\/`/);
  });
});

describe('placement', () => {
  it('adds a lesson under the section whose entries share its topic', async () => {
    const r = await dream(memory({ 'CLAUDE.md': guide }), [
      [{ user: 'Never reorder migrations. The deploy applies them by name.' }],
      [{ user: 'never reorder migrations' }],
    ]);
    expect(r.edits.map((e) => [e.op, e.section])).toEqual([['add', ['shop', 'Database']]]);
    expect(r.text('CLAUDE.md')).toContain('they change.\n- Never reorder migrations: the deploy applies them by name.\n');
  });

  it('falls back to the lessons section when no section clearly fits', async () => {
    const r = await dream(memory({ 'CLAUDE.md': guide }), [
      [{ user: 'From now on, answer in English.' }],
      [{ user: 'From now on, answer in English.' }],
    ]);
    expect(r.edits.map((e) => [e.op, e.section, e.after])).toEqual([
      ['add', ['shop', 'Lessons from past sessions'], 'Answer in English: the user asked for it in 2 sessions.'],
    ]);
  });
});

describe('the attribution a preference gets when it states no reason', () => {
  it('names the sessions only when there are several (--min-support 1 lets one session through)', async () => {
    const said = [{ user: "Don't use pip. Use uv." }];
    const one = await dream(memory({ 'CLAUDE.md': guide }), [said], 1);
    expect(one.edits.map((e) => e.after)).toEqual(['Use uv, not pip.']);
    const two = await dream(memory({ 'CLAUDE.md': guide }), [said, [{ user: 'Do not use pip, use uv.' }]]);
    expect(two.edits.map((e) => e.after)).toEqual(['Use uv, not pip: the user asked for it in 2 sessions.']);
    // A stated reason is kept whatever the count.
    const reasoned = await dream(memory({ 'CLAUDE.md': guide }), [[{ user: "Don't use pip, use uv. The lockfile is uv.lock." }]], 1);
    expect(reasoned.edits.map((e) => e.after)).toEqual(['Use uv, not pip: the lockfile is uv.lock.']);
  });
});

describe('rewriting an entry for a rejected tool', () => {
  it('replaces the tool where the entry names it as a tool, and leaves an entry alone where the word means something else', async () => {
    const m = memory({ 'CLAUDE.md': '# py\n\n## Tests\n\n- Run the Python tests with `pytest -q`.\n- Format code with black.\n' });
    const r = await dream(m, [
      [{ run: 'black .', ok: true, out: 'ok' }, { user: 'black? we use ruff here' }],
      [{ run: 'python -m black src', ok: true, out: 'ok' }, { user: 'Stop running black! This is a ruff project.' }],
      [{ run: 'python setup.py test', ok: true, out: 'ok' }, { user: 'Why are you running python? Use uv.' }],
      [{ run: 'python -m pytest', ok: true, out: 'ok' }, { user: 'uv, not python.' }],
    ]);
    expect(r.edits.filter((e) => e.op === 'update').map((e) => e.after)).toEqual(['- Format code with ruff.']);
    expect(r.notes.join('\n')).toMatch(/no safe rewrite for CLAUDE.md:5/);
  });
});

describe('a preference memory already states', () => {
  it('is strengthened when agents keep breaking it, with the hook that would block the rejected tool', async () => {
    const m = memory({
      'CLAUDE.md': '# web\n\n## Tooling\n\n- Use pnpm, never npm: the lockfile is pnpm-lock.yaml.\n- Format with prettier.\n',
    });
    const r = await dream(m, [
      [{ run: 'npm install', ok: true, out: 'ok' }, { user: 'npm?! pnpm.' }],
      [{ run: 'npm run build', ok: true, out: 'ok' }, { user: 'Why are you running npm again? pnpm only.' }],
    ]);
    expect(r.edits.map((e) => [e.op, e.after])).toEqual([
      ['update', '- **IMPORTANT:** Use pnpm, never npm: the lockfile is pnpm-lock.yaml.'],
    ]);
    expect(r.edits[0]!.rationale).toContain('PreToolUse hook that blocks `npm`');
  });
});
