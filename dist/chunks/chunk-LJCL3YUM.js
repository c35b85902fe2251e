import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  repoDirFlag
} from "./chunk-TUEB33D2.js";
import {
  atomicFile,
  createEngine,
  shorten
} from "./chunk-5VJLFS55.js";
import {
  expandAbsoluteGlobs,
  expandSessionGlobsDetailed,
  isAbsoluteGlob,
  repoFilePaths,
  runDream,
  unmatchedGlobWarnings
} from "./chunk-VO4SGRYY.js";
import {
  defaultSettings,
  dreamOptionsFrom
} from "./chunk-5VKB4N7O.js";
import {
  memoryListings
} from "./chunk-YLF6FQSM.js";
import {
  lastDreamTime
} from "./chunk-YK2Z4U6E.js";
import {
  LEDGER_SCAN
} from "./chunk-B5EED3GH.js";
import {
  formatHealth
} from "./chunk-QOGLFVLO.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import {
  assertNoNewSecrets,
  assertNoSecrets,
  citesUnverifiedTurn
} from "./chunk-MKJOEVRC.js";
import {
  UNFOUND_TEXT_WORDS,
  WITHHELD_WORDS,
  citesOnlyUnfound,
  oneOffCount,
  skippedInputs,
  textChunks
} from "./chunk-S4URGW26.js";

// src/cli/run-pass.ts
import { lstat, mkdir, readFile, realpath, writeFile } from "node:fs/promises";
import path from "node:path";

// src/pipeline/summary.ts
var WITHHELD = `(${WITHHELD_WORDS})`;
var SUMMARY_EDIT_CHARS = 100;
function filesSkipped(s) {
  if (!s.filesUnchanged) return "";
  const byFilter = s.filesKnownByFilter ? `, ${s.filesKnownByFilter} of them known only to the ledger's filter` : "";
  return ` (${s.filesUnchanged} skipped as dreamed${byFilter})`;
}
var copiesFolded = (s) => s.copies ? ` (${s.copies} of them copies of files read in this pass)` : "";
var logCopies = (s) => s.promptLogCopies ? ` (and ${s.promptLogCopies} again from a prompt log)` : "";
var otherProjects = (s) => s.otherProjects ? `, ${s.otherProjects} of other projects left out of prompt logs` : "";
function formatRunSummary(report) {
  const lines = [];
  const s = report.sessions;
  lines.push(`engine: ${report.engine}`);
  lines.push(
    `sessions: ${s.read} read${logCopies(s)} from ${s.files} file(s)${filesSkipped(s)}, ${s.alreadyDreamed} already dreamed${copiesFolded(s)}${otherProjects(s)}, ${skippedInputs(s)} unreadable line(s) or file(s) skipped`
  );
  if (s.health)
    lines.push(
      ...formatHealth(s.health).split("\n").map((l) => `  ${l}`)
    );
  const supported = report.patterns.filter((p) => !p.oneOff);
  lines.push(`patterns: ${supported.length} supported, ${oneOffCount(report)} one-off (reported, never memory)`);
  for (const p of supported.slice(0, 20)) {
    lines.push(
      `  - [${p.kind}] ${p.unverified ? WITHHELD : p.summary} (${p.support} session${p.support === 1 ? "" : "s"}, ${p.agents.join("+")})`
    );
  }
  lines.push(`edits: ${report.edits.length} proposed, ${report.rejected.length} rejected`);
  const firstLine = (e) => shorten((e.after ?? e.before ?? "").split("\n")[0] ?? "", SUMMARY_EDIT_CHARS);
  for (const e of report.edits) {
    lines.push(`  ${e.op.padEnd(6)} ${e.file}: ${firstLine(e)}`);
    lines.push(`         why: ${e.rationale}`);
    for (const ev of e.evidence.slice(0, 3))
      lines.push(`         evidence: ${ev.session} ${ev.file}:${ev.line} ${ev.unverified ? WITHHELD : `"${ev.quote}"`}`);
  }
  for (const r of report.rejected.slice(0, 20)) {
    const withheld = r.unverified === true || citesUnverifiedTurn(r.edit);
    const text = withheld ? WITHHELD : citesOnlyUnfound(r.edit.evidence) ? `(${UNFOUND_TEXT_WORDS})` : firstLine(r.edit);
    lines.push(`  rejected (${r.by}): ${r.edit.op} ${r.edit.file}: ${text}`);
    if (!withheld) lines.push(`         why: ${r.reason}`);
  }
  const u = report.usage;
  if (u.requests > 0) {
    const cost = Object.values(u.costUsdByModel).reduce((a, b) => a + b, 0);
    lines.push(
      `usage: ${u.requests} requests, ${u.inputTokens} in, ${u.outputTokens} out, ${u.cacheReadInputTokens} cache read, ~$${cost.toFixed(4)}`
    );
  }
  for (const n of report.notes) lines.push(`note: ${n}`);
  return lines.join("\n") + "\n";
}

// src/cli/run-pass.ts
async function runCommand(flags, deps) {
  const settings = await resolveSettings(flags);
  const since = settings.engine === "anthropic-dreams" ? await lastDreamTime(settings.repoDir, settings.ledgerPath) : void 0;
  const engine = await createEngine(settings, {
    logger: deps.logger,
    env: deps.env,
    batch: flags.batch ?? false,
    ...since ? { since } : {}
  });
  setPassFlags();
  const listings = memoryListings(settings.memory);
  const transcriptFiles = await expandCliSessions(settings, deps.logger, listings);
  const result = await runDream({
    ...listings ? { memoryListings: listings } : {},
    repoDir: settings.repoDir,
    // Expanded here rather than in runDream, so the globs that matched nothing can be named.
    sessions: [],
    transcriptFiles,
    transcriptSource: "files",
    memoryGlobs: settings.memory,
    engine,
    options: dreamOptionsFrom(settings),
    ledgerPath: settings.ledgerPath,
    logger: deps.logger,
    includeDreamed: flags.includeDreamed ?? false,
    // Sessions dreamed again would be counted again: efficacy is then left to `dream efficacy`.
    efficacy: flags.includeDreamed ? false : { unobservedDays: settings.unobservedDays },
    ...flags.threads ? { threads: flags.threads } : {}
  });
  await printRunResult(result, settings, flags);
  if (result.empty && !flags.allowEmpty) {
    throw new Error(
      "no session was read from the transcripts given (see the ingestion health above); pass --allow-empty if that is expected"
    );
  }
}
async function printRunResult(result, settings, flags) {
  const summary = formatRunSummary(result.report);
  assertNoSecrets("the run summary", summary);
  assertNoSecrets("the memory diff", result.diff);
  await writeOutputs(result, settings, flags);
  process.stdout.write(summary);
  process.stdout.write(result.diff ? `
${result.diff}` : "\nNo memory edits proposed.\n");
}
async function expandCliSessions(settings, logger, listings) {
  const absolute = settings.sessions.filter(isAbsoluteGlob);
  const relative = settings.sessions.filter((g) => !isAbsoluteGlob(g));
  const inRepo = await expandSessionGlobsDetailed(settings.repoDir, relative, { logger, ...listings ? { listings } : {} });
  const outside = await expandAbsoluteGlobs(absolute, void 0, logger);
  const found = inRepo.files.length + outside.files.length;
  for (const w of unmatchedGlobWarnings(settings.repoDir, inRepo.unmatched, found)) logger.warning(w);
  for (const g of outside.unmatched) logger.warning(`sessions glob "${g}" matched no files`);
  return [...inRepo.files.map(repoFilePaths(settings.repoDir)), ...outside.files];
}
async function resolveSettings(flags) {
  const repoDir = await repoDirFlag(flags.repo);
  const fromFile = flags.config ? await (await import("./load-E7RXQWCA.js")).loadConfigFile(flags.config) : {};
  const base = { ...defaultSettings(repoDir), ...fromFile };
  return {
    ...base,
    sessions: flags.sessions ?? base.sessions,
    memory: flags.memory ?? base.memory,
    engine: flags.engine ?? base.engine,
    provider: flags.provider ?? base.provider,
    model: flags.model ?? base.model,
    minSupport: flags.minSupport ?? base.minSupport,
    maxEdits: flags.maxEdits ?? base.maxEdits,
    dryRun: !flags.write,
    memoryStoreId: flags.store ?? base.memoryStoreId,
    anthropicSessionIds: flags.sessionIds ? [...new Set(flags.sessionIds)] : base.anthropicSessionIds,
    keepStores: flags.keepStores ?? base.keepStores,
    dreamTimeoutMinutes: flags.dreamTimeout || base.dreamTimeoutMinutes
  };
}
async function writeOutputs(result, settings, flags) {
  if (flags.report) {
    const json = JSON.stringify(result.report, null, 2) + "\n";
    assertNoSecrets("the report", json);
    await atomicWrite(flags.report, json);
  }
  if (flags.patch) {
    assertNoSecrets("the patch", result.diff);
    await atomicWrite(flags.patch, result.diff);
  }
  if (!flags.write) return;
  for (const change of result.changes) assertNoNewSecrets(change.path, change.before, change.after);
  if (result.ledgerChanged) {
    const ledgerFile = path.join(settings.repoDir, settings.ledgerPath);
    const before = result.ledgerFileText !== void 0 ? result.ledgerFileText ?? "" : await readFile(ledgerFile, "utf8").catch(() => "");
    assertNoNewSecrets(settings.ledgerPath, before, result.ledgerText, LEDGER_SCAN);
  }
  for (const change of result.changes) await atomicWrite(path.join(settings.repoDir, change.path), change.after, settings.repoDir);
  if (result.ledgerChanged) await atomicWrite(path.join(settings.repoDir, settings.ledgerPath), result.ledgerText, settings.repoDir);
}
async function atomicWrite(file, text, within) {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  if (within !== void 0) {
    const root = await realpath(within);
    const real = await realpath(dir);
    const rel = path.relative(root, real);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`refusing to write ${file}: its folder resolves outside ${within}`);
    const existing = await lstat(target).catch(() => void 0);
    if (existing?.isSymbolicLink()) throw new Error(`refusing to write ${file}: it is a symbolic link`);
  }
  const out = await atomicFile(target);
  try {
    await writeFile(out.tmp, typeof text === "string" ? textChunks(text) : text, { flag: "wx", mode: 420 });
    await out.commit();
  } finally {
    await out.discard();
  }
}

export {
  runCommand,
  printRunResult,
  expandCliSessions,
  resolveSettings
};
