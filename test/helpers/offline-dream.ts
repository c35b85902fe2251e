/**
 * Mined signals clustered and dreamed over by the real offline engine, as a pass hands them to it but with no
 * repository or sessions on disk: what each engine test did by hand, in one place, so a new field of DreamInput
 * is filled once.
 */
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import type { DreamOptions, DreamResult, MemoryFile, Pattern, Signal } from '../../src/model/index.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import type { RepoFacts } from '../../src/signals/repo-facts.js';
import { silentLogger } from '../../src/log.js';

export interface OfflineDream extends DreamResult {
  patterns: Pattern[];
  oneOffs: Pattern[];
}

/** Clusters `signals` at the options' min-support (default: defaultDreamOptions), then dreams over them. */
export async function dreamOffline(
  signals: Signal[],
  memory: MemoryFile[],
  o: { repoFacts: RepoFacts; options?: DreamOptions; suppressed?: readonly string[] },
): Promise<OfflineDream> {
  const options = o.options ?? defaultDreamOptions;
  const { patterns, oneOffs } = clusterSignals(signals, options.minSupport);
  const result = await new OfflineEngine({ repoFacts: o.repoFacts }).dream({
    repoDir: '/nonexistent',
    sessions: [],
    signals,
    patterns,
    oneOffs,
    memory,
    suppressedEditIds: new Set(o.suppressed),
    options,
    logger: silentLogger,
  });
  return { ...result, patterns, oneOffs };
}
