import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  parseMemoryFile
} from "./chunk-OOZKFMRS.js";
import {
  applyPatch
} from "./chunk-TIWB77VX.js";

// src/memory/timeline.ts
var MemoryTimeline = class {
  /** Per path, versions oldest first. */
  constructor(versions) {
    this.versions = versions;
  }
  versions;
  /** The memory files as they were at `t` (ms): each path's last version at or before it. */
  at(t) {
    const out = [];
    for (const [path, vs] of this.versions) {
      let text = null;
      for (const v of vs) if (v.at <= t) text = v.text;
      if (text !== null) out.push({ path, text });
    }
    return out;
  }
  /** A key that changes exactly when the memory in force changes: the commits in force per path. */
  keyAt(t) {
    return [...this.versions].map(([p, vs]) => `${p}@${vs.filter((v) => v.at <= t).length}`).join("|");
  }
  memoryAt(t) {
    return this.at(t).map((f) => parseMemoryFile(f.path, f.text));
  }
};
var MemoryLogError = class extends Error {
  constructor(file, line, message) {
    super(`${file}:${line}: ${message}`);
    this.name = "MemoryLogError";
  }
};
function parseGitDate(s) {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(s.trim());
  return Date.parse(m ? `${m[1]}T${m[2]}${m[3]}:${m[4]}` : s.trim());
}
function timelineFromGitLog(text, logFile) {
  const commits = [];
  let cur;
  const lines = text.split("\n");
  lines.forEach((row, i) => {
    const own = /^=== COMMIT ([0-9a-f]{7,40}) (.+)$/.exec(row);
    const std = /^commit ([0-9a-f]{40})\b/.exec(row);
    if (own || std) {
      cur = { sha: (own ?? std)[1], at: own ? parseGitDate(own[2]) : NaN, line: i + 1, patch: [], patchLine: 0 };
      commits.push(cur);
      return;
    }
    if (!cur) return;
    const date = /^Date:\s+(.+)$/.exec(row);
    if (date && cur.patch.length === 0 && Number.isNaN(cur.at)) cur.at = parseGitDate(date[1]);
    else if (row.startsWith("diff --git ") || cur.patch.length > 0) {
      if (cur.patch.length === 0) cur.patchLine = i + 1;
      cur.patch.push(row);
    }
  });
  const versions = /* @__PURE__ */ new Map();
  for (const c of [...commits].reverse()) {
    if (Number.isNaN(c.at)) throw new MemoryLogError(logFile, c.line, `commit ${c.sha} has no readable date`);
    const parts = [];
    c.patch.forEach((row, k) => {
      if (row.startsWith("diff --git ")) parts.push({ start: c.patchLine + k, rows: [] });
      parts[parts.length - 1]?.rows.push(row);
    });
    for (const part of parts) {
      const target = part.rows.find((r) => r.startsWith("+++ "));
      const source = part.rows.find((r) => r.startsWith("--- "));
      if (!target || !source) continue;
      const deleted = target.startsWith("+++ /dev/null");
      const path = (deleted ? source.slice(4) : target.slice(4)).replace(/^[ab]\//, "").trim();
      const list = versions.get(path) ?? [];
      const prev = list.length ? list[list.length - 1].text : null;
      if (deleted) {
        list.push({ at: c.at, sha: c.sha, text: null });
      } else {
        const body = part.rows.filter((r) => !r.startsWith("diff --git ") && !/^(index|new file mode|deleted file mode|similarity|rename) /.test(r)).join("\n");
        const next = applyPatch(prev ?? "", `${body}
`);
        if (next === false)
          throw new MemoryLogError(
            logFile,
            part.start,
            `the patch of commit ${c.sha} to ${path} does not apply to the file as the older commits left it`
          );
        list.push({ at: c.at, sha: c.sha, text: next });
      }
      versions.set(path, list);
    }
  }
  return new MemoryTimeline(versions);
}

export {
  MemoryTimeline,
  MemoryLogError,
  timelineFromGitLog
};
