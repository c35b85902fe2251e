import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  MemoryTimeline
} from "./chunk-JKWUQQ56.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-TIWB77VX.js";
import "./chunk-7P7ERCKQ.js";
import {
  wo
} from "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-7OVR6L5L.js";

// src/ledger/memory-history.ts
async function timelineFromGit(repoDir, paths) {
  const git = wo(repoDir);
  const versions = /* @__PURE__ */ new Map();
  for (const file of paths) {
    const log = await git.raw(["log", "--format=%H %cI", "HEAD", "--", file]);
    const list = [];
    for (const row of log.split("\n").filter(Boolean)) {
      const [sha, at] = row.split(" ");
      const text = await git.show([`${sha}:${file}`]).catch(() => null);
      list.push({ at: Date.parse(at), sha, text });
    }
    versions.set(
      file,
      list.sort((a, b) => a.at - b.at)
    );
  }
  return new MemoryTimeline(versions);
}
export {
  timelineFromGit
};
