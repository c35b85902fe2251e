import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  mineFile
} from "./chunks/chunk-YHYDISF5.js";
import {
  lessonsFromWire
} from "./chunks/chunk-6ASLQJRS.js";
import {
  loadLedger
} from "./chunks/chunk-T3J4AG2T.js";
import "./chunks/chunk-QOGLFVLO.js";
import {
  collectRepoFacts
} from "./chunks/chunk-PYTZFYFK.js";
import "./chunks/chunk-TIWB77VX.js";
import "./chunks/chunk-6BCPI5AU.js";
import "./chunks/chunk-JK6PZ37Y.js";
import "./chunks/chunk-C56VTM35.js";
import "./chunks/chunk-NLRX6SVJ.js";
import "./chunks/chunk-VA7PNLDH.js";
import {
  ProvenanceIndex
} from "./chunks/chunk-KZXRIUZD.js";
import "./chunks/chunk-ZDTMSQ74.js";
import "./chunks/chunk-SOWOG7CB.js";
import "./chunks/chunk-U2JIQAGC.js";
import "./chunks/chunk-CDG3HGXN.js";
import {
  discoverMemoryFiles
} from "./chunks/chunk-ECB5HFHM.js";
import "./chunks/chunk-WFGPWVF7.js";
import "./chunks/chunk-5R3Y3LQC.js";
import "./chunks/chunk-YBPHWWWS.js";
import "./chunks/chunk-HFYBAXRX.js";
import "./chunks/chunk-QKOPAYEM.js";
import "./chunks/chunk-5WP32JEB.js";
import "./chunks/chunk-ZURJDTDW.js";
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
