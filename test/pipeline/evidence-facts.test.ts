/**
 * The evidence guard's facts from the pass's own read (guards/evidence-facts.ts) must say what re-reading the
 * cited file says: for every citation the miners made, and for citations of the same places changed (another
 * quote, another line, another session), on generated transcripts and on the real ones beside the repository.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Edit, Evidence, TrustLevel } from '../../src/model/index.js';
import { mineFile, type MineFileContext } from '../../src/pipeline/mine-file.js';
import { ProvenanceIndex, indexEvidence } from '../../src/guards/index.js';
import { EvidenceFacts, readFacts } from '../../src/guards/evidence-facts.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { collectRepoFacts } from '../../src/signals/repo-facts.js';
import { emptyLedger } from '../../src/ledger/index.js';
import { PassRecorder } from '../../src/pipeline/file-skip.js';
import { claudeCodeSession, codexRollout } from '../helpers/transcript-builders.js';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const dir = mkdtempSync(path.join(tmpdir(), 'dream-evidence-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function context(root: string): Promise<MineFileContext> {
  return {
    memory: [],
    repoFacts: await collectRepoFacts(root),
    provenance: new ProvenanceIndex({ log2Bits: 12 }),
    ledger: undefined,
    lessons: [],
  };
}

const edit = (evidence: Evidence[]): Edit => ({ id: 'e_test', op: 'add', file: 'CLAUDE.md', after: '- x', rationale: 'test', evidence });

/** Each citation's verdicts, as the guards ask the index for them. */
async function verdicts(evidence: Evidence[], abs: string, facts?: EvidenceFacts) {
  let reads = 0;
  const index = await indexEvidence(
    [edit(evidence)],
    (file, cited) => {
      reads++;
      return readTranscriptFile(abs, { displayPath: file, cited });
    },
    facts ? { facts } : {},
  );
  return { reads, each: evidence.map((e) => [index.explain(e) ?? 'ok', index.quoteAuthor(e), index.unverifiedTurn(e)]) };
}

/** Citations of the places `evidence` cites, changed: none of them is what a miner made, all are checked. */
function changed(evidence: readonly Evidence[]): Evidence[] {
  return evidence.flatMap((e) => [
    { ...e, quote: `${e.quote} and more` },
    { ...e, quote: e.quote.slice(0, Math.max(1, Math.floor(e.quote.length / 2))) },
    { ...e, line: e.line + 1 },
    { ...e, line: e.line - 1 },
    { ...e, session: `${e.session}x` },
  ]);
}

/**
 * Mines `abs` as a pass does and checks: the digest's facts give the re-read's verdicts without reading the file,
 * and readFacts on the session as read gives them for changed citations too.
 */
async function agree(abs: string, display: string, trust?: TrustLevel): Promise<number> {
  const digest = await mineFile({ abs, display, source: 'test', index: 0, ...(trust ? { trust } : {}) }, await context(dir));
  const facts = new EvidenceFacts();
  const mined: Evidence[] = [];
  for (const s of digest.sessions) {
    const evidence = s.signals.flatMap((g) => g.evidence);
    mined.push(...evidence);
    if (s.facts) facts.vouch(evidence, s.facts);
  }
  if (mined.length === 0) return 0;
  const reread = await verdicts(mined, abs);
  const known = await verdicts(mined, abs, facts);
  expect(known.each).toEqual(reread.each);
  expect(known.reads).toBe(digest.sessions.every((s) => s.facts) ? 0 : 1);

  const others = changed(mined);
  const more = new EvidenceFacts();
  for await (const session of readTranscriptFile(abs, { displayPath: display })) {
    const asRead = { parentId: session.parentId, trust: session.trust };
    more.vouch(others, readFacts(session, { file: display, read: asRead }, others));
  }
  expect((await verdicts(others, abs, more)).each).toEqual((await verdicts(others, abs)).each);
  return mined.length;
}

describe('evidence facts from the pass read', () => {
  it('give the re-read verdicts on generated Claude Code and Codex sessions, and from a public source', async () => {
    const turns = [
      { user: 'Please run the tests, and always use pnpm, not npm, in this repo.' },
      { bash: 'npm test', out: 'npm error Missing script: "test"', error: true, exit: 1 },
      { bash: 'pnpm test', out: 'ok', exit: 0 },
      { user: 'No, never run npm here. Use pnpm.' },
      { bash: 'make build', out: "make: *** No rule to make target 'build'. Stop.", error: true, exit: 2 },
      { bash: 'make all', out: 'done', exit: 0 },
    ];
    const cc = path.join(dir, 'cc.jsonl');
    writeFileSync(cc, claudeCodeSession('11111111-1111-4111-8111-111111111111', '10', '/repo', turns));
    const codex = path.join(dir, 'codex.jsonl');
    writeFileSync(codex, codexRollout('22222222-2222-4222-8222-222222222222', '11', '/repo', turns));
    expect(await agree(cc, 'sessions/cc.jsonl')).toBeGreaterThan(0);
    expect(await agree(codex, 'sessions/codex.jsonl')).toBeGreaterThan(0);
    // A source's trust is the pass's, not the re-read's: the author the index records is the re-read's.
    expect(await agree(cc, 'sessions/cc.jsonl', 'public')).toBeGreaterThan(0);
  });

  it('are not made for a file read from where the last pass stopped', async () => {
    const abs = path.join(dir, 'grown.jsonl');
    const turns = [
      { user: 'Always use pnpm, not npm, in this repo.' },
      { bash: 'npm test', out: 'Missing script: "test"', error: true, exit: 1 },
    ];
    const first = claudeCodeSession('33333333-3333-4333-8333-333333333333', '10', '/repo', turns);
    writeFileSync(abs, first + claudeCodeSession('44444444-4444-4444-8444-444444444444', '11', '/repo', turns));
    const ctx = await context(dir);
    const whole = await mineFile({ abs, display: 'sessions/grown.jsonl', source: 'test', index: 0 }, ctx);
    expect(whole.sessions.length).toBeGreaterThan(0);
    expect(whole.sessions.every((s) => s.facts)).toBe(true);
    // A file that grew since the ledger's mark is read from the mark's offset (file-skip.ts).
    const ledger = emptyLedger();
    const onlyFirst = path.join(dir, 'grown-first.jsonl');
    writeFileSync(onlyFirst, first);
    const before = await mineFile({ abs: onlyFirst, display: 'sessions/grown-first.jsonl', source: 'test', index: 0 }, { ...ctx, ledger });
    new PassRecorder(ledger, { at: '2026-01-01T00:00:00.000Z', keepFiles: new Set() }).file(before.display, before.mark!, 1);
    writeFileSync(onlyFirst, first + claudeCodeSession('55555555-5555-4555-8555-555555555555', '12', '/repo', turns));
    const resumed = await mineFile({ abs: onlyFirst, display: 'sessions/grown-first.jsonl', source: 'test', index: 0 }, { ...ctx, ledger });
    expect(resumed.resumed).toBe(true);
    expect(resumed.sessions.length).toBe(1);
    expect(resumed.sessions[0]!.facts).toBeUndefined();
  });

  it.skipIf(!existsSync(CORPUS))(
    'give the re-read verdicts on every real transcript beside the repository',
    { timeout: 300_000 },
    async () => {
      const files: string[] = [];
      const walk = (d: string): void => {
        for (const e of readdirSync(d).sort()) {
          const p = path.join(d, e);
          if (statSync(p).isDirectory()) walk(p);
          else if (!e.endsWith('.txt') || !e.startsWith('SOURCE')) files.push(p);
        }
      };
      walk(CORPUS);
      let cited = 0;
      for (const abs of files) cited += await agree(abs, path.relative(CORPUS, abs));
      expect(cited).toBeGreaterThan(100);
    },
  );
});
