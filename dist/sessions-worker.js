import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  bufferLogger
} from "./chunks/chunk-ECLPBEXB.js";
import {
  summarizeFile
} from "./chunks/chunk-GFMZHGGR.js";
import "./chunks/chunk-CHAIFBKO.js";
import "./chunks/chunk-ZOCEYECJ.js";
import "./chunks/chunk-MEBIEL22.js";
import "./chunks/chunk-S4URGW26.js";
import "./chunks/chunk-7OVR6L5L.js";

// src/cli/sessions-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("sessions-worker.ts runs only as a worker thread");
var post = (m) => port.postMessage(m);
port.on("message", (m) => {
  const logs = [];
  summarizeFile(m.file, { displayPath: m.display, logger: bufferLogger(logs) }).then(
    (read) => post({ type: "read", position: m.position, read, logs }),
    (e) => post({ type: "error", message: e.stack ?? String(e) })
  );
});
post({ type: "ready" });
