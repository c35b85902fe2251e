/**
 * A worker thread of the pass (see mine-files.ts): it reads and mines the files it is sent, one at a
 * time, and at the end sends its provenance filters, which the main thread merges by union.
 * Bundled as its own entry (dist/read-worker.js) beside the Action and the CLI.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { discoverMemoryFiles } from '../memory/discover.js';
import { collectRepoFacts } from '../signals/repo-facts.js';
import { ProvenanceIndex } from '../guards/index.js';
import { loadLedger } from '../ledger/index.js';
import { mineFile, type MineFileContext } from './mine-file.js';
import { lessonsFromWire } from './efficacy.js';
import type { ToWorker, FromWorker, WorkerSetup } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs only as a worker thread');
const setup = workerData as WorkerSetup;
const post = (m: FromWorker, transfer?: ArrayBuffer[]): void => port.postMessage(m, transfer);

const ready: Promise<MineFileContext> = (async () => {
  const memory = await discoverMemoryFiles(setup.repoDir, { globs: setup.memoryGlobs });
  const repoFacts = await collectRepoFacts(setup.repoDir);
  return {
    memory,
    repoFacts,
    ...(setup.ruleDates ? { ruleDates: setup.ruleDates } : {}),
    provenance: new ProvenanceIndex(setup.provenance),
    ledger: setup.ledger ? loadLedger(setup.ledger.text, setup.ledger.path) : undefined,
    lessons: lessonsFromWire(setup.lessons),
    project: setup.repoDir,
  };
})();

void ready.then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'error', message: (e as Error).stack ?? String(e) }),
);

// Files are mined strictly one after another: the main thread keeps each worker's queue short.
let queue = Promise.resolve();
port.on('message', (m: ToWorker) => {
  queue = queue.then(async () => {
    try {
      const ctx = await ready;
      if (m.type === 'file') post({ type: 'digest', position: m.position, digest: await mineFile(m.file, ctx) });
      else {
        const filters = ctx.provenance.exportBits();
        post({ type: 'provenance', filters }, [filters.trusted.bits.buffer as ArrayBuffer, filters.untrusted.bits.buffer as ArrayBuffer]);
      }
    } catch (e) {
      post({ type: 'error', message: (e as Error).stack ?? String(e) });
    }
  });
});
