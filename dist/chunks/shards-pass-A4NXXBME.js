import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-Y6WZE4ME.js";
import "./chunk-TUEB33D2.js";
import {
  mapShard
} from "./chunk-A4MH6QGD.js";
import {
  createEngine
} from "./chunk-N7M6FLRC.js";
import {
  digestFiles,
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-JQT3EBGB.js";
import {
  dreamOptionsFrom
} from "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-FZ5XRQC6.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-OW7WLXBE.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-TLWH3TT6.js";
import "./chunk-BIJTBIZA.js";
import "./chunk-QA7P3U5F.js";
import "./chunk-JTGMSTFD.js";
import "./chunk-ZYML7ZHH.js";
import "./chunk-SY3NSO2G.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-5XYUNGL6.js";
import "./chunk-HMWL4NDG.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-36FI4SNZ.js";
import "./chunk-24LU4OYU.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-NVOVHKJE.js";
import "./chunk-FKYW7YYS.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-NTYJ2ZSS.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-N7LIQ54H.js";
import "./chunk-B2YXOGSE.js";
import "./chunk-7OVR6L5L.js";

// src/cli/shards-pass.ts
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
  const files = await digestFiles(flags.digests, process.cwd()).catch((e) => {
    throw new Error(`--digests: ${e.message}`);
  });
  const digests = await openDigests(files);
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
