import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-SH4HAXNQ.js";
import "./chunk-TUEB33D2.js";
import {
  mapShard
} from "./chunk-W7OVYUJH.js";
import {
  createEngine
} from "./chunk-MXF3JHRR.js";
import {
  digestFiles,
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-OECLSG6O.js";
import {
  dreamOptionsFrom
} from "./chunk-QPYYOWRQ.js";
import "./chunk-KAN6DJXR.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-EIIKE43Q.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-FUUIBR5P.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-TLWH3TT6.js";
import "./chunk-NVTR6FJX.js";
import "./chunk-VOQKG5ZH.js";
import "./chunk-IKM7GJDT.js";
import "./chunk-5D55HVAZ.js";
import "./chunk-ZBPPFYMW.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-EQOMNVTE.js";
import "./chunk-SCH33QCJ.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-36FI4SNZ.js";
import "./chunk-24LU4OYU.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-OLQHL4X2.js";
import "./chunk-FKYW7YYS.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-ONINBSDA.js";
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
