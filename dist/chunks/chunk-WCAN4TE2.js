import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  entryUpdate,
  makeEdit,
  markedImportant
} from "./chunk-SLUZZTUH.js";
import {
  findAdoptions
} from "./chunk-4U33LYCA.js";
import {
  entryTextHash,
  recordEntryOutcome
} from "./chunk-B5EED3GH.js";
import {
  EDIT_TOOL,
  PATH_FIELD,
  ROOT_TOKEN,
  RanPrograms,
  bareTestsReproach,
  commandDisplay,
  commandMentions,
  createdFiles,
  extractInstructions,
  finishingStepIn,
  fixLesson,
  isOverrideToken,
  isProhibition,
  lessonCommand,
  mayPredateGroups,
  memoryReadBy,
  mentionRelation,
  missingScriptLine,
  offeredOptions,
  offeredVerbs,
  outputOnlyFlag,
  overrideOf,
  patchedFiles,
  preGroupSignature,
  prohibitionRules,
  readableTurn,
  ruleAge,
  ruleKey,
  runsAsRoot,
  sentences,
  swappedProgram,
  testsStepDone,
  toolGroup,
  usablePrompt,
  words
} from "./chunk-UIMAFZUT.js";
import {
  MULTI_WORD,
  SessionOccurrences,
  TRANSIENT,
  actionLabel,
  asksIn,
  changesPythonM,
  clip,
  codeSpans,
  commandFamily,
  contentWords,
  errorLineSignature,
  escapeRegExp,
  evidenceFor,
  isTestCommand,
  jaccard,
  looksLikeTestFailure,
  parseCommand,
  parseCommands,
  rejectionText,
  reminderRule,
  salientErrorLine,
  saysThisConversation,
  scopesTheMessage,
  segments,
  shellWords,
  signalPatternId,
  standingScope,
  structuralDiff,
  structuralTokenSet,
  taskSketch,
  withoutHeredocBodies,
  wordsUnverified
} from "./chunk-RAGNSPQK.js";
import {
  isClaudeAgent
} from "./chunk-ZMW6ZSA4.js";
import {
  boundedMemo,
  sessionTime
} from "./chunk-S4URGW26.js";

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
      const word = token.replace(/\.+$/, "");
      const group = toolGroup(word);
      if (group.length) for (const t of group) out.add(t);
      else if (MULTI_WORD.has(word)) out.add(word);
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
var optionsOnly = (span) => span.split(/\s+/).every((w) => w.startsWith("-"));
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
      for (const h of mine) if (tally.evidence.length < MAX_EFFICACY_EVIDENCE && h.evidence[0]) tally.evidence.push(shownBy(h));
      if (t - adoptedAt <= WORSE_WINDOW_DAYS * DAY_MS && tally.worse.length < MAX_EFFICACY_EVIDENCE) {
        failures ??= failuresOf(signals);
        for (const f of failures) {
          if (tally.worse.length >= MAX_EFFICACY_EVIDENCE) break;
          const b = bearing(f.signal, lesson, f.id);
          if (b === "episode" || lesson.knownBefore.has(f.id()) || lesson.knownBefore.has(f.oldId())) continue;
          if (b !== "entry-failed" && !f.kinds.some((k) => lesson.named.has(k))) continue;
          tally.worse.push(shownBy(f.signal));
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
function shownBy(s) {
  const first = s.evidence[0];
  return wordsUnverified(s) && first.unverified !== true ? { ...first, unverified: true } : first;
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
  // The mark of a turn no one can attribute to the person is kept: a later pass's table still withholds its words.
  ...t.worse.length ? {
    worse: t.worse.map(({ session, file, line, quote, unverified }) => ({
      session,
      file,
      line,
      quote,
      ...unverified ? { unverified } : {}
    }))
  } : {},
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
      const pt = pass(lesson.editId);
      if (entry && pt.clean !== 0) recordEntryOutcome(ledger, entry.id, "helped", pt.clean, at);
      if (entry && pt.worse.length > 0) recordEntryOutcome(ledger, entry.id, "hurt", pt.worse.length, at);
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
function setsMachineValue(command) {
  const words2 = shellWords(command);
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i] ?? "";
    const eq = w.indexOf("=");
    const name = eq > 0 ? w.slice(0, eq) : "";
    if (eq > 0 && /^(?:--?[\w-]+|[A-Za-z_]\w*)$/.test(name)) {
      const value = w.slice(eq + 1).replace(/^["']|["']$/g, "");
      if (machineValue(value)) return true;
    } else if (i > 0 && /^--?[\w-]+$/.test(words2[i - 1] ?? "") && (machineValue(w) || ABSOLUTE.test(w))) {
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
  const words2 = [shape.program, ...shape.sub].join(" ");
  if (MACHINE_TARGETS.some((t) => words2 === t || words2.startsWith(`${t} `))) return true;
  return words2 === "git config" && shape.flags.some((f) => f === "--global" || f === "--system");
}
function changesOnce(shape) {
  return installsByName(shape) || switchesMachineTarget(shape);
}

// src/signals/episodes.ts
var stepKeys = /* @__PURE__ */ new WeakMap();
function stepKey(step) {
  let key = stepKeys.get(step);
  if (key === void 0) stepKeys.set(step, key = (step.call.command ?? "").replace(/\s+/g, " ").trim());
  return key;
}
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
  if (!mayWrite(call.command)) return out;
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
function madeDirs(words2, known) {
  const out = [];
  for (const w of words2) {
    if (w.startsWith("-") || /^\d+$/.test(w)) continue;
    const parts = w.split("/").filter((x) => x && x !== "." && x !== ".." && x !== "~");
    const last = parts.pop();
    if (!last) continue;
    if (!w.startsWith("/") && !w.startsWith("~")) out.push(...parts.filter((x) => !known.has(x)));
    out.push(last);
  }
  return out;
}
function copyMade(words2, known) {
  const ops = words2.filter((w) => !w.startsWith("-"));
  if (ops.length !== 2 || words2.some((w) => /^(-t|--target-directory)/.test(w))) return [];
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
var WRITER_NAME = /mkdir|cp|ln|touch|tee|create/;
var mayWrite = (command) => WRITER_NAME.test(command) || QUOTE.test(command) && WRITER_NAME.test(command.replace(QUOTES, ""));
var QUOTE = /["']/;
var QUOTES = /["']/g;
function sessionSteps(events) {
  const calls = /* @__PURE__ */ new Map();
  const pending = [];
  const steps = [];
  for (const e of events) {
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
      edit: isEditCall(call, shapes)
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
  const word = shellWords(shape.segment).find((w) => baseName(w) === shape.program);
  if (word?.includes("/")) return false;
  if ((shape.program === "sed" || shape.program === "perl") && editsInPlace(shape)) return false;
  if (shape.program === "find" && shape.flags.some((f) => /^-(delete|exec|execdir|ok|okdir|fprint\w*)$/.test(f))) return false;
  if (LOOK_PROGRAM.test(shape.program)) return true;
  const sub = LOOK_SUB.get(shape.program);
  if (sub && sub.test(shape.sub[0] ?? "")) return true;
  if (/^(help|--help|-h|--version|-V|version|info|view|list|ls|outdated|why)$/.test(shape.sub[0] ?? "")) return true;
  const verb = shape.sub.length > 1 ? shape.sub[shape.sub.length - 1] : shape.args[0];
  if (shape.sub[0] && !SCRIPT_RUNNER_SUB.test(shape.sub[0]) && GROUP_LOOK_VERB.test(verb ?? "")) return true;
  if (listsTasks(shape)) return true;
  return shape.flags.some((f) => f === "--help" || f === "--version");
}
var GROUP_LOOK_VERB = /^(ls|list|show|inspect|view|info|help|version|ps|logs)$/;
var SCRIPT_RUNNER_SUB = /^(run|run-script|exec|x|dlx|script|task)$/;
var LISTING_RUNNER = new Map(
  Object.entries({ npm: /^(run|run-script)$/, yarn: /^run$/, pnpm: /^run$/, bun: /^run$/, deno: /^task$/ })
);
var LIST_FLAG = new Map(
  Object.entries({
    just: /^(-l|--list|--summary)$/,
    task: /^(-l|--list|-a|--list-all)$/,
    rake: /^(-T|--tasks|-W|--where)$/,
    cargo: /^--list$/,
    composer: /^--list$/
  })
);
function listsTasks(shape) {
  const listFlag = LIST_FLAG.get(shape.program);
  if (listFlag && shape.flags.some((f) => listFlag.test(f))) return true;
  const runner = LISTING_RUNNER.get(shape.program);
  return !!runner && shape.sub.length === 1 && runner.test(shape.sub[0] ?? "") && shape.args.length === 0;
}
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
  const word = distinctiveWord(shape);
  if (word.length < 3) return false;
  const re = new RegExp(`(^|[^\\w/.-])${escapeRegExp(word)}(?=$|[^\\w/.])`, "im");
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
  const code = lang === void 0 ? void 0 : INLINE_CODE.get(lang);
  return !!code && (s.flags.some((f) => code.test(f)) || s.args[0] === "-" || /<</.test(s.segment));
}
var pathParts = (arg) => arg.replace(/::.*$/, "").split("/").filter((x) => x && x !== "." && x !== "..");
function lastSegmentWords(line) {
  const segs = segments(line);
  const last = segs[segs.length - 1] ?? "";
  const words2 = shellWords(last).filter((w) => !/^(\d?>>?|&>|<|\d?>&\d)/.test(w) && w !== "/dev/null");
  while (words2.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[0] ?? "")) words2.shift();
  return words2;
}
var LINTER = /^(pylint|flake8|ruff|eslint|mypy|pyright|pycodestyle|pydocstyle|pyflakes|black|isort|rubocop|golangci-lint|staticcheck|shellcheck|stylelint|markdownlint|hadolint|yamllint|biome|oxlint|tslint|standard|prettier|credo|clippy|vet)$/;
var FINDING = /^(?:\S+\.\w+:\d+(?::\d+)?:? +\S|\s+\d+:\d+ +(?:error|warning) +\S)|^Found \d+ (?:errors?|issues?)\b|^\*+ Module \S+$|^would reformat \S|^\[warn\] \S+\.\w+$/m;
function reportsLintFindings(shape, output) {
  const [s0 = "", s1 = ""] = shape.sub;
  const script = /^(run|run-script)$/.test(s0) ? s1 : s0;
  const named = LINTER.test(shape.program) || LINTER.test(s0) || /^lint/.test(script);
  return named && FINDING.test(output.slice(0, 2e4).replace(/\\n/g, "\n"));
}
function notAFailure(command, shapes, output, exitCode, created) {
  const words2 = lastSegmentWords(command);
  const first = words2[0] ?? "";
  const last = first.includes("/") && !first.startsWith("/") ? first : first.slice(first.lastIndexOf("/") + 1);
  const answerExit = exitCode === void 0 || exitCode === 1;
  const gitAnswer = last === "git" && /^(diff|grep|ls-files|rev-parse|show-ref|merge-base|check-ignore)$/.test(words2[1] ?? "");
  const chain = segments(command).map((seg) => shellWords(seg, 1)[0] ?? "");
  const askingChain = chain.some((p) => ANSWERING.test(p)) && chain.every((p) => ANSWERING.test(p) || PRINTING.test(p));
  if ((ANSWERING.test(last) || gitAnswer || askingChain) && answerExit && !/\b(usage|invalid|unrecognized|illegal option)\b/i.test(output.slice(0, 400))) {
    return `\`${last}\` exiting 1 is an answer (no match, a difference), not a failure`;
  }
  if (LOOKING.test(last) && /No such file or directory|cannot access|does not exist/i.test(output.slice(0, 2e3))) {
    return `\`${last}\` of a missing path only looked whether it exists`;
  }
  if (/(?:^|[;&|(]\s*)cd\s/.test(command) && cdMissedDir(output) !== void 0) {
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
var PACKAGE_RUN = new Map(
  Object.entries({ npm: /^(run|run-script)$/, pnpm: /^run$/, yarn: /^run$/, bun: /^run$/, deno: /^task$/ })
);
function packageScript(shape) {
  const run = PACKAGE_RUN.get(shape.program);
  if (!run) return void 0;
  if (run.test(shape.sub[0] ?? "")) return shape.sub[1] ?? shape.args[0];
  return commandFamily(shape) === `${shape.program} run` ? shape.sub[0] : void 0;
}
function nameParts(name) {
  const lower = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  const words2 = lower.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  return [...words2, lower.replace(/[^a-z0-9]+/g, "")].filter((w) => w.length > 0);
}
function unrelatedScript(failed, retry, output) {
  const gone = packageScript(failed);
  const ran = packageScript(retry);
  if (!gone || !ran || gone === ran || !missingScriptLine(output.slice(0, 4e3), gone)) return false;
  const a = nameParts(gone);
  const b = nameParts(ran);
  return !a.some((w) => b.some((v) => v.includes(w) || w.includes(v)));
}
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
function workingVariant(steps, i, shape, { window, memoryNamesIt }) {
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
    if (!memoryNamesIt && unrelatedScript(shape, f, failed.text)) continue;
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
  const key = stepKey(step);
  const res = resolve(steps, i, (s) => stepKey(s) === key);
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
    const command = step.call.command ?? "";
    const exitCode = step.outcome.kind === "tool_result" ? step.outcome.exitCode : void 0;
    if (notAFailure(command, step.shapes, step.text, exitCode, created)) return;
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
    const memoryNamesIt = linkMemory(shape, void 0, mentions2)?.relation === "same";
    const variant = workingVariant(steps, i, shape, { window: FIX_WINDOW, memoryNamesIt });
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
    const errSig = errorLineSignature(err);
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
    const rkey = `${stepKey(step)}|${errSig}`;
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
      signature: `repeat|${commandFamily(shape)}|${errorLineSignature(err)}`,
      summary: `\`${clip(commandDisplay(shape), 80)}\` failed ${group.length} times: ${clip(err, 100)}`,
      failed: commandDisplay(shape),
      evidence: group.slice(0, 2).map((r, k) => evidenceFor(session, r.outcome, k === 0 ? err : salientErrorLine(r.text), "failure"))
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
var QUOTE2 = /^\s*>/;
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
    // A shell's own message: "zsh: command not found: pip", "-bash: line 1: x", "sh: 1: foo: not found", "fish: Unknown command".
    String.raw`^\s*-?(?:ba|z|da|k|tc|c|fi)?sh:\s`,
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
var BRANCH = String.raw`(?: \([^()\s]+\))?`;
var PROMPT_PROGRAM = String.raw`(?:git|gh|npm|npx|yarn|pnpm|bunx?|node|deno|python3?|pip3?|uvx?|poetry|pytest|cargo|rustc|go|make|cmake|docker|kubectl|helm|terraform|dotnet|mvn|gradle|\.\/\S+|ls|cd|cat|rm|mv|cp|mkdir|brew|flutter|dart|fvm|melos|swift|xcodebuild|pod|bundle|rails|rake|ruby|php|composer|java|tsc|curl|wget|ssh|sudo|source|export|echo|mix|claude|codex)\b`;
var PROMPT = new RegExp(
  [
    String.raw`(?:^|\s)(?:[➜❯]\s+\S`,
    String.raw`\S+@[\w.-]+:[~/]\S*${BRANCH}[$#](?:\s|$)`,
    String.raw`\S+@[\w.-]+ [^\s%#$]+${BRANCH} [%#](?:\s|$)`,
    String.raw`\S+@[\w.-]+ [~/][^\s>]*${BRANCH}> `,
    String.raw`[\w.-]+:\S+ \w[\w.-]*\$(?:\s|$)`,
    String.raw`(?:ba|z)?sh-\d+(?:\.\d+)*[$#] `,
    String.raw`PS [A-Z]:\\[^>\n]*> `,
    String.raw`[A-Z]:\\[^>\s]*> ?[A-Za-z][\w.-]*(?:\s|$)`,
    String.raw`[\w.~/-]*[A-Za-z~][\w.~/-]*${BRANCH} % ${PROMPT_PROGRAM})`,
    String.raw`^\s*(?:[$%»λ]|PS [A-Z]:\\[^>]*>)\s`
  ].join("|")
);
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
    pasted[i] = log || logRun || chrome || promptFirst || QUOTE2.test(line) || INDENTED.test(line) || DATA.test(line) || (outputs?.echoes(line) ?? false);
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
    const clause = line.slice(0, at).split(/(?<=[.!?])\s+/).pop() ?? "";
    if (clause.includes("`")) continue;
    if (RECEIVED.test(clause) || SAID.test(clause) && !SPEAKER.test(clause)) return at + 1;
  }
  return -1;
}
function ownText(text, outputs) {
  const pasted = pastedLines(text, outputs);
  return text.split(/\r?\n/).map((l, i) => {
    if (pasted[i]) return "";
    const prompt = PROMPT.exec(l);
    const own = prompt ? l.slice(0, prompt.index) : l;
    const tail = reportedTail(own);
    return tail < 0 ? own : own.slice(0, tail);
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
  const words2 = rest.match(/[\p{L}'’-]+/gu) ?? [];
  if (!words2.every((w) => POINTER_WORDS.has(w))) return void 0;
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
      let read;
      const readable = () => read ??= readableTurn(own(), agentWrote);
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
        readable,
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
        const handed = text.split("\n").map((l) => agentWrote(l) ? "" : l).join("\n");
        const list = sentences(handed.replace(/`[^`]*`/g, (m) => m.replace(/\s*\n\s*/g, " ")));
        for (const ask of asksIn({ own: list, ownLength: text.length, readable: readable().sentences, opening: !opened })) {
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
function firstIfCd(command) {
  const first = segments(command, 1)[0] ?? "";
  return /^[c"']/.test(first) ? first : void 0;
}
function entered(first) {
  if (first === void 0) return void 0;
  const words2 = shellWords(first);
  if (words2[0] !== "cd" || words2.length !== 2) return void 0;
  const dir = (words2[1] ?? "").replace(/^\.\//, "").replace(/\/+$/, "");
  return /^[\w@+-][\w@.+-]*(?:\/[\w@.+-]+)*$/.test(dir) && !/(?:^|\/)\.\.?(?:\/|$)/.test(dir) ? dir : void 0;
}
var startsWithCd = (first) => first !== void 0 && /^\s*cd\s/.test(first);
function touches(command, dir) {
  return segments(command).some((seg) => {
    if (!MOVES.test(shellWords(seg, 1)[0] ?? "")) return false;
    return shellWords(seg).slice(1).some((w) => w.replace(/\/+$/, "").includes(dir));
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
    const first = firstIfCd(call.command);
    const dir = entered(first);
    if (e.ok) {
      if (dir) inside = { dir, call };
      else if (startsWithCd(first)) inside = void 0;
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
function segmentActions(words2) {
  let w = words2;
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
      const words2 = shellWords(unquoted(segment).includes(">") || segment.includes("<") ? segment.replace(REDIRECT, " ") : segment);
      if ((words2[0] === "cd" || words2[0] === "pushd") && words2.length === 2) {
        cwd = resolve2(words2[1] ?? "", cwd);
        continue;
      }
      out.commands.push({ segment, words: words2 });
      const found = segmentActions(words2);
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
function normalise(p, cwd) {
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
function runs(words2, target) {
  const shape = parseCommand(words2.map((w) => /\s/.test(w) ? `'${w}'` : w).join(" "));
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
      const acted = normalise(f.path, cwd);
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
var mentions = (text, words2) => words2.some((w) => text.toLowerCase().includes(w.toLowerCase()));
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
  const at = sessionTime(session);
  const started = at === void 0 ? void 0 : new Date(at).toISOString();
  return signals.map((s) => {
    const occurrences = seen.keysOf(s);
    return {
      ...s,
      ...root ? { rootSessionId: root } : {},
      ...folder ? { folder } : {},
      ...occurrences.length ? { occurrences } : {},
      ...started && s.kind === "instruction" ? { started } : {}
    };
  });
}

export {
  FAMILY_EXPOSED,
  FAMILY_HIT,
  MAX_OPEN_FAMILIES,
  MAX_EFFICACY_EVIDENCE,
  MAX_EFFICACY_WEEKS,
  bearing,
  EfficacyPass,
  FileEfficacy,
  lessonsToWire,
  lessonsFromWire,
  mineSession
};
