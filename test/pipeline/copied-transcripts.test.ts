/**
 * A transcript copied byte for byte into a second folder (two checkouts, a backup, an artifact downloaded
 * by two runs) holds the same sessions: they count once, in the report, in support and in efficacy, in one
 * pass as in two, whatever the number of threads. Formats that name their sessions by their file (aider,
 * Cursor exports, generic JSON) give the copy another id (`name@folder`), so an id cannot tell a copy; the
 * file's bytes can. A different file of the same name is a session of its own (same-name-files.test.ts).
 * Real offline dreams; the efficacy half with real git and the fake GitHub (efficacy-world.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { loadLedger } from '../../src/ledger/index.js';
import { formatRunSummary } from '../../src/pipeline/summary.js';
import { claudeCodeSession } from '../helpers/transcript-builders.js';
import { makeWorld, type World } from '../publish/helpers.js';
import { about, adopt, dream as dreamWorld, LEDGER, measureAll, turns, writeSession, type Adopted } from './efficacy-world.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** One session stating a rule, as each tool writes it. */
const SAID = 'From now on always run `make seed-fixtures` before committing. Then fix the login test in src/auth.';
const FORMATS: Record<string, { name: string; text: string }> = {
  aider: {
    name: '.aider.chat.history.md',
    text: ['# aider chat started at 2026-11-21 09:00:00', '', `#### ${SAID}  `, '', 'Done: the change is in.', ''].join('\n'),
  },
  'Cursor export': {
    name: 'cursor_chat.md',
    text: [
      '# Login test',
      '_Exported on 11/21/2026 at 09:00:00 GMT from Cursor (1.2.4)_',
      '',
      '---',
      '',
      '**User**',
      '',
      SAID,
      '',
      '---',
      '',
      '**Cursor**',
      '',
      'Done: the change is in.',
      '',
    ].join('\n'),
  },
  'generic JSON chat': {
    name: 'chat.json',
    text: JSON.stringify({
      messages: [
        { role: 'user', content: SAID },
        { role: 'assistant', content: 'Done: the change is in.' },
      ],
    }),
  },
  'Claude Code': {
    name: '0000002a-aaaa-4bbb-8ccc-000000000001.jsonl',
    text: claudeCodeSession('0000002a-aaaa-4bbb-8ccc-000000000001', '21', '/repo', [{ user: SAID }, { say: 'Done: the change is in.' }]),
  },
};

function repoWith(files: Record<string, string>): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'copies-'));
  dirs.push(repo);
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  return repo;
}

function dream(repo: string, sessions: string[], threads = 1, minSupport = 2) {
  return runDream({
    repoDir: repo,
    sessions,
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-12-01T00:00:00Z'),
    threads,
  });
}

const lesson = (r: Awaited<ReturnType<typeof dream>>) => r.report.edits.find((e) => (e.after ?? '').includes('make seed-fixtures'));

describe('one session copied into two folders', () => {
  for (const [format, { name, text }] of Object.entries(FORMATS)) {
    for (const threads of [1, 2]) {
      it(`${format}, ${threads} thread(s): read once, the copy counted as dreamed, no second session of support`, async () => {
        const repo = repoWith({ [`a/widget/${name}`]: text, [`b/widget/${name}`]: text, [`c/${name}`]: text });
        const run = await dream(repo, [`**/${name}`], threads);
        // One session said it: below the bar of two.
        expect(lesson(run)).toBeUndefined();
        expect(run.report.sessions).toMatchObject({ read: 1, alreadyDreamed: 2, copies: 2, files: 3 });
        expect(run.report.sessions.ids).toHaveLength(1);
        expect(formatRunSummary(run.report)).toMatch(/2 already dreamed \(2 of them copies of files read in this pass\)/);
        // At the bar of one, the rule is learnt from the session read, once.
        const one = await dream(repo, [`**/${name}`], threads, 1);
        expect(lesson(one)?.support?.sessions).toBe(1);
        expect(new Set(lesson(one)!.evidence.map((e) => e.session)).size).toBe(1);
      }, 60_000);
    }
  }

  it('the next pass skips every copy unread, as it would had they been read in two passes', async () => {
    const { name, text } = FORMATS.aider!;
    const repo = repoWith({ [`a/${name}`]: text, [`b/${name}`]: text });
    const first = await dream(repo, [`**/${name}`]);
    mkdirSync(path.join(repo, '.dreaming'));
    writeFileSync(path.join(repo, '.dreaming/ledger.json'), first.ledgerText);
    const second = await dream(repo, [`**/${name}`]);
    expect(second.report.sessions).toMatchObject({ read: 0, filesUnchanged: 2 });
    // A copy made after the first pass is already dreamed by its content, not a copy within the pass.
    cpSync(path.join(repo, `a/${name}`), path.join(repo, `d/${name}`), { recursive: true });
    const third = await dream(repo, [`**/${name}`]);
    expect(third.report.sessions).toMatchObject({ read: 0, alreadyDreamed: 3 });
    expect(third.report.sessions.copies).toBeUndefined();
  }, 60_000);

  it('two files of one name that differ by a byte are two sessions (control)', async () => {
    const { name, text } = FORMATS['Cursor export']!;
    const repo = repoWith({ [`a/${name}`]: text, [`b/${name}`]: text.replace('Done: the change is in.', 'Done: the change is in!') });
    const run = await dream(repo, [`**/${name}`]);
    expect(run.report.sessions).toMatchObject({ read: 2, alreadyDreamed: 0 });
    expect(run.report.sessions.copies).toBeUndefined();
  }, 60_000);
});

describe('efficacy counts a copied transcript once', () => {
  let w: World;
  let a: Adopted;
  beforeAll(async () => {
    w = await makeWorld();
    // Before: pytest missed in 3 of 3 sessions; adopted Nov 6.
    a = await adopt(w, [[turns.pytest], [turns.pytest], [turns.pytest]], (dir) => {
      // After: one session misses the lesson again, two run the tests right; each is also in a backup folder.
      const ids = [
        writeSession(dir, 8, 4, [turns.pytest]),
        writeSession(dir, 9, 5, [[{ bash: 'PYTHONPATH=src pytest tests', out: '14 passed in 0.41s' }]]),
        writeSession(dir, 10, 6, [[{ bash: 'PYTHONPATH=src pytest tests', out: '14 passed in 0.41s' }]]),
      ];
      for (const id of ids)
        cpSync(path.join(dir, `.dreaming/sessions/claude-code/${id}.jsonl`), path.join(dir, `.dreaming/sessions/backup/${id}.jsonl`));
    });
  }, 180_000);
  afterAll(async () => {
    await w?.close();
  });

  it('a pass: three sessions since adoption, one episode, not six and two', async () => {
    const r = await dreamWorld(a.dir, '2026-11-12T00:00:00Z');
    const pass = about(r.report.efficacy ?? [], /PYTHONPATH/);
    expect(pass.after).toEqual({ sessions: 3, episodes: 1, exposed: 3 });
    expect(r.report.sessions).toMatchObject({ read: 3, copies: 3 });
    const stored = loadLedger(r.ledgerText, LEDGER).efficacy?.[pass.editId];
    expect(stored?.after).toEqual({ sessions: 3, episodes: 1, hitSessions: 1, exposed: 3 });
    // dream efficacy, counting every transcript of the checkout from scratch, agrees.
    const scratch = about(await measureAll(a, '2026-11-12T00:00:00Z'), /PYTHONPATH/);
    expect(scratch.after).toEqual(pass.after);
  }, 120_000);

  it('a copy that arrives with the next pass adds nothing', async () => {
    const r = await dreamWorld(a.dir, '2026-11-12T00:00:00Z');
    writeFileSync(path.join(a.dir, LEDGER), r.ledgerText);
    cpSync(path.join(a.dir, '.dreaming/sessions/backup'), path.join(a.dir, '.dreaming/sessions/restored'), { recursive: true });
    const next = await dreamWorld(a.dir, '2026-11-13T00:00:00Z');
    // Nine files skipped as dreamed, and the three restored copies' sessions dreamed by their content.
    expect(next.report.sessions).toMatchObject({ read: 0, filesUnchanged: 9, alreadyDreamed: 12 });
    expect(next.report.sessions.copies).toBeUndefined();
    const lesson = about(next.report.efficacy ?? [], /PYTHONPATH/);
    expect(lesson.after).toEqual({ sessions: 3, episodes: 1, exposed: 3 });
  }, 120_000);
});
