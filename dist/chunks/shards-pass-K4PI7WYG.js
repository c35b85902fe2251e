import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-R6UNGDXE.js";
import {
  mapShard
} from "./chunk-A646OR7I.js";
import {
  createEngine
} from "./chunk-LTDYAGGT.js";
import {
  dreamOptionsFrom
} from "./chunk-ISKEOKK2.js";
import {
  digestFiles,
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-MSSQ5SNE.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-WPR2BJ7G.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-C45OFBSW.js";
import "./chunk-VKBCVJPT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-CY77KDY7.js";
import "./chunk-VC5XVUWY.js";
import "./chunk-PQOSQ4D2.js";
import "./chunk-CGBUMJ2G.js";
import "./chunk-RLCF5ORZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-TIWB77VX.js";
import "./chunk-LNQQZJ64.js";
import "./chunk-RJ2JGLAW.js";
import "./chunk-C56VTM35.js";
import "./chunk-KQ76AP7U.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-6TMPICHH.js";
import "./chunk-REKMTWIC.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-MZNLV7E6.js";
import "./chunk-AXEGSDE5.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-QZJZ74QQ.js";
import "./chunk-ZURJDTDW.js";
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
