/**
 * A ledger written before a rule's key left out its frame words (signals/rule-frames.ts): main's code wrote
 * test/fixtures/ledgers/before-frame-keys (README there), keying "Don't ever run X" apart from "Never run X" and "From
 * now on, run X" apart from "Always run X". Read by this version, its patterns are re-keyed (ledger/legacy-patterns.ts):
 * what they counted is still counted, under the id the same words key to now; an order for the moment ("Don't push to
 * main now.") keeps its own key and joins no rule.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { loadLedger } from '../../src/ledger/index.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'ledgers', 'before-frame-keys', 'one-offs.json');
const LEDGER = '.dreaming/ledger.json';
const HISTORY = '.aider.chat.history.md';

const chat = (day: number, said: string): string => `# aider chat started at 2026-11-${day} 09:00:00\n\n#### ${said}  \n\nDone.\n\n`;
/** The five chats main's code dreamed, one history each in app1 … app5, byte for byte (the ledger keys them by their sha256). */
const DREAMED = [
  chat(21, "Don't ever run `make reset-db`. Fix the login test."),
  chat(22, 'Speed up the report export. Never run `make reset-db`.'),
  chat(23, "Add a dark mode toggle. Don't push to main now."),
  chat(24, 'Rename the export button. From now on, run `make lint` before committing.'),
  chat(25, 'Always run `make lint` before committing. Fix the footer.'),
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repoWithLedger(): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'before-frames-'));
  dirs.push(repo);
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
  DREAMED.forEach((text, i) => {
    mkdirSync(path.join(repo, `app${i + 1}`));
    writeFileSync(path.join(repo, `app${i + 1}`, HISTORY), text);
  });
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
  mkdirSync(path.join(repo, '.dreaming'));
  writeFileSync(path.join(repo, LEDGER), readFileSync(FIXTURE));
  return repo;
}

const signatures = (text: string) =>
  Object.values(loadLedger(text, LEDGER).patterns)
    .map((p) => `${p.signature} ${p.support}`)
    .sort();

async function dreamAfter(said: string) {
  const repo = repoWithLedger();
  mkdirSync(path.join(repo, 'app6'));
  writeFileSync(path.join(repo, 'app6', HISTORY), chat(28, `Tidy the settings page. ${said}`));
  const run = await runDream({
    repoDir: repo,
    sessions: ['**/.aider.chat.history.md'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: LEDGER,
    logger: silentLogger,
    now: () => new Date('2026-12-03T00:00:00Z'),
  });
  expect(run.report.sessions.read).toBe(1);
  return {
    edits: run.report.edits.filter((e) => e.op === 'add').map((e) => [e.after ?? '', e.support?.sessions]),
    patterns: signatures(run.ledgerText),
  };
}

describe("a ledger main's code wrote, before a rule's key left out its frame words", () => {
  it('is read with the patterns that now key alike joined, and the order for the moment left as it was', () => {
    expect(signatures(readFileSync(FIXTURE, 'utf8'))).toEqual(['neg|db reset 2', 'neg|main now push 1', 'pos|befor commit lint 2']);
  });

  it('"Do not run `make reset-db`." said once more is the third session of the rule said "Don\'t ever" and "Never"', async () => {
    const { edits: got } = await dreamAfter('Do not run `make reset-db`.');
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toMatch(/make reset-db/);
    expect(got[0]![1]).toBe(3);
  }, 60_000);

  it('"You forgot to run `make lint` before committing." is the third session of the rule said "From now on" and "Always"', async () => {
    const { edits: got } = await dreamAfter('You forgot to run `make lint` before committing.');
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toMatch(/make lint/);
    expect(got[0]![1]).toBe(3);
  }, 60_000);

  it('control: "Never push to main." is not the second session of "Don\'t push to main now."', async () => {
    const { edits, patterns } = await dreamAfter('Never push to main.');
    expect(edits).toEqual([]);
    expect(patterns).toContain('neg|main push 1');
    expect(patterns).toContain('neg|main now push 1');
  }, 60_000);
});

/**
 * rejected-again.json: main's code proposed "Run `make lint` before committing again." from two chats of one aider
 * history ("You forgot to run `make lint` before committing again.", "…, again."), and a person rejected it. This
 * version words that lesson "Run `make lint` before committing." (another edit id) and keys it without "again".
 */
describe('an edit a person rejected, which this version words otherwise', () => {
  const REJECTED = path.join(import.meta.dirname, '..', 'fixtures', 'ledgers', 'before-frame-keys', 'rejected-again.json');
  const AGAIN = [
    chat(21, 'Fix the login test. You forgot to run `make lint` before committing again.'),
    chat(22, 'Speed up the export. You forgot to run `make lint` before committing, again.'),
  ].join('');

  async function dreamGrown(said: string) {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'rejected-again-'));
    dirs.push(repo);
    writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
    mkdirSync(path.join(repo, 'web'));
    // aider appends every chat to one history: grown, it is read whole, the two old chats with it.
    writeFileSync(path.join(repo, 'web', HISTORY), AGAIN + chat(23, said));
    execFileSync('git', ['-C', repo, 'init', '-q']);
    mkdirSync(path.join(repo, '.dreaming'));
    writeFileSync(path.join(repo, LEDGER), readFileSync(REJECTED));
    const run = await runDream({
      repoDir: repo,
      sessions: ['**/.aider.chat.history.md'],
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, minSupport: 2 },
      ledgerPath: LEDGER,
      logger: silentLogger,
      now: () => new Date('2026-12-03T00:00:00Z'),
    });
    return run.report;
  }

  it('is not proposed again in its new words when the history grows by a chat that does not say it', async () => {
    const report = await dreamGrown('Add a dark mode toggle.');
    expect(report.sessions.read).toBe(3);
    expect(report.edits.filter((e) => (e.after ?? '').includes('make lint'))).toEqual([]);
    expect(report.notes.join('\n')).toMatch(/suppressed add AGENTS\.md \(e_\w+\): proposed or rejected before, no new evidence since/);
  }, 60_000);

  it('control: a chat that says it again is new evidence, and the lesson comes in its new words', async () => {
    const report = await dreamGrown('Tidy the settings page. Always run `make lint` before committing.');
    const lint = report.edits.filter((e) => (e.after ?? '').includes('make lint'));
    expect(lint.map((e) => e.support?.sessions)).toEqual([3]);
  }, 60_000);
});
