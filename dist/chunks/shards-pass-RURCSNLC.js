import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-DCGQ4DVX.js";
import {
  mapShard
} from "./chunk-TJVHBNO6.js";
import {
  createEngine
} from "./chunk-MIJ6ZQKP.js";
import {
  dreamOptionsFrom
} from "./chunk-ISKEOKK2.js";
import {
  digestFiles,
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-UQPMOZF6.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-7CZ6RJDA.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-TUEB33D2.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-5UUIPGH6.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-YHYDISF5.js";
import "./chunk-6ASLQJRS.js";
import "./chunk-T3J4AG2T.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-PYTZFYFK.js";
import "./chunk-TIWB77VX.js";
import "./chunk-6BCPI5AU.js";
import "./chunk-JK6PZ37Y.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-VA7PNLDH.js";
import {
  setPassFlags
} from "./chunk-45EVIIKM.js";
import "./chunk-KZXRIUZD.js";
import "./chunk-ZDTMSQ74.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-U2JIQAGC.js";
import "./chunk-CDG3HGXN.js";
import "./chunk-ECB5HFHM.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-YBPHWWWS.js";
import "./chunk-HFYBAXRX.js";
import "./chunk-QKOPAYEM.js";
import "./chunk-5WP32JEB.js";
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
