import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  parseEntries
} from "./chunk-OOZKFMRS.js";
import {
  entryTextHash
} from "./chunk-B5EED3GH.js";
import {
  normaliseEntryText
} from "./chunk-7P7ERCKQ.js";
import {
  wo
} from "./chunk-C56VTM35.js";
import {
  dreamedEdits,
  hasDreamTrailers
} from "./chunk-S4URGW26.js";

// src/ledger/history.ts
var GitHistory = class {
  constructor(repoDir) {
    this.repoDir = repoDir;
    this.git = wo(repoDir);
  }
  repoDir;
  git;
  infos = /* @__PURE__ */ new Map();
  hunkCache = /* @__PURE__ */ new Map();
  firstParents;
  arrivals = /* @__PURE__ */ new Map();
  async resolve(ref) {
    return (await this.git.revparse([ref])).trim();
  }
  /** The file's text at `ref`, or null when it does not exist there. */
  async show(ref, file) {
    return this.git.show([`${ref}:${file}`]).catch(() => null);
  }
  /** Every line of the file at `ref` with the commit that last changed it. */
  async blame(ref, file) {
    const out = await this.git.raw(["blame", "--porcelain", ref, "--", file]);
    const lines = [];
    let sha = "";
    let line = 0;
    for (const row of out.split("\n")) {
      const head = /^\^?([0-9a-f]{40}) \d+ (\d+)/.exec(row);
      if (head) {
        sha = head[1];
        line = Number(head[2]);
      } else if (row.startsWith("	")) {
        lines.push({ line, text: row.slice(1), sha });
      }
    }
    return lines;
  }
  async info(sha) {
    const cached = this.infos.get(sha);
    if (cached) return cached;
    const out = await this.git.raw(["log", "-1", "--format=%H%x00%P%x00%an%x00%ae%x00%ce%x00%cI%x00%B", sha]);
    const [full, parents, author, authorEmail, committerEmail, committedAt, message] = out.split("\0");
    const info = {
      sha: full.trim(),
      parents: (parents ?? "").split(" ").filter(Boolean),
      author: author ?? "",
      authorEmail: authorEmail ?? "",
      committerEmail: committerEmail ?? "",
      committedAt: new Date(Date.parse(committedAt ?? "")).toISOString(),
      message: (message ?? "").trimEnd()
    };
    this.infos.set(sha, info);
    return info;
  }
  /** The commit's change to the file, as zero-context hunks (empty for a merge commit). */
  async hunks(sha, file) {
    const key = `${sha}\0${file}`;
    const cached = this.hunkCache.get(key);
    if (cached) return cached;
    const out = await this.git.raw(["show", "--format=", "-U0", "--no-color", "--no-ext-diff", "--first-parent", sha, "--", file]);
    const hunks = [];
    let cur;
    let next = 0;
    for (const row of out.split("\n")) {
      const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
      if (h) {
        cur = { removed: [], added: [] };
        hunks.push(cur);
        next = Number(h[1]);
      } else if (cur && row.startsWith("-") && !row.startsWith("---")) cur.removed.push(row.slice(1));
      else if (cur && row.startsWith("+") && !row.startsWith("+++")) cur.added.push({ line: next++, text: row.slice(1) });
    }
    this.hunkCache.set(key, hunks);
    return hunks;
  }
  /** Position of each commit on `ref`'s first-parent line, newest 0. */
  async firstParentOrder(ref) {
    if (this.firstParents?.ref === ref) return this.firstParents.order;
    const out = await this.git.raw(["rev-list", "--first-parent", ref]);
    const order = new Map(
      out.split("\n").filter(Boolean).map((sha, i) => [sha, i])
    );
    this.firstParents = { ref, order };
    return order;
  }
  /**
   * The commit of `ref`'s first-parent line that brought `sha` in: `sha` itself when it is on that
   * line (squash, rebase, a direct commit), else the oldest first-parent descendant (the merge).
   */
  async arrival(ref, sha) {
    const key = `${ref}\0${sha}`;
    const cached = this.arrivals.get(key);
    if (cached) return cached;
    const found = await this.findArrival(ref, sha);
    this.arrivals.set(key, found);
    return found;
  }
  async findArrival(ref, sha) {
    const order = await this.firstParentOrder(ref);
    if (order.has(sha)) return { sha, direct: true };
    const out = await this.git.raw(["rev-list", "--ancestry-path", `${sha}..${ref}`]);
    let best;
    for (const c of out.split("\n")) {
      const i = c ? order.get(c) : void 0;
      if (i !== void 0 && (best === void 0 || i > order.get(best))) best = c;
    }
    return { sha: best ?? sha, direct: best === void 0 };
  }
};

// src/ledger/adoption.ts
var REWORD_SIMILARITY = 0.5;
var LedgerIndex = class {
  constructor(ledger) {
    this.ledger = ledger;
    for (const [id, e] of Object.entries(ledger.edits)) {
      for (const h of [e.entryHash, e.adopted?.hash])
        if (h) this.byHash.set(`${entryFile(e)}\0${h}`, [...this.byHash.get(`${entryFile(e)}\0${h}`) ?? [], id]);
    }
  }
  ledger;
  byHash = /* @__PURE__ */ new Map();
  find(file, hash) {
    return this.byHash.get(`${file}\0${hash}`) ?? [];
  }
  files() {
    return [
      ...new Set(
        Object.values(this.ledger.edits).filter((e) => e.entryHash).map(entryFile)
      )
    ].sort();
  }
};
var entryFile = (e) => e.toFile ?? e.file;
var words = (t) => new Set(
  normaliseEntryText(t).split(/[^\p{L}\p{N}_-]+/u).filter(Boolean)
);
function similarity(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.min(x.size, y.size);
}
function pickEdit(ids, ledger, named) {
  return [...ids].sort((a, b) => {
    const x = ledger.edits[a];
    const y = ledger.edits[b];
    return Number(named.has(b)) - Number(named.has(a)) || Number(y.status === "proposed") - Number(x.status === "proposed") || (y.proposedAt > x.proposedAt ? 1 : -1);
  })[0];
}
var subjectOf = (m) => m.split("\n")[0] ?? "";
async function reached(h, ref, c, reworded) {
  const arrival = await h.arrival(ref, c.sha);
  if (arrival.sha !== c.sha) {
    const merge = await h.info(arrival.sha);
    const pr2 = /Merge pull request #(\d+)/.exec(merge.message)?.[1];
    return { how: reworded ? "reworded" : "merge", sha: merge.sha, at: merge.committedAt, ...pr2 ? { pr: Number(pr2) } : {} };
  }
  const pr = /\(#(\d+)\)\s*$/.exec(subjectOf(c.message))?.[1];
  const how = reworded ? "reworded" : !pr && /^dream: /.test(subjectOf(c.message)) ? "rebase" : "squash";
  return { how, sha: c.sha, at: c.committedAt, ...pr ? { pr: Number(pr) } : {} };
}
async function fileOrigins(h, ledger, file, ref = "HEAD", index = new LedgerIndex(ledger)) {
  const lines = await h.blame(ref, file).catch(() => null);
  if (lines === null) return void 0;
  const text = lines.map((l) => `${l.text}
`).join("");
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const entries = parseEntries(file, text);
  const present = new Set(entries.map((e) => entryTextHash(e.text)));
  const claimed = /* @__PURE__ */ new Set();
  const out = [];
  for (const entry of entries) {
    const sha = byLine.get(entry.startLine)?.sha;
    if (!sha) continue;
    const commit = await h.info(sha);
    const found = await originOf(h, index, { file, ref, entry, commit, present, claimed });
    if (found) claimed.add(found.editId);
    out.push(
      found ? { entry, commit, kind: found.how === "reworded" ? "reworded" : "dream", editId: found.editId, adoption: found } : { entry, commit, kind: "human" }
    );
  }
  return { file, lines, entries: out };
}
async function originOf(h, index, c) {
  const { ledger } = index;
  const hash = entryTextHash(c.entry.text);
  const named = new Set(dreamedEdits(c.commit.message).map((d) => d.id));
  const adopt = async (editId, reworded) => {
    const e = ledger.edits[editId];
    const r = await reached(h, c.ref, c.commit, reworded);
    const pr = r.pr ?? e.pr?.number;
    return {
      file: c.file,
      line: c.entry.startLine,
      entryText: c.entry.text,
      entryHash: hash,
      ...e.patternId ? { patternId: e.patternId } : {},
      editId,
      adoptedAt: r.at,
      adoptedIn: r.sha,
      how: r.how,
      ...pr !== void 0 ? { prNumber: pr } : {}
    };
  };
  const exact = pickEdit(index.find(c.file, hash), ledger, named);
  if (exact) {
    const e = ledger.edits[exact];
    if (e.adopted?.hash === hash && e.entryHash !== hash) return adopt(exact, true);
    if (hasDreamTrailers(c.commit.message)) return adopt(exact, false);
    const pr = /\(#(\d+)\)\s*$/.exec(subjectOf(c.commit.message))?.[1];
    if (pr && e.pr?.number === Number(pr)) return adopt(exact, false);
  }
  const listed = dreamedEdits(c.commit.message).filter((d) => d.file === c.file || entryFileOf(ledger, d.id) === c.file);
  const missing = listed.filter((d) => {
    const e = ledger.edits[d.id];
    return e?.entryHash && e.entryText && !c.present.has(e.entryHash) && !c.claimed.has(d.id);
  });
  const squashed = c.entry.kind !== "heading" && /^\* /m.test(c.commit.message);
  const hunk = squashed && missing.length ? (await h.hunks(c.commit.sha, c.file)).find((x) => x.added.some((a) => a.line === c.entry.startLine)) : void 0;
  if (hunk) {
    const removed = /* @__PURE__ */ new Set([...hunk.removed.map((r) => entryTextHash(r)), entryTextHash(hunk.removed.join("\n"))]);
    const replacing = missing.filter((d) => ledger.edits[d.id].beforeHash && removed.has(ledger.edits[d.id].beforeHash));
    if (replacing.length === 1) return adopt(replacing[0].id, true);
    const byUpdates = new Set(listed.flatMap((d) => ledger.edits[d.id]?.beforeHash ?? []));
    const pure = hunk.removed.every((r) => byUpdates.has(entryTextHash(r)));
    const adds = pure ? missing.filter((d) => !ledger.edits[d.id].beforeHash) : [];
    if (adds.length === 1) return adopt(adds[0].id, true);
    let best;
    for (const d of adds) {
      const score = similarity(ledger.edits[d.id].entryText, c.entry.text);
      if (score >= REWORD_SIMILARITY && (!best || score > best.score)) best = { id: d.id, score };
    }
    if (best) return adopt(best.id, true);
  }
  for (const hunk2 of await h.hunks(c.commit.sha, c.file)) {
    if (!hunk2.added.some((a) => a.line === c.entry.startLine) || hunk2.removed.length === 0) continue;
    const candidates = [...hunk2.removed.map((r) => entryTextHash(r)), entryTextHash(hunk2.removed.join("\n"))];
    for (const cand of candidates) {
      const id = pickEdit(index.find(c.file, cand), ledger, named);
      if (id && !c.claimed.has(id)) return adopt(id, true);
    }
  }
  return void 0;
}
var entryFileOf = (l, id) => l.edits[id] ? entryFile(l.edits[id]) : void 0;
async function findAdoptions(opts) {
  const h = opts.history ?? new GitHistory(opts.repoDir);
  const index = new LedgerIndex(opts.ledger);
  const out = [];
  for (const file of index.files()) {
    const origins = await fileOrigins(h, opts.ledger, file, opts.ref ?? "HEAD", index);
    for (const o of origins?.entries ?? []) if (o.adoption) out.push(o.adoption);
  }
  return out;
}

export {
  GitHistory,
  fileOrigins,
  findAdoptions
};
