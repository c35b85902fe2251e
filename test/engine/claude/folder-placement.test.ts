/**
 * The claude engine places a lesson by the offline engine's rule (engine/offline/nested-targets.ts): the analysts see
 * where a pattern's sessions ran, the curator is told which folder's file an add goes to, and the verifier refuses an
 * add anywhere else. The real SDK against the loopback server, the whole pass (`runDream`, real readers and guards)
 * in a git repository with memory in `packages/web`. The model answers from what it was sent: it cites the digest's
 * own evidence and writes to the file each case picks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { runDream } from '../../../src/pipeline/run.js';
import { ClaudeEngine } from '../../../src/engine/claude/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { silentLogger } from '../../../src/log.js';
import { AnthropicReplayServer, type RecordedRequest } from '../../helpers/anthropic-server/index.js';
import { FolderWorld, type Run } from '../../helpers/folder-world.js';
import { keepAll } from './fixtures.js';

let server: AnthropicReplayServer | undefined;
let world: FolderWorld | undefined;
afterEach(async () => {
  await server?.close();
  world?.dispose();
});

/** The text of a request's user turn: the fenced digest, or the candidates. */
const sent = (req: RecordedRequest): string =>
  (req.body.messages as { content: { text?: string }[] }[]).flatMap((m) => m.content.map((c) => c.text ?? '')).join('\n');

const EVIDENCE = /evidence: session=(\S+) file=(\S+) line=(\d+) quote="(.*)"$/gm;
const cited = (text: string) =>
  [...text.matchAll(EVIDENCE)].map(([, session, file, line, quote]) => ({
    session: session!,
    file: file!,
    line: Number(line),
    quote: quote!,
  }));

/** A pass whose curator adds the pytest lesson to `file` (given what it was sent), the reviewer keeping every edit. */
async function dream(runs: readonly Run[], file: (curatorSaw: string) => string) {
  world = new FolderWorld();
  for (const r of runs) world.session(r);
  server = await AnthropicReplayServer.start();
  server.fallback('analyst', (req) => {
    const digest = sent(req);
    const id = /- pattern (p_\w+) kind=error_then_fix/.exec(digest)?.[1];
    const from = digest.indexOf(`pattern ${id}`);
    const end = digest.indexOf('\n- pattern', from + 1);
    const evidence = cited(digest.slice(from, end < 0 ? undefined : end));
    const lesson = {
      lesson: 'Run the tests with `PYTHONPATH=src pytest`.',
      kind: 'error_then_fix',
      scope: { type: 'agent', value: 'claude-code' },
    };
    return { kind: 'tool', input: { lessons: id ? [{ ...lesson, evidence, patternId: id }] : [] } };
  });
  server.fallback('curator', (req) => {
    const text = sent(req);
    const patternId = /pattern=(p_\w+)/.exec(text)?.[1];
    const edit = { ref: 'e1', op: 'add', after: '- Run the tests with `PYTHONPATH=src pytest`.', rationale: 'pytest failed twice' };
    return { kind: 'tool', input: { edits: [{ ...edit, file: file(text), evidence: cited(text), ...(patternId ? { patternId } : {}) }] } };
  });
  server.fallback('reviewer', keepAll);
  const client = new Anthropic({ apiKey: 'folder-key', baseURL: server.url, maxRetries: 0, timeout: 10_000 });
  const run = await runDream({
    repoDir: world.dir,
    sessions: ['logs/*.jsonl'],
    engine: new ClaudeEngine({ client, model: 'claude-sonnet-5-5', maxTokens: 4_000 }),
    options: { ...defaultDreamOptions, minSupport: 2 },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-11-30T00:00:00Z'),
  });
  const analyst = sent(server.messageRequests('analyst')[0]!);
  const curator = sent(server.messageRequests('curator')[0]!);
  // What the pass would write: the file's text after its edits, else as it is.
  const read = (rel: string) => run.changes.find((c) => c.path === rel)?.after ?? readFileSync(path.join(world!.dir, rel), 'utf8');
  return { run, analyst, curator, read, rejected: run.report.rejected.map((r) => `${r.by}: ${r.reason}`) };
}

const inWeb: Run[] = [
  { format: 'claude', cwd: '@/packages/web' },
  { format: 'claude', cwd: '@/packages/web/src' },
];
const mixed: Run[] = [
  { format: 'claude', cwd: '@/packages/web' },
  { format: 'claude', cwd: '@' },
];
/** The file the curator was told to use for CLAUDE.md, else CLAUDE.md. */
const asTold = (text: string) => /an add goes to (\S+) for CLAUDE\.md/.exec(text)?.[1] ?? 'CLAUDE.md';

describe("claude engine: a package's sessions teach that package's memory", () => {
  it("tells the analysts and the curator where the sessions ran, and a curator that follows it writes the package's file", async () => {
    const { run, analyst, curator, read, rejected } = await dream(inWeb, asTold);
    expect(analyst).toMatch(/folders: every session ran inside packages\/web\/, packages\/web\/src\//);
    expect(curator).toMatch(
      /place: every session ran inside packages\/web\/, which has its own memory: an add goes to packages\/web\/CLAUDE\.md for CLAUDE\.md/,
    );
    expect(rejected).toEqual([]);
    expect(run.report.edits.map((e) => e.file)).toEqual(['packages/web/CLAUDE.md']);
    expect(read('packages/web/CLAUDE.md')).toContain('PYTHONPATH=src pytest');
    expect(read('CLAUDE.md')).not.toContain('PYTHONPATH');
  });

  it('refuses an add to the root file when every session ran in the package, naming the file it belongs in', async () => {
    const { run, rejected, read } = await dream(inWeb, () => 'CLAUDE.md');
    expect(run.report.edits).toEqual([]);
    expect(rejected).toEqual([
      'verifier: every session of the lesson ran inside packages/web/, which has its own memory: add it to packages/web/CLAUDE.md, not CLAUDE.md',
    ]);
    expect(read('CLAUDE.md')).not.toContain('PYTHONPATH');
  });

  it("refuses an add to the package's file when a session ran at the root", async () => {
    const { run, curator, rejected } = await dream(mixed, () => 'packages/web/CLAUDE.md');
    expect(curator).not.toMatch(/place:/);
    expect(run.report.edits).toEqual([]);
    expect(rejected).toEqual([
      'verifier: packages/web/CLAUDE.md is read only inside packages/web/, and not every session of the lesson ran there: add it to a root memory file',
    ]);
  });

  it('control: sessions in the package and at the root, added to the root file', async () => {
    const { run, analyst, rejected, read } = await dream(mixed, asTold);
    expect(analyst).not.toMatch(/folders:/);
    expect(rejected).toEqual([]);
    expect(run.report.edits.map((e) => e.file)).toEqual(['CLAUDE.md']);
    expect(read('CLAUDE.md')).toContain('PYTHONPATH=src pytest');
  });
});
