/**
 * Ledgers written before session ids named by their file carried the file's place (placedId): main's code wrote
 * the two ledgers in test/fixtures/ledgers/before-placed-ids (README there) for an aider history in `web/`, whose
 * sessions it called `.aider.chat.history#1` and `#2`; this version calls them `.aider.chat.history@<hash>#1`.
 * A file dreamed then is not dreamed again, and one read again because it grew (aider appends every chat to one
 * file) brings no new support, no re-proposal of an edit a person rejected, and its old evidence still resolves
 * for `dream why`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { indexEvidence } from '../../src/guards/evidence.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Evidence } from '../../src/model/index.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ledgers', 'before-placed-ids');
const LEDGER = '.dreaming/ledger.json';
const HISTORY = 'web/.aider.chat.history.md';
const PATTERN = 'p_fc52c34346d9';
const EDIT = 'e_9b541dd31318';

/** The two chats main's code dreamed, byte for byte (the ledgers key them by their sha256). */
const DREAMED = [
  '# aider chat started at 2026-11-21 09:00:00',
  '',
  '#### from now on always run `make seed-fixtures` before committing. Fix the login test.  ',
  '',
  'Done: the change is in.',
  '',
  '# aider chat started at 2026-11-22 09:00:00',
  '',
  '#### Speed up the report export. And always run `make seed-fixtures` before you commit, from now on.  ',
  '',
  'Done.',
  '',
].join('\n');

const chat = (day: number, said: string): string => `\n# aider chat started at 2026-11-${day} 09:00:00\n\n#### ${said}  \n\nDone.\n`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repoWith(ledger: 'proposed' | 'rejected'): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'before-placed-'));
  dirs.push(repo);
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
  mkdirSync(path.join(repo, 'web'));
  writeFileSync(path.join(repo, HISTORY), DREAMED);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
  mkdirSync(path.join(repo, '.dreaming'));
  writeFileSync(path.join(repo, LEDGER), readFileSync(path.join(FIXTURES, `${ledger}.json`)));
  return repo;
}

function dream(repo: string) {
  return runDream({
    repoDir: repo,
    sessions: ['**/.aider.chat.history.md'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: LEDGER,
    logger: silentLogger,
    now: () => new Date('2026-12-03T00:00:00Z'),
  });
}

const seedEdits = (run: Awaited<ReturnType<typeof dream>>) =>
  run.report.edits.filter((e) => (e.after ?? '').includes('make seed-fixtures'));
/**
 * The edit's pattern, by the id the ledger's edit names: this version keys the pattern without "from now on"'s "now"
 * (signals/rule-frames.ts), and the ledger read re-keys it from PATTERN (ledger/legacy-patterns.ts).
 */
const patternIn = (run: Pick<Awaited<ReturnType<typeof dream>>, 'ledgerText'>) => {
  const l = JSON.parse(run.ledgerText);
  return l.patterns[l.edits[EDIT].patternId];
};

describe("a ledger main's code wrote, before ids carried their file's place", () => {
  it('the history it dreamed, unchanged, is not read again', async () => {
    const run = await dream(repoWith('proposed'));
    expect(run.report.sessions.read).toBe(0);
    expect(run.report.sessions.alreadyDreamed).toBe(2);
    expect(seedEdits(run)).toEqual([]);
  }, 60_000);

  it('the history grown by a chat is read whole, yet its two old chats add no support and the proposed edit stays as it was', async () => {
    const repo = repoWith('proposed');
    appendFileSync(path.join(repo, HISTORY), chat(23, 'Add a dark mode toggle.'));
    const run = await dream(repo);
    expect(run.report.sessions.read).toBe(3);
    expect(seedEdits(run)).toEqual([]);
    expect(patternIn(run).support).toBe(2);
    // Re-keyed: the same pattern, as this version keys "from now on, X" (with "X").
    expect(JSON.parse(run.ledgerText).patterns[PATTERN]).toBeUndefined();
    expect(patternIn(run).signature).toBe('pos|befor commit fixtur seed');
  }, 60_000);

  it('an edit a person rejected then is not proposed again when the history grows by a chat that does not say it', async () => {
    const repo = repoWith('rejected');
    appendFileSync(path.join(repo, HISTORY), chat(23, 'Add a dark mode toggle.'));
    const run = await dream(repo);
    expect(seedEdits(run)).toEqual([]);
    expect(run.report.notes.join('\n')).toContain(`(${EDIT}): proposed or rejected before, no new evidence since`);
  }, 60_000);

  it('control: a new chat that says it again is new evidence, counted once beside the two old ones', async () => {
    const repo = repoWith('rejected');
    appendFileSync(
      path.join(repo, HISTORY),
      chat(23, 'Rename the export button. And from now on always run `make seed-fixtures` before committing.'),
    );
    const run = await dream(repo);
    expect(seedEdits(run).map((e) => e.support?.sessions)).toEqual([3]);
  }, 60_000);

  it('`dream why` still resolves the old evidence, which names the sessions by their bare names; a pass does not', async () => {
    const repo = repoWith('proposed');
    const evidence = JSON.parse(readFileSync(path.join(repo, LEDGER), 'utf8')).edits[EDIT].evidence as Evidence[];
    expect(evidence.map((e) => e.session)).toEqual(['.aider.chat.history#1', '.aider.chat.history#2']);
    const edit = { id: EDIT, op: 'add' as const, file: 'CLAUDE.md', rationale: '', evidence };
    const read = (file: string, cited: ReadonlySet<number>) => readTranscriptFile(path.join(repo, file), { displayPath: file, cited });
    const why = await indexEvidence([edit], read, { bareNames: true });
    expect(evidence.map((e) => why.explain(e))).toEqual([undefined, undefined]);
    const pass = await indexEvidence([edit], read);
    expect(evidence.map((e) => pass.explain(e))).toEqual([
      `evidence ${HISTORY}:3 names no event of session .aider.chat.history#1`,
      `evidence ${HISTORY}:9 names no event of session .aider.chat.history#2`,
    ]);
  }, 60_000);

  it('the grown history re-read: its two chats take over their bare names in the pattern, which then lists no bare name', async () => {
    const repo = repoWith('proposed');
    expect(patternIn({ ledgerText: readFileSync(path.join(repo, LEDGER), 'utf8') }).sessions).toEqual([
      '.aider.chat.history#1',
      '.aider.chat.history#2',
    ]);
    appendFileSync(path.join(repo, HISTORY), chat(23, 'Add a dark mode toggle.'));
    const run = await dream(repo);
    const listed = patternIn(run).sessions as string[];
    expect(listed).toHaveLength(2);
    expect(listed.every((id) => /^\.aider\.chat\.history@[0-9a-f]{8}#[12]$/.test(id))).toBe(true);
    expect(patternIn(run).support).toBe(2);
  }, 60_000);
});

describe('a history at the root and one in a folder, dreamed in two passes (ids as they are now)', () => {
  const said = 'from now on always run `make seed-fixtures` before committing. Fix the login test.';
  const history = (day: number, text: string) => `# aider chat started at 2026-11-${day} 09:00:00\n\n#### ${text}  \n\nDone.\n`;

  it("the folder's chat is a second session beside the root's, not the root's under its bare name", async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'root-and-folder-'));
    dirs.push(repo);
    writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
    writeFileSync(path.join(repo, '.aider.chat.history.md'), history(21, said));
    mkdirSync(path.join(repo, '.dreaming'));
    const first = await dream(repo);
    expect(seedEdits(first)).toEqual([]);
    writeFileSync(path.join(repo, LEDGER), first.ledgerText);
    mkdirSync(path.join(repo, 'web'));
    writeFileSync(
      path.join(repo, HISTORY),
      history(22, 'Speed up the export. And always run `make seed-fixtures` before you commit, from now on.'),
    );
    const second = await dream(repo);
    expect(second.report.sessions.read).toBe(1);
    expect(seedEdits(second).map((e) => e.support?.sessions)).toEqual([2]);
  }, 60_000);
});
