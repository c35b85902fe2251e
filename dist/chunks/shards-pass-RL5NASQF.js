import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-KEZLLINB.js";
import {
  mapShard
} from "./chunk-EAQLP26O.js";
import {
  createEngine
} from "./chunk-CDXWTL6I.js";
import {
  dreamOptionsFrom
} from "./chunk-ISKEOKK2.js";
import {
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-CYT5YKDI.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-KJCG3EPU.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-YA374ISP.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-V6RYTTXX.js";
import "./chunk-DLV7SL64.js";
import "./chunk-3LDSBC76.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ZV5JMUSV.js";
import "./chunk-TIWB77VX.js";
import "./chunk-KFZYRJ6F.js";
import "./chunk-3WINW7P7.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GY3EKEQX.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-EABCG46W.js";
import "./chunk-TTUXI7NG.js";
import "./chunk-QSZCD7PY.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-R3KDNQSQ.js";
import "./chunk-IE553SBV.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-2M5HJOIX.js";
import "./chunk-M642PJQF.js";
import "./chunk-IAIXDJEW.js";
import "./chunk-KIVDSTF5.js";
import "./chunk-JLOAINIL.js";
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
