import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../src/memory/parse.js';
import { indexEvidence, runGuards } from '../../src/guards/index.js';
import type { GuardContext } from '../../src/guards/types.js';
import { addEdit, bash, claudeJsonl, prompt, result, sessionReader, tempDir, toolUse, writeTree } from './fixtures.js';

let repo: string;
let base: Omit<GuardContext, 'evidence'>;

beforeAll(() => {
  repo = tempDir('dream-evidence-');
  writeTree(repo, {
    'CLAUDE.md': '# Testing\n\n- run `npm run legacy-build`\n',
    'package.json': '{ "scripts": { "build": "tsc" } }\n',
    'sessions/a.jsonl': claudeJsonl('sess-a', [
      prompt('Please   fix the\n tests, and always use pnpm.'),
      bash('t1', 'pytest -q'),
      result('t1', false, "ModuleNotFoundError: No module named 'app'"),
      toolUse('t2', 'Edit', { file_path: 'src/app.py', old_string: 'import app', new_string: 'from . import app' }),
      result('t2', true, 'ok'),
    ]),
    'sessions/b.jsonl': claudeJsonl('sess-b', [
      prompt('run the build'),
      bash('t1', 'npm run legacy-build'),
      result('t1', false, 'npm error Missing script: "legacy-build"'),
    ]),
  });
  base = {
    repoDir: repo,
    memory: [parseMemoryFile('CLAUDE.md', '# Testing\n\n- run `npm run legacy-build`\n')],
    memoryGlobs: [],
    maxEdits: 10,
    maxEntryBytes: 600,
  };
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('evidence index and guard', () => {
  it('verifies quotes against the cited events, reading each cited file once', async () => {
    const reads: string[] = [];
    const edits = [
      addEdit('use pnpm', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 1, quote: 'fix the tests, and always use pnpm' }]),
      addEdit('pytest needs the path', [
        { session: 'sess-a', file: 'sessions/a.jsonl', line: 3, quote: "No module named 'app'" },
        { session: 'sess-b', file: 'sessions/b.jsonl', line: 3, quote: '…Missing script: "legacy-build"' },
      ]),
      addEdit('edit input counts', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 4, quote: 'from . import app' }]),
    ];
    const index = await indexEvidence(edits, sessionReader(repo, reads));
    expect(reads.sort()).toEqual(['sessions/a.jsonl', 'sessions/b.jsonl']);
    for (const e of edits.flatMap((x) => x.evidence)) expect(index.verify(e)).toBe(true);
    const r = runGuards(edits, { ...base, evidence: index });
    expect(r.rejected).toEqual([]);
  });

  it('rejects evidence whose session, line or quote does not resolve, naming file:line', async () => {
    const edits = [
      addEdit('wrong quote', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 3, quote: 'Segmentation fault' }]),
      addEdit('wrong line', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 99, quote: "No module named 'app'" }]),
      addEdit('wrong session', [{ session: 'sess-x', file: 'sessions/a.jsonl', line: 3, quote: "No module named 'app'" }]),
      addEdit('missing file', [{ session: 'sess-a', file: 'sessions/gone.jsonl', line: 1, quote: 'anything at all' }]),
      addEdit('quote from another event', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 2, quote: "No module named 'app'" }]),
      addEdit('no evidence', []),
      addEdit('tiny quote', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 1, quote: 'a' }]),
    ];
    const index = await indexEvidence(edits, sessionReader(repo));
    const r = runGuards(edits, { ...base, evidence: index });
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => x.by)).toEqual(Array(7).fill('guard:evidence'));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'evidence quote does not occur in the event at sessions/a.jsonl:3',
      'evidence sessions/a.jsonl:99 names no event of session sess-a',
      'evidence sessions/a.jsonl:3 names no event of session sess-x',
      'evidence sessions/gone.jsonl:1 names no event of session sess-a',
      'evidence quote does not occur in the event at sessions/a.jsonl:2',
      'edit has no evidence',
      expect.stringMatching(/^malformed evidence/),
    ]);
  });

  it('asks each file for the lines its evidence cites, in every session, and judges as a whole read does', async () => {
    const asked: string[] = [];
    const edits = [
      addEdit('one', [
        { session: 'sess-a', file: 'sessions/a.jsonl', line: 3, quote: "No module named 'app'" },
        { session: 'sess-b', file: 'sessions/b.jsonl', line: 3, quote: 'Missing script: "legacy-build"' },
      ]),
      // The quote is in line 4's event, which no evidence cites: its text is never read.
      addEdit('two', [{ session: 'sess-a', file: 'sessions/a.jsonl', line: 1, quote: 'from . import app' }]),
      addEdit('three', [{ session: 'sess-x', file: 'sessions/a.jsonl', line: 2, quote: 'pytest -q' }]),
    ];
    const cited = await indexEvidence(edits, (file, lines) => {
      asked.push(`${file}: ${[...lines].sort((a, b) => a - b).join(',')}`);
      return sessionReader(repo)(file, lines);
    });
    expect(asked).toEqual(['sessions/a.jsonl: 1,2,3', 'sessions/b.jsonl: 3']);
    const whole = await indexEvidence(edits, (file) => sessionReader(repo)(file, new Set(Array.from({ length: 9 }, (_, i) => i + 1))));
    const verdicts = (index: typeof cited) => edits.flatMap((e) => e.evidence).map((e) => index.explain(e) ?? 'ok');
    expect(verdicts(cited)).toEqual([
      'ok',
      'ok',
      'evidence quote does not occur in the event at sessions/a.jsonl:1',
      expect.stringMatching(/names no event of session sess-x/),
    ]);
    expect(verdicts(cited)).toEqual(verdicts(whole));
  });

  it('treats a reader that throws as unresolvable evidence', async () => {
    const edits = [addEdit('x', [{ session: 's', file: 'boom.jsonl', line: 1, quote: 'quote here' }])];
    // eslint-disable-next-line require-yield
    const index = await indexEvidence(edits, async function* () {
      throw new Error('disk on fire');
    });
    expect(index.explain(edits[0]!.evidence[0]!)).toBe('evidence boom.jsonl:1 cannot be read: disk on fire');
  });

  it('allows repository evidence only for removing or fixing stale entries, and checks the quote in the file', async () => {
    const entryId = base.memory[0]!.entries[1]!.id;
    const repoEv = (quote: string, file = 'package.json') => [{ session: 'repo', file, line: 1, quote }];
    const edits = [
      addEdit('', repoEv('"build": "tsc"'), { op: 'delete', entryId }),
      addEdit('run `npm run build`', repoEv('"scripts": { "build"'), { op: 'update', entryId }),
      addEdit('new lesson', repoEv('"build": "tsc"')),
      addEdit('', repoEv('"legacy-build"'), { op: 'delete', entryId }),
      addEdit('', repoEv('"build"', '../etc/passwd'), { op: 'delete', entryId }),
    ];
    const r = runGuards(edits, { ...base, evidence: await indexEvidence(edits, sessionReader(repo)) });
    expect(r.accepted.map((e) => e.op)).toEqual(['delete', 'update']);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'add needs evidence from a session; repository evidence only supports removing or fixing stale entries',
      'repo evidence quote does not occur in package.json',
      'repo evidence ../etc/passwd:1: path ../etc/passwd climbs out with ..',
    ]);
  });
});
