/**
 * One dream pass, read left to right:
 * sources -> transcripts -> signals -> engine -> guards -> edits (-> publish, done by the caller).
 *
 * Sessions are streamed: each is mined for signals, outlined, observed for provenance, and then
 * dropped, so memory stays bounded by the signals and outlines, not by the corpus.
 */
import path from 'node:path';
import type { Logger, DreamEngine, DreamOptions, SessionOutline, ReadIssue, Signal, DreamReport, FileChange, TrustLevel } from '../model/index.js';
import { emptyReport, notDreamingYet } from './gate.js';
import { HealthCollector, readTranscriptFile } from '../transcripts/index.js';
import { expandSessionGlobs } from '../sources/globs.js';
import { discoverMemoryFiles } from '../memory/discover.js';
import { applyEdits, unifiedDiff } from '../edits/apply.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { MemoryUseTracker } from '../signals/memory-use.js';
import { runGuards, indexEvidence, ProvenanceIndex, redactRejected } from '../guards/index.js';
import {
  loadLedger,
  readLedgerFile,
  serializeLedger,
  isDreamed,
  recordSessions,
  recordHostedSessions,
  recordPatterns,
  recordProposed,
  recordRejected,
  suppressedEditIds,
  prunePatterns,
  type Rejection,
} from '../ledger/index.js';
import { toReportPatterns } from './report-patterns.js';
import { withLedgerSupport } from '../signals/incremental.js';
import { MAX_TRACKED_PATTERNS, PatternAccumulator } from '../signals/accumulate.js';
import type { FileDigest, PassFile, SessionDigest } from './mine-file.js';
import { defaultThreads, mineFiles } from './mine-files.js';
import { digestFiles, replayDigests, type ShardDigest } from './digest.js';

/** Issues listed in the report; the rest are counted. */
const MAX_REPORTED_ISSUES = 1_000;
/** One-offs listed in the report (the best supported first); the rest are counted. */
const MAX_REPORTED_ONE_OFFS = 2_000;
/** Outline characters kept at full size across a pass (about 4,000 sessions), then short ones. */
const OUTLINE_BUDGET_CHARS = 8_000_000;

export interface DreamRunOptions {
  repoDir: string;
  /** Globs of committed transcripts, relative to repoDir. */
  sessions: string[];
  /** Extra transcript files by absolute path (extracted artifacts, fetched Managed Agents sessions). */
  transcriptFiles?: string[];
  /** What the ingestion health report calls transcriptFiles' source (default "artifacts"). */
  transcriptSource?: string;
  /** Memory globs beyond the defaults. */
  memoryGlobs?: string[];
  engine: DreamEngine;
  options: DreamOptions;
  /** The ledger file, relative to repoDir. */
  ledgerPath: string;
  /**
   * The ledger to start from, when the caller already read it (the Action reads the state branch's
   * and reconciles it with the checkout's); null means no ledger yet. Absent: repoDir/ledgerPath.
   */
  ledgerText?: string | null;
  logger: Logger;
  /** Dream sessions again even if the ledger says they were dreamed. */
  includeDreamed?: boolean;
  /**
   * Edits of dream PRs a reviewer closed unmerged, with the pattern and the sessions each cited.
   * Recorded in the ledger; not proposed again until their pattern has a session beyond these.
   */
  rejected?: Rejection[];
  /** The clock, injectable so ledgers are reproducible in tests. */
  now?: () => Date;
  /**
   * Stop before the engine (which may cost money) when fewer new sessions than this were read.
   * Counts sessions, not files: one file may hold several, and a transcript that grew is one session.
   * The ledger is left as it was, so these sessions still count as new next time.
   */
  minNewSessions?: number;
  /**
   * Who could have written a transcript file's user turns, by its absolute path (the Action: extracted
   * workflow artifacts are `public`, fetched Managed Agents sessions `app-user`). Undefined keeps what
   * the format says (see defaultTrust).
   */
  sourceTrust?: (absFile: string) => TrustLevel | undefined;
  /** Threads that read and mine (1: this thread only). Default: every core, up to 4, for 16 files or more. */
  threads?: number;
  /**
   * `dream reduce`: the shards' digests stand in for reading the files (sessions/transcriptFiles are
   * ignored). The files they name are still read to verify the evidence of what the engine proposes.
   */
  digests?: ShardDigest[];
}

export interface DreamRunResult {
  report: DreamReport;
  changes: FileChange[];
  diff: string;
  /** The updated ledger, to be committed together with the memory edits. */
  ledgerText: string;
  ledgerChanged: boolean;
  /** Sessions not yet recorded in the ledger (the min-new-sessions gate counts these). */
  newSessions: number;
  /** True when minNewSessions stopped the pass before the engine: nothing proposed, ledger untouched. */
  gated?: boolean;
  /** True when no session at all was read (and the engine reads none itself): nothing proposed, ledger untouched. */
  empty?: boolean;
}

export async function runDream(opts: DreamRunOptions): Promise<DreamRunResult> {
  const { repoDir, logger, options } = opts;
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
  const now = (opts.now ?? (() => new Date()))().toISOString();

  const memory = await time('memory', () => discoverMemoryFiles(repoDir, { globs: opts.memoryGlobs ?? [], logger }));
  const previousLedgerText = opts.ledgerText !== undefined ? opts.ledgerText : await readLedgerFile(repoDir, opts.ledgerPath);
  const ledger = loadLedger(previousLedgerText, opts.ledgerPath);
  const repoFacts = await collectRepoFacts(repoDir);

  const files = opts.digests ? [] : await passFiles(opts, logger);
  // Evidence may cite only these: model-written citations must not open other files or forged transcripts.
  const readFiles: ReadonlySet<string> = new Set(opts.digests ? digestFiles(opts.digests) : files.map((f) => f.display));

  const skipped: ReadIssue[] = [];
  let skippedTotal = 0;
  const onIssue = (i: ReadIssue): void => {
    if (skippedTotal++ < MAX_REPORTED_ISSUES) skipped.push(i);
  };
  const health = new HealthCollector();
  const accumulator = new PatternAccumulator();
  const outlines: SessionOutline[] = [];
  let outlineChars = 0;
  const provenance = new ProvenanceIndex();
  // What sessions did with the paths and scripts memory names: staleness needs it as proof.
  const memoryUse = new MemoryUseTracker(memory);
  const sessionIds: string[] = [];
  const sessionTrust = new Map<string, TrustLevel>();
  const byTrust: Partial<Record<TrustLevel, number>> = {};
  let alreadyDreamed = 0;
  await time('read_and_mine', async () => {
    for await (const digest of opts.digests ? replayDigests(opts.digests, provenance) : mineAll()) {
      const tracker = health.file(digest.source);
      tracker.onFormat(digest.health.format);
      tracker.onUnknownTypes(new Map(digest.health.unknownTypes));
      for (const issue of digest.issues) {
        onIssue(issue);
        tracker.onIssue(issue);
      }
      for (const c of digest.health.sessions) tracker.counted(c);
      tracker.end();
      alreadyDreamed += digest.alreadyDreamed;
      for (const s of digest.sessions) consume(s);
      memoryUse.merge({ touched: new Map(digest.memoryUse.touched), missing: new Map(digest.memoryUse.missing), ran: new Set(digest.memoryUse.ran) });
    }
  });
  const healthReport = health.report();
  for (const w of healthReport.warnings) logger.warning(`ingestion: ${w}`);
  function mineAll(): AsyncGenerator<FileDigest> {
    const dreamed = opts.includeDreamed ? [] : Object.keys(ledger.sessions);
    const skip = new Set(dreamed);
    return mineFiles(files, {
      threads: opts.threads ?? defaultThreads(files.length),
      ctx: { memory, repoFacts, provenance, isDreamed: (h) => skip.has(h) },
      setup: { repoDir, memoryGlobs: opts.memoryGlobs ?? [], dreamed },
    });
  }
  // Digests are consumed in file order, whichever thread or shard mined them: the pass is the same.
  function consume(session: SessionDigest): void {
    // A reduce's ledger may know sessions its maps did not (a state branch moved): they count as dreamed.
    if (opts.digests && !opts.includeDreamed && isDreamed(ledger, session.outline.contentHash)) {
      alreadyDreamed++;
      return;
    }
    const id = session.outline.id;
    sessionIds.push(id);
    sessionTrust.set(id, session.trust);
    byTrust[session.trust] = (byTrust[session.trust] ?? 0) + 1;
    accumulator.addSession(session.signals);
    // Outlines feed LLM digests, which show a bounded number anyway: past the budget they shrink.
    const outline = outlineChars < OUTLINE_BUDGET_CHARS ? session.outline : { ...session.outline, outline: session.short };
    outlineChars += outline.outline.length;
    outlines.push(outline);
  }
  for (const issue of skipped) logger.warning(`skipped: ${issue.reason}`, issue);
  if (skippedTotal > skipped.length) logger.warning(`skipped: ${skippedTotal - skipped.length} more issue(s) not listed`);

  const sessionsRead: DreamReport['sessions'] = {
    read: outlines.length,
    alreadyDreamed,
    ids: sessionIds,
    byTrust,
    files: opts.digests ? digestFiles(opts.digests).length : files.length,
    skipped,
    health: healthReport,
    ...(skippedTotal > skipped.length ? { skippedOmitted: skippedTotal - skipped.length } : {}),
  };
  const stopEarly = (note: string, flag: { gated: true } | { empty: true }): DreamRunResult => {
    logger.info(note);
    return {
      report: emptyReport(opts.engine.name, { sessions: sessionsRead, notes: [note], timings }),
      changes: [],
      diff: '',
      ledgerText: previousLedgerText ?? serializeLedger(ledger),
      ledgerChanged: false,
      newSessions: outlines.length,
      ...flag,
    };
  };
  // Memory hygiene alone is no reason to open a pull request: a pass that read nothing proposes nothing.
  // A hosted dream reads its sessions through the API, so it is exempt.
  if (healthReport.totals.sessions === 0 && opts.engine.name !== 'anthropic-dreams') {
    return stopEarly(`No sessions read from ${files.length} transcript file(s): nothing proposed.`, { empty: true });
  }
  if (opts.minNewSessions !== undefined && outlines.length < opts.minNewSessions) {
    return stopEarly(notDreamingYet({ fresh: outlines.length, unit: 'sessions', minNewSessions: opts.minNewSessions }), { gated: true });
  }

  const { signals, ...clustered } = accumulator.result(options.minSupport);
  if (accumulator.forgotten > 0)
    logger.info(`${accumulator.forgotten} single-session pattern(s) forgotten to keep memory bounded (more than ${MAX_TRACKED_PATTERNS} signatures)`);
  const { patterns, oneOffs, notes: supportNotes } = await time('ledger_support', () =>
    withLedgerSupport({ ledger, ...clustered, minSupport: options.minSupport, resolve: (s) => resolveSignals(s, repoDir, readFiles) }),
  );
  recordRejected(ledger, opts.rejected ?? [], now);
  const suppressed = suppressedEditIds(ledger, patterns);

  const dreamed = await time('engine', () =>
    opts.engine.dream({
      repoDir,
      sessions: outlines,
      signals,
      patterns,
      oneOffs,
      memory,
      suppressedEditIds: suppressed,
      options,
      logger,
      memoryUse: memoryUse.result(),
    }),
  );

  const evidence = await time('verify_evidence', () =>
    indexEvidence(
      dreamed.edits,
      (file: string) => readTranscriptFile(path.isAbsolute(file) ? file : path.join(repoDir, file), { displayPath: file }),
      { files: readFiles },
    ),
  );
  const guarded = runGuards(dreamed.edits, {
    repoDir,
    memory,
    memoryGlobs: opts.memoryGlobs ?? [],
    evidence,
    provenance,
    sessionTrust,
    maxEdits: options.maxEdits,
    maxEntryBytes: options.maxEntryBytes,
    // Hosted-dream evidence (a dream id, no transcript line) is acceptable only from that engine.
    engine: opts.engine.name,
  });
  const applied = applyEdits(memory, guarded.accepted, {
    budget: options.budget,
    maxDeleteShare: options.maxDeleteShare,
    maxEntryBytes: options.maxEntryBytes,
  });

  recordSessions(
    ledger,
    outlines.map((o) => ({ id: o.id, contentHash: o.contentHash, sourceFile: o.sourceFile })),
    now,
  );
  // A hosted dream reads its sessions through the API: record them so the next pass starts after them.
  if (dreamed.sessionsRead?.length) recordHostedSessions(ledger, opts.engine.name, dreamed.sessionsRead, now, dreamed.sessionsCreatedAt);
  recordPatterns(ledger, [...patterns, ...oneOffs], now);
  recordProposed(ledger, applied.applied, now);
  prunePatterns(ledger);
  const ledgerText = serializeLedger(ledger);

  const report: DreamReport = {
    version: 1,
    engine: opts.engine.name,
    sessions: sessionsRead,
    patterns: toReportPatterns(patterns, oneOffs.slice(0, MAX_REPORTED_ONE_OFFS)),
    ...(oneOffs.length > MAX_REPORTED_ONE_OFFS ? { oneOffsOmitted: oneOffs.length - MAX_REPORTED_ONE_OFFS } : {}),
    edits: applied.applied,
    // Rejected edits are reported too, so they are redacted like everything else that leaves.
    rejected: [...dreamed.rejected, ...guarded.rejected, ...applied.rejected].map(redactRejected),
    usage: dreamed.usage,
    timings,
    notes: [...supportNotes, ...dreamed.notes],
    ...(dreamed.decisions?.length ? { decisions: dreamed.decisions } : {}),
  };
  return {
    report,
    changes: applied.changes,
    diff: unifiedDiff(applied.changes),
    ledgerText,
    ledgerChanged: ledgerText !== previousLedgerText,
    newSessions: outlines.length,
  };
}

/** The signals whose every evidence item still resolves to its event in the transcripts. */
async function resolveSignals(signals: Signal[], repoDir: string, files: ReadonlySet<string>): Promise<Signal[]> {
  if (signals.length === 0) return [];
  const carriers = signals.map((s, i) => ({ id: `s${i}`, op: 'add' as const, file: '', rationale: '', evidence: s.evidence }));
  const index = await indexEvidence(
    carriers,
    (file: string) => readTranscriptFile(path.isAbsolute(file) ? file : path.join(repoDir, file), { displayPath: file }),
    { files },
  );
  return signals.filter((s) => s.evidence.length > 0 && s.evidence.every((e) => index.verify(e)));
}

/** The files of a pass, in the order every reader (thread, shard) agrees on, with their source and trust. */
export async function passFiles(
  opts: Pick<DreamRunOptions, 'repoDir' | 'sessions' | 'transcriptFiles' | 'transcriptSource' | 'sourceTrust'>,
  logger: Logger,
): Promise<PassFile[]> {
  const { repoDir } = opts;
  const repoFiles = await expandSessionGlobs(repoDir, opts.sessions, { logger });
  const files: PassFile[] = [
    ...repoFiles.map((rel) => ({ abs: path.join(repoDir, rel), display: rel, source: 'repo' })),
    ...(opts.transcriptFiles ?? []).map((abs) => ({ abs, display: displayPathFor(repoDir, abs), source: opts.transcriptSource ?? 'artifacts' })),
  ];
  for (const f of files) {
    const trust = opts.sourceTrust?.(f.abs);
    if (trust) f.trust = trust;
  }
  return files;
}

/** Files outside the repo (artifacts in a temp dir) are cited by their path relative to the repo if possible. */
function displayPathFor(repoDir: string, abs: string): string {
  const rel = path.relative(repoDir, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}
