import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  consoleLogger
} from "./chunk-24LU4OYU.js";
import "./chunk-N7LIQ54H.js";
import "./chunk-B2YXOGSE.js";
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
var program = process.argv[2] === "capture" ? (await import("./capture-program-XX25HBQW.js")).buildCaptureProgram(deps) : (await import("./program-FQKXDZ5R.js")).buildProgram(deps);
program.parseAsync(process.argv).catch((err) => {
  logger.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
