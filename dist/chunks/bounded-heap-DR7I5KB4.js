import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import "./chunk-7OVR6L5L.js";

// src/pipeline/bounded-heap.ts
import { spawn } from "node:child_process";
var FLAG = "--max-semi-space-size";
var FLAGS = [`${FLAG}=8`, "--heap-growing-percent=10"];
function alreadyBounded(env) {
  const given = (arg) => {
    const a = arg.replace(/_/g, "-");
    return a === FLAG || a.startsWith(`${FLAG}=`);
  };
  return process.execArgv.some(given) || (env.NODE_OPTIONS ?? "").split(/\s+/).some(given);
}
async function rerunWithBoundedHeap(env = process.env) {
  if (alreadyBounded(env)) return void 0;
  const child = spawn(process.execPath, [...FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env
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
  rerunWithBoundedHeap
};
