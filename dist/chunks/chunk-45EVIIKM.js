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
var TURBOFAN = "--turbofan";
var TIER_FLAGS = [TURBOFAN, "--no-turbofan", "--opt", "--no-opt", "--max-opt", "--maglev", "--no-maglev"];
var maglevByDefault = () => Number(process.versions.v8.split(".")[0]) >= 12 && (process.arch === "x64" || process.arch === "arm64");
var TURBOFAN_FROM_BYTES = 256 * 1024 * 1024;
var passFlags = [];
var lifts = 0;
function setPassFlags(env = process.env) {
  const flags = [];
  if (!given(GROWTH, env)) flags.push({ set: `${GROWTH}=10`, lift: `${GROWTH}=0` });
  if (maglevByDefault() && !TIER_FLAGS.some((f) => given(f, env))) flags.push({ set: "--no-turbofan", lift: TURBOFAN });
  for (const f of flags) setFlagsFromString(f.set);
  passFlags = flags;
}
function tierForRead(bytes) {
  if (bytes < TURBOFAN_FROM_BYTES) return;
  const off = passFlags.find((f) => f.lift === TURBOFAN);
  if (!off) return;
  setFlagsFromString(TURBOFAN);
  passFlags = passFlags.filter((f) => f !== off);
}
function liftPassFlags() {
  const flags = passFlags;
  if (flags.length === 0) return () => void 0;
  if (lifts++ === 0) for (const f of flags) setFlagsFromString(f.lift);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--lifts === 0) for (const f of passFlags) setFlagsFromString(f.set);
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
  TURBOFAN_FROM_BYTES,
  setPassFlags,
  tierForRead,
  liftPassFlags,
  boundedStart,
  rerunWithBoundedHeap
};
