/**
 * Session ids of transcripts that record none are named by their file (or, for mini-swe-agent, by the benchmark
 * task): unique only within a folder. Read from two folders they are two sessions with two ids; read from the
 * same place in two checkouts (another machine, another runner path) they keep one id; a file at the
 * repository's root keeps the bare name it always had. Ids a transcript records itself never change.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { unplacedId } from '../../src/model/index.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'transcripts');

/** Fixtures whose format names no session: the file (or the task a trajectory ran) names it. */
const NAMED_BY_FILE = [
  'aider/.aider.chat.history.md',
  'cursor-export/cursor_fix_the_login_redirect.md',
  'console/2026-05-04-daily.txt',
  'generic/anthropic-messages.json',
  'generic/openai-chat.jsonl',
  'mini-swe-agent/acme__slug-12.traj.json',
  'openhands/events.json',
  'swe-agent/dates__fix-1.traj',
  'specstory/2025-06-01_11-05Z-install-deps.md',
];

/** Fixtures whose records name the session (or whose tool's own layout does: a task folder, an API id). */
const NAMED_BY_TRANSCRIPT = [
  'claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl',
  'codex/rollout-2026-03-03T08-00-00-019c0000-aaaa-7bbb-8ccc-0123456789ab.jsonl',
  'gemini/session-2026-02-02T08-00-3c2b1a09.json',
  'gemini/session-2026-04-01T10-00-5e4d3c2b.jsonl',
  'specstory/2025-05-02_14-20-11Z-set-up-the-venv.md',
  'stream-json/sdk.ndjson',
  'prompt-logs/codex-history.jsonl',
  'managed-agents/sesn_011CZdemo.json',
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fixture copied to `rel` under a fresh root, read as the pass shows it (`display(root, rel)`). */
async function idsAt(fixture: string, rel: string, display: (root: string, rel: string) => string = (_, r) => r): Promise<string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'placed-ids-'));
  dirs.push(root);
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  copyFileSync(path.join(FIXTURES, fixture), abs);
  const ids: string[] = [];
  for await (const s of readTranscriptFile(abs, { displayPath: display(root, rel) })) ids.push(s.id);
  expect(ids.length).toBeGreaterThan(0);
  return ids;
}

const nameOf = (fixture: string) => path.basename(fixture);

describe('ids of transcripts named by their file', () => {
  for (const fixture of NAMED_BY_FILE) {
    it(`${fixture}: two folders, two ids; the same place in two checkouts, one id; the root, the bare name`, async () => {
      const web = await idsAt(fixture, `web/${nameOf(fixture)}`);
      const api = await idsAt(fixture, `api/${nameOf(fixture)}`);
      const nested = await idsAt(fixture, `a/web/${nameOf(fixture)}`);
      for (const id of web) expect(api).not.toContain(id);
      for (const id of web) expect(nested).not.toContain(id);
      // A checkout elsewhere shows the same repo-relative path: the same ids, run after run.
      expect(await idsAt(fixture, `web/${nameOf(fixture)}`)).toEqual(web);
      // Outside the repository the path is absolute; what precedes its nearest folders differs between machines.
      const onRunner = await idsAt(fixture, `x/y/proj/web/${nameOf(fixture)}`, (root, rel) => path.join(root, rel));
      const onLaptop = await idsAt(fixture, `p/proj/web/${nameOf(fixture)}`, (root, rel) => path.join(root, rel));
      expect(onLaptop).toEqual(onRunner);
      expect(onRunner).not.toEqual(await idsAt(fixture, `x/y/proj/api/${nameOf(fixture)}`, (root, rel) => path.join(root, rel)));
      const atRoot = await idsAt(fixture, nameOf(fixture));
      expect(atRoot.every((id) => !id.includes('@'))).toBe(true);
      expect(web.map(unplacedId)).toEqual(atRoot);
    });
  }
});

describe('ids a transcript records itself', () => {
  for (const fixture of NAMED_BY_TRANSCRIPT) {
    it(`${fixture}: the same in every folder`, async () => {
      const atRoot = await idsAt(fixture, nameOf(fixture));
      expect(await idsAt(fixture, `web/${nameOf(fixture)}`)).toEqual(atRoot);
      expect(await idsAt(fixture, `x/y/api/${nameOf(fixture)}`, (root, rel) => path.join(root, rel))).toEqual(atRoot);
      expect(atRoot.every((id) => !id.includes('@'))).toBe(true);
    });
  }

  it('two runs of one benchmark task in two folders are two sessions, each named by the task', async () => {
    const a = await idsAt('mini-swe-agent/acme__slug-12.traj.json', 'run-a/acme__slug-12.traj.json');
    const b = await idsAt('mini-swe-agent/acme__slug-12.traj.json', 'run-b/acme__slug-12.traj.json');
    expect(a).not.toEqual(b);
    expect([...a, ...b].map(unplacedId)).toEqual(['acme__slug-12', 'acme__slug-12']);
  });
});
