import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  OfflineEngine,
  runDream
} from "./chunk-VO4SGRYY.js";
import "./chunk-5NIXXDV6.js";
import "./chunk-UYNLUBOA.js";
import "./chunk-4IJXBGAU.js";
import "./chunk-JZBGFW55.js";
import "./chunk-7YQSQDMO.js";
import "./chunk-FLDHXOWT.js";
import "./chunk-MSZ4CILY.js";
import "./chunk-YLF6FQSM.js";
import "./chunk-CTOKWQ7M.js";
import {
  mineSession
} from "./chunk-WCAN4TE2.js";
import "./chunk-SLUZZTUH.js";
import "./chunk-YK2Z4U6E.js";
import "./chunk-4U33LYCA.js";
import {
  parseMemoryFile
} from "./chunk-OOZKFMRS.js";
import {
  entryTextHash
} from "./chunk-B5EED3GH.js";
import "./chunk-QOGLFVLO.js";
import {
  readTranscriptFile
} from "./chunk-GFMZHGGR.js";
import "./chunk-CHAIFBKO.js";
import "./chunk-ZOCEYECJ.js";
import "./chunk-45EVIIKM.js";
import "./chunk-MKJOEVRC.js";
import "./chunk-DRR55QGK.js";
import {
  collectRepoFacts,
  timelineRuleDates
} from "./chunk-UIMAFZUT.js";
import "./chunk-TIWB77VX.js";
import "./chunk-WFGPWVF7.js";
import "./chunk-2KYXVSXU.js";
import {
  signalPatternId
} from "./chunk-RAGNSPQK.js";
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

// src/pipeline/split-eval.ts
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/engine/options.ts
var defaultDreamOptions = {
  minSupport: 2,
  maxEdits: 20,
  budget: { maxLines: 200, maxBytes: 25 * 1024 },
  maxDeleteShare: 0.25,
  maxEntryBytes: 600
};

// src/pipeline/split-eval.ts
var share = (n, of) => of === 0 ? 0 : Math.round(1e3 * n / of) / 1e3;
var place = (s) => s.evidence[0] ? `${s.evidence[0].file}:${s.evidence[0].line}` : void 0;
async function firstSessionTime(file) {
  for await (const s of readTranscriptFile(file, { displayPath: file })) return sessionTime(s);
  return void 0;
}
function assertSessionsBefore(splitAt, s) {
  if (s.before + s.after === 0) throw new Error("no dated session was read from the transcripts given: nothing to split");
  if (s.before === 0)
    throw new Error(
      `no session starts before the split (${splitAt.toISOString()}): the first starts at ${new Date(s.first).toISOString()}; split later`
    );
}
async function splitEval(o) {
  const split = o.splitAt.getTime();
  const before = [];
  const after = [];
  let first = Infinity;
  for (const f of o.files) {
    const t = await firstSessionTime(f);
    if (t === void 0) continue;
    (t < split ? before : after).push(f);
    first = Math.min(first, t);
  }
  assertSessionsBefore(o.splitAt, { before: before.length, after: after.length, first });
  const atSplit = o.timeline.memoryAt(split);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "dream-eval-"));
  try {
    for (const f of o.timeline.at(split)) {
      await mkdir(path.dirname(path.join(tmp, f.path)), { recursive: true });
      await writeFile(path.join(tmp, f.path), f.text);
    }
    const dreamt = await runDream({
      repoDir: tmp,
      sessions: [],
      transcriptFiles: before,
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, ...o.minSupport !== void 0 ? { minSupport: o.minSupport } : {} },
      ledgerPath: ".dreaming/ledger.json",
      ledgerText: null,
      logger: o.logger,
      efficacy: false,
      // The scratch folder has no history: the timeline dates the rules, so a session from before a
      // rule was written is not counted as breaking it.
      ruleDates: timelineRuleDates(o.timeline, split, atSplit)
    });
    const edits = dreamt.report.edits;
    const proposedMemory = [
      ...atSplit.filter((f) => !dreamt.changes.some((c) => c.path === f.path)),
      ...dreamt.changes.map((c) => parseMemoryFile(c.path, c.after))
    ];
    const lessonEntries = /* @__PURE__ */ new Map();
    for (const e of edits) {
      if (!e.after) continue;
      const file = proposedMemory.find((f) => f.path === (e.toFile ?? e.file));
      for (const entry of file?.entries ?? []) if (entryTextHash(entry.text) === entryTextHash(e.after)) lessonEntries.set(entry.id, e.id);
    }
    const byPattern = new Map(edits.flatMap((e) => e.patternId ? [[e.patternId, e.id]] : []));
    const lessonOf = (s) => byPattern.get(signalPatternId(s)) ?? (s.memoryEntryId ? lessonEntries.get(s.memoryEntryId) : void 0);
    const repoFacts = await collectRepoFacts(o.repoDir ?? tmp);
    const inForceCache = /* @__PURE__ */ new Map();
    const perLesson = /* @__PURE__ */ new Map();
    let sessions = 0;
    let episodes = 0;
    let coveredProposed = 0;
    let coveredInForce = 0;
    let onlyProposed = 0;
    const consume = (session) => {
      const t = sessionTime(session) ?? split;
      const key = o.timeline.keyAt(t);
      let inForce = inForceCache.get(key);
      if (!inForce) inForceCache.set(key, inForce = o.timeline.memoryAt(t));
      if (!session.parentId) sessions++;
      const real = mineSession(session, { memory: inForce, repoFacts });
      const withLessons = /* @__PURE__ */ new Map();
      for (const s of mineSession(session, { memory: proposedMemory, repoFacts })) {
        const p = place(s);
        const lesson = lessonOf(s);
        if (p && lesson && !withLessons.has(p)) withLessons.set(p, lesson);
      }
      const seen = /* @__PURE__ */ new Set();
      for (const s of real) {
        const p = place(s);
        if (!p || seen.has(p)) continue;
        seen.add(p);
        episodes++;
        const byMemory = !!s.memoryEntryId;
        const lesson = withLessons.get(p);
        if (byMemory) coveredInForce++;
        if (lesson) {
          coveredProposed++;
          perLesson.set(lesson, (perLesson.get(lesson) ?? 0) + 1);
          if (!byMemory) onlyProposed++;
        }
      }
    };
    for (const f of after) for await (const s of readTranscriptFile(f, { displayPath: f, logger: o.logger })) consume(s);
    return {
      splitAt: o.splitAt.toISOString(),
      // Main sessions, as after's count: a subagent is part of the session that spawned it.
      before: { sessions: dreamt.report.sessions.read - (dreamt.report.sessions.subagents ?? 0) },
      after: { sessions, episodes },
      proposed: { edits: edits.length, covered: coveredProposed, share: share(coveredProposed, episodes) },
      inForce: { covered: coveredInForce, share: share(coveredInForce, episodes) },
      onlyProposed,
      lessons: edits.map((e) => ({
        editId: e.id,
        op: e.op,
        file: e.file,
        text: (e.after ?? e.before ?? "").split("\n")[0] ?? "",
        covered: perLesson.get(e.id) ?? 0
      }))
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
function formatSplitEval(r) {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `Split at ${r.splitAt}: dreamed over ${r.before.sessions} session(s) before, replayed ${r.after.sessions} after (${r.after.episodes} failure and correction episodes).`,
    `Proposed lessons (${r.proposed.edits}) cover ${r.proposed.covered} of ${r.after.episodes} episodes (${pct(r.proposed.share)}); the memory in force covered ${r.inForce.covered} (${pct(r.inForce.share)}); ${r.onlyProposed} covered only by the proposed lessons.`
  ];
  if (r.lessons.length) {
    lines.push("", "| covered | op | file | lesson |", "| --- | --- | --- | --- |");
    for (const l of r.lessons) lines.push(`| ${l.covered} | ${l.op} | ${l.file} | ${l.text.replace(/\|/g, "\\|").slice(0, 120)} |`);
  }
  return `${lines.join("\n")}
`;
}
export {
  formatSplitEval,
  splitEval
};
