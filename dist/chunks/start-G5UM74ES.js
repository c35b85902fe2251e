import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  consoleLogger
} from "./chunk-CHAIFBKO.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/cli/pipes.ts
var CLOSED_PIPE_CODES = /* @__PURE__ */ new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);
function ignoreClosedPipes(...streams) {
  for (const stream of streams) {
    stream.on("error", (err) => {
      if (err.code && CLOSED_PIPE_CODES.has(err.code)) return;
      throw err;
    });
  }
}

// src/cli/start.ts
ignoreClosedPipes(process.stdout, process.stderr);
var logger = consoleLogger({ verbose: process.env.DREAM_VERBOSE === "1" });
var deps = { logger, env: process.env };
var program = process.argv[2] === "capture" ? (await import("./capture-program-MNFFHDOV.js")).buildCaptureProgram(deps) : (await import("./program-BSANDAJV.js")).buildProgram(deps);
program.parseAsync(process.argv).catch((err) => {
  logger.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
