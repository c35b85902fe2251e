/**
 * A lesson learnt in a package goes to that package's own memory: sessions that all ran in `packages/web` (by the
 * working directory their transcripts record) add to `packages/web/CLAUDE.md` or `packages/web/AGENTS.md`, not to
 * the root file every package's sessions read. End to end through the real readers, miners, offline engine and
 * guards, in a real git repository with nested memory. Controls: sessions in two folders, one at the root, one
 * outside the repository, or in a folder without memory of its own, add to the root file, and no file is created.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { FolderWorld, WEB_MEMORY, type Run } from '../helpers/folder-world.js';

const worlds: FolderWorld[] = [];
afterEach(() => {
  for (const w of worlds.splice(0)) w.dispose();
});

const LEDGER = '.dreaming/ledger.json';

/**
 * The files lessons were added to by the last of `passes` (each a list of sessions, dreamed with the ledger the pass
 * before left; `between` may rewrite that ledger's text), in a repository with root memory and `nested` memory files.
 */
async function addsOver(passes: readonly (readonly Run[])[], nested: readonly string[] = WEB_MEMORY, between = (t: string) => t) {
  const world = new FolderWorld(nested);
  worlds.push(world);
  let report: Awaited<ReturnType<typeof runDream>>['report'] | undefined;
  for (const runs of passes) {
    for (const r of runs) world.session(r);
    const pass = await runDream({
      repoDir: world.dir,
      sessions: ['logs/*.jsonl'],
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, minSupport: 2 },
      ledgerPath: LEDGER,
      logger: silentLogger,
      now: () => new Date('2026-11-30T00:00:00Z'),
    });
    world.write(LEDGER, between(pass.ledgerText));
    report = pass.report;
  }
  const adds = report!.edits.filter((e) => e.op === 'add');
  return { files: [...new Set(adds.map((e) => e.file))].sort(), adds, dir: world.dir };
}

/** The files lessons were added to, from sessions in a git repository with root memory and `nested` memory files. */
const addsTo = (runs: readonly Run[], nested: readonly string[] = WEB_MEMORY) => addsOver([runs], nested);

const both = (format: Run['format'], a: string, b = a): Run[] => [
  { format, cwd: a },
  { format, cwd: b },
];

describe("a package's sessions teach that package's memory", () => {
  it.each<[string, Run[], string, string[]?]>([
    ['Claude Code in the package, here', both('claude', '@/packages/web'), 'packages/web/CLAUDE.md'],
    [
      'Claude Code in and below the package, on another machine',
      both('claude', '/Users/dana/code/%/packages/web/src', '/Users/dana/code/%/packages/web'),
      'packages/web/CLAUDE.md',
    ],
    ['Claude Code on Windows', both('claude', 'C:\\Users\\dana\\%\\packages\\web'), 'packages/web/CLAUDE.md'],
    ['Codex in the package', both('codex', '@/packages/web', '@/packages/web/src/'), 'packages/web/AGENTS.md'],
    [
      "Claude Code in a package whose CLAUDE.md imports the package's AGENTS.md",
      both('claude', '@/packages/web'),
      'packages/web/AGENTS.md',
      ['packages/web/CLAUDE.md=@AGENTS.md', 'packages/web/AGENTS.md'],
    ],
  ])('%s', async (_, runs, file, nested?: string[]) => {
    const { files, adds } = await addsTo(runs, nested);
    expect(files).toEqual([file]);
    expect(adds[0]?.rationale).toContain(`ran inside packages/web/, which has its own ${path.basename(file)}`);
  });
});

describe('controls: the root file as before, and no memory file created', () => {
  it.each<[string, Run[], string, string[]?]>([
    ['one session in the package, one at the root', both('claude', '@/packages/web', '@'), 'CLAUDE.md'],
    ['one in the package, one in a package without memory', both('claude', '@/packages/web', '@/packages/api'), 'CLAUDE.md'],
    ['both in a package without memory', both('codex', '@/packages/api'), 'AGENTS.md'],
    ["a folder of another project's", both('claude', '/home/dana/other-project/packages/web'), 'CLAUDE.md'],
    ['a folder the repository lacks', both('claude', '/Users/dana/%/packages/mobile'), 'CLAUDE.md'],
    ['both in the package, which keeps no memory of this kind', both('codex', '@/packages/web'), 'AGENTS.md', ['packages/web/CLAUDE.md']],
    [
      'both in the package, where Codex reads an override and no AGENTS.md',
      both('codex', '@/packages/web'),
      'AGENTS.md',
      ['packages/web/AGENTS.override.md'],
    ],
    [
      'both in the package, where Codex reads an override beside its AGENTS.md',
      both('codex', '@/packages/web'),
      'AGENTS.md',
      ['packages/web/AGENTS.md', 'packages/web/AGENTS.override.md'],
    ],
    [
      "in the package, whose CLAUDE.md only imports the root's",
      both('claude', '@/packages/web'),
      'CLAUDE.md',
      ['packages/web/CLAUDE.md=@../../CLAUDE.md'],
    ],
  ])('%s', async (_, runs, file, nested) => {
    const { files, dir } = await addsTo(runs, nested);
    expect(files).toEqual([file]);
    expect(existsSync(path.join(dir, 'packages/api/CLAUDE.md'))).toBe(false);
    expect(existsSync(path.join(dir, 'packages/api/AGENTS.md'))).toBe(false);
  });
});

describe('the same sessions in one pass or over several: the same file', () => {
  const web: Run = { format: 'claude', cwd: '@/packages/web' };
  const root: Run = { format: 'claude', cwd: '@' };
  it.each<[string, Run[][], string]>([
    ['in the package, one session a pass (the first from the ledger)', [[web], [web]], 'packages/web/CLAUDE.md'],
    ['in the package, then one more there', [[web, web], [web]], 'packages/web/CLAUDE.md'],
    ['at the root, then twice in the package (enough on its own)', [[root], [web, web]], 'CLAUDE.md'],
    ['in the package, then at the root', [[web], [root]], 'CLAUDE.md'],
    [
      'Codex in and below the package',
      [[{ format: 'codex', cwd: '@/packages/web' }], [{ format: 'codex', cwd: '@/packages/web/src' }]],
      'packages/web/AGENTS.md',
    ],
  ])('%s', async (_, passes, file) => {
    const cold = await addsTo(passes.flat());
    const incremental = await addsOver(passes);
    expect(cold.files).toEqual([file]);
    expect(incremental.files).toEqual([file]);
  });

  it('a ledger written before folders were kept is read, and its sessions count as the root', async () => {
    const old = (text: string) => text.replace(/\n\s*"folders": \[[^\]]*\],?/g, '');
    const ledgers: string[] = [];
    const { files } = await addsOver([[web], [web]], WEB_MEMORY, (text) => {
      ledgers.push(text);
      return old(text);
    });
    // The first pass kept the folder with its one-off; the ledger the second pass read had none, as before.
    expect(ledgers[0]).toContain('"folders": [\n        "packages/web"\n      ]');
    expect(old(ledgers[0]!)).not.toContain('"folders"');
    expect(files).toEqual(['CLAUDE.md']);
  });
});
