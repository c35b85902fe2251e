import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  defaultSettings
} from "./chunk-5VKB4N7O.js";
import {
  isTranscriptPath
} from "./chunk-5NIXXDV6.js";
import {
  INTEGER_SETTINGS,
  parseIntegerSetting
} from "./chunk-XQPBWXKD.js";
import {
  Option,
  baseProgram,
  registerCaptureCommand
} from "./chunk-RRDF2GYS.js";
import "./chunk-YSORVHVT.js";
import {
  expandHome
} from "./chunk-7YQSQDMO.js";
import {
  glob
} from "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-MEBIEL22.js";
import {
  PROVIDER_NAMES
} from "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/cli/run.ts
var intFlag = (flag, setting) => (v) => parseIntegerSetting(flag, v, INTEGER_SETTINGS[setting]);
var threadsFlag = (v) => {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < 1) throw new Error(`--threads: expected an integer \u2265 1, got "${v}"`);
  return n;
};
var THREADS_HELP = "threads that read and mine: this one and N-1 workers (default: 2 where there are 2 cores and 48 MB or more to read)";
function passFlagHelp(d = defaultSettings(".")) {
  return {
    engine: `dream engine (default: ${d.engine})`,
    minSupport: `distinct sessions a pattern needs to become memory (default: ${d.minSupport})`,
    maxEdits: `maximum edits in one pass (default: ${d.maxEdits})`
  };
}
function addPassOutputFlags(command, help) {
  return command.addOption(new Option("--dry-run", "write nothing but --report/--patch (default)").conflicts("write")).option("--write", "apply the edits and the ledger to the working tree").option("--report <file>", "write the JSON report (version 1)").option("--patch <file>", "write the unified diff of the memory files").option("--min-support <n>", help.minSupport, intFlag("--min-support", "min-support")).option("--max-edits <n>", help.maxEdits, intFlag("--max-edits", "max-edits")).option("--batch", "claude engine: run analysts through the Message Batches API (half price)");
}
function registerRunCommand(program, deps) {
  const d = defaultSettings(".");
  const help = passFlagHelp(d);
  const run = program.command("run").description("Dream over session transcripts and propose memory edits (prints the diff)").option("--repo <dir>", "repository checkout holding the memory files", ".").option("--sessions <globs...>", "transcript globs, relative to --repo, or absolute (~/.claude/projects/x/*.jsonl)").option(
    "--memory <globs...>",
    "extra memory file globs (CLAUDE.md, AGENTS.md, AGENTS.override.md, GEMINI.md, Copilot instructions, rules and skills are always found)"
  ).addOption(new Option("--engine <name>", help.engine).choices(["offline", "claude", "anthropic-dreams"])).addOption(
    new Option(
      "--provider <name>",
      `claude engine: reach Claude through Anthropic's API, Amazon Bedrock (AWS_REGION) or Google Vertex AI (CLOUD_ML_REGION, ANTHROPIC_VERTEX_PROJECT_ID) (default: ${d.provider})`
    ).choices(PROVIDER_NAMES)
  ).option("--model <id>", "model for the claude engine (on bedrock and vertex: the provider's model id)").option("--config <file>", "YAML config file");
  addPassOutputFlags(run, help).option("--include-dreamed", "dream sessions again even if the ledger has them").option("--threads <n>", THREADS_HELP, threadsFlag).option("--allow-empty", "exit 0 even when no session was read (default: a run that read nothing fails)").option("--store <id>", "anthropic-dreams: mirror the memory files into this memory store (default: a temporary one)").option(
    "--session-ids <ids...>",
    "anthropic-dreams: Managed Agents sessions to dream over (default: settled ones since the last dream)",
    (v, prev = []) => [...prev, ...v.split(",").filter(Boolean)]
  ).option("--keep-stores", "anthropic-dreams: keep the temporary and output memory stores").option(
    "--dream-timeout <minutes>",
    `anthropic-dreams: cancel a dream after this many minutes (default: ${d.dreamTimeoutMinutes})`,
    intFlag("--dream-timeout", "dream-timeout-minutes")
  ).action(async (flags) => (await import("./run-pass-IBSHNMYE.js")).runCommand(flags, deps));
}

// src/cli/sessions.ts
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var MAX_DEPTH = 12;
async function walk(dir, depth, out) {
  if (depth > MAX_DEPTH) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.unlisted.push({ dir, reason: err.code ?? err.message });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === "node_modules" || e.name === ".git") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, depth + 1, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isTranscriptPath(p.split(sep).join("/"))) out.files.push(p);
  }
}
async function expandTranscriptPathsDetailed(args, cwd = process.cwd()) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const missing = [];
  const unlisted = [];
  const add = (f) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const typed of args) {
    const arg = expandHome(typed);
    const st = await stat(arg).catch(() => void 0);
    if (st?.isFile()) add(arg);
    else if (st?.isDirectory()) {
      const found = { files: [], unlisted };
      await walk(arg, 0, found);
      found.files.forEach(add);
    } else {
      const matches = await glob(arg, { cwd, onlyFiles: true, dot: true });
      if (matches.length === 0) missing.push(typed);
      matches.sort().forEach((m) => add(relative(process.cwd(), join(cwd, m)) || m));
    }
  }
  return { files: out, missing, unlisted };
}
function registerSessionsCommand(program, deps) {
  const write = deps.write ?? ((t) => void process.stdout.write(t));
  program.command("sessions").description("Show what the readers make of transcript files: format, sessions, events, tool calls and errors, skipped lines").argument("<paths...>", "transcript files, directories (walked) or globs").option("--json", "print {files: per-file summaries, health: the ingestion health report} as JSON").option(
    "--threads <n>",
    "threads that read: this one and N-1 workers (default: 2 where there are 2 cores and 48 MB or more to read)",
    threadsFlag
  ).action(async (paths, opts) => {
    const { files, missing, unlisted } = await expandTranscriptPathsDetailed(paths);
    if (files.length === 0 && unlisted.length > 0) {
      throw new Error(`cannot list ${unlisted.map((u) => `${u.dir} (${u.reason})`).join(", ")}: no transcript files read`);
    }
    if (files.length === 0) throw new Error(`no transcript files match ${paths.join(" ")}`);
    if (missing.length > 0) {
      throw new Error(`no such transcript file, directory or matching glob: ${missing.join(", ")}`);
    }
    deps.logger.debug(`reading ${files.length} transcript files`);
    const [{ HealthCollector, formatHealth }, { defaultThreads }, { summarizeOnThreads }, { formatSummaryTable, unlistedRow }] = await Promise.all([
      import("./transcripts-W5OWDQAX.js"),
      import("./mine-files-ZRQPFU57.js"),
      import("./sessions-threads-LDMQVZUS.js"),
      import("./sessions-table-UJR4XXCN.js")
    ]);
    const health = new HealthCollector();
    const threads = opts.threads ?? defaultThreads(files.map((abs) => ({ abs })));
    const rows = [];
    for await (const row of summarizeOnThreads(files, { threads, logger: deps.logger, health })) rows.push(row);
    rows.push(...unlisted.map(unlistedRow));
    const report = health.report();
    write(
      opts.json ? `${JSON.stringify({ files: rows, health: report }, null, 2)}
` : `${formatSummaryTable(rows)}

${formatHealth(report)}
`
    );
  });
}

// src/cli/sync.ts
import path from "node:path";
function registerSyncCommand(program, deps) {
  const write = deps.write ?? ((t) => void process.stdout.write(t));
  program.command("sync").description("Upload merged memory files to a Managed Agents memory store, never overwriting changes made there").option("--store <id>", "the memory store (memstore_...); default: memory-store-id from --config").option("--repo <dir>", "repository checkout holding the memory files", ".").option("--before <sha>", "the commit before the merge: sync the memory files changed since it").option("--after <sha>", "the merged commit (default HEAD)").option("--all", "sync every memory file: create the missing ones, report the differing ones").option(
    "--memory <globs...>",
    "extra memory file globs (CLAUDE.md, AGENTS.md, AGENTS.override.md, GEMINI.md, Copilot instructions, rules and skills are always synced)"
  ).option("--config <file>", "YAML config file (memory-store-id, memory)").action(async (flags) => {
    const [{ loadConfigFile }, { managedAgentsPorts }, { syncFailure, syncPush }] = await Promise.all([
      import("./load-E7RXQWCA.js"),
      import("./api-KWBJLQLC.js"),
      import("./sync-M6W5SAZF.js")
    ]);
    const fromFile = flags.config ? await loadConfigFile(flags.config) : {};
    const storeId = flags.store ?? fromFile.memoryStoreId;
    if (!storeId) throw new Error("dream sync needs --store <memory store id> (or memory-store-id in --config)");
    if (!/^[A-Za-z0-9_-]+$/.test(storeId)) throw new Error(`--store: "${storeId}" is not a memory store id`);
    if (Boolean(flags.all) === Boolean(flags.before))
      throw new Error("dream sync needs either --before <sha> (with an optional --after) or --all");
    if (flags.all && flags.after) throw new Error("--after goes with --before; --all syncs HEAD");
    const apiKey = deps.env.ANTHROPIC_API_KEY;
    if (!apiKey) throw new Error("dream sync needs ANTHROPIC_API_KEY in the environment to write to the memory store");
    const { stores } = managedAgentsPorts({ apiKey, baseURL: deps.env.ANTHROPIC_BASE_URL });
    const result = await syncPush({
      stores,
      storeId,
      repoDir: path.resolve(flags.repo),
      ...flags.before ? { before: flags.before } : {},
      after: flags.after ?? "HEAD",
      memoryGlobs: flags.memory ?? fromFile.memory ?? [],
      logger: deps.logger
    });
    const line = (label, paths) => paths.length ? `${label}: ${paths.join(", ")}
` : "";
    write(
      `memory store ${storeId}: ${result.created.length} created, ${result.updated.length} updated, ${result.deleted.length} deleted, ${result.unchanged.length} unchanged, ${result.conflicts.length + result.refused.length} not synced
` + line("created", result.created) + line("updated", result.updated) + line("deleted", result.deleted)
    );
    const failure = syncFailure(result);
    if (failure) throw new Error(failure);
  });
}

// src/cli/why.ts
function registerWhyCommand(program, deps) {
  const write = deps.write ?? ((t) => void process.stdout.write(t));
  program.command("why").description("Why is this line in our memory? Blame, then the dream edit, its PR and its evidence").argument("<target>", "FILE:LINE for one line, or FILE for every line (repo-relative)").option("--repo <dir>", "repository checkout", ".").option("--ref <rev>", "the commit to read the file at", "HEAD").option("--ledger <path>", "the ledger, relative to the repository", defaultSettings(".").ledgerPath).option("--state-branch <name>", "also read the ledger kept on this branch when it is present locally", "dreaming/state").option("--json", "one JSON array of lines, for machines").action(async (target, flags) => write(await (await import("./why-answer-DNHUMOCO.js")).whyText(target, flags)));
}

// src/cli/efficacy.ts
function undatedNote(undated) {
  if (undated === 0) return "";
  const [verb, they] = undated === 1 ? ["gives", "it"] : ["give", "they"];
  return ` ${undated} of them ${verb} no time: ${they} cannot be placed before or after an adoption, so no lesson counts ${undated === 1 ? "it" : "them"}.`;
}
function parseDate(flag, v) {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`${flag} ${v}: not a date (use YYYY-MM-DD or an ISO time)`);
  return d;
}
function registerEfficacyCommand(program, deps) {
  program.command("efficacy").description("How adopted lessons are doing: episodes per 100 sessions before and after each adoption").option("--repo <dir>", "repository checkout", ".").option("--sessions <globs...>", "transcript globs, relative to --repo, or absolute").option("--memory <globs...>", "extra memory file globs").option("--config <file>", "YAML config file").option("--since <date>", "count only sessions that started on or after this date").option(
    "--unobserved-days <n>",
    "days without the episode or the entry before a lesson is unobserved (default: the config file's, else 30)",
    intFlag("--unobserved-days", "unobserved-days")
  ).option("--state-branch <name>", "also read the ledger kept on this branch when it is present locally", "dreaming/state").option("--json", "print the efficacy objects as JSON").action(async (flags) => {
    const [
      { loadConfigFile },
      { GitHistory },
      { measureEfficacy },
      { efficacySection },
      { assertNoSecrets },
      { expandCliSessions },
      { whyLedger },
      { repoDirFlag }
    ] = await Promise.all([
      import("./load-E7RXQWCA.js"),
      import("./adoption-UAXXQO4T.js"),
      import("./measure-U6Q4WR7P.js"),
      import("./efficacy-O7B3QWHJ.js"),
      import("./guards-6Y43PCFH.js"),
      import("./run-pass-IBSHNMYE.js"),
      import("./why-answer-DNHUMOCO.js"),
      import("./repo-dir-ULMNVWHJ.js")
    ]);
    const repoDir = await repoDirFlag(flags.repo);
    const base = { ...defaultSettings(repoDir), ...flags.config ? await loadConfigFile(flags.config) : {} };
    const globs = flags.sessions ?? base.sessions;
    const files = await expandCliSessions({ repoDir, sessions: globs }, deps.logger);
    const days = flags.unobservedDays ?? base.unobservedDays;
    const ledger = await whyLedger({
      repoDir,
      ledgerPath: base.ledgerPath,
      stateBranch: flags.stateBranch,
      history: new GitHistory(repoDir)
    });
    const { efficacy, sessions, undated } = await measureEfficacy({
      repoDir,
      files,
      memoryGlobs: flags.memory ?? base.memory,
      ledger,
      ...flags.since ? { since: parseDate("--since", flags.since) } : {},
      unobservedDays: days,
      logger: deps.logger
    });
    const out = flags.json ? `${JSON.stringify({ sessions, undated, efficacy }, null, 2)}
` : efficacy.length ? `${efficacySection(efficacy, "##")}

${sessions} session(s) read.${undatedNote(undated)}
` : (
      // Nothing to count, so measureEfficacy read no transcript: "0 sessions read" would look like a bad glob.
      "No adopted lessons with a pattern to measure, so no transcript was read.\n"
    );
    assertNoSecrets("the efficacy report", out);
    process.stdout.write(out);
  });
}

// src/cli/eval.ts
import { readFile } from "node:fs/promises";
function registerEvalCommand(program, deps) {
  program.command("eval").description("Would dreaming have helped? Dream before --split-at, replay after, report episode coverage").requiredOption("--split-at <date>", "the date that splits the sessions (YYYY-MM-DD or ISO time)").option("--repo <dir>", "repository checkout (memory history from its git log)", ".").option("--sessions <globs...>", "transcript globs, relative to --repo, or absolute").option("--memory-log <file>", "the memory files' history as `git log -p` text, instead of the repo's git").option("--min-support <n>", "distinct sessions a pattern needs to become a lesson", intFlag("--min-support", "min-support")).option("--json", "print the result as JSON").action(async (flags) => {
    const [
      { discoverMemoryFiles },
      { timelineFromGitLog },
      { timelineFromGit },
      { splitEval, formatSplitEval },
      { assertNoSecrets },
      { expandCliSessions },
      { setPassFlags },
      { assertGitRepo, repoDirFlag }
    ] = await Promise.all([
      import("./discover-OKXYQJE6.js"),
      import("./timeline-KJC73RKP.js"),
      import("./memory-history-5ZFLZCCS.js"),
      import("./split-eval-NBCG7UUV.js"),
      import("./guards-6Y43PCFH.js"),
      import("./run-pass-IBSHNMYE.js"),
      import("./bounded-heap-BAWCF2IA.js"),
      import("./repo-dir-ULMNVWHJ.js")
    ]);
    setPassFlags();
    const repoDir = await repoDirFlag(flags.repo);
    if (!flags.memoryLog)
      await assertGitRepo(
        flags.repo,
        repoDir,
        "dream eval reads the memory files' history from git: pass a clone, or --memory-log FILE (their `git log -p`)"
      );
    const splitAt = parseDate("--split-at", flags.splitAt);
    const globs = flags.sessions ?? defaultSettings(repoDir).sessions;
    const files = await expandCliSessions({ repoDir, sessions: globs }, deps.logger);
    const timeline = flags.memoryLog ? timelineFromGitLog(await readFile(flags.memoryLog, "utf8"), flags.memoryLog) : await timelineFromGit(
      repoDir,
      (await discoverMemoryFiles(repoDir, { logger: deps.logger })).map((f) => f.path)
    );
    const result = await splitEval({
      files,
      splitAt,
      timeline,
      repoDir,
      logger: deps.logger,
      ...flags.minSupport !== void 0 ? { minSupport: flags.minSupport } : {}
    });
    const out = flags.json ? `${JSON.stringify(result, null, 2)}
` : formatSplitEval(result);
    assertNoSecrets("the eval report", out);
    process.stdout.write(out);
  });
}

// src/cli/shards.ts
function registerShardCommands(program, deps) {
  const help = passFlagHelp();
  program.command("map").description("Read one shard of the transcripts and write its signal digest (for dream reduce)").requiredOption("--shard <I/N>", "this shard, 1-based, of N (for example 2/10)").requiredOption("--out <file>", "where to write the digest (gzipped JSON lines)").option("--repo <dir>", "repository checkout holding the memory files", ".").option("--sessions <globs...>", "transcript globs, relative to --repo, or absolute").option("--memory <globs...>", "extra memory file globs").option("--config <file>", "YAML config file").option("--include-dreamed", "read sessions again even if the ledger has them").option("--threads <n>", THREADS_HELP, threadsFlag).action(async (flags) => (await import("./shards-pass-RKM7CTDA.js")).mapCommand(flags, deps));
  const reduce = program.command("reduce").description("Merge the shards' signal digests, dream over them and propose memory edits (as dream run)").requiredOption("--digests <files...>", "every shard's digest, from dream map: files or globs (as the Action's digests input)").option("--repo <dir>", "repository checkout holding the memory files and the transcripts the digests cite", ".").option("--memory <globs...>", "extra memory file globs").addOption(new Option("--engine <name>", help.engine).choices(["offline", "claude"])).option("--model <id>", "model for the claude engine").option("--config <file>", "YAML config file");
  addPassOutputFlags(reduce, help).option("--include-dreamed", "the maps read sessions again even if the ledger has them (as dream map --include-dreamed)").action(async (flags) => (await import("./shards-pass-RKM7CTDA.js")).reduceCommand(flags, deps));
}

// src/cli/program.ts
function buildProgram(deps) {
  const program = baseProgram();
  registerRunCommand(program, deps);
  registerSessionsCommand(program, { logger: deps.logger });
  registerCaptureCommand(program, { logger: deps.logger, env: deps.env });
  registerSyncCommand(program, deps);
  registerWhyCommand(program, { logger: deps.logger });
  registerEfficacyCommand(program, { logger: deps.logger });
  registerEvalCommand(program, { logger: deps.logger });
  registerShardCommands(program, deps);
  return program;
}
export {
  buildProgram
};
