import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  discoverMemoryFiles
} from "./chunks/chunk-YLF6FQSM.js";
import {
  mineFile
} from "./chunks/chunk-CTOKWQ7M.js";
import {
  lessonsFromWire
} from "./chunks/chunk-WCAN4TE2.js";
import "./chunks/chunk-SLUZZTUH.js";
import {
  loadLedger
} from "./chunks/chunk-YK2Z4U6E.js";
import "./chunks/chunk-4U33LYCA.js";
import "./chunks/chunk-OOZKFMRS.js";
import "./chunks/chunk-B5EED3GH.js";
import "./chunks/chunk-QOGLFVLO.js";
import "./chunks/chunk-GFMZHGGR.js";
import "./chunks/chunk-CHAIFBKO.js";
import "./chunks/chunk-ZOCEYECJ.js";
import {
  ProvenanceIndex
} from "./chunks/chunk-MKJOEVRC.js";
import "./chunks/chunk-DRR55QGK.js";
import {
  collectRepoFacts
} from "./chunks/chunk-UIMAFZUT.js";
import "./chunks/chunk-TIWB77VX.js";
import "./chunks/chunk-WFGPWVF7.js";
import "./chunks/chunk-2KYXVSXU.js";
import "./chunks/chunk-RAGNSPQK.js";
import "./chunks/chunk-7P7ERCKQ.js";
import "./chunks/chunk-C56VTM35.js";
import "./chunks/chunk-ZMW6ZSA4.js";
import "./chunks/chunk-5R3Y3LQC.js";
import "./chunks/chunk-NLRX6SVJ.js";
import "./chunks/chunk-MEBIEL22.js";
import "./chunks/chunk-S4URGW26.js";
import "./chunks/chunk-7OVR6L5L.js";

// src/pipeline/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("read-worker.ts runs only as a worker thread");
var setup = workerData;
var post = (m, transfer) => port.postMessage(m, transfer);
var ready = (async () => {
  const memory = await discoverMemoryFiles(setup.repoDir, { globs: setup.memoryGlobs });
  const repoFacts = await collectRepoFacts(setup.repoDir);
  return {
    memory,
    repoFacts,
    ...setup.ruleDates ? { ruleDates: setup.ruleDates } : {},
    provenance: new ProvenanceIndex(setup.provenance),
    ledger: setup.ledger ? loadLedger(setup.ledger.text, setup.ledger.path) : void 0,
    lessons: lessonsFromWire(setup.lessons),
    project: setup.repoDir
  };
})();
void ready.then(
  () => post({ type: "ready" }),
  (e) => post({ type: "error", message: e.stack ?? String(e) })
);
var queue = Promise.resolve();
port.on("message", (m) => {
  queue = queue.then(async () => {
    try {
      const ctx = await ready;
      if (m.type === "file") post({ type: "digest", position: m.position, digest: await mineFile(m.file, ctx) });
      else {
        const filters = ctx.provenance.exportBits();
        post({ type: "provenance", filters }, [filters.trusted.bits.buffer, filters.untrusted.bits.buffer]);
      }
    } catch (e) {
      post({ type: "error", message: e.stack ?? String(e) });
    }
  });
});
