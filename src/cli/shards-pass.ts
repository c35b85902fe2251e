/** What `dream map` and `dream reduce` do once src/cli/shards.ts has parsed their flags. */
import type { Logger } from '../model/index.js';
import { dreamOptionsFrom } from '../config/settings.js';
import { createEngine } from '../engine/index.js';
import { runDream } from '../pipeline/run.js';
import { mapShard } from '../pipeline/map.js';
import { parseShardSpec } from '../pipeline/digest.js';
import { digestFiles, openDigests } from '../pipeline/digest-read.js';
import { setPassFlags } from '../pipeline/bounded-heap.js';
import { expandCliSessions, printRunResult, resolveSettings } from './run-pass.js';
import type { MapFlags, ReduceFlags } from './shards.js';

type Deps = { logger: Logger; env: NodeJS.ProcessEnv };

export async function mapCommand(flags: MapFlags, deps: Deps): Promise<void> {
  const shard = parseShardSpec(flags.shard);
  const settings = await resolveSettings(flags);
  setPassFlags();
  const result = await mapShard({
    repoDir: settings.repoDir,
    sessions: [],
    transcriptFiles: await expandCliSessions(settings, deps.logger),
    // As dream run names them, so the reduce's health report is the same.
    transcriptSource: 'files',
    memoryGlobs: settings.memory,
    ledgerPath: settings.ledgerPath,
    includeDreamed: flags.includeDreamed ?? false,
    shard,
    out: flags.out,
    ...(flags.threads ? { threads: flags.threads } : {}),
    logger: deps.logger,
  });
  process.stdout.write(
    `shard ${flags.shard}: ${result.files} of ${result.totalFiles} files, ${result.sessions} new sessions -> ${flags.out}\n`,
  );
}

export async function reduceCommand(flags: ReduceFlags, deps: Deps): Promise<void> {
  const settings = await resolveSettings(flags);
  // Files or globs, as the Action's `digests` input: a glob the shell left quoted matches here too.
  const files = await digestFiles(flags.digests, process.cwd()).catch((e: Error) => {
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
    logger: deps.logger,
  });
  await printRunResult(result, settings, flags);
}
