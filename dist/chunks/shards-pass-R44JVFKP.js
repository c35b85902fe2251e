import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-7ET3UIGZ.js";
import "./chunk-TUEB33D2.js";
import {
  mapShard
} from "./chunk-BKKWY5N6.js";
import {
  createEngine
} from "./chunk-3OMP66JE.js";
import {
  digestFiles,
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-M2A7ILTX.js";
import {
  dreamOptionsFrom
} from "./chunk-P27E6LFM.js";
import "./chunk-P4KPX66U.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-COWBVSZJ.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-XN5IMMZT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RRFYOECL.js";
import "./chunk-G36SZM64.js";
import "./chunk-3RZUYIQC.js";
import "./chunk-YPF52SZA.js";
import "./chunk-NY73TQWN.js";
import "./chunk-PLWKZF2X.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LXXRIGE5.js";
import "./chunk-R5JRYFZH.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-EKMZAYIO.js";
import "./chunk-YSVPFDDH.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-DKDX3HPO.js";
import "./chunk-I32QNXRJ.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-WPRNBTAO.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-Z6C7UFYJ.js";
import "./chunk-X6M2KEEO.js";
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
