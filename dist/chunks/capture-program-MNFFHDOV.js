import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  baseProgram,
  registerCaptureCommand
} from "./chunk-RRDF2GYS.js";
import "./chunk-YSORVHVT.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-MEBIEL22.js";
import "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/cli/capture-program.ts
function buildCaptureProgram(deps) {
  const program = baseProgram();
  registerCaptureCommand(program, { logger: deps.logger, env: deps.env });
  return program;
}
export {
  buildCaptureProgram
};
