#!/usr/bin/env node
import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  enableCompileCache
} from "./chunks/chunk-AEG4YBVS.js";
import "./chunks/chunk-7OVR6L5L.js";

// src/cli.ts
var PASSES = /* @__PURE__ */ new Set(["run", "map", "reduce", "eval"]);
enableCompileCache(process.env);
var exitCode = PASSES.has(process.argv[2] ?? "") ? await (await import("./chunks/bounded-heap-BAWCF2IA.js")).rerunWithBoundedHeap() : void 0;
if (exitCode !== void 0) process.exit(exitCode);
await import("./chunks/start-G5UM74ES.js");
