import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  wo
} from "./chunk-C56VTM35.js";

// src/cli/repo-dir.ts
import { stat } from "node:fs/promises";
import path from "node:path";
async function repoDirFlag(typed) {
  const repoDir = path.resolve(typed);
  const info = await stat(repoDir).catch(() => void 0);
  if (!info) throw new Error(`--repo ${typed}: no such directory (${repoDir})`);
  if (!info.isDirectory()) throw new Error(`--repo ${typed}: not a directory (${repoDir})`);
  return repoDir;
}
async function assertGitRepo(typed, repoDir, fix) {
  const inside = await wo(repoDir).raw(["rev-parse", "--is-inside-work-tree"]).then(
    (a) => a.trim() === "true",
    () => false
  );
  if (!inside) throw new Error(`--repo ${typed}: not a git repository (${repoDir}): ${fix}`);
}

export {
  repoDirFlag,
  assertGitRepo
};
