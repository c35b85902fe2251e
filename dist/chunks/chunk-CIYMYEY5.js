import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/pipeline/bounded-heap.ts
import { spawn } from "node:child_process";
import { setFlagsFromString } from "node:v8";
var YOUNG = "--max-semi-space-size";
var YOUNG_FLAG = `${YOUNG}=8`;
var GROWTH = "--heap-growing-percent";
var ARENAS = "MALLOC_ARENA_MAX";
function given(flag, env) {
  const is = (arg) => {
    const a = arg.replace(/_/g, "-");
    return a === flag || a.startsWith(`${flag}=`);
  };
  return process.execArgv.some(is) || (env.NODE_OPTIONS ?? "").split(/\s+/).some(is);
}
var bounded = false;
var lifts = 0;
function boundHeapGrowth(env = process.env) {
  if (given(GROWTH, env)) return;
  setFlagsFromString(`${GROWTH}=10`);
  bounded = true;
}
function liftHeapGrowth() {
  if (!bounded) return () => void 0;
  if (lifts++ === 0) setFlagsFromString(`${GROWTH}=0`);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--lifts === 0) setFlagsFromString(`${GROWTH}=10`);
  };
}
function boundedStart(env) {
  return { nodeFlags: [YOUNG_FLAG], env: env[ARENAS] === void 0 ? { ...env, [ARENAS]: "2" } : env };
}
async function rerunWithBoundedHeap(env = process.env) {
  if (given(YOUNG, env)) return void 0;
  const start = boundedStart(env);
  const child = spawn(process.execPath, [...start.nodeFlags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: start.env
  });
  const forward = (signal2) => void child.kill(signal2);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, forward);
  const [code, signal] = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (c, s) => resolve([c, s]));
  });
  for (const s of signals) process.off(s, forward);
  if (signal) process.kill(process.pid, signal);
  return code ?? 1;
}

export {
  boundHeapGrowth,
  liftHeapGrowth,
  boundedStart,
  rerunWithBoundedHeap
};
