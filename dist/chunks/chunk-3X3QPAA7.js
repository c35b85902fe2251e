import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  entryUpdate,
  makeEdit,
  markedImportant
} from "./chunk-PHTEEG62.js";
import {
  diffArrays
} from "./chunk-TIWB77VX.js";
import {
  EDIT_TOOL,
  INTERJECTION,
  PATH_FIELD,
  REASON,
  REASON_TOPIC,
  ROOT_TOKEN,
  bareTestsReproach,
  cleanLesson,
  commandDisplay,
  commandMentions,
  createdFiles,
  finishingStepIn,
  fixLesson,
  isOverrideToken,
  isProhibition,
  lessonCommand,
  lowerFirst,
  mayPredateGroups,
  memoryReadBy,
  mentionRelation,
  outputOnlyFlag,
  overrideOf,
  patchedFiles,
  preGroupSignature,
  prohibitionRules,
  ruleKey,
  ruleKey2,
  runsAsRoot,
  sentences,
  span,
  swappedProgram,
  testsStepDone,
  toolGroup,
  usablePrompt,
  words
} from "./chunk-6E24BWXG.js";
import {
  findAdoptions
} from "./chunk-TPQ44UGU.js";
import {
  SessionOccurrences,
  asksIn,
  entryTextHash,
  evidenceFor,
  outputLanguageAsk,
  readableOwnText,
  recordEntryOutcome,
  signalPatternId,
  taskSketch
} from "./chunk-6E7XZVMU.js";
import {
  wo
} from "./chunk-C56VTM35.js";
import {
  NEVER,
  ZH_DONT
} from "./chunk-RCJQQU5X.js";
import {
  ENDS_ON_THIS_WORK,
  MULTI_WORD,
  RULE_VERB,
  TRANSIENT,
  TRANSIENT_INSTRUCTION,
  actionLabel,
  actionText,
  adverbRemark,
  asNegative,
  asOrder,
  asProhibition,
  changesPythonM,
  clause,
  clip,
  codeSpans,
  commandFamily,
  contentWords,
  errorSignature,
  escapeRegExp,
  isAsked,
  isTestCommand,
  jaccard,
  looksLikeTestFailure,
  mendFrameTypos,
  objectionLesson,
  objectionTarget,
  parseCommand,
  parseCommands,
  pathTopic,
  reasonSentence,
  rejectionText,
  reminderRule,
  salientErrorLine,
  saysThisConversation,
  scopesTheMessage,
  segments,
  shellWords,
  standingScope,
  structuralDiff,
  structuralTokenSet,
  turnPreference,
  withVerb,
  withoutHeredocBodies,
  withoutPassedConversation,
  withoutScopeLead,
  word
} from "./chunk-KEWPDFXH.js";
import {
  isClaudeAgent
} from "./chunk-ZMW6ZSA4.js";
import {
  boundedMemo,
  sessionTime
} from "./chunk-WIOEOUEH.js";

// src/signals/rule-dates.ts
var UNCOMMITTED = /^0{40}$/;
function parseBlame(out, fileLines, shallow) {
  const times = /* @__PURE__ */ new Map();
  const cut = /* @__PURE__ */ new Set();
  const lines = fileLines.map(() => null);
  let sha = "";
  let final = 0;
  for (const row of out.split("\n")) {
    const head = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (head) {
      sha = head[1] ?? "";
      final = Number(head[2]);
      continue;
    }
    const t = /^committer-time (\d+)$/.exec(row);
    if (t) times.set(sha, Number(t[1]) * 1e3);
    else if (row === "boundary" && shallow) cut.add(sha);
    else if (row.startsWith("	")) {
      const at = times.get(sha);
      const same = fileLines[final - 1]?.replace(/\r$/, "") === row.slice(1).replace(/\r$/, "");
      if (final < 1 || final > lines.length || !same || at === void 0) continue;
      lines[final - 1] = UNCOMMITTED.test(sha) ? { unknown: "the line is not committed" } : cut.has(sha) ? { unknown: "the clone is shallow, and the line is older than its history" } : { at, sha };
    }
  }
  return lines;
}
async function memoryRuleDates(repoDir, memory) {
  const files = memory.filter((f) => prohibitionRules(f.entries).length > 0);
  const out = {};
  if (files.length === 0) return out;
  const git = wo(repoDir);
  const answers = await git.raw(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"]).then((r) => r.split("\n").map((a) => a.trim())).catch(() => []);
  const inRepo = answers[0] === "true";
  const shallow = inRepo && answers[1] === "true";
  for (const f of files) {
    if (!inRepo) {
      out[f.path] = { unknown: "the repository has no git history" };
      continue;
    }
    const blame = await git.raw(["blame", "--porcelain", "-w", "-M", "--", f.path]).catch(() => void 0);
    out[f.path] = blame === void 0 ? { unknown: "the memory file is not committed" } : { lines: parseBlame(blame, f.text.split("\n"), shallow) };
  }
  return out;
}
var sameBarWhitespace = (a, b) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");
function timelineRuleDates(timeline, t, memory) {
  const out = {};
  for (const f of memory) {
    if (prohibitionRules(f.entries).length === 0) continue;
    let lines = [];
    let dates = [];
    for (const v of timeline.versions.get(f.path) ?? []) {
      if (v.at > t) continue;
      const next = v.text === null ? [] : v.text.split("\n");
      const carried = [];
      let old = 0;
      for (const part of diffArrays(lines, next, { comparator: sameBarWhitespace })) {
        const n = part.count ?? part.value.length;
        if (part.removed) old += n;
        else if (part.added) for (let i = 0; i < n; i++) carried.push({ at: v.at, sha: v.sha });
        else for (let i = 0; i < n; i++) carried.push(dates[old++] ?? { at: v.at, sha: v.sha });
      }
      lines = next;
      dates = carried;
    }
    const text = f.text.split("\n");
    out[f.path] = text.length === lines.length && text.every((l, i) => l.replace(/\r$/, "") === lines[i]?.replace(/\r$/, "")) ? { lines: dates } : { unknown: "the memory file is not the one its history rebuilds" };
  }
  return out;
}
function ruleAge(rule, session, dates) {
  const file = dates?.[rule.entry.file];
  if (!file) return { unknown: dates ? "the memory file was not dated" : "the line was not dated" };
  if ("unknown" in file) return file;
  const line = file.lines[rule.entry.startLine - 1 + rule.lineIndex];
  if (!line) return { unknown: "git blame does not match the line" };
  if ("unknown" in line) return line;
  const started = sessionTime(session);
  if (started === void 0) return { unknown: "the session has no timestamps" };
  return started < line.at ? "later" : { since: new Date(line.at).toISOString() };
}

// src/ledger/efficacy-families.ts
var FAMILY_EXPOSED = 1;
var FAMILY_HIT = 2;
function recount(tally, after, was, now) {
  if (was === now) return;
  const window = after ? tally.after : tally.before;
  const bit = (x, b) => x & b ? 1 : 0;
  window.exposed += bit(now, FAMILY_EXPOSED) - bit(was, FAMILY_EXPOSED);
  window.hitSessions += bit(now, FAMILY_HIT) - bit(was, FAMILY_HIT);
  const clean = (x) => x === FAMILY_EXPOSED ? 1 : 0;
  if (after) tally.clean += clean(now) - clean(was);
}
var MAX_OPEN_FAMILIES = 1e6;
var OpenConversations = class {
  constructor(max) {
    this.max = max;
  }
  max;
  order = [];
  head = 0;
  entries = 0;
  /** A new entry, under `key` (window and root). */
  add(key) {
    this.entries++;
    if (this.order.at(-1) !== key || this.order.length === this.head) this.order.push(key);
  }
  /** Past the bound, with a conversation to forget. */
  get full() {
    return this.entries > this.max && this.head < this.order.length;
  }
  /** The conversation met longest ago, no longer held: `deleted` deletes its entries and says how many. */
  forgetOldest(deleted) {
    const root = this.order[this.head++].slice(2);
    this.entries -= deleted(root);
    if (this.head >= 1024 && this.head * 2 >= this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
  get size() {
    return this.entries;
  }
};
var Families = class {
  open;
  constructor(max) {
    this.open = new OpenConversations(max);
  }
  /** Sets what a conversation (`key`: window and root) met of a lesson. */
  set(tally, key, bits) {
    if (tally.families[key] === void 0) this.open.add(key);
    tally.families[key] = bits;
  }
  /**
   * Adds what a later file's sessions met per conversation (`from`) to a lesson's tally: a conversation
   * whose parent and subagents were counted in different files is one exposure, so what both sides
   * counted for it is taken back and what they met together is counted once.
   */
  merge(into, from) {
    for (const [key, met] of Object.entries(from)) {
      const had = into.families[key];
      if (had === void 0) {
        this.set(into, key, met);
        continue;
      }
      const after = key.startsWith("a|");
      recount(into, after, met, 0);
      recount(into, after, had, had | met);
      into.families[key] = had | met;
    }
  }
  /** Past the bound, the conversations met longest ago are forgotten for every lesson. */
  bound(slots) {
    while (this.open.full)
      this.open.forgetOldest((root) => {
        const keys = [`b|${root}`, `a|${root}`];
        let deleted = 0;
        for (const { tally } of slots)
          for (const key of keys)
            if (tally.families[key] !== void 0) {
              delete tally.families[key];
              deleted++;
            }
        return deleted;
      });
  }
  /** Entries held, over every lesson. */
  get size() {
    return this.open.size;
  }
};

// src/ledger/efficacy-exposure.ts
function commandKinds(line) {
  return parseCommands(line).map((c) => [c.program, ...c.sub].join(" "));
}
function episodeKinds(failed, fixed) {
  const a = failed ? parseCommand(failed) : void 0;
  const b = fixed ? parseCommand(fixed) : void 0;
  const out = [...failed ? commandKinds(failed) : [], ...fixed ? commandKinds(fixed) : []];
  if (a && b && a.program !== b.program) out.push(a.program, b.program);
  return out;
}
function statedTools(samples) {
  const out = /* @__PURE__ */ new Set();
  for (const s of samples)
    for (const token of (s.lesson ?? "").toLowerCase().split(/[^\w.+-]+/)) {
      const word2 = token.replace(/\.+$/, "");
      const group = toolGroup(word2);
      if (group.length) for (const t of group) out.add(t);
      else if (MULTI_WORD.has(word2)) out.add(word2);
    }
  return [...out];
}
function exposedTo(lesson, hit, commands) {
  if (hit) return true;
  if (lesson.situations.size === 0 && lesson.terms.length === 0) return true;
  const c = commands();
  for (const s of lesson.situations) if (c.kinds.has(s) || c.programs.has(s)) return true;
  return lesson.terms.some((term) => hasTerm(c.text, term));
}
var optionsOnly = (span2) => span2.split(/\s+/).every((w) => w.startsWith("-"));
var WORDISH = /[\p{L}\p{N}_-]/u;
function hasTerm(text, term) {
  const closed = WORDISH.test(term.at(-1) ?? "");
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    if (i > 0 && WORDISH.test(text[i - 1])) continue;
    const after = text[i + term.length];
    if (closed && after !== void 0 && (WORDISH.test(after) || after === "." && WORDISH.test(text[i + term.length + 1] ?? "")))
      continue;
    return true;
  }
  return false;
}
function sessionCommands(session) {
  const lines = /* @__PURE__ */ new Set();
  for (const e of session.events) if (e.kind === "tool_call" && e.command) lines.add(e.command);
  const kinds = /* @__PURE__ */ new Set();
  const programs = /* @__PURE__ */ new Set();
  for (const line of lines)
    for (const kind of commandKinds(line)) {
      kinds.add(kind);
      programs.add(kind.split(" ")[0]);
    }
  return { text: [...lines].join("\n"), kinds, programs };
}

// src/ledger/efficacy.ts
var MAX_EFFICACY_EVIDENCE = 3;
var MAX_EFFICACY_WEEKS = 12;
var WORSE_WINDOW_DAYS = 14;
var DAY_MS = 864e5;
var WEEK_MS = 7 * DAY_MS;
function bearing(s, lesson, id = () => signalPatternId(s)) {
  if (s.signature === lesson.signature && id() === lesson.patternId) return "episode";
  if (predatesGroups(s, lesson)) return "episode";
  if (!s.memoryEntryId || !lesson.entryIds.has(s.memoryEntryId)) return void 0;
  return s.signature.endsWith("|ignored") ? "episode" : "entry-failed";
}
function predatesGroups(s, lesson) {
  if (s.signature === lesson.signature || !mayPredateGroups(lesson.signature)) return false;
  const old = preGroupSignature(s.signature);
  return old === lesson.signature && signalPatternId({ kind: s.kind, signature: old }) === lesson.patternId;
}
var emptyTally = () => ({
  before: { sessions: 0, episodes: 0, hitSessions: 0, exposed: 0 },
  after: { sessions: 0, episodes: 0, hitSessions: 0, exposed: 0 },
  weeks: {},
  evidence: [],
  worse: [],
  tiedWorse: 0,
  clean: 0,
  families: {}
});
function trackedLessons(adoptions, ledger, memory = []) {
  const out = [];
  for (const a of adoptions) {
    if (!a.patternId || !ledger.patterns[a.patternId]) continue;
    const pattern = ledger.patterns[a.patternId];
    const file = memory.find((f) => f.path === a.file);
    const readBy = file?.readBy ?? pattern.agents;
    const entryIds = new Set((file?.entries ?? []).filter((e) => entryTextHash(e.text) === a.entryHash).map((e) => e.id));
    const terms = codeSpans(a.entryText).filter((t) => !optionsOnly(t));
    const named = new Set(terms.flatMap((t) => commandKinds(t)));
    const situations = new Set(named);
    for (const s of pattern.samples ?? []) for (const k of episodeKinds(s.failed, s.fixed)) situations.add(k);
    if (situations.size === 0 && terms.length === 0) for (const tool of statedTools(pattern.samples ?? [])) situations.add(tool);
    const knownBefore = new Set(
      Object.entries(ledger.patterns).filter(([, p]) => (p.firstSeen ?? p.lastSeen) < a.adoptedAt).map(([id]) => id)
    );
    out.push({
      editId: a.editId,
      file: a.file,
      entry: a.entryText,
      entryHash: a.entryHash,
      patternId: a.patternId,
      signature: pattern.signature,
      adoptedAt: a.adoptedAt,
      adoptedIn: a.adoptedIn,
      agents: new Set(readBy),
      named,
      terms,
      situations,
      prohibition: isProhibition(a.entryText),
      knownBefore,
      entryIds
    });
  }
  return out;
}
var FAILURE_KINDS = /* @__PURE__ */ new Set(["error_then_fix", "repeated_failure", "memory_failure"]);
var EfficacyCounter = class {
  constructor(lessons, opts = {}) {
    this.lessons = lessons;
    this.families = new Families(opts.maxOpenFamilies ?? MAX_OPEN_FAMILIES);
    this.signatures = new Set(lessons.map((l) => l.signature));
    this.oldShapes = new Set(lessons.map((l) => l.signature).filter(mayPredateGroups));
    for (const l of lessons) {
      this.tallies.set(l.editId, emptyTally());
      push(this.byPattern, l.patternId, l);
      for (const id of l.entryIds) push(this.byEntryId, id, l);
    }
    this.slots = lessons.map((lesson) => ({ lesson, tally: this.tallies.get(lesson.editId), adoptedAt: Date.parse(lesson.adoptedAt) }));
  }
  lessons;
  tallies = /* @__PURE__ */ new Map();
  /** Per lesson, in order: its tally and adoption time, so a session's loop over the lessons looks nothing up. */
  slots;
  signatures;
  /** Signatures of the lessons that may have been learned before command groups (predatesGroups). */
  oldShapes;
  byPattern = /* @__PURE__ */ new Map();
  byEntryId = /* @__PURE__ */ new Map();
  /** What the tallies' families hold, bounded (efficacy-families.ts). */
  families;
  get size() {
    return this.lessons.length;
  }
  /**
   * One session and the signals mined from it. A subagent's episodes count, its session does not (its
   * parent's does); nor does a session read on from where an earlier pass stopped (`continued`: its
   * file grew), which that pass counted: only what its new events meet is new.
   */
  observe(session, signals, continued = false) {
    if (this.lessons.length === 0) return;
    const t = sessionTime(session);
    if (t === void 0) return;
    const hits = this.episodes(signals);
    const counted = !session.parentId && !continued;
    const root = session.parentId ?? session.id;
    let keys;
    const iso = new Date(t).toISOString();
    let commands;
    const cmds = () => commands ??= sessionCommands(session);
    let failures;
    for (const { lesson, tally, adoptedAt } of this.slots) {
      if (lesson.agents.size > 0 && !lesson.agents.has(session.agent)) continue;
      const after = t >= adoptedAt;
      const window = after ? tally.after : tally.before;
      const mine = hits.get(lesson) ?? NONE;
      if (counted) window.sessions++;
      window.episodes += mine.length;
      const week = String(Math.max(-MAX_EFFICACY_WEEKS, Math.min(MAX_EFFICACY_WEEKS, Math.floor((t - adoptedAt) / WEEK_MS))));
      const bucket = tally.weeks[week] ??= [0, 0];
      if (counted) bucket[0]++;
      bucket[1] += mine.length;
      const exposed = exposedTo(lesson, mine.length > 0, cmds);
      const met = (exposed ? FAMILY_EXPOSED : 0) | (mine.length > 0 ? FAMILY_HIT : 0);
      if (met !== 0) {
        keys ??= [`b|${root}`, `a|${root}`];
        const key = keys[after ? 1 : 0];
        const was = tally.families[key] ?? 0;
        recount(tally, after, was, was | met);
        if ((was | met) !== was) this.families.set(tally, key, was | met);
      }
      if (exposed && (!tally.lastObserved || iso > tally.lastObserved)) tally.lastObserved = iso;
      if (!after) continue;
      for (const h of mine) if (tally.evidence.length < MAX_EFFICACY_EVIDENCE && h.evidence[0]) tally.evidence.push(h.evidence[0]);
      if (t - adoptedAt <= WORSE_WINDOW_DAYS * DAY_MS && tally.worse.length < MAX_EFFICACY_EVIDENCE) {
        failures ??= failuresOf(signals);
        for (const f of failures) {
          if (tally.worse.length >= MAX_EFFICACY_EVIDENCE) break;
          const b = bearing(f.signal, lesson, f.id);
          if (b === "episode" || lesson.knownBefore.has(f.id()) || lesson.knownBefore.has(f.oldId())) continue;
          if (b !== "entry-failed" && !f.kinds.some((k) => lesson.named.has(k))) continue;
          tally.worse.push(f.signal.evidence[0]);
          if (b === "entry-failed" && !lesson.prohibition) tally.tiedWorse++;
        }
      }
    }
    this.families.bound(this.slots);
  }
  tally(editId) {
    return this.tallies.get(editId);
  }
  /**
   * What earlier passes counted for a lesson's conversations (the ledger's): a conversation met again
   * (its subagent's file, or its own file grown) counts only what it meets that they did not.
   */
  seed(editId, conversations) {
    const t = this.tallies.get(editId);
    if (!t) return;
    for (const [key, bits] of Object.entries(conversations)) this.families.set(t, key, bits);
    this.families.bound(this.slots);
  }
  /** Adds what a later file's sessions met per conversation to a lesson's (Families.merge). */
  mergeFamilies(editId, from) {
    const into = this.tallies.get(editId);
    if (!into) return;
    this.families.merge(into, from);
    this.families.bound(this.slots);
  }
  /** Entries the families hold, over every lesson (see efficacy-families.ts). */
  get openFamilies() {
    return this.families.size;
  }
  /** The signals of one session that are some lesson's episode (bearing() says 'episode'), by lesson: one pass over the signals. */
  episodes(signals) {
    const out = /* @__PURE__ */ new Map();
    for (const s of signals) {
      const byId = this.signatures.has(s.signature) ? this.byPattern.get(signalPatternId(s)) ?? NO_LESSONS : NO_LESSONS;
      for (const l of byId) push(out, l, s);
      const old = this.oldShapes.size > 0 ? preGroupSignature(s.signature) : s.signature;
      const byOldId = old !== s.signature && this.oldShapes.has(old) ? this.byPattern.get(signalPatternId({ kind: s.kind, signature: old })) : void 0;
      for (const l of byOldId ?? NO_LESSONS) push(out, l, s);
      if (!s.memoryEntryId || !s.signature.endsWith("|ignored")) continue;
      for (const l of this.byEntryId.get(s.memoryEntryId) ?? NO_LESSONS) if (!byId.includes(l) && !byOldId?.includes(l)) push(out, l, s);
    }
    return out;
  }
};
var NONE = [];
var NO_LESSONS = [];
function push(m, k, v) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
function failuresOf(signals) {
  return signals.filter((s) => FAILURE_KINDS.has(s.kind) && s.evidence[0]).map((signal2) => {
    let id;
    let oldId;
    return {
      signal: signal2,
      id: () => id ??= signalPatternId(signal2),
      oldId: () => oldId ??= signalPatternId({ kind: signal2.kind, signature: preGroupSignature(signal2.signature) }),
      kinds: signal2.failed ? commandKinds(signal2.failed) : []
    };
  });
}

// src/ledger/efficacy-verdict.ts
var DEFAULT_UNOBSERVED_DAYS = 30;
var DEFAULT_MIN_SESSIONS_AFTER = 3;
var per100 = (w) => w.exposed === 0 ? 0 : 100 * w.episodes / w.exposed;
var fmt = (n) => Number.isInteger(n) ? String(n) : n.toFixed(1);
var HELD_CHANCE = 0.05;
function chanceOfAsFew(k, n, p) {
  if (k >= n || p <= 0) return 1;
  if (p >= 1) return 0;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let term = n * lq;
  let sum = term;
  for (let i = 0; i < k; i++) {
    term += Math.log(n - i) - Math.log(i + 1) + lp - lq;
    sum = Math.max(sum, term) + Math.log1p(Math.exp(-Math.abs(sum - term)));
  }
  return Math.min(1, Math.exp(sum));
}
var chanceSince = (t) => chanceOfAsFew(t.after.hitSessions, t.after.exposed, t.before.exposed ? t.before.hitSessions / t.before.exposed : 0);
var timesIn100 = (x) => x < 0.01 ? "under 1 time in 100" : `${Math.round(100 * x)} times in 100`;
function madeWorse(t) {
  return t.tiedWorse > 0 || new Set(t.worse.map((e) => e.session)).size >= 2;
}
function verdictOf(t, adoptedAt, o) {
  if (madeWorse(t)) return "worse";
  const quietSince = Date.parse(t.lastObserved && t.lastObserved > adoptedAt ? t.lastObserved : adoptedAt);
  if (t.after.episodes === 0 && o.now.getTime() - quietSince >= o.unobservedDays * 864e5) return "unobserved";
  if (t.after.exposed < (o.minSessionsAfter ?? DEFAULT_MIN_SESSIONS_AFTER)) return "too-early";
  const before = per100(t.before);
  const after = per100(t.after);
  if (t.after.hitSessions >= 2 && after >= before / 2) return "recurring";
  if (after < before) return chanceSince(t) < HELD_CHANCE ? "held" : "too-early";
  return "too-early";
}
function explain(v, t, o) {
  const rates = `${fmt(per100(t.before))} per 100 sessions that met it before (${t.before.episodes} in ${t.before.exposed} of ${t.before.sessions} sessions), ${fmt(per100(t.after))} after (${t.after.episodes} in ${t.after.exposed} of ${t.after.sessions} sessions since)`;
  switch (v) {
    case "worse":
      return `new failures in the commands it names right after adoption; ${rates}`;
    case "recurring":
      return `still hit in ${t.after.hitSessions} sessions since adoption although memory says it; ${rates}`;
    case "held":
      return `the episode rate fell: ${rates}; ${byChance(t)}`;
    case "unobserved":
      return `no session in which it could apply in ${o.unobservedDays} days; ${rates}`;
    default:
      if (t.after.exposed >= (o.minSessionsAfter ?? DEFAULT_MIN_SESSIONS_AFTER) && per100(t.after) < per100(t.before))
        return `too few sessions to say it helped: ${byChance(t)} (it takes under 5 in 100 to say so); ${rates}`;
      return `not enough sessions since adoption met its situation to judge; ${rates}`;
  }
}
var byChance = (t) => `with nothing changed (${t.before.hitSessions} of ${t.before.exposed} sessions hit before), ${t.after.hitSessions} or fewer of the ${t.after.exposed} since would be hit ${timesIn100(chanceSince(t))}`;
function guardSuggestion(lesson, failed) {
  if (!failed) return void 0;
  const fixed = codeSpans(lesson.entry).find((t) => t !== failed);
  const hint = fixed ? ` and say \`${fixed}\` instead` : "";
  return `A Claude Code \`PreToolUse\` hook on Bash could block commands starting with \`${failed}\`${hint} (exit code 2 with the reason on stderr); a CI check cannot see the agent's commands, a hook can.`;
}
var toLedger = (lesson, t) => ({
  patternId: lesson.patternId,
  adoptedAt: lesson.adoptedAt,
  before: { ...t.before },
  after: { ...t.after },
  weeks: structuredClone(t.weeks),
  ...t.lastObserved ? { lastObserved: t.lastObserved } : {},
  ...t.worse.length ? { worse: t.worse.map(({ session, file, line, quote }) => ({ session, file, line, quote })) } : {},
  ...t.tiedWorse ? { tiedWorse: t.tiedWorse } : {},
  ...Object.keys(t.families).length ? { conversations: { ...t.families } } : {}
});
var addWindow = (a, b) => ({
  sessions: a.sessions + b.sessions,
  episodes: a.episodes + b.episodes,
  hitSessions: a.hitSessions + b.hitSessions,
  exposed: a.exposed + b.exposed
});
var storedWindow = (w, side) => ({
  sessions: w.sessions,
  episodes: w.episodes,
  hitSessions: w.hitSessions,
  exposed: w.exposed ?? (side === "before" ? w.sessions : w.hitSessions)
});
function storedFor(l, lesson) {
  const stored = l.efficacy?.[lesson.editId];
  return stored && stored.adoptedAt === lesson.adoptedAt && stored.patternId === lesson.patternId ? stored : void 0;
}
function storedConversations(l, lesson) {
  const out = {};
  for (const [key, bits] of Object.entries(storedFor(l, lesson)?.conversations ?? {}))
    if (Number.isInteger(bits) && bits > 0 && bits <= 3 && /^[ab]\|/.test(key)) out[key] = bits;
  return out;
}
function storedOrSeed(l, lesson) {
  const stored = storedFor(l, lesson);
  if (stored) {
    return {
      before: storedWindow(stored.before, "before"),
      after: storedWindow(stored.after, "after"),
      weeks: structuredClone(stored.weeks),
      ...stored.lastObserved ? { lastObserved: stored.lastObserved } : {},
      evidence: [],
      worse: [...stored.worse ?? []],
      // A ledger from before the tie was recorded: its evidence is taken as tied, so its verdict stands.
      tiedWorse: stored.tiedWorse ?? stored.worse?.length ?? 0,
      clean: 0,
      families: {}
    };
  }
  const seed = emptyTally();
  const adopted = Date.parse(lesson.adoptedAt);
  let sessions = 0;
  for (const s of Object.values(l.sessions)) if (Date.parse(s.dreamedAt) <= adopted) sessions++;
  const support = l.patterns[lesson.patternId]?.support ?? 0;
  const n = Math.max(sessions, support);
  seed.before = { sessions: n, episodes: support, hitSessions: support, exposed: n };
  return seed;
}
function recordEfficacy(l, lessons, pass) {
  const sums = /* @__PURE__ */ new Map();
  const next = {};
  for (const lesson of lessons) {
    const prev = storedOrSeed(l, lesson);
    const now = pass(lesson.editId) ?? emptyTally();
    const weeks = structuredClone(prev.weeks);
    for (const [k, [s, e]] of Object.entries(now.weeks)) {
      const b = weeks[k] ??= [0, 0];
      b[0] += s;
      b[1] += e;
    }
    const last = [prev.lastObserved, now.lastObserved].filter((x) => !!x).sort().pop();
    const sum = {
      before: addWindow(prev.before, now.before),
      after: addWindow(prev.after, now.after),
      weeks,
      ...last ? { lastObserved: last } : {},
      evidence: now.evidence,
      worse: [...prev.worse, ...now.worse].slice(0, MAX_EFFICACY_EVIDENCE),
      tiedWorse: prev.tiedWorse + now.tiedWorse,
      clean: now.clean,
      families: now.families
    };
    sums.set(lesson.editId, sum);
    next[lesson.editId] = toLedger(lesson, sum);
  }
  if (lessons.length || l.efficacy) l.efficacy = next;
  if (Object.keys(next).length === 0) delete l.efficacy;
  return sums;
}
function lessonEfficacy(lesson, t, o, failed) {
  const verdict = verdictOf(t, lesson.adoptedAt, o);
  const evidence = verdict === "worse" ? t.worse : verdict === "recurring" ? t.evidence : [];
  const suggestion = verdict === "recurring" ? guardSuggestion(lesson, failed) : void 0;
  return {
    file: lesson.file,
    entry: lesson.entry,
    patternId: lesson.patternId,
    editId: lesson.editId,
    adoptedAt: lesson.adoptedAt,
    adoptedIn: lesson.adoptedIn,
    before: { sessions: t.before.sessions, episodes: t.before.episodes, exposed: t.before.exposed },
    after: { sessions: t.after.sessions, episodes: t.after.episodes, exposed: t.after.exposed },
    verdict,
    why: explain(verdict, t, o),
    ...evidence.length ? { evidence } : {},
    ...suggestion ? { suggestion } : {}
  };
}
var ORDER = ["worse", "recurring", "held", "unobserved", "too-early"];
var byVerdict = (a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || (a.adoptedAt < b.adoptedAt ? -1 : a.adoptedAt > b.adoptedAt ? 1 : 0);

// src/engine/recurring.ts
function strengthenRecurring(lesson, memory, entryHashOf) {
  if (lesson.verdict !== "recurring" || !lesson.evidence?.length) return void 0;
  const file = memory.find((f) => f.path === lesson.file);
  const target = lesson.entry.trim();
  const entry = file?.entries.find((e) => entryHashOf(e.text) === entryHashOf(target));
  const after = entry ? markedImportant(entry.text) : void 0;
  if (!file || !entry || after === void 0) return void 0;
  const hits = lesson.after;
  return makeEdit({
    ...entryUpdate(file, entry, after),
    rationale: `Adopted ${lesson.adoptedAt.slice(0, 10)} (${lesson.adoptedIn.slice(0, 7)}), yet hit ${hits.episodes} time(s) in ${hits.sessions} session(s) since: memory says it and agents miss it, so it is marked IMPORTANT.${lesson.suggestion ? ` ${lesson.suggestion}` : ""}`,
    evidence: lesson.evidence.map((e) => ({ ...e })),
    patternId: lesson.patternId,
    support: { sessions: lesson.after.sessions, agents: 1 }
  });
}

// src/pipeline/efficacy.ts
async function adoptionsIn(repoDir, ledger, logger) {
  if (!Object.values(ledger.edits).some((e) => e.entryHash)) return [];
  try {
    return await findAdoptions({ repoDir, ledger });
  } catch (e) {
    logger.info(`efficacy: adopted lessons not looked up (${e.message.split("\n")[0]})`);
    return [];
  }
}
var EfficacyPass = class _EfficacyPass {
  constructor(lessons, opts, earlier) {
    this.lessons = lessons;
    this.opts = opts;
    this.earlier = earlier;
    this.counter = new EfficacyCounter(lessons);
    for (const [editId, conversations] of earlier) this.counter.seed(editId, conversations);
  }
  lessons;
  opts;
  earlier;
  counter;
  static async start(repoDir, ledger, memory, opts, logger) {
    const adoptions = opts.adoptions ?? await adoptionsIn(repoDir, ledger, logger);
    const lessons = trackedLessons(adoptions, ledger, memory);
    const earlier = new Map(opts.fromScratch ? [] : lessons.map((l) => [l.editId, storedConversations(ledger, l)]));
    return new _EfficacyPass(lessons, opts, earlier);
  }
  observe(session, signals) {
    this.counter.observe(session, signals);
  }
  /**
   * Adds one file's counts (see FileEfficacy), files taken in pass order: the same as observing their
   * sessions here one by one, whichever thread or shard counted them.
   */
  merge(tallies) {
    for (const [editId, from] of tallies) {
      const into = this.counter.tally(editId);
      if (!into) continue;
      mergeTally(into, from);
      this.counter.mergeFamilies(editId, from.families);
    }
  }
  /** This pass without the lessons not in `editIds` (those a shard did not count): they are not judged this time. */
  only(editIds) {
    return new _EfficacyPass(
      this.lessons.filter((l) => editIds.has(l.editId)),
      this.opts,
      this.earlier
    );
  }
  /**
   * Adds the pass's counts to the ledger (unless fromScratch), judges every lesson and proposes
   * strengthening for the recurring ones. Worse first, then recurring.
   */
  finish(ledger, memory, now) {
    if (this.lessons.length === 0) {
      if (!this.opts.fromScratch) recordEfficacy(ledger, [], () => void 0);
      return { efficacy: [], edits: [] };
    }
    const pass = (id) => this.counter.tally(id);
    const sums = this.opts.fromScratch ? new Map(this.lessons.map((l) => [l.editId, pass(l.editId)])) : recordEfficacy(ledger, this.lessons, pass);
    const at = now.toISOString();
    const verdictOpts = { now, unobservedDays: this.opts.unobservedDays ?? DEFAULT_UNOBSERVED_DAYS };
    const efficacy = [];
    for (const lesson of this.lessons) {
      const t = sums.get(lesson.editId);
      const failed = ledger.patterns[lesson.patternId]?.samples?.find((s) => s.failed)?.failed;
      efficacy.push(lessonEfficacy(lesson, t, verdictOpts, failed));
      if (this.opts.fromScratch) continue;
      const entry = memory.find((f) => f.path === lesson.file)?.entries.find((e) => entryTextHash(e.text) === lesson.entryHash);
      const pt2 = pass(lesson.editId);
      if (entry && pt2.clean !== 0) recordEntryOutcome(ledger, entry.id, "helped", pt2.clean, at);
      if (entry && pt2.worse.length > 0) recordEntryOutcome(ledger, entry.id, "hurt", pt2.worse.length, at);
    }
    efficacy.sort(byVerdict);
    const edits = efficacy.flatMap((e) => strengthenRecurring(e, memory, entryTextHash) ?? []);
    return { efficacy, edits };
  }
};
var FileEfficacy = class {
  constructor(lessons) {
    this.lessons = lessons;
    this.counter = new EfficacyCounter(lessons);
  }
  lessons;
  counter;
  /** `continued`: the session goes on from where an earlier pass stopped reading its file (see EfficacyCounter.observe). */
  observe(session, signals, continued = false) {
    this.counter.observe(session, signals, continued);
  }
  tallies() {
    const out = [];
    for (const l of this.lessons) {
      const t = this.counter.tally(l.editId);
      const touched = t.before.sessions + t.before.episodes + t.after.sessions + t.after.episodes + t.clean > 0;
      if (touched || Object.keys(t.weeks).length > 0 || t.lastObserved || t.evidence.length || t.worse.length) out.push([l.editId, t]);
    }
    return out;
  }
};
function mergeTally(into, from) {
  for (const w of ["before", "after"]) {
    into[w].sessions += from[w].sessions;
    into[w].episodes += from[w].episodes;
    into[w].hitSessions += from[w].hitSessions;
    into[w].exposed += from[w].exposed;
  }
  for (const [week, [sessions, episodes]] of Object.entries(from.weeks)) {
    const bucket = into.weeks[week] ??= [0, 0];
    bucket[0] += sessions;
    bucket[1] += episodes;
  }
  if (from.lastObserved && (!into.lastObserved || from.lastObserved > into.lastObserved)) into.lastObserved = from.lastObserved;
  into.clean += from.clean;
  for (const e of from.evidence) if (into.evidence.length < MAX_EFFICACY_EVIDENCE) into.evidence.push(e);
  for (const e of from.worse) if (into.worse.length < MAX_EFFICACY_EVIDENCE) into.worse.push(e);
  into.tiedWorse += from.tiedWorse;
}
function lessonsToWire(lessons) {
  return lessons.map((l) => ({
    ...l,
    agents: [...l.agents],
    named: [...l.named],
    situations: [...l.situations],
    knownBefore: [...l.knownBefore],
    entryIds: [...l.entryIds]
  }));
}
function lessonsFromWire(lessons) {
  return lessons.map((l) => ({
    ...l,
    agents: new Set(l.agents),
    named: new Set(l.named),
    situations: new Set(l.situations),
    knownBefore: new Set(l.knownBefore),
    entryIds: new Set(l.entryIds)
  }));
}

// src/signals/mine.ts
import path3 from "node:path";

// src/signals/machine-values.ts
var HOME = /^(?:~(?:[\\/]|$)|\$\{?HOME\b|%USERPROFILE%|%APPDATA%|\/home\/[^/\s]+|\/Users\/[^/\s]+|\/root(?:\/|$)|[A-Za-z]:[\\/]Users[\\/])/i;
var TEMP = /^(?:\/tmp\/\S|\/var\/tmp\/\S|\/(?:private\/)?var\/folders\/|\$\{?TMPDIR\}?[\\/]\S|%TEMP%|[A-Za-z]:[\\/].*[\\/]Temp[\\/])/i;
var REDACTED = /\[REDACTED\b/;
var ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;
var UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
var IDENTITY = /^user\.(?:name|email|signingkey)=/i;
function machineValue(value) {
  if (REDACTED.test(value) || UUID.test(value) || IDENTITY.test(value)) return true;
  return [value, ...value.split(/[:;]/)].some((part) => HOME.test(part) || TEMP.test(part));
}
function setsMachineValue(command2) {
  const words3 = shellWords(command2);
  for (let i = 0; i < words3.length; i++) {
    const w = words3[i] ?? "";
    const eq = w.indexOf("=");
    const name = eq > 0 ? w.slice(0, eq) : "";
    if (eq > 0 && /^(?:--?[\w-]+|[A-Za-z_]\w*)$/.test(name)) {
      const value = w.slice(eq + 1).replace(/^["']|["']$/g, "");
      if (machineValue(value)) return true;
    } else if (i > 0 && /^--?[\w-]+$/.test(words3[i - 1] ?? "") && (machineValue(w) || ABSOLUTE.test(w))) {
      return true;
    }
  }
  return false;
}

// src/signals/one-time-changes.ts
var INSTALLERS = {
  pip: /^install$/,
  pip3: /^install$/,
  pipx: /^install$/,
  "uv pip": /^install$/,
  "uv tool": /^install$/,
  uv: /^add$/,
  poetry: /^add$/,
  pdm: /^add$/,
  conda: /^install$/,
  mamba: /^install$/,
  micromamba: /^install$/,
  npm: /^(install|i|add)$/,
  pnpm: /^(install|i|add)$/,
  yarn: /^(add|global)$/,
  bun: /^(install|i|add)$/,
  "apt-get": /^install$/,
  apt: /^install$/,
  yum: /^install$/,
  dnf: /^install$/,
  apk: /^add$/,
  brew: /^install$/,
  port: /^install$/,
  gem: /^install$/,
  cargo: /^(install|add)$/,
  go: /^(install|get)$/,
  composer: /^require$/
};
var DECLARED = /^(-r|--requirement|-e|--editable|-c|--constraint)$/;
function pathLike(arg) {
  if (/^[.~/]/.test(arg) || /\.(whl|tar\.gz|tgz|zip|txt)$/i.test(arg)) return true;
  return arg.includes("/") && !arg.includes("://") && !arg.includes("@") && !/^[\w-]+\.[\w.-]+\//.test(arg);
}
function installsByName(shape) {
  const groups = [shape.sub.length > 1 ? `${shape.program} ${shape.sub[0]}` : void 0, shape.program];
  for (const group of groups) {
    const verbs = group && INSTALLERS[group];
    if (!verbs) continue;
    const fromSub = shape.sub.length > 0;
    const verb = fromSub ? shape.sub[shape.sub.length - 1] : shape.args[0];
    if (!verb || !verbs.test(verb)) return false;
    if (shape.flags.some((f) => DECLARED.test(f))) return false;
    const named = fromSub ? shape.args : shape.args.slice(1);
    return named.some((a) => group === "composer" ? !/^[.~/]/.test(a) : !pathLike(a));
  }
  return false;
}
var MACHINE_TARGETS = [
  "docker context use",
  "docker login",
  "kubectl config use-context",
  "kubectl config set-context",
  "gcloud config set",
  "gcloud config configurations activate",
  "gcloud auth",
  "az account set",
  "az login",
  "aws configure",
  "aws sso login",
  "gh auth",
  "npm login",
  "npm adduser"
];
function switchesMachineTarget(shape) {
  const words3 = [shape.program, ...shape.sub].join(" ");
  if (MACHINE_TARGETS.some((t) => words3 === t || words3.startsWith(`${t} `))) return true;
  return words3 === "git config" && shape.flags.some((f) => f === "--global" || f === "--system");
}
function changesOnce(shape) {
  return installsByName(shape) || switchesMachineTarget(shape);
}

// src/signals/episodes.ts
var EDIT_PROGRAM = /^(sed|perl|patch|apply_patch|tee|touch|cp|mv|git)$/;
var AGENT_EDIT_COMMAND = /^(edit|create|insert|append|str_replace|end_of_edit|str_replace_editor)$/;
var isAgentEditCommand = (s) => AGENT_EDIT_COMMAND.test(s.program);
var WRITE_REDIRECT = /(?:^|[^\d&>])>>?\s*(?!&|\/dev\/null)[\w./~-]+/;
function inputPath(input) {
  if (!input || typeof input !== "object") return void 0;
  const o = input;
  const p = o.file_path ?? o.path ?? o.filename ?? o.notebook_path;
  return typeof p === "string" ? p : void 0;
}
function isEditCommand(line, shapes) {
  if (shapes.some((s) => AGENT_EDIT_COMMAND.test(s.program) || EDIT_PROGRAM.test(s.program) && editsInPlace(s))) return true;
  return WRITE_REDIRECT.test(line.replace(/"[^"]*"|'[^']*'/g, ""));
}
function editsInPlace(s) {
  switch (s.program) {
    case "sed":
    case "perl":
      return s.flags.some((f) => /^-(i|pi|[a-z]*i)|^--in-place\b/.test(f));
    case "git":
      return /^(apply|checkout|restore|stash|am|cherry-pick|revert|reset)$/.test(s.sub[0] ?? "");
    default:
      return true;
  }
}
function isEditCall(call, shapes = []) {
  if (call.command !== void 0) return isEditCommand(call.command, shapes);
  if (!EDIT_TOOL.test(call.name)) return false;
  const sub = call.input?.command;
  return sub !== "view";
}
function writtenFiles(call, known = /* @__PURE__ */ new Set()) {
  const added = patchedFiles(call.command ?? call.input).flatMap((f) => f.op === "Add" ? [baseName(f.path)] : []);
  if (call.command === void 0) {
    const sub = call.input?.command;
    const creates = /^(write|create_file|write_file)$/i.test(call.name) || sub === "create";
    const p = creates ? inputPath(call.input) : void 0;
    return p ? [baseName(p), ...added] : added;
  }
  const out = added;
  const redirects = call.command.includes(">") ? call.command.replace(/"[^"]*"|'[^']*'/g, "") : "";
  for (const m of redirects.matchAll(/(?:^|[^\d&>])>>?\s*([\w./~-]+)/g)) {
    if (m[1] && m[1] !== "/dev/null") out.push(baseName(m[1]));
  }
  for (const seg of segments(call.command)) {
    const program = shellWords(seg, 1)[0] ?? "";
    if (program === "mkdir") out.push(...madeDirs(shellWords(seg).slice(1), known));
    if (program === "cp" || program === "ln") out.push(...copyMade(shellWords(seg).slice(1), known));
    if (!WRITES.has(program)) continue;
    const w = shellWords(seg);
    if (w.length > 1)
      out.push(
        ...w.slice(1).filter((x) => !x.startsWith("-")).map(baseName)
      );
  }
  return out;
}
function madeDirs(words3, known) {
  const out = [];
  for (const w of words3) {
    if (w.startsWith("-") || /^\d+$/.test(w)) continue;
    const parts = w.split("/").filter((x) => x && x !== "." && x !== ".." && x !== "~");
    const last = parts.pop();
    if (!last) continue;
    if (!w.startsWith("/") && !w.startsWith("~")) out.push(...parts.filter((x) => !known.has(x)));
    out.push(last);
  }
  return out;
}
function copyMade(words3, known) {
  const ops = words3.filter((w) => !w.startsWith("-"));
  if (ops.length !== 2 || words3.some((w) => /^(-t|--target-directory)/.test(w))) return [];
  const [source = "", target = ""] = ops;
  const name = baseName(target.replace(/\/+$/, ""));
  if (target.endsWith("/") || !name || name === "." || name === ".." || known.has(name)) return [];
  return name === baseName(source.replace(/\/+$/, "")) ? [] : [name];
}
var LISTS = /^(ls|find|tree|fd|git)$/;
var NAME = /[^\s/'"`=:;,&|()<>[\]{}*]+/g;
function namedIn(step) {
  const out = [...(step.call.command ?? inputPath(step.call.input) ?? "").match(NAME) ?? []];
  if (step.shapes.some((s) => LISTS.test(s.program))) out.push(...step.text.slice(0, 4e3).match(NAME) ?? []);
  return out;
}
var baseName = (p) => p.slice(p.lastIndexOf("/") + 1);
var WRITES = /* @__PURE__ */ new Set(["touch", "tee", "create"]);
function sessionSteps(events9) {
  const calls = /* @__PURE__ */ new Map();
  const pending = [];
  const steps = [];
  for (const e of events9) {
    if (e.kind === "tool_call") {
      if (e.callId) calls.set(e.callId, e);
      pending.push(e);
      continue;
    }
    if (e.kind !== "tool_result" && !(e.kind === "hook_block" && e.callId && !e.followUp)) continue;
    const call = e.callId ? calls.get(e.callId) : pending[pending.length - 1];
    if (!call) continue;
    const i = pending.indexOf(call);
    if (i >= 0) pending.splice(i, 1);
    if (e.kind === "tool_result" && e.cascade) continue;
    const shapes = call.command !== void 0 ? parseCommands(call.command) : [];
    const hook = e.kind === "hook_block";
    steps.push({
      call,
      outcome: e,
      ok: e.kind === "tool_result" ? e.ok : false,
      hook,
      text: e.text,
      shapes,
      edit: isEditCall(call, shapes),
      key: (call.command ?? "").replace(/\s+/g, " ").trim()
    });
  }
  return steps;
}
var GATE = /^git (commit|push)$/;
function principal(step) {
  return step.shapes.find((s) => GATE.test(commandFamily(s))) ?? step.shapes[0];
}
var QUIET_WRITER = /^(touch|mkdir|cp|mv|ln|rm|chmod|chown|truncate)$/;
var REDIRECTED_WRITER = /^(cat|echo|printf)$/;
function quietWrite(shape) {
  if (QUIET_WRITER.test(shape.program)) return true;
  if (shape.program === "sed" || shape.program === "perl") return editsInPlace(shape);
  return REDIRECTED_WRITER.test(shape.program) && WRITE_REDIRECT.test(shape.segment.replace(/"[^"]*"|'[^']*'/g, ""));
}
function namesItself(text, shape) {
  const head = text.slice(0, 4e3);
  const program = escapeRegExp(shape.program);
  const own = new RegExp(String.raw`(?:^|\n|\\n)\s*(?:[\w./-]*/)?${program}:`);
  if (own.test(head)) return true;
  const target = /(?:^|[^\d&>])>>?\s*([\w./~-]+)/.exec(shape.segment.replace(/"[^"]*"|'[^']*'/g, ""))?.[1];
  return !!target && REDIRECTED_WRITER.test(shape.program) && head.includes(`${target}: `);
}
function actingShape(step) {
  const { shapes } = step;
  for (let k = 0; k < shapes.length - 1; k++) {
    const s = shapes[k];
    if (!quietWrite(s) || namesItself(step.text, s)) return s;
  }
  return shapes[shapes.length - 1];
}
function isGate(shape) {
  return GATE.test(commandFamily(shape));
}
var LOOK_PROGRAM = /^(ls|cat|nl|bat|tac|od|xxd|hexdump|strings|column|head|tail|less|more|grep|egrep|fgrep|rg|ag|ack|find|fd|tree|wc|stat|file|du|df|ps|pgrep|top|which|whereis|type|command|echo|printf|pwd|date|whoami|uname|env|printenv|sleep|true|false|test|\[|\[\[|diff|cmp|sort|uniq|cut|awk|jq|yq|xargs|curl|wget|open|code|history|clear|man|read|sed)$/;
var LOOK_SUB = new Map(
  Object.entries({
    git: /^(status|log|diff|show|branch|ls-files|rev-parse|remote|fetch|blame|grep|describe|shortlog|reflog|config|cat-file|ls-tree|tag|worktree)$/,
    gh: /^(pr|issue|run|repo|api|browse|view|status)$/,
    docker: /^(ps|images|logs|inspect)$/,
    kubectl: /^(get|describe|logs)$/
  })
);
var looks = /* @__PURE__ */ new WeakMap();
function onlyLooks(shape) {
  let answer = looks.get(shape);
  if (answer === void 0) looks.set(shape, answer = looksOnly(shape));
  return answer;
}
function looksOnly(shape) {
  const word2 = shellWords(shape.segment).find((w) => baseName(w) === shape.program);
  if (word2?.includes("/")) return false;
  if ((shape.program === "sed" || shape.program === "perl") && editsInPlace(shape)) return false;
  if (shape.program === "find" && shape.flags.some((f) => /^-(delete|exec|execdir|ok|okdir|fprint\w*)$/.test(f))) return false;
  if (LOOK_PROGRAM.test(shape.program)) return true;
  const sub = LOOK_SUB.get(shape.program);
  if (sub && sub.test(shape.sub[0] ?? "")) return true;
  if (/^(help|--help|-h|--version|-V|version|info|view|list|ls|outdated|why)$/.test(shape.sub[0] ?? "")) return true;
  const verb = shape.sub.length > 1 ? shape.sub[shape.sub.length - 1] : shape.args[0];
  if (shape.sub[0] && !SCRIPT_RUNNER_SUB.test(shape.sub[0]) && GROUP_LOOK_VERB.test(verb ?? "")) return true;
  return shape.flags.some((f) => f === "--help" || f === "--version");
}
var GROUP_LOOK_VERB = /^(ls|list|show|inspect|view|info|help|version|ps|logs)$/;
var SCRIPT_RUNNER_SUB = /^(run|run-script|exec|x|dlx|script|task)$/;
var EPISODE_WINDOW = 60;
function resolve(steps, i, sameIntent, window = EPISODE_WINDOW) {
  const failed = steps[i];
  const fam = failed ? principal(failed) : void 0;
  const between = [];
  let edited = false;
  const end = Math.min(steps.length, i + 1 + window);
  for (let j = i + 1; j < end; j++) {
    const s = steps[j];
    if (s.ok && sameIntent(s)) return { retry: j, edited, between };
    if (s.edit) edited = true;
    if (!s.ok) continue;
    for (const shape of s.shapes) {
      if (onlyLooks(shape) || fam && commandFamily(shape) === commandFamily(fam) || changesOnce(shape)) continue;
      between.push({ step: s, shape });
    }
  }
  return { retry: -1, edited, between };
}
function distinctiveWord(shape) {
  const n = shape.sub.length;
  const group = n > 1 && !/^(run|run-script)$/.test(shape.sub[0] ?? "") && (shape.sub[n - 1] ?? "").length < 3;
  const last = shape.sub[group ? n - 2 : n - 1];
  return (last && !/^(run|run-script|exec|x)$/.test(last) ? last : shape.program).toLowerCase();
}
function namedBy(output, shape) {
  const word2 = distinctiveWord(shape);
  if (word2.length < 3) return false;
  const re = new RegExp(`(^|[^\\w/.-])${escapeRegExp(word2)}(?=$|[^\\w/.])`, "im");
  return re.test(output.slice(0, 2e4));
}

// src/signals/not-failures.ts
var ANSWERING = /^(grep|egrep|fgrep|zgrep|rg|ag|ack|diff|cmp|test|\[|\[\[|which|whereis|type|pgrep|pidof|false|git-diff|git-grep|comm|jq)$/;
var PRINTING = /^(echo|printf|head|tail|sort|uniq|wc|cut|cat|true|xargs|tr)$/;
var LOOKING = /^(ls|cat|head|tail|stat|file|less|more|wc|find|readlink|realpath|du|tree|grep|egrep|fgrep|zgrep|rg|ag|ack|nl|awk)$/;
var CD_MISSED = /(?:^|\n)[^\n]{0,40}\bcd:(?:\d+:)? (?:([^\n]{1,200}): )?(?:no such file or directory|not a directory)\b(?:: *(\S+))?|\bcan't cd to (\S+)/i;
function cdMissedDir(output) {
  const m = CD_MISSED.exec(output.slice(0, 2e3));
  return m ? m[1] ?? m[2] ?? m[3] ?? "" : void 0;
}
var IDEMPOTENT_MISS = /\b(No such file or directory|cannot remove|does not exist|not found|No such process|File exists|already exists|no process found)\b/i;
var CLEANUP = /^(rm|rmdir|unlink|kill|pkill|killall|mkdir|ln|docker-rm)$/;
var INLINE_CODE = /* @__PURE__ */ new Map([
  ["python", /^-c$/],
  ["node", /^(-e|--eval|-p|--print)$/],
  ["ruby", /^-e$/],
  ["perl", /^-e$/],
  ["php", /^-r$/],
  ["elixir", /^-e$/],
  ["deno", /^eval$/]
]);
var ENVIRONMENT = /(command not found|not recognized as|No such file or directory:? ['"]?\S*(python|node|ruby)|is not installed|cannot execute)/i;
var PATTERN_TOOL = /^(grep|egrep|fgrep|zgrep|rg|ag|ack|git-grep|sed|gsed|awk|gawk|mawk|nawk|jq|yq)$/;
var MALFORMED_PATTERN = new RegExp(
  [
    String.raw`Unmatched \\?[[({)]`,
    String.raw`Invalid (?:regular expression|preceding regular expression|range end|back reference|character class|character range|content of|regex)`,
    String.raw`[Tt]railing backslash`,
    String.raw`(?:brackets \(\[ ?\]\)|parentheses|braces) not balanced`,
    String.raw`repetition-operator operand invalid`,
    String.raw`regex parse error`,
    String.raw`Bad regex`,
    String.raw`-e expression #\d+, char \d+`,
    String.raw`unterminated (?:substitute|\x60s' command|regular expression)`,
    String.raw`unknown option to \x60s'`,
    String.raw`\b(?:syntax|compile) error`
  ].join("|")
);
var PATTERN_COMPLAINT_AT = /^[^\n]{0,80}?(?:grep|rg|ag|ack|sed|awk|jq|yq|fatal|error)\b[^\n]{0,400}$/im;
function rejectsOwnPattern(shapes, output) {
  if (!shapes.some((s) => PATTERN_TOOL.test(s.program) || s.program === "git" && s.sub[0] === "grep")) return false;
  const head = output.slice(0, 2e3).replace(/\\n/g, "\n");
  return head.split("\n").some((line) => PATTERN_COMPLAINT_AT.test(line) && MALFORMED_PATTERN.test(line));
}
var RUNNER = /^(python[\d.]*|node|ruby|perl|php|bash|sh|zsh|deno|bun|tsx|ts-node|elixir|go|Rscript|julia)$/;
function scriptOf(s) {
  if (!RUNNER.test(s.program) || s.sub.length > 0 && s.sub[0] !== "run") return void 0;
  return s.args[0];
}
var isVersionChar = (c) => c === 46 || c >= 48 && c <= 57;
function interpreter(program) {
  let end = program.length;
  while (end > 0 && isVersionChar(program.charCodeAt(end - 1))) end--;
  const base = end === program.length ? program : program.slice(0, end);
  return INLINE_CODE.has(base) ? base : void 0;
}
function runsInlineCode(s) {
  const lang = interpreter(s.program);
  const code2 = lang === void 0 ? void 0 : INLINE_CODE.get(lang);
  return !!code2 && (s.flags.some((f) => code2.test(f)) || s.args[0] === "-" || /<</.test(s.segment));
}
var pathParts = (arg) => arg.replace(/::.*$/, "").split("/").filter((x) => x && x !== "." && x !== "..");
function lastSegmentWords(line) {
  const segs = segments(line);
  const last = segs[segs.length - 1] ?? "";
  const words3 = shellWords(last).filter((w) => !/^(\d?>>?|&>|<|\d?>&\d)/.test(w) && w !== "/dev/null");
  while (words3.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words3[0] ?? "")) words3.shift();
  return words3;
}
var LINTER = /^(pylint|flake8|ruff|eslint|mypy|pyright|pycodestyle|pydocstyle|pyflakes|black|isort|rubocop|golangci-lint|staticcheck|shellcheck|stylelint|markdownlint|hadolint|yamllint|biome|oxlint|tslint|standard|prettier|credo|clippy|vet)$/;
var FINDING = /^(?:\S+\.\w+:\d+(?::\d+)?:? +\S|\s+\d+:\d+ +(?:error|warning) +\S)|^Found \d+ (?:errors?|issues?)\b|^\*+ Module \S+$|^would reformat \S|^\[warn\] \S+\.\w+$/m;
function reportsLintFindings(shape, output) {
  const [s0 = "", s1 = ""] = shape.sub;
  const script = /^(run|run-script)$/.test(s0) ? s1 : s0;
  const named = LINTER.test(shape.program) || LINTER.test(s0) || /^lint/.test(script);
  return named && FINDING.test(output.slice(0, 2e4).replace(/\\n/g, "\n"));
}
function notAFailure(command2, shapes, output, exitCode, created) {
  const words3 = lastSegmentWords(command2);
  const first = words3[0] ?? "";
  const last = first.includes("/") && !first.startsWith("/") ? first : first.slice(first.lastIndexOf("/") + 1);
  const answerExit = exitCode === void 0 || exitCode === 1;
  const gitAnswer = last === "git" && /^(diff|grep|ls-files|rev-parse|show-ref|merge-base|check-ignore)$/.test(words3[1] ?? "");
  const chain = segments(command2).map((seg) => shellWords(seg, 1)[0] ?? "");
  const askingChain = chain.some((p) => ANSWERING.test(p)) && chain.every((p) => ANSWERING.test(p) || PRINTING.test(p));
  if ((ANSWERING.test(last) || gitAnswer || askingChain) && answerExit && !/\b(usage|invalid|unrecognized|illegal option)\b/i.test(output.slice(0, 400))) {
    return `\`${last}\` exiting 1 is an answer (no match, a difference), not a failure`;
  }
  if (LOOKING.test(last) && /No such file or directory|cannot access|does not exist/i.test(output.slice(0, 2e3))) {
    return `\`${last}\` of a missing path only looked whether it exists`;
  }
  if (/(?:^|[;&|(]\s*)cd\s/.test(command2) && cdMissedDir(output) !== void 0) {
    return "`cd` into a directory that is not there: the working directory, not the command, was wrong";
  }
  if (shapes.some((s) => CLEANUP.test(s.program)) && IDEMPOTENT_MISS.test(output.slice(0, 2e3))) {
    return "removing, stopping or creating something already in that state";
  }
  if (shapes.some(isAgentEditCommand)) return "an edit the agent typed was rejected (its own code, not a command)";
  if (rejectsOwnPattern(shapes, output)) return "the tool rejected the pattern or program the agent typed (its own text)";
  if (ENVIRONMENT.test(output.slice(0, 2e3))) return void 0;
  for (const s of shapes) {
    const lang = interpreter(s.program);
    if (runsInlineCode(s)) return `the failure is in code the agent passed to \`${s.program}\` inline`;
    const script = lang || RUNNER.test(s.program) ? s.args[0] : s.program;
    if (script && created.has(script.slice(script.lastIndexOf("/") + 1))) {
      return `the failure is in \`${script}\`, a script the agent wrote in this session`;
    }
    const own = isTestCommand(s) ? s.args.find((a) => pathParts(a).some((p) => created.has(p))) : void 0;
    if (own) return `the tests run are in \`${own}\`, which the agent made in this session`;
  }
  return void 0;
}

// src/signals/fix-search.ts
var SELECTION = new Map(
  Object.entries({
    pytest: /^(-k|-m|--deselect(=.*)?|--lf|--last-failed|--ff|--failed-first|--sw|--stepwise)$/,
    go: /^-(run|skip)(=.*)?$/,
    jest: /^(-t|--testNamePattern(=.*)?|--testPathPattern(=.*)?|-o|--onlyChanged)$/,
    vitest: /^(-t|--testNamePattern(=.*)?)$/,
    mocha: /^(-g|--grep(=.*)?|-f|--fgrep(=.*)?)$/,
    rspec: /^(-e|--example(=.*)?|--tag(=.*)?)$/,
    phpunit: /^(--filter(=.*)?|--group(=.*)?)$/,
    playwright: /^(-g|--grep(=.*)?|--project(=.*)?)$/
  })
);
var SCRIPT_SELECTION = /^(-t|--testNamePattern(=.*)?|--grep(=.*)?|-k|--filter(=.*)?)$/;
function selectsTests(shape, flag) {
  if (!isTestCommand(shape)) return false;
  return (SELECTION.get(shape.program === "py.test" ? "pytest" : shape.program) ?? SCRIPT_SELECTION).test(flag);
}
var meaningful = (shape) => (t) => !(t.startsWith("flag:") && (outputOnlyFlag(shape.program, t.slice(5)) || selectsTests(shape, t.slice(5))));
function meaningfulDiff(a, b) {
  const d = structuralDiff(a, b);
  const added = d.added.filter(meaningful(b));
  if (runsAsRoot(b) && !runsAsRoot(a)) added.push(ROOT_TOKEN);
  return { added: added.sort(), removed: d.removed.filter(meaningful(a)) };
}
function changesStructure(a, b) {
  const ta = structuralTokenSet(a);
  const tb = structuralTokenSet(b);
  const inB = meaningful(b);
  const inA = meaningful(a);
  for (const t of tb) if (!ta.has(t) && inB(t)) return true;
  for (const t of ta) if (!tb.has(t) && inA(t)) return true;
  return false;
}
var CODE_ERROR = /\b(SyntaxError|IndentationError|TabError|NameError|UnboundLocalError|ReferenceError|AttributeError|TypeError|KeyError|IndexError|ValueError|ZeroDivisionError|AssertionError)\b|\berror TS\d+|^panic: /m;
var MISSING_PHRASES = ["not found", "is not recognized", "No such file or directory"];
var missingPattern = boundedMemo(512, (program) => {
  const p = escapeRegExp(program);
  return new RegExp(
    String.raw`\b${p}: (command )?not found|command not found: ${p}\b|'${p}' is not recognized|${p}: No such file or directory`
  );
});
function programMissing(text, shape) {
  const head = text.slice(0, 4e3);
  if (!head.includes(shape.program) || !MISSING_PHRASES.some((m) => head.includes(m))) return false;
  return missingPattern(shape.program).test(head);
}
var locatesProgram = (t) => t.startsWith("setup:") || t.startsWith("env:") || t.startsWith("via:") || t === ROOT_TOKEN;
var WRONG_INTERPRETER = /\b(?:requires?|needs?) (?:a )?(?:Python|Node(?:\.js)?|Ruby|PHP|Perl)\s*(?:version\s*)?(?:[<>=~^]=?\s*)?v?\d|Unsupported engine|bad interpreter|cannot execute binary|[Ee]xec format error/;
function otherScript(failed, retry, missing, output) {
  const a = scriptOf(failed);
  const b = scriptOf(retry);
  if (a === void 0 || b === void 0 || baseName2(a) === baseName2(b)) return false;
  return !missing && !WRONG_INTERPRETER.test(output.slice(0, 4e3));
}
var baseName2 = (p) => p.slice(p.lastIndexOf("/") + 1);
var INTERPRETER_WORLD = /ModuleNotFoundError|No module named|ImportError|Cannot find (?:module|package)|ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|ERR_UNKNOWN_FILE_EXTENSION|cannot load such file|Could not find gem|GemNotFound|Can't locate \S+ in @INC|can't open file|No such file or directory|command not found|not recognized as|heap out of memory|MemoryError/;
function scriptsOwnError(failed, d, missing, output) {
  if (scriptOf(failed) === void 0 || missing) return false;
  if (!d.added.every((t) => t.startsWith("setup:")) || d.removed.length > 0) return false;
  const head = output.slice(0, 4e3);
  return !INTERPRETER_WORLD.test(head) && !WRONG_INTERPRETER.test(head);
}
function onlyDroppedAnother(failed, retry, d, output) {
  if (d.added.length > 0 || d.removed.length === 0 || !d.removed.every((t) => t.startsWith("flag:"))) return false;
  if (retry.args.every((a) => failed.args.includes(a))) return false;
  const head = output.slice(0, 4e3);
  return !d.removed.some((t) => {
    const flag = t.slice(5).replace(/=.*$/, "");
    return new RegExp(`(^|[^\\w-])${escapeRegExp(flag)}($|[^\\w-])`).test(head);
  });
}
function workingVariant(steps, i, shape, window) {
  const fam = commandFamily(shape);
  const failed = steps[i];
  const looks2 = onlyLooks(shape);
  const inline = runsInlineCode(shape);
  let missing;
  let inCode;
  const candidate = (r) => [actingShape(r), r.shapes[0]].find((f) => !!f && commandFamily(f) === fam);
  let edited = false;
  for (let j = i + 1, seen = 0; j < steps.length && seen < window; j++) {
    const r = steps[j];
    edited ||= r.edit;
    if (r.shapes.length === 0) continue;
    seen++;
    if (edited && (inCode ??= CODE_ERROR.test(failed.text.slice(0, 2e4)))) return void 0;
    const f = r.ok ? candidate(r) : void 0;
    if (!f || !looks2 && onlyLooks(f) || !inline && runsInlineCode(f) || !changesStructure(shape, f)) continue;
    const diff = meaningfulDiff(shape, f);
    if ((missing ??= programMissing(failed.text, shape)) && !diff.added.some(locatesProgram)) continue;
    if (otherScript(shape, f, missing, failed.text) || scriptsOwnError(shape, diff, missing, failed.text)) continue;
    if (onlyDroppedAnother(shape, f, diff, failed.text)) continue;
    return { step: r, shape: f, diff };
  }
  return void 0;
}
function scriptFixed(failed, fixed, output) {
  const script = scriptOf(failed);
  if (!script || !fixed || scriptOf(fixed) !== script) return void 0;
  const head = output.slice(0, 4e3);
  if (INTERPRETER_WORLD.test(head) || WRONG_INTERPRETER.test(head)) return void 0;
  const d = meaningfulDiff(failed, fixed);
  return d.added.some((t) => t.startsWith("env:") || t.startsWith("flag:")) ? script : void 0;
}

// src/signals/mine-episodes.ts
var GATE_WINDOW = 200;
var bypassed = (shape) => overrideOf(shape, commandFamily(shape)) !== void 0;
function prereqSignal(session, kind, failedStep, blocked, by, retry) {
  const x = isGate(blocked) ? commandFamily(blocked) : lessonCommand(blocked);
  const y = lessonCommand(by.shape);
  const err = salientErrorLine(failedStep.text);
  const reason = kind === "hook_block" ? "a hook blocks it otherwise" : `\`${x}\` fails until it has run`;
  const machineValues = setsMachineValue(x) || setsMachineValue(y);
  return {
    kind,
    sessionId: session.id,
    agent: session.agent,
    signature: `prereq|${x}|${commandFamily(by.shape)}`,
    summary: `\`${x}\` ${kind === "hook_block" ? "was blocked by a hook" : "failed"}; \`${y}\` ran and then \`${x}\` passed`,
    ...machineValues ? {} : { lesson: `Run \`${y}\` before \`${x}\`: ${reason}.` },
    failed: x,
    fixed: y,
    evidence: [
      evidenceFor(session, failedStep.outcome, err),
      evidenceFor(session, by.step.call, by.shape.segment),
      evidenceFor(session, retry.call, retry.call.command)
    ]
  };
}
var leftSandbox = (failed, retry) => !!retry.call.escalated && !failed.call.escalated;
function sandboxSignal(session, failedStep, blocked, retry) {
  const x = isGate(blocked) ? commandFamily(blocked) : lessonCommand(blocked);
  return {
    kind: "error_then_fix",
    sessionId: session.id,
    agent: session.agent,
    signature: `sandbox|${commandFamily(blocked)}`,
    summary: `\`${x}\` failed inside the sandbox and passed when run outside it`,
    failed: x,
    evidence: [
      evidenceFor(session, failedStep.outcome, salientErrorLine(failedStep.text)),
      evidenceFor(session, retry.call, retry.call.command)
    ]
  };
}
function gateSignals(session, steps, i) {
  const step = steps[i];
  const blocked = principal(step);
  if (!blocked) return [];
  const fam = commandFamily(blocked);
  const res = resolve(steps, i, (s) => s.shapes.some((sh) => commandFamily(sh) === fam && !bypassed(sh)), GATE_WINDOW);
  const retry = steps[res.retry];
  if (!retry) {
    const sub = step.hook ? substituteSignal(session, steps, i, blocked) : void 0;
    return sub ? [sub] : [];
  }
  if (leftSandbox(step, retry)) return [sandboxSignal(session, step, blocked, retry)];
  const kind = step.hook ? "hook_block" : "error_then_fix";
  const out = [];
  for (const by of res.between) {
    if (by.shape.program === blocked.program || by.step.edit) continue;
    if (res.edited && !namedBy(step.text, by.shape)) continue;
    out.push(prereqSignal(session, kind, step, blocked, by, retry));
  }
  return out;
}
var SUBSTITUTE_WINDOW = 8;
function substituteSignal(session, steps, i, blocked) {
  const step = steps[i];
  for (let j = i + 1; j < Math.min(steps.length, i + 1 + SUBSTITUTE_WINDOW); j++) {
    const s = steps[j];
    if (s.edit) return void 0;
    const z = principal(s);
    if (!s.ok || !z || onlyLooks(z)) continue;
    const sameArgs = blocked.args.length > 0 && z.args.some((a) => blocked.args.includes(a));
    const sameSub = blocked.args.length === 0 && !!blocked.sub[0] && z.sub[0] === blocked.sub[0];
    if (z.program === blocked.program || !(sameArgs || sameSub)) return void 0;
    const x = blocked.program;
    const y = z.program;
    return {
      kind: "hook_block",
      sessionId: session.id,
      agent: session.agent,
      signature: `substitute|${x}|${y}`,
      summary: `A hook blocked \`${x}\`; the agent ran \`${y}\` instead`,
      lesson: `Use \`${y}\` instead of \`${x}\`: a hook blocks \`${x}\` commands.`,
      evidence: [
        evidenceFor(session, step.call, step.call.command),
        evidenceFor(session, step.outcome),
        evidenceFor(session, s.call, s.call.command)
      ]
    };
  }
  return void 0;
}
function prerequisiteSignals(session, steps, i) {
  const step = steps[i];
  const res = resolve(steps, i, (s) => s.key === step.key);
  const retry = steps[res.retry];
  if (!retry) return void 0;
  const shape = principal(step);
  if (!shape || res.edited || looksLikeTestFailure(step.text)) return [];
  if (leftSandbox(step, retry)) return [sandboxSignal(session, step, shape, retry)];
  return res.between.filter((b) => !b.step.edit).map((b) => prereqSignal(session, "error_then_fix", step, shape, b, retry));
}
var PATHLIKE = /^(?![-/~$])[\w@.+-]+(\/[\w@.+-]+)*\/?$/;
function refusedArg(shape, outputLines) {
  for (const arg of shape.args) {
    if (!arg.includes("/") || !PATHLIKE.test(arg)) continue;
    const lines = outputLines();
    if (lines.has(arg)) return { arg, named: arg };
    const parts = arg.split("/");
    for (let n = parts.length - 1; n >= 1; n--) {
      const dir = parts.slice(0, n).join("/");
      if (lines.has(dir) || lines.has(`${dir}/`)) return { arg, named: `${dir}/` };
    }
  }
  return void 0;
}
function refusedArgSignal(session, steps, i) {
  const step = steps[i];
  let lines;
  const outputLines = () => lines ??= new Set(
    step.text.slice(0, 2e4).split(/\r?\n|\\n/).map((l) => l.trim()).filter(Boolean)
  );
  let shape;
  let refused;
  for (const s of step.shapes) {
    refused = refusedArg(s, outputLines);
    if (refused) {
      shape = s;
      break;
    }
  }
  if (!shape || !refused) return void 0;
  const fam = commandFamily(shape);
  const others = shape.args.filter((a) => a !== refused.arg);
  const res = resolve(
    steps,
    i,
    (s) => s.shapes.some(
      (sh) => commandFamily(sh) === fam && (sh.args.includes(refused.arg) ? bypassed(sh) : others.length === 0 || sh.args.some((a) => others.includes(a)))
    )
  );
  const retry = steps[res.retry];
  if (!retry) return void 0;
  const err = salientErrorLine(step.text);
  const forced = retry.shapes.find((sh) => commandFamily(sh) === fam && sh.args.includes(refused.arg) && bypassed(sh));
  const force = forced && overrideOf(forced, fam);
  return {
    kind: "error_then_fix",
    sessionId: session.id,
    agent: session.agent,
    signature: `refuse|${fam}|${refused.named}`,
    summary: `\`${fam}\` refused \`${refused.named}\` (${err.slice(0, 100)}); the agent went on without it or forced it`,
    lesson: `Leave \`${refused.named}\` out of \`${fam}\`: \`${fam}\` refuses it${force ? `, and forcing it with \`${force}\` only hides the refusal` : ""}.`,
    failed: fam,
    evidence: [
      evidenceFor(session, step.outcome, err),
      evidenceFor(session, step.call, refused.arg),
      evidenceFor(session, retry.call, retry.call.command)
    ]
  };
}
var PATH_ARG = /[/\\]|\.\w{1,5}$/;
function otherToolFix(steps, i, window) {
  const step = steps[i];
  const shape = principal(step);
  if (!shape || isGate(shape)) return void 0;
  const paths = shape.args.filter((a) => PATH_ARG.test(a));
  if (paths.length === 0) return void 0;
  const res = resolve(
    steps,
    i,
    (s) => {
      const z2 = principal(s);
      return !!z2 && z2.program !== shape.program && !onlyLooks(z2) && !quietWrite(z2) && !runsInlineCode(z2) && z2.args.some((a) => paths.includes(a));
    },
    window
  );
  const retry = steps[res.retry];
  const z = retry && principal(retry);
  if (!retry || !z || res.edited || retry.edit) return void 0;
  const reran = steps.slice(i + 1, res.retry + 1).some((s) => s.ok && s.shapes.some((sh) => sh.program === shape.program && sh.args.some((a) => paths.includes(a))));
  return reran ? void 0 : { step: retry, shape: z };
}

// src/signals/mine-commands.ts
var FIX_WINDOW = 25;
var MAX_KNOWN_NAMES = 2e4;
var NOT_SET_UP = /\b(?:not (?:set|configured|initiali[sz]ed|logged in|authenticated|linked)\b|no [\w-]+ (?:is )?(?:set|configured)\b|(?:initiali[sz]ation|login|authentication) required\b|(?:log ?in|configure|init(?:iali[sz]e)?|set ?up) first\b|run [`'"][^`'"\n]{1,60}[`'"] (?:first|to (?:configure|set up|initiali[sz]e|log ?in|link)))/i;
var operation = (s) => [s.program, ...s.sub.length > 0 ? s.sub : s.args.slice(0, 1)].join(" ");
var sameOperation = (a, b) => operation(a) === operation(b);
function mineCommands(session, mentions2) {
  const steps = sessionSteps(session.events);
  const signals = [];
  const repeated = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Set();
  const known = /* @__PURE__ */ new Set();
  const unread = [];
  const names = {
    has: (name) => {
      for (const s of unread) for (const n of namedIn(s)) if (known.size < MAX_KNOWN_NAMES) known.add(n);
      unread.length = 0;
      return known.has(name);
    }
  };
  const write = (step) => {
    for (const f of writtenFiles(step.call, names)) created.add(f);
    unread.push(step);
  };
  steps.forEach((step, i) => {
    const shape = actingShape(step);
    if (step.ok || !shape) {
      write(step);
      return;
    }
    const blocked = principal(step);
    if (step.hook || blocked && isGate(blocked) && step.shapes.every((s) => s === blocked || commandFamily(s) === "git add" || onlyLooks(s))) {
      signals.push(...gateSignals(session, steps, i));
      if (step.hook) return;
    }
    write(step);
    const command2 = step.call.command ?? "";
    const exitCode = step.outcome.kind === "tool_result" ? step.outcome.exitCode : void 0;
    if (notAFailure(command2, step.shapes, step.text, exitCode, created)) return;
    const refused = refusedArgSignal(session, steps, i);
    if (refused) {
      signals.push(refused);
      return;
    }
    const prereqs = prerequisiteSignals(session, steps, i);
    if (prereqs) {
      signals.push(...prereqs);
      return;
    }
    if (isTestCommand(shape) && looksLikeTestFailure(step.text) || reportsLintFindings(shape, step.text)) return;
    const fam = commandFamily(shape);
    const variant = workingVariant(steps, i, shape, FIX_WINDOW);
    let fixStep = variant?.step;
    let fixShape = variant?.shape;
    let d = variant?.diff;
    let fixSignature = d ? `fix|${fam}|-${d.removed.join(",")}|+${d.added.join(",")}` : "";
    if (!fixStep) {
      const other = otherToolFix(steps, i, FIX_WINDOW);
      if (other) {
        fixStep = other.step;
        fixShape = other.shape;
        d = { added: [`tool:${commandFamily(other.shape)}`], removed: [`tool:${fam}`] };
        fixSignature = `fix|${fam}|-${d.removed.join(",")}|+${d.added.join(",")}`;
      }
    }
    const err = salientErrorLine(step.text);
    const errSig = errorSignature(step.text);
    const memory = linkMemory(shape, fixShape, mentions2);
    const override = !!d && d.added.some((t) => isOverrideToken(fam, t));
    const keepPythonM = changesPythonM(d);
    const script = scriptFixed(shape, fixShape, step.text);
    const failedCore = lessonCommand(shape, keepPythonM, script);
    const fixedCore = fixShape ? lessonCommand(fixShape, keepPythonM, script) : void 0;
    const machineValues = setsMachineValue(failedCore) || fixedCore !== void 0 && setsMachineValue(fixedCore);
    const evidence = [
      evidenceFor(session, step.outcome, err, "failure"),
      ...fixStep ? [evidenceFor(session, fixStep.call, fixStep.call.command, "fix")] : []
    ];
    if (memory) {
      signals.push({
        kind: "memory_failure",
        sessionId: session.id,
        agent: session.agent,
        // Memory that was wrong shares the fix's pattern; memory that was right but ignored is its own lesson.
        signature: fixStep && !override && memory.relation === "same" ? fixSignature : `mem|${memory.mention.entry.id}|${fam}|${memory.relation}`,
        summary: memory.relation === "same" ? `Memory says \`${memory.mention.text}\`, which failed: ${clip(err, 100)}` : `Memory says \`${memory.mention.text}\`, but \`${commandDisplay(shape)}\` was run and failed: ${clip(err, 100)}`,
        lesson: fixedCore && !machineValues ? fixLesson(fixedCore, failedCore, err) : void 0,
        failed: failedCore,
        fixed: fixedCore,
        memoryEntryId: memory.mention.entry.id,
        evidence
      });
      return;
    }
    if (fixStep && fixShape && fixedCore) {
      if (!sameOperation(shape, fixShape) && NOT_SET_UP.test(step.text.slice(0, 2e3))) return;
      signals.push({
        kind: "error_then_fix",
        sessionId: session.id,
        agent: session.agent,
        signature: fixSignature,
        summary: `\`${commandDisplay(shape)}\` failed (${clip(err, 100)}); \`${commandDisplay(fixShape)}\` worked`,
        ...override || machineValues ? {} : { lesson: fixLesson(fixedCore, failedCore, err) },
        failed: failedCore,
        fixed: fixedCore,
        evidence
      });
      return;
    }
    if (looksLikeTestFailure(step.text)) return;
    const rkey = `${step.key}|${errSig}`;
    const group = repeated.get(rkey);
    if (group) group.push(step);
    else repeated.set(rkey, [step]);
  });
  for (const group of repeated.values()) {
    if (group.length < 2) continue;
    const first = group[0];
    const shape = actingShape(first);
    const err = salientErrorLine(first.text);
    signals.push({
      kind: "repeated_failure",
      sessionId: session.id,
      agent: session.agent,
      signature: `repeat|${commandFamily(shape)}|${errorSignature(first.text)}`,
      summary: `\`${clip(commandDisplay(shape), 80)}\` failed ${group.length} times: ${clip(err, 100)}`,
      failed: commandDisplay(shape),
      evidence: group.slice(0, 2).map((r) => evidenceFor(session, r.outcome, salientErrorLine(r.text), "failure"))
    });
  }
  return dedupeBySignature(signals);
}
function linkMemory(failed, fixed, mentions2) {
  for (const mention of mentions2) {
    const relation = mentionRelation(mention.shape, failed);
    if (relation === "same") return { mention, relation };
    if (relation === "ignored" && fixed && mentionRelation(mention.shape, fixed) === "same") return { mention, relation };
  }
  return void 0;
}
function dedupeBySignature(signals) {
  const seen = /* @__PURE__ */ new Set();
  return signals.filter((s) => {
    const k = `${s.kind}|${s.signature}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/signals/pasted.ts
var ECHO_RESULTS = 8;
var ECHO_CHARS = 2e4;
var FENCE = /^\s*(?:```|~~~)/;
var QUOTE = /^\s*>/;
var INDENTED = /^(?: {4,}|\t)(?![-*+•]\s|\d+[.)]\s)\S/;
var LOG = new RegExp(
  [
    // A timestamp or a clock at the start: "2026-03-06T14:13:42", "[02/10/26 9:25 ...]", "14:13:42 ".
    String.raw`^\W{0,2}(?:\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}\b)`,
    // Structured log fields, two or more ("level=debug" alone is a setting a user may name).
    String.raw`\b(?:time|ts|level|lvl|msg)=\S.*\b(?:time|ts|level|lvl|msg|error|err|component|caller)=\S`,
    // CI annotations.
    String.raw`##\[(?:error|warning|notice|debug|group|endgroup)\]`,
    // A level or an error class as the line's first word.
    String.raw`^\s*\[?(?:ERROR|ERR!?|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|PANIC)\]?[:\s]`,
    String.raw`^\s*(?:(?:\w+\.)*\w*(?:Error|Exception|Warning)|error(?:\[\w+\])?|warning|fatal|Caused by|panic):\s`,
    String.raw`^\s*(?:npm|yarn|pnpm) (?:ERR!|WARN|error|warn)\s`,
    String.raw`^\s*Traceback \(most recent call last\)`,
    // Stack frames: Python, JS/Java, Go.
    String.raw`^\s*File "[^"]+", line \d+`,
    String.raw`^\s*at \S.*(?:\(\S+:\d+(?::\d+)?\)|\S+:\d+:\d+)$`,
    String.raw`^\s*goroutine \d+ \[`,
    // A compiler or linter finding: "src/a.ts:12:5 ...", "/Users/x/View.swift:467:40 'weak' ...".
    String.raw`^\s*\S*[\w)]\.\w{1,8}:\d+(?::\d+)?(?::|\s|$)`,
    // pytest's failure lines, caret markers.
    String.raw`^E {2,}\S`,
    String.raw`^\s*[~^]{3,}\s*$`,
    // Claude Code's own output marker.
    String.raw`^\s*⎿`
  ].join("|")
);
var DATA = /^\s*(?:"[^"\n]{1,80}"\s*:\s*\S|[[\]{}(),;]+\s*$)/;
var CHROME = /^\s*(?:copy(?: code| to clipboard)?|copied!?|skip to (?:main )?content|on this page|table of contents|was this (?:page )?helpful\??|last (?:updated|modified)\b.*|edit (?:this|on github)\b.*|ask ai)\s*$/i;
var AGE = [
  String.raw`(?:(?:about|over|almost|less than)\s+)?(?:an?|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\.?\s+ago|yesterday|just now`,
  String.raw`\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年)前|昨日|昨天|たった今|刚刚|剛剛`,
  String.raw`\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전|어제|방금`,
  String.raw`(?:hace|há)\s+(?:un[ao]?|\d+)\s+\p{L}+|vor\s+(?:einer?|\d+)\s+\p{L}+|il y a\s+(?:une?|\d+)\s+\p{L}+|\d+\s+\p{L}+\s+назад`
].join("|");
var THREAD_HEADER = new RegExp(
  String.raw`^\s*(?:(?:@?[\w.-]+\s+)?(?:commented|replied|edited|updated|posted|reviewed|answered|asked|wrote)\s+|.{1,60}\s[·•]\s*)?(?:${AGE})\s*(?:\((?:edited|modifié|bearbeitet|editado|編集済み|已编辑|已編輯)\))?\s*$`,
  "iu"
);
var AGE_WORD = /ago|yesterday|just now|前|昨|刚|剛|たった|전|어제|방금|hace|há|vor|il y a|назад/i;
var AUTHOR_LINE = /^\s*@?[\p{L}\p{N}_.-]+(?:\s+[\p{L}\p{N}_.-]+){0,2}\s*$/u;
var BREADCRUMB = /^\s*[^>›»/\s][^>›»/]{0,40}(?:\s[>›»/]\s[^>›»/]{1,40}){2,}\s*$/;
var ENDS_IN_URL = /\bhttps?:\/\/\S+(?<![)\]])\s*$/;
var PROMPT = /(?:^|\s)(?:[➜❯]\s+\S|\S+@[\w.-]+:[~/]\S*[$#](?:\s|$))|^\s*(?:[$%»λ]|PS [A-Z]:\\[^>]*>)\s/;
var FRAMING_SOURCE = /\b(?:got|get(?:ting)?|see|says?|said|shows?|printed|returns?|returned|outputs?|errors?|logs?|trace(?:back)?|stack|message|docs?|documentation|page|article|site|wiki|readme|spec|manual|guide|tutorial|changelog|reads?)\b/i;
var FRAMING_FILE = /\b(?:from|per|according\s+to|quoting)\s+(?:the\s+|our\s+|my\s+|this\s+)?[\w./-]+\.(?:md|mdx|rst|txt|adoc|html?)\b/i;
function cells(row) {
  if (!row.includes("  ") && !row.includes("	") && !row.includes("|")) return [];
  const parts = row.split(/\t|\s{2,}|\s*\|\s*/).map((c) => c.trim()).filter(Boolean);
  return parts.length >= 3 ? parts : [];
}
var RecentOutputs = class {
  outputs = [];
  /**
   * What the agent itself wrote (its replies, a plan it proposed): a window of its own, so a chatty agent
   * does not push the tool outputs out of theirs.
   */
  authored = [];
  add(text) {
    this.outputs = [...this.outputs.slice(-(ECHO_RESULTS - 1)), { text: text.slice(0, ECHO_CHARS) }];
  }
  /**
   * Text the agent wrote: a plan handed back as "Implement the following plan: ..." is the agent's plan,
   * its "## Conventions" section the agent's words, not rules the user gave.
   */
  addAuthored(text) {
    this.authored = [...this.authored.slice(-(ECHO_RESULTS - 1)), text.slice(0, ECHO_CHARS)];
  }
  /**
   * Whether a line repeats, whole, what the agent wrote. Not part of echoes(): in a short message the user
   * may quote the agent's line to agree or object; only a long spec made of it is the agent's (own-sections.ts).
   */
  wrote(line) {
    const t = line.trim();
    return t.length >= 24 && t.split(/\s+/).length >= 3 && this.authored.some((a) => a.includes(t));
  }
  /**
   * Whether a line of the user's message repeats what a tool printed: the whole line (long enough not to be
   * a coincidence), or a multi-word cell of a table row the tool listed.
   */
  echoes(line) {
    const t = line.trim();
    if (t.length < 12) return false;
    const whole = t.length >= 24 && t.split(/\s+/).length >= 3;
    for (const out of this.outputs) {
      if (whole && out.text.includes(t)) return true;
      out.cells ??= out.text.split("\n").flatMap((row) => cells(row).filter((c) => c.length >= 12 && c.includes(" ")));
      if (out.cells.some((c) => t.includes(c))) return true;
    }
    return false;
  }
};
function pastedLines(text, outputs) {
  const lines = text.split(/\r?\n/);
  const pasted = lines.map(() => false);
  let fenced = false;
  let logRun = false;
  let rest = false;
  const next = (i) => {
    let j = i + 1;
    while (j < lines.length && !lines[j]?.trim()) j++;
    return lines[j] ?? "";
  };
  lines.forEach((line, i) => {
    const blank = !line.trim();
    if (FENCE.test(line)) {
      fenced = !fenced;
      pasted[i] = true;
      return;
    }
    if (blank) {
      logRun = false;
      return;
    }
    if (fenced || rest) {
      pasted[i] = true;
      return;
    }
    const log = LOG.test(line);
    const header = AGE_WORD.test(line) && THREAD_HEADER.test(line);
    if (header) {
      const above = [i - 1, i - 2].filter((j) => j >= 0 && AUTHOR_LINE.test(lines[j]));
      if (above[0] === i - 1) pasted[i - 1] = true;
      if (above[0] === i - 1 && above[1] === i - 2 && lines[i - 2].trim().startsWith("@")) pasted[i - 2] = true;
    }
    const chrome = header || CHROME.test(line) || BREADCRUMB.test(line);
    const prompt = PROMPT.exec(line);
    const promptFirst = !!prompt && !line.slice(0, prompt.index).trim();
    pasted[i] = log || logRun || chrome || promptFirst || QUOTE.test(line) || INDENTED.test(line) || DATA.test(line) || (outputs?.echoes(line) ?? false);
    logRun ||= log;
    const t = line.trim();
    const last = t.split(/(?<=[.!?])\s+/).pop() ?? t;
    const framing = ENDS_IN_URL.test(t) && !!lines[i + 1]?.trim() || last.endsWith(":") && last.length <= 80 && (FRAMING_SOURCE.test(last) || FRAMING_FILE.test(last));
    if (chrome || prompt || framing && !FENCE.test(next(i))) rest = true;
  });
  return pasted;
}
var RECEIVED = /\b(?:printed|prints?|got|gets?|getting|see|shows?|showed|returns?|returned|outputs?|reads?)\b/i;
var SAID = /\b(?:says?|said|tells?|told|writes?|wrote|answered|replied|suggests?|suggested|recommends?|recommended)\b/i;
var SPEAKER = /\b(?:i|we|i'm|i've|i'd|i'll|we've|we're)\b/i;
var MAX_FRAME = 80;
function reportedTail(line) {
  for (let at = line.indexOf(":"); at > 0 && at <= MAX_FRAME; at = line.indexOf(":", at + 1)) {
    if (!/^\s+\S/.test(line.slice(at + 1))) continue;
    const clause2 = line.slice(0, at).split(/(?<=[.!?])\s+/).pop() ?? "";
    if (clause2.includes("`")) continue;
    if (RECEIVED.test(clause2) || SAID.test(clause2) && !SPEAKER.test(clause2)) return at + 1;
  }
  return -1;
}
function ownText(text, outputs) {
  const pasted = pastedLines(text, outputs);
  return text.split(/\r?\n/).map((l, i) => {
    if (pasted[i]) return "";
    const tail = reportedTail(l);
    return tail < 0 ? l : l.slice(0, tail);
  }).join("\n");
}
function lazyOwnText(text, outputs) {
  let own;
  return () => own ??= ownText(text, outputs);
}

// src/signals/restated.ts
var MAX_PER_PROMPT = 8;
var MAX_PROMPT = 2e3;
var MEANS = /\b(?:[Uu]sing|[Uu]ses|[Uu]se)\s+(?:the\s+)?`?([A-Za-z][\w@.+-]{1,39})`?(?=[\s.,;:!?)]|$)/g;
var ACCESS = /\b(?:(?:have|has|having|with)\s+|(?:give|giving|grant)\s+(?:\w+\s+){0,2}?)access\s+to\s+(?:the\s+)?`?([A-Za-z][\w@.+-]{1,39})`?(?=[\s.,;:!)]|$)/g;
var NOT_PLAIN = /\b(?:not|no|never|don'?t|doesn'?t|didn'?t|won'?t|stop|avoid|instead|rather|why|whether|should (?:we|i)|what about|how about|maybe|perhaps|or)\b|n't\b/i;
var REPORT = /(?:\b(?:you|it|this)|\byour\s+\w+|(?:^|[,;]\s*)that)\s+(?:(?:was|were|is|are|had|has|have)\s+)?(?:been\s+)?(?:using|used|uses)\b/i;
var NOT_A_NAME = /^(?:a|an|any|all|some|something|anything|everything|nothing|whatever|whichever|this|that|these|those|it|its|them|they|their|your|my|our|his|her|one|same|other|another|more|less|each|every|both|either|case|cases|only|just|also|to|of|in|on|for|with|by|as|at|is|are|was|were|be|been)$/i;
var toolKey = (name) => contentWords(name).sort().join(" ");
function restatedTools(own) {
  if (own.length > MAX_PROMPT) return [];
  const out = /* @__PURE__ */ new Map();
  const all = own.split(/(?<=[.!?])\s+|\r?\n+/);
  if (all.some(scopesTheMessage)) return [];
  for (const sentence of all) {
    const s = sentence.trim();
    if (!s || NOT_PLAIN.test(s) || REPORT.test(s) || saysThisConversation(s)) continue;
    for (const m of [...s.matchAll(MEANS), ...s.endsWith("?") ? [] : s.matchAll(ACCESS)]) {
      const name = (m[1] ?? "").replace(/[.]+$/, "");
      if (NOT_A_NAME.test(name)) continue;
      const key = toolKey(name);
      if (!key || out.has(key)) continue;
      out.set(key, { key, name, sentence: s });
      if (out.size >= MAX_PER_PROMPT) return [...out.values()];
    }
  }
  return [...out.values()];
}

// src/signals/asked-again.ts
var WHY_NOT_USED = /\bwhy\s+(?:not|(?:(?:are|is|do|does|did)(?:n'?t)?)\s+(?:you|we|they|it|(?:the\s+)?(?:agents?|team|subagents?))(?:\s+not)?)\s+(?:be\s+)?(?:using|use|used)\s+(?:the\s+)?`?([A-Za-z][\w@.+-]{1,39})`?/i;
var NEGATED = /\bwhy\s+not\b|n'?t\b|\bnot\s+(?:be\s+)?(?:using|use|used)\b/i;
var REPROACHED = new RegExp(
  String.raw`(?:(?:\b(?:you|u)(?:'re|\s+are|\s+were|\s+did|\s+have|\s+had)?\s+(?:still\s+)?(?:not|never|n't|did\s*n'?t|have\s*n'?t|are\s*n'?t|were\s*n'?t)\s+(?:even\s+)?(?:be\s+)?|\b(?:did|do|are|were|have)\s+(?:you|u)\s+not\s+(?:even\s+)?|\b(?:supposed|meant)\s+to\s+(?:be\s+)?|\b(?:asked|told)\s+you\s+to\s+|^again[:,]?\s+)(?:using|use|used)|\b(?:why\s+did\s+you|you)\s+(?:skip|skipped|ignore|ignored))\s+(?:the\s+)?\x60?([A-Za-z][\w@.+-]{1,39})\x60?|^why\s+not\s+(?:the\s+)?\x60?([A-Za-z][\w@.+-]{1,39})\x60?\s*\?`,
  "i"
);
var SAID_BEFORE = /\b(?:(?:i|we)\s+(?:already\s+|specifically\s+|clearly\s+|just\s+|literally\s+)?(?:said|told\s+(?:you|u)|asked(?:\s+(?:you|u))?(?:\s+for)?|mentioned|wrote)|was(?:n'?t|\s+not)\s+i\s+clear|how\s+many\s+times|what\s+part\s+of|did(?:n'?t|\s+not)\s+i\s+(?:say|tell\s+(?:you|u)|ask)|as\s+i\s+(?:said|mentioned|wrote|asked)|like\s+i\s+(?:said|told\s+(?:you|u)))\b/i;
var CONCEDED = /\b(?:but|though|although|however|unless|except|fine|ok(?:ay)?|for now|today|this time|down|broken)\b/i;
function namesAsObject(text, name) {
  const n = escapeRegExp(name);
  const object = new RegExp(
    String.raw`(?:^|[\s:,'"‘“(])(?:to\s+)?(?:use\s+|using\s+)?(?:the\s+)?\x60?${n}\x60?(?:\s+(?:mcp|server|cli|tool|skill|plugin))*\s*(?=$|[.!?,;:'"’”)])`,
    "i"
  );
  const negated = new RegExp(String.raw`\b(?:not|no|never|don'?t|stop)\s+(?:use\s+|using\s+)?(?:the\s+)?${n}\b`, "i");
  return object.test(text) && !negated.test(text);
}
function saidBefore(sentences2, asked) {
  for (let k = 0; k < sentences2.length; k++) {
    const s = sentences2[k];
    if (!SAID_BEFORE.test(s)) continue;
    const near = [s, sentences2[k + 1] ?? ""].join(" ").trim();
    if (CONCEDED.test(near) || TRANSIENT.test(near)) continue;
    for (const { tool } of asked.values()) if (namesAsObject(near, tool.name)) return { tool, sentence: near };
  }
  return void 0;
}
function askedAgain(own, asked) {
  const sentences2 = own.split(/(?<=[.!?])\s+|\r?\n+/).map((s) => s.trim()).filter(Boolean);
  for (const s of sentences2) {
    const why = WHY_NOT_USED.exec(s);
    const m = why && NEGATED.test(s) ? why : REPROACHED.exec(s);
    if (!m) continue;
    const name = (m[1] ?? m[2] ?? "").replace(/[.?!]+$/, "");
    const earlier = asked.get(toolKey(name));
    if (earlier) return { tool: earlier.tool, sentence: s };
  }
  return saidBefore(sentences2, asked);
}

// src/signals/pointers.ts
var RULES_FILE = /(?:^|[\s(@`'"])@?`?((?:[\w.-]+\/)*(?:CLAUDE\.md|AGENTS\.md|AGENTS\.override\.md|GEMINI\.md|\.cursorrules|\.windsurfrules|copilot-instructions\.md|[\w.-]+\.mdc|[\w.-]+\.instructions\.md)|\.claude\/rules\/(?:[\w.-]+\/)*[\w.-]+\.md)`?(?=[\s,.;:!?)'"]|$)/i;
var POINTER_WORDS = new Set(
  "see read reread re-read check follow look at in the rules rule per as says said stated remember again please you forgot did not didn\u2019t didn't it first and our this file instructions guidelines carefully closely".split(" ")
);
var MAX_POINTER = 120;
function pointedRulesFile(own) {
  const text = own.trim();
  if (!text || text.length > MAX_POINTER || text.endsWith("?")) return void 0;
  const m = RULES_FILE.exec(text);
  if (!m) return void 0;
  const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).toLowerCase();
  const words3 = rest.match(/[\p{L}'’-]+/gu) ?? [];
  if (!words3.every((w) => POINTER_WORDS.has(w))) return void 0;
  return m[1].replace(/^\.\//, "");
}

// src/signals/retraction.ts
var TAKE_BACK = String.raw`(?:just\s+kidding|j/?k|kidding|scratch\s+that|strike\s+that|(?:forget|ignore|disregard)\s+(?:it|that|this|all\s+that|(?:what|everything)\s+i\s+(?:just\s+)?(?:said|wrote|asked)(?:\s+about\s+[^,.;!?\n]{1,60})?|my\s+last\s+(?:message|point|sentence|request|bit)|the\s+last\s+(?:bit|part|message|point))|(?:never\s*mind|nvm)(?:\s+(?:the\s+last\s+(?:bit|part)|that|it))?|on\s+second\s+thoughts?|oh\s+wait|i\s+take\s+(?:it|that)\s+back)`;
var REPAIR = String.raw`(?:(?:actually|wait|hmm+|oh),?\s+no|(?:sorry,?\s+)?i\s+meant(?!\s+(?:it|that|every|what)\b))`;
var JOKING = String.raw`(?:(?<!(?:\bnot|\bno|n'?t|\bnão|не)\s+)(?:joking|messing\s+with\s+(?:you|u)|pulling\s+your\s+leg|(?:just|only)\s+a\s+joke|je\s+(?:rigole|plaisante|blague|d[ée]conne)|c'?est\s+(?:une\s+)?blague|(?:es|era|fue)\s+(?:(?:una|de)\s+)?broma|(?:estoy|estaba)\s+bromeando|(?:nur|war\s+(?:nur\s+)?(?:ein\s+)?)(?:spa(?:ß|ss)|witz|scherz)|(?:é|era|foi)\s+(?:só\s+)?(?:uma\s+)?brincadeira|(?:tô|to|estou|estava)\s+brincando|шучу|(?:это\s+)?(?:была\s+)?шутка))`;
var JOKING_UNSPACED = String.raw`(?<!不是|没有|没|别)开(?:个|了个)?玩笑(?:的|啦|呢)?|冗談(?!じゃ|では)|なんてね|농담(?!\s*(?:아니|아냐|이\s*아니))`;
var MARKERS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_'’])(?:${TAKE_BACK}|${REPAIR}|${JOKING})(?![\p{L}\p{N}_'’])|${JOKING_UNSPACED}`,
  "giu"
);
var OPENS = new RegExp(
  String.raw`^[\s\W]*(?:(?:hmm+|oh|ok(?:ay)?|actually|sorry|wait|well|um+|uh+|ah)[,.!…]*\s+)*${TAKE_BACK}(?![\w'’])`,
  "i"
);
function afterRetraction(text) {
  let end = -1;
  for (const m of text.matchAll(MARKERS)) end = /^never\s*mind/i.test(m[0]) ? m.index : m.index + m[0].length;
  if (end === 0) return text;
  return end < 0 ? text : text.slice(end).replace(/^[\s,.;:!?…—–-]+/, "");
}
var retractsEarlier = (text) => OPENS.test(text);

// src/signals/declined-offer.ts
var TAIL = 600;
var OFFER = /\b(?:(?:do\s+you\s+)?want\s+me\s+to|would\s+you\s+like\s+me\s+to|should\s+i|shall\s+i|can\s+i|may\s+i|i\s+(?:can|could)(?:\s+also)?)\s+(?:(?:go\s+ahead\s+and|also|just|now|first)\s+)?([a-z]+)/gi;
var DECLINE = /^(?:(?:no|nope|ok(?:ay)?|thanks|actually)[,!.]?\s+)?(?:please\s+)?(?:don[’']?t|do\s+not)\s+([a-z]+)\b/i;
var stem = (verb) => verb.toLowerCase().replace(/(?:ing|ed|es|s|e)$/, "");
function offeredVerbs(agentText) {
  const tail = agentText.slice(-TAIL);
  if (!tail.includes("?")) return /* @__PURE__ */ new Set();
  const out = /* @__PURE__ */ new Set();
  for (const m of tail.matchAll(OFFER)) out.add(stem(m[1]));
  return out;
}
var ALTERNATIVE = /\b(?:use|using|instead|rather than|prefer|switch to)\b/i;
var AFTER_CLAUSE = /^[^,;:]*?(?:[,;:]|\s[-–—]\s)\s*(.+)$/;
var givesReason = (sentence, next) => reasonSentence(AFTER_CLAUSE.exec(sentence.trim())?.[1]) !== void 0 || reasonSentence(next) !== void 0;
function declinesOffer(sentence, offered, next = "") {
  if (offered.size === 0) return false;
  const m = DECLINE.exec(sentence.trim());
  if (m === null || !offered.has(stem(m[1]))) return false;
  return !ALTERNATIVE.test(`${sentence} ${next}`) && !givesReason(sentence, next);
}

// src/signals/chosen-option.ts
var TAIL2 = 600;
var ALTERNATIVES = /\bor\b|\s\/\s|\bvs\.?\s|\bversus\b/i;
var WORD = /[\p{L}\p{N}][\p{L}\p{N}@.+_-]*/gu;
var stem2 = (w) => w.toLowerCase().replace(/[.]+$/, "").replace(/s$/, "");
function offeredOptions(agentText) {
  const tail = agentText.slice(-TAIL2);
  const out = /* @__PURE__ */ new Set();
  for (const question of tail.split(/(?<=[.!?])\s+|\n+/)) {
    if (!question.trimEnd().endsWith("?") || !ALTERNATIVES.test(question)) continue;
    for (const w of question.match(WORD) ?? []) out.add(stem2(w));
  }
  return out;
}
var RanPrograms = class _RanPrograms {
  names = /* @__PURE__ */ new Set();
  /**
   * Commands not yet split into words. Most sessions never answer a question of options, so the words are read on
   * the first ask rather than on every tool call of every session (the same commands in the same order: the same set).
   */
  pending = [];
  static MAX = 4096;
  add(command2) {
    if (command2 && this.names.size < _RanPrograms.MAX) this.pending.push(command2);
  }
  has(word2) {
    this.drain();
    return this.names.has(stem2(word2));
  }
  drain() {
    const pending = this.pending;
    this.pending = [];
    for (const command2 of pending)
      for (const w of command2.slice(0, 400).match(WORD) ?? []) {
        if (this.names.size >= _RanPrograms.MAX) return;
        this.names.add(stem2(w));
      }
  }
};
var asCode = (side, said) => said.toLowerCase().includes(`\`${side.toLowerCase()}`);
function picksOfferedOption(sides, context) {
  const { offered, ran, said } = context;
  if (offered.size === 0) return false;
  const all = [sides.use, ...sides.nots];
  const words3 = all.flatMap((s) => s.match(WORD) ?? []);
  if (words3.length === 0 || !words3.every((w) => offered.has(stem2(w)))) return false;
  return !all.some((s) => asCode(s, said) || (s.match(WORD) ?? []).some((w) => ran.has(w)));
}

// src/signals/hands-back.ts
var KEEPS = /^(?:(?:ok(?:ay)?|no|nope|actually)[,!]?\s+)?(?:i'?ll|i\s+will|i'?d\s+rather|i\s+prefer\s+to|let\s+me)\s+(?:run|do|handle|execute|type|deploy)\b(.*?)\b(?:myself|by hand|manually)\b/i;
var REPLY_REQUEST = /^(?:please\s+)?(?:just\s+|only\s+|first\s+)?(?:(?:tell|show|give|walk|send|let)\s+(?:me|us)\b|(?:explain|describe|summari[sz]e|answer)\b)/i;
var replyRequest = (sentence) => REPLY_REQUEST.test(sentence.trim());
function programsOf(calls) {
  const out = /* @__PURE__ */ new Set();
  for (const c of calls) if (c.command) for (const shape of parseCommands(c.command)) out.add(shape.program.toLowerCase());
  return out;
}
function handsBackProgram(sentence, rejected) {
  const m = KEEPS.exec(sentence.trim());
  if (!m) return void 0;
  const named = new Set((m[1] ?? "").toLowerCase().match(/[\w@.+-]+/g) ?? []);
  for (const p of programsOf(rejected)) if (named.has(p)) return p;
  return void 0;
}

// src/signals/lingua/zh.ts
var USE = "(?:\u6539\u7528|\u6362\u7528|\u4F7F\u7528|\u7528)";
var RUN = "(?:\u8FD0\u884C|\u57F7\u884C|\u6267\u884C|\u904B\u884C|\u8DD1|\u542F\u52A8|\u555F\u52D5|\u8C03\u7528|\u8ABF\u7528)";
var events = [
  [/提交|commit/, "committing"],
  [/推送|push/, "pushing"],
  [/部署|deploy/, "deploying"],
  [/合并|合併|merge/, "merging"],
  [/(?:提交?|创建|建立|开|開)\s*pr|pull\s*request/, "opening a pull request"]
];
var zh = {
  lang: "zh",
  cue: /[用跑运執执運启啟调調]/,
  swap: [
    clause(`${USE}~{A}~(?:\u800C\u4E0D\u662F|\u800C\u975E|\u4E0D\u8981\u7528|\u522B\u7528|\u5225\u7528|\u4EE3\u66FF|\u66FF\u4EE3|\u53D6\u4EE3)~{B}`),
    clause(`{A}~\u800C\u4E0D\u662F~{B}`),
    clause(`${ZH_DONT}${USE}~{B}~(?:,~)?(?:\u8981|\u8BF7|\u8ACB)?${USE}~{A}`)
  ],
  reject: [clause(`${ZH_DONT}${USE}~{B}~(?:\u4E86)?`)],
  ask: [clause(`(?:\u8981)?${USE}~{A}`)],
  dontRun: [clause(`${ZH_DONT}${RUN}~{X}~(?:\u4E86|\u547D\u4EE4)?`)],
  before: [
    clause(`(?:\u5728)?~{E}~(?:\u4E4B\u524D|\u4EE5\u524D|\u524D)~(?:,~)?(?:\u90FD|\u8981|\u5148)*~${RUN}~(?:\u4E00\u4E0B|\u4E00\u904D)?~{X}`, events),
    clause(`(?:\u5148)?${RUN}~{X}~(?:,~)?(?:\u7136\u540E|\u4E4B\u540E)?\u518D~{E}`, events)
  ],
  events,
  always: /每次都|每次|总是|總是|始终|始終|一直|务必|務必|一定要|必须|必須/g,
  never: /永远|永遠|绝对|絕對|绝不|絕不|从不|從不/,
  hold: /[?？]|吗|嗎|呢$|为什么|為什麼|为何|怎么|怎麼|是否|暂时|暫時|这次|這次|这一次|先不|目前|现在先|現在先|这个(?:文件|脚本|函数|测试|目录)|這個(?:文件|腳本|函數|測試|目錄)|但是?|除了|只在|比如|例如|把.*(?:换成|改成|替换|換成|替換)/,
  filler: "\u8BF7|\u8ACB|\u9EBB\u70E6|\u9EBB\u7169|\u8BB0\u4F4F|\u8A18\u4F4F|\u6CE8\u610F|\u4EE5\u540E|\u4EE5\u5F8C|\u4ECA\u540E|\u4ECA\u5F8C|\u4ECE\u73B0\u5728\u5F00\u59CB|\u5F9E\u73FE\u5728\u958B\u59CB|\u4ECE\u4ECA\u4EE5\u540E|\u5728\u8FD9\u4E2A(?:\u9879\u76EE|\u4ED3\u5E93|repo)(?:\u91CC|\u4E2D)?|\u5728\u672C(?:\u9879\u76EE|\u4ED3\u5E93)(?:\u91CC|\u4E2D)?|\u8FD9\u4E2A(?:\u9879\u76EE|\u4ED3\u5E93)(?:\u91CC|\u4E2D)?|\u672C\u9879\u76EE(?:\u91CC|\u4E2D)?|\u5728\u8FD9\u91CC|\u54E6|\u5427|\u554A|\u3002",
  spaced: false,
  interjection: /^(?:不对|不對|错了|錯了|不是这样|不是這樣|不行|不|no)$/i
};

// src/signals/lingua/ja.ts
var PLEASE = "(?:\u304F\u3060\u3055\u3044|\u4E0B\u3055\u3044|\u304F\u308C|\u306D|\u3088)?";
var USE2 = `(?:\u4F7F\u3063\u3066|\u4F7F\u7528\u3057\u3066|\u4F7F\u3046|\u4F7F\u3048|\u4F7F\u3046\u3053\u3068|\u4F7F\u7528\u3059\u308B\u3053\u3068|\u4F7F\u7528\u3059\u308B|\u4F7F\u7528)${PLEASE}`;
var NOT_USE = `(?:\u4F7F\u308F\u306A\u3044\u3067|\u4F7F\u7528\u3057\u306A\u3044\u3067|\u4F7F\u3046\u306A|\u4F7F\u308F\u306A\u3044\u3053\u3068|\u4F7F\u7528\u3057\u306A\u3044\u3053\u3068)${PLEASE}`;
var RUN2 = `(?:\u5B9F\u884C\u3057\u3066|\u8D70\u3089\u305B\u3066|\u5B9F\u884C\u3059\u308B\u3053\u3068|\u6D41\u3057\u3066|\u56DE\u3057\u3066|\u53E9\u3044\u3066)${PLEASE}`;
var NOT_RUN = `(?:\u5B9F\u884C\u3057\u306A\u3044\u3067|\u8D70\u3089\u305B\u306A\u3044\u3067|\u5B9F\u884C\u3059\u308B\u306A|\u6D41\u3055\u306A\u3044\u3067|\u56DE\u3055\u306A\u3044\u3067|\u53E9\u304B\u306A\u3044\u3067|\u5B9F\u884C\u3057\u306A\u3044\u3053\u3068)${PLEASE}`;
var INSTEAD = "(?:\u3067\u306F\u306A\u304F|\u3058\u3083\u306A\u304F\u3066|\u3058\u3083\u306A\u304F|\u3067\u306A\u304F|\u306E\u4EE3\u308F\u308A\u306B|\u306E\u304B\u308F\u308A\u306B)";
var events2 = [
  [/コミット|commit/, "committing"],
  [/プッシュ|push/, "pushing"],
  [/デプロイ|deploy/, "deploying"],
  [/マージ|merge/, "merging"],
  [/pr(?:を)?(?:作成|出す|作る)|プルリク(?:エスト)?(?:を)?(?:作成|出す|作る)?/, "opening a pull request"]
];
var ja = {
  lang: "ja",
  cue: /使|実行|走らせ|流|回|叩/,
  swap: [clause(`{B}~${INSTEAD}~(?:,~)?{A}~(?:\u3092|\u3067)?~${USE2}`), clause(`{A}~(?:\u3092|\u3067)~${USE2}~(?:,~)?{B}~(?:\u306F|\u3092)~${NOT_USE}`)],
  reject: [clause(`{B}~(?:\u306F|\u3092)~${NOT_USE}`)],
  ask: [clause(`{A}~(?:\u3092|\u3067)~${USE2}`)],
  dontRun: [clause(`{X}~(?:\u306F|\u3092)?~${NOT_RUN}`)],
  before: [clause(`{E}~(?:\u3059\u308B)?~(?:\u306E)?(?:\u524D\u306B|\u307E\u3048\u306B|\u524D\u306F)~(?:,~)?{X}~(?:\u3092)?~${RUN2}`, events2)],
  events: events2,
  always: /必ず|かならず|常に|いつも|毎回/g,
  never: /絶対に|絶対|決して/,
  hold: /[?？]|か[。.]?$|かな|ですか|ますか|なぜ|どうして|なんで|今回|とりあえず|一旦|ひとまず|まだ|今は|このファイル|このスクリプト|この関数|このテスト|だけ|ただし|けど|けれど|でも|以外/,
  filler: "\u3053\u306E\u30D7\u30ED\u30B8\u30A7\u30AF\u30C8\u3067\u306F|\u3053\u306E\u30EA\u30DD\u30B8\u30C8\u30EA\u3067\u306F|\u3053\u306E\u30EA\u30DD\u3067\u306F|\u4ECA\u5F8C\u306F?|\u3053\u308C\u304B\u3089\u306F|\u3053\u3053\u3067\u306F|\u304A\u9858\u3044\u3057\u307E\u3059|\u304A\u9858\u3044|\u3002",
  spaced: false,
  interjection: /^(?:違う|ちがう|いいえ|いや|だめ|ダメ|違います)$/
};

// src/signals/lingua/ko.ts
var OBJ = "(?:\uB97C|\uC744|\uB294|\uC740|\uB85C|\uC73C\uB85C)?";
var USE3 = "(?:\uC0AC\uC6A9\uD574|\uC0AC\uC6A9\uD558\uC138\uC694|\uC0AC\uC6A9\uD574\uC918|\uC0AC\uC6A9\uD574~\uC8FC\uC138\uC694|\uC0AC\uC6A9\uD560 \uAC83|\uC368|\uC368\uC918|\uC4F0\uC138\uC694|\uC368~\uC8FC\uC138\uC694)";
var NOT_USE2 = "(?:\uC0AC\uC6A9\uD558\uC9C0~\uB9C8|\uC0AC\uC6A9\uD558\uC9C0~\uB9C8\uC138\uC694|\uC0AC\uC6A9\uD558\uC9C0~\uB9D0 \uAC83|\uC4F0\uC9C0~\uB9C8|\uC4F0\uC9C0~\uB9C8\uC138\uC694)";
var RUN3 = "(?:\uC2E4\uD589\uD574|\uC2E4\uD589\uD558\uC138\uC694|\uC2E4\uD589\uD574\uC918|\uC2E4\uD589\uD574~\uC8FC\uC138\uC694|\uB3CC\uB824|\uB3CC\uB824\uC918|\uB3CC\uB9AC\uC138\uC694|\uB3CC\uB824~\uC8FC\uC138\uC694)";
var NOT_RUN2 = "(?:\uC2E4\uD589\uD558\uC9C0~\uB9C8|\uC2E4\uD589\uD558\uC9C0~\uB9C8\uC138\uC694|\uC2E4\uD589\uD558\uC9C0~\uB9D0 \uAC83|\uB3CC\uB9AC\uC9C0~\uB9C8|\uB3CC\uB9AC\uC9C0~\uB9C8\uC138\uC694)";
var events3 = [
  [/커밋|commit/, "committing"],
  [/푸시|push/, "pushing"],
  [/배포|deploy/, "deploying"],
  [/머지|병합|merge/, "merging"],
  [/pr\s*(?:을|를)?\s*(?:올리기|만들기|생성)?|풀\s*리퀘스트/, "opening a pull request"]
];
var ko = {
  lang: "ko",
  cue: /사용|쓰|써|실행|돌리|돌려/,
  swap: [clause(`{B}~(?:\uB9D0\uACE0|\uB300\uC2E0\uC5D0?|\uAC00 \uC544\uB2C8\uB77C|\uC774 \uC544\uB2C8\uB77C)~(?:,~)?{A}~${OBJ}~${USE3}`)],
  reject: [clause(`{B}~${OBJ}~${NOT_USE2}`)],
  ask: [clause(`{A}~${OBJ}~${USE3}`)],
  dontRun: [clause(`{X}~${OBJ}~${NOT_RUN2}`)],
  before: [clause(`{E}~(?:\uD558\uAE30)?~\uC804\uC5D0?~(?:,~)?{X}~${OBJ}~${RUN3}`, events3)],
  events: events3,
  always: /항상|반드시|꼭|매번|언제나/g,
  never: /절대로?/,
  hold: /[?？]|까[.]?$|나요|니[.]?$|왜|이번에는|이번만|일단|아직|지금은|이 ?파일|이 ?스크립트|이 ?함수|하지만|그런데|다만|빼고|제외/,
  filler: "\uC774 ?\uD504\uB85C\uC81D\uD2B8\uC5D0\uC11C\uB294|\uC774 ?\uC800\uC7A5\uC18C\uC5D0\uC11C\uB294|\uC774 ?\uB808\uD3EC\uC5D0\uC11C\uB294|\uC55E\uC73C\uB85C\uB294?|\uC5EC\uAE30\uC11C\uB294|\uC81C\uBC1C",
  spaced: false,
  interjection: /^(?:아니|아니요|아니야|아뇨|틀렸어)$/
};

// src/signals/lingua/es.ts
var USE4 = "(?:usa|us\xE1|use|usen|utiliza|utiliz\xE1|utilice|utilicen|emplea|ocupa)";
var NOT_USE3 = "(?:no|nunca) (?:uses|use|usen|utilices|utilice|utilicen|emplees|ocupes)";
var RUN4 = "(?:ejecuta|ejecut\xE1|ejecute|ejecuten|corre|corr\xE9|corra|lanza|lance|correr|ejecutar)";
var NOT_RUN3 = "(?:no|nunca) (?:ejecutes|ejecute|ejecuten|corras|corra|corran|lances|lance)";
var events4 = [
  [/(?:hacer\s+(?:el\s+|un\s+)?)?commit|commitear|(?:cada|el|un)\s+commit|confirmar(?:\s+cambios)?/, "committing"],
  [/(?:hacer\s+(?:el\s+|un\s+)?)?push|pushear|subir(?:\s+(?:los\s+)?cambios)?|(?:cada|el|un)\s+push/, "pushing"],
  [/desplegar|(?:hacer\s+(?:el\s+|un\s+)?)?deploy|(?:cada|el|un)\s+deploy|cada\s+despliegue/, "deploying"],
  [/(?:hacer\s+(?:el\s+|un\s+)?)?merge|mergear|fusionar/, "merging"],
  [/(?:abrir|crear|hacer)\s+(?:un\s+|el\s+)?(?:pr|pull\s+request)/, "opening a pull request"]
];
var es = {
  lang: "es",
  cue: new RegExp(
    "\\b(?:usa|us\xE1|use|usen|uses|utiliza|utiliz\xE1|utilice|utilicen|utilices|emplea|emplees|ocupa|ocupes|ejecuta|ejecut\xE1|ejecute|ejecuten|ejecutes|corre|corr\xE9|corra|corras|corran|lanza|lance|lances|antes|nada)",
    "i"
  ),
  swap: [
    clause(`${USE4} {A} (?:en lugar de|en vez de|y no|no)~(?:el |la )?{B}`),
    clause(`${USE4} {A}~,~no {B}`),
    clause(`${NOT_USE3} {B}~,~(?:sino|usa|use|utiliza|utilice) {A}`)
  ],
  reject: [clause(`${NOT_USE3} {B}`), clause(`nada de {B}`)],
  ask: [clause(`${USE4} {A}`)],
  dontRun: [clause(`${NOT_RUN3} {X}`)],
  before: [clause(`antes de {E}~,?~${RUN4} {X}`, events4), clause(`${RUN4} {X} antes de {E}`, events4)],
  events: events4,
  always: new RegExp(word("siempre|cada vez|cada"), "giu"),
  never: new RegExp(word(NEVER.es), "iu"),
  hold: new RegExp(
    `[?\xBF]|${word("por qu\xE9|por ahora|esta vez|de momento|por el momento|todav\xEDa|a\xFAn|ahora mismo|pero|excepto|salvo|solo|s\xF3lo|cambia|reemplaza|sustituye")}|${word("en (?:este|ese|esta|esa) (?:archivo|fichero|script|test|funci\xF3n|funcion|carpeta)")}`,
    "iu"
  ),
  filler: "por favor|porfa|ojo|en este (?:proyecto|repo|repositorio)|de ahora en adelante|a partir de ahora|aqu\xED|ac\xE1",
  spaced: true,
  interjection: /^(?:no|mal|así no|eso no|incorrecto)$/i
};

// src/signals/lingua/pt.ts
var USE5 = "(?:use|usa|usem|utilize|utiliza|utilizem|prefira)";
var NOT_USE4 = "(?:n\xE3o|nao|nunca) (?:use|usa|usar|usem|utilize|utiliza|utilizar)";
var RUN5 = "(?:execute|executa|executem|rode|roda|rodar|executar)";
var NOT_RUN4 = "(?:n\xE3o|nao|nunca) (?:execute|executa|executar|executem|rode|roda|rodar|rodem)";
var events5 = [
  [/(?:fazer\s+(?:o\s+|um\s+)?)?commit|commitar|(?:cada|o|um)\s+commit/, "committing"],
  [/(?:fazer\s+(?:o\s+|um\s+)?|dar\s+(?:o\s+|um\s+)?)?push|(?:cada|o|um)\s+push|subir\s+(?:as\s+)?(?:alterações|mudanças)/, "pushing"],
  [/(?:fazer\s+(?:o\s+|um\s+)?)?deploy|(?:cada|o|um)\s+deploy|implantar/, "deploying"],
  [/(?:fazer\s+(?:o\s+|um\s+)?)?merge|mergear/, "merging"],
  [/(?:abrir|criar)\s+(?:um\s+|o\s+)?(?:pr|pull\s+request)/, "opening a pull request"]
];
var pt = {
  lang: "pt",
  cue: new RegExp(
    "\\b(?:use|usa|usem|usar|utilize|utiliza|utilizem|utilizar|prefira|execute|executa|executem|executar|rode|roda|rodar|rodem|antes)",
    "i"
  ),
  swap: [
    clause(`${USE5} {A} (?:em vez de|ao inv\xE9s de|ao inves de|no lugar de|em lugar de|e n\xE3o|e nao)~(?:o |a )?{B}`),
    clause(`${USE5} {A}~,~(?:n\xE3o|nao) {B}`),
    clause(`${NOT_USE4} {B}~,~(?:use|usa|utilize|utiliza) {A}`)
  ],
  reject: [clause(`${NOT_USE4} {B}`)],
  ask: [clause(`${USE5} {A}`)],
  dontRun: [clause(`${NOT_RUN4} {X}`)],
  before: [clause(`antes de {E}~,?~${RUN5} {X}`, events5), clause(`${RUN5} {X} antes de {E}`, events5)],
  events: events5,
  always: new RegExp(word("sempre|toda vez|cada"), "giu"),
  never: new RegExp(word(NEVER.pt), "iu"),
  hold: new RegExp(
    `[?]|${word("por que|por qu\xEA|porque n\xE3o|por enquanto|desta vez|dessa vez|por agora|agora|ainda|mas|exceto|s\xF3|somente|apenas|troque|substitua|mude")}|${word("n(?:este|esse|esta|essa) (?:arquivo|ficheiro|script|teste|fun\xE7\xE3o|pasta)")}`,
    "iu"
  ),
  filler: "por favor|neste (?:projeto|repo|reposit\xF3rio)|nesse (?:projeto|repo|reposit\xF3rio)|daqui (?:pra|para a) frente|a partir de agora|aqui",
  spaced: true,
  interjection: /^(?:não|nao|errado|assim não)$/i
};

// src/signals/lingua/de.ts
var USE6 = "(?:nimm|nehmt|nehmen sie|verwende|verwendet|verwenden sie|benutze|benutz|benutzt|benutzen sie|nutze|nutz|nutzt|nutzen sie)";
var events6 = [
  [/(?:dem|einem)\s+commit|commit|dem\s+committen|committen|commiten/, "committing"],
  [/(?:dem|einem)\s+push|push|dem\s+pushen|pushen/, "pushing"],
  [/(?:dem|einem)\s+deploy(?:ment)?|deploy(?:ment)?|dem\s+deployen|deployen/, "deploying"],
  [/(?:dem|einem)\s+merge|merge|dem\s+mergen|mergen/, "merging"],
  [/(?:dem|einem)\s+(?:pr|pull\s+request)|pr|pull\s+request/, "opening a pull request"]
];
var de = {
  lang: "de",
  cue: new RegExp(
    "\\b(?:nimm|nehmt|nehmen|verwende|verwendet|verwenden|benutze|benutz|benutzt|benutzen|nutze|nutz|nutzt|nutzen|f\xFChre|f\xFChrt|f\xFChren|starte|startet|starten|lass|lasse|lasst|nicht|kein|keinen|keine|vor)",
    "i"
  ),
  swap: [
    clause(`${USE6} {A} (?:statt|anstatt|anstelle von|an stelle von)~(?:von )?{B}`),
    clause(`${USE6} {A}~,~nicht {B}`),
    clause(`${USE6} nicht {B}~,~sondern {A}`),
    clause(`nicht {B}~,~sondern {A}`),
    clause(`{A} statt {B}`)
  ],
  reject: [
    clause(`${USE6} (?:niemals|nie|kein|keinen|keine) {B}`),
    clause(`${USE6} {B} nicht(?: mehr)?`),
    clause(`(?:kein|keinen|keine) {B}(?: mehr)?`)
  ],
  ask: [clause(`${USE6} {A}`)],
  dontRun: [
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) {X} (?:nicht|niemals|nie) aus`),
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) (?:niemals|nie) {X} aus`),
    clause(`(?:starte|startet|starten sie) {X} (?:nicht|niemals|nie)`),
    clause(`(?:starte|startet|starten sie) (?:niemals|nie) {X}`),
    clause(`(?:lass|lasse|lasst) {X} (?:nicht|niemals|nie) laufen`),
    clause(`{X} (?:nicht|niemals|nie) (?:ausf\xFChren|starten|laufen lassen)`)
  ],
  before: [
    clause(`vor {E}~,?~(?:f\xFChre|f\xFChrt|f\xFChren sie) {X} aus`, events6),
    clause(`vor {E}~,?~(?:starte|startet|starten sie) {X}`, events6),
    clause(`vor {E}~,?~(?:lass|lasse|lasst) {X} laufen`, events6),
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) vor {E} {X} aus`, events6),
    clause(`(?:f\xFChre|f\xFChrt|f\xFChren sie) {X} vor {E} aus`, events6),
    clause(`(?:starte|startet|starten sie) vor {E} {X}`, events6),
    clause(`(?:starte|startet|starten sie) {X} vor {E}`, events6),
    clause(`(?:lass|lasse|lasst) vor {E} {X} laufen`, events6),
    clause(`(?:lass|lasse|lasst) {X} vor {E} laufen`, events6),
    clause(`vor {E} {X} (?:ausf\xFChren|starten|laufen lassen)`, events6)
  ],
  events: events6,
  always: new RegExp(word("immer|stets|jedes mal|jedesmal|jedem|jeden|jeder"), "giu"),
  never: new RegExp(word(NEVER.de), "iu"),
  hold: new RegExp(
    `[?]|${word("warum|wieso|weshalb|erstmal|erst mal|vorerst|diesmal|dieses mal|noch nicht|gerade|jetzt|aber|au\xDFer|ausser|nur|ersetze|tausche|\xE4ndere")}|${word("in (?:dieser|diesem) (?:datei|skript|script|funktion|test|ordner)")}`,
    "iu"
  ),
  filler: "bitte|in diesem (?:projekt|repo|repository)|hier|ab jetzt|von nun an|k\xFCnftig|in zukunft|ab sofort",
  spaced: true,
  interjection: /^(?:nein|nee|falsch|so nicht)$/i
};

// src/signals/lingua/fr.ts
var USE7 = "(?:utilise|utilisez|prends|prenez|emploie|employez|passe par|passez par)";
var NOT_USE5 = "(?:n'utilise|n'utilisez|ne prends|ne prenez|n'emploie|n'employez) (?:pas|jamais|plus)";
var RUN6 = "(?:lance|lancez|ex\xE9cute|ex\xE9cutez|execute|executez|fais tourner|faites tourner)";
var NOT_RUN5 = "(?:ne lance|ne lancez|n'ex\xE9cute|n'ex\xE9cutez|n'execute|n'executez|ne fais tourner|ne faites tourner) (?:pas|jamais|plus)";
var events7 = [
  [/(?:de\s+|chaque\s+|le\s+|un\s+|tout\s+)?commit(?:er|ter)?|(?:de\s+)?committer/, "committing"],
  [/(?:de\s+)?pousser|(?:de\s+|chaque\s+|le\s+|un\s+|tout\s+)?push(?:er)?/, "pushing"],
  [/(?:de\s+)?déployer|(?:de\s+)?deployer|(?:chaque\s+|le\s+|un\s+|tout\s+)?(?:déploiement|deploy)/, "deploying"],
  [/(?:de\s+)?merger|(?:de\s+)?fusionner|(?:chaque\s+|le\s+|un\s+|tout\s+)?merge/, "merging"],
  [
    /(?:d'|de\s+)?ouvrir\s+(?:une\s+|la\s+)?(?:pr|pull\s+request)|(?:chaque\s+|la\s+|une\s+|toute\s+)?(?:pr|pull\s+request)/,
    "opening a pull request"
  ]
];
var fr = {
  lang: "fr",
  cue: new RegExp(
    "\\b(?:utilise|utilisez|prends|prenez|emploie|employez|passe|passez|lance|lancez|ex\xE9cute|ex\xE9cutez|execute|executez|fais|faites|avant|pas|n'utilise|n'utilisez|n'ex\xE9cute|n'ex\xE9cutez|n'execute|n'executez|n'emploie|n'employez)",
    "i"
  ),
  swap: [
    clause(`${USE7} {A} (?:au lieu de|plut\xF4t que|plutot que|\xE0 la place de|a la place de|et non|et pas)~(?:d')?{B}`),
    clause(`${USE7} {A}~,~(?:pas|non) {B}`),
    clause(`${NOT_USE5} {B}~,~(?:utilise|utilisez|prends|prenez) {A}`)
  ],
  reject: [clause(`${NOT_USE5} {B}`), clause(`pas de {B}`)],
  ask: [clause(`${USE7} {A}`)],
  dontRun: [clause(`${NOT_RUN5} {X}`)],
  before: [clause(`avant {E}~,?~${RUN6} {X}`, events7), clause(`${RUN6} {X} avant {E}`, events7)],
  events: events7,
  always: new RegExp(word("toujours|\xE0 chaque fois|a chaque fois|syst\xE9matiquement|chaque"), "giu"),
  never: new RegExp(word(NEVER.fr), "iu"),
  hold: new RegExp(
    `[?]|${word("pourquoi|pour l'instant|pour le moment|cette fois|pas encore|maintenant|mais|sauf|seulement|uniquement|remplace|remplacez|change|changez")}|${word("dans (?:ce|cette) (?:fichier|script|test|fonction|dossier)")}`,
    "iu"
  ),
  filler: "s'il te pla\xEEt|s'il te plait|s'il vous pla\xEEt|s'il vous plait|stp|svp|dans ce (?:projet|d\xE9p\xF4t|depot|repo)|ici|d\xE9sormais|dor\xE9navant|\xE0 partir de maintenant|a partir de maintenant|\xE0 l'avenir",
  spaced: true,
  interjection: /^(?:non|faux|pas comme ça|pas comme ca)$/i
};

// src/signals/lingua/ru.ts
var USE8 = "(?:\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439|\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435|\u044E\u0437\u0430\u0439|\u044E\u0437\u0430\u0439\u0442\u0435|\u0431\u0435\u0440\u0438|\u0431\u0435\u0440\u0438\u0442\u0435|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0441\u044F|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435\u0441\u044C|\u043F\u0440\u0438\u043C\u0435\u043D\u044F\u0439|\u043F\u0440\u0438\u043C\u0435\u043D\u044F\u0439\u0442\u0435)";
var RUN7 = "(?:\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435|\u0437\u0430\u043F\u0443\u0441\u0442\u0438|\u0437\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u0438|\u0432\u044B\u043F\u043E\u043B\u043D\u0438\u0442\u0435|\u043F\u0440\u043E\u0433\u043E\u043D\u044F\u0439|\u043F\u0440\u043E\u0433\u043E\u043D\u0438|\u0433\u043E\u043D\u044F\u0439)";
var NOT_RUN6 = "(?:\u043D\u0435|\u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435) (?:\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439\u0442\u0435|\u0432\u044B\u0437\u044B\u0432\u0430\u0439|\u0432\u044B\u0437\u044B\u0432\u0430\u0439\u0442\u0435|\u0433\u043E\u043D\u044F\u0439|\u0433\u043E\u043D\u044F\u0439\u0442\u0435)";
var events8 = [
  [/(?:каждым\s+)?(?:коммитом|commit(?:ом)?)/, "committing"],
  [/(?:каждым\s+)?(?:пушем|push(?:ем)?)/, "pushing"],
  [/(?:каждым\s+)?(?:деплоем|деплоем|развертыванием|развёртыванием|deploy(?:ем)?)/, "deploying"],
  [/(?:каждым\s+)?(?:мержем|слиянием|merge(?:м)?)/, "merging"],
  [/(?:каждым\s+|открытием\s+)?(?:pr|пр|пулл?\s*реквестом)/, "opening a pull request"]
];
var ru = {
  lang: "ru",
  cue: /использ|юза|бер|польз|примен|запуск|запуст|выполн|прогон|гоня|вызыва|вместо|не/,
  swap: [
    clause(`${USE8} {A}~,?~(?:\u0432\u043C\u0435\u0441\u0442\u043E|\u0430 \u043D\u0435|\u043D\u043E \u043D\u0435|, \u043D\u0435) {B}`),
    clause(`${USE8} {A}~,~\u043D\u0435 {B}`),
    clause(`\u043D\u0435 {B}~,~\u0430 {A}`),
    clause(`\u0432\u043C\u0435\u0441\u0442\u043E {B}~,?~${USE8} {A}`),
    clause(`(?:\u043D\u0435|\u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435) ${USE8} {B}~,~${USE8} {A}`)
  ],
  reject: [clause(`(?:\u043D\u0435|\u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435) ${USE8} {B}`)],
  ask: [clause(`${USE8} {A}`)],
  dontRun: [clause(`${NOT_RUN6} {X}`)],
  before: [clause(`\u043F\u0435\u0440\u0435\u0434 {E}~,?~${RUN7} {X}`, events8), clause(`${RUN7} {X} \u043F\u0435\u0440\u0435\u0434 {E}`, events8)],
  events: events8,
  always: new RegExp(word("\u0432\u0441\u0435\u0433\u0434\u0430|\u043A\u0430\u0436\u0434\u044B\u0439 \u0440\u0430\u0437|\u043A\u0430\u0436\u0434\u044B\u043C|\u043A\u0430\u0436\u0434\u044B\u0439"), "giu"),
  never: new RegExp(word(NEVER.ru), "iu"),
  hold: new RegExp(
    `[?]|${word("\u043F\u043E\u0447\u0435\u043C\u0443|\u0437\u0430\u0447\u0435\u043C|\u043F\u043E\u043A\u0430|\u043F\u043E\u043A\u0430 \u0447\u0442\u043E|\u0441\u0435\u0439\u0447\u0430\u0441|\u0432 \u044D\u0442\u043E\u0442 \u0440\u0430\u0437|\u043D\u0430 \u044D\u0442\u043E\u0442 \u0440\u0430\u0437|\u0435\u0449\u0451 \u043D\u0435|\u0435\u0449\u0435 \u043D\u0435|\u043D\u043E|\u043A\u0440\u043E\u043C\u0435|\u0442\u043E\u043B\u044C\u043A\u043E|\u0437\u0430\u043C\u0435\u043D\u0438|\u043F\u043E\u043C\u0435\u043D\u044F\u0439|\u0437\u0430\u043C\u0435\u043D\u0438\u0442\u044C")}|${word("\u0432 (?:\u044D\u0442\u043E\u043C|\u044D\u0442\u043E\u0439) (?:\u0444\u0430\u0439\u043B\u0435|\u0441\u043A\u0440\u0438\u043F\u0442\u0435|\u0442\u0435\u0441\u0442\u0435|\u0444\u0443\u043D\u043A\u0446\u0438\u0438|\u043F\u0430\u043F\u043A\u0435)")}`,
    "iu"
  ),
  filler: "\u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430|\u0432 \u044D\u0442\u043E\u043C (?:\u043F\u0440\u043E\u0435\u043A\u0442\u0435|\u0440\u0435\u043F\u043E\u0437\u0438\u0442\u043E\u0440\u0438\u0438|\u0440\u0435\u043F\u043E)|\u0437\u0434\u0435\u0441\u044C|\u0442\u0443\u0442|\u0432\u043F\u0440\u0435\u0434\u044C|\u043E\u0442\u043D\u044B\u043D\u0435|\u0441 \u044D\u0442\u043E\u0433\u043E \u043C\u043E\u043C\u0435\u043D\u0442\u0430|\u0441 \u0441\u0435\u0433\u043E\u0434\u043D\u044F\u0448\u043D\u0435\u0433\u043E \u0434\u043D\u044F|\u0434\u0430\u043B\u044C\u0448\u0435",
  spaced: true,
  interjection: /^(?:нет|не так|неправильно|не то)$/i
};

// src/signals/lingua/this-thing.ts
var THINGS_EN = String.raw`files?|folders?|director(?:y|ies)|dirs?|modules?|functions?|methods?|class(?:es)?|components?|tests?|specs?|scripts?|lines?|blocks?|snippets?|sections?|endpoints?|tables?|branch(?:es)?|commits?|documents?|docs?|pages?|code`;
var ENGLISH = String.raw`\b(?:this|these|(?:^|\b(?:in|on|from|to|into|of|for|at|with|about|inside|under|edit|change|touch|modify|delete|remove|rename|move|commit|push|run|format|rewrite|overwrite)\s+)(?:that|those))\s+(?:${THINGS_EN})\b`;
var OTHER_LANGUAGES = [
  word(
    "(?:diese|dieser|dieses|diesem|diesen) (?:datei|dateien|ordner|verzeichnis|funktion|funktionen|methode|klasse|komponente|tests?|skript|zeilen?|abschnitt|branch|code)"
  ),
  word(
    "(?:este|esta|estos|estas|ese|esa|esos|esas) (?:archivos?|ficheros?|carpetas?|directorios?|funci[o\xF3]n|funciones|m[e\xE9]todos?|clases?|componentes?|pruebas?|tests?|scripts?|l[i\xED]neas?|secci[o\xF3]n|rama|c[o\xF3]digo)"
  ),
  word(
    "(?:n|d)?(?:este|esta|estes|estas|esse|essa|esses|essas) (?:arquivos?|ficheiros?|pastas?|diret[o\xF3]rios?|fun[c\xE7][a\xE3]o|fun[c\xE7][o\xF5]es|m[e\xE9]todos?|classes?|componentes?|testes?|scripts?|linhas?|se[c\xE7][a\xE3]o|branch|c[o\xF3]digo)"
  ),
  word(
    "(?:ce|cet|cette|ces) (?:fichiers?|dossiers?|r[\xE9e]pertoires?|fonctions?|m[\xE9e]thodes?|classes?|composants?|tests?|scripts?|lignes?|sections?|branches?|code)"
  ),
  word(
    "(?:\u044D\u0442\u043E\u0442|\u044D\u0442\u043E\u0433\u043E|\u044D\u0442\u043E\u043C|\u044D\u0442\u0438\u043C|\u044D\u0442\u0443|\u044D\u0442\u0430|\u044D\u0442\u0438|\u044D\u0442\u0438\u0445|\u044D\u0442\u0438\u043C\u0438|\u044D\u0442\u0438) (?:\u0444\u0430\u0439\u043B\\p{L}*|\u043F\u0430\u043F\u043A\\p{L}*|\u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440\u0438\\p{L}*|\u0444\u0443\u043D\u043A\u0446\u0438\\p{L}*|\u043C\u0435\u0442\u043E\u0434\\p{L}*|\u043A\u043B\u0430\u0441\u0441\\p{L}*|\u043A\u043E\u043C\u043F\u043E\u043D\u0435\u043D\u0442\\p{L}*|\u0442\u0435\u0441\u0442\\p{L}*|\u0441\u043A\u0440\u0438\u043F\u0442\\p{L}*|\u0441\u0442\u0440\u043E\u043A\\p{L}*|\u0432\u0435\u0442\u043A\\p{L}*|\u043A\u043E\u0434\\p{L}*)"
  ),
  "(?:\u8FD9\u4E2A|\u9019\u500B|\u8FD9\u4E9B|\u9019\u4E9B|\u8FD9\u4EFD|\u9019\u4EFD|\u8BE5|\u8A72|\u6B64)(?:\u6587\u4EF6|\u6A94\u6848|\u6587\u4EF6\u5939|\u8CC7\u6599\u593E|\u76EE\u5F55|\u76EE\u9304|\u51FD\u6570|\u51FD\u6578|\u65B9\u6CD5|\u7C7B|\u985E|\u7EC4\u4EF6|\u7D44\u4EF6|\u6D4B\u8BD5|\u6E2C\u8A66|\u811A\u672C|\u8173\u672C|\u5206\u652F|\u4EE3\u7801|\u4EE3\u78BC)",
  "(?:\u3053\u306E|\u305D\u306E|\u3053\u308C\u3089\u306E)(?:\u30D5\u30A1\u30A4\u30EB|\u30D5\u30A9\u30EB\u30C0|\u30C7\u30A3\u30EC\u30AF\u30C8\u30EA|\u95A2\u6570|\u30E1\u30BD\u30C3\u30C9|\u30AF\u30E9\u30B9|\u30B3\u30F3\u30DD\u30FC\u30CD\u30F3\u30C8|\u30C6\u30B9\u30C8|\u30B9\u30AF\u30EA\u30D7\u30C8|\u884C|\u30D6\u30E9\u30F3\u30C1|\u30B3\u30FC\u30C9)",
  "(?:^|\\s)(?:\uC774|\uADF8|\uC774\uB7F0) ?(?:\uD30C\uC77C|\uD3F4\uB354|\uB514\uB809\uD130\uB9AC|\uB514\uB809\uD1A0\uB9AC|\uD568\uC218|\uBA54\uC11C\uB4DC|\uD074\uB798\uC2A4|\uCEF4\uD3EC\uB10C\uD2B8|\uD14C\uC2A4\uD2B8|\uC2A4\uD06C\uB9BD\uD2B8|\uC904|\uBE0C\uB79C\uCE58|\uCF54\uB4DC)"
];
var POINTS = new RegExp(`${ENGLISH}|${OTHER_LANGUAGES.join("|")}`, "iu");
var NAMES_IT = /`[^`\n]+`|(?:^|[\s(])[\w.-]*[/\\][\w./\\-]+|(?:^|[\s(])[\w-]+\.[A-Za-z]{1,5}\b/;
var NAMES_BRANCH = /\bth(?:is|at) branch\b(?:\s*\(\s*(?:the\s+)?(?:main|master|trunk|develop|default branch)\s*\)|\s*[,;:—–-]+\s*(?:it'?s|it is|which is|that'?s)\s+(?:the\s+)?(?:main|master|trunk|develop|default)\b)/i;
function pointsAtUnnamedThing(sentence) {
  return POINTS.test(sentence) && !NAMES_IT.test(sentence) && !NAMES_BRANCH.test(sentence);
}

// src/signals/lingua/gloss.ts
var LEXICONS = [zh, ja, ko, es, pt, de, fr, ru];
var MAX_SENTENCE = 220;
var NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u;
var ENGLISH2 = /\b(?:the|an|not|but|only|instead|of|and|for|with|this|that|it|is|are|was|were|be|don'?t|please|always|never|before|after|when|we|you|than|rather|such|like|to|some|any|here|just|our|your|my|which|should|must|can|will|would|could|has|have|also)\b/i;
var strippers = /* @__PURE__ */ new WeakMap();
function fillerOf(lex) {
  let s = strippers.get(lex);
  if (!s) {
    const alt = lex.spaced ? String.raw`(?<![\p{L}\p{N}'])(?:${lex.filler})(?![\p{L}\p{N}])` : `(?:${lex.filler})`;
    s = new RegExp(String.raw`\s*,?\s*${alt}\s*,?`, "giu");
    strippers.set(lex, s);
  }
  return s;
}
function normalise(sentence) {
  return sentence.normalize("NFKC").replace(/[’‘ʼ]/g, "'").replace(/[「『]([\x20-\x7e]{1,80})[」』]/g, "`$1`").replace(/\s+/g, " ").trim();
}
function stripFiller(c, lex) {
  return c.replace(fillerOf(lex), " ").replace(/\s+/g, " ").replace(/^[\s,]+|[\s,.!。]+$/gu, "").trim();
}
var unquote = (t) => t.replace(/^`|`$/g, "").trim();
function codeish(raw, actions) {
  if (raw.startsWith("`")) return true;
  const t = raw.trim();
  const first = t.split(" ")[0] ?? "";
  if (/[-./_:@=+~]/.test(first) || MULTI_WORD.has(first.toLowerCase())) return true;
  const re = new RegExp(`(^|[^\\w-])${escapeRegExp(first)}($|[^\\w-])`, "i");
  return actions.some((a) => re.test(a));
}
function swapCode(a, b, actions, nonLatin) {
  const name = (t) => nonLatin && /^[a-z][a-z0-9+-]*$/.test(unquote(t));
  const [ca, cb] = [codeish(a, actions), codeish(b, actions)];
  return ca && cb || ca && name(b) || name(a) && cb;
}
function eventOf(lex, said) {
  return lex.events.find(([re]) => new RegExp(`^(?:${re.source})$`, "iu").test(said.trim()))?.[1];
}
function readClause(c, lex) {
  const g = (patterns) => {
    for (const p of patterns) {
      const m2 = p.exec(c);
      if (m2?.groups) return m2.groups;
    }
    return void 0;
  };
  let m = g(lex.swap);
  if (m?.a && m.b) return { kind: "swap", a: m.a, b: m.b };
  m = g(lex.dontRun);
  if (m?.x) return { kind: "dontRun", x: m.x };
  m = g(lex.before);
  const e = m?.e ? eventOf(lex, m.e) : void 0;
  if (m?.x && e) return { kind: "before", x: m.x, e };
  m = g(lex.reject);
  if (m?.b) return { kind: "reject", b: m.b };
  m = g(lex.ask);
  if (m?.a) return { kind: "ask", a: m.a };
  return void 0;
}
function readSentence(s, lex) {
  const whole = readClause(stripFiller(s, lex), lex);
  if (whole) return whole;
  const found = [];
  for (const raw of s.split(/\s*[,;:、]\s*|\s+[-–—]\s+/)) {
    const c = stripFiller(raw, lex);
    if (!c || lex.interjection.test(c)) continue;
    const r = readClause(c, lex);
    if (r) found.push(r);
    else if (found.length === 0) return void 0;
  }
  if (found.length === 1) return found[0];
  const asks = found.filter((r) => r.kind === "ask");
  const rejects = found.filter((r) => r.kind === "reject");
  if (asks.length === 1 && rejects.length === 1 && asks.length + rejects.length === found.length)
    return { kind: "swap", a: asks[0].a, b: rejects[0].b };
  return void 0;
}
var code = (t) => `\`${unquote(t)}\``;
var LATIN_FUNCTION_WORD = /^(?:para|por|con|sin|de|del|en|el|la|los|las|un|una|y|o|que|cuando|antes|despu[eé]s|pra|com|sem|em|na|no|nos|nas|do|da|dos|das|um|uma|e|ou|quando|pour|avec|sans|dans|le|les|des|du|et|quand|avant|apr[eè]s|zum|zur|f[uü]r|mit|ohne|und|oder|die|der|das|den|dem|ein|eine|wenn|vor|nach|um)$/i;
function proseInPayload(t) {
  if (t.startsWith("`")) return false;
  return t.trim().split(/\s+/).slice(1).some((w) => LATIN_FUNCTION_WORD.test(w));
}
function glossRule(sentence, actions) {
  if (sentence.length > MAX_SENTENCE) return void 0;
  const ascii = !/[^ -~]/.test(sentence);
  const english = ENGLISH2.test(sentence.includes("`") ? sentence.replace(/`[^`]*`/g, " ") : sentence);
  if (ascii && english) return void 0;
  const norm = ascii ? sentence.trim() : normalise(sentence);
  if (!/[A-Za-z]/.test(norm)) return void 0;
  const nonLatin = !ascii && NON_LATIN.test(norm);
  for (const lex of LEXICONS) {
    if (english && lex.spaced || !lex.cue.test(norm)) continue;
    const always = new RegExp(lex.always.source, lex.always.flags.replace("g", "")).test(norm);
    const never = lex.never.test(norm);
    const bare2 = lex.spaced ? norm : norm.replace(new RegExp(lex.never.source, "gu"), "");
    const text = bare2.replace(lex.always, " ").replace(/\s+/g, " ").trim();
    const r = readSentence(text, lex);
    if (!r) continue;
    if (lex.hold.test(norm) || saysThisConversation(norm) || pointsAtUnnamedThing(norm)) return void 0;
    if (r.kind === "ask" && /^(?:use|run)$/i.test(text.replace(r.a, "").replace(/[\s.!]+/g, ""))) return void 0;
    const payloads = ["a" in r ? r.a : "", "b" in r ? r.b : "", "x" in r ? r.x : ""];
    if (!nonLatin && payloads.some(proseInPayload)) return void 0;
    const ok = (t) => codeish(t, actions);
    switch (r.kind) {
      case "swap":
        return swapCode(r.a, r.b, actions, nonLatin) && unquote(r.a).toLowerCase() !== unquote(r.b).toLowerCase() ? `Use ${code(r.a)}, not ${code(r.b)}.` : void 0;
      case "reject":
        return ok(r.b) ? `${never ? "Never" : "Don't"} use ${code(r.b)}.` : void 0;
      case "ask":
        return ok(r.a) ? `${always ? "Always use" : "Use"} ${code(r.a)}.` : void 0;
      case "dontRun":
        return ok(r.x) ? `${never ? "Never" : "Don't"} run ${code(r.x)}.` : void 0;
      case "before":
        return ok(r.x) ? `${always ? "Always run" : "Run"} ${code(r.x)} before ${r.e}.` : void 0;
    }
  }
  return void 0;
}

// src/signals/lingua/romance-verbs.ts
var ES_VERBS = "usa|us\xE1|use|usen|utiliza|utiliz\xE1|utilice|utilicen|ejecuta|ejecut\xE1|ejecute|ejecuten|corre|corr\xE9|corra|haz|hac\xE9|haga|hagan|escribe|escrib\xED|escriba|a\xF1ade|a\xF1ad\xED|a\xF1ada|agrega|agreg\xE1|agregue|revisa|revis\xE1|revise|verifica|verific\xE1|verifique|comprueba|compruebe|prueba|prob\xE1|pruebe|pregunta|pregunt\xE1|pregunte|pon|pon\xE9|ponga|mant\xE9n|manten\xE9|mantenga|crea|cre\xE1|cree|lee|le\xE9|lea|responde|respond\xE9|responda|contesta|contest\xE1|conteste|explica|explic\xE1|explique|di|dec\xED|diga|documenta|documente|actualiza|actualice|formatea|formatee|incluye|inclu\xED|incluya|empieza|empez\xE1|empiece|comienza|comience|muestra|mostr\xE1|muestre|sigue|segu\xED|siga|trabaja|trabaj\xE1|trabaje";
var PT_VERBS = "usa|use|usem|utiliza|utilize|utilizem|roda|rode|rodem|executa|execute|executem|faz|fa\xE7a|faca|fa\xE7am|escreve|escreva|adiciona|adicione|verifica|verifique|testa|teste|pergunta|pergunte|coloca|coloque|p\xF5e|poe|ponha|mant\xE9m|mantem|mantenha|cria|crie|l\xEA|le|leia|responde|responda|explica|explique|diz|diga|documenta|documente|atualiza|atualize|formata|formate|inclui|inclua|come\xE7a|comece|mostra|mostre|segue|siga|trabalha|trabalhe|confirma|confirme";
var ES_MORE = "instala|guarda|limpia|regenera|borra|elimina|compila|valida|comenta|nombra|renombra|copia|reinicia|avisa|consulta|evita|respeta|lanza|deja|quita|arregla|genera|exporta|sincroniza|etiqueta|firma|commitea|pushea|mergea|testea|despliega|descarga|edita|modifica|manda|env\xEDa|notifica|marca|cierra|lista|ordena|traduce|corrige|sube|abre|pide|elige|define";
var PT_MORE = "instala|salva|limpa|regenera|apaga|remove|compila|valida|comenta|renomeia|copia|reinicia|avisa|consulta|evita|respeita|deixa|tira|conserta|gera|exporta|sincroniza|assina|commita|envia|marca|fecha|lista|ordena|traduz|corrige|sobe|abre|pede|escolhe|define|move|devolve|edita|modifica|manda";
var ES_ER_IR = [
  ["hac", "hag"],
  ["deshac", "deshag"],
  ["corr", "corr"],
  ["le", "le"],
  ["escrib", "escrib"],
  ["sobrescrib", "sobrescrib"],
  ["reescrib", "reescrib"],
  ["describ", "describ"],
  ["pon", "pong"],
  ["propon", "propong"],
  ["sub", "sub"],
  ["abr", "abr"],
  ["romp", "romp"],
  ["muev", "muev"],
  ["vuelv", "vuelv"],
  ["devuelv", "devuelv"],
  ["resuelv", "resuelv"],
  ["respond", "respond"],
  ["incluy", "incluy"],
  ["a\xF1ad", "a\xF1ad"],
  ["dic", "dig"],
  ["tien", "teng"],
  ["mantien", "manteng"],
  ["contien", "conteng"],
  ["sal", "salg"],
  ["met", "met"],
  ["comet", "comet"],
  ["com", "com"],
  ["imprim", "imprim"],
  ["omit", "omit"],
  ["permit", "permit"],
  ["admit", "admit"],
  ["compart", "compart"],
  ["recib", "recib"],
  ["elig", "elij"],
  ["corrig", "corrij"],
  ["dirig", "dirij"],
  ["exig", "exij"],
  ["construy", "construy"],
  ["destruy", "destruy"],
  ["distribuy", "distribuy"],
  ["defin", "defin"],
  ["cumpl", "cumpl"],
  ["depend", "depend"],
  ["aprend", "aprend"],
  ["entiend", "entiend"],
  ["pierd", "pierd"],
  ["enciend", "enciend"],
  ["extiend", "extiend"],
  ["atiend", "atiend"],
  ["prend", "prend"],
  ["conoc", "conozc"],
  ["parec", "parezc"],
  ["aparec", "aparezc"],
  ["desaparec", "desaparezc"],
  ["crec", "crezc"],
  ["tra", "traig"],
  ["ca", "caig"],
  ["pued", "pued"],
  ["quier", "quier"],
  ["sab", "sep"],
  ["sigu", "sig"],
  ["pid", "pid"],
  ["repit", "repit"],
  ["sirv", "sirv"],
  ["viv", "viv"],
  ["exist", "exist"],
  ["ocurr", "ocurr"],
  ["insist", "insist"],
  ["asum", "asum"],
  ["interrump", "interrump"],
  ["divid", "divid"],
  ["decid", "decid"],
  ["discut", "discut"],
  ["un", "un"],
  ["reduc", "reduzc"],
  ["produc", "produzc"],
  ["traduc", "traduzc"],
  ["introduc", "introduzc"],
  ["conduc", "conduzc"],
  ["v", "ve"],
  ["suced", "suced"],
  ["bat", "bat"],
  ["mov", "mov"],
  ["escog", "escoj"],
  ["recog", "recoj"]
];
var PT_ER_IR = [
  ["faz", "fa\xE7"],
  ["desfaz", "desfa\xE7"],
  ["escrev", "escrev"],
  ["reescrev", "reescrev"],
  ["sobrescrev", "sobrescrev"],
  ["corr", "corr"],
  ["l\xEA", "lei"],
  ["le", "lei"],
  ["p\xF5e", "ponh"],
  ["abr", "abr"],
  ["sob", "sub"],
  ["inclu", "inclu"],
  ["mant\xE9m", "mantenh"],
  ["diz", "dig"],
  ["tem", "tenh"],
  ["sa", "sai"],
  ["mex", "mex"],
  ["met", "met"],
  ["com", "com"],
  ["romp", "romp"],
  ["mov", "mov"],
  ["devolv", "devolv"],
  ["resolv", "resolv"],
  ["respond", "respond"],
  ["atend", "atend"],
  ["entend", "entend"],
  ["perd", "perc"],
  ["vend", "vend"],
  ["aprend", "aprend"],
  ["bat", "bat"],
  ["depend", "depend"],
  ["receb", "receb"],
  ["escolh", "escolh"],
  ["corrig", "corrij"],
  ["constr\xF3", "constru"],
  ["defin", "defin"],
  ["permit", "permit"],
  ["imprim", "imprim"],
  ["omit", "omit"],
  ["divid", "divid"],
  ["decid", "decid"],
  ["assum", "assum"],
  ["segu", "sig"],
  ["ped", "pe\xE7"],
  ["repet", "repit"],
  ["serv", "sirv"],
  ["v\xEA", "vej"],
  ["ve", "vej"],
  ["pod", "poss"],
  ["quer", "queir"],
  ["sab", "saib"],
  ["traz", "trag"],
  ["ca", "cai"],
  ["cab", "caib"],
  ["explod", "explod"],
  ["acontec", "acontec"],
  ["ocorr", "ocorr"],
  ["exist", "exist"],
  ["cresc", "cres\xE7"],
  ["aparec", "apare\xE7"],
  ["desaparec", "desapare\xE7"]
];
var forms = (table, endings, at) => new Set(table.flatMap((row) => endings.map((e) => `${row[at]}${e}`)));
var words2 = (...lists) => new Set(lists.flatMap((l) => l.split("|")));
var ES = {
  frame: /^(nunca|jamás|siempre)\s+/iu,
  between: /^(?:(?:ya|todavía|aún|me|te|se|nos|os|lo|la|los|las|le|les)\s+)*/iu,
  ruleVerbs: words2(ES_VERBS, ES_MORE),
  casualNever: /* @__PURE__ */ new Set(),
  indicative: forms(ES_ER_IR, ["e", "es", "en"], 0),
  subjunctive: forms(ES_ER_IR, ["a", "as", "an"], 1),
  states: /^(?:es|son|era|eran|fue|fueron|está|están|estaba|estaban|hay|había|va|van|iba|iban|da|dan|sale|salen|tiene|tienen|hace|hacen|puede|pueden|parece|parecen|queda|quedan|el|un|una|unos|unas|mi|mis|tu|tus|su|sus|nuestro|nuestra|este|esta|estos|estas|ese|esa|esos|esas|mismo|misma)$/iu,
  notFirstPerson: /^(?:primero|solo|sólo|luego|pronto|cuidado|ojo|claro|cero|todo|nunca)$/iu,
  infinitive: /(?:ar|er|ir|ír)(?:me|te|se|lo|la|los|las|le|les|nos)?$/iu
};
var PT = {
  frame: /^(nunca|jamais|sempre)\s+/iu,
  between: /^(?:(?:já|ainda|me|te|se|nos|o|a|os|as|lhe|lhes)\s+)*/iu,
  ruleVerbs: words2(PT_VERBS, PT_MORE),
  casualNever: words2(PT_VERBS),
  indicative: forms(PT_ER_IR, ["e", "es", "em", ""], 0),
  subjunctive: forms(PT_ER_IR, ["a", "as", "am"], 1),
  states: /^(?:é|são|era|eram|foi|foram|está|estão|estava|estavam|há|havia|vai|vão|ia|iam|dá|dão|fica|ficam|pode|podem|parece|parecem|tem|têm|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|nosso|nossa|este|esta|esse|essa|isso|isto|mesmo|mesma)$/iu,
  notFirstPerson: /^(?:primeiro|só|sozinho|logo|cuidado|olho|claro|zero|todo)$/iu,
  infinitive: /(?:ar|er|ir|or)(?:-(?:me|te|se|o|a|os|as|lo|la|los|las|lhe))?$/iu
};
var KEEPS2 = /^(?:sigue|siguen|segue|seguem|continúa|continúan|continua|continuam)$/u;
var FAILING = /^(?:fallando|falhando|rompiendo|quebrando|petando|crasheando|colgándose|colgando|travando|tardando|demorando|dando|igual|mal|roto|rota|rotos|quebrado|quebrada|parado|parada|colgado|travado|sin|sem)$/u;
var RUNS = /^(?:corre|roda|ejecuta|executa|compila|funciona|carga|carrega|arranca|anda)$/u;
var MANNER = /^(?:lento|lenta|rápido|rápida|rapido|devagar|bien|mal|bem|direito|igual|sozinho|solo)$/u;
var PLACE_OR_END = /^(?:\s+(?:en|em|no|na|con|com|sobre|sin|sem|al|ao)\s[^,;]*)?[\s.!]*$/iu;
var NO_OBJECT = /^(?:no|na|nos|nas|em|com|de|do|da|dos|das|pelo|pela|direito|bem|mal|aqui|lá|localmente|sozinho|devagar|rápido|certo)$/u;
function verbStates({ w, next, never }, lang) {
  if (/^(?:hay|há|tiene|tienen|tienes|tenés|tem|têm|tens)$/u.test(w) && /^que\b/iu.test(next)) return void 0;
  const after = /^[\p{L}-]+/u.exec(next)?.[0]?.toLowerCase() ?? "";
  if (KEEPS2.test(w) && FAILING.test(after)) return true;
  if (RUNS.test(w) && MANNER.test(after) && PLACE_OR_END.test(next.slice(after.length))) return true;
  if (lang.states.test(w)) return true;
  if (lang.infinitive.test(w)) return false;
  if (lang === ES && /é$/u.test(w)) return !(lang.ruleVerbs.has(w) || lang.indicative.has(`${w.slice(0, -1)}e`));
  if (lang === ES && /[áí]$/u.test(w)) return false;
  if (lang === PT && w.length > 3 && /(?:ei|ou|eu|iu)$/u.test(w)) return true;
  if (new RegExp("[\xE1\xE9\xED\xF3\xFA]\\p{L}*(?:me|te|lo|la|los|las|le|les|nos)$", "u").test(w) && w.length > 5) return false;
  if (w.length < 2 || !new RegExp("^\\p{Ll}+$", "u").test(w)) return void 0;
  if (w.length > 2 && /o$/u.test(w) && !lang.notFirstPerson.test(w)) return true;
  if (lang.subjunctive.has(w)) return false;
  if (lang.indicative.has(w)) return !(!never && lang.ruleVerbs.has(w));
  if (never) {
    if (/(?:a|as|an|am)$/u.test(w)) return !lang.casualNever.has(w) || /^[\s.!]*$/u.test(next) || NO_OBJECT.test(after);
    return void 0;
  }
  if (/(?:as|es)$/u.test(w)) return !/^(?:antes|después|depois|além|mientras|jamás)$/u.test(w);
  if (/(?:a|e|an|en|am|em)$/u.test(w)) {
    const tu = w.replace(/(?<=[ae])[nm]$/u, "");
    if (lang.ruleVerbs.has(w) || lang.ruleVerbs.has(tu)) return false;
    return !/e[nm]?$/u.test(w);
  }
  return void 0;
}
function romanceStatement(sentence) {
  let states = false;
  for (const lang of [ES, PT]) {
    const m = lang.frame.exec(sentence);
    if (!m) continue;
    const rest = sentence.slice(m[0].length).replace(lang.between, "");
    const w = /^[\p{L}-]+/u.exec(rest)?.[0]?.toLowerCase();
    if (!w) continue;
    const verdict = verbStates({ w, next: rest.slice(w.length).trim(), never: !/^(?:siempre|sempre)$/iu.test(m[1] ?? "") }, lang);
    if (verdict === false) return false;
    states ||= verdict === true;
  }
  return states;
}

// src/signals/lingua/own-subject.ts
var NOT_A_VERB_ES = "(?!(?:primero|solo|s\xF3lo|cuidado|luego|pronto|claro|ojo|cero|nunca|no)(?![\\p{L}]))";
var NOT_A_VERB_PT = "(?!(?:primeiro|s\xF3|sozinho|cuidado|logo|claro|olho|zero|nunca|n\xE3o|nao)(?![\\p{L}]))";
var SUBJECT = {
  zh: /^(?:我(?![们們])|他|她|它|这|這|那)/u,
  ja: /^(?:私|僕|俺|わたし|ぼく|自分|これ|それ)(?:が|は|も)/u,
  ko: /^(?:제가|내가|저는|나는|저도|나도|이게|그게|이건|그건)/u,
  es: new RegExp(
    `^(?:(?:yo|\xE9l|ella|ellos|ellas|ello|el|la|los|las|lo|le|les|me|un|una|unos|unas|mi|mis|su|sus|nuestro|nuestra|nuestros|nuestras|esto|eso|este|esta|estos|estas|ese|esa|todo|nada|nadie|alguien|voy|va|van|ser\xE1|ser\xE1n)(?![\\p{L}])|${NOT_A_VERB_ES}\\p{L}+(?:r\xE9|r\xE1|r\xE1n)(?![\\p{L}])|${NOT_A_VERB_ES}\\p{L}{2,}o(?![\\p{L}]))`,
    "iu"
  ),
  pt: new RegExp(
    `^(?:(?:eu|ele|ela|eles|elas|o|a|os|as|um|uma|meu|minha|meus|minhas|seu|sua|nosso|nossa|isso|isto|este|esta|esse|essa|tudo|nada|ningu\xE9m|algu\xE9m|vou|vai|v\xE3o|ser\xE1|ser\xE3o)(?![\\p{L}])|${NOT_A_VERB_PT}\\p{L}+(?:rei|r\xE1|r\xE3o)(?![\\p{L}])|${NOT_A_VERB_PT}\\p{L}{2,}o(?![\\p{L}]))`,
    "iu"
  ),
  // "ich", "er", "man" are subjects after any verb ("mache ich"); "es", "sie" and an article may be an order's object
  // ("führe sie aus"), so only after a verb whose form no singular order has ("läuft der Build", "wird es").
  // Matched with their case: "verwenden Sie pnpm" is the polite order.
  de: new RegExp("^(?:[Ii]ch|[Ee]r|[Mm]an)(?![\\p{L}])|^\\p{L}+\\s+(?:ich|er|man)(?![\\p{L}])|^(?:\\p{L}+t|wird|ist|hat|kann|soll|muss|darf|will)\\s+(?:es|sie|der|die|das|ein|eine|mein|meine|unser|unsere|alles|nichts)(?![\\p{L}])", "u"),
  fr: /^(?:je|j'|il|elle|ils|elles|ce|c'|ça|cela|le|la|les|l'|un|une|des|mon|ma|mes|notre|nos|leur|leurs|tout|rien|personne|(?:tu|vous|nous|on)(?!\s+(?:dois|doit|devez|devons|devras|devrez|devrons|devra|vas|va|allez|allons|ne|n'|toujours|jamais)(?![\p{L}])))(?![\p{L}])/iu,
  ru: /^(?:я|он|она|оно|они|это|всё|все)(?![\p{L}])/iu
};
function hasOwnSubject(lang, rest) {
  return SUBJECT[lang]?.test(rest.replace(/^[\s,，、:：]+/u, "")) === true;
}

// src/signals/lingua/cjk-statements.ts
var JA_FRAME = /^(?:必ず|常に|毎回|いつも|絶対に|絶対|決して)/u;
var JA_ORDER = /(?:[てで](?:ください|下さい|くれ|ね|よ|ほしい(?:です)?|もらえる|ちょうだい)?|ないで(?:ください|下さい|くれ|ね|よ)?|こと|[るうくすつぬむぶぐ]な|なさい|ましょう|ように|べき(?:だ|です)?|お願い(?:します)?|[えけせへめれげべ]|しろ|せよ)$/u;
var JA_STATES = /(?:ます|ません|ました|ませんでした|です|でした|だ|だった|た|だろう|でしょう|ている|てる|ちゃう|ちゃった|[^なけ]い|[くに]なる|[くに]ならない)$/u;
var JA_FAILS = /失敗|落ち|エラー|クラッシュ|タイムアウト|止ま|固ま|動か|成功し|通ら|遅|重い|おかし|壊れ|バグ|ハング|フリーズ|直ら|再現/u;
var JA_SUBJECT = new RegExp("\\p{L}\u304C(?![\u3001,])", "u");
var KO_FRAME = /^(?:항상|반드시|꼭|매번|언제나|늘|절대로?)(?=\s|$)/u;
var KO_ORDER = /(?:세요|십시오|시오|주세요|줘|줘요|마|마요|마세요|말아요|것|자|라|해|바랍니다|하기)$/u;
var KO_STATES = /(?:니다|다|요)$/u;
var KO_MARKED = new RegExp("(?:^|\\s)\uC548\\s|\uC9C0\\s*\uC54A|\\p{Script=Hangul}{2,}[\uC774\uAC00](?=\\s)", "u");
var ZH_FRAME = /^(?:每次都|每次|总是|總是|始终|始終|一直|从来|從來|从不|從不|永远|永遠|绝对|絕對|绝不|絕不)/u;
var ZH_ORDER = /请|請|不要|别|別|不准|禁止|千万|千萬|务必|務必|必须|必須|一定要|记得|記得/u;
var ZH_END = new RegExp("(?:\u5931\u8D25|\u5931\u6557|\u62A5\u9519|\u5831\u932F|\u51FA\u9519|\u51FA\u932F|\u9519\u8BEF|\u932F\u8AA4|\u9519|\u932F|\u5D29\u6E83|\u5D29\u6F70|\u5D29|\u6302|\u639B|\u6302\u6389|\u639B\u6389|\u8D85\u65F6|\u8D85\u6642|\u5361\u4F4F|\u5361\u6B7B|\u5361|\u6B7B\u673A|\u6B7B\u6A5F|\u95EA\u9000|\u9583\u9000|\u4E0D\u884C|\u4E0D\u5BF9|\u4E0D\u5C0D|\u6709\u95EE\u9898|\u6709\u554F\u984C|\u574F|\u58DE|\u4E00\u6837|\u4E00\u6A23|\u6162|\u5F88\u4E45|\u8FD9\u6837|\u9019\u6A23)(?:(?:\u5728|\u4E8E|\u65BC|\u5230)\\p{Script=Han}{1,8})?$", "u");
var ZH_MARKED = new RegExp("\\p{Script=Han}(?<![\u7EDD\u7D55\u4ECE\u5F9E\u51B3\u6C7A\u8FDC\u9060\u90FD\u4E5F\u5C31\u8FD8\u9084\u662F\u603B\u7E3D\u518D])\u4E0D(?:\u4E86|\u4E0A|\u8D77\u6765|\u8D77\u4F86|\u5230|\u52A8|\u52D5|\u5F00|\u958B|\u4E0B|\u8FC7|\u904E|\u597D|\u5B8C|\u901A|\u51FA\u6765|\u51FA\u4F86|\u8FDB\u53BB|\u9032\u53BB|\u61C2|\u4F4F)|\u6CA1|\u6C92|^(?:\u90FD|\u4E5F)?(?:\u51FA\u73B0|\u51FA\u73FE|\u6709|\u662F)|(?<![\u673A\u6A5F\u5B66\u5B78\u5F00\u958B\u793E\u805A\u5927\u534F\u5354\u5DE5\u4F53\u9AD4\u7EA6\u7D04\u5BB4\u5E74\u665A\u65E9\u4F8B])(?:\u4F1A|\u6703)(?![\u8BAE\u8B70\u8BDD\u8A71\u5458\u54E1\u8BA1\u8A08])|\u5FD8|(?:\u5F88|\u592A|\u597D|\u975E\u5E38|\u7279\u522B|\u7279\u5225|\u8D85|\u8FD9\u4E48|\u9019\u9EBC|\u90A3\u4E48|\u90A3\u9EBC)(?:\u6162|\u4E45|\u5361|\u70E6|\u7169|\u9EBB\u70E6|\u9EBB\u7169|\u957F|\u9577|\u96BE|\u96E3|\u590D\u6742|\u8907\u96DC|\u5947\u602A)", "u");
var trimmed = (s) => s.replace(/[\s。．.!！~～…]+$/u, "");
function japaneseStates(afterFrame) {
  const rest = trimmed(afterFrame);
  if (!rest || JA_ORDER.test(rest)) return false;
  return JA_STATES.test(rest) || JA_SUBJECT.test(rest) || JA_FAILS.test(rest) && !rest.includes("\u3092");
}
function koreanStates(afterFrame) {
  const rest = trimmed(afterFrame).trim();
  if (!rest || KO_ORDER.test(rest)) return false;
  return KO_STATES.test(rest) || KO_MARKED.test(` ${rest}`);
}
function chineseStates(afterFrame) {
  if (ZH_ORDER.test(afterFrame)) return false;
  const said = trimmed(afterFrame);
  const rest = said.replace(/(?:了|啊|呀|吧|的|呢|嘛|哦|喔)+$/u, "");
  if (!rest) return false;
  return ZH_END.test(rest) || ZH_MARKED.test(said);
}
var STATES = { zh: chineseStates, ja: japaneseStates, ko: koreanStates };
var cjkStatesAfterFrame = (lang, afterFrame) => STATES[lang]?.(afterFrame.trim()) === true;
function cjkStatement(sentence) {
  const s = sentence.normalize("NFKC").trim();
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s)) return JA_FRAME.test(s) && japaneseStates(s.replace(JA_FRAME, ""));
  if (new RegExp("\\p{Script=Hangul}", "u").test(s)) return KO_FRAME.test(s) && koreanStates(s.replace(KO_FRAME, ""));
  if (new RegExp("\\p{Script=Han}", "u").test(s)) return ZH_FRAME.test(s) && (/^(?:从不|從不|从来|從來)/u.test(s) || chineseStates(s.replace(ZH_FRAME, "")));
  return false;
}

// src/signals/lingua/past-reminder.ts
var PAST = {
  es: new RegExp("^,?\\s*que\\s+(?:.*\\s)?(?:ayer|anoche|la \xFAltima vez|\\p{L}+(?:\xF3|aron|ieron|aba|aban)(?![\\p{L}])|(?:ha|han|hab\xEDa|hab\xEDan|fue|fueron|era|eran|estaba|estaban)\\s)", "iu"),
  pt: new RegExp("^,?\\s*(?:de\\s+)?que\\s+(?:.*\\s)?(?:ontem|da \xFAltima vez|\\p{L}{2,}(?:ou|eu|iu|aram|eram|iram|ava|avam)(?![\\p{L}])|(?:foi|foram|era|eram|estava|estavam|tinha|tinham)\\s)", "iu"),
  de: new RegExp("^,?\\s*dass\\s+.*(?:gestern|letztes mal|neulich|(?:war|waren|wurde|wurden|hatte|hatten)(?![\\p{L}])|(?:ist|sind|hat|haben)\\s.*ge\\p{L}+(?:t|en)(?![\\p{L}]))", "iu"),
  ru: new RegExp("^,?\\s*\u0447\u0442\u043E\\s+.*(?:\u0432\u0447\u0435\u0440\u0430|\u0432 \u043F\u0440\u043E\u0448\u043B\u044B\u0439 \u0440\u0430\u0437|\\p{L}+(?:\u043B|\u043B\u0430|\u043B\u043E|\u043B\u0438)(?:\u0441\u044F|\u0441\u044C)?(?![\\p{L}]))", "iu"),
  zh: /^[,，]?\s*(?:上次|上回|昨天|前天|之前|那次|刚才|剛才|上周|上週)/u
};
var EN = /^(?:don'?t forget|do not forget|remember),?\s+(?!to\b)[^,;:—–]*?\b(?:yesterday|last (?:time|week|night|month|sprint|release)|the other day|this morning)\b/i;
var remindsOfPastInEnglish = (sentence) => EN.test(sentence);
var remindsOfPast = (lang, afterFrame) => PAST[lang]?.test(afterFrame.trim()) === true;

// src/signals/lingua/standing.ts
var LATIN = /^(?=.*[A-Za-z])(?!.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}])/su;
var SPACED_NOISE = (words3) => new RegExp(`(?<![\\p{L}])(?:${words3})(?![\\p{L}])`, "giu");
function afterVerb(verbs, adverb) {
  const re = new RegExp(String.raw`^(${verbs})\s+(?:${adverb})\s+`, "iu");
  AFTER_VERB.add(re);
  return re;
}
var AFTER_VERB = /* @__PURE__ */ new WeakSet();
var FR_VERBS = "utilise|utilisez|lance|lancez|ex\xE9cute|ex\xE9cutez|execute|executez|fais|faites|\xE9cris|\xE9crivez|ecris|ecrivez|ajoute|ajoutez|v\xE9rifie|v\xE9rifiez|verifie|verifiez|teste|testez|demande|demandez|commite|commitez|committe|committez|pousse|poussez|mets|mettez|garde|gardez|cr\xE9e|cr\xE9ez|cree|creez|lis|lisez|r\xE9ponds|r\xE9pondez|reponds|repondez|explique|expliquez|dis|dites|documente|documentez|formate|formatez|nomme|nommez|commence|commencez|montre|montrez|indique|indiquez|r\xE9dige|r\xE9digez|redige|redigez|relis|relisez|suis|suivez|travaille|travaillez";
var DE_VERBS = "verwende|verwend|verwenden sie|benutze|benutz|benutzen sie|nutze|nutz|nutzen sie|nimm|nehmen sie|f\xFChre|f\xFChr|f\xFChren sie|starte|start|starten sie|schreibe|schreib|schreiben sie|f\xFCge|f\xFCg|f\xFCgen sie|pr\xFCfe|pr\xFCf|pr\xFCfen sie|teste|test|testen sie|frage|frag|fragen sie|committe|committen sie|pushe|push|pushen sie|mache|mach|machen sie|erstelle|erstell|erstellen sie|lies|lesen sie|antworte|antwort|antworten sie|erkl\xE4re|erkl\xE4r|erkl\xE4ren sie|sage|sag|sagen sie|dokumentiere|dokumentieren sie|halte|halt|halten sie|aktualisiere|aktualisieren sie|formatiere|formatieren sie|beginne|beginn|beginnen sie|zeige|zeig|zeigen sie|nenne|nenn|nennen sie|folge|folg|folgen sie|arbeite|arbeiten sie";
var RU_VERBS = "\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439|\u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0441\u044F|\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435\u0441\u044C|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439|\u0437\u0430\u043F\u0443\u0441\u043A\u0430\u0439\u0442\u0435|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439|\u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0439\u0442\u0435|\u0434\u0435\u043B\u0430\u0439|\u0434\u0435\u043B\u0430\u0439\u0442\u0435|\u043F\u0438\u0448\u0438|\u043F\u0438\u0448\u0438\u0442\u0435|\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u0439|\u0434\u043E\u0431\u0430\u0432\u043B\u044F\u0439\u0442\u0435|\u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0439|\u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0439\u0442\u0435|\u0442\u0435\u0441\u0442\u0438\u0440\u0443\u0439|\u0442\u0435\u0441\u0442\u0438\u0440\u0443\u0439\u0442\u0435|\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0439|\u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0439\u0442\u0435|\u043A\u043E\u043C\u043C\u0438\u0442\u044C|\u043A\u043E\u043C\u043C\u0438\u0442\u044C\u0442\u0435|\u043F\u0443\u0448\u044C|\u043F\u0443\u0448\u044C\u0442\u0435|\u0441\u0442\u0430\u0432\u044C|\u0441\u0442\u0430\u0432\u044C\u0442\u0435|\u0441\u043E\u0445\u0440\u0430\u043D\u044F\u0439|\u0441\u043E\u0445\u0440\u0430\u043D\u044F\u0439\u0442\u0435|\u0441\u043E\u0437\u0434\u0430\u0432\u0430\u0439|\u0441\u043E\u0437\u0434\u0430\u0432\u0430\u0439\u0442\u0435|\u0447\u0438\u0442\u0430\u0439|\u0447\u0438\u0442\u0430\u0439\u0442\u0435|\u043E\u0442\u0432\u0435\u0447\u0430\u0439|\u043E\u0442\u0432\u0435\u0447\u0430\u0439\u0442\u0435|\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u0439|\u043E\u0431\u044A\u044F\u0441\u043D\u044F\u0439\u0442\u0435|\u0433\u043E\u0432\u043E\u0440\u0438|\u0433\u043E\u0432\u043E\u0440\u0438\u0442\u0435|\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0438\u0440\u0443\u0439|\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0438\u0440\u0443\u0439\u0442\u0435|\u043E\u0431\u043D\u043E\u0432\u043B\u044F\u0439|\u043E\u0431\u043D\u043E\u0432\u043B\u044F\u0439\u0442\u0435|\u0444\u043E\u0440\u043C\u0430\u0442\u0438\u0440\u0443\u0439|\u0444\u043E\u0440\u043C\u0430\u0442\u0438\u0440\u0443\u0439\u0442\u0435|\u043D\u0430\u0447\u0438\u043D\u0430\u0439|\u043D\u0430\u0447\u0438\u043D\u0430\u0439\u0442\u0435|\u043F\u043E\u043A\u0430\u0437\u044B\u0432\u0430\u0439|\u043F\u043E\u043A\u0430\u0437\u044B\u0432\u0430\u0439\u0442\u0435|\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0439|\u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0439\u0442\u0435|\u0441\u043B\u0435\u0434\u0443\u0439|\u0441\u043B\u0435\u0434\u0443\u0439\u0442\u0435|\u0440\u0430\u0431\u043E\u0442\u0430\u0439|\u0440\u0430\u0431\u043E\u0442\u0430\u0439\u0442\u0435|\u0434\u0435\u0440\u0436\u0438|\u0434\u0435\u0440\u0436\u0438\u0442\u0435";
var ZH_LATER = /^(?:以后|以後|今后|今後|从现在开始|從現在開始|从今以后|從今以後)/u;
var JA_LATER = /^(?:今後は?|これからは)/u;
var KO_LATER = /^(?:앞으로는?|이제부터는?)/u;
var ES_LATER = /^(?:de ahora en adelante|a partir de ahora|desde ahora)(?![\p{L}])/iu;
var PT_LATER = /^(?:daqui (?:pra|para) frente|a partir de agora|de agora em diante)(?![\p{L}])/iu;
var DE_LATER = /^(?:von nun an|ab sofort|künftig|zukünftig)(?![\p{L}])/iu;
var FR_LATER = /^(?:désormais|dorénavant|à partir de maintenant|à l'avenir)(?![\p{L}])/iu;
var RU_LATER = /^(?:впредь|отныне|с этого момента)(?![\p{L}])/iu;
var LANGUAGES = [
  {
    lex: zh,
    fromNowOn: "\u4EE5\u540E",
    later: ZH_LATER,
    script: new RegExp("^(?=.*\\p{Script=Han})(?!.*[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])", "su"),
    frames: [
      [/^(?:请|請)?(?:一定要?|千万|千萬)?(?:记得|記得|记住|記住|别忘了|別忘了|不要忘了|不要忘记|不要忘記)/u, "pos"],
      [ZH_LATER, "pos"],
      [/^(?:请|請)?(?:每次都|总是|總是|始终|始終|务必|務必)/u, "pos"],
      [/^(?:请|請)?(?:永远不要|永遠不要|绝对不要|絕對不要|千万不要|千萬不要|永远别|永遠別|绝不|絕不)/u, "neg"]
    ],
    noise: /请|請|一下|一遍|先|都|要|吧|哦|啊|了|的/gu,
    objectless: /^(?:请|請)?(?:都|也|再)?(?:不要|别|別|不能|不准|禁止)?(?:再)?(?:删除|删掉|刪除|刪掉|删|刪|移除|覆盖|覆蓋|修改|改动|改動|更改|编辑|編輯|移动|移動|重命名|复制|複製|替换|替換)(?:它们|它們|它|这个|這個|那个|那個)?(?:了|吧|哦)?$/u
  },
  {
    lex: ja,
    fromNowOn: "\u4ECA\u5F8C\u306F",
    later: JA_LATER,
    script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    frames: [
      [/^忘れずに|(?:の|こと)を忘れないで(?:ください|下さい|ね)?$|を覚えておいて(?:ください)?$/u, "pos"],
      [JA_LATER, "pos"],
      [/^(?:必ず|常に|毎回)/u, "pos"],
      [/^(?:絶対に|決して)/u, "neg"]
    ],
    noise: /ください|下さい|お願いします|してね|して|する|の|こと|を|は|に|で|ね|よ|まず|先に/gu,
    objectless: /^(?:それを|これを)?(?:削除|上書き|変更|編集|移動|名前を変更|コピー|置換)(?:しないで|しない|するな|禁止)?(?:ください|下さい|ね)?$|^(?:それを|これを)?(?:消さないで|消すな)(?:ください|下さい|ね)?$/u
  },
  {
    lex: ko,
    fromNowOn: "\uC55E\uC73C\uB85C",
    later: KO_LATER,
    script: new RegExp("\\p{Script=Hangul}", "u"),
    frames: [
      [/^(?:잊지 말고|꼭 기억해|기억해 둬)|(?:것을|거) 잊지 마(?:세요|요)?$/u, "pos"],
      [KO_LATER, "pos"],
      [/^(?:항상|반드시|매번)/u, "pos"],
      [/^절대(?:로)?/u, "neg"]
    ],
    noise: /주세요|해요|하세요|해줘|을|를|은|는|이|가|먼저|\s+/gu,
    objectless: /^(?:그것을|그걸|그거)?\s*(?:삭제|덮어쓰기|수정|변경|편집|이동|이름 변경|복사)(?:하지 마(?:세요|요)?|하지 말아 ?주세요|하지 말 것|금지)?$|^(?:그것을|그걸|그거)?\s*지우지 마(?:세요|요)?$/u
  },
  {
    lex: es,
    fromNowOn: "de ahora en adelante",
    later: ES_LATER,
    script: LATIN,
    frames: [
      [/^(?:recuerda|recuerde|acuérdate de|no olvides|no te olvides de|no olvide)\s+/iu, "pos"],
      [ES_LATER, "pos"],
      [/^siempre\s+/iu, "pos"],
      [afterVerb(ES_VERBS, "siempre"), "pos"],
      [/^nunca\s+/iu, "neg"]
    ],
    noise: SPACED_NOISE("por|favor|el|la|los|las|de|que|primero"),
    objectless: /^(?:por favor,?\s+)?(?:no\s+)?(?:lo\s+|los\s+|la\s+|las\s+)?(?:borres|borre|elimines|elimine|sobrescribas|sobrescriba|modifiques|modifique|cambies|cambie|edites|edite|muevas|mueva|renombres|renombre|copies|copie|reemplaces|reemplace)(?:\s+m[aá]s)?(?:,?\s+por favor)?$/iu
  },
  {
    lex: pt,
    fromNowOn: "de agora em diante",
    later: PT_LATER,
    script: LATIN,
    frames: [
      [/^(?:lembre-se de|lembre de|lembra de|não esqueça de|não se esqueça de|não esquece de)\s+/iu, "pos"],
      [PT_LATER, "pos"],
      [/^sempre\s+/iu, "pos"],
      [afterVerb(PT_VERBS, "sempre"), "pos"],
      [/^nunca\s+/iu, "neg"]
    ],
    noise: SPACED_NOISE("por|favor|o|a|os|as|de|que|primeiro"),
    objectless: /^(?:por favor,?\s+)?(?:não\s+)?(?:o\s+|os\s+|a\s+|as\s+)?(?:apague|apagues|exclua|delete|remova|sobrescreva|modifique|altere|mude|edite|mova|renomeie|copie|substitua)(?:\s+mais)?(?:,?\s+por favor)?$/iu
  },
  {
    lex: de,
    fromNowOn: "von nun an",
    later: DE_LATER,
    script: LATIN,
    frames: [
      [/^(?:denk daran|denke daran|denken sie daran|vergiss nicht|vergessen sie nicht)(?![\p{L}])/iu, "pos"],
      [DE_LATER, "pos"],
      [/^immer\s+/iu, "pos"],
      [afterVerb(DE_VERBS, "immer"), "pos"],
      [/^(?:nie|niemals)\s+/iu, "neg"],
      [afterVerb(DE_VERBS, "nie|niemals"), "neg"]
    ],
    noise: SPACED_NOISE("bitte|zuerst|erst|den|die|das|der|zu|du"),
    objectless: /^(?:bitte\s+)?(?:(?:nicht|nie|niemals)(?:\s+mehr)?\s+(?:löschen|entfernen|überschreiben|ändern|bearbeiten|verschieben|umbenennen|kopieren|ersetzen)|(?:lösche|entferne|überschreibe|ändere|bearbeite|verschiebe|kopiere|ersetze)(?:\s+es|\s+sie)?\s+(?:nicht|nie|niemals)(?:\s+mehr)?)(?:,?\s+bitte)?$/iu
  },
  {
    lex: fr,
    fromNowOn: "d\xE9sormais",
    later: FR_LATER,
    script: LATIN,
    frames: [
      [/^(?:n'oublie pas de|n'oubliez pas de|pense à|pensez à|rappelle-toi de|souviens-toi de)\s*/iu, "pos"],
      [FR_LATER, "pos"],
      [/^toujours\s+/iu, "pos"],
      [afterVerb(FR_VERBS, "toujours"), "pos"],
      [new RegExp("^(?:ne|n')\\s*\\p{L}+\\s+jamais(?![\\p{L}])", "iu"), "neg"]
    ],
    noise: SPACED_NOISE("s'il|te|pla\xEEt|vous|le|la|les|de|d'abord"),
    objectless: /^(?:ne\s+|n')?(?:le\s+|la\s+|les\s+|l')?(?:supprime|supprimez|efface|effacez|écrase|écrasez|modifie|modifiez|change|changez|déplace|déplacez|renomme|renommez|copie|copiez|remplace|remplacez)(?:\s+(?:pas|plus|jamais))?(?:,?\s+s'il (?:te|vous) plaît)?$/iu
  },
  {
    lex: ru,
    fromNowOn: "\u0432\u043F\u0440\u0435\u0434\u044C",
    later: RU_LATER,
    script: new RegExp("\\p{Script=Cyrillic}", "u"),
    frames: [
      [/^(?:не забудь|не забывай|не забудьте|помни|запомни)(?![\p{L}])/iu, "pos"],
      [RU_LATER, "pos"],
      [/^всегда\s+/iu, "pos"],
      [afterVerb(RU_VERBS, "\u0432\u0441\u0435\u0433\u0434\u0430"), "pos"],
      [/^никогда\s+не\s+/iu, "neg"]
    ],
    noise: SPACED_NOISE("\u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430|\u0441\u043D\u0430\u0447\u0430\u043B\u0430"),
    objectless: /^(?:пожалуйста,?\s+)?(?:не\s+)?(?:удаляй|удаляйте|удалять|перезаписывай|перезаписывайте|изменяй|изменяйте|меняй|меняйте|редактируй|редактируйте|перемещай|перемещайте|переименовывай|переименовывайте|копируй|копируйте|заменяй|заменяйте)(?:\s+(?:это|их|его|её|больше))?(?:,?\s+пожалуйста)?$/iu
  }
];
var MAX_SENTENCE2 = 160;
var MIN_KEY = { spaced: 4, unspaced: 3 };
function standingRule(sentence) {
  if (sentence.length > MAX_SENTENCE2) return void 0;
  const typed = sentence.normalize("NFKC").replace(/[’‘ʼ]/g, "'").trim().replace(/^[\s,.!。、]+|[\s,.!。!、]+$/gu, "");
  const passed = withoutPassedConversation(typed);
  const rest = passed.rest.replace(/\s{2,}/g, " ").replace(/^[\s,.!。、]+|[\s,.!。!、]+$/gu, "");
  for (const { lex, script, frames, later, noise, objectless, fromNowOn } of LANGUAGES) {
    if (!script.test(typed)) continue;
    const s = passed.passed ? `${fromNowOn}${lex.spaced ? " " : ""}${rest}` : typed;
    const frame = frames.find(([re]) => re.test(s));
    if (!frame || lex.hold.test(s) || saysThisConversation(s) || pointsAtUnnamedThing(s)) continue;
    const after = s.replace(frame[0], "");
    if (frame[0] === later && (hasOwnSubject(lex.lang, after) || cjkStatesAfterFrame(lex.lang, after))) return void 0;
    if (frame === frames[0] && remindsOfPast(lex.lang, after)) return void 0;
    if (AFTER_VERB.has(frame[0]) && outputLanguageAsk(s)) return void 0;
    if (objectless.test(s.replace(frame[0], "").replace(/^[\s,，、]+/u, "")) || objectless.test(s)) return void 0;
    const body = frame[1] === "pos" ? s.replace(frame[0], AFTER_VERB.has(frame[0]) ? "$1 " : " ") : s;
    const key = body.toLowerCase().replace(noise, " ").replace(/[\s\p{P}]+/gu, lex.spaced ? " " : "").trim();
    if (key.replace(/\s/g, "").length < MIN_KEY[lex.spaced ? "spaced" : "unspaced"]) return void 0;
    return { polarity: frame[1], key, lang: lex.lang };
  }
  return void 0;
}

// src/signals/loose-forms.ts
var SPAN = /^`([^`\n]{2,80})`/;
var TAG = /,?\s+(?:ok(?:ay)?|alright|all right|right|understood|got it|yeah|clear|capisce)\s*\?+$/i;
var OPENING = /^(?:(?:please|pls|plz|hey|ok(?:ay)?|and|also|so|again|remember|reminder|note|btw)[,:!]?\s+)*(?:(?:ok(?:ay)?,?\s+)?(?:that|it|this)\s+(?:worked|works|is fine|looks good)[,;]?\s+but\s+)?(?:(?:please|pls|plz)[,!]?\s+)?/i;
var CLOSING = /^(?:\s+(?:please|pls|plz|from you|ever|again|in this (?:repo|project)|here))*\s*(?:$|[.!,:;]|\s[-–—]\s)/i;
var END_TO = /^(?:no\s+more|enough\s+with|quit(?:\s+(?:running|using|calling|doing))?)\s+/i;
var TEXT_SPEAK = [
  [/\bb4\b/gi, "before"],
  [/\bprior\s+to\b/gi, "before"]
];
var EVENT = /^before\s+(?:you\s+|we\s+)?(?:each\s+|every\s+|any\s+|a\s+)?(commit|push)(?:ting|ing|ted|ed|es|s)?\b/i;
function command(text, actions) {
  const span2 = SPAN.exec(text);
  if (span2) return { cmd: span2[1].trim(), rest: text.slice(span2[0].length) };
  for (const a of actions) {
    const line = a.split("\n")[0].trim();
    if (line.length < 3 || !text.toLowerCase().startsWith(line.toLowerCase())) continue;
    if (!/^\S+(?:\s+\S+){0,3}$/.test(line) || /[^\s\w./:=@+-]/.test(line)) continue;
    return { cmd: line, rest: text.slice(line.length) };
  }
  return void 0;
}
var eventOf2 = (m) => m[1].toLowerCase() === "push" ? "pushing" : "committing";
function looseRule(sentence, actions) {
  if (sentence.length > 220) return void 0;
  let s = sentence.trim().replace(/\u2019/g, "'").replace(TAG, ".");
  if (s.endsWith("?")) return void 0;
  const typed = s;
  for (const [re, to] of TEXT_SPEAK) s = s.replace(re, to);
  let loose = s !== typed;
  s = s.replace(OPENING, "");
  const end = END_TO.exec(s);
  if (end) {
    const c2 = command(s.slice(end[0].length), actions);
    return c2 && CLOSING.test(c2.rest) ? `Don't run \`${c2.cmd}\`.` : void 0;
  }
  const skipped = /^you\s+(commit|push)(?:ted|ed)\s+without\s+(?:running\s+|doing\s+)?/i.exec(s);
  if (skipped) {
    const c2 = command(s.slice(skipped[0].length), actions);
    if (!c2 || !/^(?:\s+(?:again|first))*\s*(?:$|[.!])/i.test(c2.rest)) return void 0;
    return `Run \`${c2.cmd}\` before ${skipped[1].toLowerCase() === "push" ? "pushing" : "committing"}.`;
  }
  const lead = /^(before\s+[^:,]{2,30}?)[:,]\s+/i.exec(s);
  if (lead) {
    const ev2 = EVENT.exec(lead[1]);
    const body = s.slice(lead[0].length);
    const verb2 = /^(?:always\s+)?(run|do)\s+/i.exec(body);
    if (!ev2 || !(loose || !verb2 || verb2[1].toLowerCase() === "do")) return void 0;
    const c2 = command(body.slice(verb2?.[0].length ?? 0), actions);
    return c2 && /^\s*(?:please|pls)?\s*[.!]*$/i.test(c2.rest) ? `Run \`${c2.cmd}\` before ${eventOf2(ev2)}.` : void 0;
  }
  const always = /^always\s+/i.test(s);
  const verb = /^(?:always\s+)?(run|do)\s+/i.exec(s);
  loose ||= !verb || verb[1].toLowerCase() === "do";
  const c = command(s.slice(verb?.[0].length ?? 0), actions);
  if (!c || !loose) return void 0;
  const ev = EVENT.exec(c.rest.trim());
  if (!ev) return void 0;
  const after = c.rest.trim().slice(ev[0].length);
  if (!/^(?:[,\s]+(?:always|please|pls|plz|thank you|thanks|anything))*\s*[.!]*$/i.test(after)) return void 0;
  return `${always ? "Always run" : "Run"} \`${c.cmd}\` before ${eventOf2(ev)}.`;
}

// src/signals/expletives.ts
var INTENSIFIER = /\b(?:fucking|fuckin'?|f\*+king|effing|freaking|freakin'?|frickin'?|friggin'?|bloody|goddamn(?:ed)?|damn(?:ed)?)\s+(?=\S)/gi;
var INTERJECTION2 = /,?\s*\b(?:god)?(?:damn\s+it|dammit)\b/gi;
function withoutSwearing(sentence) {
  const calm = sentence.replace(INTERJECTION2, "").replace(INTENSIFIER, "");
  return calm === sentence ? sentence : calm.replace(/^[\s,]+/, "");
}

// src/signals/jokes.ts
var CODE = /`[^`\n]*`/g;
var TEASING = /(?:^|\s)(?:[:;=]-?[pPþ]|;-?[)\]D]|[xX]D+)(?=\s|[.!,]*$|[.!,]+\s)|[\u{1F61B}-\u{1F61D}\u{1F609}\u{1F602}\u{1F923}\u{1F643}\u{1F92A}\u{1F60F}\u{1F606}]/u;
var FRIENDLY = /\s*(?<=^|\s)(?:[:=]-?[)\]D]|\(:|[\u{1F642}\u{1F60A}\u{1F600}\u{1F604}\u{1F601}])(?=\s|[.!,]*$)/gu;
var LAUGHTER = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_])(?:a?(?:h[aeiu]){2,}h?|(?:j[aeiu]){2,}|k{3,}|(?:rs){2,}|lo+l|lmf?ao+|rofl|mdr+|ptdr+|а?(?:х[аеи]){2,}|лол)(?![\p{L}\p{N}_])`,
    "\u54C8{2,}|\u563F{2,}|\u5475{2,}|\u314B{2,}|\u314E{2,}|[(\uFF08]\u7B11[)\uFF09]",
    String.raw`(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[wｗ]{2,}`
  ].join("|"),
  "iu"
);
var AMUSEMENT = /\b(?:(?:it(?:'?s|\s+is)|that(?:'?s|\s+is)|because|'?cause|since)\s+(?:(?:way|much|so|a\s+lot|just)\s+)?(?:funnier|more\s+fun|hilarious)|for\s+(?:the\s+)?(?:lulz|lols|laughs|giggles))\b/i;
var IRONY = /(?:,|\s[-–—])\s*(?:why\s+not|what\s+could\s+(?:possibly\s+)?go\s+wrong|(?:you\s+|real\s+)?genius|(?:great|brilliant|fantastic|wonderful|genius)\s+(?:idea|plan)|brilliant|smart\s+move|said\s+no\s+one\s+ever|yeah,?\s+right)\s*[.!?]*\s*$|\s\/s\s*$/im;
function marksAJoke(text) {
  const prose = text.replace(CODE, " ");
  return TEASING.test(prose) || LAUGHTER.test(prose) || AMUSEMENT.test(prose) || IRONY.test(prose);
}
function withoutSmileys(sentence) {
  if (!/[:=(]|[\u{1F600}-\u{1F64F}]/u.test(sentence)) return sentence;
  return sentence.split(/(`[^`\n]*`)/).map((part, i) => i % 2 ? part : part.replace(FRIENDLY, "")).join("").trim();
}

// src/signals/plans.ts
var CODE2 = /`[^`\n]*`/g;
var MARKER = /(?:^|\s)(\d{1,2})[.)](?=\s)/g;
var BULLET = /(?:^|\n)[ \t]*[-*+•][ \t]+/g;
var masked = (text) => text.replace(
  CODE2,
  (c) => c.replace(/\d/g, "0").replace(/\s/g, "_").replace(/[-*•+]/g, "_")
);
function numberedItems(flat, text) {
  const starts = [];
  for (const m of flat.matchAll(MARKER)) {
    if (Number(m[1]) !== starts.length + 1) continue;
    starts.push({ at: m.index, end: m.index + m[0].length });
  }
  return itemsAt(starts, text);
}
function itemsAt(starts, text, paragraph = false) {
  if (starts.length < 2) return [];
  return starts.map((s, k) => {
    const item = text.slice(s.end, starts[k + 1]?.at ?? text.length);
    return (paragraph ? item.split(/\n[ \t]*\n/)[0] ?? "" : item).trim();
  });
}
var bulletItems = (flat, text) => itemsAt(
  [...flat.matchAll(BULLET)].map((m) => ({ at: m.index, end: m.index + m[0].length })),
  text,
  true
);
function holdsPlan(text, reader) {
  const flat = masked(text);
  const numbered = numberedItems(flat, text);
  if (numbered.length >= 2 && numbered.some((item) => !reader.isRule(item))) return true;
  const bullets = bulletItems(flat, text);
  return bullets.length >= 2 && bullets.some(reader.asksHabit) && bullets.some((item) => !reader.isRule(item));
}

// src/signals/statements.ts
var EN_FRAME = /^(?:(?:and|but|so|also|lol|honestly),?\s+)?(always|never|don'?t|do not)\s+(?:(?:ever|really|just|actually|even|truly|literally|basically)\s+)*([a-z']+)\b/i;
var HEDGE = /^(?:kinda|sorta|once|twice|quite|pretty|so|too|sometimes|somehow)$/;
var IRREGULAR = /^(?:seen|been|had|heard|done|gone|known|thought|got|gotten|made|taken|given|written|said|told|felt|found|lost|met|meant|bought|brought|caught|taught|kept|built|sent|spent|understood|forgotten|broken|chosen|driven|fallen|shown|grown|thrown|begun|won|worn|hidden|stolen|spoken)$/;
var PLAIN_ED = /(?:eed|^embed|^shed|^shred|^bed|^wed)$/;
var DETERMINER = /^(?:the|a|an|this|that|these|those|my|our|your|his|her|their|its|same)$/;
var ADJECTIVE = /^(?:happy|glad|nice|fun|funny|busy|late|weird|strange|annoying|painful|flaky|available|welcome|grateful|curious|true|false|possible|impossible|fine|okay|ok|surprised|amazed|confused|hard|easy)$/;
var PLAIN_ING = /^(?:bring|ping|sing|ring|sting|swing|wring|cling|fling|sling|spring|string|wing|ding)$/;
var INVERSION = /^(?:(?:and|but|so),?\s+)?(?:always|never)\s+(?:(?:again|before|once|ever)\s+)?(?:(?:will|would|has|had|did|was|were|is|am|are|can|could|shall|should|may|might|must)\s+(?:i|we|you|he|she|they|it)|have\s+(?:i|we|you|he|she|they))\b/i;
var MENTAL = /^(?:know|think|remember|recall|understand|believe|see|care|like|love|hate|feel|agree)$/;
function englishStatement(sentence) {
  if (INVERSION.test(sentence)) return true;
  const m = EN_FRAME.exec(sentence);
  if (!m) return false;
  const frame = m[1].toLowerCase();
  const word2 = m[2].toLowerCase();
  if (HEDGE.test(word2)) return true;
  if (frame !== "always" && frame !== "never") return MENTAL.test(word2);
  if (DETERMINER.test(word2) || IRREGULAR.test(word2) || ADJECTIVE.test(word2)) return true;
  if (/ing$/.test(word2) && word2.length > 4 && !PLAIN_ING.test(word2)) return true;
  if (/ed$/.test(word2) && !PLAIN_ED.test(word2)) return true;
  return /^(?:has|does|goes|is|was|were|are)$/.test(word2) || word2.length >= 4 && /[^suia]s$/.test(word2);
}
var RU_BETWEEN = String.raw`(?:(?:раньше|прежде|ещё|еще|до этого|уже|вообще|толком|так|тут|здесь|у меня|мне|меня|же|ни разу)\s+)*`;
var ES_BETWEEN = String.raw`(?:(?:antes|jamás|nunca|ya|aquí|todavía|me|te|nos|le|les|se|lo|la|realmente)\s+)*`;
var DE_BETWEEN = String.raw`(?:(?:zuvor|vorher|so|schon|bisher|noch|wirklich|je|jemals|mal|hier|bei mir)\s+)*`;
var OTHER = [
  // A past, reflexive too ("Всегда сломалась"); not "сначала" (first), an adverb that ends like one: "Всегда сначала
  // запускай линтер" is an order.
  new RegExp(
    String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}(?!(?:сначала|мало)(?![\p{L}]))\p{L}+(?:л|ла|ло|ли)(?:ся|сь)?(?=[\s,.!]|$)`,
    "iu"
  ),
  new RegExp(
    String.raw`^(?:nunca|siempre|jamás)\s+${ES_BETWEEN}(?:he|has|ha|hemos|habéis|han|había|habías|habíamos|habían)\s+\p{L}+`,
    "iu"
  ),
  // The simple past's third person ("Siempre funcionó", "Nunca falló"): no order ends in a stressed "-ó".
  new RegExp(String.raw`^(?:nunca|siempre|jamás)\s+${ES_BETWEEN}\p{L}+ó(?=[\s,.!]|$)`, "iu"),
  // The participle ends its clause, or chat leaves a preposition after it ("Immer schon gesehen mit …").
  new RegExp(
    String.raw`^(?:nie|niemals|immer)\s+${DE_BETWEEN}ge\p{L}{3,}(?:en|t)(?=\s*(?:[,.!]|$)|\s+(?:mit|bei|in|auf|unter|nach|seit|vor|so)\s)`,
    "iu"
  ),
  // Russian present third person ("Всегда падает сборка", "Никогда не работает make"): every imperative ends in
  // -й/-и/-ь(-те), none in -т; and a noun phrase ("Всегда одна и та же ошибка").
  new RegExp(
    String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}(?:\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)|одна|один|одно|одни|та|тот|те|эта|этот|эти|такая|такой|такие)(?=[\s,.!]|$)`,
    "iu"
  ),
  // German: a noun phrase ("Immer der gleiche Fehler"), "immer noch/wieder/mehr" (still, again and again), or a verb
  // in the third person before its subject ("Nie funktioniert make"): a singular order ends in no -t. Case-sensitive
  // after the frame: a noun ("Immer Geduld") is no verb. Not a noun phrase that an infinitive closes: "Nie die Datenbank
  // löschen" is an order.
  new RegExp(
    String.raw`^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?:(?!.*\s\p{Ll}+(?:en|ern|eln)[.!]?$)(?:der|die|das|den|dem|des|ein|eine|einen|dasselbe|derselbe|dieselbe|gleiche|gleichen)|noch|wieder|mehr|öfter|(?!(?:erst|zuerst|direkt|selbst|jetzt|oft|meist|sonst|nicht|mit|bitte)(?![\p{L}]))\p{Ll}{2,}t)(?![\p{L}])`,
    "u"
  ),
  // Russian present third person of a reflexive verb ("Никогда не получается", "Всегда ломается сборка").
  new RegExp(String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)ся(?=[\s,.!]|$)`, "iu"),
  // French "ne … jamais" after what a thing does, not the agent: a compound past ("N'a jamais marché"), a verb of
  // working or failing ("Ne marche jamais", "Ne fonctionne jamais en CI"), a third person no order has ("Ne répond
  // jamais": the order is "réponds"); a verb of building or starting only with nothing it acts on after it ("Ne compile
  // jamais du premier coup", "Ne démarre jamais.": "Ne démarre jamais le serveur en prod" is an order).
  /^(?:ne\s+|n')(?:a|as|ont|avait|avaient|est|sont|était|étaient)\s+jamais(?![\p{L}])/iu,
  /^ne\s+(?:marche|marchent|fonctionne|fonctionnent|plante|plantent|crashe|crashent|bugue|buguent|foire|foirent|échoue|échouent|rame|rament|répond|répondent|réussit|réussissent|aboutit|aboutissent)\s+jamais(?![\p{L}])/iu,
  /^ne\s+(?:se\s+lance|compile|compilent|démarre|démarrent|passe|passent|tourne|tournent|charge|chargent|build|buildent)\s+jamais(?:\s+(?:du premier coup|à la première|au premier (?:coup|essai)|en (?:ci|local)|sur (?:la |ma |le )?(?:ci|machine)|correctement|bien|ici|chez moi))?\s*[.!]*$/iu,
  // "Whenever I …" (siempre que, immer wenn, toujours quand, всегда когда + the first person): what happens to the
  // speaker. "Siempre que hagas push, corre los tests" addresses the agent and stays a rule.
  new RegExp("^(?:siempre|sempre)\\s+que\\s+(?:yo\\s+|eu\\s+)?(?:(?:lo|la|los|las|me|se|o|a|os|as)\\s+)?(?:\\p{L}{2,}o|fa\xE7o|estoy|estou|soy|sou|voy|vou|puedo|posso)(?![\\p{L}])", "iu"),
  new RegExp("^(?:immer|jedes\\s+mal),?\\s+wenn\\s+(?:\\p{L}+\\s+)?ich(?![\\p{L}])|^toujours\\s+(?:quand|lorsque)\\s+(?:je\\s|j')|^\u0432\u0441\u0435\u0433\u0434\u0430,?\\s+\u043A\u043E\u0433\u0434\u0430\\s+\u044F(?![\\p{L}])", "iu"),
  // The frame word as what is said ("Nunca digas nunca", "Никогда не говори никогда"): a proverb that mentions it.
  /^(nunca|jamás|jamais|nie|niemals|никогда|never)\s+(?:не\s+)?(?:digas|diga|diz|fale|dis|sag|sage|говори|скажи|say)\s+\1[\s.!]*$/iu,
  // Spanish and Portuguese with no verb after the frame, a place or "more" ("Nunca más", "Siempre a la orden",
  // "Sempre às ordens"): a set phrase. Code in it ("Siempre con `pnpm`") may be an order's payload and is left.
  new RegExp("^(?:siempre|nunca|jam\xE1s|sempre|jamais)\\s+(?:m\xE1s|mais|jam\xE1s|jamais|(?:a|\xE0|\xE0s|al|ao)(?:\\s+\\p{L}+){1,2})[\\s.!]*$", "iu"),
  // Russian: the speaker's mood ("Всегда рад помочь"), as English "Always happy to help".
  /^всегда\s+(?:рад|рада|рады|готов|готова|готовы|счастлив|счастлива)(?![\p{L}])/iu,
  // French: a noun phrase ("Toujours la même erreur"), "toujours aussi/pas/pareil" (as … as ever, still not), or a past
  // participle ("Toujours planté au démarrage"), which no order ends in.
  new RegExp(
    String.raw`^toujours\s+(?:la|le|les|l'|un|une|des|du|ce|cette|ces|mon|ma|mes|même|aussi|pas|pareil|rien|encore|\p{L}+(?:é|ée|és|ées|u|ue|us|ues))(?![\p{L}])`,
    "iu"
  )
];
var DE_VERBLESS = new RegExp("^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\\s+(?:(?:mit|ohne|im|in|auf|f\xFCr|bei|nach|zum|zur|um)(?:\\s+(?!(?!(?:den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|allen)(?![\\p{L}]))\\p{Ll}+(?:en|ern|eln)(?![\\p{L}]))[\\p{L}\\d-]+){1,3}|\\p{Lu}\\p{L}*(?:\\s+(?!\\p{Ll}+(?:en|ern|eln)(?![\\p{L}]))[\\p{L}\\d-]+)*|(?:(?:so|zu|ganz|richtig|wirklich)\\s+)?\\p{Ll}+(?<!e|en|ern|eln)(?:\\s+genug)?)[.!]?$", "u");
var RU_FRAME = /^(?:никогда\s+не|всегда)\s+/iu;
var RU_VERB_FORM = /(?:(?<![ыи])й|йте|(?<![кгх])и|ите|ь|ьте|ть|чь|сти|зти|йти)(?:ся|сь)?$/u;
var RU_ADVERB = /^(?:очень|опять|теперь|здесь|вообще-то|совсем|почти)$/u;
function verbless(s) {
  if (DE_VERBLESS.test(s)) return true;
  const m = RU_FRAME.exec(s);
  if (!m) return false;
  const words3 = s.slice(m[0].length).toLowerCase().match(new RegExp("\\p{L}+", "gu")) ?? [];
  return words3.length > 0 && !words3.some((w) => new RegExp("\\p{Script=Cyrillic}", "u").test(w) && RU_VERB_FORM.test(w) && !RU_ADVERB.test(w));
}
function statesNotAsks(sentence) {
  const s = withoutSwearing(sentence.trim().replace(/[’‘ʼ]/g, "'"));
  return englishStatement(s) || remindsOfPastInEnglish(s) || OTHER.some((re) => re.test(s)) || verbless(s) || romanceStatement(s) || cjkStatement(s);
}

// src/signals/objectless.ts
var NEEDS_OBJECT = new RegExp(
  String.raw`^(?:${[
    "delet(?:e|ing)",
    "remov(?:e|ing)",
    "eras(?:e|ing)",
    "wip(?:e|ing)",
    "purg(?:e|ing)",
    "truncat(?:e|ing)",
    "drop(?:ping)?",
    "chang(?:e|ing)",
    "modif(?:y|ying)",
    "edit(?:ing)?",
    "alter(?:ing)?",
    "touch(?:ing)?",
    "renam(?:e|ing)",
    "mov(?:e|ing)",
    "cop(?:y|ying)",
    "overwrit(?:e|ing)",
    "replac(?:e|ing)",
    "rewrit(?:e|ing)",
    "creat(?:e|ing)",
    "add(?:ing)?",
    "us(?:e|ing)",
    "upload(?:ing)?",
    "send(?:ing)?",
    "includ(?:e|ing)",
    "mock(?:ing)?",
    "hardcod(?:e|ing)",
    // "Don't do that": what is done is only ever named by the object.
    "do(?:ing)?",
    "print(?:ing)?",
    "log(?:ging)?",
    "disabl(?:e|ing)",
    "enabl(?:e|ing)",
    "skip(?:ping)?",
    "ignor(?:e|ing)",
    "hid(?:e|ing)",
    "expos(?:e|ing)"
  ].join("|")})$`,
  "i"
);
var LEAD = /^(?:(?:and\s+)?(?:from now on|from here on(?: out)?|going forward|moving forward|henceforth|in (?:the )?future|next time),?\s+)?(?:(?:please|pls|and|also|so)\s+)*(?:don'?t|do not|never|(stop|avoid)|always|just)\s+/i;
var TIME_FRAME = /^(?:and\s+)?(?:from now on|from here on(?: out)?|going forward|moving forward|henceforth|in (?:the )?future|next time),?\s+(?:(?:please|pls|and|also|so)\s+)*/i;
var PRONOUN = /^(?:it|that|this|them|those|these|one)$/i;
var EMPTY_TAIL = /^(?:by default|per default|as (?:a )?default|anymore|any more|again|here|there|now|then|either|too|please|ever|in (?:the )?future|from now on|going forward|moving forward|at all costs|whenever possible|if possible)\b\s*/i;
var AFTER_OBJECT = /^(?:before|after|when|whenever|once|each|every|on|in|at|from|to|with|without|unless|if|again|first|then|now|anymore|ever|automatically|by|for|during|while|as|please|too|either|until)\b/i;
function pronounObject(afterVerb2) {
  const word2 = /^[A-Za-z]+/.exec(afterVerb2)?.[0];
  if (!word2 || !PRONOUN.test(word2) || /^one$/i.test(word2)) return false;
  const next = afterVerb2.slice(word2.length).trim();
  return next === "" || AFTER_OBJECT.test(next);
}
function namesNoObject(sentence) {
  const framed = LEAD.exec(sentence.trim());
  const lead = framed ?? TIME_FRAME.exec(sentence.trim());
  if (!lead) return false;
  let rest = sentence.trim().slice(lead[0].length).replace(/\s*(?:[,;:(]|\s[-–—]\s).*$/, "").replace(/[.!\s]+$/, "");
  const verb = /^[A-Za-z]+/.exec(rest)?.[0] ?? "";
  if (pronounObject(rest.slice(verb.length).trim())) return true;
  const framesObject = framed?.[1] !== void 0 && PRONOUN.test(verb);
  if (!framesObject && (!framed || !NEEDS_OBJECT.test(verb))) return false;
  if (!framesObject) rest = rest.slice(verb.length).trim();
  const pronoun = /^[A-Za-z]+/.exec(rest)?.[0];
  if (pronoun && PRONOUN.test(pronoun)) rest = rest.slice(pronoun.length).trim();
  for (let m = EMPTY_TAIL.exec(rest); m && m[0].length > 0; m = EMPTY_TAIL.exec(rest)) rest = rest.slice(m[0].length);
  return rest.replace(/[.\s]+/g, "") === "";
}
var MANNER_POINTER = /\b(?:like\s+(?:that|this)|(?:in\s+)?(?:this|that)\s+(?:way|manner|fashion)|the\s+(?:same\s+)?way\s+(?:you|we)\s+did(?:\s+(?:it|that|this|before))?|the\s+same\s+way(?!\s+as\s+(?!before\b|last\s+time\b)))\b(?!\s*:)/i;
function pointsAtAManner(sentence) {
  const first = sentence.trim().replace(/\s*(?:[,;(]|\s[-–—]\s).*$/, "");
  return MANNER_POINTER.test(first);
}

// src/signals/remember-request.ts
var WHERE = String.raw`(?:your\s+|the\s+|my\s+)?(?:memory|memories|long[- ]term memory|claude\.md|agents\.md|gemini\.md|memory file|rules(?:\s+file)?)`;
var LATER = String.raw`(?:next time|the future|later|future sessions|later sessions|all (?:future )?(?:sessions|projects)|good)`;
var EN_FRAMES = [
  new RegExp(
    String.raw`^(?:please\s+)?(?:remember|note|memori[sz]e)(?:\s+(?:this|that))?(?:\s+for\s+${LATER})?\s*(?:[:,–—-]\s*|\s+that\s+)`,
    "i"
  ),
  new RegExp(
    String.raw`^(?:please\s+)?(?:save|store|put|add|write|record|keep|note)(?:\s+(?:this|it|that))?\s+(?:in|to|into)\s+${WHERE}(?:\s+for\s+${LATER})?\s*(?:[:,–—-]\s*|\s+that\s+|\s+)`,
    "i"
  ),
  new RegExp(String.raw`^(?:a\s+)?note\s+for\s+${LATER}\s*[:,–—-]\s*`, "i"),
  new RegExp(String.raw`^(?:please\s+)?keep\s+in\s+mind\s+for\s+${LATER}\s*(?:[:,–—-]\s*|\s+that\s+)`, "i"),
  new RegExp(String.raw`^for\s+${LATER},?\s+(?:please\s+)?(?:remember|note|keep in mind)(?:\s+that)?\s*[:,]?\s+`, "i")
];
var BACK = new RegExp(
  String.raw`^(?:please\s+)?(?:(?:remember|note|memori[sz]e|save|store|add|write|record)\s+(?:this|that|it)(?:\s+(?:in|to|into)\s+${WHERE})?|keep\s+(?:this|that|it)\s+in\s+mind)(?:\s+for\s+${LATER})?(?:,?\s+please)?[.!]*$`,
  "i"
);
var TRAILING = /\s*(?:\(\s*([^()]{6,80}?)\s*\)|\s[–—-]\s+([^–—-]{6,80}?))[.!]*$/;
var OTHER_FRAMES = [
  /^(?:请|請)?(?:帮我)?(?:保存|存|写|寫|记|記|加|添加)(?:到|进|進|入|在)(?:你的)?(?:记忆|記憶|长期记忆|memory|claude\.md|agents\.md)(?:里|裡|中)?(?:一下)?[:：,，]\s*/iu,
  /^(?:记住|記住)(?:这个|這個|这点|這點)?[:：]\s*/u,
  /^(?:メモリ|記憶|claude\.md|agents\.md)に(?:保存|追加|記録|書いて)(?:して)?(?:ください|下さい|おいて)?[:：、,]\s*/iu,
  /^(?:これを)?覚えておいて(?:ください|下さい)?[:：、,]\s*/u,
  /^기억해\s*(?:둬|줘|두세요|주세요)?[:：,]\s*/u,
  /^(?:메모리|기억|claude\.md|agents\.md)에\s*(?:저장|추가|기록)(?:해|해줘|해 줘|해주세요|해 주세요|하세요)?[:：,]\s*/iu,
  /^(?:guarda|guarde|añade|agrega|anota|apunta)(?:\s+esto)?\s+(?:en|a)\s+(?:la\s+|tu\s+)?memoria(?:\s+que)?\s*[:,]?\s+/iu,
  /^(?:recuerda|recuerde)(?:\s+esto)?(?:\s+para\s+(?:la\s+próxima(?:\s+vez)?|el\s+futuro))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:salve|salva|guarde|adicione|anote)(?:\s+isso)?\s+(?:na|à|em)\s+(?:sua\s+)?memória(?:\s+que)?\s*[:,]?\s+/iu,
  /^(?:lembre(?:-se)?|lembra)(?:\s+disso)?(?:\s+para\s+(?:a\s+próxima(?:\s+vez)?|o\s+futuro))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:speicher(?:e)?|merk|merke|notier|notiere|schreib|schreibe)(?:\s+dir)?(?:\s+(?:das|dies|folgendes))?(?:\s+(?:im|ins|in\s+dein(?:em)?|in\s+die)\s+(?:gedächtnis|memory|speicher|claude\.md|agents\.md))?(?:\s+für\s+die\s+zukunft)?\s*[:,]\s*(?:dass\s+)?/iu,
  /^(?:retiens|retenez|mémorise|mémorisez|enregistre|enregistrez|note|notez|ajoute|ajoutez)(?:-le)?(?:\s+(?:ça|cela|ceci))?(?:\s+(?:dans|à)\s+(?:ta\s+|la\s+|votre\s+)?mémoire)?(?:\s+pour\s+(?:la\s+suite|l'avenir|la\s+prochaine\s+fois))?\s*[:,]\s*(?:que\s+)?/iu,
  /^(?:запомни|запомните|сохрани|сохраните|добавь|добавьте|запиши|запишите)(?:\s+(?:это|себе))?(?:\s+(?:в|на)\s+(?:память|памяти|claude\.md|agents\.md))?(?:\s+на\s+будущее)?\s*[:,]\s*(?:что\s+)?/iu
];
var SECRET = /\b(?:password|passwd|passphrase|token|api[ _-]?key|secret|credentials?|private key)\b|пароль|токен|密码|密碼|パスワード|비밀번호|contraseña|senha|passwort|mot de passe/iu;
var WHEN_DONE = /\b(?:when|once|after)\s+(?:you(?:'re| are)\s+|it'?s\s+|we(?:'re| are)\s+)?(?:done|finished|through)\b/i;
var WE = /^we\s+(always\s+|never\s+|don'?t\s+|do not\s+)?([a-z-]+)\s+(.{2,140})$/i;
var PLAIN_HABIT = /^(?:use|run|write|keep|put)$/i;
var ENGLISH_RULE = /^(?:please\s+)?(?:always|never|don'?t|do not|avoid|from now on)\b/i;
function englishRule(object) {
  const o = object.replace(/,?\s+please[.!]*$/i, "").trim();
  if (!o || o.endsWith("?") || SECRET.test(o) || WHEN_DONE.test(o) || ENDS_ON_THIS_WORK.test(o)) return void 0;
  if (ENGLISH_RULE.test(o)) return { object: o, order: false };
  const we = WE.exec(o);
  const adverb = (we?.[1] ?? "").trim().toLowerCase();
  const verb = (we?.[2] ?? "").toLowerCase();
  if (we && (adverb ? RULE_VERB : PLAIN_HABIT).test(verb)) {
    const lead = adverb === "always" ? `Always ${verb}` : adverb === "never" ? `Never ${verb}` : adverb ? `Don't ${verb}` : `${verb[0].toUpperCase()}${verb.slice(1)}`;
    return { object: `${lead} ${we[3]}`, order: !adverb };
  }
  const first = /^[A-Za-z-]+/.exec(o)?.[0];
  if (first && RULE_VERB.test(first) && first.toLowerCase() !== "remember")
    return { object: `${first[0].toUpperCase()}${o.slice(1)}`, order: true };
  return void 0;
}
function rememberRequest(sentence, next = "") {
  const s = sentence.trim();
  if (BACK.test(next.trim())) return englishRule(s.replace(/[.!]+$/, ""));
  for (const frame of EN_FRAMES) {
    const m = frame.exec(s);
    if (m) return englishRule(s.slice(m[0].length));
  }
  for (const frame of OTHER_FRAMES) {
    const m = frame.exec(s);
    const object = m ? s.slice(m[0].length).trim() : "";
    if (m) return object && !SECRET.test(object) && !object.endsWith("?") ? { object, order: true } : void 0;
  }
  const t = TRAILING.exec(s);
  const inner = t?.[1] ?? t?.[2];
  if (t && inner && BACK.test(inner)) return englishRule(s.slice(0, t.index));
  return void 0;
}

// src/signals/dont-use-use.ts
var DONT_USE_USE = /^(?:(?:please|pls)\s+)?(?:don'?t|do not|never)\s+use\s+(?:(.+?)[,;]\s*(?:but\s+|just\s+|always\s+|instead\s+)?use\s+(.+?)|(\x60?[\w@.:/+-]+\x60?)\s+use\s+(\x60?[\w@.:/+-]+\x60?))[.!]?$/i;
var DONT_USE = /^(?:please\s+)?(?:don'?t|do not|never)\s+use\s+(.+?)[.!]?$/i;
var USE_NEXT = /^(?:please\s+)?(?:always\s+|just\s+|instead,?\s+)?use\s+([^:,.;!]+?)(?:\s*[:,.;!].*)?$/i;
var LOCATIVE = /\s+(?:in|for|on)\s+(?:this|the|our)\s+(?:repo(?:sitory)?|project|codebase|workspace)$|\s+(?:here|anymore|please)$/i;
var bare = (s) => s.replace(/[`'"]/g, "").trim().replace(LOCATIVE, "").replace(/[\s,;]+$/, "");
var short = (t) => t.length > 0 && t.split(/\s+/).length <= 3 && !/^(it|that|this|them|those|these)$/i.test(t);
function namedAlternative(phrase) {
  const spans = [...phrase.matchAll(/`([^`\s]+)`/g)];
  if (spans.length !== 1) return void 0;
  const name = spans[0][1];
  if (!/^[a-z][\w+-]*$/i.test(name)) return void 0;
  const before = phrase.slice(0, spans[0].index).trim();
  const after = phrase.slice(spans[0].index + spans[0][0].length).trim().replace(/^[.!]$/, "");
  const example = /\b(?:like|such as|e\.g\.?|for example)$/i.test(before);
  const first = before === "" && (after === "" || /^(?:so|to|for|because|since|which)\b/i.test(after));
  return example || first ? name : void 0;
}
function dontUseUse(list, i) {
  const s = (list[i] ?? "").replace(INTERJECTION, "");
  let use;
  let not;
  let used = [i];
  const one = DONT_USE_USE.exec(s);
  let phrase;
  let example;
  if (one) {
    not = bare(one[1] ?? one[3] ?? "");
    phrase = one[2] ?? one[4] ?? "";
  } else {
    const neg = DONT_USE.exec(s);
    const next = list[i + 1] ?? "";
    const pos = neg ? USE_NEXT.exec(next) : null;
    if (!neg || !pos || TRANSIENT_INSTRUCTION.test(next)) return void 0;
    not = bare(neg[1] ?? "");
    phrase = pos[1] ?? "";
    example = next.slice(next.search(/\buse\s/i) + 4);
    used = [i, i + 1];
  }
  use = bare(phrase);
  if (!short(use) || /^(?:a|an|some|any|the)\s/i.test(use)) use = namedAlternative(example ?? phrase) ?? use;
  if (!short(use) || !short(not) || use.toLowerCase() === not.toLowerCase()) return void 0;
  const after = list[(used[used.length - 1] ?? i) + 1];
  const reason = after && REASON.test(after) && REASON_TOPIC.test(after) && !TRANSIENT_INSTRUCTION.test(after) ? after : void 0;
  return { used: reason ? [...used, used.length + i] : used, use, not, ...reason ? { reason } : {} };
}

// src/signals/turn-instructions.ts
var MAX_SENTENCE3 = 220;
var NEG = /^(?:please\s+)?(?:don'?t|do not|never|avoid|stop(?=\s+(?:\w+ing|and|at|after|before|when|whenever|if|once|on|as|until|unless|to)\b))\s+\w+/i;
var POS = /^(?:please\s+)?always\s+\w+/i;
var FROM_NOW_ON = /^(?:and\s+)?from now on,?\s+(?=\w)/i;
var OWN_SUBJECT = /^(?:i|it|he|she|they|this|that|these|those|there|things|everything|nothing|everyone|everybody|nobody|someone|the|a|an|my|our|your|their|his|her|its|you|we)\b/i;
var ADDRESSED = /^(?:you|we)(?:'ll|\s+(?:should|must|shall|will|need\s+to|have\s+to|ought\s+to|are\s+to|always|never|only)\b)/i;
function timeFramed(sentence) {
  const frame = FROM_NOW_ON.exec(sentence);
  if (!frame) return void 0;
  const rest = sentence.slice(frame[0].length);
  if (OWN_SUBJECT.test(rest) && !ADDRESSED.test(rest)) return void 0;
  return { neg: NEG.test(asNegative(rest)), rest };
}
var FRONTED = /^(?:please\s+)?(always|never|don'?t ever|do not ever),\s+[^,]{3,60},\s+\w+/i;
var PREFER = /^(?:please\s+)?(?:use|run|call|prefer)\s+(.+?),?\s+(?:not|instead of|rather than|in place of)\s+(.+?)[.!]?$/i;
var AFTER_REJECTION = /^(?:please\s+)?(?:use|run|keep|put|call|only|just|first)\s+`?\w+/i;
var RECURRING = /\b(?:before|after|when(?:ever)?|each time|every time)\s+(?:\w+ing\b|(?:each|every|any|you|we)\b)/i;
var HABIT = /\b(?:before|after|whenever|each time|every time)\s+(?:you\s+|we\s+)?(?:each\s+|every\s+|any\s+)?(commit|push)/i;
var TRANSIENT2 = TRANSIENT_INSTRUCTION;
var PATH_TOKEN = /`([^`\s]*\/[^`\s]*)`|(?:^|\s)((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)+\/?|[\w@.-]+\/(?=[\s?!.,]|$))/;
function negSignature(sentence) {
  const m = PATH_TOKEN.exec(sentence);
  const p = m?.[1] ?? m?.[2];
  return p ? `neg|path:${pathTopic(p)}` : `neg|${ruleKey2(sentence)}`;
}
var codeSpanHolds = (sentence, word2) => [...sentence.matchAll(/`([^`\n]+)`/g)].some((m) => words(m[1] ?? "") === word2);
var CLAUSES = /^(?:[^`]|`[^`]*`)*?(?:[,;:、，；：]|\s[-–—]\s)/u;
function reasonAfter(next) {
  if (!next) return void 0;
  const r = reasonSentence(next);
  if (r) return r;
  return REASON.test(next) && REASON_TOPIC.test(next) && !TRANSIENT2.test(next) ? next.replace(/[.!]+$/, "") : void 0;
}
function colonReason(sentence) {
  const tail = /:\s+([^:]+)$/.exec(sentence)?.[1]?.trim();
  if (!tail || tail.endsWith("?") || TRANSIENT2.test(tail) || tail.split(/\s+/).length < 3) return void 0;
  if (/^(?:use|run|call|always|never|don'?t|do not|\S+\s+(?:install|add|run|exec)\b)/i.test(tail) || tail.includes("`")) return void 0;
  return tail.replace(/[.!]+$/, "");
}
var ALTERNATIVE2 = /^(?:just\s+)?[a-z]+\b[^?]{2,120}\b(?:instead|rather)\b[^?]*[.!]?$/i;
function isRuleItem(item, actions) {
  const s = item.replace(/[.;,]+$/, "");
  return [NEG, POS, PREFER].some((re) => re.test(s)) || !!timeFramed(s) || !!standingRule(s) || !!glossRule(s, actions);
}
var planReader = (actions) => ({
  isRule: (item) => isRuleItem(item, actions),
  asksHabit: (item) => isRuleItem(item, actions) || RECURRING.test(item) || HABIT.test(item)
});
function extractInstructions(text, event, turn) {
  const { afterRejection, correction, recent } = turn;
  if (!usablePrompt(text)) return [];
  const out = [];
  const readable = readableOwnText(turn.own(), turn.agentWrote);
  const own = sentences(readable.text);
  if (own.some(scopesTheMessage)) return [];
  if (marksAJoke(readable.text)) return [];
  const actions = recent.calls.map((c) => actionText(c).slice(0, 2e3));
  if (!readable.rules.trim() && holdsPlan(readable.text, planReader(actions))) return [];
  const said = /* @__PURE__ */ new Map();
  const typed = /* @__PURE__ */ new Map();
  const keptOrders = /* @__PURE__ */ new Set();
  const list = own.map((s, k) => {
    const calm = withoutSmileys(withoutSwearing(s));
    const request = rememberRequest(calm, own[k + 1]);
    if (request?.order) keptOrders.add(k);
    const asked = request?.object ?? calm;
    const g = glossRule(asked, actions) ?? looseRule(asked, actions);
    if (g) said.set(g, s);
    const read = g ?? mendFrameTypos(asked) ?? asked;
    if (!g && read !== s) typed.set(read, s);
    return read;
  });
  const quoted = (s) => said.get(s) ?? typed.get(s) ?? s;
  const ruled = new Set(sentences(readable.rules));
  const consumed = /* @__PURE__ */ new Set();
  const tools = recent.calls.map((c) => c.name);
  const pref = turnPreference(list, actions);
  const picked = (use, nots, said2) => picksOfferedOption({ use, nots }, { offered: turn.options, ran: turn.ran, said: said2 });
  if (pref && picked(pref.use, pref.not, pref.used.map((k) => quoted(list[k] ?? "")).join(" "))) pref.used.forEach((k) => consumed.add(k));
  else if (pref) {
    const first = pref.used[0] ?? 0;
    const last = pref.used[pref.used.length - 1] ?? first;
    const reason = reasonAfter(list[last + 1]) ?? colonReason(list[last] ?? "");
    for (let k = first; k <= last + (reason ? 1 : 0); k++) consumed.add(k);
    const not = pref.not.join(" or ");
    out.push({
      event,
      sentence: span(text, quoted(list[first] ?? ""), quoted(list[last + (reason ? 1 : 0)] ?? "")),
      lesson: `Use ${pref.use}, not ${not}${reason ? `: ${lowerFirst(reason)}` : ""}.`,
      signature: `prefer|${words(pref.use)}`,
      prefer: { use: pref.use, not, nots: pref.not }
    });
  }
  for (let i = 0; i < list.length; i++) {
    if (consumed.has(i)) continue;
    const raw = list[i] ?? "";
    const quote1 = quoted(raw);
    const kept = afterRejection ? handsBackProgram(raw, recent.calls) : void 0;
    if (kept) {
      out.push({ event, sentence: quote1, lesson: objectionLesson(kept, false, tools), signature: `neg|cmd:${kept}` });
      continue;
    }
    const objection = objectionTarget(raw, actions);
    if (objection) {
      const { target, isPath } = objection;
      out.push({
        event,
        sentence: quote1,
        lesson: objectionLesson(target, isPath, tools),
        signature: isPath ? `neg|path:${pathTopic(target)}` : `neg|cmd:${target.toLowerCase()}`
      });
      continue;
    }
    if (statesNotAsks(raw) || statesNotAsks(quote1)) continue;
    const reminder = reminderRule(raw);
    const cw1 = reminder ? words(reminder) : "";
    if (reminder && (cw1.split(" ").length >= 2 || /\byou forgot\b/i.test(raw) && codeSpanHolds(reminder, cw1))) {
      out.push({ event, sentence: quote1, lesson: reminder, signature: `pos|${ruleKey2(reminder)}` });
      continue;
    }
    const standing = said.has(raw) ? void 0 : standingRule(raw);
    if (standing) {
      out.push({
        event,
        sentence: raw,
        lesson: `${raw.replace(/[\s.!。！]+$/u, "")}.`,
        signature: `${standing.polarity}|said|${standing.key}`
      });
      continue;
    }
    if (raw.length > MAX_SENTENCE3 || isAsked(raw) || TRANSIENT2.test(raw)) continue;
    const core = dontUseUse(list, i);
    if (core) {
      core.used.forEach((k) => consumed.add(k));
      if (picked(core.use, [core.not], core.used.map((k) => quoted(list[k] ?? "")).join(" "))) continue;
      const reason2 = core.reason ? `: ${core.reason.charAt(0).toLowerCase()}${core.reason.slice(1).replace(/[.!]$/, "")}` : "";
      out.push({
        event,
        sentence: span(text, quote1, quoted(list[core.used[core.used.length - 1] ?? i] ?? raw)),
        lesson: `Use ${core.use}, not ${core.not}${reason2}.`,
        signature: `prefer|${words(core.use)}`,
        prefer: { use: core.use, not: core.not }
      });
      continue;
    }
    const stated = asProhibition(withoutScopeLead(raw.replace(INTERJECTION, "")));
    const sentence = asOrder(asNegative(stated));
    const worded = sentence === stated ? sentence : stated.replace(/,?\s+please([.!]*)$/i, "$1");
    const p2 = PREFER.exec(sentence);
    const pr = p2 ? { use: bare(p2[1] ?? ""), not: bare(p2[2] ?? "") } : void 0;
    if (pr && pr.use && pr.not && pr.use.split(/\s+/).length <= 6 && pr.not.split(/\s+/).length <= 6) {
      if (picked(pr.use, [pr.not], quote1)) continue;
      out.push({
        event,
        sentence: quote1,
        lesson: cleanLesson(sentence),
        signature: `prefer|${words(pr.use)}`,
        prefer: pr
      });
      continue;
    }
    const fronted = FRONTED.exec(sentence)?.[1]?.toLowerCase();
    const framed = timeFramed(sentence);
    const neg = NEG.test(sentence) || fronted !== void 0 && fronted !== "always" || framed?.neg === true;
    if (neg && !standingScope(raw) && declinesOffer(sentence, turn.offered, list[i + 1])) continue;
    const answers = readable.whole && (afterRejection || correction && standingScope(raw));
    const listed = ruled.has(quote1) && (RECURRING.test(raw) || standingScope(raw));
    const habit = HABIT.exec(sentence);
    const answered = habit !== null && actions.some((a) => new RegExp(String.raw`\bgit\s+${habit[1].toLowerCase()}\b`).test(a));
    const plain = (answers || listed || answered) && AFTER_REJECTION.test(sentence) && !adverbRemark(sentence) && !replyRequest(sentence);
    const order = keptOrders.has(i) && RULE_VERB.test(/^[a-z-]+/i.exec(sentence)?.[0] ?? "") && !adverbRemark(sentence) && !replyRequest(sentence);
    const pos = POS.test(sentence) || framed !== void 0 || fronted === "always" || plain || order;
    if (!neg && !pos) continue;
    if (namesNoObject(sentence) || pointsAtUnnamedThing(sentence) || pointsAtAManner(sentence)) continue;
    const cw = words(sentence);
    if (cw.split(" ").length < 2 && !/[-:/._]/.test(cw) && !(codeSpanHolds(sentence, cw) && !(said.has(raw) && CLAUSES.test(quote1))))
      continue;
    const next = list[i + 1];
    const reason = said.has(raw) ? void 0 : reasonAfter(next);
    const alternative = !reason && !said.has(raw) && neg && next && ALTERNATIVE2.test(next) && !TRANSIENT2.test(next) ? next : void 0;
    const rule = cleanLesson(withVerb(worded)).replace(/\.$/, "");
    const lesson = reason ? `${rule}: ${lowerFirst(reason)}.` : alternative ? `${rule}; ${lowerFirst(alternative.replace(/[.!]+$/, ""))}.` : `${rule}.`;
    if (reason || alternative) consumed.add(i + 1);
    const quote = reason || alternative ? span(text, quote1, quoted(next ?? raw)) : quote1;
    out.push({
      event,
      sentence: quote,
      lesson,
      signature: neg ? negSignature(framed?.neg ? framed.rest : sentence) : `pos|${ruleKey2(sentence)}`
    });
  }
  return out;
}

// src/signals/mine-instructions.ts
var hasWord = (text, w) => new RegExp(`(^|[^\\w-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w-])`, "i").test(text);
var entryWordCache = /* @__PURE__ */ new WeakMap();
function entryWords(entry) {
  let w = entryWordCache.get(entry);
  if (!w) entryWordCache.set(entry, w = contentWords(entry.text));
  return w;
}
function rejectedIn(prefer, text) {
  return (prefer.nots ?? [prefer.not]).find((n) => hasWord(text, n));
}
function correctedEntries(ins, entries) {
  const out = [];
  const sentenceWords = contentWords(ins.sentence);
  for (const entry of entries) {
    if (entry.kind === "heading") continue;
    if (ins.prefer) {
      if (rejectedIn(ins.prefer, entry.text) && !hasWord(entry.text, ins.prefer.use)) out.push(entry);
      continue;
    }
    if (ins.signature.startsWith("neg|") && !/\b(not|never|don'?t|avoid)\b/i.test(entry.text)) {
      if (jaccard(sentenceWords, entryWords(entry)) >= 0.5) out.push(entry);
    }
  }
  return out.length <= 3 ? out : [];
}
function authoredText(input) {
  if (!input || typeof input !== "object") return [];
  return Object.values(input).filter((v) => typeof v === "string" && v.includes("\n"));
}
function mineInstructions(session, entries) {
  const out = [];
  let rejectedAt = -Infinity;
  let recent = { calls: [] };
  let lastCall;
  const lastAction = () => lastCall ? actionLabel(lastCall) : "";
  let failedSinceUser = false;
  const outputs = new RecentOutputs();
  const agentWrote = (line) => outputs.wrote(line);
  const restated = /* @__PURE__ */ new Map();
  const asks = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Set();
  let opened = false;
  let openingSketch = "";
  let agentSince = false;
  let agentReply = "";
  const ran = new RanPrograms();
  let lastPrompt;
  session.events.forEach((e, i) => {
    let found = [];
    let correction = false;
    if (e.kind === "tool_call" || e.kind === "assistant_text") agentSince = true;
    if (e.kind === "tool_call") {
      recent.calls = [...recent.calls.slice(-7), e];
      for (const f of createdFiles(e)) if (created.size < 256) created.add(f);
      lastCall = e;
      ran.add(e.command);
      for (const text of authoredText(e.input)) outputs.addAuthored(text);
    } else if (e.kind === "assistant_text") {
      outputs.addAuthored(e.text);
      agentReply = e.text;
    } else if (e.kind === "tool_result") {
      outputs.add(e.text);
      if (!e.ok && !e.cascade) failedSinceUser = true;
    } else if (e.kind === "interrupt") rejectedAt = i;
    else if (e.kind === "permission_denial") {
      rejectedAt = i;
      const said = rejectionText(e.text);
      correction = true;
      if (said && e.text.includes(said))
        found = extractInstructions(said, e, {
          afterRejection: true,
          correction,
          recent,
          own: lazyOwnText(said, outputs),
          agentWrote,
          offered: /* @__PURE__ */ new Set(),
          options: /* @__PURE__ */ new Set(),
          ran
        });
    } else if (e.kind === "user_prompt" && !e.task && !e.sidechain) {
      const afterRejection = i - rejectedAt <= 3;
      correction = afterRejection || failedSinceUser;
      const whole = lazyOwnText(e.text, outputs);
      let kept;
      const own = () => kept ??= afterRetraction(whole());
      if (lastPrompt && retractsEarlier(whole())) {
        const withdrawn = lastPrompt;
        for (let k = out.length - 1; k >= 0; k--) if (withdrawn.signals.has(out[k])) out.splice(k, 1);
        for (const [key, a] of asks) if (a.event === withdrawn.event) asks.delete(key);
        for (const [key, r] of restated) if (r.event === withdrawn.event) restated.delete(key);
      }
      found = extractInstructions(e.text, e, {
        afterRejection,
        correction,
        recent,
        own,
        agentWrote,
        offered: offeredVerbs(agentReply),
        options: offeredOptions(agentReply),
        ran
      });
      const again = found.some((f) => f.prefer) ? void 0 : askedAgain(own(), restated);
      if (again)
        found.push({
          event: e,
          sentence: again.sentence,
          lesson: `Use ${again.tool.name}.`,
          signature: `prefer|${again.tool.key}`,
          fixed: again.tool.name
        });
      for (const tool of restatedTools(own())) if (!restated.has(tool.key)) restated.set(tool.key, { tool, event: e });
      if (usablePrompt(e.text) && !/^\/\S+\s*$/.test(e.text.trim())) {
        const text = own();
        const list = sentences(text.replace(/`[^`]*`/g, (m) => m.replace(/\s*\n\s*/g, " ")));
        const readable = sentences(readableOwnText(text, agentWrote).text);
        for (const ask of asksIn({ own: list, ownLength: text.length, readable, opening: !opened })) {
          if (asks.has(ask.signature) || found.some((f) => f.sentence.includes(ask.sentence))) continue;
          asks.set(ask.signature, { ask, event: e, sketch: taskSketch(text, ask) });
        }
        if (!opened) openingSketch = taskSketch(text, { own: "" });
        else
          for (const sentence of list) {
            const done = bareTestsReproach(sentence) ? testsStepDone(session.events, i) : void 0;
            const step = finishingStepIn(sentence) ?? (done && { ...done, sentence });
            if (!step) continue;
            const named = (step.files ?? []).filter((f) => !created.has(f.split("/").pop().toLowerCase()));
            const had = asks.get(step.signature);
            if (had) {
              for (const f of named) if (had.named && had.named.size < 8) had.named.add(f);
              continue;
            }
            const taken = found.findIndex((f) => f.sentence.includes(step.sentence));
            if (taken >= 0 && !(found[taken].signature.startsWith("pos|") && reminderRule(step.sentence))) continue;
            if (taken >= 0) found.splice(taken, 1);
            asks.set(step.signature, { ask: { ...step, own: step.sentence }, event: e, sketch: openingSketch, named: new Set(named) });
          }
        opened = true;
      }
      const pointed = agentSince && found.length === 0 ? pointedRulesFile(own()) : void 0;
      if (pointed) {
        const name = pointed.split("/").pop().toLowerCase();
        out.push({
          kind: "instruction",
          sessionId: session.id,
          agent: session.agent,
          signature: `pointer|${name}`,
          summary: `User pointed the agent back at \`${pointed}\`${lastAction() ? ` after the agent ${lastAction()}` : ""}`,
          evidence: [evidenceFor(session, e, e.text.trim())]
        });
      }
      const swap = found.some((f) => f.prefer) ? void 0 : swappedProgram(session.events, i, { lastCall: recent.calls[recent.calls.length - 1], correction, own });
      if (swap)
        found.push({
          event: e,
          sentence: e.text.trim(),
          lesson: `Use ${swap.use}, not ${swap.not}.`,
          signature: `prefer|${words(swap.use)}`,
          prefer: swap
        });
      recent = { calls: [] };
      failedSinceUser = false;
      agentSince = false;
      agentReply = "";
    }
    const after = found.length > 0 && lastAction() ? ` after the agent ${lastAction()}` : "";
    if (e.kind === "user_prompt") lastCall = void 0;
    const from = out.length;
    for (const ins of found) {
      const corrected = correctedEntries(ins, entries);
      const evidence = [evidenceFor(session, ins.event, ins.sentence)];
      const pref = {
        ...ins.prefer ? { failed: ins.prefer.not, fixed: ins.prefer.use } : ins.fixed ? { fixed: ins.fixed } : {},
        ...correction && standingScope(ins.sentence) ? { standing: true } : {}
      };
      if (corrected.length === 0) {
        out.push({
          kind: "instruction",
          sessionId: session.id,
          agent: session.agent,
          signature: ins.signature,
          summary: `User said: "${ins.sentence}"${after}`,
          lesson: ins.lesson,
          ...pref,
          evidence
        });
      }
      for (const entry of corrected) {
        const failed = ins.prefer ? rejectedIn(ins.prefer, entry.text) : void 0;
        out.push({
          kind: "memory_failure",
          sessionId: session.id,
          agent: session.agent,
          signature: `mem|${entry.id}|${ins.signature}`,
          summary: `User corrected memory: "${ins.sentence}"${after}`,
          lesson: ins.lesson,
          ...pref,
          ...failed ? { failed } : {},
          memoryEntryId: entry.id,
          evidence
        });
      }
    }
    if (e.kind === "user_prompt" && !e.task && !e.sidechain) lastPrompt = { event: e, signals: new Set(out.slice(from)) };
  });
  const preferred = new Set(out.filter((s) => s.signature.startsWith("prefer|")).map((s) => s.signature));
  for (const { tool, event } of restated.values()) {
    const signature = `prefer|${tool.key}`;
    if (preferred.has(signature)) continue;
    out.push({
      kind: "instruction",
      sessionId: session.id,
      agent: session.agent,
      signature,
      summary: `User asked for ${tool.name} again: "${tool.sentence}"`,
      fixed: tool.name,
      restated: true,
      evidence: [evidenceFor(session, event, tool.sentence)]
    });
  }
  for (const { ask, event, sketch, named } of asks.values()) {
    out.push({
      kind: "instruction",
      sessionId: session.id,
      agent: session.agent,
      signature: ask.signature,
      summary: `User asked: "${ask.sentence}"`,
      lesson: ask.lesson,
      asked: sketch,
      ...named?.size ? { named: [...named] } : {},
      evidence: [evidenceFor(session, event, ask.sentence)]
    });
  }
  return out;
}

// src/signals/mine-feedback.ts
var MIN_ACCEPTED = 2;
var ONE_ACTION_LESSON = "Put exactly one action in each reply: the harness rejects replies with none or several.";
var fromAgent = (e) => e.kind === "assistant_text" || e.kind === "tool_call";
function mineReplyFormat(session) {
  let reply;
  const acceptedCounts = /* @__PURE__ */ new Set();
  let accepted = 0;
  let refused;
  let fix;
  for (const e of session.events) {
    if (fromAgent(e)) {
      reply ??= { first: e, calls: 0, firstCall: void 0 };
      if (e.kind === "tool_call") {
        reply.calls++;
        reply.firstCall ??= e;
      }
      continue;
    }
    if (e.kind === "tool_result" && reply) {
      accepted++;
      acceptedCounts.add(reply.calls);
      if (refused && !fix) fix = reply.firstCall;
    } else if (e.kind === "environment_feedback" && reply && reply.calls > 1) {
      refused ??= { reply, feedback: e };
    }
    reply = void 0;
  }
  if (!refused || accepted < MIN_ACCEPTED || acceptedCounts.size !== 1 || !acceptedCounts.has(1)) return [];
  return [
    {
      kind: "environment_feedback",
      sessionId: session.id,
      agent: session.agent,
      signature: "reply-format|one-call",
      summary: "The harness refused replies that held several tool calls, and ran replies that held exactly one",
      lesson: ONE_ACTION_LESSON,
      // The refusal first: an edit cites each session's first item, and the refused reply's opening
      // line (`THOUGHT: I will ...`) shows a reviewer nothing of the format it broke.
      evidence: [
        evidenceFor(session, refused.feedback),
        evidenceFor(session, refused.reply.first, void 0, "failure"),
        ...fix ? [evidenceFor(session, fix, void 0, "fix")] : []
      ]
    }
  ];
}

// src/signals/shell-cwd.ts
var CWD_LESSON = "The shell keeps its working directory between commands: check it with `pwd` before a `cd`.";
var MOVES = /^(?:rm|rmdir|mv|git|trash|unlink)$/;
function entered(command2) {
  const words3 = shellWords(segments(command2)[0] ?? "");
  if (words3[0] !== "cd" || words3.length !== 2) return void 0;
  const dir = (words3[1] ?? "").replace(/^\.\//, "").replace(/\/+$/, "");
  return /^[\w@+-][\w@.+-]*(?:\/[\w@.+-]+)*$/.test(dir) && !/(?:^|\/)\.\.?(?:\/|$)/.test(dir) ? dir : void 0;
}
var startsWithCd = (command2) => /^\s*cd\s/.test(segments(command2)[0] ?? "");
function touches(command2, dir) {
  return segments(command2).some((seg) => {
    const words3 = shellWords(seg);
    return MOVES.test(words3[0] ?? "") && words3.slice(1).some((w) => w.replace(/\/+$/, "").includes(dir));
  });
}
function mineShellCwd(session) {
  const calls = /* @__PURE__ */ new Map();
  let last;
  let opening;
  let inside;
  for (const e of session.events) {
    if (e.kind === "user_prompt" && !e.task && !e.sidechain && opening === void 0 && !/^\/\S+\s*$/.test(e.text.trim())) {
      opening = e.text;
      continue;
    }
    if (e.kind === "tool_call") {
      if (e.command) {
        if (e.callId) calls.set(e.callId, e);
        last = e;
        if (inside && touches(e.command, inside.dir)) inside = void 0;
      }
      continue;
    }
    if (e.kind !== "tool_result") continue;
    const call = (e.callId ? calls.get(e.callId) : void 0) ?? last;
    if (!call?.command) continue;
    const dir = entered(call.command);
    if (e.ok) {
      if (dir) inside = { dir, call };
      else if (startsWithCd(call.command)) inside = void 0;
      continue;
    }
    const named = cdMissedDir(e.text)?.replace(/^\.\//, "").replace(/\/+$/, "");
    if (!dir || !inside || dir !== inside.dir || named !== dir || inside.call === call) continue;
    return [signal(session, inside.call, call, e, opening ?? "")];
  }
  return [];
}
function signal(session, before, again, failure, opening) {
  return {
    kind: "environment_feedback",
    sessionId: session.id,
    agent: session.agent,
    signature: "shell|cwd-persists",
    summary: "A `cd` into a folder the shell had already entered failed: the shell keeps its working directory between commands",
    lesson: CWD_LESSON,
    // Like an ask, a one-off until it recurs in sessions about different tasks: the task is what the session opened with.
    asked: taskSketch(opening, { own: "" }),
    evidence: [
      evidenceFor(session, before, before.command),
      evidenceFor(session, again, again.command),
      evidenceFor(session, failure, void 0, "failure")
    ]
  };
}

// src/signals/mine-broken-rules.ts
import path2 from "node:path";

// src/signals/tool-actions.ts
import path from "node:path";
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "time", "nohup", "command", "exec"]);
var DELETERS = /* @__PURE__ */ new Set(["rm", "rmdir", "unlink", "shred", "trash"]);
var WRITERS = /* @__PURE__ */ new Set(["tee", "touch", "truncate"]);
var READERS = /* @__PURE__ */ new Set(["cat", "less", "more", "head", "tail", "bat", "nl", "wc"]);
var SEARCHERS = /* @__PURE__ */ new Set(["grep", "egrep", "fgrep", "rg", "ag"]);
var READ_TOOL = /^(?:Read|read_file|view_file|open_file|View)$/i;
var DELETE_TOOL = /^(?:Delete|delete_file|DeleteFile|remove_file)$/i;
var REDIRECT = /(?:^|\s)(\d?>>?|&>>?|<(?!<))\s*([^\s;&|<>'"]+)/g;
var unquoted = (segment) => segment.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, " ");
function resolve2(p, cwd) {
  if (!cwd || p.startsWith("/") || p.startsWith("~") || p.startsWith("$")) return p;
  return path.posix.join(cwd, p);
}
function segmentActions(words3) {
  let w = words3;
  while (w.length && (/^[A-Za-z_]\w*=/.test(w[0] ?? "") || WRAPPERS.has(w[0] ?? ""))) w = w.slice(1);
  const program = path.posix.basename(w[0] ?? "");
  const rest = w.slice(1);
  const positional = rest.filter((x) => !x.startsWith("-") && !x.startsWith("<"));
  const flags = rest.filter((x) => x.startsWith("-"));
  const all = (action, list) => list.map((p) => ({ action, path: p }));
  if (DELETERS.has(program)) return all("delete", positional);
  if (program === "git" && positional[0] === "rm") return all("delete", positional.slice(1));
  if (WRITERS.has(program) || program === "mv") return all("modify", positional);
  if (program === "cp") return all("modify", positional.slice(-1));
  if (program === "sed" && flags.some((f) => /^(?:-i|--in-place)/.test(f) || /^-[a-z]*i/.test(f))) {
    const scripted = flags.some((f) => /^-[a-z]*[ef]$|^--(?:expression|file)/.test(f));
    return all("modify", scripted ? positional : positional.slice(1));
  }
  if (READERS.has(program)) return all("read", positional);
  if (SEARCHERS.has(program) || program === "jq") {
    const patterned = flags.some((f) => /^-[a-z]*[ef]$|^--(?:regexp|file)/.test(f));
    return all("read", patterned ? positional : positional.slice(1));
  }
  return [];
}
function callActions(call) {
  const out = { files: [], commands: [] };
  const action = DELETE_TOOL.test(call.name) ? "delete" : EDIT_TOOL.test(call.name) ? "modify" : READ_TOOL.test(call.name) ? "read" : void 0;
  if (call.command && !action) {
    let cwd;
    for (const segment of segments(withoutHeredocBodies(call.command).replace(/\\\n/g, " "))) {
      const words3 = shellWords(unquoted(segment).includes(">") || segment.includes("<") ? segment.replace(REDIRECT, " ") : segment);
      if ((words3[0] === "cd" || words3[0] === "pushd") && words3.length === 2) {
        cwd = resolve2(words3[1] ?? "", cwd);
        continue;
      }
      out.commands.push({ segment, words: words3 });
      const found = segmentActions(words3);
      for (const m of unquoted(segment).matchAll(REDIRECT)) {
        const target = m[2] ?? "";
        if (target === "/dev/null" || /^&?\d$/.test(target)) continue;
        found.push({ action: m[1] === "<" ? "read" : "modify", path: target });
      }
      for (const f of found) out.files.push({ ...f, path: resolve2(f.path, cwd), quote: segment });
    }
    return out;
  }
  const input = call.input;
  for (const f of patchedFiles(input)) out.files.push({ action: f.op === "Delete" ? "delete" : "modify", path: f.path, quote: f.path });
  if (out.files.length) return out;
  if (!action || !input || typeof input !== "object") return out;
  const fields = input;
  const cmd = typeof fields.command === "string" ? fields.command : void 0;
  const act = cmd === "view" ? "read" : action;
  for (const [k, v] of Object.entries(fields))
    if (typeof v === "string" && PATH_FIELD.test(k)) out.files.push({ action: act, path: v, quote: v });
  return out;
}

// src/signals/mine-broken-rules.ts
var ASKS = {
  delete: /\b(?:delete|remove|rm|clean|wipe|erase|purge|reset|nuke|get\s+rid|drop)\w*/i,
  modify: /\b(?:edit|modif|chang|updat|writ|fix|rewrit|overwrit|mov|renam|patch|add|replac|set|touch)\w*/i,
  read: /\b(?:read|cat|show|look|check|open|view|inspect|print|see|display|what)\w*/i,
  run: /\b(?:run|execut|try|do|use|call)\w*/i
};
var COMMON = /^(?:users?|home|root|tmp|var|src|lib|local|git|app|apps|test|tests|docs|main|data|config|files?)$/i;
var HOME2 = /^(?:~|\$HOME|\/(?:Users|home)\/[^/]+|\/root)(?=\/|$)/;
function normalise2(p, cwd) {
  let t = p.replace(/\\/g, "/").replace(/\/+$/, "");
  const root = cwd?.replace(/\\/g, "/").replace(/\/+$/, "");
  if (root && t.startsWith(`${root}/`)) return t.slice(root.length + 1);
  if (HOME2.test(t)) t = t.replace(HOME2, "~");
  return t;
}
function underTarget(acted, target) {
  const home = target.path.startsWith("~/");
  if (target.glob) {
    const tail = target.path.includes("/") ? acted : path2.posix.basename(acted);
    return target.glob.test(tail) || target.path.includes("/") && acted.split("/").some((_, i, a) => target.glob?.test(a.slice(i).join("/")));
  }
  const t = target.path;
  if (!t.includes("/")) return path2.posix.basename(acted) === t || acted.split("/").includes(t);
  if (acted === t || acted.startsWith(`${t}/`)) return true;
  return !home && !acted.startsWith("~") && (acted.endsWith(`/${t}`) || acted.includes(`/${t}/`));
}
function runs(words3, target) {
  const shape = parseCommand(words3.map((w) => /\s/.test(w) ? `'${w}'` : w).join(" "));
  const want = target.shape;
  if (!shape || shape.program !== want.program || want.sub.some((s, i) => shape.sub[i] !== s)) return false;
  return want.flags.every((f) => shape.flags.includes(f)) && want.args.every((a) => shape.args.includes(a));
}
function violations(call, acts, rule, cwd) {
  for (const target of rule.targets) {
    if (target.kind === "command") {
      const c = rule.actions.has("run") ? acts.commands.find((x) => runs(x.words, target)) : void 0;
      if (c) return { rule, call, quote: c.segment, action: "run", names: [target.shape.program], exact: [target.text] };
      continue;
    }
    for (const f of acts.files) {
      if (!rule.actions.has(f.action)) continue;
      const acted = normalise2(f.path, cwd);
      if (!underTarget(acted, target)) continue;
      const below = acted.split("/").slice(target.glob ? -1 : target.path.split("/").length);
      const segs = [...below, path2.posix.basename(target.path)].map((s) => s.replace(/\.\w+$/, ""));
      const names = segs.filter((s) => s.length >= 2 && !/^\d+$/.test(s) && !COMMON.test(s));
      return {
        rule,
        call,
        quote: f.quote,
        action: f.action,
        names,
        exact: [target.path, acted, f.path, acted.split("/").slice(-2).join("/")]
      };
    }
  }
  return void 0;
}
var mentions = (text, words3) => words3.some((w) => text.toLowerCase().includes(w.toLowerCase()));
function mineBrokenRules(session, rules, dates) {
  if (rules.length === 0) return [];
  const prompts = [];
  const refused = /* @__PURE__ */ new Set();
  const injected = [];
  let lastCall;
  for (const e of session.events) {
    if (e.kind === "user_prompt") prompts.push({ seq: e.seq, text: e.text });
    else if (e.kind === "memory_injection") injected.push({ path: e.path ?? "", text: e.text });
    else if (e.kind === "permission_denial" || e.kind === "hook_block" && !e.followUp) {
      const id = e.callId ?? lastCall?.callId;
      if (id) refused.add(id);
      else if (lastCall) refused.add(`seq:${lastCall.seq}`);
    }
    if (e.kind === "tool_call") lastCall = e;
  }
  const ages = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const shown = injected.filter((i) => path2.posix.basename(i.path) === path2.posix.basename(r.entry.file));
    const core = r.line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").trim();
    const age = shown.length === 0 ? ruleAge(r, session, dates) : shown.some((i) => i.text.includes(core)) ? { loaded: true } : "later";
    if (age !== "later") ages.set(r, age);
  }
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const e of session.events) {
    if (e.kind !== "tool_call" || refused.has(e.callId ?? `seq:${e.seq}`)) continue;
    let acts;
    for (const [rule, age] of ages) {
      const key = ruleKey(rule);
      if (done.has(key)) continue;
      acts ??= callActions(e);
      if (acts.files.length === 0 && acts.commands.length === 0) break;
      const v = violations(e, acts, rule, session.cwd);
      if (!v) continue;
      const asked = prompts.some(
        (p) => mentions(p.text, v.exact) || p.seq < e.seq && ASKS[v.action].test(p.text) && mentions(p.text, v.names)
      );
      if (asked) continue;
      done.add(key);
      out.push({
        kind: "memory_failure",
        sessionId: session.id,
        agent: session.agent,
        signature: `broken|${key}`,
        summary: `The agent broke a memory rule (${clip(rule.line.trim(), 100)}) with \`${clip(v.quote, 100)}\`, and no one objected`,
        memoryEntryId: rule.entry.id,
        evidence: [evidenceFor(session, e, v.quote)],
        ruleAge: age
      });
    }
  }
  return out;
}

// src/signals/mine.ts
var cache = /* @__PURE__ */ new WeakMap();
function memoryView(agent, memory) {
  let byAgent = cache.get(memory);
  if (!byAgent) cache.set(memory, byAgent = /* @__PURE__ */ new Map());
  let view = byAgent.get(agent);
  if (!view) {
    const read = memoryReadBy(agent, memory);
    const entries = read.flatMap((f) => f.entries);
    const own = (f) => isClaudeAgent(agent) === (f.kind !== "agents");
    const ruleOrder = [...read.filter(own), ...read.filter((f) => !own(f))].flatMap((f) => f.entries);
    view = { mentions: commandMentions(read), entries, rules: prohibitionRules(ruleOrder) };
    byAgent.set(agent, view);
  }
  return view;
}
function isCompactionReplay(session) {
  return /^agent-acompact-/.test(path3.basename(session.sourceFile));
}
function mineSession(session, ctx) {
  if (isCompactionReplay(session)) return [];
  const { mentions: mentions2, entries, rules } = memoryView(session.agent, ctx.memory);
  const instructions = session.parentId ? [] : mineInstructions(session, entries);
  const signals = dedupeBySignature([
    ...mineCommands(session, mentions2),
    ...mineReplyFormat(session),
    ...mineShellCwd(session),
    ...instructions,
    ...mineBrokenRules(session, rules, ctx.ruleDates)
  ]);
  const root = session.parentId;
  const { folder } = session;
  const seen = new SessionOccurrences(session);
  return signals.map((s) => {
    const occurrences = seen.keysOf(s);
    return {
      ...s,
      ...root ? { rootSessionId: root } : {},
      ...folder ? { folder } : {},
      ...occurrences.length ? { occurrences } : {}
    };
  });
}

export {
  memoryRuleDates,
  timelineRuleDates,
  EfficacyPass,
  FileEfficacy,
  lessonsToWire,
  lessonsFromWire,
  mineSession
};
