#!/usr/bin/env node
import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  baseProgram,
  registerCaptureCommand
} from "./chunk-5IMUSYED.js";
import "./chunk-MYWTOIR6.js";
import "./chunk-37TCNFGL.js";

// src/cli/capture-program.ts
function buildCaptureProgram(deps) {
  const program = baseProgram();
  registerCaptureCommand(program, { logger: deps.logger, env: deps.env });
  return program;
}
export {
  buildCaptureProgram
};
