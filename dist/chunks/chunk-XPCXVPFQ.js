import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  isClaudeAgent
} from "./chunk-LBZLCI5P.js";

// src/signals/normalize.ts
import { hash } from "node:crypto";
function shortHash(text, length = 12) {
  return hash("sha256", text, "hex").slice(0, length);
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

// src/signals/evidence.ts
var MAX_QUOTE = 200;
function eventText(e) {
  switch (e.kind) {
    case "tool_call":
      return e.command ?? (typeof e.input === "string" ? e.input : JSON.stringify(e.input ?? ""));
    case "compaction":
      return e.summary;
    case "subagent_link":
      return e.description ?? "";
    default:
      return e.text;
  }
}
function quoteFrom(text, preferred) {
  if (preferred) {
    const p = preferred.trim();
    if (p && text.includes(p)) return p.slice(0, MAX_QUOTE).trimEnd();
  }
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? "";
  return line.trim().slice(0, MAX_QUOTE).trimEnd();
}
function evidenceFor(session, event, preferred, role) {
  return {
    session: session.id,
    file: event.origin.file,
    line: event.origin.line,
    quote: quoteFrom(eventText(event), preferred),
    agent: session.agent,
    ...role ? { role } : {}
  };
}

// src/signals/occurrence.ts
var TEXT_CHARS = 160;
var TIME_BUCKET_MS = 1e4;
var MAX_KEYS = 4;
var ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;
var family = (agent) => isClaudeAgent(agent) ? "claude" : agent;
var RAW_CHARS = 1024;
var WORD = /[\p{L}\p{N}]+/gu;
function textOf(e) {
  const head = eventText(e).slice(0, RAW_CHARS);
  const ascii = !NON_ASCII.test(head);
  const raw = (ascii ? head : head.normalize("NFKC")).toLowerCase();
  const word = ascii ? ASCII_WORD : WORD;
  let out = "";
  word.lastIndex = 0;
  for (let m = word.exec(raw); m && out.length < TEXT_CHARS; m = word.exec(raw)) out += out ? ` ${m[0]}` : m[0];
  return out.slice(0, TEXT_CHARS);
}
var NON_ASCII = /[^ -~\t\n\r]/;
var ASCII_WORD = /[a-z0-9]+/g;
function bucketOf(e) {
  if (!e.timestamp || !ZONED.test(e.timestamp)) return void 0;
  const ms = Date.parse(e.timestamp);
  return Number.isNaN(ms) ? void 0 : Math.floor(ms / TIME_BUCKET_MS);
}
function parseOccurrence(key) {
  const colon = key.lastIndexOf(":");
  const [text = "", place = "", bucket] = key.slice(colon + 1).split(".");
  return { family: key.slice(0, colon), text, place, ...bucket ? { bucket: Number(bucket) } : {} };
}
var SessionOccurrences = class {
  constructor(session) {
    this.session = session;
  }
  session;
  byLine;
  place;
  texts = /* @__PURE__ */ new Map();
  /** The signal's keys: one per distinct evidence event of this session, the first MAX_KEYS of them. */
  keysOf(s) {
    const keys = [];
    for (const ev of s.evidence) {
      if (keys.length >= MAX_KEYS) break;
      const i = this.eventAt(ev.file, ev.line, ev.quote);
      if (i === void 0) continue;
      const key = this.keyOf(i);
      if (key && !keys.includes(key)) keys.push(key);
    }
    return keys;
  }
  /** Undefined for an untimed event its place does not tell apart (placed): a copy then looks like another run. */
  keyOf(i) {
    const e = this.session.events[i];
    const p = this.places()[i];
    const bucket = bucketOf(e);
    if (bucket === void 0 && !placed(e, p)) return void 0;
    const textAt = (j) => j < 0 ? "" : this.textAt(j);
    const anchor = e.kind === "user_prompt" ? "" : textAt(p.prompt);
    const text = shortHash(`${e.kind}\0${textAt(i)}\0${textAt(p.call)}\0${anchor}`, 16);
    const place = shortHash(`${text}\0${textAt(p.prompt)}\0${p.rank}\0${textAt(p.before)}\0${textAt(p.next)}`, 16);
    return `${family(this.session.agent)}:${text}.${place}${bucket === void 0 ? "" : `.${bucket}`}`;
  }
  /** An event's text as keys compare it, worked out once: a prompt is the place of several keys. */
  textAt(i) {
    let t = this.texts.get(i);
    if (t === void 0) this.texts.set(i, t = textOf(this.session.events[i]));
    return t;
  }
  /** The cited event: the one at that line whose text holds the quote (a line can hold several). */
  eventAt(file, line, quote) {
    if (!this.byLine) {
      const byLine = /* @__PURE__ */ new Map();
      this.session.events.forEach((e, i) => {
        const at2 = byLine.get(e.origin.line);
        if (at2) at2.push(i);
        else byLine.set(e.origin.line, [i]);
      });
      this.byLine = byLine;
    }
    const events = this.session.events;
    const at = this.byLine.get(line)?.filter((i) => events[i].origin.file === file);
    if (!at?.length) return void 0;
    return at.length === 1 ? at[0] : at.find((i) => eventText(events[i]).includes(quote)) ?? at[0];
  }
  /**
   * Each event's position, in one walk: the previous user prompt; for a prompt, the next one too (so
   * two chats that open with the same words differ by what the user said next); for any other event
   * its rank among its kind since that prompt and the one of its kind before it. Prompts are placed
   * by prompts alone, which every format records alike; the tool events' places add what they can,
   * since a harness re-running one task repeats the prompt but rarely the whole path.
   */
  places() {
    if (this.place) return this.place;
    const place = [];
    let prompt = -1;
    let call = -1;
    let rank = /* @__PURE__ */ new Map();
    let last = /* @__PURE__ */ new Map();
    this.session.events.forEach((e, i) => {
      if (e.kind === "user_prompt") {
        if (prompt >= 0) place[prompt].next = i;
        place.push({ prompt, rank: 0, before: -1, next: -1, call: -1 });
        prompt = i;
        rank = /* @__PURE__ */ new Map();
        last = /* @__PURE__ */ new Map();
        return;
      }
      const n = (rank.get(e.kind) ?? 0) + 1;
      rank.set(e.kind, n);
      place.push({ prompt, rank: n, before: last.get(e.kind) ?? -1, next: -1, call: e.kind === "tool_result" ? call : -1 });
      last.set(e.kind, i);
      if (e.kind === "tool_call") call = i;
    });
    return this.place = place;
  }
};
function placed(e, p) {
  return e.kind === "user_prompt" ? p.prompt >= 0 || p.next >= 0 : p.prompt >= 0 && p.before >= 0;
}

// src/signals/same-event.ts
var MAX_TIMED_PER_PLACE = 16;
var Groups = class {
  parent = /* @__PURE__ */ new Map();
  /** `<family>|<text>.<bucket>` -> the first session holding it timed (the rest joined it). */
  timed = /* @__PURE__ */ new Map();
  /** `<family>|<place>` -> the sessions holding it timed: they need not be one event, so several. */
  placeTimed = /* @__PURE__ */ new Map();
  /** `<family>|<place>` -> the first session holding it untimed (the rest joined it). */
  placeUntimed = /* @__PURE__ */ new Map();
  /** The families seen, for a `generic` record, which may share an event with any of them. */
  families = /* @__PURE__ */ new Set();
  /** Whether any two sessions joined: when none did, nothing downstream changes. */
  joined = false;
  find(s) {
    let root = this.parent.get(s) ?? s;
    if (root === s) return s;
    root = this.find(root);
    this.parent.set(s, root);
    return root;
  }
  union(a, b) {
    if (a === void 0) return;
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.joined = true;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
  /** The families whose records may hold the same event as one of `family`'s. */
  peers(family2) {
    if (family2 === GENERIC) return this.families;
    return this.families.has(GENERIC) ? [family2, GENERIC] : [family2];
  }
  add(session, key) {
    const o = parseOccurrence(key);
    this.families.add(o.family);
    for (const f of this.peers(o.family)) this.union(this.placeUntimed.get(`${f}|${o.place}`), session);
    const own = `${o.family}|${o.place}`;
    if (o.bucket === void 0) {
      for (const f of this.peers(o.family)) for (const t of this.placeTimed.get(`${f}|${o.place}`) ?? []) this.union(t, session);
      if (!this.placeUntimed.has(own)) this.placeUntimed.set(own, session);
      return;
    }
    for (const f of this.peers(o.family))
      for (let b = o.bucket - 1; b <= o.bucket + 1; b++) this.union(this.timed.get(`${f}|${o.text}.${b}`), session);
    const at = `${o.family}|${o.text}.${o.bucket}`;
    if (!this.timed.has(at)) this.timed.set(at, session);
    const sessions = this.placeTimed.get(own);
    if (!sessions) this.placeTimed.set(own, [session]);
    else if (sessions.length < MAX_TIMED_PER_PLACE && !sessions.includes(session)) sessions.push(session);
  }
};
var GENERIC = "generic";
var SameEvents = class {
  /** Most patterns are one-offs: they keep their keys, unparsed, and are indexed once a second session comes. */
  byPattern = /* @__PURE__ */ new Map();
  /** Records a signal's occurrences under its pattern and root session. */
  add(patternId2, session, s) {
    if (!s.occurrences?.length) return;
    const g = this.byPattern.get(patternId2);
    if (g === void 0) {
      this.byPattern.set(patternId2, { session, keys: [...s.occurrences] });
      return;
    }
    if (!(g instanceof Groups)) {
      if (g.session === session) {
        g.keys.push(...s.occurrences);
        return;
      }
      const groups = new Groups();
      for (const key of g.keys) groups.add(g.session, key);
      this.byPattern.set(patternId2, groups);
      for (const key of s.occurrences) groups.add(session, key);
      return;
    }
    for (const key of s.occurrences) g.add(session, key);
  }
  /** The session a pattern's session counts as: its group's least id. Undefined when no two sessions joined. */
  rootOf(patternId2) {
    const g = this.byPattern.get(patternId2);
    return g instanceof Groups && g.joined ? (s) => g.find(s) : void 0;
  }
  forget(patternId2) {
    this.byPattern.delete(patternId2);
  }
};

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
function clusterSignals(signals, minSupport, opts = {}) {
  const buckets = /* @__PURE__ */ new Map();
  const same = opts.sameEvents === false ? void 0 : new SameEvents();
  for (const s of signals) {
    const kind = clusterKind(s);
    const key = `${kind}\0${s.signature}`;
    same?.add(key, supportSession(s), s);
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
    [...buckets].map(([key, b]) => toPattern(patternId(b.kind, b.signature), regrouped(b, same?.rootOf(key)))),
    minSupport
  );
}
function regrouped(b, rootOf) {
  if (!rootOf) return b;
  const out = { ...b, sessions: new Set([...b.sessions].map(rootOf)), memory: false, signals: [], sampled: /* @__PURE__ */ new Set() };
  for (const s of b.signals) {
    const root = rootOf(supportSession(s));
    addSample(out, root === supportSession(s) ? s : { ...s, rootSessionId: root });
  }
  return out;
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
  const sorted = all.filter((p) => p.signals.length === 0 || !p.signals.every((s) => s.restated)).sort(bySupport);
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
  evidenceFor,
  SessionOccurrences,
  SameEvents,
  supportSession,
  patternId,
  signalPatternId,
  clusterSignals,
  regrouped,
  addSample,
  splitBySupport,
  meetsSupport,
  bySupport,
  toPattern
};
