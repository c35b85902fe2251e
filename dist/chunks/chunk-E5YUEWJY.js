import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/signals/normalize.ts
import { createHash } from "node:crypto";
function shortHash(text, length = 12) {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
function normalizeText(text) {
  return text.replace(/\\n/g, " ").replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>").replace(/\b[0-9a-f]{7,64}\b/gi, (m) => /\d/.test(m) && /[a-f]/i.test(m) ? "<hash>" : m).replace(/(?:\/(?:tmp|var\/folders|private\/var)|[A-Z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp)[^\s'"`]*/g, "<tmp>").replace(/(?:~|\.{1,2})?(?:\/[\w.@+-]+){2,}\/?/g, "<path>").replace(/\b[\w.-]+\.(?:py|ts|tsx|js|mjs|cjs|jsx|rb|go|rs|ex|exs|java|kt|c|h|cpp|json|ya?ml|toml|md|lock|txt|sh)\b/g, "<file>").replace(/"[^"\n]{0,200}"|'[^'\n]{0,200}'|`[^`\n]{0,200}`/g, "<q>").replace(/:\d+(?::\d+)?\b/g, ":<n>").replace(/\b\d+(?:\.\d+)*\b/g, "<n>").replace(/\s+/g, " ").trim().toLowerCase();
}
var ERROR_LINE = /\b(error|exception|fatal|not found|missing|failed|failure|denied|no such|cannot|can't|could not|unknown|invalid|not recognized|unrecognized|refused|no upstream|no rule|timed out)/i;
var NAMED_ERROR = /\b[A-Z]\w*(Error|Exception):/;
var PREFIXED_ERROR = /^(\w+ )?(error|fatal|err!)\b[:!]?/i;
var NOISE_LINE = /^(exit code \d+|compiling|generated|running|getting extensions|==>|\s*$)/i;
function salientErrorLine(text) {
  const lines = text.split(/\r?\n|\\n/).map((l) => l.trim());
  const useful = lines.filter((l) => l.length > 0 && !NOISE_LINE.test(l));
  const hit = useful.find((l) => NAMED_ERROR.test(l)) ?? useful.find((l) => PREFIXED_ERROR.test(l)) ?? useful.find((l) => ERROR_LINE.test(l));
  return (hit ?? useful[0] ?? lines.find((l) => l.length > 0) ?? "").replace(/^E\s+/, "").slice(0, 200);
}
function errorSignature(text) {
  return normalizeText(salientErrorLine(text)).slice(0, 100);
}
var STOP = new Set(
  "a an the to of in on for and or with by is are be it this that these those when then than as at from into use using run running always never do dont not please you your we our should must make sure instead rather".split(
    " "
  )
);
function contentWords(text) {
  const words = text.toLowerCase().replace(/n['’]t\b/g, " not").replace(/[`*_>#[\]()"',.:;!?]/g, " ").split(/\s+/).map((w) => w.replace(/'/g, "")).filter((w) => w.length > 1 && !STOP.has(w));
  return [...new Set(words)];
}
function jaccard(a, b) {
  if (a.length === 0 && b.length === 0) return 0;
  const sb = new Set(b);
  let inter = 0;
  for (const w of a) if (sb.has(w)) inter++;
  return inter / (a.length + b.length - inter);
}
function codeSpans(text) {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "").filter((s) => s.length > 0);
}
function clip(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return sp > max * 0.6 ? cut.slice(0, sp) : cut;
}

// src/signals/cluster.ts
var MAX_SIGNALS_PER_PATTERN = 25;
var supportSession = (s) => s.rootSessionId ?? s.sessionId;
function patternId(kind, signature) {
  return `p_${shortHash(`${kind}\0${signature}`)}`;
}
function mode(counts) {
  let best;
  let bestN = -1;
  for (const [v, n] of counts) {
    if (n > bestN || n === bestN && best !== void 0 && v < best) {
      best = v;
      bestN = n;
    }
  }
  return best;
}
function clusterKind(s) {
  return s.kind === "memory_failure" && s.signature.startsWith("fix|") ? "error_then_fix" : s.kind;
}
var signalPatternId = (s) => patternId(clusterKind(s), s.signature);
function clusterSignals(signals, minSupport) {
  const buckets = /* @__PURE__ */ new Map();
  for (const s of signals) {
    const kind = clusterKind(s);
    const key = `${kind}\0${s.signature}`;
    let b = buckets.get(key);
    if (!b) {
      b = {
        kind,
        memory: false,
        signature: s.signature,
        sessions: /* @__PURE__ */ new Set(),
        agents: /* @__PURE__ */ new Set(),
        lessons: /* @__PURE__ */ new Map(),
        summaries: /* @__PURE__ */ new Map(),
        signals: [],
        sampled: /* @__PURE__ */ new Set()
      };
      buckets.set(key, b);
    }
    b.sessions.add(supportSession(s));
    b.agents.add(s.agent);
    if (s.lesson) b.lessons.set(s.lesson, (b.lessons.get(s.lesson) ?? 0) + 1);
    b.summaries.set(s.summary, (b.summaries.get(s.summary) ?? 0) + 1);
    addSample(b, s);
  }
  return splitBySupport(
    [...buckets.values()].map((b) => toPattern(patternId(b.kind, b.signature), b)),
    minSupport
  );
}
function addSample(b, s) {
  const root = supportSession(s);
  const firstMemory = !!s.memoryEntryId && !b.memory;
  if (s.memoryEntryId) b.memory = true;
  if (!(firstMemory || !b.sampled.has(root) && b.signals.length < MAX_SIGNALS_PER_PATTERN)) return;
  b.sampled.add(root);
  b.signals.push(s);
}
function splitBySupport(all, minSupport) {
  const sorted = [...all].sort(bySupport);
  return {
    patterns: sorted.filter((p) => meetsSupport(p, minSupport)),
    oneOffs: sorted.filter((p) => !meetsSupport(p, minSupport))
  };
}
function meetsSupport(p, minSupport) {
  return p.support.sessions >= Math.max(1, minSupport) || p.signals.some((s) => s.standing);
}
var bySupport = (a, b) => b.support.sessions - a.support.sessions || b.support.agents - a.support.agents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function toPattern(id, b) {
  const lesson = mode(b.lessons);
  return {
    id,
    kind: b.memory ? "memory_failure" : b.kind,
    signature: b.signature,
    summary: mode(b.summaries) ?? b.signature,
    ...lesson ? { lesson } : {},
    support: { sessions: b.sessions.size, agents: b.agents.size },
    sessions: [...b.sessions].sort(),
    agents: [...b.agents].sort(),
    signals: [...b.signals].sort((x, y) => x.sessionId < y.sessionId ? -1 : x.sessionId > y.sessionId ? 1 : 0)
  };
}

export {
  shortHash,
  salientErrorLine,
  errorSignature,
  contentWords,
  jaccard,
  codeSpans,
  clip,
  supportSession,
  patternId,
  signalPatternId,
  clusterSignals,
  addSample,
  splitBySupport,
  meetsSupport,
  bySupport,
  toPattern
};
