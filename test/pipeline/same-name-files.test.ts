/**
 * Formats that record no session id are named by their file: two files of one name in two folders (a
 * monorepo's `web/` and `api/` each with its `.aider.chat.history.md`, two checkouts in one corpus) are two
 * sessions, end to end. Each says the lesson once, so the lesson has the support of two sessions, and every
 * quote is cited under the session and file it came from.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The rule, said differently in each session: a paraphrase, not a copy (copies count once by design). */
const SAID = [
  'from now on always run `make seed-fixtures` before committing. Fix the login test in src/auth.',
  'Speed up the report export. And always run `make seed-fixtures` before you commit, from now on.',
];

/** Each writer renders one session as its tool does, opening with the words the user typed. */
const FORMATS: Record<string, { name: string; write: (said: string, k: number) => string }> = {
  aider: {
    name: '.aider.chat.history.md',
    write: (said, k) =>
      [`# aider chat started at 2026-11-2${k} 09:00:00`, '', `#### ${said}  `, '', 'Done: the change is in.', ''].join('\n'),
  },
  'Cursor export': {
    name: 'cursor_chat.md',
    write: (said, k) =>
      [
        `# Session ${k}`,
        `_Exported on 11/2${k}/2026 at 09:00:00 GMT from Cursor (1.2.4)_`,
        '',
        '---',
        '',
        '**User**',
        '',
        said,
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
    write: (said) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: said },
          { role: 'assistant', content: 'Done: the change is in.' },
        ],
      }),
  },
};

function repoWith(files: Record<string, string>): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'same-name-'));
  dirs.push(repo);
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  return repo;
}

function dream(repo: string, sessions: string[]) {
  return runDream({
    repoDir: repo,
    sessions,
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-12-01T00:00:00Z'),
  });
}

describe('two transcripts of one name in two folders', () => {
  for (const [format, { name, write }] of Object.entries(FORMATS)) {
    for (const [layout, folders] of Object.entries({ 'a monorepo': ['web', 'api'], 'two checkouts': ['a/widget', 'b/widget'] })) {
      it(`${format}, ${layout}: two sessions, each cited under its own id and file, the lesson at support 2`, async () => {
        const files = folders.map((f) => `${f}/${name}`);
        const repo = repoWith(Object.fromEntries(files.map((f, k) => [f, write(SAID[k]!, k + 1)])));
        const run = await dream(repo, [`**/${name}`]);
        expect(run.report.sessions.read).toBe(2);
        expect(new Set(run.report.sessions.ids).size).toBe(2);
        const edit = run.report.edits.find((e) => (e.after ?? '').includes('make seed-fixtures'));
        expect(edit?.support?.sessions).toBe(2);
        // Each file's quote under that file's session, and the two sessions apart.
        const cited = new Map(edit!.evidence.map((e) => [e.file, e.session]));
        expect([...cited.keys()].sort()).toEqual([...files].sort());
        expect(new Set(cited.values()).size).toBe(2);
      }, 60_000);
    }
  }
});
