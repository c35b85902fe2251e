import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-WCEQ6VI7.js";
import {
  mapShard
} from "./chunk-5QVICYID.js";
import {
  createEngine
} from "./chunk-47LD7KPR.js";
import {
  dreamOptionsFrom
} from "./chunk-ISKEOKK2.js";
import {
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-NU7BIRS6.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-ZJIWSSKS.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-LGOB3SXM.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-CBY3LEXK.js";
import "./chunk-FUMG3LW2.js";
import "./chunk-QPGDVN77.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-5KTQEO6D.js";
import "./chunk-TIWB77VX.js";
import "./chunk-FBGNL5FO.js";
import "./chunk-WSL5UANW.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-YH3SLXPE.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-BY7JUUEP.js";
import "./chunk-ZLF2Y47C.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-E7OE43CW.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-QKOPAYEM.js";
import "./chunk-5WP32JEB.js";
import "./chunk-ZURJDTDW.js";
import "./chunk-7OVR6L5L.js";

// src/cli/shards-pass.ts
import { existsSync } from "node:fs";
async function mapCommand(flags, deps) {
  const shard = parseShardSpec(flags.shard);
  const settings = await resolveSettings(flags);
  setPassFlags();
  const result = await mapShard({
    repoDir: settings.repoDir,
    sessions: [],
    transcriptFiles: await expandCliSessions(settings, deps.logger),
    // As dream run names them, so the reduce's health report is the same.
    transcriptSource: "files",
    memoryGlobs: settings.memory,
    ledgerPath: settings.ledgerPath,
    includeDreamed: flags.includeDreamed ?? false,
    shard,
    out: flags.out,
    ...flags.threads ? { threads: flags.threads } : {},
    logger: deps.logger
  });
  process.stdout.write(
    `shard ${flags.shard}: ${result.files} of ${result.totalFiles} files, ${result.sessions} new sessions -> ${flags.out}
`
  );
}
async function reduceCommand(flags, deps) {
  const settings = await resolveSettings(flags);
  for (const f of flags.digests)
    if (/[*?[\]{}]/.test(f) && !existsSync(f))
      throw new Error(`--digests ${f}: no such file; the shell expands a glob, so leave it unquoted (--digests digest-*.json.gz)`);
  const digests = await openDigests(flags.digests);
  const engine = await createEngine(settings, { logger: deps.logger, env: deps.env, batch: flags.batch ?? false });
  setPassFlags();
  const result = await runDream({
    repoDir: settings.repoDir,
    sessions: [],
    digests,
    memoryGlobs: settings.memory,
    engine,
    options: dreamOptionsFrom(settings),
    ledgerPath: settings.ledgerPath,
    includeDreamed: flags.includeDreamed ?? false,
    logger: deps.logger
  });
  await printRunResult(result, settings, flags);
}
export {
  mapCommand,
  reduceCommand
};
