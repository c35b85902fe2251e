import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-YHD4L2PA.js";
import "./chunk-TUEB33D2.js";
import {
  mapShard
} from "./chunk-TQ3422KF.js";
import {
  createEngine
} from "./chunk-3LVJR6EX.js";
import {
  digestFiles,
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-CK7OW7R6.js";
import {
  dreamOptionsFrom
} from "./chunk-5VKB4N7O.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-OZSKGYRQ.js";
import "./chunk-WUDEWDAR.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-C45OFBSW.js";
import "./chunk-B63L2BX6.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-HZFJKXTF.js";
import "./chunk-KDBRYT7H.js";
import "./chunk-VJ56TBRK.js";
import "./chunk-YOFJTYFJ.js";
import "./chunk-3433JFFK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-XFKU36J3.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-76SKM2TO.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-EMTOB66E.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-RNCEGLCI.js";
import "./chunk-XROMGHE2.js";
import "./chunk-ZOCEYECJ.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-EARSCXUI.js";
import "./chunk-BMXKEMOX.js";
import "./chunk-RCJQQU5X.js";
import "./chunk-2KYXVSXU.js";
import "./chunk-S5HYDHBM.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-IDPNA3CW.js";
import "./chunk-WIOEOUEH.js";
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
