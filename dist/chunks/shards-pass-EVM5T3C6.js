import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  mapShard
} from "./chunk-ZHSCEM7S.js";
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-SF5MLQFT.js";
import {
  createEngine
} from "./chunk-R76COZTS.js";
import {
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-PIBLLUKU.js";
import {
  dreamOptionsFrom
} from "./chunk-ISKEOKK2.js";
import "./chunk-U2AI7FEC.js";
import "./chunk-DF2DSVBQ.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-PHR3E2TU.js";
import "./chunk-E7FP4IZJ.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-RWUJZ3R2.js";
import "./chunk-VIUNDNHC.js";
import "./chunk-M2LI6QGJ.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-ILGVHGP6.js";
import "./chunk-52BACCD7.js";
import "./chunk-E5YUEWJY.js";
import "./chunk-C56VTM35.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-WAPKKTLV.js";
import {
  boundHeapGrowth
} from "./chunk-DHQIP7R2.js";
import "./chunk-BN6EMTRE.js";
import "./chunk-W2G3DENE.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-F2AE2LMM.js";
import "./chunk-PTX7IX6G.js";
import "./chunk-3M6IEZ2R.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NURSR7U2.js";
import "./chunk-ATMT5WGQ.js";
import "./chunk-5PEHXLA4.js";
import "./chunk-Z5LLVULS.js";
import "./chunk-7OVR6L5L.js";

// src/cli/shards-pass.ts
async function mapCommand(flags, deps) {
  const shard = parseShardSpec(flags.shard);
  const settings = await resolveSettings(flags);
  boundHeapGrowth();
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
  const digests = await openDigests(flags.digests);
  const engine = await createEngine(settings, { logger: deps.logger, env: deps.env, batch: flags.batch ?? false });
  boundHeapGrowth();
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
