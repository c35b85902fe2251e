/**
 * A ledger written before rules in other languages were keyed with their plain and "always" forms: main's code wrote
 * test/fixtures/ledgers/before-language-keys (README there), keying "Recuerda ejecutar `make lint` …" in the user's
 * words apart from "Siempre ejecuta `make lint` …", "Pushe niemals" apart from "Pushe nie", "Stop adding" apart from
 * "Don't add". Read by this version, its patterns are re-keyed from their quotes (ledger/legacy-patterns.ts,
 * signals/reread-signature.ts): what they counted is still counted under the key the same words have now, and a
 * rejection holds for the lesson in its new words.
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

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'ledgers', 'before-language-keys');
const LEDGER = '.dreaming/ledger.json';
const HISTORY = '.aider.chat.history.md';

const chat = (day: number, said: string): string => `# aider chat started at 2026-11-${day} 09:00:00\n\n#### ${said}  \n\nDone.\n\n`;
/** The five chats main's code dreamed, one history each in app1 … app5, byte for byte (the ledger keys them by their sha256). */
const DREAMED = [
  'Pushe niemals auf main. Fix the login test.',
  'Speed up the report export. Recuerda ejecutar `make lint` antes de hacer commit.',
  'Stop adding comments to the tests. Rename the export button.',
  'Add a dark mode toggle. Von nun an führe `npm install` nicht aus.',
  'Nunca ejecutes `make lint`. Fix the footer.',
].map((said, i) => chat(21 + i, said));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repoWith(ledger: string, files: Record<string, string>): string {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'before-languages-'));
  dirs.push(repo);
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Workflow\n\n- Keep pull requests small.\n');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.join(repo, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
  mkdirSync(path.join(repo, '.dreaming'));
  writeFileSync(path.join(repo, LEDGER), readFileSync(path.join(FIXTURES, ledger)));
  return repo;
}

const signatures = (text: string) =>
  Object.values(loadLedger(text, LEDGER).patterns)
    .map((p) => `${p.signature} ${p.support}`)
    .sort();

async function dream(repo: string) {
  const run = await runDream({
    repoDir: repo,
    sessions: ['**/.aider.chat.history.md'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: LEDGER,
    logger: silentLogger,
    now: () => new Date('2026-12-03T00:00:00Z'),
  });
  return run;
}

async function dreamAfter(said: string) {
  const files = Object.fromEntries(DREAMED.map((text, i) => [`app${i + 1}/${HISTORY}`, text]));
  const run = await dream(repoWith('one-offs.json', { ...files, [`app6/${HISTORY}`]: chat(28, `Tidy the settings page. ${said}`) }));
  expect(run.report.sessions.read).toBe(1);
  return {
    edits: run.report.edits.filter((e) => e.op === 'add').map((e) => [e.after ?? '', e.support?.sessions]),
    patterns: signatures(run.ledgerText),
  };
}

describe("a ledger main's code wrote, before rules in other languages were keyed with their plain forms", () => {
  it('is read with each pattern under the key its quote has now, the opposite rule apart', () => {
    expect(signatures(readFileSync(path.join(FIXTURES, 'one-offs.json'), 'utf8'))).toEqual([
      'neg|add comment test 1',
      'neg|instal npm 1',
      'neg|lint 1',
      // Stems in any order (lingua/key-stems.ts): "Pushe nie auf main" and "Nie auf main pushen" are one rule.
      'neg|said|auf mai nie push 1',
      'pos|befor commit lint 1',
    ]);
  });

  it.each([
    ['Pushe nie auf main.', /Pushe/],
    ['Siempre ejecuta `make lint` antes de hacer commit.', /make lint/],
    ["Don't add comments to the tests.", /comments/],
    ['Führe `npm install` niemals aus.', /npm install/],
  ])(
    '"%s" said once more is the second session of the rule main keyed otherwise',
    async (said, lesson) => {
      const { edits } = await dreamAfter(said);
      expect(edits).toHaveLength(1);
      expect(edits[0]![0]).toMatch(lesson);
      expect(edits[0]![1]).toBe(2);
    },
    60_000,
  );

  it('control: "Ejecuta `make lint`." (no frame) is the second session of nothing', async () => {
    const { edits, patterns } = await dreamAfter('Ejecuta `make lint`.');
    expect(edits).toEqual([]);
    expect(patterns).toContain('neg|lint 1');
    expect(patterns).toContain('pos|befor commit lint 1');
  }, 60_000);
});

describe('an edit a person rejected, which this version words and keys otherwise', () => {
  const REMINDED = [
    chat(21, 'Fix the login test. Recuerda ejecutar `make lint` antes de hacer commit.'),
    chat(22, 'Speed up the export. Recuerda ejecutar `make lint` antes de hacer commit, por favor.'),
  ].join('');
  // aider appends every chat to one history: grown, it is read whole, the two old chats with it.
  const grown = (said: string) => dream(repoWith('rejected-reminder.json', { [`web/${HISTORY}`]: REMINDED + chat(23, said) }));

  it('is not proposed again in its new words when the history grows by a chat that does not say it', async () => {
    const { report } = await grown('Add a dark mode toggle.');
    expect(report.sessions.read).toBe(3);
    expect(report.edits.filter((e) => (e.after ?? '').includes('make lint'))).toEqual([]);
    expect(report.notes.join('\n')).toMatch(/suppressed add AGENTS\.md \(e_\w+\): proposed or rejected before, no new evidence since/);
  }, 60_000);

  it('control: a chat that says it again is new evidence, and the lesson comes in its new words', async () => {
    const { report } = await grown('Tidy the settings page. Siempre ejecuta `make lint` antes de hacer commit.');
    const lint = report.edits.filter((e) => (e.after ?? '').includes('make lint'));
    expect(lint.map((e) => [e.after, e.support?.sessions])).toEqual([
      [expect.stringMatching(/^Always run `make lint` before committing/), 3],
    ]);
  }, 60_000);
});
