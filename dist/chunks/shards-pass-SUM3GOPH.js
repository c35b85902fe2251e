import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  mapShard
} from "./chunk-E3PCQ5DT.js";
import {
  expandCliSessions,
  printRunResult,
  resolveSettings
} from "./chunk-G5NZPUV6.js";
import {
  createEngine
} from "./chunk-XSJT45JS.js";
import {
  openDigests,
  parseShardSpec,
  runDream
} from "./chunk-BB6CCNLB.js";
import {
  dreamOptionsFrom
} from "./chunk-JZK6OD4Y.js";
import "./chunk-SNKOW6BU.js";
import "./chunk-J56VA6K5.js";
import "./chunk-HCXYLQVX.js";
import "./chunk-C45OFBSW.js";
import "./chunk-MZOHCWA4.js";
import "./chunk-TIWB77VX.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-7BDT2V2A.js";
import "./chunk-5RK2C3OO.js";
import "./chunk-V6SMZIWJ.js";
import "./chunk-W6YYLVGZ.js";
import "./chunk-427OPDA3.js";
import "./chunk-ISR5CDT2.js";
import "./chunk-AVNBLGNS.js";
import "./chunk-6K5YIX5G.js";
import "./chunk-C56VTM35.js";
import "./chunk-QOGLFVLO.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-GFAOHSYZ.js";
import "./chunk-JUMJMMYB.js";
import "./chunk-PUVM7WME.js";
import "./chunk-SOWOG7CB.js";
import "./chunk-ARCZFSVK.js";
import "./chunk-IQ6GQNGQ.js";
import "./chunk-RLJ6WCIZ.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-X6SA5ZQO.js";
import "./chunk-5D6QFWNO.js";
import "./chunk-2YZ64CDK.js";
import "./chunk-GJ7UAFRC.js";
import "./chunk-7OVR6L5L.js";

// src/cli/shards-pass.ts
async function mapCommand(flags, deps) {
  const shard = parseShardSpec(flags.shard);
  const settings = await resolveSettings(flags);
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
