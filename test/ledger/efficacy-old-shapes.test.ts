/**
 * A ledger written before the miner read command groups keeps tracking its lessons. Then the verb
 * after a group was an argument (`docker compose up` was family `docker compose`), so the patterns it
 * learned carry the short family (`fix|docker compose|-|+flag:--build`, `fix|go mod|…`, `repeat|git
 * stash|…`); the miner now names the same episodes by the long one (`fix|docker compose up|…`).
 *
 * test/fixtures/ledgers/before-command-groups.json is the ledger `runDream` (offline engine) wrote at
 * 3d982a3, before command groups, over two Claude Code sessions (Nov 2 and 3) that each failed
 * `docker compose up -d` then ran `docker compose up -d --build`, failed `go mod tidy` then ran
 * `GOFLAGS=-mod=mod go mod tidy`, and failed `git stash pop` twice alike. Its two edits are adopted
 * here on Nov 6; later sessions are read and mined by today's readers and miner.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLedger, type Ledger } from '../../src/ledger/index.js';
import { EfficacyCounter, trackedLessons, type TrackedLesson } from '../../src/ledger/efficacy.js';
import { lessonEfficacy } from '../../src/ledger/efficacy-verdict.js';
import type { AdoptedEntry, Signal } from '../../src/model/index.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { mayPredateGroups, preGroupSignature } from '../../src/signals/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/ledgers/before-command-groups.json');
const old = (): Ledger => loadLedger(readFileSync(FIXTURE, 'utf8'), FIXTURE);
const ADOPTED = '2026-11-06T09:00:00.000Z';

const fail = (bash: string, out: string): Turn => ({ bash, out, error: true, exit: 1 });
const compose = [
  fail('docker compose up -d', 'service "web" failed to build: network acme_default not found'),
  { bash: 'docker compose up -d --build', out: 'Started' },
];
const goMod = [
  fail('go mod tidy', 'go: updates to go.mod needed; to update it:\n\tgo mod tidy -mod=mod'),
  { bash: 'GOFLAGS=-mod=mod go mod tidy', out: '' },
];
const stash = fail('git stash pop', 'error: Your local changes to the following files would be overwritten by merge:\n\tsrc/a.ts');

/** The ledger's edits as adopted on Nov 6, and a lesson on its `git stash` pattern adopted alike. */
function adoptions(l: Ledger): AdoptedEntry[] {
  const stashPattern = Object.entries(l.patterns).find(([, p]) => p.signature.startsWith('repeat|git stash|'))![0];
  const edits = Object.entries(l.edits).map(([editId, e]) => ({ editId, text: e.entryText!, patternId: e.patternId! }));
  return [...edits, { editId: 'e_stash', text: 'Commit or stash your own changes before `git stash pop`.', patternId: stashPattern }].map(
    (e, i) => ({
      file: 'CLAUDE.md',
      line: 5 + i,
      entryText: `- ${e.text}`,
      entryHash: `h${i}`,
      patternId: e.patternId,
      editId: e.editId,
      adoptedAt: ADOPTED,
      adoptedIn: 'a'.repeat(40),
      how: 'squash',
    }),
  );
}

const dir = mkdtempSync(path.join(tmpdir(), 'efficacy-old-shapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Claude Code session on 2026-11-<day> running `turns`, read and mined as a pass does. */
async function mined(day: number, turns: Turn[]): Promise<{ session: Awaited<ReturnType<typeof first>>; signals: Signal[] }> {
  const id = `000000${day}-aaaa-4bbb-8ccc-000000000009`;
  const file = path.join(dir, `${id}.jsonl`);
  writeFileSync(file, claudeCodeSession(id, String(day), '/repo', [{ user: 'Start the stack' }, ...turns]));
  const session = await first(file);
  return { session, signals: mineSession(session, { memory: [], repoFacts: unknownRepoFacts }) };
}
async function first(file: string) {
  for await (const s of readTranscriptFile(file, { displayPath: path.basename(file) })) return s;
  throw new Error(`no session in ${file}`);
}

const byEntry = (lessons: TrackedLesson[], word: RegExp): TrackedLesson => lessons.find((l) => word.test(l.entry))!;

describe('lessons learned before command groups', () => {
  it('the fixture holds the old shapes, which the miner no longer writes', async () => {
    const shapes = Object.values(old().patterns).map((p) => p.signature.split('|').slice(0, 2).join('|'));
    expect(shapes.sort()).toEqual(['fix|docker compose', 'fix|go mod', 'repeat|git stash']);
    const now = (await mined(10, [...compose, ...goMod, stash, stash])).signals.map((s) => s.signature.split('|').slice(0, 2).join('|'));
    expect(now.sort()).toEqual(['fix|docker compose up', 'fix|go mod tidy', 'repeat|git stash pop']);
  });

  it('their episodes since are counted as theirs: hit, exposed, and recurring when they keep coming', async () => {
    const l = old();
    const lessons = trackedLessons(adoptions(l), l);
    expect(lessons).toHaveLength(3);
    const c = new EfficacyCounter(lessons);
    for (const [day, turns] of [
      [10, [...compose, ...goMod, stash, stash]],
      [11, [...compose, stash, stash]],
      [12, [...goMod]],
      [13, [{ bash: 'docker compose up -d --build', out: 'Started' }]],
    ] as const) {
      const { session, signals } = await mined(day, [...turns]);
      c.observe(session, signals);
    }
    const composeLesson = byEntry(lessons, /docker compose/);
    expect(c.tally(composeLesson.editId)!.after).toEqual({ sessions: 4, episodes: 2, hitSessions: 2, exposed: 3 });
    expect(c.tally(byEntry(lessons, /go mod/).editId)!.after).toMatchObject({ episodes: 2, hitSessions: 2, exposed: 2 });
    expect(c.tally('e_stash')!.after).toMatchObject({ episodes: 2, hitSessions: 2, exposed: 2 });
    // Before adoption: 2 in 2 sessions (the ledger's history). Since: 2 in 3 exposed: the old lesson is not heeded.
    const t = c.tally(composeLesson.editId)!;
    t.before = { sessions: 2, episodes: 2, hitSessions: 2, exposed: 2 };
    const judged = lessonEfficacy(composeLesson, t, { now: new Date('2026-11-20T00:00:00Z'), unobservedDays: 30 });
    expect(judged.verdict).toBe('recurring');
  });

  it('a failure of a kind the ledger knew before adoption, named the new way, is not new: the lesson is not worse', async () => {
    const l = old();
    const lesson = trackedLessons(adoptions(l), l).find((x) => x.editId === 'e_stash')!;
    // Another lesson naming `git stash pop` would be charged with the old failure recurring.
    const other: TrackedLesson = {
      ...lesson,
      editId: 'e_other',
      patternId: 'p_other',
      signature: 'pos|x',
      named: new Set(['git stash pop']),
    };
    const c = new EfficacyCounter([other]);
    for (const day of [10, 11]) {
      const { session, signals } = await mined(day, [stash, stash]);
      c.observe(session, signals);
    }
    expect(c.tally('e_other')!.worse).toEqual([]);
  });
});

describe('the old shape of a signature', () => {
  it.each([
    ['fix|docker compose up|-|+flag:--build', 'fix|docker compose|-|+flag:--build'],
    ['fix|go mod tidy|-|+env:GOFLAGS=-mod=mod', 'fix|go mod|-|+env:GOFLAGS=-mod=mod'],
    ['fix|aws s3 cp|-|+env:AWS_PROFILE=deploy', 'fix|aws|-|+env:AWS_PROFILE=deploy'],
    ['fix|gcloud compute instances list|-flag:--zone|+', 'fix|gcloud|-flag:--zone|+'],
    [
      'fix|docker compose up|-tool:docker compose up|+tool:podman compose up',
      'fix|docker compose|-tool:docker compose|+tool:podman compose up',
    ],
    ['repeat|git stash pop|error: your local changes', 'repeat|git stash|error: your local changes'],
    ['prereq|docker compose up -d|docker network create', 'prereq|docker compose up -d|docker network'],
    ['sandbox|uv pip install', 'sandbox|uv pip'],
    ['refuse|gh pr create|--web', 'refuse|gh pr|--web'],
    ['mem|m_1a2b|npm cache clean|ignored', 'mem|m_1a2b|npm cache|ignored'],
  ])('%s was %s', (now, was) => {
    expect(preGroupSignature(now)).toBe(was);
    expect(mayPredateGroups(was)).toBe(true);
  });

  it.each([
    ['fix|git push|-|+flag:--force-with-lease'],
    ['fix|npm run|-sub:build|+sub:compile'],
    ['repeat|pytest|modulenotfounderror: no module named acme'],
    ['pos|said|always use pnpm'],
    ['neg|cmd:docker compose up'],
    ['fix|docker compose|-|+flag:--build'],
  ])('%s is the same in both', (sig) => {
    expect(preGroupSignature(sig)).toBe(sig);
  });

  it.each([['fix|git push|-|+flag:-f'], ['repeat|npm run|x'], ['fix|docker|-|+flag:--rm'], ['neg|cmd:docker compose']])(
    '%s names no group without its verb: matched by its own shape only',
    (sig) => {
      expect(mayPredateGroups(sig)).toBe(false);
    },
  );
});

describe('a signature or program that is any text', () => {
  // A table looked up by a word must answer for its own entries only: `toString` is not a signature kind,
  // nor `constructor` a cloud CLI whose words are a command path.
  it.each([['toString'], ['valueOf|x|y'], ['constructor|docker compose'], ['__proto__|go mod']])('%s is left as it is', (sig) => {
    expect(preGroupSignature(sig)).toBe(sig);
    expect(mayPredateGroups(sig)).toBe(false);
  });

  it.each([['constructor foo bar'], ['toString a b'], ['hasOwnProperty x y']])('%s is no group path', async (line) => {
    const { parseCommand, commandFamily } = await import('../../src/signals/index.js');
    expect(commandFamily(parseCommand(line)!)).toBe(line.split(' ')[0]);
  });
});
