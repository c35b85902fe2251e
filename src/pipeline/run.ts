/**
 * One dream pass, read left to right:
 * sources -> transcripts -> signals -> engine -> guards -> edits (-> publish, done by the caller).
 *
 * Sessions are streamed: each is mined for signals, outlined, observed for provenance, and then
 * dropped, so memory stays bounded by the signals and outlines, not by the corpus.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// Imported, not the global: the global loads perf_hooks when first read, which is after the pass set its V8 flags
// (bounded-heap.ts), and a built-in loaded then is compiled from source, Node's code cache for it refused (8 modules).
import { performance } from 'node:perf_hooks';
import type { Logger, DreamEngine, DreamOptions, Signal, DreamReport, FileChange, TrustLevel } from '../model/index.js';
import { emptyReport, notDreamingYet } from './gate.js';
import { readTranscriptFile } from '../transcripts/index.js';
import { discoverMemoryFiles } from '../memory/discover.js';
import { codexDocMaxBytes } from '../memory/codex-config.js';
import type { DirListings } from '../sources/listings.js';
import { applyEdits, unifiedDiff } from '../edits/apply.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { memoryRuleDates, type RuleDates } from '../signals/rule-dates.js';
import {
  runGuards,
  indexEvidence,
  markRefusal,
  markUnverifiedEvidence,
  redactRejected,
  settleRationale,
  settleReason,
} from '../guards/index.js';
import {
  loadLedger,
  readLedgerFile,
  serializeLedger,
  reserializeLedger,
  recordHostedSessions,
  recordPatterns,
  recordProposed,
  recordRejected,
  suppressedEditIds,
  prunePatterns,
  compactLedger,
  pendingEntryKey,
  type Rejection,
} from '../ledger/index.js';
import { toReportPatterns } from './report-patterns.js';
import { withLedgerSupport } from '../signals/incremental.js';
import { MAX_TRACKED_PATTERNS } from '../signals/accumulate.js';
import { EfficacyPass, type EfficacyOptions } from './efficacy.js';
import { passFiles } from './pass-files.js';
import { readPass } from './read-pass.js';
import { ledgerKey, reduceChecks, type DigestSource } from './digest.js';
import { readHostedSessions } from './hosted-evidence.js';

/** One-offs listed in the report (the best supported first); the rest are counted. */
const MAX_REPORTED_ONE_OFFS = 2_000;

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
  /** Directories the caller's sessions crawl listed (memoryListings(memoryGlobs)): the memory walk does not list them again. */
  memoryListings?: DirListings;
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
  /** Efficacy of adopted lessons: adoptions found from git unless given; `false` skips it. */
  efficacy?: EfficacyOptions | false;
  /**
   * When memory's rule lines were committed, where repoDir's git cannot tell (`dream eval --split-at`
   * rebuilds memory from its history in a scratch folder). Absent: git blame in repoDir.
   */
  ruleDates?: RuleDates;
  /**
   * Who could have written a transcript file's user turns, by its absolute path (the Action: extracted
   * workflow artifacts are `public`, fetched Managed Agents sessions `app-user`). Undefined keeps what
   * the format says (see defaultTrust).
   */
  sourceTrust?: (absFile: string) => TrustLevel | undefined;
  /** Threads that read and mine (1: this thread only). Default: two where there are two cores and 48 MB or more to read. */
  threads?: number;
  /**
   * `dream reduce`: the shards' digests stand in for reading the files (sessions/transcriptFiles are
   * ignored), each read once, as the pass goes (digest-read.ts). The files they name are still read to
   * verify the evidence of what the engine proposes.
   */
  digests?: DigestSource[];
}

export interface DreamRunResult {
  report: DreamReport;
  changes: FileChange[];
  diff: string;
  /** The updated ledger, to be committed together with the memory edits. */
  ledgerText: string;
  ledgerChanged: boolean;
  /**
   * The ledger file's text as this pass read it from repoDir/ledgerPath (null: no file); absent when the
   * caller handed it the ledger (`ledgerText`). What the file held before the pass writes it, so the CLI's
   * secret scan of the lines the ledger adds need not read the file again.
   */
  ledgerFileText?: string | null;
  /**
   * Where the engine wrote the sessions it read through an API (DreamInput.scratchDir; removed by now): the lines
   * the pass cited from them name files under it, which the PR body names as Managed Agents sessions.
   */
  hostedSessionsRoot?: string;
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

  const memory = await time('memory', () =>
    discoverMemoryFiles(repoDir, {
      globs: opts.memoryGlobs ?? [],
      logger,
      ...(opts.memoryListings ? { listings: opts.memoryListings } : {}),
    }),
  );
  const ledgerFileText = opts.ledgerText !== undefined ? undefined : await readLedgerFile(repoDir, opts.ledgerPath);
  const previousLedgerText = opts.ledgerText !== undefined ? opts.ledgerText : (ledgerFileText ?? null);
  const ledger = loadLedger(previousLedgerText, opts.ledgerPath);
  const repoFacts = await collectRepoFacts(repoDir);
  // Dated only when a file is to be read: the miners are all that use the dates, and a pass with nothing
  // new then runs no `git blame` (one per memory file stating a rule, the costliest git call of a pass).
  // Its timing keeps its place in the report, 0 until the dates are asked for.
  if (!opts.ruleDates) timings.rule_dates = 0;
  const ruleDates = opts.ruleDates ?? (() => time('rule_dates', () => memoryRuleDates(repoDir, memory)));
  let efficacy =
    opts.efficacy === false
      ? undefined
      : await time('efficacy_adoptions', () => EfficacyPass.start(repoDir, ledger, memory, opts.efficacy || {}, logger));

  // The whole pass but the ledger's text, in a function of its own: what only it uses is garbage once it
  // returns, before that text, the pass's largest string, is built. In a 100,000-session reduce that was a
  // 9.5 MB provenance index, 3.5 MB of read paths and 17 MB of signals, patterns and outlines beside a
  // 7.6 MB ledger (heap snapshot where the text was built, when runDream's own scope still held them).
  const dreamAndRecord = async () => {
    // A reduce reads what the shards did not: the transcripts outside the checkout (artifacts, Managed
    // Agents sessions), which come after the committed ones in a single pass's file order.
    const files = await time('files', () =>
      passFiles({ ...opts, ...(opts.digests ? { sessions: [] } : {}), includeDreamed: opts.includeDreamed ?? false }),
    );
    const readOpts = {
      repoDir,
      files,
      ledger,
      ledgerPath: opts.ledgerPath,
      includeDreamed: opts.includeDreamed ?? false,
      memory,
      memoryGlobs: opts.memoryGlobs ?? [],
      repoFacts,
      ruleDates,
      now,
      logger,
      outlineText: opts.engine.readsOutlines !== false,
      ...(opts.threads ? { threads: opts.threads } : {}),
    };
    if (opts.digests)
      efficacy = reduceChecks(
        opts.digests.map((d) => d.header),
        { ledgerKey: ledgerKey(readOpts.includeDreamed ? undefined : ledger), efficacy, logger },
      );
    const read = await time('read_and_mine', () => readPass({ ...readOpts, efficacy }, opts.digests));
    const {
      outlines,
      accumulator,
      provenance,
      memoryUse,
      sessionIds,
      keptFiles,
      sessions: sessionsRead,
      health,
      readFiles,
      evidenceFacts,
    } = read;
    const stopEarly = (note: string, flag: { gated: true } | { empty: true }): DreamRunResult => {
      logger.info(note);
      return {
        report: emptyReport(opts.engine.name, { sessions: sessionsRead, notes: [note], timings }),
        changes: [],
        diff: '',
        ledgerText: previousLedgerText ?? serializeLedger(ledger),
        ledgerChanged: false,
        newSessions: outlines.count,
        ...flag,
      };
    };
    // Memory hygiene alone is no reason to open a pull request: a pass that read nothing proposes nothing.
    // A hosted dream reads its sessions through the API, so it is exempt. Files skipped unparsed because
    // they were dreamed before are not "nothing read": that pass has nothing new, and still records
    // what it learnt of merged pull requests.
    if (health.totals.sessions === 0 && sessionsRead.filesUnchanged === 0 && opts.engine.name !== 'anthropic-dreams') {
      return { stopped: stopEarly(`No sessions read from ${sessionsRead.files} transcript file(s): nothing proposed.`, { empty: true }) };
    }
    if (opts.minNewSessions !== undefined && outlines.count < opts.minNewSessions) {
      return {
        stopped: stopEarly(notDreamingYet({ fresh: outlines.count, unit: 'sessions', minNewSessions: opts.minNewSessions }), {
          gated: true,
        }),
      };
    }

    const { signals, ...clustered } = accumulator.result(options.minSupport);
    if (accumulator.forgotten > 0)
      logger.info(
        `${accumulator.forgotten} single-session pattern(s) forgotten to keep memory bounded (more than ${MAX_TRACKED_PATTERNS} signatures)`,
      );
    const {
      patterns,
      oneOffs,
      notes: supportNotes,
    } = await time('ledger_support', () =>
      withLedgerSupport({ ledger, ...clustered, minSupport: options.minSupport, resolve: (s) => resolveSignals(s, repoDir, readFiles) }),
    );
    recordRejected(ledger, opts.rejected ?? [], now);
    const suppressed = suppressedEditIds(ledger, patterns);

    // From the engine to the guards' verdict. An engine that reads sessions through an API writes them to a folder
    // of the pass's own for the guards (DreamInput.scratchDir), removed once they have judged, whatever happened.
    const dreamAndJudge = async (scratchDir: () => Promise<string>) => {
      const dreamed = await time('engine', () =>
        opts.engine.dream({
          repoDir,
          sessions: outlines.kept,
          signals,
          patterns,
          oneOffs,
          memory,
          suppressedEditIds: suppressed,
          options,
          logger,
          memoryUse: memoryUse.result(),
          scratchDir,
        }),
      );

      // What a model wrote about its own edits (rationales, its reviewer's reasons) is shown only where it rests on the
      // edit and its checked evidence (guards/rationale.ts); the pass's own accounts (a strengthened lesson's) are not its.
      const modelEngine = opts.engine.name === 'claude';
      const modelWrote = new Set(modelEngine ? dreamed.edits : []);
      // Lessons adopted earlier: counted, judged, and the recurring ones strengthened (through the guards).
      const judged = efficacy?.finish(ledger, memory, new Date(now));
      // Its tallies are dead once judged: the ledger and the report are built without them.
      efficacy = undefined;
      const taken = new Set(dreamed.edits.flatMap((e) => [e.id, ...(e.entryId ? [pendingEntryKey(e.entryId)] : [])]));
      // By id only, not by the ledger's proposal key (isSuppressed): a lesson strengthened is the adopted lesson again
      // because it recurred since, which is new evidence the pattern's sessions do not show.
      for (const e of judged?.edits ?? []) {
        if (
          taken.has(e.id) ||
          suppressed.has(e.id) ||
          (e.entryId && (suppressed.has(pendingEntryKey(e.entryId)) || taken.has(pendingEntryKey(e.entryId))))
        )
          continue;
        dreamed.edits.push(e);
      }
      // A hosted dream's sessions, read as the pass reads transcripts: what they vouch for, and the lines its sentences rest on.
      const hosted = dreamed.sessionFiles
        ? await time('hosted_sessions', () =>
            readHostedSessions(dreamed.edits, { files: dreamed.sessionFiles!, memory, provenance, logger }),
          )
        : undefined;
      const proposed = hosted?.edits ?? dreamed.edits;
      const evidence = await time('verify_evidence', () =>
        // The engine's own refusals are indexed too: the report must know which of them rest on unverified turns alone.
        indexEvidence(
          [...proposed, ...dreamed.rejected.map((r) => r.edit)],
          (file, cited) => readTranscriptFile(path.isAbsolute(file) ? file : path.join(repoDir, file), { displayPath: file, cited }),
          { files: hosted ? new Set([...readFiles.keys(), ...hosted.files]) : readFiles, facts: evidenceFacts },
        ),
      );
      // A provenance index that stopped trusting refuses edits; the report must say why (fail closed, not silently).
      const provenanceNotes = provenance.notes();
      for (const note of provenanceNotes) logger.warning(note);
      const guarded = runGuards(proposed, {
        repoDir,
        memory,
        memoryGlobs: opts.memoryGlobs ?? [],
        evidence,
        provenance,
        fileTrust: readFiles,
        maxEdits: options.maxEdits,
        maxEntryBytes: options.maxEntryBytes,
        // Hosted-dream evidence (a dream id, no transcript line) is acceptable only from that engine.
        engine: opts.engine.name,
      });
      // Words only unverified turns carried are counted in the report, never shown; each citation is marked too, and so
      // is each quote no session holds (guards/trust.ts markRefusal): a refused edit's evidence is shown beside it.
      const said = { memory, evidence };
      const rejected = [...dreamed.rejected, ...guarded.rejected]
        .map((r) => markRefusal(r, { repoDir, evidence }))
        .map((r) => (r.by === 'reviewer' && modelEngine ? settleReason(r, said) : r));
      const accepted = guarded.accepted.map((e) => markUnverifiedEvidence(modelWrote.has(e) ? settleRationale(e, said) : e, evidence));
      return { dreamed, judged, accepted, rejected, provenanceNotes };
    };
    let scratch: Promise<string> | undefined;
    let scratchPath: string | undefined;
    const { dreamed, judged, accepted, rejected, provenanceNotes } = await dreamAndJudge(
      () => (scratch ??= mkdtemp(path.join(os.tmpdir(), 'dream-hosted-sessions-')).then((dir) => (scratchPath = dir))),
    ).finally(() =>
      scratch?.then(
        (dir) => rm(dir, { recursive: true, force: true }),
        () => undefined,
      ),
    );
    const applied = applyEdits(memory, accepted, {
      budget: options.budget,
      maxDeleteShare: options.maxDeleteShare,
      maxEntryBytes: options.maxEntryBytes,
      codexDocMaxBytes: await codexDocMaxBytes(repoDir, logger),
    });

    // A hosted dream reads its sessions through the API: record them so the next pass starts after them.
    if (dreamed.sessionsRead?.length) recordHostedSessions(ledger, opts.engine.name, dreamed.sessionsRead, now, dreamed.sessionsCreatedAt);
    recordPatterns(ledger, [...patterns, ...oneOffs], now);
    recordProposed(ledger, applied.applied, now);
    prunePatterns(ledger);
    compactLedger(ledger, { keep: new Set(sessionIds), keepFiles: keptFiles });

    const report: DreamReport = {
      version: 1,
      engine: opts.engine.name,
      sessions: sessionsRead,
      patterns: toReportPatterns(
        patterns,
        oneOffs.slice(0, MAX_REPORTED_ONE_OFFS),
        new Set(applied.applied.flatMap((e) => (e.patternId ? [e.patternId] : []))),
      ),
      ...(oneOffs.length > MAX_REPORTED_ONE_OFFS ? { oneOffsOmitted: oneOffs.length - MAX_REPORTED_ONE_OFFS } : {}),
      edits: applied.applied,
      // Rejected edits are reported too, so they are redacted like everything else that leaves.
      rejected: [...rejected, ...applied.rejected].map(redactRejected),
      usage: dreamed.usage,
      timings,
      notes: [...supportNotes, ...dreamed.notes, ...provenanceNotes],
      ...(judged?.efficacy.length ? { efficacy: judged.efficacy } : {}),
      ...(dreamed.decisions?.length ? { decisions: dreamed.decisions } : {}),
    };
    return { report, changes: applied.changes, newSessions: outlines.count, scratchPath };
  };
  const done = await dreamAndRecord();
  if (done.stopped) return done.stopped;
  const { report, changes, scratchPath } = done;
  const ledgerText = reserializeLedger(ledger, previousLedgerText, now);
  return {
    report,
    changes,
    diff: unifiedDiff(changes),
    ledgerText,
    ledgerChanged: ledgerText !== previousLedgerText,
    ...(ledgerFileText !== undefined ? { ledgerFileText } : {}),
    ...(scratchPath ? { hostedSessionsRoot: scratchPath } : {}),
    newSessions: done.newSessions,
  };
}

/** The signals whose every evidence item still resolves to its event in the transcripts. */
async function resolveSignals(signals: Signal[], repoDir: string, files: Pick<ReadonlySet<string>, 'has'>): Promise<Signal[]> {
  if (signals.length === 0) return [];
  const carriers = signals.map((s, i) => ({ id: `s${i}`, op: 'add' as const, file: '', rationale: '', evidence: s.evidence }));
  const index = await indexEvidence(
    carriers,
    (file, cited) => readTranscriptFile(path.isAbsolute(file) ? file : path.join(repoDir, file), { displayPath: file, cited }),
    { files },
  );
  return signals.filter((s) => s.evidence.length > 0 && s.evidence.every((e) => index.verify(e)));
}
