import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  FileCopies
} from "./chunk-UYNLUBOA.js";
import {
  discoverMemoryFiles
} from "./chunk-YLF6FQSM.js";
import {
  EfficacyPass,
  mineSession
} from "./chunk-WCAN4TE2.js";
import "./chunk-SLUZZTUH.js";
import "./chunk-YK2Z4U6E.js";
import "./chunk-4U33LYCA.js";
import "./chunk-OOZKFMRS.js";
import "./chunk-B5EED3GH.js";
import "./chunk-QOGLFVLO.js";
import {
  readTranscriptFile
} from "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import {
  collectRepoFacts,
  memoryRuleDates
} from "./chunk-UIMAFZUT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-RAGNSPQK.js";
import "./chunk-7P7ERCKQ.js";
import "./chunk-C56VTM35.js";
import "./chunk-ZMW6ZSA4.js";
import "./chunk-5R3Y3LQC.js";
import "./chunk-NLRX6SVJ.js";
import "./chunk-MEBIEL22.js";
import {
  sessionTime
} from "./chunk-S4URGW26.js";
import "./chunk-7OVR6L5L.js";

// src/pipeline/measure.ts
import path from "node:path";
async function measureEfficacy(o) {
  const memory = await discoverMemoryFiles(o.repoDir, { globs: o.memoryGlobs ?? [], logger: o.logger });
  const repoFacts = await collectRepoFacts(o.repoDir);
  const ruleDates = await memoryRuleDates(o.repoDir, memory);
  const pass = await EfficacyPass.start(
    o.repoDir,
    o.ledger,
    memory,
    {
      fromScratch: true,
      ...o.adoptions ? { adoptions: o.adoptions } : {},
      ...o.unobservedDays !== void 0 ? { unobservedDays: o.unobservedDays } : {}
    },
    o.logger
  );
  let sessions = 0;
  let undated = 0;
  const copies = new FileCopies();
  if (pass.lessons.length > 0) {
    for (const abs of o.files) {
      const rel = path.relative(o.repoDir, abs);
      const display = rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
      let first = true;
      for await (const session of readTranscriptFile(abs, { displayPath: display, logger: o.logger })) {
        if (first && copies.isCopy(session.contentHash, 1)) break;
        first = false;
        const t = sessionTime(session);
        if (o.since && t !== void 0 && t < o.since.getTime()) continue;
        sessions++;
        if (t === void 0) {
          undated++;
          continue;
        }
        pass.observe(session, mineSession(session, { memory, repoFacts, ruleDates }));
      }
    }
  }
  const { efficacy } = pass.finish(o.ledger, memory, o.now ?? /* @__PURE__ */ new Date());
  return { efficacy, sessions, undated };
}
export {
  measureEfficacy
};
