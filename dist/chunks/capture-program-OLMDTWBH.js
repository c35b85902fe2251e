import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  baseProgram,
  registerCaptureCommand
} from "./chunk-LJCBFJXC.js";
import "./chunk-YSORVHVT.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-LKBSWEQ7.js";
import "./chunk-TMW2VLPL.js";
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
