/**
 * A digest is an artifact another job wrote (red team, fourth round): a tampered one could claim support from
 * sessions that never happened (a file's line repeated under new indices, a session added to a line, signals
 * citing other files or sessions), quote more than a miner keeps, or carry text the map would have redacted.
 * The reduce refuses what no map job writes, naming the file and line, and redacts every line again. Real maps
 * of real sessions in a temp repository; the untampered digests still replay (control).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, LEDGER } from './helpers.js';
import { mapShard } from '../../src/pipeline/map.js';
import { openDigests, readDigestHeader, replayDigests } from '../../src/pipeline/digest-read.js';
import { parseFileDigest, type DigestSource } from '../../src/pipeline/digest.js';
import { encodeFile } from '../../src/pipeline/digest-wire.js';
import type { FileDigest } from '../../src/pipeline/mine-file.js';
import { ProvenanceIndex } from '../../src/guards/index.js';
import { silentLogger } from '../../src/log.js';

/** Shaped like a GitHub token, built at runtime so this file holds no literal secret. */
const TOKEN = 'ghp_' + 'Zq8Lm3Np7Rt2Vx6Bc9Df4Gh1Jk5Ws0Ey8Ua3'.slice(0, 36);

describe('a tampered digest', () => {
  const repo = new TempRepo();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-tamper-'));
  let lines: string[] = [];
  let written = 0;
  /** The shard's digest with its file lines changed by `edit` (the header's count follows). */
  const tampered = (edit: (files: FileDigest[]) => FileDigest[]): string =>
    tamperedLines((wire) => edit(wire.map((l, i) => parseFileDigest(l, `line ${i + 2}`))).map((f) => JSON.stringify(encodeFile(f))));
  /** The shard's digest with its file lines, as written (digest-wire.ts), changed by `edit`. */
  const tamperedLines = (edit: (wire: string[]) => string[]): string => {
    const files = edit(lines.slice(1, -1));
    const header = { ...(JSON.parse(lines[0]!) as object), files: files.length, totalFiles: files.length };
    const file = path.join(dir, `tampered-${++written}.json.gz`);
    writeFileSync(file, gzipSync([JSON.stringify(header), ...files, lines.at(-1)!].join('\n') + '\n'));
    return file;
  };
  const replay = async (file: string): Promise<FileDigest[]> => {
    const sources: DigestSource[] = [await readDigestHeader(file)];
    const out: FileDigest[] = [];
    for await (const f of replayDigests(sources, new ProvenanceIndex(), repo.dir)) out.push(f);
    return out;
  };
  /** The first file line that holds a signal, and its first session with one. */
  const withSignal = (files: FileDigest[]) => {
    const f = files.find((x) => x.sessions.some((s) => s.signals.length > 0))!;
    return { f, s: f.sessions.find((x) => x.signals.length > 0)! };
  };

  beforeAll(async () => {
    for (let n = 0; n < 4; n++) repo.session(n);
    const file = path.join(dir, 'shard.json.gz');
    await mapShard({
      repoDir: repo.dir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      ledgerPath: LEDGER,
      shard: { index: 0, count: 1 },
      threads: 1,
      efficacy: false,
      logger: silentLogger,
      out: file,
    });
    lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    expect(withSignal(lines.slice(1, -1).map((l) => parseFileDigest(l, 'line'))).s.signals.length).toBeGreaterThan(0);
  }, 60_000);
  afterAll(() => {
    repo.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('control: the digest as the map wrote it replays whole', async () => {
    expect((await replay(tampered((files) => files))).length).toBe(4);
  });

  it("refuses one transcript's line repeated under new indices (support from sessions that never happened)", async () => {
    const file = tampered((files) => [...files, ...files.slice(0, 2)].map((f, index) => ({ ...f, index })));
    await expect(replay(file)).rejects.toThrow(/tampered-\d+\.json\.gz:\d+: ".*\.jsonl" is listed twice in the digests/);
  });

  it('refuses a file the checkout does not hold, or holds at another size', async () => {
    // Renamed throughout its line, so that only the checkout can tell.
    const rename = (f: FileDigest, display: string): FileDigest =>
      JSON.parse(JSON.stringify(f).replaceAll(JSON.stringify(f.display), JSON.stringify(display))) as FileDigest;
    const invented = tampered((files) => files.map((f, i) => (i === 0 ? rename(f, '.dreaming/sessions/invented.jsonl') : f)));
    await expect(replay(invented)).rejects.toThrow(
      /"\.dreaming\/sessions\/invented\.jsonl" is not in the checkout, the map read \d+ bytes/,
    );
    const grown = tampered((files) => files.map((f, i) => (i === 0 ? { ...f, mark: { ...f.mark!, size: f.mark!.size + 10 } } : f)));
    await expect(replay(grown)).rejects.toThrow(/is \d+ bytes in the checkout, the map read \d+ bytes/);
  });

  it('refuses a session added to a line, a signal of another session, and evidence citing another file or session', async () => {
    const extraSession = tampered((files) => {
      const { f, s } = withSignal(files);
      return files.map((x) =>
        x === f ? { ...f, sessions: [...f.sessions, { ...s, outline: { ...s.outline, id: 'forged-session' } }] } : x,
      );
    });
    await expect(replay(extraSession)).rejects.toThrow(/sessions counted for \d+ listed .*not what a map job writes/);
    const foreignSignal = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({ ...g, sessionId: 'forged-session' }));
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
    });
    await expect(replay(foreignSignal)).rejects.toThrow(/a signal of a session the file does not hold/);
    const otherFile = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({ ...g, evidence: g.evidence.map((e) => ({ ...e, file: 'README.md' })) }));
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
    });
    await expect(replay(otherFile)).rejects.toThrow(/evidence citing another file/);
  });

  it.each([
    ['an absolute folder', '/etc'],
    ['a folder leaving the root', '../other-repo'],
    ['a folder with a ".." part', 'packages/../../x'],
    ['a Windows folder', 'C:\\Users\\x'],
    ['an empty folder', ''],
    ['a folder that is no string', 7],
    ['a folder longer than any a reader gives', 'a/'.repeat(400) + 'b'],
  ])("refuses a signal's folder that is %s, naming the digest file, line and field", async (_, folder) => {
    const file = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({ ...g, folder: folder as string }));
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
    });
    await expect(replay(file)).rejects.toThrow(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: sessions\\[\\d+\\]\\.signals\\[0\\]\\.folder .*not a folder inside the repository`,
      ),
    );
  });

  it("control: a signal's folder inside the repository replays", async () => {
    const file = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({ ...g, folder: 'packages/web' }));
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
    });
    const replayed = await replay(file);
    expect(replayed.flatMap((f) => f.sessions.flatMap((s) => s.signals.map((g) => g.folder))).filter(Boolean)).toContain('packages/web');
  });

  it('refuses a quote longer than a miner keeps, and a trust level no reader gives', async () => {
    const long = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({ ...g, evidence: g.evidence.map((e) => ({ ...e, quote: 'x'.repeat(5000) })) }));
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
    });
    await expect(replay(long)).rejects.toThrow(/a quote of 5000 characters/);
    const trusted = tampered((files) => {
      const { f, s } = withSignal(files);
      return files.map((x) =>
        x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, trust: 'maintainer' as never } : y)) } : x,
      );
    });
    await expect(replay(trusted)).rejects.toThrow(/trust "maintainer"/);
  });

  it('refuses evidence whose mark of a turn no one can attribute to the person is anything but true or absent', async () => {
    for (const mark of [false, 'yes', 0, null, {}]) {
      const file = tampered((files) => {
        const { f, s } = withSignal(files);
        const signals = s.signals.map((g) => ({ ...g, evidence: g.evidence.map((e) => ({ ...e, unverified: mark as never })) }));
        return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
      });
      await expect(replay(file), String(mark)).rejects.toThrow(/tampered-\d+\.json\.gz:\d+: evidence marked unverified: /);
    }
    // The mark as a map writes it replays.
    const marked = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({ ...g, evidence: g.evidence.map((e) => ({ ...e, unverified: true as const })) }));
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, signals } : y)) } : x));
    });
    const replayed = await replay(marked);
    expect(
      replayed.flatMap((f) => f.sessions.flatMap((s) => s.signals.flatMap((g) => g.evidence.map((e) => e.unverified)))).filter(Boolean)
        .length,
    ).toBeGreaterThan(0);
  });

  it('redacts a line again: a token a digest carries in a quote, a summary or an outline does not reach the pass', async () => {
    const file = tampered((files) => {
      const { f, s } = withSignal(files);
      const signals = s.signals.map((g) => ({
        ...g,
        summary: `${g.summary} ${TOKEN}`,
        evidence: g.evidence.map((e) => ({ ...e, quote: `export T=${TOKEN}` })),
      }));
      const outline = { ...s.outline, outline: `${s.outline.outline}\nexport T=${TOKEN}` };
      return files.map((x) => (x === f ? { ...f, sessions: f.sessions.map((y) => (y === s ? { ...s, outline, signals } : y)) } : x));
    });
    const text = JSON.stringify(await replay(file));
    expect(text).not.toContain(TOKEN);
    expect(text).toContain('[REDACTED:github-pat]');
  });

  it('refuses a line whose inferred values cannot be put back: a template or clip that points past what the line holds', async () => {
    // Written by hand on the line itself (digest-wire.ts), as no encoder writes them.
    const withWire = (edit: (signal: Record<string, unknown>, session: Record<string, unknown>) => void) =>
      tamperedLines((wire) => {
        let done = false;
        return wire.map((l) => {
          const f = JSON.parse(l) as { sessions: { signals: Record<string, unknown>[] }[] };
          const s = f.sessions.find((x) => x.signals.length > 0);
          if (done || !s) return l;
          done = true;
          edit(s.signals[0]!, s as unknown as Record<string, unknown>);
          return JSON.stringify(f);
        });
      });
    await expect(replay(withWire((g) => (g.summary = ['failed: ', 99])))).rejects.toThrow(/a malformed summary in a file's digest/);
    await expect(replay(withWire((g) => (g.lesson = ['Run ', { x: 1 }])))).rejects.toThrow(/a malformed lesson/);
    await expect(replay(withWire((_, s) => (s.short = 1e9)))).rejects.toThrow(/a malformed short outline/);
    await expect(replay(withWire((_, s) => (s.short = false)))).rejects.toThrow(/a malformed short outline/);
    // An inferred session in evidence is the signal's own: a signal written for another session still cites it.
    await expect(replay(withWire((g) => (g.sessionId = 'forged-session')))).rejects.toThrow(/a signal of a session the file does not hold/);
  });

  it('end to end: the reduce refuses to dream a digest that repeats a file, and writes nothing', async () => {
    const file = tampered((files) => [...files, ...files].map((f, index) => ({ ...f, index })));
    const before = readFileSync(path.join(repo.dir, 'CLAUDE.md'), 'utf8');
    await expect(repo.run({ sessions: [], digests: await openDigests([file]) })).rejects.toThrow(/is listed twice in the digests/);
    expect(readFileSync(path.join(repo.dir, 'CLAUDE.md'), 'utf8')).toBe(before);
  });
});
