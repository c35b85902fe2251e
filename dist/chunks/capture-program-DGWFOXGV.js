import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  baseProgram,
  registerCaptureCommand
} from "./chunk-OBMAYX66.js";
import "./chunk-YSORVHVT.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-6E6T4LLQ.js";
import "./chunk-JKZXDSA7.js";
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
