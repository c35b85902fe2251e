#!/usr/bin/env node
import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  baseProgram,
  registerCaptureCommand
} from "./chunk-ER3GE3FP.js";
import "./chunk-73UNAEYF.js";
import "./chunk-TJ6B3WYZ.js";

// src/cli/capture-program.ts
function buildCaptureProgram(deps) {
  const program = baseProgram();
  registerCaptureCommand(program, { logger: deps.logger, env: deps.env });
  return program;
}
export {
  buildCaptureProgram
};
