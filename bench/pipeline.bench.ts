/**
 * Pipeline benchmark: `node --import tsx bench/pipeline.bench.ts [--sessions N] [--mb M] [--keep]`.
 *
 * Generates N sessions (default 10,000; 70% Claude Code JSONL, 30% Codex rollouts) in a temp repo:
 * each hits two of forty recurring mistakes (a failing command, then the variant that works), some
 * carry a standing instruction, and all carry one-off noise (unique failures and fixes, which become
 * one-off patterns) and filler tool output up to the size target (--mb for the whole corpus; default
 * about 20 KB a session). Then, each in its own process so peak RSS is its own, started with the
 * CLI's memory settings (runChild):
 *   baseline: the readers alone over all N sessions (parse, normalise, redact, hash);
 *   dream 10%: runDream with the offline engine over a tenth of the sessions;
 *   dream:     runDream over all N sessions;
 *   dream, heap cap: the same under --max-old-space-size (--heap-cap, default 192 MB), which fails if
 *              live memory grows with the corpus.
 *   dream + efficacy: the full dream with forty adopted lessons tracked.
 *   dream CLI: `dream run` of the bundle that ships over all N sessions, with the thread count it
 *              chooses (two here), as a user runs it. Its peak RSS, workers included, is the issue-15
 *              figure (target under 300 MB); the rows above run the same pass from the sources (tsx).
 * `--efficacy-only [--rounds R]`: the efficacy pass's cost alone. The same dream with the same ledger
 * (the forty lessons' patterns) with efficacy off, then on, R rounds (default 3) in alternating order;
 * the cost is the minimum CPU time (user + system) of each, as wall time on a shared machine measures
 * the neighbours more than the pass; the peak RSS of each is printed as min/median/max over the rounds.
 * Bounded memory shows as peak RSS that does not grow tenfold from the 10% run to the full one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeCodeSession, codexRollout, type Turn } from '../test/helpers/transcript-builders.js';
import { boundedStart, setPassFlags } from '../src/pipeline/bounded-heap.js';
import { bundleDir, measure } from './bundle.js';
import { recordFigure } from './summary.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PER_DIR = 1000;
const HEAP_CAP_MB = Number(argOf('--heap-cap') ?? 192);

// Deterministic PRNG so runs are comparable.
let seed = 0x2545f491;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const WORDS =
  'alpha bravo cedar delta ember falcon garnet harbor indigo juniper kestrel lumen maple nectar onyx pepper quartz raven sierra tundra umber violet willow xenon yarrow zephyr amber birch cobalt dune'.split(
    ' ',
  );
const word = (): string => pick(WORDS);
const letters = (n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)];
  return s;
};
const prose = (bytes: number): string => {
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const line = Array.from({ length: 12 }, word).join(' ');
    out.push(line);
    n += line.length + 1;
  }
  return out.join('\n');
};

interface Lesson {
  failing: string;
  error: string;
  working: string;
}
/** Forty recurring mistakes, named by words (numbers are stripped from signatures). */
const LESSONS: Lesson[] = Array.from({ length: 40 }, (_, i) => {
  const tool = `${WORDS[i % WORDS.length]}${WORDS[(i * 7 + 3) % WORDS.length]}`;
  const flag = `--${WORDS[(i * 3 + 1) % WORDS.length]}-mode`;
  return {
    failing: `${tool} build`,
    error: `error: ${tool} requires ${flag} when the workspace has no lockfile`,
    working: `${tool} build ${flag}`,
  };
});
const INSTRUCTIONS = [
  'Always use pnpm, not npm, in this repo.',
  "Don't edit files under dist/ by hand.",
  'Never push to main directly.',
  'From now on run the linter before committing.',
];

function sessionTurns(bytesTarget: number): Turn[] {
  const turns: Turn[] = [{ user: `Please fix the ${word()} ${word()} handling in the ${word()} module` }];
  const a = pick(LESSONS);
  let b = pick(LESSONS);
  while (b === a) b = pick(LESSONS);
  for (const l of [a, b])
    turns.push({ bash: l.failing, out: l.error, error: true, exit: 1 }, { bash: l.working, out: 'build finished', exit: 0 });
  if (rand() < 0.3) turns.push({ user: pick(INSTRUCTIONS) });
  // One-off noise: a unique command that fails, and a unique variant that works.
  for (let i = 0; i < 3; i++) {
    const t = letters(8);
    turns.push({ bash: `make ${t}`, out: `make: *** No rule to make target '${t}'. Stop. (${letters(10)} missing)`, error: true, exit: 2 });
    turns.push({ bash: `make ${t}-${letters(5)}`, out: 'done', exit: 0 });
  }
  let size = turns.reduce((n, t) => n + (t.out?.length ?? 0) + 200, 0);
  while (size < bytesTarget) {
    const out = prose(Math.min(8_000, bytesTarget - size + 200));
    turns.push({ say: `Reading the ${word()} sources.` }, { bash: `cat src/${word()}/${word()}.ts`, out, exit: 0 });
    size += out.length + 400;
  }
  turns.push({ say: 'Done: the tests pass.' });
  return turns;
}

function generate(root: string, sessions: number, bytesPerSession: number): number {
  writeFileSync(path.join(root, 'CLAUDE.md'), '# Project\n\n@AGENTS.md\n\n## Claude\n\n- Prefer small commits.\n');
  writeFileSync(path.join(root, 'AGENTS.md'), '# Agents\n\n## Build\n\n- Keep functions short.\n- Write docs in English.\n');
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'bench', scripts: { build: 'tsc', test: 'vitest' } }));
  let bytes = 0;
  for (let i = 0; i < sessions; i++) {
    const dir = path.join(root, 'sessions', `part-${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`);
    if (i % PER_DIR === 0) mkdirSync(dir, { recursive: true });
    const id = `${String(i).padStart(8, '0')}-${letters(4)}-4${letters(3)}-8${letters(3)}-${String(i).padStart(12, '0')}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const turns = sessionTurns(bytesPerSession);
    const text =
      rand() < 0.7 ? claudeCodeSession(id, day, '/repo', turns) : codexRollout(id, day, '/repo', turns, '- Keep functions short.');
    writeFileSync(path.join(dir, `${id}.jsonl`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface ChildResult {
  sessions: number;
  ms: number;
  /** CPU time of the child (user + system), less sensitive than wall time to a loaded machine. */
  cpuMs: number;
  peakRssMb: number;
  edits?: number;
  patterns?: number;
  oneOffs?: number;
  signals?: number;
  /** dream+efficacy: lessons judged, and their episodes counted after adoption. */
  lessons?: number;
  afterEpisodes?: number;
}

async function child(mode: string, root: string, glob: string): Promise<void> {
  const { expandSessionGlobs } = await import('../src/sources/globs.js');
  const { silentLogger } = await import('../src/log.js');
  // As a pass command does once its modules are loaded (runDream is imported below, after this: its
  // modules load under the growth factor, which costs only CPU, not the memory measured here).
  setPassFlags();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let result: ChildResult;
  if (mode === 'readers') {
    const { readTranscriptFile } = await import('../src/transcripts/index.js');
    const files = await expandSessionGlobs(root, [glob], { logger: silentLogger });
    let sessions = 0;
    for (const f of files)
      for await (const s of readTranscriptFile(path.join(root, f), { displayPath: f })) sessions += s.events.length > 0 ? 1 : 0;
    result = { sessions, ms: performance.now() - start, cpuMs: 0, peakRssMb: 0 };
  } else {
    const { runDream } = await import('../src/pipeline/run.js');
    // dream+efficacy: the forty recurring mistakes adopted as lessons mid-corpus, each counted in every session;
    // dream+ledger: the same ledger, efficacy off (the baseline of --efficacy-only).
    const lessons = mode === 'dream+efficacy' || mode === 'dream+ledger' ? await adoptedLessons(root) : undefined;
    const efficacy = mode === 'dream+efficacy' ? lessons : undefined;
    const { OfflineEngine } = await import('../src/engine/offline/index.js');
    const { defaultDreamOptions } = await import('../src/engine/options.js');
    const r = await runDream({
      repoDir: root,
      sessions: [glob],
      engine: new OfflineEngine(),
      options: defaultDreamOptions,
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      ...(lessons ? { ledgerText: lessons.ledgerText } : {}),
      ...(efficacy ? { efficacy: { adoptions: efficacy.adoptions } } : { efficacy: false }),
    });
    result = {
      sessions: r.report.sessions.read,
      ms: performance.now() - start,
      cpuMs: 0,
      peakRssMb: 0,
      edits: r.report.edits.length,
      patterns: r.report.patterns.filter((p) => !p.oneOff).length,
      oneOffs: r.report.patterns.filter((p) => p.oneOff).length + (r.report.oneOffsOmitted ?? 0),
      ...(efficacy
        ? { lessons: r.report.efficacy?.length ?? 0, afterEpisodes: (r.report.efficacy ?? []).reduce((n, l) => n + l.after.episodes, 0) }
        : {}),
    };
  }
  const cpu = process.cpuUsage(cpuStart);
  result.cpuMs = (cpu.user + cpu.system) / 1000;
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * A ledger that knows the forty lessons' patterns and their adoption on Nov 15 (the corpus spans
 * Nov 1-28), found by mining one session of each mistake, so the efficacy pass tracks forty lessons.
 */
async function adoptedLessons(root: string) {
  const { readTranscriptFile } = await import('../src/transcripts/index.js');
  const { mineSession } = await import('../src/signals/mine.js');
  const { signalPatternId } = await import('../src/signals/index.js');
  const { emptyLedger, serializeLedger } = await import('../src/ledger/index.js');
  const { collectRepoFacts } = await import('../src/signals/repo-facts.js');
  const repoFacts = await collectRepoFacts(root);
  const ledger = emptyLedger();
  const adoptions = [];
  const probe = path.join(root, 'probe.jsonl');
  for (const [i, l] of LESSONS.entries()) {
    writeFileSync(
      probe,
      claudeCodeSession('ffffffff-aaaa-4bbb-8ccc-000000000000', '01', '/repo', [
        { bash: l.failing, out: l.error, error: true, exit: 1 },
        { bash: l.working, out: 'build finished', exit: 0 },
      ]),
    );
    for await (const s of readTranscriptFile(probe, { displayPath: 'probe.jsonl' })) {
      const sig = mineSession(s, { memory: [], repoFacts })[0]!;
      const id = signalPatternId(sig);
      ledger.patterns[id] = {
        kind: sig.kind,
        signature: sig.signature,
        support: 2,
        agents: ['claude-code', 'codex'],
        firstSeen: '2026-11-01T00:00:00Z',
        lastSeen: '2026-11-14T00:00:00Z',
        sessions: [],
      };
      const entryText = `- Build with \`${l.working}\`.`;
      adoptions.push({
        file: 'AGENTS.md',
        line: 5 + i,
        entryText,
        entryHash: `h${i}`,
        patternId: id,
        editId: `e${i}`,
        adoptedAt: '2026-11-15T00:00:00Z',
        adoptedIn: 'a'.repeat(40),
        how: 'squash' as const,
      });
    }
  }
  rmSync(probe);
  return { ledgerText: serializeLedger(ledger), adoptions };
}

/** `dream run` of the bundle, in its own process; the counts come from its report. */
function runCli(root: string): ChildResult {
  const cli = path.join(bundleDir(), 'cli.js');
  const report = path.join(root, 'cli-report.json');
  const argv = ['run', '--repo', root, '--sessions', 'sessions/**/*.jsonl', '--engine', 'offline', '--dry-run', '--report', report];
  const m = measure({ command: cli, args: argv, node: true }, path.dirname(cli));
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    sessions: { read: number };
    patterns: { oneOff?: boolean }[];
    oneOffsOmitted?: number;
    edits: unknown[];
  };
  rmSync(report);
  return {
    sessions: r.sessions.read,
    ms: m.ms,
    cpuMs: m.cpuMs ?? NaN,
    peakRssMb: m.rssMb ?? NaN,
    edits: r.edits.length,
    patterns: r.patterns.filter((p) => !p.oneOff).length,
    oneOffs: r.patterns.filter((p) => p.oneOff).length + (r.oneOffsOmitted ?? 0),
  };
}

/**
 * A child started as `dream run` starts its pass (bounded-heap.ts: a small young generation, two malloc
 * arenas, and the old generation's growth set once the modules are loaded). Started as plain Node, the
 * same runDream over 10,000 sessions peaked at 428-439 MB against 245-250 MB (two rounds each, load
 * 9-16): V8's and glibc's defaults, not anything the pass keeps, made the difference.
 */
function runChild(mode: string, root: string, glob: string, nodeFlags: string[] = []): ChildResult {
  const start = boundedStart(process.env);
  const argv = [...start.nodeFlags, ...nodeFlags, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, root, glob];
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 24, env: start.env });
  if (r.status !== 0) throw new Error(`${mode} ${glob} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

async function main(): Promise<void> {
  const childAt = args.indexOf('--child');
  if (childAt >= 0) return child(args[childAt + 1]!, args[childAt + 2]!, args[childAt + 3]!);

  const sessions = Number(argOf('--sessions') ?? 10_000);
  const mb = argOf('--mb');
  const bytesPerSession = mb ? Math.max(2_000, Math.floor((Number(mb) * 1024 * 1024) / sessions)) : 20_000;
  const root = mkdtempSync(path.join(tmpdir(), 'pipeline-bench-'));
  try {
    const g0 = performance.now();
    const bytes = generate(root, sessions, bytesPerSession);
    const corpusMb = bytes / 1024 / 1024;
    console.log(
      `corpus: ${sessions} sessions, ${corpusMb.toFixed(0)} MB, generated in ${((performance.now() - g0) / 1000).toFixed(1)} s (${root})`,
    );

    const tenth = Math.max(1, Math.ceil(sessions / PER_DIR / 10));
    const smallGlob =
      tenth === 1
        ? 'sessions/part-000/*.jsonl'
        : `sessions/part-{${Array.from({ length: tenth }, (_, i) => String(i).padStart(3, '0')).join(',')}}/*.jsonl`;
    if (args.includes('--efficacy-only')) {
      const rounds = Math.max(1, Number(argOf('--rounds') ?? 3));
      const runs: ChildResult[] = [];
      for (let i = 0; i < rounds; i++) {
        const order = i % 2 === 0 ? ['dream+ledger', 'dream+efficacy'] : ['dream+efficacy', 'dream+ledger'];
        for (const mode of order) runs.push(runChild(mode, root, 'sessions/**/*.jsonl'));
      }
      for (const r of runs)
        console.log(
          `${r.lessons === undefined ? 'dream (same ledger)' : 'dream+efficacy     '} cpu ${(r.cpuMs / 1000).toFixed(1)} s  wall ${(r.ms / 1000).toFixed(1)} s  peak RSS ${r.peakRssMb.toFixed(0)} MB${r.lessons === undefined ? '' : `  (${r.lessons} lessons, ${r.afterEpisodes} episodes after adoption)`}`,
        );
      const min = (xs: ChildResult[], k: 'cpuMs' | 'ms') => Math.min(...xs.map((r) => r[k]));
      const plain = runs.filter((r) => r.lessons === undefined);
      const tracked = runs.filter((r) => r.lessons !== undefined);
      const pct = (k: 'cpuMs' | 'ms') => (((min(tracked, k) - min(plain, k)) / min(plain, k)) * 100).toFixed(1);
      console.log(
        `efficacy pass: ${pct('cpuMs')}% CPU time over the dream with the same ledger (min of ${rounds} rounds each; wall time: ${pct('ms')}%)`,
      );
      // What efficacy adds at the peak is the difference to the same dream with the same ledger, not to the
      // full run's plain dream (no ledger): both spread by tens of MB from round to round on their own.
      const rss = (xs: ChildResult[]) => {
        const mb = xs.map((r) => r.peakRssMb).sort((a, b) => a - b);
        return `${mb[0]!.toFixed(0)}/${mb[Math.floor((mb.length - 1) / 2)]!.toFixed(0)}/${mb.at(-1)!.toFixed(0)} MB`;
      };
      console.log(`peak RSS min/median/max: dream+efficacy ${rss(tracked)}, dream with the same ledger ${rss(plain)}`);
      return;
    }
    const readers = runChild('readers', root, 'sessions/**/*.jsonl');
    const small = runChild('dream', root, smallGlob);
    const full = runChild('dream', root, 'sessions/**/*.jsonl');
    // Live memory, not just what the collector left lying around: the whole pass under a small heap cap.
    const capped = runChild('dream', root, 'sessions/**/*.jsonl', [`--max-old-space-size=${HEAP_CAP_MB}`]);
    const tracked = runChild('dream+efficacy', root, 'sessions/**/*.jsonl');
    const cli = runCli(root);

    const row = (name: string, r: ChildResult, mbRead: number) =>
      `${name.padEnd(22)} ${String(r.sessions).padStart(6)} sessions  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${(r.sessions / (r.ms / 1000)).toFixed(0).padStart(6)} sessions/s  ${(mbRead / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(5)} MB` +
      (r.edits !== undefined ? `  (${r.patterns} patterns, ${r.oneOffs} one-offs, ${r.edits} edits)` : '');
    console.log(row('baseline: readers', readers, corpusMb));
    console.log(row(`dream (${small.sessions})`, small, (corpusMb * small.sessions) / sessions));
    console.log(row(`dream (${full.sessions})`, full, corpusMb));
    console.log(row(`dream, heap cap ${HEAP_CAP_MB} MB`, capped, corpusMb));
    console.log(row('dream + efficacy (40)', tracked, corpusMb));
    console.log(row('dream CLI (bundle)', cli, corpusMb));
    recordFigure({
      figure: `peak RSS, dream run of ${Math.round(bytes / sessions / 1024)} KB sessions (${sessions.toLocaleString('en')})`,
      value: `${cli.peakRssMb.toFixed(0)} MB`,
      target: '< 300 MB',
      met: cli.peakRssMb < 300,
    });
    console.log(
      `efficacy pass: ${(((tracked.ms - full.ms) / full.ms) * 100).toFixed(1)}% time over the dream (${tracked.lessons} lessons tracked, ${tracked.afterEpisodes} episodes after adoption counted; ${tracked.edits} edits with it, ${full.edits} without)`,
    );
    console.log(
      `dream/readers time ${(full.ms / readers.ms).toFixed(2)}x; peak RSS ${full.peakRssMb.toFixed(0)} MB at ${full.sessions} sessions vs ${small.peakRssMb.toFixed(0)} MB at ${small.sessions} ` +
        `(${(full.peakRssMb / small.peakRssMb).toFixed(2)}x for ${(full.sessions / small.sessions).toFixed(0)}x the sessions); readers alone ${readers.peakRssMb.toFixed(0)} MB`,
    );
    if (full.peakRssMb > 500) console.log(`WARNING: peak RSS ${full.peakRssMb.toFixed(0)} MB is over the 500 MB target`);
  } finally {
    if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
  }
}

await main();
