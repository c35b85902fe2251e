/**
 * A map digest carries the adopted lessons' efficacy tallies, which decide a lesson's verdict in the PR ("helped",
 * "worse") and whether it is strengthened. Until session 23 `dream reduce` added them up unchecked: a forged digest
 * could have a lesson "help" by counting clean conversations that never were, or by dropping the episodes after the
 * adoption. Now each tally must follow from the sessions and signals its line lists (src/pipeline/digest-efficacy.ts),
 * and the reduce refuses one that does not, naming the digest file and line. Real sessions mined by a real map with a
 * real adopted lesson; the untampered digest still reduces to the single pass's verdict (control).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, pytestFix, LEDGER } from './helpers.js';
import { mapShard } from '../../src/pipeline/map.js';
import { openDigests } from '../../src/pipeline/digest-read.js';
import { parseFileDigest } from '../../src/pipeline/digest.js';
import { encodeFile } from '../../src/pipeline/digest-wire.js';
import type { FileDigest } from '../../src/pipeline/mine-file.js';
import type { LessonTally } from '../../src/ledger/efficacy.js';
import { entryTextHash, loadLedger } from '../../src/ledger/index.js';
import type { AdoptedEntry } from '../../src/model/index.js';
import { silentLogger } from '../../src/log.js';

describe("a digest's efficacy tallies", () => {
  const repo = new TempRepo();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-efficacy-'));
  let lines: string[] = [];
  let adoptions: AdoptedEntry[] = [];
  let written = 0;

  /** The digest with every file line's tallies changed by `edit` (a tally per lesson the file bore on). */
  const tampered = (edit: (t: LessonTally, f: FileDigest, entry: [string, LessonTally]) => void): string => {
    let touched = 0;
    const files = lines.slice(1, -1).map((l, i) => {
      const f = parseFileDigest(l, `line ${i + 2}`);
      for (const entry of [...f.efficacy]) {
        edit(entry[1], f, entry);
        touched++;
      }
      return JSON.stringify(encodeFile(f));
    });
    expect(touched, 'the map counted the lesson').toBeGreaterThan(0);
    const file = path.join(dir, `tampered-${++written}.json.gz`);
    writeFileSync(file, gzipSync([lines[0], ...files, lines.at(-1)].join('\n') + '\n'));
    return file;
  };
  const reduce = async (file: string) => repo.run({ sessions: [], digests: await openDigests([file]), efficacy: { adoptions } });

  beforeAll(async () => {
    // Days 10..21: the lesson is learnt from the pytest fix, then adopted on the 18th.
    for (let n = 0; n < 12; n++) repo.session(n);
    const first = await repo.run({ threads: 1 });
    repo.commitLedger(first.ledgerText);
    const pattern = Object.entries(loadLedger(first.ledgerText, LEDGER).patterns).find(([, p]) => /pytest/.test(p.signature))![0];
    const entryText = '- Run the tests with `PYTHONPATH=src pytest`.';
    adoptions = [
      {
        file: 'CLAUDE.md',
        line: 4,
        entryText,
        entryHash: entryTextHash(entryText),
        patternId: pattern,
        editId: 'adopted-pytest',
        adoptedAt: '2026-11-18T00:00:00Z',
        adoptedIn: 'c0ffee',
        how: 'merge',
      },
    ];
    // New sessions on both sides of the adoption: some hit the episode again, some run pytest cleanly.
    const clean = [{ user: 'Run the tests' }, { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' }];
    for (let n = 12; n < 22; n++) repo.session(n, n % 3 === 0 ? pytestFix : clean);
    const out = path.join(dir, 'shard.json.gz');
    await mapShard({
      repoDir: repo.dir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      ledgerPath: LEDGER,
      shard: { index: 0, count: 1 },
      threads: 1,
      efficacy: { adoptions },
      logger: silentLogger,
      out,
    });
    lines = gunzipSync(readFileSync(out)).toString('utf8').trimEnd().split('\n');
  }, 120_000);
  afterAll(() => {
    repo.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('control: as the map wrote them they reduce to the verdict of a single pass', async () => {
    const single = await repo.run({ threads: 1, efficacy: { adoptions } });
    const reduced = await reduce(tampered(() => undefined));
    expect(single.report.efficacy?.[0]?.after.exposed).toBeGreaterThan(0);
    expect(reduced.report.efficacy).toEqual(single.report.efficacy);
  });

  /** Forgeries: each keeps the tally's JSON shape and changes what its sessions cannot show. */
  const FORGED: [string, (t: LessonTally, f: FileDigest, entry: [string, LessonTally]) => void, RegExp][] = [
    [
      'clean conversations added, the identities kept',
      (t) => {
        t.after.exposed += 50;
        t.clean += 50;
      },
      /conversations exposed of the \d+ sessions the line lists|conversations named/,
    ],
    [
      'the episodes after the adoption dropped, so the lesson helped',
      (t) => {
        t.clean += t.after.hitSessions;
        t.after.episodes = 0;
        t.after.hitSessions = 0;
        for (const k of Object.keys(t.families)) if (k.startsWith('a|')) t.families[k] = 1;
        for (const [w, b] of Object.entries(t.weeks)) if (Number(w) >= 0) b[1] = 0;
      },
      /after the adoption: 0 episodes in 0 conversations, where its signals show [1-9]/,
    ],
    ['a negative count', (t) => (t.before.episodes = -3), /before: counts that are not non-negative integers/],
    [
      'a count that is not a whole number',
      (t) => ((t.after as unknown as Record<string, unknown>).sessions = '7'),
      /not non-negative integers/,
    ],
    ['clean out of step with exposure', (t) => (t.clean += 1), /clean \d+: not the \d+ conversations exposed and never hit/],
    ['a lesson the header does not list', (_t, _f, entry) => (entry[0] = 'forged-lesson'), /a lesson the digest header does not list/],
    ['the same lesson twice', (t, f) => f.efficacy.push(['adopted-pytest', t]), /given twice/],
    [
      'a conversation the line does not list',
      (t) => {
        // Every count as it was: one conversation's key renamed to a session no transcript line holds.
        const [key, bits] = Object.entries(t.families)[0]!;
        delete t.families[key];
        t.families[`${key.slice(0, 2)}forged-root`] = bits;
      },
      /a conversation the line does not list/,
    ],
    ['weeks that do not add up to the windows', (t) => (t.weeks['3'] = [40, 0]), /weeks after the adoption add up to/],
    [
      'evidence from another transcript',
      (t, f) => t.evidence.push({ session: f.sessions[0]!.outline.id, file: 'elsewhere.jsonl', line: 3, quote: 'pytest passed' }),
      /evidence citing another file/,
    ],
  ];

  for (const [name, edit, why] of FORGED)
    it(`refuses ${name}, naming the digest file and line`, async () => {
      const file = tampered(edit);
      await expect(reduce(file)).rejects.toThrow(new RegExp(`tampered-\\d+\\.json\\.gz:\\d+: .*(${why.source})`));
    });
});
