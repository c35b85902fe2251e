import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  DEFAULT_SESSION_GLOBS,
  directoryGlobs
} from "./chunk-5NIXXDV6.js";
import {
  FileCopies
} from "./chunk-UYNLUBOA.js";
import {
  THREADS_FROM_BYTES,
  bytesUpTo,
  mineFiles,
  threadsFor
} from "./chunk-4IJXBGAU.js";
import {
  expandHome
} from "./chunk-7YQSQDMO.js";
import {
  applyPassLimits,
  brokenRuleEdits,
  nestedNote,
  nestedTarget
} from "./chunk-FLDHXOWT.js";
import {
  emptyUsage
} from "./chunk-MSZ4CILY.js";
import {
  crawl,
  discoverMemoryFiles
} from "./chunk-YLF6FQSM.js";
import {
  EvidenceFacts,
  PassOutlines,
  PassRecorder,
  planFile
} from "./chunk-CTOKWQ7M.js";
import {
  EfficacyPass,
  FAMILY_EXPOSED,
  FAMILY_HIT,
  MAX_EFFICACY_EVIDENCE,
  MAX_EFFICACY_WEEKS,
  MAX_OPEN_FAMILIES,
  bearing,
  lessonsToWire
} from "./chunk-WCAN4TE2.js";
import {
  MAX_EVIDENCE,
  entryUpdate,
  fromPattern,
  makeEdit,
  named,
  norm,
  pickEvidence,
  preferSupportText,
  strengthenEdit,
  supportText
} from "./chunk-SLUZZTUH.js";
import {
  compactLedger,
  ledgerSnapshot,
  loadLedger,
  readLedgerFile,
  readersLedgerText,
  reserializeLedger,
  serializeLedger
} from "./chunk-YK2Z4U6E.js";
import {
  TAG_LINE,
  countLines,
  dominantEol,
  isBlank,
  joinLines,
  parseEntries,
  splitLines
} from "./chunk-OOZKFMRS.js";
import {
  isSuppressed,
  pendingEntryKey,
  prunePatterns,
  recordHostedSessions,
  recordPatterns,
  recordProposed,
  recordRejected,
  suppressedEditIds
} from "./chunk-B5EED3GH.js";
import {
  HealthCollector,
  readTranscriptFile
} from "./chunk-GFMZHGGR.js";
import {
  silentLogger
} from "./chunk-CHAIFBKO.js";
import {
  gitObjectIds
} from "./chunk-ZOCEYECJ.js";
import {
  TURBOFAN_FROM_BYTES,
  tierForRead
} from "./chunk-45EVIIKM.js";
import {
  ProvenanceIndex,
  citedWords,
  contentWords,
  groundedRatio,
  groundingKnows,
  groundingSentences,
  markRefusal,
  markUnverifiedEvidence,
  redactRejected,
  runGuards,
  sentencesOf,
  settleRationale,
  settleReason,
  stemOf,
  stemsOf,
  wordsOf
} from "./chunk-MKJOEVRC.js";
import {
  authorOfEvent,
  indexEvidence,
  isHostedDreamEvidence
} from "./chunk-DRR55QGK.js";
import {
  HISTORY_WINDOW,
  MemoryUseTracker,
  claudeReadsShared,
  collectRepoFacts,
  commandMentions,
  emptyMemoryUse,
  endsInsideValue,
  failurePhrase,
  fixLesson,
  isProhibition,
  looksGenerated,
  memoryRuleDates,
  mentionRelation,
  notesLesson,
  openRepoHistory,
  overrideFixToken,
  overrideText,
  pathMentions,
  runnableKey,
  scriptOf
} from "./chunk-UIMAFZUT.js";
import {
  structuredPatch
} from "./chunk-TIWB77VX.js";
import {
  escapePath,
  glob,
  isDynamicPattern
} from "./chunk-WFGPWVF7.js";
import {
  SameEvents,
  addSample,
  bySupport,
  clip,
  clusterSignals,
  codeSpans,
  commandCore,
  commandFamily,
  contentWords as contentWords2,
  escapeRegExp,
  jaccard,
  meaningStems,
  meetsSupport,
  negated,
  noVotes,
  outputLanguageAsk,
  parseCommand,
  patternId,
  recurringAsk,
  referencesOf,
  regrouped,
  sameMeaning,
  signalPatternId,
  similarityOf,
  splitBySupport,
  structuralTokens,
  supportSession,
  toPattern,
  vote,
  wordSignals
} from "./chunk-RAGNSPQK.js";
import {
  LIST_MARKER,
  collapseWhitespace,
  normaliseEntryText,
  normaliseHeading,
  sameHeading
} from "./chunk-7P7ERCKQ.js";
import {
  CODEX_OVERRIDE_FILE,
  COPILOT_FILE,
  GEMINI_FILE,
  isClaudeAgent,
  isPersonalMemory,
  kindForPath,
  locationOf,
  readByForPath
} from "./chunk-ZMW6ZSA4.js";
import {
  keySeesValue,
  redactJsonValue,
  redactKeyedString,
  redactSecrets
} from "./chunk-MEBIEL22.js";
import {
  GIT_SESSION,
  MAX_PATTERN_SESSIONS,
  MAX_REPORT_SESSION_IDS,
  MIN_QUOTE_CHARS,
  REPO_FOLDER_RULE,
  REPO_SESSION,
  TRUST_LEVELS,
  boundedMemo,
  isRepoFolder,
  joinFolders,
  newSessions,
  normaliseQuote,
  rootFileIds
} from "./chunk-S4URGW26.js";

// src/engine/offline/targets.ts
var SHARED_FILE = "AGENTS.md";
var isClaude = isClaudeAgent;
function rootClaudeFile(memory) {
  return memory.find((f) => f.path === "CLAUDE.md") ?? memory.find((f) => f.path === ".claude/CLAUDE.md");
}
function agentFile(agent, memory) {
  if (agent === "gemini-cli") {
    const g = memory.find((f) => f.path === GEMINI_FILE);
    return g?.redirectTo ?? GEMINI_FILE;
  }
  if (agent === "copilot-cli") return memory.some((f) => f.path === COPILOT_FILE) ? COPILOT_FILE : SHARED_FILE;
  if (agent === "codex") return memory.some((f) => f.path === CODEX_OVERRIDE_FILE) ? CODEX_OVERRIDE_FILE : SHARED_FILE;
  if (!isClaude(agent)) return SHARED_FILE;
  const c = rootClaudeFile(memory);
  return c?.redirectTo ?? c?.path ?? "CLAUDE.md";
}
function targetFiles(agents, memory) {
  const files = [...new Set(agents.map((a) => agentFile(a, memory)))].sort();
  if (files.length <= 1) return files;
  const out = [SHARED_FILE];
  if (agents.some(isClaude) && !claudeReadsShared(memory)) out.push(agentFile("claude-code", memory));
  if (agents.includes("gemini-cli")) out.push(agentFile("gemini-cli", memory));
  if (agents.includes("codex")) out.push(agentFile("codex", memory));
  return [...new Set(out)].sort();
}
function saidTwiceNote(target, targets) {
  if (!targets.includes(SHARED_FILE) || !targets.includes(CODEX_OVERRIDE_FILE)) return "";
  if (target !== SHARED_FILE && target !== CODEX_OVERRIDE_FILE) return "";
  const other = target === SHARED_FILE ? CODEX_OVERRIDE_FILE : SHARED_FILE;
  return ` Also added to ${other}: Codex reads ${CODEX_OVERRIDE_FILE} instead of ${SHARED_FILE}, and no other agent reads the override, so no single file reaches them all.`;
}
function filesReadBy(agent, memory) {
  const own = agentFile(agent, memory);
  const out = /* @__PURE__ */ new Set([own]);
  if (isClaude(agent) && claudeReadsShared(memory)) out.add(SHARED_FILE);
  for (const f of memory) if (f.readBy.includes(agent) && (f.kind === "rule" || f.kind === "claude")) out.add(f.redirectTo ?? f.path);
  if (agent === "copilot-cli" || agent === "cline" || agent === "generic") {
    out.add(SHARED_FILE);
    for (const f of memory) if (f.readBy.includes(agent)) out.add(f.path);
  }
  return [...out].sort();
}
var LESSONS_HEADING = "Lessons from past sessions";
function lessonSection(file) {
  const h = file?.entries.find((e) => e.kind === "heading" && /lesson|gotcha|pitfall|learned|learnt/i.test(e.text));
  if (h)
    return [
      ...h.headingPath,
      h.text.replace(/^\s*#+\s*/, "").replace(/\s+#+\s*$/, "").trim()
    ];
  const roots = (file?.entries ?? []).filter((e) => e.kind === "heading" && e.headingPath.length === 0);
  const only = roots.length === 1 ? roots[0] : void 0;
  if (only && /^\s*#\s/.test(only.text)) return [only.text.replace(/^\s*#\s*/, "").trim(), LESSONS_HEADING];
  return [LESSONS_HEADING];
}
function writable(e) {
  if (!e) return void 0;
  const readOnly = (path7) => path7 !== void 0 && locationOf(path7)?.write === "read";
  return readOnly(e.file) || readOnly(e.toFile) ? void 0 : e;
}

// src/engine/offline/placement.ts
var headingText = (h) => h.text.replace(/^\s*#+\s*/, "").replace(/\s+#+\s*$/, "").trim();
var key = (path7) => path7.join("\0").toLowerCase();
var GENERIC = /* @__PURE__ */ new Set(["run", "use", "alwai", "never", "file", "agent", "code", "repo", "project", "session", "lesson"]);
var topical = (text) => meaningStems(text).filter((w) => !GENERIC.has(w));
var FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;
function wordsOf2(text) {
  const code = [];
  const prose = text.replace(FENCE, (_m, _f, body) => {
    code.push(...body.split("\n"));
    return " ";
  }).replace(/`[^`\n]+`/g, " ");
  code.push(...codeSpans(text));
  const programs = code.map((c) => c.trim().split(/\s+/)[0] ?? "").filter((w) => /^[a-z][\w-]*$/i.test(w)).flatMap((w) => topical(w));
  return { prose: topical(prose), code: topical(code.join(" ")), programs };
}
function score(lesson, s) {
  const inHeading = (w) => s.heading.prose.includes(w) || s.heading.code.includes(w);
  let n = 0;
  for (const w of lesson.prose) n += (inHeading(w) ? 2 : 0) + (s.entries.prose.has(w) || s.entries.code.has(w) ? 1 : 0);
  for (const w of lesson.code) {
    if (lesson.prose.includes(w)) continue;
    const asProgram = lesson.programs.includes(w);
    n += (s.heading.code.includes(w) || asProgram && s.heading.prose.includes(w) ? 2 : 0) + (s.entries.code.has(w) || asProgram && s.entries.prose.has(w) ? 1 : 0);
  }
  return n;
}
var indexed = /* @__PURE__ */ new WeakMap();
function sectionsOf(entries) {
  let out = indexed.get(entries);
  if (out) return out;
  const sections = /* @__PURE__ */ new Map();
  for (const h of entries) {
    if (h.kind !== "heading") continue;
    const text = headingText(h);
    if (/lesson|gotcha|pitfall|learned|learnt/i.test(text) || h.headingPath.length === 0) continue;
    const path7 = [...h.headingPath, text];
    sections.set(key(path7), { path: path7, heading: wordsOf2(text), entries: { prose: /* @__PURE__ */ new Set(), code: /* @__PURE__ */ new Set() } });
  }
  for (const e of entries) {
    const s = sections.get(key(e.headingPath));
    if (!s || e.kind === "heading") continue;
    const w = wordsOf2(e.text);
    for (const x of w.prose) s.entries.prose.add(x);
    for (const x of w.code) s.entries.code.add(x);
  }
  out = [...sections.values()];
  indexed.set(entries, out);
  return out;
}
function sectionFor(file, lesson) {
  if (!file) return void 0;
  const want = wordsOf2(lesson.replace(/"[^"]*"/g, " "));
  if (want.prose.length + want.code.length === 0) return void 0;
  const ranked = sectionsOf(file.entries).map((s) => ({ path: s.path, score: score(want, s) })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || best.score < 2 || second && second.score === best.score) return void 0;
  return [...best.path];
}

// src/engine/offline/instruction-lessons.ts
function mode(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
function replaceTool(text, failed, fixed) {
  const word = new RegExp(`(^|[^\\w-])${escapeRegExp(failed)}(?=$|[^\\w-])`, "gi");
  const prose = new RegExp(`(\\b(?:with|using|via|use|run|through)\\s+)${escapeRegExp(failed)}(?=$|[^\\w-])`, "gi");
  const after = text.split(/(`[^`\n]*`)/).map((part) => part.startsWith("`") ? part.replace(word, `$1${fixed}`) : part.replace(prose, `$1${fixed}`)).join("");
  const left = after.split(/(`[^`\n]*`)/).some((part) => new RegExp(`(^|[^\\w-])${escapeRegExp(failed)}(?=$|[^\\w-])`, "i").test(part));
  return after !== text && !left ? { after, why: `the user asked for \`${fixed}\`, not \`${failed}\`` } : void 0;
}
var statedReason = (lesson) => /:\s+(.+?)\.?$/.exec(lesson)?.[1];
function rejectedThings(p) {
  const all = wordSignals(p).flatMap((s) => (s.failed ?? "").split(" or ")).map((x) => x.trim()).filter(Boolean);
  return [...new Set(all.map((x) => x.toLowerCase()))].sort();
}
function preferLesson(p) {
  const said = wordSignals(p);
  const use = mode(said.map((s) => s.fixed));
  const nots = rejectedThings(p);
  if (use && nots.length === 0 && askedAgainOnly(p)) return `Use ${use}${sessionsReason(p) ? `: ${sessionsReason(p)}` : ""}.`;
  if (!use || nots.length === 0) return p.lesson;
  const reasons = said.map((s) => s.lesson ? statedReason(s.lesson) : void 0).filter((r) => !!r);
  const reason = reasons.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? sessionsReason(p);
  return `Use ${use}, not ${nots.join(" or ")}${reason ? `: ${reason}` : ""}.`;
}
var sessionsReason = (p) => p.support.sessions >= 2 ? `the user asked for it in ${p.support.sessions} sessions` : void 0;
function askedAgainOnly(p) {
  return p.signals.every((s) => !s.failed) && p.signals.some((s) => !s.restated && s.fixed);
}
var TEMPLATE = /unless the user asks for it\.$/;
function instructionLesson(p) {
  const counts = /* @__PURE__ */ new Map();
  const said = wordSignals(p);
  for (const s of said) if (s.lesson) counts.set(s.lesson, (counts.get(s.lesson) ?? 0) + 1);
  const hasReason = (l) => /[:;]\s|,\s+(?:it|they|that|this|since|because|as|so)\b|\bbecause\b/i.test(l);
  const score2 = (l) => (hasReason(l) ? 4 : 0) + (TEMPLATE.test(l) ? 0 : 2);
  const chosen = p.signature === "ask|finish|notes" ? notesLesson(said) : [...counts].sort((a, b) => score2(b[0]) - score2(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? p.lesson;
  const folder = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const best = folder ? chosen?.replace(new RegExp(`\`?(?:\\./)?${escapeRegExp(folder)}/[\\w@.-]+\\.\\w+\`?`, "gi"), `\`${folder}/\``) : chosen;
  if (!best || hasReason(best) || p.support.sessions < 2) return best;
  const why = TEMPLATE.test(best) ? `the user objected in ${p.support.sessions} sessions` : `the user asked for it in ${p.support.sessions} sessions`;
  return `${best.replace(/[.!]+$/, "")}: ${why}.`;
}
var SESSIONS_REASON = /: the user (?:asked for it|objected) in \d+ sessions\.$/;
var withoutSessionsReason = (lesson) => lesson.replace(SESSIONS_REASON, ".");
var QUALIFIED = /^(?:the\s+)?(?:plain|bare|raw|vanilla|naked|global|system)\s+/i;
function entryPrefers(entry, p) {
  const use = mode(p.signals.map((s) => s.fixed));
  if (!use || entry.kind === "heading") return false;
  const has = (w) => new RegExp(`(^|[^\\w-])${escapeRegExp(w)}($|[^\\w-])`, "i").test(entry.text);
  if (!has(use)) return false;
  const named2 = (n) => has(n) || QUALIFIED.test(n) && has(n.replace(QUALIFIED, ""));
  return rejectedThings(p).some(named2) && /\b(?:not|never|don'?t|avoid|instead of|rather than)\b/i.test(entry.text);
}
function entryOrdersTool(entry, p) {
  const use = mode(p.signals.map((s) => s.fixed));
  if (!use || entry.kind === "heading" || negated(entry.text)) return false;
  const tool = escapeRegExp(use);
  const named2 = new RegExp(
    String.raw`\b(?:use|using|with|via|through|run|prefer)\s+(?:\x60${tool}\x60|${tool}(?=$|[.,;:!)(]|\s+(?:for|to|in|on|when|instead|and|as|everywhere|always|only|here)\b))`,
    "i"
  );
  const rejected = rejectedThings(p).some((n) => new RegExp(`(^|[^\\w-])${escapeRegExp(n)}($|[^\\w-])`, "i").test(entry.text));
  return named2.test(entry.text) && !rejected;
}

// src/engine/offline/entry-says.ts
var SAME_LESSON = 0.6;
function commandKey(command) {
  const shape = parseCommand(command);
  return shape ? { program: shape.program, tokens: structuralTokens(shape).join(" ") } : void 0;
}
function saidIn(text) {
  return { words: contentWords2(text), commands: codeSpans(text).flatMap((span) => commandKey(span) ?? []), refs: referencesOf(text) };
}
var entrySaid = boundedMemo(4096, saidIn);
function entrySays(entry, l) {
  return entry.kind !== "heading" && textSays(entry.text, l);
}
function textSays(text, l) {
  const said = entrySaid(text);
  const fx = l.fixed;
  if (fx && said.commands.some((m) => m.program === fx.program && m.tokens === fx.tokens)) return true;
  if (l.refs.some((r) => !said.refs.includes(r))) return false;
  if (narrowerHead(l.lesson, text)) return false;
  return jaccard(l.words, said.words) >= SAME_LESSON || negated(l.lesson) === negated(text) && sameMeaning(l.lesson, text) || sameHead(l.lesson, text);
}
var DEFINING = /\s(?:that|which|who|because|since)\s|[:;,(]|\s[-–—]\s|\.\s/i;
function headOf(text) {
  const plain = text.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, "").replace(/\*\*|__|`/g, "").replace(/^IMPORTANT:\s*/i, "");
  const at = plain.search(DEFINING);
  return (at < 0 ? plain : plain.slice(0, at)).replace(ANYWAY, "");
}
var ANYWAY = /(?:\s+(?:in|for|within|at|on|under|inside)\s+(?:this|the|our|any|all|every)\s+(?:repo|repository|project|codebase|monorepo|workspace|package|times?|cases?|reason|circumstances?)|\s+(?:ever|at all|whatsoever))\s*[.!]*$/i;
function sameHead(lesson, text) {
  const [ha, hb] = [headOf(lesson), headOf(text)];
  const a = meaningStems(ha);
  const b = meaningStems(hb);
  if (a.length === 0 || a.length !== b.length || !a.every((w, k) => w === b[k]) || negated(ha) !== negated(hb)) return false;
  return a.length >= 2 || plainWords(ha) === plainWords(hb);
}
function plainWords(head) {
  return head.toLowerCase().replace(/\b(?:never|always|please|don'?t|do not|avoid)\b/g, " ").replace(/[^\p{L}\p{N}\s]+/gu, " ").split(/\s+/).filter(Boolean).join(" ");
}
var LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;
function itemSaying(entry, l) {
  if (entry.kind !== "bullet" || !entry.text.includes("\n")) return void 0;
  const lines = entry.text.split("\n");
  const starts = lines.flatMap((line, i) => LIST_ITEM.test(line) ? [i] : []);
  if (starts.length < 2) return void 0;
  return starts.find((at, k) => textSays(lines.slice(at, starts[k + 1] ?? lines.length).join("\n"), l));
}
var RESTRICTS = /^(?:on|in|inside|within|during|while|when|whenever|unless|except|outside|if|until|at|for)$/i;
var EVERYWHERE = /^(?:in|for|within|at|on|under|inside)\s+(?:this|the|our|any|all|every)\s+(?:repo|repository|project|codebase|monorepo|workspace|package|times?|cases?|reason|circumstances?)\b/i;
function narrowerHead(lesson, text) {
  const want = meaningStems(headOf(lesson));
  if (want.length < 2) return false;
  const words = headOf(text).split(/\s+/).filter(Boolean);
  for (let k = 1; k < words.length; k++) {
    const stems = meaningStems(words.slice(0, k).join(" "));
    if (stems.length > want.length) return false;
    if (stems.length === want.length && stems.every((w, i) => w === want[i]))
      return RESTRICTS.test(words[k]) && !EVERYWHERE.test(words.slice(k).join(" "));
  }
  return false;
}

// src/engine/offline/language-said.ts
var CLAUSES = /[。．.!！?？;；\n]+|,\s+|、|，/u;
var asksOf = boundedMemo(
  4096,
  (text) => new Set(text.split(CLAUSES).flatMap((clause) => outputLanguageAsk(clause)?.signature ?? []))
);
var isLanguageAskSignature = (signature) => /^ask\|(?:style|lang)\|/.test(signature);
function entryAsksLanguage(entry, signature) {
  return entry.kind !== "heading" && asksOf(entry.text).has(signature);
}

// src/engine/offline/lessons.ts
var LESSON_KINDS = /* @__PURE__ */ new Set(["error_then_fix", "instruction", "hook_block", "environment_feedback"]);
function mode2(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
function commonPrefix(all) {
  if (all.length === 0) return void 0;
  const words = all.map((f) => f.split(" "));
  const first = words[0] ?? [];
  let n = first.length;
  for (const w of words) {
    let k = 0;
    while (k < n && w[k] === first[k]) k++;
    n = k;
  }
  const prefix = first.slice(0, n);
  if (endsInsideValue(prefix)) return void 0;
  return prefix.some((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ? prefix : void 0;
}
function perSessionArgs(p) {
  const all = p.signals.map((s) => s.fixed).filter((f) => !!f);
  const prefix = commonPrefix(all);
  return !!prefix && all.some((f) => f.split(" ").length > prefix.length);
}
var GIT_BRANCH_SUBS = /^git (push|pull|checkout|switch|merge|rebase)\b/;
function commonFixed(p) {
  return commonPrefix(p.signals.map((s) => s.fixed).filter((f) => !!f))?.join(" ");
}
function perSessionArgNoun(p) {
  const all = p.signals.map((s) => s.fixed).filter((f) => !!f);
  const prefix = commonPrefix(all);
  if (!prefix || !all.every((f) => f.split(" ").length > prefix.length)) return void 0;
  return GIT_BRANCH_SUBS.test(prefix.join(" ")) ? "the branch name" : "its argument";
}
function commonFailed(p) {
  return commonPrefix(p.signals.map((s) => s.failed).filter((f) => !!f))?.join(" ");
}
var isFixPattern = (p) => p.signature.startsWith("fix|");
function commonError(p) {
  const lines = [...new Set(p.signals.filter((s) => s.fixed).map((s) => s.evidence[0]?.quote ?? ""))];
  if (lines.length === 1) return lines[0] ?? "";
  const split = lines.map((l) => l.split(" "));
  const n = split[0]?.length ?? 0;
  if (split.every((w) => w.length === n)) {
    const keep = (split[0] ?? []).filter((w, i) => split.every((x) => x[i] === w));
    if (keep.length >= n - 2 && keep.length >= 3) return keep.join(" ");
  }
  const names = new Set(lines.map((l) => failurePhrase(l)));
  const [only] = names;
  return names.size === 1 && only && !only.startsWith('"') ? only : "";
}
function fixPatternLesson(p) {
  const fixed = commonFixed(p);
  const failed = commonFailed(p);
  if (!fixed || !failed || !p.signals.some((s) => s.lesson)) return void 0;
  if (fixed === failed) return void 0;
  return fixLesson(fixed, failed, commonError(p), perSessionArgNoun(p));
}
function failurePhraseOf(p) {
  const phrase = failurePhrase(commonError(p));
  return phrase ? ` with ${phrase}` : "";
}
function rewrite(entry, p, memory) {
  const own = p.signals.filter((s) => s.memoryEntryId === entry.id);
  const failed = mode2(own.map((s) => s.failed));
  const fixed = p.signature.split("|")[2] === "prefer" ? mode2(wordSignals(p).map((s) => s.fixed)) : commonFixed(p);
  const sig = p.signature.split("|");
  if (sig[2] === "prefer" && failed && fixed) {
    return replaceTool(entry.text, failed, fixed);
  }
  if (sig[2] === "neg" || sig[2] === "pos") {
    return p.lesson ? { after: p.lesson, why: `the user corrected the agent against this entry: "${clip(p.lesson, 120)}"` } : void 0;
  }
  if (!failed) return void 0;
  const failedShape = parseCommand(failed);
  const mention = commandMentions(memory).find(
    (m) => m.entry.id === entry.id && failedShape && mentionRelation(m.shape, failedShape) !== null
  );
  if (!mention || !failedShape) return void 0;
  const relation = isFixPattern(p) ? mentionRelation(mention.shape, failedShape) : sig[3];
  const err = clip((own.find((s) => s.evidence[0])?.evidence[0]?.quote ?? "").replace(/"/g, "'"), 80);
  if (relation === "same") {
    if (!fixed) return { why: `\`${mention.text}\` failed in ${supportText(p)} and nothing replaced it` };
    if (!entry.text.includes(`\`${mention.text}\``)) return void 0;
    return {
      after: entry.text.replace(`\`${mention.text}\``, `\`${fixed}\``),
      why: `\`${mention.text}\` fails ("${err}"); \`${fixed}\` worked`
    };
  }
  if (entry.text.includes("\n") || entry.text.includes(`\`${failed}\``)) return void 0;
  const after = `${entry.text.replace(/[.\s]*$/, "")} (plain \`${failed}\` fails).`;
  return { after, why: `agents ran \`${failed}\` instead of \`${mention.text}\` and it failed ("${err}")` };
}
function ownEvidenceFirst(p, entryId) {
  const own = p.signals.filter((s) => s.memoryEntryId === entryId);
  const rest = p.signals.filter((s) => s.memoryEntryId !== entryId);
  const seen = /* @__PURE__ */ new Set();
  return [...pickEvidence(own), ...pickEvidence(rest)].filter((e) => {
    const k = `${e.session}|${e.line}`;
    return !seen.has(k) && !!seen.add(k);
  }).slice(0, MAX_EVIDENCE);
}
function astray(p, entryId) {
  const own = p.signals.filter((s) => s.memoryEntryId === entryId);
  const sessions = new Set(own.map(supportSession)).size;
  if (sessions === 0 || sessions >= p.support.sessions) return supportText(p);
  const agents = [...new Set(own.map((s) => s.agent))].sort();
  const rest = p.support.sessions - sessions;
  return `${sessions} session${sessions === 1 ? "" : "s"} (${agents.join(", ")}); ${rest} more session${rest === 1 ? "" : "s"} hit the same failure without it`;
}
function memoryFailureEdit(p, ctx) {
  if (p.signature.startsWith("broken|")) return brokenRuleEdits([p], ctx.memory)[0];
  const entryId = p.signals.find((s) => s.memoryEntryId)?.memoryEntryId;
  const file = ctx.memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry = file?.entries.find((e) => e.id === entryId);
  if (!file || !entry) return void 0;
  const r = rewrite(entry, p, ctx.memory);
  if (!r || r.after === entry.text) {
    ctx.notes.push(`no safe rewrite for ${entry.file}:${entry.startLine} (pattern ${p.id}); left as is`);
    return void 0;
  }
  const base = { file: file.path, entryId: entry.id, before: entry.text, ...fromPattern(p), evidence: ownEvidenceFirst(p, entry.id) };
  const twin = r.after === void 0 ? void 0 : file.entries.find((e) => e.id !== entry.id && norm(e.text) === norm(r.after));
  if (twin) {
    return makeEdit({
      op: "delete",
      ...base,
      rationale: `Memory led agents astray in ${astray(p, entry.id)}: ${r.why}; ${file.path}:${twin.startLine} already says what worked.`
    });
  }
  if (r.after === void 0) {
    return makeEdit({ op: "delete", ...base, rationale: `Stale memory: ${r.why}.` });
  }
  return makeEdit({ op: "update", ...base, after: r.after, rationale: `Memory led agents astray in ${astray(p, entry.id)}: ${r.why}.` });
}
function lessonEdits(p, ctx, agents = p.agents) {
  const fromFix = isFixPattern(p);
  if (!(LESSON_KINDS.has(p.kind) || fromFix && agents !== p.agents) || !p.lesson) return [];
  const fixed = commonFixed(p);
  if (p.signals.some((s) => s.fixed) && !fixed) return [];
  const prefer = p.kind === "instruction" && p.signature.startsWith("prefer|");
  const lesson = fromFix ? fixPatternLesson(p) : prefer ? preferLesson(p) : p.kind === "instruction" ? instructionLesson(p) : p.lesson;
  if (!lesson) return [];
  const speakers = wordSignals(p);
  const rationale = fromFix ? `\`${commonFailed(p)}\` failed${failurePhraseOf(p)} and \`${fixed}\`${perSessionArgNoun(p) ? ` with ${perSessionArgNoun(p)}` : ""} worked, in ${supportText(p)}.` : prefer && mode2(speakers.map((s) => s.fixed)) && mode2(speakers.map((s) => s.failed)) ? `The user said to use ${mode2(speakers.map((s) => s.fixed))}, not ${mode2(speakers.map((s) => s.failed))}, in ${preferSupportText(p)}.` : prefer && askedAgainOnly(p) ? `The user asked why ${mode2(speakers.map((s) => s.fixed))} was not used after asking for it, in ${preferSupportText(p)}.` : p.unverified ? (
    // The PR shows the rationale in the bot's voice: words no one can attribute to the person are not quoted.
    `A lesson seen in ${supportText(p)}, in words of turns the transcripts cannot attribute to the person.`
  ) : `${p.summary} \u2014 seen in ${supportText(p)}.`;
  const targets = targetFiles(agents, ctx.memory);
  const fileOf = (path7) => ctx.memory.find((f) => f.path === path7);
  const readable = new Set(agents.flatMap((a) => filesReadBy(a, ctx.memory)));
  const topic = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const place = topic ? meaningStems(topic.split("/").pop() ?? topic) : [];
  const forbidsPlace = (e) => !!topic && e.kind !== "heading" && negated(e.text) && (e.text.toLowerCase().includes(topic) || place.length > 0 && place.every((w) => meaningStems(e.text).includes(w)));
  const recipe = p.signature.startsWith("ask|cmd|") ? /`([^`\n]+)`/.exec(lesson)?.[1] : void 0;
  const said = fixed ?? recipe;
  const rule = withoutSessionsReason(lesson);
  const lessonSaid = {
    lesson: rule,
    words: contentWords2(rule),
    fixed: said ? commandKey(said) : void 0,
    refs: referencesOf(lesson)
  };
  const language = isLanguageAskSignature(p.signature);
  const says = (e) => prefer ? entryPrefers(e, p) : forbidsPlace(e) || entrySays(e, lessonSaid) || language && entryAsksLanguage(e, p.signature);
  const sayers = [];
  const itemSayers = [];
  for (const f of ctx.memory) {
    for (const e of f.entries) {
      const whole = says(e);
      const at = prefer || language ? void 0 : itemSaying(e, lessonSaid);
      if (whole) sayers.push(at === void 0 ? { f, e } : { f, e, at });
      else if (at !== void 0) itemSayers.push({ f, e, at });
    }
  }
  const orderers = prefer && sayers.length === 0 ? ctx.memory.filter((f) => f.entries.some((e) => entryOrdersTool(e, p))) : [];
  const edits = [];
  if (p.kind === "instruction" && !p.signals.every((s) => s.asked !== void 0)) {
    const read = [...sayers, ...itemSayers].filter((s) => readable.has(s.f.path));
    if (read.length > 0) {
      ctx.alreadySaid?.add(p.id);
      const writable2 = read.find((s) => locationOf(s.f.path)?.write !== "read");
      const at = writable2?.at;
      const e = writable2 && strengthenEdit(p, writable2.f, writable2.e, at);
      if (e && writable2) ctx.strengthened?.set(e.id, { pattern: p, file: writable2.f, line: writable2.e.startLine + (at ?? 0) });
      return e ? [e] : [];
    }
  }
  for (const rootTarget of targets) {
    const target = nestedTarget(rootTarget, p.folders, ctx.memory);
    if (sayers.some((s) => s.f.path === target) || itemSayers.some((s) => s.f.path === target) || orderers.some((f) => f.path === target)) {
      ctx.alreadySaid?.add(p.id);
      continue;
    }
    const agentSpecific = sayers.find((s) => s.f.path !== SHARED_FILE && s.f.kind === "claude");
    if (target === SHARED_FILE && agentSpecific && claudeReadsShared(ctx.memory)) {
      edits.push(
        makeEdit({
          op: "move",
          file: agentSpecific.f.path,
          toFile: SHARED_FILE,
          // Where the entry should land in the shared file (its heading path in the source file may not exist there).
          section: lessonSection(fileOf(SHARED_FILE)),
          entryId: agentSpecific.e.id,
          before: agentSpecific.e.text,
          after: agentSpecific.e.text,
          rationale: `Hit by ${p.agents.join(" and ")} (${supportText(p)}): a shared lesson belongs in ${SHARED_FILE}, which ${agentSpecific.f.path} imports.`,
          ...fromPattern(p)
        })
      );
      continue;
    }
    if ([...sayers.map((s) => s.f), ...itemSayers.map((s) => s.f), ...orderers].some((f) => readable.has(f.path)) && targets.length === 1) {
      ctx.alreadySaid?.add(p.id);
      continue;
    }
    edits.push(
      makeEdit({
        op: "add",
        file: target,
        section: sectionFor(fileOf(target), lesson) ?? lessonSection(fileOf(target)),
        after: lesson,
        rationale: rationale + saidTwiceNote(target, targets) + nestedNote(target, rootTarget),
        ...fromPattern(p)
      })
    );
  }
  return edits;
}

// src/engine/offline/staleness.ts
import path from "node:path";
var ELSEWHERE = /^(?:-C|--directory|--prefix|--filter|-F|-w|--workspace|--workspaces|--cwd|--dir|-r|--recursive|--cd)(?:=|$)/;
function repoQuote(entry) {
  const first = (entry.text.split("\n")[0] ?? "").replace(/^\s*([-*+]|\d+[.)])\s+/, "").trim();
  return { session: REPO_SESSION, file: entry.file, line: entry.startLine, quote: first.slice(0, 200).trimEnd() };
}
function commitEvidence(r) {
  return {
    session: GIT_SESSION,
    file: r.file,
    line: 1,
    quote: `removed in ${r.sha.slice(0, 7)}: ${r.subject}`.slice(0, 200).trimEnd(),
    commit: r.sha
  };
}
var editable = (e) => e.kind !== "heading" && !/^\s*(```|~~~)/.test(e.text);
var trimSlash = (p) => p.replace(/\/+$/, "");
function pathForms(memoryFile, p) {
  const dir = path.posix.dirname(memoryFile);
  const forms = [trimSlash(p)];
  if (dir !== "." && !dir.startsWith(".claude")) forms.push(path.posix.join(dir, trimSlash(p)));
  return [...new Set(forms)];
}
function runnableFinding({
  file,
  shape,
  text,
  facts,
  use
}) {
  const s = scriptOf(shape);
  if (!s || shape.flags.some((f) => ELSEWHERE.test(f))) return void 0;
  const def = facts.runnables?.lookup(file, s.kind, s.name) ?? { defined: null };
  if (def.defined === null) return void 0;
  if (def.defined) return { state: "alive" };
  const key2 = runnableKey(s.kind, s.name);
  if (use.ran.has(key2)) return { state: "alive" };
  const what = s.kind === "make" ? `make target "${s.name}"` : `script "${s.name}"`;
  const where = `no manifest from ${path.posix.dirname(file) === "." ? "the root" : `\`${path.posix.dirname(file)}/\` up to the root`} or in the workspace defines ${what} (searched ${def.searched.join(", ")})`;
  const failed = use.missing.get(key2) ?? [];
  if (failed.length === 0) return { state: "unproven", reason: `${where}, but no session of this pass ran \`${text}\``, evidence: [] };
  const n = new Set(failed.map((e) => e.session)).size;
  return {
    state: "proven",
    reason: `${where}, and \`${text}\` failed with "missing script" in ${n} session${n === 1 ? "" : "s"}`,
    evidence: [...failed]
  };
}
function noHistoryNote(mentions) {
  const named2 = [...new Set(mentions)];
  const shown = named2.slice(0, 3).map((m) => `\`${m}\``).join(", ") + (named2.length > 3 ? ` and ${named2.length - 3} more` : "");
  return `staleness: ${named2.length} path(s) named in memory are absent (${shown}), but without git history none can be proven stale: a deletion cites the commit that removed the path, so dream in a git checkout with its history`;
}
async function staleness(input) {
  const { memory, facts, use, history } = input;
  const mentions = commandMentions(memory);
  const findings = /* @__PURE__ */ new Map();
  const add = (entry, f) => {
    if (f) findings.set(entry.id, [...findings.get(entry.id) ?? [], f]);
  };
  const pending = [];
  const entries = memory.flatMap((f) => f.entries.filter((e) => editable(e) && !input.skip.has(e.id)));
  for (const entry of entries) {
    for (const m of mentions)
      if (m.entry.id === entry.id) add(entry, runnableFinding({ file: entry.file, shape: m.shape, text: m.text, facts, use }));
    for (const p of pathMentions(entry)) {
      const forms2 = pathForms(entry.file, p);
      if (forms2.some((x) => facts.exists(x)) || looksGenerated(p) || use.touched.has(trimSlash(p))) add(entry, { state: "alive" });
      else pending.push({ entry, mention: p, forms: forms2 });
    }
  }
  const notes = [];
  const forms = [...new Set(pending.flatMap((c) => c.forms))];
  const ignored = history && forms.length ? await history.ignored(forms) : /* @__PURE__ */ new Set();
  const removed = history && forms.length ? await history.removals(forms.filter((x) => !ignored.has(x))) : /* @__PURE__ */ new Map();
  if (!history && pending.length) notes.push(noHistoryNote(pending.map((c) => c.mention)));
  if (history?.shallow && pending.length)
    notes.push("staleness: the checkout is shallow, so only removals within its depth can prove a path stale (use fetch-depth: 0)");
  for (const c of history ? pending : []) {
    if (c.forms.some((x) => ignored.has(x))) {
      add(c.entry, { state: "alive" });
      continue;
    }
    const r = c.forms.map((x) => removed.get(x)).find(Boolean);
    if (r)
      add(c.entry, {
        state: "proven",
        reason: `\`${c.mention}\` was removed in ${r.sha.slice(0, 7)} ("${r.subject}")`,
        evidence: [commitEvidence(r)]
      });
    else if (c.forms.some((x) => x.includes("/") && facts.exists(x.split("/")[0] ?? "")))
      add(c.entry, {
        state: "unproven",
        reason: `\`${c.mention}\` is absent from the checkout, but no commit among the last ${HISTORY_WINDOW} removals removed it`,
        evidence: []
      });
  }
  const edits = [];
  const decisions = [];
  for (const entry of entries) {
    const fs = findings.get(entry.id) ?? [];
    if (fs.length === 0 || fs.some((f) => f.state === "alive")) continue;
    const proven = fs.filter((f) => f.state === "proven");
    const reasons = fs.map((f) => f.state === "alive" ? "" : f.reason).filter(Boolean);
    const evidence = [...fs.flatMap((f) => f.state === "alive" ? [] : f.evidence), repoQuote(entry)].slice(0, MAX_EVIDENCE);
    const decision = (kind, why) => ({
      kind,
      file: entry.file,
      line: entry.startLine,
      entry: repoQuote(entry).quote,
      reason: why,
      evidence
    });
    if (isProhibition(entry.text)) {
      decisions.push(decision("prohibition", `${reasons.join("; ")}. A prohibition is never deleted for staleness.`));
      continue;
    }
    if (proven.length === 0) {
      decisions.push(decision("unproven", `${reasons.join("; ")}. Not deleted: nothing proves it stale.`));
      continue;
    }
    const proof = [...proven.flatMap((f) => f.evidence), repoQuote(entry)].slice(0, MAX_EVIDENCE);
    edits.push(
      makeEdit({
        op: "delete",
        file: entry.file,
        entryId: entry.id,
        before: entry.text,
        rationale: `Stale memory: ${reasons.join("; ")}.`,
        evidence: proof
      })
    );
  }
  for (const d of decisions) notes.push(`needs a human decision (${d.kind}): ${d.file}:${d.line}: ${d.reason}`);
  return { edits, decisions, notes };
}
function gateFailureDeletion({
  edit,
  memory,
  facts,
  use
}) {
  const entry = memory.find((f) => f.path === edit.file)?.entries.find((e) => e.id === edit.entryId);
  if (edit.op !== "delete" || !entry) return { keep: true };
  if (isProhibition(entry.text)) {
    const decision2 = {
      kind: "prohibition",
      file: entry.file,
      line: entry.startLine,
      entry: repoQuote(entry).quote,
      reason: `${edit.rationale} A prohibition is never deleted for staleness.`,
      evidence: edit.evidence
    };
    return { keep: false, decision: decision2 };
  }
  let proven = false;
  for (const m of commandMentions(memory)) {
    if (m.entry.id !== entry.id) continue;
    const finding = runnableFinding({ file: entry.file, shape: m.shape, text: m.text, facts, use });
    if (finding?.state === "alive") {
      return {
        keep: false,
        note: `kept ${entry.file}:${entry.startLine}: \`${m.text}\` failed in sessions, but the package of ${entry.file} defines it`
      };
    }
    proven ||= finding?.state === "proven";
  }
  if (proven) return { keep: true };
  const decision = {
    kind: "unproven",
    file: entry.file,
    line: entry.startLine,
    entry: repoQuote(entry).quote,
    reason: `${edit.rationale} Not deleted: a command failing is no proof unless it is a script no manifest defines.`,
    evidence: edit.evidence
  };
  return { keep: false, decision };
}

// src/engine/offline/hygiene.ts
function scriptsEvidence(facts) {
  return facts.scriptsLine ? [{ session: REPO_SESSION, file: "package.json", line: facts.scriptsLine, quote: '"scripts"' }] : [];
}
var DUPLICATE = 0.75;
var SAME_TOPIC = 0.5;
var MIN_WORDS = 3;
var sameSection = (a, b) => a.kind === b.kind && a.headingPath.join("\0").toLowerCase() === b.headingPath.join("\0").toLowerCase();
function subsumes(a, b) {
  const [short, long] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return short.length >= MIN_WORDS && short.every((w) => long.has(w));
}
var MEANS = /\b(?:with|using|via|through|by running)\s+`[^`\n]+`/i;
var plainText = (t) => t.replace(/^\s*([-*+]|\d+[.)])\s+/, "").replace(/`/g, "").replace(/[.!;:\s]+$/, "").replace(/\s+/g, " ").trim().toLowerCase();
var alike = (sim, wa, wb, a, b) => sim >= DUPLICATE || subsumes(wa, wb) || sameMeaning(a, b);
var referenceKey = (text) => referencesOf(text).join("\n");
var sayingOf = (text) => ({
  text,
  spans: codeSpans(text).join("\n"),
  refs: referenceKey(text),
  negated: negated(text),
  words: contentWords2(text),
  meaning: meaningStems(text)
});
function sameSaying(a, b) {
  if (a.spans !== b.spans || a.refs !== b.refs || a.negated !== b.negated) return false;
  if (Math.min(a.words.length, a.meaning.length) < 2 || Math.min(b.words.length, b.meaning.length) < 2) return false;
  return alike(Math.max(jaccard(a.words, b.words), similarityOf(a.meaning, b.meaning).jaccard), a.words, b.words, a.text, b.text);
}
var ORDERED_ITEM = /^\s{0,3}\d{1,9}[.)]\s/;
function numberedLists(entries) {
  const lists = /* @__PURE__ */ new Map();
  let list2 = 0;
  let open2 = false;
  for (const e of entries) {
    const item = e.kind !== "heading" && ORDERED_ITEM.test(e.text);
    if (item && !open2) list2++;
    if (item) lists.set(e, list2);
    open2 = item;
  }
  return lists;
}
var editable2 = (e) => e.kind !== "heading" && !/^\s*(```|~~~)/.test(e.text);
function backing(entry, mentions, facts, signals) {
  let score2 = 0;
  const cited = [];
  for (const m of mentions) {
    if (m.entry.id !== entry.id) continue;
    const s = scriptOf(m.shape);
    const def = s && facts.runnables?.lookup(entry.file, s.kind, s.name);
    if (def && def.defined !== null) score2 += def.defined ? 1 : -1;
    else if (s?.kind === "script" && facts.scripts) score2 += s.name in facts.scripts ? 1 : -1;
    else if (s?.kind === "make" && facts.makeTargets) score2 += facts.makeTargets.includes(s.name) ? 1 : -1;
    const core = commandCore(m.shape);
    const coreOf = (c) => {
      const shape = c ? parseCommand(c) : void 0;
      return shape ? commandCore(shape) : void 0;
    };
    for (const sig of signals) {
      if (coreOf(sig.fixed) === core) {
        score2 += 1;
        cited.push(sig);
      } else if (coreOf(sig.failed) === core) {
        score2 -= 1;
        cited.push(sig);
      }
    }
  }
  return { score: score2, evidence: pickEvidence(cited) };
}
function mergeEdits({
  memory,
  facts,
  signals,
  skip,
  notes
}) {
  const mentions = commandMentions(memory);
  const edits = [];
  for (const file of memory) {
    const entries = file.entries.filter((e) => editable2(e) && !skip.has(e.id));
    const words = new Map(entries.map((e) => [e.id, contentWords2(e.text)]));
    const meaning = new Map(entries.map((e) => [e.id, meaningStems(e.text)]));
    const refs = new Map(entries.map((e) => [e.id, referenceKey(e.text)]));
    const lists = numberedLists(file.entries);
    const used = /* @__PURE__ */ new Set();
    for (let i = 0; i < entries.length; i++) {
      const a = entries[i];
      if (used.has(a.id)) continue;
      for (let j = i + 1; j < entries.length; j++) {
        const b = entries[j];
        if (used.has(b.id)) continue;
        const list2 = lists.get(a);
        if (list2 !== void 0 && list2 === lists.get(b)) continue;
        const wa = words.get(a.id) ?? [];
        const wb = words.get(b.id) ?? [];
        const ma = meaning.get(a.id) ?? [];
        const mb = meaning.get(b.id) ?? [];
        if (Math.min(wa.length, ma.length) < 2 || Math.min(wb.length, mb.length) < 2) continue;
        const sim = Math.max(jaccard(wa, wb), similarityOf(ma, mb).jaccard);
        if (sim < SAME_TOPIC) continue;
        const spansA = codeSpans(a.text).join("\n");
        const spansB = codeSpans(b.text).join("\n");
        let keep;
        let drop;
        let rationale;
        let evidence = [];
        const retyped = spansA !== spansB && plainText(a.text) === plainText(b.text);
        if (spansA !== spansB && (spansA || spansB) && !retyped) {
          if (jaccard(wa, wb) < SAME_TOPIC || !(MEANS.test(a.text) && MEANS.test(b.text))) continue;
          const ba = backing(a, mentions, facts, signals);
          const bb = backing(b, mentions, facts, signals);
          if (ba.score === bb.score || Math.min(ba.score, bb.score) >= 0) {
            notes.push(`possible contradiction left for a human: ${file.path}:${a.startLine} vs ${file.path}:${b.startLine}`);
            continue;
          }
          [keep, drop] = ba.score > bb.score ? [a, b] : [b, a];
          evidence = [...ba.evidence, ...bb.evidence].slice(0, 4);
          rationale = `Contradicting entries (${file.path}:${a.startLine} and ${file.path}:${b.startLine}); the repository${evidence.length ? " and sessions" : ""} support \`${codeSpans(keep.text)[0] ?? keep.text}\`.`;
          if (evidence.length === 0) evidence = scriptsEvidence(facts);
        } else if (sameSection(a, b) && refs.get(a.id) === refs.get(b.id) && (retyped || alike(sim, wa, wb, a.text, b.text))) {
          [keep, drop] = b.text.length > a.text.length ? [b, a] : [a, b];
          rationale = `Near-duplicate entries (${file.path}:${a.startLine} and ${file.path}:${b.startLine}) say the same thing; keep one.`;
        } else {
          continue;
        }
        used.add(a.id);
        used.add(b.id);
        const fromSessions = evidence.some((e) => e.session !== REPO_SESSION);
        edits.push(
          fromSessions ? makeEdit({
            op: "merge",
            file: file.path,
            entryId: keep.id,
            mergedEntryIds: [drop.id],
            before: keep.text,
            after: keep.text,
            rationale,
            evidence
          }) : makeEdit({
            op: "delete",
            file: file.path,
            entryId: drop.id,
            before: drop.text,
            rationale,
            evidence: [repoQuote(keep), ...evidence].slice(0, 5)
          })
        );
        break;
      }
    }
  }
  return edits;
}

// src/engine/offline/cross-duplicates.ts
var ROOT_CLAUDE = /* @__PURE__ */ new Set(["CLAUDE.md", ".claude/CLAUDE.md"]);
var alwaysLoadedRule = (f) => f.kind === "rule" && !/^---\r?\n[\s\S]*?^paths\s*:/m.test(f.text);
function within(a, b) {
  const words = new Set(b.words);
  const stems = new Set(b.meaning);
  return a.words.every((w) => words.has(w)) || a.meaning.every((m) => stems.has(m));
}
function crossFileDuplicates({ memory, skip }) {
  const edits = [];
  for (const from of memory.filter((f) => ROOT_CLAUDE.has(f.path) && f.redirectTo === void 0)) {
    const keepers = memory.filter((k) => alwaysLoadedRule(k) && from.readBy.every((a) => k.readBy.includes(a)));
    const bySpans = /* @__PURE__ */ new Map();
    for (const k of keepers.flatMap((f) => f.entries.filter(editable2))) {
      const saying = sayingOf(k.text);
      const group = bySpans.get(saying.spans) ?? [];
      group.push({ entry: k, saying });
      bySpans.set(saying.spans, group);
    }
    for (const entry of from.entries) {
      if (!editable2(entry) || skip.has(entry.id)) continue;
      const saying = sayingOf(entry.text);
      const twin = bySpans.get(saying.spans)?.find((k) => sameSaying(saying, k.saying) && within(saying, k.saying));
      if (!twin) continue;
      edits.push(
        makeEdit({
          op: "delete",
          file: from.path,
          entryId: entry.id,
          before: entry.text,
          rationale: `${twin.entry.file}:${twin.entry.startLine} says the same, and every agent that reads ${from.path} loads ${twin.entry.file} too; keep one.`,
          evidence: [repoQuote(twin.entry), repoQuote(entry)]
        })
      );
    }
  }
  return edits;
}

// src/engine/offline/refine.ts
function refineEdit(p, memory) {
  const entryId = p.signals.find((s) => s.memoryEntryId)?.memoryEntryId;
  const file = memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry = file?.entries.find((e) => e.id === entryId);
  const failed = commonFailed(p);
  const fixed = commonFixed(p);
  const noun = perSessionArgNoun(p);
  if (!file || !entry || !failed || !fixed || !noun) return void 0;
  if (entry.kind === "heading" || entry.text.includes("\n") || !entry.text.includes(`\`${failed}\``) || entry.text.includes(`\`${fixed}\``))
    return void 0;
  const body = entry.text.replace(/[.\s]*$/, "");
  const after = `${body} (if plain \`${failed}\` fails, run \`${fixed}\` followed by ${noun}).`;
  return makeEdit({
    ...entryUpdate(file, entry, after),
    rationale: `\`${failed}\` failed and \`${fixed}\` with ${noun} worked, in ${supportText(p)}: the entry names \`${failed}\`, so it is completed in place rather than contradicted by a new line.`,
    ...fromPattern(p)
  });
}

// src/engine/offline/strengthen-dated.ts
async function unwrittenStrengthens(o) {
  const out = [];
  if (!o.history || o.strengthened.size === 0) return out;
  const written = /* @__PURE__ */ new Map();
  for (let i = o.edits.length - 1; i >= 0; i--) {
    const id = o.edits[i].id;
    const s = o.strengthened.get(id);
    if (!s) continue;
    let lines = written.get(s.file.path);
    if (!lines) written.set(s.file.path, lines = await o.history.writtenAt(s.file.path, s.file.text));
    const at = lines[s.line - 1];
    if (at === void 0) continue;
    const p = s.pattern;
    const started = new Map(p.signals.flatMap((g) => g.started ? [[supportSession(g), Date.parse(g.started)]] : []));
    const inForce = p.sessions.filter((sid) => {
      const t = started.get(sid);
      return t === void 0 || Number.isNaN(t) || t >= at;
    }).length;
    if (inForce >= Math.min(p.support.sessions, o.minSupport)) continue;
    out.push({
      editId: id,
      patternId: p.id,
      note: `pattern ${p.id} (${named(p)}; ${supportText(p)}): not marked IMPORTANT: ${s.file.path}:${s.line} was written on ${new Date(at).toISOString().slice(0, 10)}, after ${inForce === 0 ? "every session" : "all but " + inForce + " of the sessions"} that said it, so they show no agent missing it`
    });
  }
  return out;
}

// src/engine/offline/prereqs.ts
var isPrereq = (p) => p.signature.startsWith("prereq|");
function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function prerequisite(p) {
  if (!p.signals.some((s) => s.lesson)) return void 0;
  const fixed = commonFixed(p);
  const shape = fixed ? parseCommand(fixed) : void 0;
  return shape && commandFamily(shape) === p.signature.split("|")[2] ? fixed : void 0;
}
function combinePrerequisites(patterns, memory, alreadySaid) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  for (const p of patterns) {
    if (!isPrereq(p)) {
      out.push(p);
      continue;
    }
    const x = p.signature.split("|")[1] ?? "";
    groups.set(x, [...groups.get(x) ?? [], p]);
  }
  for (const [x, members] of groups) {
    const named2 = members.map((p) => ({ p, y: prerequisite(p) })).filter((m) => !!m.y).filter((m) => {
      const y = parseCommand(m.y);
      const said = !!y && commandMentions(memory).some(
        (c) => c.shape.program === y.program && structuralTokens(c.shape).join(" ") === structuralTokens(y).join(" ")
      );
      if (said) alreadySaid?.add(m.p.id);
      return !said;
    }).sort((a, b) => b.p.support.sessions - a.p.support.sessions || (a.y < b.y ? -1 : 1));
    if (named2.length > 0) out.push(combined(x, named2));
  }
  return out;
}
function combined(x, named2) {
  const hook = named2.some((m) => m.p.kind === "hook_block");
  const kind = hook ? "hook_block" : "error_then_fix";
  const ys = named2.map((m) => `\`${m.y}\``);
  const lesson = `Run ${list(ys)} before \`${x}\`: ${hook ? `a hook blocks \`${x}\` until ${named2.length > 1 ? "they pass" : "it passes"}` : `\`${x}\` fails until ${named2.length > 1 ? "they have" : "it has"} run`}.`;
  const bySession = /* @__PURE__ */ new Map();
  for (const { p } of named2) {
    for (const s of p.signals) {
      const key2 = supportSession(s);
      const entry = bySession.get(key2) ?? { first: s, blocks: [], checks: [] };
      bySession.set(key2, entry);
      const [block, check] = s.evidence;
      if (block && !entry.blocks.some((e) => e.line === block.line)) entry.blocks.push(block);
      if (check) entry.checks.push(check);
    }
  }
  const signals = [...bySession.keys()].sort().map((key2, k) => {
    const { first, blocks, checks } = bySession.get(key2);
    const turn = k % Math.max(1, checks.length);
    const rotated = [...checks.slice(turn), ...checks.slice(0, turn)];
    const { fixed: _fixed, failed: _failed, ...rest } = first;
    return {
      ...rest,
      kind,
      signature: "",
      lesson,
      evidence: k === 0 ? [...blocks.slice(0, 1), ...rotated, ...blocks.slice(1)] : [...rotated, ...blocks]
    };
  });
  const sessions = [...new Set(named2.flatMap((m) => m.p.sessions))].sort();
  const agents = [...new Set(named2.flatMap((m) => m.p.agents))].sort();
  const signature = `prereq|${x}|${named2.map((m) => m.y).join("+")}`;
  for (const sig of signals) sig.signature = signature;
  const counts = named2.map((m) => `\`${m.y}\` (${m.p.support.sessions} session${m.p.support.sessions === 1 ? "" : "s"})`);
  const folders = named2.map((m) => m.p.folders).reduce((a, b) => joinFolders(a, b));
  return {
    id: patternId(kind, signature),
    kind,
    signature,
    summary: `\`${x}\` ${hook ? "was blocked by a hook" : "failed"} until ${list(counts)} had run`,
    lesson,
    support: { sessions: sessions.length, agents: agents.length },
    sessions,
    agents,
    ...folders ? { folders } : {},
    signals
  };
}

// src/engine/offline/opposites.ts
function mode3(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
var direction = (p) => {
  const failed = mode3(p.signals.map((s) => s.failed));
  const fixed = mode3(p.signals.map((s) => s.fixed));
  return failed && fixed && failed !== fixed ? { failed, fixed } : void 0;
};
function withoutOpposites(patterns, notes) {
  const byPair = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    const d = direction(p);
    if (d) byPair.set(`${d.failed}\0${d.fixed}`, p);
  }
  const dropped = /* @__PURE__ */ new Set();
  for (const p of patterns) {
    const d = direction(p);
    const other = d ? byPair.get(`${d.fixed}\0${d.failed}`) : void 0;
    if (!d || !other || dropped.has(p.id)) continue;
    dropped.add(p.id).add(other.id);
    notes.push(`no edit for \`${d.failed}\` vs \`${d.fixed}\`: sessions went both ways (${supportText(p)}; ${supportText(other)})`);
  }
  return patterns.filter((p) => !dropped.has(p.id));
}

// src/engine/offline/index.ts
var OfflineEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  name = "offline";
  readsOutlines = false;
  async dream(input) {
    const notes = [];
    const rejected = [];
    const { memory, options } = input;
    const facts = this.opts.repoFacts ?? await collectRepoFacts(
      input.repoDir,
      memory.map((f) => f.path)
    );
    const use = input.memoryUse ?? emptyMemoryUse();
    const decisions = [];
    const check = () => {
      if (input.signal?.aborted) throw new Error("dream pass aborted");
    };
    const edits = [];
    const touched = /* @__PURE__ */ new Set();
    const take = (e) => {
      if (!e || !writable(e)) return;
      if (e.op === "delete" && e.patternId && e.rationale.startsWith("Stale memory:")) {
        const gate = gateFailureDeletion({ edit: e, memory, facts, use });
        if (gate.decision) decisions.push(gate.decision);
        if (gate.note) notes.push(gate.note);
        if (!gate.keep) return;
      }
      const ids = [e.entryId, ...e.mergedEntryIds ?? []].filter((x) => !!x);
      if (ids.some((id) => touched.has(id))) return;
      ids.forEach((id) => touched.add(id));
      edits.push(e);
    };
    const alreadySaid = /* @__PURE__ */ new Set();
    const strengthened = /* @__PURE__ */ new Map();
    const ctx = { memory, notes, alreadySaid, strengthened };
    const eligible = combinePrerequisites(
      withoutOpposites(
        input.patterns.filter((p) => meetsSupport(p, options.minSupport)),
        notes
      ),
      memory,
      alreadySaid
    );
    const broken = (x) => x.kind === "memory_failure" && x.signature.startsWith("broken|");
    for (const p of eligible.filter((x) => x.kind === "memory_failure" && !broken(x))) {
      if (p.signature.startsWith("fix|") && perSessionArgs(p)) {
        const refined = writable(refineEdit(p, memory));
        take(refined);
        const others2 = refined ? p.agents.filter((a) => !filesReadBy(a, memory).includes(refined.file)) : [...p.agents];
        if (others2.length > 0) for (const e of lessonEdits(p, ctx, others2)) take(e);
        continue;
      }
      const fix = writable(memoryFailureEdit(p, ctx));
      take(fix);
      const fromFix = p.signature.startsWith("fix|");
      const others = !fromFix ? [] : fix ? p.agents.filter((a) => !filesReadBy(a, memory).includes(fix.file)) : [...p.agents];
      if (others.length > 0) for (const e of lessonEdits(p, ctx, others)) take(e);
    }
    check();
    for (const p of eligible.filter((x) => x.kind !== "memory_failure")) {
      const lessons = lessonEdits(p, ctx);
      for (const e of lessons) take(e);
      const pointed = p.signature.startsWith("pointer|") ? /back at `([^`]+)`/.exec(p.summary)?.[1] ?? p.signature.slice(8) : void 0;
      if (pointed) {
        notes.push(
          `pattern ${p.id} (${named(p)}; ${supportText(p)}): no edit: the user pointed agents back at \`${pointed}\` after they acted, so a rule there is being broken; the mention does not say which`
        );
        continue;
      }
      const override = lessons.length === 0 ? overrideFixToken(p.signature) : void 0;
      if (override) {
        notes.push(
          `pattern ${p.id} (${named(p)}; ${supportText(p)}): no edit: its fix only forced the command past a check (\`${overrideText(override)}\`) instead of changing what it does, which memory never teaches`
        );
      }
    }
    for (const e of brokenRuleEdits(eligible.filter(broken), memory)) take(e);
    check();
    for (const e of mergeEdits({ memory, facts, signals: input.signals, skip: touched, notes })) take(e);
    for (const e of crossFileDuplicates({ memory, skip: touched })) take(e);
    const history = this.opts.history === void 0 ? await openRepoHistory(input.repoDir) : this.opts.history ?? void 0;
    const unwritten = await unwrittenStrengthens({ edits, strengthened, history, minSupport: options.minSupport });
    for (const u of unwritten) {
      alreadySaid.add(u.patternId);
      notes.push(u.note);
    }
    const dropped = new Set(unwritten.map((u) => u.editId));
    const stale = await staleness({ memory, facts, use, history, skip: touched });
    notes.push(...stale.notes);
    const listed = new Set(decisions.map((d) => `${d.file}:${d.line}`));
    decisions.push(...stale.decisions.filter((d) => !listed.has(`${d.file}:${d.line}`)));
    for (const e of stale.edits) take(e);
    const kept = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of edits) {
      if (seen.has(e.id) || dropped.has(e.id)) continue;
      seen.add(e.id);
      if (isSuppressed(e, input.suppressedEditIds)) {
        notes.push(`suppressed ${e.op} ${e.file} (${e.id}): proposed or rejected before, no new evidence since`);
        continue;
      }
      const pending = [e.entryId, ...e.mergedEntryIds ?? []].find((id) => id && input.suppressedEditIds.has(pendingEntryKey(id)));
      if (pending && !e.patternId) {
        notes.push(`held ${e.op} ${e.file} (${e.id}): entry ${pending} already has a pending proposal`);
        continue;
      }
      kept.push(e);
    }
    const limited = applyPassLimits({ edits: kept, memory, options, by: "offline" });
    rejected.push(...limited.rejected);
    const final = limited.kept;
    const said = alreadySaid.size;
    if (said > 0) notes.push(`offline engine: ${said} supported lesson${said === 1 ? " is" : "s are"} already in memory`);
    else if (final.length === 0) notes.push("offline engine: no edit met the evidence bar");
    return { edits: final, rejected, usage: emptyUsage(), notes, ...decisions.length ? { decisions } : {} };
  }
};

// src/sources/globs.ts
import { readdir as fsReaddir, readdirSync } from "node:fs";
import { lstat, realpath, stat } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/sources/unlisted.ts
var MAX_NAMED = 20;
var UnlistedDirs = class {
  named = [];
  more = 0;
  /** Notes why `dir` could not be listed, when that is news (see above). */
  note(dir, err) {
    const code = err?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    if (this.named.some((n) => n.dir === dir)) return;
    if (this.named.length >= MAX_NAMED) this.more++;
    else this.named.push({ dir, reason: code ?? err?.message ?? String(err) });
  }
  /** Warns naming each folder (as `display` shows it); the crawl has already passed over them. */
  warn(logger, display = (d) => d) {
    for (const { dir, reason } of this.named) {
      const shown = display(dir) || ".";
      logger.warning(`cannot list ${shown} (${reason}): transcripts under it were not read`, { file: shown });
    }
    if (this.more > 0) logger.warning(`${this.more} more folders could not be listed: transcripts under them were not read`);
  }
};

// src/sources/globs.ts
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var GlobError = class extends Error {
  constructor(glob2, reason) {
    super(`sessions glob "${glob2}" ${reason}`);
    this.glob = glob2;
    this.name = "GlobError";
  }
  glob;
};
function assertGlobInsideRepo(pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.trim() === "") throw new GlobError(pattern, "is empty");
  if (body.includes("\0")) throw new GlobError(pattern, "contains a NUL character");
  if (body.startsWith("/") || body.startsWith("\\") || /^[a-zA-Z]:/.test(body) || body.startsWith("~")) {
    throw new GlobError(pattern, "is absolute; sessions globs are relative to the repository root");
  }
  if (body.split(/[\\/]/).some((segment) => segment === "..")) {
    throw new GlobError(pattern, 'contains ".." and would escape the repository');
  }
}
function checkSessionGlobs(globs) {
  for (const g of globs) assertGlobInsideRepo(g);
}
function isInside(root, candidate) {
  const rel = path2.relative(root, candidate);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
async function toPatterns(repoDir, pattern) {
  const negated2 = pattern.startsWith("!");
  const body = (negated2 ? pattern.slice(1) : pattern).replace(/\/+$/, "");
  if (isDynamicPattern(body)) return [pattern];
  const info = await stat(path2.join(repoDir, body)).catch(() => void 0);
  if (!info?.isDirectory()) return [pattern];
  const walked = directoryGlobs(escapePath(body));
  return negated2 ? walked.map((w) => `!${w}`) : walked;
}
function symlinksAsFiles(seen, listings) {
  const disguise = (dir, d) => {
    if (!d.isFile() && !d.isDirectory()) seen.special.add(path2.resolve(dir, d.name));
    if (!d.isSymbolicLink()) return d;
    if (seen.symlinks.length < 1e4) seen.symlinks.push(path2.join(dir, d.name));
    return Object.assign(Object.create(d), {
      isFile: () => true,
      isDirectory: () => false,
      isSymbolicLink: () => false
    });
  };
  const list2 = listings ? (dir) => listings.list(dir) : (dir) => readdirSync(dir, { withFileTypes: true });
  return (dir) => {
    let entries;
    try {
      entries = list2(dir);
    } catch (err) {
      seen.unlisted.note(dir, err);
      throw err;
    }
    return entries.map((d) => disguise(dir, d));
  };
}
function unmatchedGlobWarnings(repoDir, unmatched, filesFound) {
  const typed = unmatched.filter((g) => !DEFAULT_SESSION_GLOBS.includes(g));
  const out = typed.map((g) => `sessions glob "${g}" matched no files under ${repoDir}`);
  if (filesFound === 0 && typed.length < unmatched.length)
    out.push(`no transcripts in the default places under ${repoDir}: ${DEFAULT_SESSION_GLOBS.join(", ")}`);
  return out;
}
var flatPath = (p) => structuredClone(p);
var PLAIN_RELATIVE = /^(?=.)(?!\.\.?(?:\/|$))(?!\/)(?!.*\/\.\.?(?:\/|$))(?!.*\/\/)/;
function repoFilePaths(repoDir) {
  const root = repoDir.endsWith("/") && repoDir.length > 1 ? repoDir.slice(0, -1) : repoDir;
  const plainRoot = path2.sep === "/" && path2.isAbsolute(root) && root !== "/" && path2.normalize(root) === root;
  return (rel) => plainRoot && PLAIN_RELATIVE.test(rel) ? [root, rel].join("/") : flatPath(path2.join(repoDir, ...rel.split("/")));
}
async function expandSessionGlobsDetailed(repoDir, globs, opts = {}) {
  const logger = opts.logger ?? silentLogger;
  checkSessionGlobs(globs);
  const positive = globs.filter((g) => !g.startsWith("!"));
  if (positive.length === 0) return { files: [], unmatched: [] };
  const root = path2.resolve(repoDir);
  const realRoot = await realpath(root);
  const ignore = [...ALWAYS_IGNORED];
  for (const g of globs.filter((x) => x.startsWith("!"))) ignore.push(...(await toPatterns(root, g)).map((p) => p.slice(1)));
  const listing = { symlinks: [], special: /* @__PURE__ */ new Set(), unlisted: new UnlistedDirs() };
  const vet = new MatchVetter(root, realRoot, listing.special, logger);
  const kept = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const g of positive) {
    const patterns = await toPatterns(root, g);
    const listed = patterns.every((p) => isDynamicPattern(p.startsWith("!") ? p.slice(1) : p));
    const matches = crawl({ cwd: root, patterns, ignore, list: symlinksAsFiles(listing, opts.listings) });
    let found = 0;
    for (const match of matches) {
      const rel = path2.sep === "/" ? match : match.split(path2.sep).join("/");
      if (kept.has(rel)) {
        found++;
        continue;
      }
      if (vet.settled(rel, listed) || await vet.isSafe(rel, listed)) {
        kept.add(rel);
        found++;
      }
    }
    if (found === 0) unmatched.push(g);
  }
  await warnAboutSymlinkedDirectories([...new Set(listing.symlinks)], realRoot, root, logger);
  listing.unlisted.warn(logger, (dir) => toPosix(path2.relative(root, dir)));
  return { files: [...kept].sort(), unmatched };
}
var MatchVetter = class {
  constructor(root, realRoot, special, logger) {
    this.root = root;
    this.realRoot = realRoot;
    this.special = special;
    this.logger = logger;
  }
  root;
  realRoot;
  special;
  logger;
  realDirs = /* @__PURE__ */ new Map();
  /** Repo-relative directories whose real path is inside the repository, once isSafe found it. */
  insideDirs = /* @__PURE__ */ new Set();
  /**
   * True, without waiting, for a listed regular file in a directory isSafe already found inside: what
   * isSafe would answer, for a string lookup instead of path joins and two awaits per match (10,000
   * transcripts in every pass). Undefined: ask isSafe.
   */
  settled(rel, listed) {
    if (!listed || this.special.size > 0) return void 0;
    return this.insideDirs.has(rel.slice(0, Math.max(0, rel.lastIndexOf("/")))) ? true : void 0;
  }
  /** `listed`: the match came from a crawl (a glob with magic, or a walked directory), not a plain path. */
  async isSafe(rel, listed) {
    const abs = path2.join(this.root, rel);
    const plain = listed && !(this.special.size > 0 && this.special.has(path2.resolve(abs)));
    const real = plain ? await this.realInDir(abs) : await realpath(abs).then(
      (r) => ({ inside: isInside(this.realRoot, r), real: r }),
      () => void 0
    );
    if (real === void 0) {
      this.logger.warning(`skipping ${rel}: it is a broken symlink or vanished while listing`, { file: rel });
      return false;
    }
    if (!real.inside) {
      this.logger.warning(`skipping ${rel}: a symlink on its path leads outside the repository`, { file: rel });
      return false;
    }
    if (plain) {
      this.insideDirs.add(rel.slice(0, Math.max(0, rel.lastIndexOf("/"))));
      return true;
    }
    const info = await lstat(real.real).catch(() => void 0);
    return info?.isFile() === true;
  }
  /**
   * A listed regular file's real path is its directory's, joined to its own name: inside the repository
   * exactly when its directory is (a name holds no separator), so that is decided once per directory.
   */
  async realInDir(abs) {
    const dir = path2.dirname(abs);
    let real = this.realDirs.get(dir);
    if (!real)
      this.realDirs.set(
        dir,
        real = realpath(dir).then(
          (r) => ({ inside: isInside(this.realRoot, r), real: r }),
          () => void 0
        )
      );
    const realDir = await real;
    return realDir === void 0 ? void 0 : { inside: realDir.inside, real: path2.join(realDir.real, path2.basename(abs)) };
  }
};
function isAbsoluteGlob(pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  return body.startsWith("/") || body.startsWith("\\") || /^[a-zA-Z]:/.test(body) || body === "~" || body.startsWith("~/");
}
async function expandAbsoluteGlobs(globs, home = os.homedir(), logger = silentLogger) {
  const expand2 = (g) => expandHome(g, home);
  const negated2 = globs.filter((g) => g.startsWith("!")).map((g) => toPosix(expand2(g.slice(1))));
  const resolved = await Promise.all(negated2.map(async (g) => (await throughRealBase(g, false)).pattern));
  const ignore = [...ALWAYS_IGNORED, .../* @__PURE__ */ new Set([...negated2, ...resolved])];
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  const unlisted = new UnlistedDirs();
  const readdir = ((dir, options, callback) => fsReaddir(dir, { withFileTypes: true }, (err, entries) => {
    if (err) unlisted.note(dir, err);
    callback(err, entries);
  }));
  for (const g of globs.filter((x) => !x.startsWith("!"))) {
    if (g.includes("\0")) throw new GlobError(g, "contains a NUL character");
    const typed = toPosix(expand2(g)).replace(/\/+$/, "") || "/";
    const isDir = !isDynamicPattern(typed) && (await stat(typed).catch(() => void 0))?.isDirectory();
    const { pattern, back } = await throughRealBase(typed, !!isDir);
    const matches = await glob(isDir ? directoryGlobs(escapePath(pattern)) : [pattern], {
      ignore,
      dot: true,
      onlyFiles: true,
      absolute: true,
      followSymbolicLinks: false,
      fs: { readdir }
    });
    for (const m of matches) files.add(flatPath(path2.resolve(back(m))));
    if (matches.length === 0) unmatched.push(g);
  }
  unlisted.warn(logger, (dir) => dir.replace(/\/$/, ""));
  return { files: [...files].sort(), unmatched };
}
async function throughRealBase(typed, isDir) {
  const parts = typed.split("/");
  let n = isDir ? parts.length : 0;
  while (n < parts.length - 1 && !isDynamicPattern(parts[n] ?? "")) n++;
  const base = parts.slice(0, n).join("/");
  const real = base ? toPosix(await realpath(base).catch(() => base)) : base;
  if (real === base || isDynamicPattern(real)) return { pattern: typed, back: (p) => p };
  return {
    pattern: real + typed.slice(base.length),
    back: (p) => p === real || p.startsWith(`${real}/`) ? base + p.slice(real.length) : p
  };
}
function toPosix(p) {
  return p.split(path2.sep).join("/");
}
async function warnAboutSymlinkedDirectories(links, realRoot, root, logger) {
  for (const link of links) {
    const rel = path2.relative(root, link).split(path2.sep).join("/");
    const real = await realpath(link).catch(() => void 0);
    if (real === void 0) continue;
    const info = await stat(real).catch(() => void 0);
    if (!info?.isDirectory()) continue;
    if (isInside(realRoot, real)) logger.debug(`not following symlinked directory ${rel}`);
    else logger.warning(`not following ${rel}: it is a symlinked directory outside the repository`, { file: rel });
  }
}

// src/pipeline/digest.ts
import { createHash } from "node:crypto";

// src/pipeline/digest-wire.ts
var CLIP = "\n\u2026";
var MIN_REFERENCED = 4;
var SAME = 0;
function encodeFile(d) {
  return { ...d, sessions: d.sessions.map((s) => encodeSession(s, d.display)) };
}
function encodeSession(s, display) {
  const { facts, ...session } = s;
  void facts;
  const outline = { ...s.outline };
  if (outline.sourceFile === display) outline.sourceFile = SAME;
  const text = s.outline.outline;
  const { short } = s;
  const clip2 = short.endsWith(CLIP) && text.startsWith(short.slice(0, -CLIP.length)) ? short.length - CLIP.length : short;
  return {
    ...session,
    outline,
    short: short === text ? true : clip2,
    signals: s.signals.map((g) => encodeSignal(g, s.outline, display))
  };
}
function encodeSignal(g, session, display) {
  const out = { ...g };
  if (g.sessionId === session.id) out.sessionId = SAME;
  if (g.agent === session.agent) out.agent = SAME;
  out.evidence = g.evidence.map((e) => {
    const w = { ...e };
    if (e.session === g.sessionId) w.session = SAME;
    if (e.file === display) w.file = SAME;
    if (e.agent !== void 0 && e.agent === g.agent) w.agent = SAME;
    return w;
  });
  const refs = references(g);
  out.summary = template(g.summary, refs);
  if (g.lesson !== void 0) out.lesson = template(g.lesson, refs);
  return out;
}
function references(g) {
  return [g.failed, g.fixed, ...g.evidence.map((e) => e.quote)];
}
function template(text, refs) {
  const order = refs.map((r, i) => [r, i]).filter((x) => typeof x[0] === "string" && x[0].length >= MIN_REFERENCED).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
  let parts = [text];
  for (const [ref, i] of order)
    parts = parts.flatMap(
      (p) => typeof p === "number" || !p.includes(ref) ? [p] : p.split(ref).flatMap((piece, k) => k === 0 ? [piece] : [i, piece]).filter((x) => x !== "")
    );
  if (parts.length === 1 && parts[0] === text) return text;
  return expand(parts, refs) === text ? parts : text;
}
function expand(parts, refs) {
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") out += p;
    else if (typeof p === "number" && Number.isInteger(p) && typeof refs[p] === "string") out += refs[p];
    else return void 0;
  }
  return out;
}
var isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function decodeFile(w, refuse) {
  if (!isObject(w) || typeof w.display !== "string" || !Array.isArray(w.sessions)) return w;
  for (const s of w.sessions) decodeSession(s, w.display, refuse);
  return w;
}
function decodeSession(s, display, refuse) {
  if (!isObject(s) || !isObject(s.outline) || !Array.isArray(s.signals)) return;
  const { outline } = s;
  const text = outline.outline;
  if (typeof text !== "string") return;
  if (outline.sourceFile === SAME) outline.sourceFile = display;
  const { short } = s;
  if (short === true) s.short = text;
  else if (typeof short === "number") {
    if (!Number.isInteger(short) || short < 0 || short > text.length) refuse("a malformed short outline");
    s.short = `${text.slice(0, short)}${CLIP}`;
  } else if (typeof short !== "string") refuse("a malformed short outline");
  for (const g of s.signals) decodeSignal(g, outline, display, refuse);
}
function decodeSignal(g, session, display, refuse) {
  if (!isObject(g) || !Array.isArray(g.evidence)) return;
  if (g.sessionId === SAME) g.sessionId = session.id;
  if (g.agent === SAME) g.agent = session.agent;
  for (const e of g.evidence) {
    if (!isObject(e)) continue;
    if (e.session === SAME) e.session = g.sessionId;
    if (e.file === SAME) e.file = display;
    if (e.agent === SAME) e.agent = g.agent;
  }
  const refs = references(g);
  for (const field of ["summary", "lesson"]) {
    const v = g[field];
    if (!Array.isArray(v)) continue;
    const text = expand(v, refs);
    if (text === void 0) refuse(`a malformed ${field}`);
    g[field] = text;
  }
}

// src/pipeline/digest.ts
var DIGEST_VERSION = 9;
var KIND = "agent-dreaming/signal-digest";
var MAX_DIGEST_LINE_BYTES = 64 * 1024 * 1024;
function digestHeader(fields) {
  return { kind: KIND, version: DIGEST_VERSION, ...fields };
}
function shardOf(display, count) {
  return createHash("sha256").update(display).digest().readUInt32BE(0) % count;
}
function parseShardSpec(spec) {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard ${spec}: expected I/N with 1 <= I <= N (for example 2/10)`);
  return { index: index - 1, count };
}
function parseLine(text, where, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${where}: not ${what} (invalid JSON: ${e.message})`);
  }
}
var isCount = (n) => Number.isInteger(n) && n >= 0;
function parseDigestHeader(text, where) {
  const d = parseLine(text, where, "a signal digest");
  if (!d || typeof d !== "object" || d.kind !== KIND) throw new Error(`${where}: not a signal digest (kind is not "${KIND}")`);
  if (d.version !== DIGEST_VERSION)
    throw new Error(
      `${where}: signal digest version ${String(d.version)}, this dream reads version ${DIGEST_VERSION} (run the map jobs again with this version)`
    );
  const { index, count } = d.shard ?? {};
  if (!isCount(index) || !isCount(count) || index >= count) throw new Error(`${where}: bad shard ${JSON.stringify(d.shard)}`);
  if (typeof d.ledger !== "string" || !Array.isArray(d.lessons) || !d.lessons.every((l) => typeof l === "string"))
    throw new Error(`${where}: signal digest without its ledger key or lessons`);
  if (!isCount(d.totalFiles) || !isCount(d.files) || d.files > d.totalFiles)
    throw new Error(`${where}: signal digest without its file counts`);
  return d;
}
function parseFileDigest(text, where) {
  const refuse = (what) => {
    throw new Error(`${where}: ${what} in a file's digest`);
  };
  const f = decodeFile(parseLine(text, where, "a file's digest"), refuse);
  if (!f || typeof f !== "object" || !isCount(f.index) || typeof f.display !== "string" || typeof f.source !== "string" || !Array.isArray(f.sessions) || !Array.isArray(f.issues) || !Array.isArray(f.efficacy) || !f.health || !f.memoryUse)
    throw new Error(`${where}: malformed file entry ${JSON.stringify(f?.display ?? null)}`);
  return f;
}
function parseDigestTrailer(text, where) {
  const t = parseLine(text, where, "a digest's provenance filter");
  const p = t?.provenance;
  const isFilter = (f) => !!f && typeof f === "object" && Number.isInteger(f.log2Bits) && typeof f.gzip === "string" !== (typeof f.gaps === "string") && (f.gzip === void 0 || f.gaps === void 0);
  if (!p || !isFilter(p.trusted) || !isFilter(p.untrusted)) throw new Error(`${where}: signal digest without its provenance filters`);
  return p;
}
function checkComplete(digests) {
  if (digests.length === 0) throw new Error("reduce: no digests given");
  const first = digests[0];
  const { count } = first.header.shard;
  const total = first.header.totalFiles;
  const seen = /* @__PURE__ */ new Map();
  for (const { header, file } of digests) {
    if (header.shard.count !== count || header.totalFiles !== total)
      throw new Error(
        `${file}: shard of a different split (${header.shard.count} shards, ${header.totalFiles} files; ${first.file} has ${count}, ${total})`
      );
    const other = seen.get(header.shard.index);
    if (other) throw new Error(`${file}: shard ${header.shard.index + 1}/${count} given twice (also ${other})`);
    seen.set(header.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new Error(`reduce: missing shard(s) ${missing.map((i) => `${i + 1}/${count}`).join(", ")}`);
  const files = digests.reduce((n, d) => n + d.header.files, 0);
  if (files !== total) throw new Error(`reduce: the digests hold ${files} files, the split had ${total}`);
}
function ledgerKey(ledger) {
  if (!ledger) return "all";
  return createHash("sha256").update(JSON.stringify([Object.keys(ledger.sessions), ledger.files ?? {}, ledger.dreamed ?? null])).digest("hex");
}
function reduceChecks(digests, opts) {
  for (const d of digests)
    if (d.ledger !== opts.ledgerKey)
      throw new Error(
        `shard ${d.shard.index + 1}/${d.shard.count} was read against another ledger than this reduce starts from (the ledger moved, or --include-dreamed differs): run the map jobs again`
      );
  const { efficacy } = opts;
  if (!efficacy) return void 0;
  const counted = new Set(efficacy.lessons.map((l) => l.editId).filter((id) => digests.every((d) => d.lessons.includes(id))));
  if (counted.size === efficacy.lessons.length) return efficacy;
  opts.logger.warning(
    `efficacy: ${efficacy.lessons.length - counted.size} adopted lesson(s) not counted by every shard (fetch the full history in the map jobs); not judged this pass`
  );
  return efficacy.only(counted);
}

// src/pipeline/digest-read.ts
import { existsSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import path3 from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";

// src/pipeline/digest-efficacy.ts
var isObject2 = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var isCount2 = (n) => Number.isInteger(n) && n >= 0;
var WINDOW_KEYS = ["sessions", "episodes", "hitSessions", "exposed"];
function checkEfficacyTallies(f, check) {
  const { refuse } = check;
  if (!Array.isArray(f.efficacy)) refuse("malformed efficacy tallies");
  const sessions = f.sessions.map((s) => s.outline);
  const facts = {
    sessions: sessions.length,
    counted: sessions.filter((o) => o.parentId === void 0).length,
    signals: f.sessions.reduce((n, s) => n + s.signals.length, 0),
    withSignals: f.sessions.filter((s) => s.signals.length > 0).length,
    ids: new Set(sessions.map((o) => o.id)),
    roots: new Set(sessions.map((o) => o.parentId ?? o.id))
  };
  const known = new Set(check.lessons);
  const seen = /* @__PURE__ */ new Set();
  const entries = f.efficacy.reduce((n, e) => n + (isObject2(e?.[1]?.families) ? Object.keys(e[1].families).length : 0), 0);
  const mayHaveForgotten = entries > MAX_OPEN_FAMILIES - 2 * f.efficacy.length;
  for (const entry of f.efficacy) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !isObject2(entry[1]))
      refuse("a malformed efficacy tally");
    const [editId, tally] = entry;
    const label = `the efficacy tally of ${JSON.stringify(editId).slice(0, 60)}`;
    const bad = (what) => refuse(`${label}: ${what}`);
    if (!known.has(editId)) bad("a lesson the digest header does not list");
    if (seen.has(editId)) bad("given twice");
    seen.add(editId);
    checkTally(tally, { ...check, refuse: bad }, { ...facts, mayHaveForgotten });
    const lesson = check.tracked?.get(editId);
    if (lesson) checkEpisodes(f, tally, lesson, bad);
  }
}
function checkEpisodes(f, t, lesson, bad) {
  const adopted = Date.parse(lesson.adoptedAt);
  let all = 0;
  const placed = { before: { episodes: 0, hit: /* @__PURE__ */ new Set() }, after: { episodes: 0, hit: /* @__PURE__ */ new Set() } };
  for (const { outline, signals } of f.sessions) {
    if (lesson.agents.size > 0 && !lesson.agents.has(outline.agent)) continue;
    const n = signals.filter((s) => bearing(s, lesson) === "episode").length;
    all += n;
    const at = outline.startedAt ? Date.parse(outline.startedAt) : NaN;
    if (n === 0 || Number.isNaN(at)) continue;
    const side = at >= adopted ? placed.after : placed.before;
    side.episodes += n;
    side.hit.add(outline.parentId ?? outline.id);
  }
  if (t.before.episodes + t.after.episodes > all) bad(`${t.before.episodes + t.after.episodes} episodes of the ${all} its signals show`);
  for (const name of ["before", "after"])
    if (t[name].episodes < placed[name].episodes || t[name].hitSessions < placed[name].hit.size)
      bad(
        `${name} the adoption: ${t[name].episodes} episodes in ${t[name].hitSessions} conversations, where its signals show ${placed[name].episodes} in ${placed[name].hit.size}`
      );
}
function checkTally(t, check, line) {
  const { refuse: bad } = check;
  const window = (name) => {
    const w = t[name];
    if (!isObject2(w) || !WINDOW_KEYS.every((k) => isCount2(w[k]))) bad(`${name}: counts that are not non-negative integers`);
    return w;
  };
  const before = window("before");
  const after = window("after");
  const sum = (k) => before[k] + after[k];
  if (sum("sessions") > line.counted) bad(`${sum("sessions")} sessions counted of the ${line.counted} the line lists (subagents aside)`);
  if (sum("exposed") > line.sessions) bad(`${sum("exposed")} conversations exposed of the ${line.sessions} sessions the line lists`);
  for (const [name, w] of [["before", before], ["after", after]])
    if (w.hitSessions > w.exposed) bad(`${name}: ${w.hitSessions} conversations hit of ${w.exposed} exposed`);
  if (sum("hitSessions") > line.withSignals)
    bad(`${sum("hitSessions")} conversations hit of the ${line.withSignals} sessions with a signal`);
  if (sum("episodes") > line.signals) bad(`${sum("episodes")} episodes of the ${line.signals} signals the line lists`);
  if (!Number.isInteger(t.clean) || t.clean !== after.exposed - after.hitSessions)
    bad(`clean ${JSON.stringify(t.clean)}: not the ${after.exposed - after.hitSessions} conversations exposed and never hit`);
  checkWeeks(t.weeks, before, after, bad);
  if (t.lastObserved !== void 0 && (typeof t.lastObserved !== "string" || t.lastObserved.length > 40 || !Date.parse(t.lastObserved)))
    bad("lastObserved is not a time");
  for (const key2 of ["evidence", "worse"]) {
    const list2 = t[key2];
    if (!Array.isArray(list2) || list2.length > MAX_EFFICACY_EVIDENCE) bad(`${key2}: not a list of at most ${MAX_EFFICACY_EVIDENCE}`);
    for (const e of list2) {
      check.cites(e, void 0);
      if (!line.ids.has(e.session)) bad(`${key2} citing a session the line does not list`);
    }
  }
  if (!isCount2(t.tiedWorse) || t.tiedWorse > t.worse.length)
    bad(`tiedWorse ${JSON.stringify(t.tiedWorse)} of ${t.worse.length} failures`);
  checkFamilies(t.families, { before, after }, line, bad);
}
function checkWeeks(weeks, before, after, bad) {
  if (!isObject2(weeks)) bad("weeks: not an object");
  const sums = { before: { sessions: 0, episodes: 0 }, after: { sessions: 0, episodes: 0 } };
  for (const [week, v] of Object.entries(weeks)) {
    const n = /^-?\d{1,3}$/.test(week) ? Number(week) : NaN;
    if (!(Math.abs(n) <= MAX_EFFICACY_WEEKS)) bad(`week ${JSON.stringify(week).slice(0, 20)} out of range`);
    if (!Array.isArray(v) || v.length !== 2 || !isCount2(v[0]) || !isCount2(v[1])) bad(`week ${week}: not two counts`);
    const side = n < 0 ? sums.before : sums.after;
    side.sessions += v[0];
    side.episodes += v[1];
  }
  for (const [name, w] of [["before", before], ["after", after]])
    if (sums[name].sessions !== w.sessions || sums[name].episodes !== w.episodes)
      bad(
        `weeks ${name} the adoption add up to ${sums[name].sessions}/${sums[name].episodes} sessions/episodes, the window counts ${w.sessions}/${w.episodes}`
      );
}
function checkFamilies(families, windows, line, bad) {
  if (!isObject2(families)) bad("families: not an object");
  const met = { before: { exposed: 0, hit: 0 }, after: { exposed: 0, hit: 0 } };
  for (const [key2, bits] of Object.entries(families)) {
    const side = key2.startsWith("b|") ? met.before : key2.startsWith("a|") ? met.after : void 0;
    if (!side || !line.roots.has(key2.slice(2))) bad(`a conversation the line does not list (${JSON.stringify(key2).slice(0, 80)})`);
    if (bits !== FAMILY_EXPOSED && bits !== (FAMILY_EXPOSED | FAMILY_HIT)) bad(`conversation bits ${JSON.stringify(bits)}`);
    side.exposed++;
    if (bits & FAMILY_HIT) side.hit++;
  }
  for (const name of ["before", "after"]) {
    const w = windows[name];
    const m = met[name];
    const off = line.mayHaveForgotten ? m.exposed > w.exposed || m.hit > w.hitSessions : m.exposed !== w.exposed || m.hit !== w.hitSessions;
    if (off) bad(`${name}: ${m.exposed} conversations named (${m.hit} hit) for ${w.exposed} exposed (${w.hitSessions} hit)`);
  }
}

// src/pipeline/digest-check.ts
var MAX_QUOTE = 200;
var SIGNAL_KINDS = /* @__PURE__ */ new Set(["error_then_fix", "repeated_failure", "instruction", "memory_failure", "hook_block", "environment_feedback"]);
var isObject3 = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var MEMO_CHARS = 256;
var redactRepeated = boundedMemo(16384, redactSecrets);
var redactLine = (text, key2) => keySeesValue(text, key2) ? redactKeyedString(text, key2) : text.length <= MEMO_CHARS ? redactRepeated(text) : redactSecrets(text);
function checkFileDigest(f, where, efficacy = { lessons: [] }) {
  const refuse = (what) => {
    throw new Error(`${where}: ${what} in the digest of ${JSON.stringify(f.display)}: not what a map job writes`);
  };
  if (f.unchanged === void 0 && f.health.sessions.length !== f.sessions.length)
    refuse(`${f.health.sessions.length} sessions counted for ${f.sessions.length} listed`);
  const cites = (e, session) => {
    if (!isObject3(e) || typeof e.session !== "string" || typeof e.file !== "string" || !Number.isInteger(e.line) || typeof e.quote !== "string")
      return refuse("malformed evidence");
    if (e.quote.length > MAX_QUOTE) refuse(`a quote of ${e.quote.length} characters`);
    if (e.unverified !== void 0 && e.unverified !== true)
      refuse(`evidence marked unverified: ${JSON.stringify(e.unverified).slice(0, 40)}`);
    if (e.session === REPO_SESSION || e.session === GIT_SESSION) return;
    if (e.file !== f.display) refuse(`evidence citing another file (${JSON.stringify(e.file).slice(0, 80)})`);
    if (session !== void 0 && e.session !== session) refuse("evidence citing another session");
  };
  f.sessions.forEach((s, i) => {
    if (!isObject3(s) || !isObject3(s.outline) || typeof s.outline.id !== "string" || !Array.isArray(s.signals))
      refuse("a malformed session");
    if (s.outline.sourceFile !== f.display) refuse("a session of another file");
    if (!TRUST_LEVELS.includes(s.trust)) refuse(`trust ${JSON.stringify(s.trust)}`);
    s.signals.forEach((g, j) => {
      if (!isObject3(g) || !SIGNAL_KINDS.has(g.kind) || !Array.isArray(g.evidence)) refuse("a malformed signal");
      if (g.sessionId !== s.outline.id) refuse("a signal of a session the file does not hold");
      if (g.folder !== void 0 && !isRepoFolder(g.folder))
        refuse(
          `sessions[${i}].signals[${j}].folder ${JSON.stringify(g.folder).slice(0, 80)} (not a folder inside the repository: ${REPO_FOLDER_RULE})`
        );
      for (const e of g.evidence) cites(e, g.sessionId);
    });
  });
  if (!Array.isArray(f.memoryUse.touched) || !Array.isArray(f.memoryUse.missing)) refuse("malformed memory use");
  for (const [, e] of f.memoryUse.touched) cites(e, void 0);
  for (const [, list2] of f.memoryUse.missing) for (const e of Array.isArray(list2) ? list2 : []) cites(e, void 0);
  checkEfficacyTallies(f, { ...efficacy, refuse, cites });
  return redactJsonValue(f, void 0, { redact: redactLine });
}

// src/pipeline/digest-filter.ts
import { gunzipSync, gzipSync } from "node:zlib";
var GZIP_LEVEL = 6;
function packFilter(f) {
  const gaps = setBitGaps(f.bits);
  if (gaps.length < f.bits.length) return { log2Bits: f.log2Bits, gaps: gzipSync(gaps, { level: GZIP_LEVEL }).toString("hex") };
  return { log2Bits: f.log2Bits, gzip: gzipSync(f.bits, { level: GZIP_LEVEL }).toString("base64") };
}
function unpackFilter(f, size, what) {
  if (f.log2Bits !== size) throw new Error(`its ${what} filter has 2^${f.log2Bits} bits, this dream's 2^${size}`);
  const bytes = 2 ** (size - 3);
  const raw = gunzipSync(f.gaps !== void 0 ? Buffer.from(f.gaps, "hex") : Buffer.from(f.gzip ?? "", "base64"), {
    maxOutputLength: bytes
  });
  if (f.gaps === void 0) return { log2Bits: size, bits: raw };
  return { log2Bits: size, positions: fromGaps(raw, bytes * 8, what) };
}
function setBitGaps(bits) {
  const out = [];
  let last = -1;
  for (let i = 0; i < bits.length; i++) {
    const byte = bits[i];
    if (byte === 0) continue;
    for (let b = 0; b < 8; b++) {
      if (!(byte & 1 << b)) continue;
      const at = i * 8 + b;
      let gap = at - last;
      last = at;
      while (gap >= 128) {
        out.push(gap & 127 | 128);
        gap = Math.floor(gap / 128);
      }
      out.push(gap);
      if (out.length >= bits.length) return Buffer.from(out);
    }
  }
  return Buffer.from(out);
}
function* fromGaps(gaps, bits, what) {
  let at = -1;
  for (let i = 0; i < gaps.length; ) {
    let gap = 0;
    let scale = 1;
    for (; ; ) {
      if (i >= gaps.length || scale > 2 ** 35) throw new Error(`its ${what} filter's positions are cut short`);
      const b = gaps[i++];
      gap += (b & 127) * scale;
      scale *= 128;
      if (!(b & 128)) break;
    }
    at += gap;
    if (gap < 1 || at >= bits) throw new Error(`its ${what} filter's positions leave its ${bits} bits`);
    yield at;
  }
}

// src/pipeline/digest-read.ts
var MAX_HEADER_BYTES = 1024 * 1024;
async function digestFiles(patterns, cwd) {
  const named2 = patterns.map((p) => path3.resolve(cwd, p));
  const globs = patterns.filter((p, i) => isDynamicPattern(p) && !existsSync(named2[i]));
  const files = [
    ...named2.filter((_, i) => !globs.includes(patterns[i])),
    ...globs.length > 0 ? await glob(globs, { cwd, absolute: true, dot: true }) : []
  ];
  if (files.length === 0) throw new Error(`no digest matches ${patterns.join(", ")}`);
  return [...new Set(files.map((f) => path3.resolve(f)))].sort();
}
async function openDigests(files) {
  const read = await Promise.allSettled(files.map(readDigestHeader));
  const refused = read.flatMap(
    (r) => r.status === "rejected" ? [r.reason instanceof Error ? r.reason : new Error(String(r.reason))] : []
  );
  if (refused.length === 1) throw refused[0];
  if (refused.length > 1)
    throw new Error(`${refused.length} of ${files.length} digests refused:
${refused.map((e) => `  ${e.message}`).join("\n")}`);
  const sources = read.map((r) => r.value);
  checkComplete(sources);
  return sources;
}
async function readDigestHeader(file) {
  const lines = digestLines(file);
  try {
    const first = await lines.next(MAX_HEADER_BYTES);
    if (first === void 0) throw new Error(`${file}: empty, not a signal digest`);
    return { file, header: parseDigestHeader(first, `${file}:1`) };
  } finally {
    await lines.close();
  }
}
async function* replayDigests(sources, provenance, repoDir, lessons = []) {
  const tracked = new Map(lessons.map((l) => [l.editId, l]));
  const shards = sources.map((s) => new ShardLines(s, tracked));
  const heads = /* @__PURE__ */ new Map();
  const listed = /* @__PURE__ */ new Set();
  const advance = async (shard) => {
    const digest = await shard.next();
    if (!digest) return shard.trailer(provenance);
    const other = heads.get(digest.index);
    if (other) throw new Error(`${shard.where()}: file ${digest.index} is also in ${other.shard.file}`);
    if (listed.has(digest.display)) throw new Error(`${shard.where()}: ${JSON.stringify(digest.display)} is listed twice in the digests`);
    listed.add(digest.display);
    inCheckout(digest, repoDir, shard.where());
    heads.set(digest.index, { shard, digest });
  };
  try {
    for (const shard of shards) await advance(shard);
    for (let next = 0; heads.size > 0; next++) {
      const head = heads.get(next);
      if (!head)
        throw new Error(
          `reduce: no digest holds file ${next} of ${sources[0].header.totalFiles} (${sources.map((s) => s.file).join(", ")})`
        );
      heads.delete(next);
      yield head.digest;
      await advance(head.shard);
    }
  } finally {
    await Promise.all(shards.map((s) => s.close()));
  }
}
var ShardLines = class {
  constructor(source, tracked) {
    this.source = source;
    this.tracked = tracked;
    this.file = source.file;
    this.lines = digestLines(source.file);
  }
  source;
  tracked;
  file;
  lines;
  read = 0;
  last = -1;
  started = false;
  where() {
    return `${this.file}:${this.lines.lineNumber}`;
  }
  /** The next file's digest; undefined after the last. */
  async next() {
    const { header } = this.source;
    if (!this.started) {
      this.started = true;
      const first = await this.lines.next(MAX_HEADER_BYTES);
      if (first === void 0 || JSON.stringify(parseDigestHeader(first, this.where())) !== JSON.stringify(header))
        throw new Error(`${this.file}: changed since its header was read`);
    }
    if (this.read === header.files) return void 0;
    const text = await this.lines.next(MAX_DIGEST_LINE_BYTES);
    if (text === void 0) throw new Error(`${this.where()}: the digest ends after ${this.read} of its ${header.files} files (truncated)`);
    const digest = checkFileDigest(parseFileDigest(text, this.where()), this.where(), { lessons: header.lessons, tracked: this.tracked });
    if (digest.index <= this.last || digest.index >= header.totalFiles)
      throw new Error(`${this.where()}: file index ${digest.index} out of order (after ${this.last}, of ${header.totalFiles})`);
    this.read++;
    this.last = digest.index;
    return digest;
  }
  /** After the last file: merges the shard's provenance filter, and checks nothing follows it. */
  async trailer(provenance) {
    const text = await this.lines.next(MAX_DIGEST_LINE_BYTES);
    if (text === void 0) throw new Error(`${this.where()}: the digest ends before its provenance filter (truncated)`);
    const where = this.where();
    const { trusted, untrusted } = parseDigestTrailer(text, where);
    if (await this.lines.next(MAX_HEADER_BYTES) !== void 0) throw new Error(`${this.where()}: more lines after the provenance filter`);
    const { sizes } = provenance;
    try {
      provenance.union({
        trusted: unpackFilter(trusted, sizes.log2Bits, "trusted"),
        untrusted: unpackFilter(untrusted, sizes.untrustedLog2Bits, "untrusted")
      });
    } catch (e) {
      throw new Error(`${where}: unreadable provenance filter (${e.message})`);
    }
  }
  close() {
    return this.lines.close();
  }
};
function inCheckout(digest, repoDir, where) {
  if (!digest.mark) return;
  let size;
  try {
    size = statSync(path3.resolve(repoDir, digest.display)).size;
  } catch {
    size = void 0;
  }
  if (size !== digest.mark.size)
    throw new Error(
      `${where}: ${JSON.stringify(digest.display)} is ${size === void 0 ? "not in the checkout" : `${size} bytes in the checkout`}, the map read ${digest.mark.size} bytes (run the map jobs again on this commit)`
    );
}
var CHUNK_BYTES = 256 * 1024;
var isGzip = (b) => b.length >= 2 && b[0] === 31 && b[1] === 139;
function digestLines(file) {
  let chunks;
  let stream;
  let pending = Buffer.alloc(0);
  let ended = false;
  let lineNumber = 0;
  const start = async () => {
    const fh = await open(file, "r").catch((e) => {
      throw new Error(`${file}: cannot read the digest (${e.message})`);
    });
    const magic = Buffer.alloc(2);
    const { bytesRead } = await fh.read(magic, 0, 2, 0).catch(async (e) => {
      await fh.close();
      throw new Error(`${file}: cannot read the digest (${e.message})`);
    });
    const raw = fh.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES });
    stream = isGzip(magic.subarray(0, bytesRead)) ? pipeline(raw, createGunzip({ chunkSize: CHUNK_BYTES }), () => void 0) : raw;
    return stream[Symbol.asyncIterator]();
  };
  const chunk = async () => {
    chunks ??= await start();
    try {
      const r = await chunks.next();
      return r.done ? void 0 : r.value;
    } catch (e) {
      throw new Error(`${file}: not a readable digest after line ${lineNumber} (${e.message})`);
    }
  };
  return {
    get lineNumber() {
      return lineNumber;
    },
    async next(maxBytes) {
      const parts = [];
      let size = 0;
      for (; ; ) {
        const nl = pending.indexOf(10);
        const piece = nl === -1 ? pending : pending.subarray(0, nl);
        if (size + piece.length > maxBytes) throw tooLong(file, lineNumber + 1, maxBytes, [...parts, piece]);
        if (nl !== -1) {
          pending = pending.subarray(nl + 1);
          lineNumber++;
          return (parts.length ? Buffer.concat([...parts, piece]) : piece).toString("utf8");
        }
        if (piece.length) parts.push(piece);
        size += piece.length;
        const more = ended ? void 0 : await chunk();
        if (more === void 0) {
          ended = true;
          pending = Buffer.alloc(0);
          if (size === 0) return void 0;
          lineNumber++;
          return Buffer.concat(parts).toString("utf8");
        }
        pending = more;
      }
    },
    async close() {
      stream?.destroy();
      await chunks?.return?.().catch(() => void 0);
    }
  };
}
function tooLong(file, line, maxBytes, parts) {
  const head = Buffer.concat(parts).subarray(0, 200).toString("utf8");
  const version = /^\{"kind":"agent-dreaming\/signal-digest","version":(\d+),/.exec(head)?.[1];
  if (line === 1 && version !== void 0 && Number(version) !== DIGEST_VERSION)
    return new Error(`${file}:1: signal digest version ${version}, this dream reads version ${DIGEST_VERSION}`);
  return new Error(`${file}:${line}: a line of more than ${maxBytes} bytes, not a signal digest's`);
}

// src/pipeline/run.ts
import { mkdtemp, rm } from "node:fs/promises";
import os2 from "node:os";
import path6 from "node:path";
import { performance } from "node:perf_hooks";

// src/pipeline/gate.ts
function notDreamingYet(p) {
  if (p.unit === "files") return `Not dreaming yet: ${p.fresh} new transcript files, min-new-sessions is ${p.minNewSessions}.`;
  const beyond = p.pending ? ` beyond the ${p.pending} in the open dream PR` : "";
  return `Not dreaming yet: ${p.fresh} new session(s)${beyond}, min-new-sessions is ${p.minNewSessions}.`;
}
function emptyReport(engine, p = {}) {
  return {
    version: 1,
    engine,
    sessions: p.sessions ?? { read: 0, alreadyDreamed: 0, ids: [], files: 0, skipped: [] },
    patterns: [],
    edits: [],
    rejected: [],
    usage: emptyUsage(),
    timings: p.timings ?? {},
    notes: p.notes ?? []
  };
}

// src/memory/codex-config.ts
import { readFile } from "node:fs/promises";
import path4 from "node:path";

// src/memory/limits.ts
import { posix } from "node:path";
var CODEX_PROJECT_DOC_MAX_BYTES = 32 * 1024;
var CLAUDE_MEMORY_MAX_CHARS = 4e4;
var codexBytes = (text) => text.trim() === "" ? 0 : Buffer.byteLength(text, "utf8");
var dirOf = (path7) => posix.dirname(path7);
var isAncestorDir = (dir, of) => dir === "." || dir === of || of.startsWith(`${dir}/`);
function codexChain(file, codex) {
  return codex.filter((f) => isAncestorDir(dirOf(f.path), dirOf(file.path))).sort((a, b) => dirOf(a.path).length - dirOf(b.path).length);
}
function agentLimitCrossed(files, codexMaxBytes = CODEX_PROJECT_DOC_MAX_BYTES) {
  const codex = files.filter((f) => f.kind === "agents" && f.readBy.includes("codex"));
  const changed = new Set(files.filter((f) => f.after !== f.before).map((f) => f.path));
  const changedDirs = codex.filter((f) => changed.has(f.path)).map((f) => dirOf(f.path));
  for (const end of codex) {
    if (!changedDirs.some((d) => isAncestorDir(d, dirOf(end.path)))) continue;
    const chain = codexChain(end, codex);
    const before = chain.reduce((n, f) => n + codexBytes(f.before), 0);
    const after = chain.reduce((n, f) => n + codexBytes(f.after), 0);
    if (after > codexMaxBytes && after > before) {
      const named2 = chain.length === 1 ? end.path : `${chain.map((f) => f.path).join(" + ")} (Codex reads them as one, root first)`;
      return `${named2} would reach ${after} bytes, past the ${codexMaxBytes} bytes Codex reads (project_doc_max_bytes): it cuts off the rest without a warning to the user; prune memory first, or raise project_doc_max_bytes`;
    }
  }
  for (const f of files) {
    if (!changed.has(f.path) || f.kind === "skill" || !f.readBy.includes("claude-code")) continue;
    if (f.after.length > CLAUDE_MEMORY_MAX_CHARS && f.after.length > f.before.length) {
      return `${f.path} would reach ${f.after.length} characters, past the ${CLAUDE_MEMORY_MAX_CHARS} at which Claude Code warns at the start of every session that a large memory file hurts performance; prune it first`;
    }
  }
  return void 0;
}

// src/memory/codex-config.ts
var CODEX_CONFIG = ".codex/config.toml";
var KEY = "project_doc_max_bytes";
function lineOfKey(text) {
  const i = text.split("\n").findIndex((l) => new RegExp(`^\\s*["']?${KEY}["']?\\s*=`).test(l));
  return i < 0 ? void 0 : i + 1;
}
async function codexDocMaxBytes(repoDir, logger) {
  let text;
  try {
    text = await readFile(path4.join(repoDir, CODEX_CONFIG), "utf8");
  } catch {
    return CODEX_PROJECT_DOC_MAX_BYTES;
  }
  const fallBack = (line, why) => {
    logger.warning(`${CODEX_CONFIG}${line ? `:${line}` : ""}: ${why}; Codex's default of ${CODEX_PROJECT_DOC_MAX_BYTES} bytes applies`, {
      file: CODEX_CONFIG,
      ...line ? { line } : {}
    });
    return CODEX_PROJECT_DOC_MAX_BYTES;
  };
  const { parse, TomlError } = await import("./dist-B5YDRAID.js");
  let config;
  try {
    config = parse(text);
  } catch (err) {
    const why = err.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "not TOML";
    return fallBack(err instanceof TomlError ? err.line : void 0, `not valid TOML (${why})`);
  }
  const value = config[KEY];
  if (value === void 0) return CODEX_PROJECT_DOC_MAX_BYTES;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    return fallBack(lineOfKey(text), `${KEY} must be a whole number of bytes`);
  return value;
}

// src/edits/plan.ts
var FilePlan = class _FilePlan {
  constructor(path7, before, created) {
    this.path = path7;
    this.before = before;
    this.created = created;
    this.lines = splitLines(before);
    this.eol = dominantEol(this.lines);
    this.entries = parseEntries(path7, before);
    this.byId = new Map(this.entries.map((e) => [e.id, e]));
    this.comments = htmlComments(before);
  }
  path;
  before;
  created;
  lines;
  eol;
  entries;
  byId;
  removed = /* @__PURE__ */ new Set();
  replaced = /* @__PURE__ */ new Map();
  inserts = /* @__PURE__ */ new Map();
  /** Entries already changed in this pass: a second edit to one of them is refused. */
  touched = /* @__PURE__ */ new Set();
  /** Normalised texts of entries added in this pass, for duplicate detection. */
  added = /* @__PURE__ */ new Set();
  removals = 0;
  /** 1-based [first, last] lines of each HTML comment: hidden text that edits never touch. */
  comments;
  /** Whether any of lines first..last (1-based) is inside an HTML comment. */
  inComment(first, last) {
    return this.comments.some(([a, b]) => a <= last && b >= first);
  }
  clone() {
    const c = Object.create(_FilePlan.prototype);
    Object.assign(c, this);
    c.removed = new Set(this.removed);
    c.replaced = new Map(this.replaced);
    c.inserts = new Map([...this.inserts].map(([k, v]) => [k, v.map((ins) => ({ ...ins, lead: [...ins.lead], items: [...ins.items] }))]));
    c.touched = new Set(this.touched);
    c.added = new Set(this.added);
    return c;
  }
  removeEntry(e) {
    for (let i = e.startLine - 1; i <= e.endLine - 1; i++) this.removed.add(i);
    const prev = e.startLine - 2;
    const next = e.endLine;
    const prevBlank = prev < 0 || isBlank(this.lines[prev].text) && !this.removed.has(prev);
    if (prevBlank && next < this.lines.length && isBlank(this.lines[next].text)) this.removed.add(next);
  }
  replaceEntry(e, lines) {
    for (let i = e.startLine - 1; i <= e.endLine - 1; i++) this.removed.add(i);
    this.replaced.set(e.startLine - 1, { end: e.endLine - 1, lines });
  }
  insert(after, ins, item) {
    const list2 = this.inserts.get(after) ?? [];
    let target = list2.find((x) => x.key === ins.key);
    if (!target) {
      target = { ...ins, lead: [...ins.lead], items: [] };
      const opensSection = list2.findIndex((x) => x.lead.length > 0);
      if (ins.lead.length === 0 && opensSection >= 0) list2.splice(opensSection, 0, target);
      else list2.push(target);
      this.inserts.set(after, list2);
    }
    target.items.push(item);
  }
  /** Items already inserted at this anchor under this key (numbered lists continue from them). */
  insertedCount(after, key2) {
    return this.inserts.get(after)?.find((x) => x.key === key2)?.items.length ?? 0;
  }
  render() {
    const out = [];
    const n = this.lines.length;
    const nextEmitted = (i) => {
      for (let j = i + 1; j < n; j++) {
        const r = this.replaced.get(j);
        if (r) return r.lines[0];
        if (!this.removed.has(j)) return this.lines[j].text;
      }
      return void 0;
    };
    const emitInserts = (i) => {
      const list2 = this.inserts.get(i);
      if (!list2) return;
      let block = false;
      for (const ins of list2) {
        const last = out[out.length - 1];
        if (ins.blankBefore && last && !isBlank(last.text)) out.push({ text: "", eol: null });
        for (const l of ins.lead) out.push({ text: l, eol: null });
        for (const item of ins.items) for (const l of item) out.push({ text: l, eol: null });
        block = ins.blankBefore;
      }
      const following = nextEmitted(i);
      if (block && following !== void 0 && !isBlank(following)) out.push({ text: "", eol: null });
    };
    emitInserts(-1);
    for (let i = 0; i < n; i++) {
      const r = this.replaced.get(i);
      if (r) {
        r.lines.forEach((l, k) => out.push({ text: l, eol: k === r.lines.length - 1 ? this.lines[r.end].eol : null }));
      } else if (!this.removed.has(i)) {
        out.push(this.lines[i]);
      }
      emitInserts(i);
    }
    const endsWithoutNewline = n > 0 && this.lines[n - 1].eol === "";
    const lines = out.map((l, k) => {
      const isLast = k === out.length - 1;
      if (l.eol === null) return { text: l.text, eol: isLast && endsWithoutNewline ? "" : this.eol };
      if (l.eol === "" && !isLast) return { text: l.text, eol: this.eol };
      return { text: l.text, eol: l.eol };
    });
    return joinLines(lines);
  }
};
function htmlComments(text) {
  const out = [];
  let line = 1;
  let pos = 0;
  for (; ; ) {
    const open2 = text.indexOf("<!--", pos);
    if (open2 < 0) break;
    line += countNewlines(text, pos, open2);
    const close = text.indexOf("-->", open2 + 4);
    const end = close < 0 ? text.length : close + 3;
    const last = line + countNewlines(text, open2, end);
    out.push([line, last]);
    line = last;
    pos = end;
  }
  return out;
}
function countNewlines(text, from, to) {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// src/edits/bullets.ts
var DEFAULT_STYLE = { indent: "", marker: "-", gap: " " };
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function styleOf(entry) {
  const m = LIST_MARKER.exec(entry.text.split("\n")[0] ?? "");
  if (!m) return DEFAULT_STYLE;
  return { indent: m[1] ?? "", marker: m[2] ?? "-", gap: m[3] || " " };
}
function fileStyle(plan) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of plan.entries) if (e.kind === "bullet") counts.set(styleOf(e).marker, (counts.get(styleOf(e).marker) ?? 0) + 1);
  let best = DEFAULT_STYLE.marker;
  let n = 0;
  for (const [m, c] of [...counts].sort((a, b) => cmp(a[0], b[0]))) if (c > n && !/^\d/.test(m)) [best, n] = [m, c];
  return { ...DEFAULT_STYLE, marker: best };
}
function nthMarker(style, k) {
  const m = /^(\d+)([.)])$/.exec(style.marker);
  return m ? `${Number(m[1]) + k}${m[2]}` : style.marker;
}
function bodyLines(text) {
  const lines = text.replace(/\r/g, "").replace(/\s+$/, "").split("\n");
  lines[0] = (lines[0] ?? "").replace(LIST_MARKER, "").trim();
  const rest = lines.slice(1);
  const indent = Math.min(...rest.filter((l) => !isBlank(l)).map((l) => /^[ \t]*/.exec(l)[0].length), 1e9);
  return [lines[0], ...rest.map((l) => isBlank(l) ? "" : l.slice(Math.min(indent, l.length)))];
}
function bulletLines(text, style, marker) {
  const [first, ...rest] = bodyLines(text);
  const pad = style.indent + " ".repeat(marker.length + style.gap.length);
  return [`${style.indent}${marker}${style.gap}${first ?? ""}`, ...rest.map((l) => l === "" ? "" : pad + l)];
}
function entryLines(entry, after) {
  if (entry.kind === "bullet") {
    const style = styleOf(entry);
    return keepContinuationBytes(entry.text, bulletLines(after, style, style.marker), after);
  }
  if (entry.kind === "heading") {
    const prefix = /^ {0,3}#{1,6}[ \t]*/.exec(entry.text)[0];
    return [prefix + normaliseHeading(after.split("\n")[0] ?? "")];
  }
  return after.replace(/\r/g, "").replace(/\s+$/, "").split("\n");
}
function keepContinuationBytes(before, lines, after) {
  const raw = before.replace(/\r/g, "").split("\n");
  const old = bodyLines(before);
  const next = bodyLines(after);
  const used = /* @__PURE__ */ new Set();
  return lines.map((line, i) => {
    if (i === 0 || next[i] === "" || next[i] === void 0) return line;
    const j = old[i] === next[i] && !used.has(i) ? i : old.findIndex((o, k) => k > 0 && !used.has(k) && o === next[i]);
    if (j <= 0 || raw[j] === void 0) return line;
    used.add(j);
    return raw[j];
  });
}

// src/edits/section.ts
function fullPath(e) {
  return [...e.headingPath, normaliseHeading(e.text)];
}
var samePath = (a, b) => a.length === b.length && a.every((x, i) => sameHeading(x, b[i]));
function headingLevel(e) {
  return /^ {0,3}(#{1,6})/.exec(e.text)?.[1]?.length ?? 1;
}
function findSection(plan, section) {
  const live = plan.entries;
  const headings = plan.entries.filter((e) => e.kind === "heading");
  const lastLine = plan.lines.length - 1;
  const wanted = section.map(normaliseHeading).filter((s) => s !== "");
  if (wanted.length === 0) {
    const last = live[live.length - 1];
    if (last?.kind === "bullet")
      return { anchor: last.endLine - 1, blankBefore: false, lead: [], style: styleOf(last), key: `e:${last.id}` };
    return { anchor: lastLine, blankBefore: true, lead: [], style: fileStyle(plan), key: "eof" };
  }
  const exact = headings.find((h) => samePath(fullPath(h), wanted));
  if (exact) {
    const direct = live.filter((e) => e.kind !== "heading" && samePath(e.headingPath, wanted));
    const last = direct[direct.length - 1];
    if (last?.kind === "bullet")
      return { anchor: last.endLine - 1, blankBefore: false, lead: [], style: styleOf(last), key: `e:${last.id}` };
    if (last) return { anchor: last.endLine - 1, blankBefore: true, lead: [], style: fileStyle(plan), key: `p:${last.id}` };
    return { anchor: exact.startLine - 1, blankBefore: true, lead: [], style: fileStyle(plan), key: `h:${exact.id}` };
  }
  let depth = wanted.length - 1;
  let parent;
  for (; depth > 0; depth--) {
    parent = headings.find((h) => samePath(fullPath(h), wanted.slice(0, depth)));
    if (parent) break;
  }
  let anchor = lastLine;
  let level;
  if (parent) {
    const pl = headingLevel(parent);
    const next = headings.find((h) => h.startLine > parent.startLine && headingLevel(h) <= pl);
    anchor = next ? next.startLine - 2 : lastLine;
    while (anchor > parent.startLine - 1 && (isBlank(plan.lines[anchor].text) || TAG_LINE.test(plan.lines[anchor].text))) anchor--;
    level = pl + 1;
  } else {
    const roots = headings.filter((h) => h.headingPath.length === 0).map(headingLevel);
    level = roots.length > 0 ? Math.min(...roots) : 2;
  }
  const lead = [];
  wanted.slice(depth).forEach((name, k) => lead.push(`${"#".repeat(Math.min(6, level + k))} ${name}`, ""));
  return { anchor, blankBefore: true, lead, style: fileStyle(plan), key: `new:${wanted.join("")}` };
}

// src/edits/diff.ts
function unifiedDiff(changes) {
  let out = "";
  for (const c of changes) {
    if (c.before === c.after) continue;
    const created = c.created ?? c.before === "";
    const patch = structuredPatch(`a/${c.path}`, `b/${c.path}`, c.before, c.after, void 0, void 0, { context: 3 });
    out += `diff --git a/${c.path} b/${c.path}
`;
    if (created) out += "new file mode 100644\n";
    out += `--- ${created ? "/dev/null" : `a/${c.path}`}
+++ b/${c.path}
`;
    for (const h of patch.hunks) {
      const oldStart = h.oldLines === 0 ? h.oldStart - (created ? 1 : 0) : h.oldStart;
      out += `@@ -${Math.max(0, oldStart)},${h.oldLines} +${h.newStart},${h.newLines} @@
`;
      for (const line of h.lines) out += `${line}
`;
    }
  }
  return out;
}

// src/edits/apply.ts
var OP_RANK = { update: 0, merge: 1, delete: 2, move: 3, add: 4 };
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
var cmp2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var Rejection = class extends Error {
};
var fail = (reason) => {
  throw new Rejection(reason);
};
function applyEdits(files, edits, opts) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const plans = /* @__PURE__ */ new Map();
  const resolve = (p) => byPath.get(p)?.redirectTo ?? p;
  const plan = (p) => {
    let pl = plans.get(p);
    if (!pl) {
      const f = byPath.get(p);
      pl = new FilePlan(p, f?.text ?? "", !f);
      plans.set(p, pl);
    }
    return pl;
  };
  const limitFiles = (work) => {
    const paths = /* @__PURE__ */ new Set([...byPath.keys(), ...plans.keys(), ...work.keys()]);
    return [...paths].map((p) => {
      const f = byPath.get(p);
      const before = plans.get(p)?.render() ?? f?.text ?? "";
      const after = work.get(p)?.render() ?? before;
      return { path: p, kind: f?.kind ?? kindForPath(p), readBy: f?.readBy ?? readByForPath(p), before, after };
    });
  };
  const limited = (p) => (byPath.get(p)?.readBy ?? readByForPath(p)).some((a) => a === "codex" || a === "claude-code");
  const applied = [];
  const rejected = [];
  const isKnownOp = (op) => typeof op === "string" && Object.hasOwn(OP_RANK, op);
  const wellFormed = edits.filter((e) => {
    const ok = !!e && typeof e === "object" && typeof e.file === "string" && typeof e.id === "string" && isKnownOp(e.op);
    if (!ok) rejected.push({ edit: e, reason: "malformed edit: needs a string id and file and a known op", by: "apply" });
    return ok;
  });
  const sorted = wellFormed.map((e) => ({ e, key: canonical(e), file: resolve(e.file) })).sort((a, b) => cmp2(a.file, b.file) || OP_RANK[a.e.op] - OP_RANK[b.e.op] || cmp2(a.e.id, b.e.id) || cmp2(a.key, b.key)).map((x) => x.e);
  const bytes = (s) => Buffer.byteLength(s, "utf8");
  const entryOf = (pl, id) => {
    const e = id === void 0 ? void 0 : pl.byId.get(id);
    if (!e) return fail(`unknown entry ${id ?? "(none)"} in ${pl.path}`);
    if (pl.touched.has(e.id)) return fail(`entry ${e.id} in ${pl.path} is already changed by another edit in this pass`);
    if (pl.inComment(e.startLine, e.endLine))
      return fail(`entry ${e.id} in ${pl.path} lies inside an HTML comment: edits never touch hidden text`);
    return e;
  };
  const checkAfter = (edit, required) => {
    const after = edit.after;
    if (after === void 0 || isBlank(after)) return required ? fail(`${edit.op} has no after text`) : void 0;
    if (bytes(after) > opts.maxEntryBytes) fail(`entry is ${bytes(after)} bytes, above the ${opts.maxEntryBytes}-byte limit per entry`);
    return after;
  };
  const checkBefore = (edit, e) => {
    if (edit.before !== void 0 && normaliseEntryText(edit.before) !== normaliseEntryText(e.text))
      fail(`stale before: entry ${e.id} in ${e.file} no longer reads as the edit expects`);
  };
  const checkDuplicate = (pl, after, except) => {
    const norm2 = normaliseEntryText(after);
    const dup = pl.entries.find(
      (x) => x.kind !== "heading" && !except.has(x.id) && !pl.touched.has(x.id) && normaliseEntryText(x.text) === norm2
    );
    if (dup || pl.added.has(norm2)) fail(`duplicate of an existing entry${dup ? ` ${dup.id}` : ""} in ${pl.path}`);
  };
  const reserveRemovals = (pl, n) => {
    const total = pl.entries.filter((x) => x.kind !== "heading").length;
    const allowed = Math.max(Math.min(1, total), Math.floor(opts.maxDeleteShare * total + 1e-9));
    if (pl.removals + n > allowed)
      fail(
        `would remove ${pl.removals + n} of ${total} entries in ${pl.path}, above the ${Math.round(opts.maxDeleteShare * 100)}% allowed per pass`
      );
    pl.removals += n;
  };
  const notHeading = (e) => {
    if (e.kind === "heading") fail(`entry ${e.id} is a heading: remove the entries under it instead`);
  };
  const addItem = (pl, section, after) => {
    checkDuplicate(pl, after, /* @__PURE__ */ new Set());
    const s = findSection(pl, section);
    if (pl.comments.some(([a, b]) => a <= s.anchor + 1 && b >= s.anchor + 2))
      fail(`the place for this entry in ${pl.path} lies inside an HTML comment`);
    const k = pl.insertedCount(s.anchor, s.key) + (s.key.startsWith("e:") ? 1 : 0);
    const ins = { key: s.key, blankBefore: s.blankBefore, lead: s.lead, style: s.style };
    pl.insert(s.anchor, ins, bulletLines(after, s.style, nthMarker(s.style, k)));
    pl.added.add(normaliseEntryText(after));
  };
  const step = (edit, pl, get) => {
    const out = { ...edit, file: pl.path };
    switch (edit.op) {
      case "add": {
        const after = checkAfter(edit, true);
        addItem(pl, edit.section ?? [], after);
        break;
      }
      case "update": {
        const e = entryOf(pl, edit.entryId);
        checkBefore(edit, e);
        const after = checkAfter(edit, true);
        checkDuplicate(pl, after, /* @__PURE__ */ new Set([e.id]));
        if (normaliseEntryText(after) !== normaliseEntryText(e.text)) reserveRemovals(pl, 1);
        pl.replaceEntry(e, entryLines(e, after));
        pl.touched.add(e.id);
        pl.added.add(normaliseEntryText(after));
        out.before ??= e.text;
        break;
      }
      case "delete": {
        const e = entryOf(pl, edit.entryId);
        notHeading(e);
        checkBefore(edit, e);
        reserveRemovals(pl, 1);
        pl.removeEntry(e);
        pl.touched.add(e.id);
        out.before ??= e.text;
        delete out.after;
        break;
      }
      case "merge": {
        const e = entryOf(pl, edit.entryId);
        checkBefore(edit, e);
        const after = checkAfter(edit, true);
        const ids = [...new Set(edit.mergedEntryIds ?? [])].filter((id) => id !== e.id);
        if (ids.length === 0) fail("merge names no other entries to fold in");
        const merged = ids.map((id) => entryOf(pl, id));
        merged.forEach(notHeading);
        checkDuplicate(pl, after, /* @__PURE__ */ new Set([e.id, ...ids]));
        reserveRemovals(pl, merged.length + (normaliseEntryText(after) !== normaliseEntryText(e.text) ? 1 : 0));
        pl.replaceEntry(e, entryLines(e, after));
        pl.touched.add(e.id);
        pl.added.add(normaliseEntryText(after));
        for (const m of merged) {
          pl.removeEntry(m);
          pl.touched.add(m.id);
        }
        out.before ??= e.text;
        break;
      }
      case "move": {
        const e = entryOf(pl, edit.entryId);
        notHeading(e);
        checkBefore(edit, e);
        if (!edit.toFile) fail("move has no destination file");
        const dest = get(resolve(edit.toFile));
        if (dest.path === pl.path) fail(`move from ${pl.path} to itself`);
        if (isPersonalMemory(dest.path)) fail(`move into personal memory ${dest.path}`);
        const text = checkAfter(edit, false) ?? e.text;
        if (bytes(text) > opts.maxEntryBytes) fail(`entry is ${bytes(text)} bytes, above the ${opts.maxEntryBytes}-byte limit per entry`);
        reserveRemovals(pl, 1);
        pl.removeEntry(e);
        pl.touched.add(e.id);
        addItem(dest, edit.section ?? e.headingPath, text);
        out.toFile = dest.path;
        out.before ??= e.text;
        break;
      }
      default:
        fail(`unknown op ${String(edit.op)}`);
    }
    return out;
  };
  for (const edit of sorted) {
    const src = plan(resolve(edit.file));
    if (isPersonalMemory(src.path)) {
      rejected.push({ edit, reason: `${src.path} is personal memory and is never edited`, by: "apply" });
      continue;
    }
    const work = /* @__PURE__ */ new Map();
    const get = (p) => {
      let w = work.get(p);
      if (!w) {
        w = plan(p).clone();
        work.set(p, w);
      }
      return w;
    };
    try {
      const out = step(edit, get(src.path), get);
      for (const [p, w] of work) {
        const beforeText = plan(p).render();
        const afterText = w.render();
        const grows = countLines(afterText) > countLines(beforeText) || bytes(afterText) > bytes(beforeText);
        if (grows && (countLines(afterText) > opts.budget.maxLines || bytes(afterText) > opts.budget.maxBytes))
          fail(
            `${p} would grow to ${countLines(afterText)} lines / ${bytes(afterText)} bytes, over its budget of ${opts.budget.maxLines} lines / ${opts.budget.maxBytes} bytes`
          );
      }
      const crossed = [...work.keys()].some(limited) ? agentLimitCrossed(limitFiles(work), opts.codexDocMaxBytes) : void 0;
      if (crossed) {
        rejected.push({ edit, reason: crossed, by: "guard:agent-limits" });
        continue;
      }
      for (const [p, w] of work) plans.set(p, w);
      applied.push(out);
    } catch (err) {
      const reason = err instanceof Rejection ? err.message : `malformed edit: ${err?.message ?? String(err)}`;
      rejected.push({ edit, reason, by: "apply" });
    }
  }
  const changes = [];
  for (const p of [...plans.keys()].sort(cmp2)) {
    const pl = plans.get(p);
    const after = pl.render();
    if (after !== pl.before) changes.push({ path: p, before: pl.before, after, created: pl.created });
  }
  return { changes, applied, rejected };
}

// src/pipeline/report-patterns.ts
function toReportPatterns(patterns, oneOffs, cited = /* @__PURE__ */ new Set()) {
  const rows = [...patterns.map((p) => ({ p, oneOff: false })), ...oneOffs.map((p) => ({ p, oneOff: true }))].map(({ p, oneOff }) => ({
    p,
    oneOff,
    sessions: [...new Set(p.sessions)].sort()
  }));
  const share = sampleShare(rows.filter((r) => !cited.has(r.p.id)).map((r) => r.sessions.length));
  return rows.map(({ p, oneOff, sessions }) => {
    const listed = cited.has(p.id) ? MAX_PATTERN_SESSIONS : share;
    return {
      id: p.id,
      kind: p.kind,
      summary: p.summary,
      signature: p.signature,
      support: p.support.sessions,
      agents: [...p.agents],
      sessions: sessions.slice(0, listed),
      ...sessions.length > listed ? { sessionsOmitted: sessions.length - listed } : {},
      oneOff,
      ...onlyUnverified(p) ? { unverified: true } : {}
    };
  });
}
function sampleShare(counts) {
  const sorted = counts.map((n) => Math.min(n, MAX_PATTERN_SESSIONS)).sort((a, b) => a - b);
  let left = MAX_REPORT_SESSION_IDS;
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    if (sorted[i] * rest > left) return Math.max(1, Math.floor(left / rest));
    left -= sorted[i];
  }
  return MAX_PATTERN_SESSIONS;
}
function onlyUnverified(p) {
  if (p.unverified) return true;
  const quotes = p.signals.flatMap((s) => s.evidence);
  return quotes.length > 0 && quotes.every((e) => e.unverified === true);
}

// src/signals/incremental.ts
function samplesAsSignals(l, patternId2) {
  const p = l.patterns[patternId2];
  if (!p) return [];
  return (p.samples ?? []).map((x) => ({
    kind: p.kind,
    signature: p.signature,
    sessionId: x.sessionId,
    ...x.rootSessionId ? { rootSessionId: x.rootSessionId } : {},
    agent: x.agent,
    summary: x.summary,
    ...x.lesson ? { lesson: x.lesson } : {},
    ...x.failed ? { failed: x.failed } : {},
    ...x.fixed ? { fixed: x.fixed } : {},
    ...x.memoryEntryId ? { memoryEntryId: x.memoryEntryId } : {},
    ...typeof x.asked === "string" ? { asked: x.asked } : {},
    ...Array.isArray(x.named) ? { named: x.named.filter((n) => typeof n === "string").slice(0, 8) } : {},
    evidence: x.evidence.map((e) => ({ ...e, agent: x.agent }))
  }));
}
async function withLedgerSupport(p) {
  const threshold = Math.max(1, p.minSupport);
  const notes = [];
  const roots = rootFileIds(Object.values(p.ledger.sessions));
  const cumulative = (x) => {
    const prev = p.ledger.patterns[x.id];
    if (!prev) return x;
    const known = new Set(prev.sessions);
    const { fresh, claimed } = newSessions(known, x.sessions, roots);
    const agents = [.../* @__PURE__ */ new Set([...prev.agents, ...x.agents])].sort();
    const sessions = [.../* @__PURE__ */ new Set([...prev.sessions.map((s) => claimed.get(s) ?? s), ...x.sessions])].sort();
    const { folders: _tonight, ...rest } = x;
    const folders = joinFolders(prev.folders, x.folders);
    return {
      ...rest,
      support: { sessions: prev.support + fresh.length, agents: agents.length },
      sessions,
      agents,
      ...folders ? { folders } : {}
    };
  };
  const patterns = p.patterns.map(cumulative);
  const candidates = [];
  const oneOffs = [];
  for (const x of p.oneOffs) {
    const combined2 = cumulative(x);
    if (combined2.support.sessions < threshold) {
      oneOffs.push(x);
      continue;
    }
    const tonight = new Set(x.sessions);
    candidates.push({ tonight: x, combined: combined2, old: samplesAsSignals(p.ledger, x.id).filter((s) => !tonight.has(supportSession(s))) });
  }
  const resolved = new Set(await p.resolve(candidates.flatMap((c) => c.old)));
  for (const c of candidates) {
    const old = c.old.filter((s) => resolved.has(s));
    const citable = (/* @__PURE__ */ new Set([...c.tonight.sessions, ...old.map(supportSession)])).size;
    if (!recurringAsk({ signals: [...c.tonight.signals, ...old] })) {
      oneOffs.push(c.tonight);
      continue;
    }
    if (citable < threshold) {
      oneOffs.push(c.tonight);
      notes.push(
        `pattern ${c.tonight.id} has ${c.combined.support.sessions} sessions with the ledger's, but only ${citable} still resolve to transcripts: kept as a one-off`
      );
      continue;
    }
    patterns.push({
      ...c.combined,
      signals: [...c.tonight.signals, ...old].sort((a, b) => a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0)
    });
    notes.push(`pattern ${c.tonight.id} reached ${c.combined.support.sessions} sessions with earlier runs recorded in the ledger`);
  }
  return { patterns: patterns.sort(bySupport), oneOffs: oneOffs.sort(bySupport), notes };
}

// src/signals/accumulate.ts
var CHUNK_SESSIONS = 500;
var MAX_TRACKED_PATTERNS = 1e4;
var MAX_RAW_SIGNALS = 2e4;
var PatternAccumulator = class {
  constructor(limits = {}) {
    this.limits = limits;
  }
  limits;
  pending = [];
  pendingSessions = 0;
  raw = [];
  running = /* @__PURE__ */ new Map();
  /** Which sessions of each pattern recorded the same events: they count once. */
  same = new SameEvents();
  /** True once result() handed the patterns over (and let go of the tallies). */
  taken = false;
  /** Single-session patterns dropped to stay within maxPatterns. */
  forgotten = 0;
  addSession(signals) {
    if (this.taken) throw new Error("PatternAccumulator: a session added after result()");
    for (const s of signals) {
      this.pending.push(s);
      this.same.add(signalPatternId(s), supportSession(s), s);
    }
    if (this.raw) {
      this.raw.push(...signals);
      if (this.raw.length > (this.limits.maxRawSignals ?? MAX_RAW_SIGNALS)) this.raw = void 0;
    }
    if (++this.pendingSessions >= (this.limits.chunkSessions ?? CHUNK_SESSIONS)) this.flush();
  }
  flush() {
    const chunk = this.pending;
    this.pending = [];
    this.pendingSessions = 0;
    if (chunk.length === 0) return;
    for (const p of clusterSignals(chunk, 1, { sameEvents: false }).patterns) this.merge(p);
    this.evict();
  }
  merge(p) {
    let r = this.running.get(p.id);
    if (!r) {
      r = {
        id: p.id,
        kind: p.kind,
        memory: false,
        signature: p.signature,
        sessions: /* @__PURE__ */ new Set(),
        agents: /* @__PURE__ */ new Set(),
        said: noVotes(),
        unattributed: noVotes(),
        folders: p.folders,
        signals: []
      };
      this.running.set(p.id, r);
    }
    r.folders = joinFolders(r.folders, p.folders);
    for (const s of p.sessions) r.sessions.add(s);
    for (const a of p.agents) r.agents.add(a);
    vote(p.unverified ? r.unattributed : r.said, p, p.support.sessions);
    for (const s of p.signals) addSample(r, s);
  }
  /** Forgets the oldest single-session patterns (Map order is insertion order) down to 90% of the cap. */
  evict() {
    const max = this.limits.maxPatterns ?? MAX_TRACKED_PATTERNS;
    if (this.running.size <= max) return;
    const target = Math.floor(max * 0.9);
    for (const [id, r] of this.running) {
      if (this.running.size <= target) break;
      if (r.sessions.size > 1) continue;
      this.running.delete(id);
      this.same.forget(id);
      this.forgotten++;
    }
  }
  /**
   * Patterns at or above minSupport, one-offs below it, and the sample signals they keep. Once, at the
   * end of the read: it lets go of the running tallies as it hands the patterns over. The pass holds
   * the accumulator to its end (a caller's local stays on the stack), and the tallies were then the
   * largest thing it kept beside the patterns built from them: at 100,000 sessions 62 MB of the 88 MB
   * live heap while the engine, the guards and the ledger ran (25 MB of it the same-event logs).
   */
  result(minSupport) {
    if (this.taken) throw new Error("PatternAccumulator: result() asked twice (the first let go of the tallies)");
    this.flush();
    const split = splitBySupport(
      [...this.running.values()].map((r) => toPattern(r.id, regrouped(r, this.same.rootOf(r.id)))),
      minSupport
    );
    const signals = this.raw?.map((s) => this.counted(s)) ?? [...split.patterns, ...split.oneOffs].flatMap((p) => p.signals);
    this.taken = true;
    this.running = /* @__PURE__ */ new Map();
    this.same = new SameEvents();
    this.raw = void 0;
    return { ...split, signals };
  }
  /** A raw signal as its pattern counts it: under its session's group. */
  counted(s) {
    const rootOf = this.same.rootOf(signalPatternId(s));
    const root = rootOf?.(supportSession(s));
    return root === void 0 || root === supportSession(s) ? s : { ...s, rootSessionId: root };
  }
};

// src/pipeline/pass-files.ts
import path5 from "node:path";
async function passFiles(opts) {
  const { repoDir } = opts;
  const globbed = await expandSessionGlobsDetailed(repoDir, opts.sessions, { logger: opts.logger });
  const repoFiles = globbed.files;
  const found = repoFiles.length + (opts.transcriptFiles?.length ?? 0);
  for (const w of unmatchedGlobWarnings(repoDir, globbed.unmatched, found)) opts.logger.warning(w);
  const oids = repoFiles.length > 0 && !opts.includeDreamed ? await gitObjectIds(repoDir) : /* @__PURE__ */ new Map();
  const display = displayPaths(repoDir);
  const inRepo = repoFilePaths(repoDir);
  const list2 = new FileList(path5.resolve(repoDir), opts.transcriptSource ?? "artifacts");
  for (const rel of repoFiles) {
    const abs = inRepo(rel);
    list2.add({ abs, display: rel, repo: true, oid: oids.get(rel), trust: opts.sourceTrust?.(abs) });
  }
  for (const abs of opts.transcriptFiles ?? [])
    list2.add({ abs, display: display(abs), repo: false, oid: void 0, trust: opts.sourceTrust?.(abs) });
  return list2;
}
var FileList = class {
  constructor(root, extraSource) {
    this.extraSource = extraSource;
    this.prefix = root.endsWith("/") ? root : `${root}/`;
  }
  extraSource;
  displays = [];
  /** The absolute paths that are not `prefix + display`, by position. */
  absolute = /* @__PURE__ */ new Map();
  oids;
  trusts;
  /** The first files, from the repository's globs (source 'repo'); the rest are extra files, of `extraSource`. */
  repoCount = 0;
  prefix;
  get length() {
    return this.displays.length;
  }
  add(f) {
    const i = this.displays.length;
    if (f.repo) {
      if (this.repoCount !== i) throw new Error("FileList: a repository file added after an extra one");
      this.repoCount++;
    }
    const display = flat(f.display);
    this.displays.push(display);
    if (f.abs !== this.prefix + display) this.absolute.set(i, f.abs);
    if (f.oid !== void 0) (this.oids ??= [])[i] = f.oid;
    if (f.trust !== void 0) (this.trusts ??= [])[i] = f.trust;
  }
  at(position) {
    const display = this.displays[position];
    if (display === void 0) return void 0;
    const abs = this.absolute.get(position) ?? this.prefix + display;
    const source = position < this.repoCount ? "repo" : this.extraSource;
    const oid = this.oids?.[position];
    const trust = this.trusts?.[position];
    if (!oid && !trust) return { abs, display, source };
    return { abs, display, source, ...oid ? { oid } : {}, ...trust ? { trust } : {} };
  }
};
var flat = (s) => s.length < 13 ? s : structuredClone(s);
function displayPathFor(repoDir, abs) {
  const rel = path5.relative(repoDir, abs);
  return rel.startsWith("..") || path5.isAbsolute(rel) ? abs : rel.split(path5.sep).join("/");
}
var UNRESOLVED = /\/\.(?:\.|\/|$)|\/\//;
function displayPaths(repoDir) {
  const root = path5.resolve(repoDir);
  const prefix = root.endsWith("/") ? root : `${root}/`;
  return (abs) => path5.sep === "/" && abs.startsWith(prefix) && !UNRESOLVED.test(abs) ? abs.slice(prefix.length) : displayPathFor(repoDir, abs);
}

// src/pipeline/skip-first.ts
var READ_WHOLE = -2;
var REPLAN = -1;
var BY_FILTER = -3;
var planReads = (plan) => plan === READ_WHOLE || plan === REPLAN;
var SKIPPED_BATCH = 1e3;
async function* skipFirst(files, opts) {
  const plans = new Int32Array(files.length).fill(REPLAN);
  if (opts.ledger)
    for (let i = 0; i < files.length; i++) {
      const f = files.at(i);
      const plan = planFile(opts.ledger, f.display, f.abs, f.oid);
      plans[i] = plan.kind === "skip" ? plan.byFilter ? BY_FILTER : plan.sessions : plan.from ? REPLAN : READ_WHOLE;
    }
  const toRead = filesToRead(files, plans);
  const mined = toRead.length > 0 ? mineFiles(toRead, await opts.readers(toRead)) : void 0;
  try {
    let skipped = [];
    for (let i = 0; i < files.length; i++) {
      const plan = plans[i];
      if (!planReads(plan)) {
        const f = files.at(i);
        skipped.push(skippedDigest(f, f.index ?? i, plan));
        if (skipped.length < SKIPPED_BATCH) continue;
      }
      if (skipped.length > 0) {
        yield skipped;
        skipped = [];
      }
      if (!planReads(plan)) continue;
      const next = await mined.next();
      if (next.done) throw new Error(`readers ended before ${files.at(i).display}`);
      yield [next.value];
    }
    if (skipped.length > 0) yield skipped;
    if (mined && !(await mined.next()).done) throw new Error("readers yielded more digests than files to read");
  } finally {
    await mined?.return({ byWorkers: 0 });
  }
}
function filesToRead(files, plans) {
  let count = 0;
  for (let i = 0; i < plans.length; i++) if (planReads(plans[i])) count++;
  const positions = new Int32Array(count);
  for (let i = 0, k = 0; i < plans.length; i++) if (planReads(plans[i])) positions[k++] = i;
  return {
    length: count,
    at: (p) => {
      const i = positions[p];
      if (i === void 0) return void 0;
      const f = files.at(i);
      return { ...f, index: f.index ?? i, ...plans[i] === READ_WHOLE ? { whole: true } : {} };
    }
  };
}
var NOTHING_READ = Object.freeze({
  sessions: Object.freeze([]),
  issues: Object.freeze([]),
  alreadyDreamed: 0,
  health: Object.freeze({ format: null, unknownTypes: Object.freeze([]), sessions: Object.freeze([]) }),
  memoryUse: Object.freeze({ touched: Object.freeze([]), missing: Object.freeze([]), ran: Object.freeze([]) }),
  efficacy: Object.freeze([])
});
function skippedDigest(file, index, plan) {
  const known = { ...NOTHING_READ, index, display: file.display, source: file.source };
  return plan === BY_FILTER ? { ...known, unchanged: 1, byFilter: true } : { ...known, unchanged: plan };
}

// src/pipeline/log-copies.ts
var PROMPT_LOGS = /* @__PURE__ */ new Set(["claude-code-history", "codex-history", "gemini-cli-logs"]);
var PromptLogCopies = class {
  logIds = /* @__PURE__ */ new Set();
  /** Log ids already counted as a copy: one conversation counts once however many transcripts share its id. */
  counted = /* @__PURE__ */ new Set();
  transcripts = new HashSet32();
  /** Sessions read from prompt logs whose conversation the pass also read from a transcript. */
  copies = 0;
  session(id, format) {
    if (format !== null && PROMPT_LOGS.has(format)) {
      if (this.logIds.has(id)) return;
      this.logIds.add(id);
      if (this.transcripts.has(hash32(id))) this.count(id);
      return;
    }
    this.transcripts.add(hash32(id));
    if (this.logIds.has(id)) this.count(id);
  }
  count(id) {
    if (this.counted.has(id)) return;
    this.counted.add(id);
    this.copies++;
  }
};
function hash32(id) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0 || 1;
}
var HashSet32 = class {
  table = new Uint32Array(1024);
  size = 0;
  has(v) {
    const mask = this.table.length - 1;
    for (let i = v & mask; ; i = i + 1 & mask) {
      const at = this.table[i];
      if (at === v) return true;
      if (at === 0) return false;
    }
  }
  add(v) {
    if (this.has(v)) return;
    if (2 * (this.size + 1) > this.table.length) this.grow();
    this.put(this.table, v);
    this.size++;
  }
  grow() {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (const v of old) if (v !== 0) this.put(this.table, v);
  }
  put(table, v) {
    const mask = table.length - 1;
    let i = v & mask;
    while (table[i] !== 0) i = i + 1 & mask;
    table[i] = v;
  }
};

// src/pipeline/read-pass.ts
var MAX_REPORTED_ISSUES = 1e3;
var MAX_REPORTED_SESSION_IDS = 1e3;
async function readPass(opts, digests) {
  const provenance = new ProvenanceIndex();
  const asLoaded = opts.includeDreamed ? void 0 : ledgerSnapshot(opts.ledger);
  const first = digests?.[0]?.header.totalFiles ?? 0;
  const files = first ? numberedFrom(opts.files, first) : opts.files;
  const mined = skipFirst(files, {
    ledger: asLoaded,
    readers: async (toRead) => {
      const { ruleDates: dates, ...rest } = opts;
      const ruleDates = typeof dates === "function" ? await dates() : dates;
      return readers({ ...rest, ledger: asLoaded ?? opts.ledger, ...ruleDates ? { ruleDates } : {} }, provenance, toRead);
    }
  });
  const pass = new PassConsumer(opts, provenance);
  if (digests) for await (const digest of replayDigests(digests, provenance, opts.repoDir, opts.efficacy?.lessons)) pass.file(digest);
  for await (const batch of mined) for (const digest of batch) pass.file(sharedDisplay(digest, files.at(digest.index - first)));
  return pass.result();
}
function numberedFrom(files, first) {
  return {
    length: files.length,
    at: (p) => {
      const f = files.at(p);
      return f && { ...f, index: first + p };
    }
  };
}
function sharedDisplay(d, listed) {
  if (listed !== void 0 && listed.display === d.display) d.display = listed.display;
  return d;
}
function readers(opts, provenance, files) {
  const lessons = opts.efficacy?.lessons ?? [];
  const bytes = bytesUpTo(files, Math.max(THREADS_FROM_BYTES, TURBOFAN_FROM_BYTES));
  tierForRead(bytes);
  const threads = opts.threads ?? threadsFor(bytes);
  return {
    threads,
    ctx: {
      memory: opts.memory,
      repoFacts: opts.repoFacts,
      ...opts.ruleDates ? { ruleDates: opts.ruleDates } : {},
      provenance,
      // Read only, and not recorded into while the files are read: every file is planned against the ledger as loaded.
      ledger: opts.includeDreamed ? void 0 : opts.ledger,
      lessons,
      project: opts.repoDir
    },
    setup: {
      repoDir: opts.repoDir,
      memoryGlobs: opts.memoryGlobs,
      ...opts.ruleDates ? { ruleDates: opts.ruleDates } : {},
      // Serialised only for workers, which are started only past one thread.
      ...opts.includeDreamed || threads <= 1 ? {} : { ledger: { text: readersLedgerText(opts.ledger), path: opts.ledgerPath } },
      lessons: lessonsToWire(lessons)
    }
  };
}
var PassConsumer = class {
  constructor(opts, provenance) {
    this.opts = opts;
    this.provenance = provenance;
    this.memoryUse = new MemoryUseTracker(opts.memory);
    this.outlines = new PassOutlines(opts.outlineText === false ? { maxKept: 0 } : {});
    this.recorder = new PassRecorder(opts.ledger, { at: opts.now, keepFiles: this.keptFiles });
  }
  opts;
  provenance;
  skipped = [];
  skippedTotal = 0;
  /** Prompt logs' notes on the sessions of other projects they left out, and how many (ReadIssue.leftOut). */
  leftOutNotes = [];
  otherProjects = 0;
  healthCollector = new HealthCollector();
  accumulator = new PatternAccumulator();
  outlines;
  // What sessions did with the paths and scripts memory names: staleness needs it as proof.
  memoryUse;
  sessionIds = [];
  byTrust = {};
  keptFiles = /* @__PURE__ */ new Set();
  readFiles = /* @__PURE__ */ new Map();
  alreadyDreamed = 0;
  copies = new FileCopies();
  logCopies = new PromptLogCopies();
  subagents = 0;
  files = 0;
  fileCounts = { unchanged: 0, byFilter: 0, resumed: 0 };
  // Sessions and file marks go to the ledger as they are consumed, so it stays bounded during the pass too.
  recorder;
  evidenceFacts = new EvidenceFacts();
  file(d) {
    this.files++;
    if (!this.readFiles.has(d.display)) this.readFiles.set(d.display, void 0);
    if (d.unchanged !== void 0) {
      this.fileCounts.unchanged++;
      if (d.byFilter) this.fileCounts.byFilter++;
      this.alreadyDreamed += d.unchanged;
      return;
    }
    if (d.resumed) this.fileCounts.resumed++;
    if (this.copies.isCopy(d.sessions[0]?.outline.contentHash, d.sessions.length)) {
      this.alreadyDreamed += d.alreadyDreamed + d.sessions.length;
      if (d.mark) this.recorder.file(d.display, d.mark, d.health.sessions.length);
      return;
    }
    const tracker = this.healthCollector.file(d.source);
    tracker.onFormat(d.health.format);
    tracker.onUnknownTypes(new Map(d.health.unknownTypes));
    for (const issue of d.issues) {
      tracker.onIssue(issue);
      if (issue.leftOut !== void 0) {
        this.otherProjects += issue.leftOut;
        if (this.leftOutNotes.length < MAX_REPORTED_ISSUES) this.leftOutNotes.push(issue);
      } else if (this.skippedTotal++ < MAX_REPORTED_ISSUES) this.skipped.push(issue);
    }
    for (const c of d.health.sessions) tracker.counted(c);
    tracker.end();
    this.alreadyDreamed += d.alreadyDreamed;
    for (const s of d.sessions) {
      this.logCopies.session(s.outline.id, d.health.format);
      this.session(s, d.display);
    }
    this.memoryUse.merge({ touched: new Map(d.memoryUse.touched), missing: new Map(d.memoryUse.missing), ran: new Set(d.memoryUse.ran) });
    this.opts.efficacy?.merge(d.efficacy);
    if (d.mark) this.recorder.file(d.display, d.mark, d.health.sessions.length);
  }
  session(s, file) {
    const { outline: full } = s;
    shareStrings(s.signals, full.id, file);
    const sampled = this.sessionIds.length < MAX_REPORTED_SESSION_IDS;
    if (sampled) {
      this.sessionIds.push(full.id);
      this.keptFiles.add(full.sourceFile);
    }
    if (full.parentId) this.subagents++;
    this.fileTrust(file, s.trust);
    this.byTrust[s.trust] = (this.byTrust[s.trust] ?? 0) + 1;
    if (s.facts) this.evidenceFacts.vouch(evidenceOf(s.signals), s.facts);
    this.accumulator.addSession(s.signals);
    this.outlines.add(s);
    this.recorder.session(full, { keep: sampled });
  }
  /**
   * A file's trust, from its sessions'. They are one level (see ReadPassResult.readFiles); were a file's
   * sessions ever of two, the least trusted would stand for all, failing closed.
   */
  fileTrust(file, level) {
    const had = this.readFiles.get(file);
    if (had === void 0 || TRUST_LEVELS.indexOf(level) > TRUST_LEVELS.indexOf(had)) this.readFiles.set(file, level);
  }
  result() {
    const health = this.healthCollector.report({ filesUnchanged: this.fileCounts.unchanged });
    const { logger } = this.opts;
    for (const w of health.warnings) logger.warning(`ingestion: ${w}`);
    for (const note of this.leftOutNotes) logger.info(`read: ${note.reason} (${note.file})`);
    for (const issue of this.skipped) logger.warning(`skipped: ${issue.reason}`, issue);
    const omitted = this.skippedTotal - this.skipped.length;
    if (omitted > 0) logger.warning(`skipped: ${omitted} more issue(s) not listed`);
    const records = this.outlines.count;
    const read = records - this.logCopies.copies;
    const sessions = {
      read,
      ...this.logCopies.copies > 0 ? { promptLogCopies: this.logCopies.copies } : {},
      alreadyDreamed: this.alreadyDreamed,
      ...this.copies.sessions > 0 ? { copies: this.copies.sessions } : {},
      subagents: this.subagents,
      ...this.otherProjects > 0 ? { otherProjects: this.otherProjects } : {},
      ids: this.sessionIds,
      ...records > this.sessionIds.length ? { idsOmitted: records - this.sessionIds.length } : {},
      byTrust: this.byTrust,
      files: this.files,
      filesUnchanged: this.fileCounts.unchanged,
      ...this.fileCounts.byFilter > 0 ? { filesKnownByFilter: this.fileCounts.byFilter } : {},
      filesResumed: this.fileCounts.resumed,
      skipped: this.skipped,
      health,
      ...omitted > 0 ? { skippedOmitted: omitted } : {}
    };
    return {
      outlines: this.outlines,
      accumulator: this.accumulator,
      provenance: this.provenance,
      memoryUse: this.memoryUse,
      sessionIds: this.sessionIds,
      keptFiles: this.keptFiles,
      sessions,
      health,
      readFiles: this.readFiles,
      evidenceFacts: this.evidenceFacts
    };
  }
};
function* evidenceOf(signals) {
  for (const s of signals) yield* s.evidence;
}
function shareStrings(signals, id, file) {
  for (const sig of signals) {
    if (sig.sessionId === id) sig.sessionId = id;
    for (const e of sig.evidence) {
      if (e.session === id) e.session = id;
      if (e.file === file) e.file = file;
    }
  }
}

// src/guards/grounding-quotes.ts
var MAX_QUOTE_CHARS = 300;
var MAX_EVENT_CHARS = 64e3;
var GroundingQuotes = class {
  pending = /* @__PURE__ */ new Map();
  /** Stems of the words some sentence needs grounded: a text holding none of them grounds nothing more. */
  needed = /* @__PURE__ */ new Set();
  constructor(edits, memory) {
    const known = groundingKnows(memory);
    for (const edit of edits) {
      if (typeof edit.after !== "string" || !edit.evidence.some(isHostedDreamEvidence)) continue;
      const sentences = groundingSentences(edit.after).map(({ words }) => {
        const content = contentWords(words, known);
        return { content, floor: groundedRatio(content, /* @__PURE__ */ new Set()) };
      });
      const open2 = sentences.filter((p) => p.floor < 1);
      for (const p of open2) for (const w of p.content) if (!w.known) this.needed.add(w.stem);
      if (open2.length > 0) this.pending.set(edit, open2);
    }
  }
  observe(session) {
    if (this.needed.size === 0) return;
    for (const ev of session.events) {
      const text = quotable(ev);
      if (!text) continue;
      const whole = collapseWhitespace(text);
      if (!this.mayGround(whole)) continue;
      const author = authorOfEvent(session, ev);
      const at = { session: session.id, file: ev.origin.file, line: ev.origin.line, agent: session.agent };
      const together = /* @__PURE__ */ new Set();
      for (const quote of quotesIn(whole)) {
        if (!this.mayGround(quote)) continue;
        const stems = stemsOf(citedWords([{ quote }], () => author));
        for (const x of stems) together.add(x);
        this.weigh(quote, stems, at);
      }
      const short = normaliseQuote(whole);
      if (short.length <= MAX_QUOTE_CHARS && short.length >= MIN_QUOTE_CHARS && together.size > 0) this.weigh(short, together, at);
    }
  }
  /** The edits with each sentence's quote cited after the dream's own evidence (new objects; the input is not changed). */
  edits(edits) {
    return edits.map((edit) => {
      const found = (this.pending.get(edit) ?? []).flatMap((p) => p.best ? [p.best.evidence] : []);
      const fresh = found.filter((e, i) => found.findIndex((x) => x.line === e.line && x.file === e.file && x.quote === e.quote) === i);
      return fresh.length > 0 ? { ...edit, evidence: [...edit.evidence, ...fresh] } : edit;
    });
  }
  /** A cheap look-out before the full reading: whether the text holds a word whose stem some sentence needs. */
  mayGround(text) {
    return wordsOf(text).some((w) => this.needed.has(stemOf(w)));
  }
  weigh(quote, stems, at) {
    for (const sentences of this.pending.values())
      for (const p of sentences) {
        const ratio = groundedRatio(p.content, stems);
        if (ratio > p.floor && ratio > (p.best?.ratio ?? 0)) p.best = { ratio, evidence: { ...at, quote } };
      }
  }
};
function quotable(ev) {
  switch (ev.kind) {
    case "user_prompt":
    case "permission_denial":
    case "tool_result":
    case "assistant_text":
    case "hook_block":
    case "api_error":
    case "environment_feedback":
      return ev.text.length > MAX_EVENT_CHARS ? ev.text.slice(0, MAX_EVENT_CHARS) : ev.text;
    default:
      return void 0;
  }
}
function quotesIn(whole) {
  const out = [];
  for (const c of sentencesOf(whole)) {
    const q = normaliseQuote(c);
    if (q.length >= MIN_QUOTE_CHARS && q.length <= MAX_QUOTE_CHARS && whole.includes(q) && !out.includes(q)) out.push(q);
  }
  return out;
}

// src/pipeline/hosted-evidence.ts
async function readHostedSessions(edits, opts) {
  const quotes = new GroundingQuotes(edits, opts.memory);
  for (const file of opts.files)
    for await (const session of readTranscriptFile(file, { displayPath: file, logger: opts.logger })) {
      opts.provenance.observe(session);
      quotes.observe(session);
    }
  return { edits: quotes.edits(edits), files: new Set(opts.files) };
}

// src/pipeline/run.ts
var MAX_REPORTED_ONE_OFFS = 2e3;
async function runDream(opts) {
  const { repoDir, logger, options } = opts;
  const timings = {};
  const time = async (stage, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
  const now = (opts.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
  const memory = await time(
    "memory",
    () => discoverMemoryFiles(repoDir, {
      globs: opts.memoryGlobs ?? [],
      logger,
      ...opts.memoryListings ? { listings: opts.memoryListings } : {}
    })
  );
  const ledgerFileText = opts.ledgerText !== void 0 ? void 0 : await readLedgerFile(repoDir, opts.ledgerPath);
  const previousLedgerText = opts.ledgerText !== void 0 ? opts.ledgerText : ledgerFileText ?? null;
  const ledger = loadLedger(previousLedgerText, opts.ledgerPath);
  const repoFacts = await collectRepoFacts(repoDir);
  if (!opts.ruleDates) timings.rule_dates = 0;
  const ruleDates = opts.ruleDates ?? (() => time("rule_dates", () => memoryRuleDates(repoDir, memory)));
  let efficacy = opts.efficacy === false ? void 0 : await time("efficacy_adoptions", () => EfficacyPass.start(repoDir, ledger, memory, opts.efficacy || {}, logger));
  const dreamAndRecord = async () => {
    const files = await time(
      "files",
      () => passFiles({ ...opts, ...opts.digests ? { sessions: [] } : {}, includeDreamed: opts.includeDreamed ?? false })
    );
    const readOpts = {
      repoDir,
      files,
      ledger,
      ledgerPath: opts.ledgerPath,
      includeDreamed: opts.includeDreamed ?? false,
      memory,
      memoryGlobs: opts.memoryGlobs ?? [],
      repoFacts,
      ruleDates,
      now,
      logger,
      outlineText: opts.engine.readsOutlines !== false,
      ...opts.threads ? { threads: opts.threads } : {}
    };
    if (opts.digests)
      efficacy = reduceChecks(
        opts.digests.map((d) => d.header),
        { ledgerKey: ledgerKey(readOpts.includeDreamed ? void 0 : ledger), efficacy, logger }
      );
    const read = await time("read_and_mine", () => readPass({ ...readOpts, efficacy }, opts.digests));
    const {
      outlines,
      accumulator,
      provenance,
      memoryUse,
      sessionIds,
      keptFiles,
      sessions: sessionsRead,
      health,
      readFiles,
      evidenceFacts
    } = read;
    const stopEarly = (note, flag) => {
      logger.info(note);
      return {
        report: emptyReport(opts.engine.name, { sessions: sessionsRead, notes: [note], timings }),
        changes: [],
        diff: "",
        ledgerText: previousLedgerText ?? serializeLedger(ledger),
        ledgerChanged: false,
        newSessions: outlines.count,
        ...flag
      };
    };
    if (health.totals.sessions === 0 && sessionsRead.filesUnchanged === 0 && opts.engine.name !== "anthropic-dreams") {
      return { stopped: stopEarly(`No sessions read from ${sessionsRead.files} transcript file(s): nothing proposed.`, { empty: true }) };
    }
    if (opts.minNewSessions !== void 0 && outlines.count < opts.minNewSessions) {
      return {
        stopped: stopEarly(notDreamingYet({ fresh: outlines.count, unit: "sessions", minNewSessions: opts.minNewSessions }), {
          gated: true
        })
      };
    }
    const { signals, ...clustered } = accumulator.result(options.minSupport);
    if (accumulator.forgotten > 0)
      logger.info(
        `${accumulator.forgotten} single-session pattern(s) forgotten to keep memory bounded (more than ${MAX_TRACKED_PATTERNS} signatures)`
      );
    const {
      patterns,
      oneOffs,
      notes: supportNotes
    } = await time(
      "ledger_support",
      () => withLedgerSupport({ ledger, ...clustered, minSupport: options.minSupport, resolve: (s) => resolveSignals(s, repoDir, readFiles) })
    );
    recordRejected(ledger, opts.rejected ?? [], now);
    const suppressed = suppressedEditIds(ledger, patterns);
    const dreamAndJudge = async (scratchDir) => {
      const dreamed2 = await time(
        "engine",
        () => opts.engine.dream({
          repoDir,
          sessions: outlines.kept,
          signals,
          patterns,
          oneOffs,
          memory,
          suppressedEditIds: suppressed,
          options,
          logger,
          memoryUse: memoryUse.result(),
          scratchDir
        })
      );
      const modelEngine = opts.engine.name === "claude";
      const modelWrote = new Set(modelEngine ? dreamed2.edits : []);
      const judged2 = efficacy?.finish(ledger, memory, new Date(now));
      efficacy = void 0;
      const taken = new Set(dreamed2.edits.flatMap((e) => [e.id, ...e.entryId ? [pendingEntryKey(e.entryId)] : []]));
      for (const e of judged2?.edits ?? []) {
        if (taken.has(e.id) || suppressed.has(e.id) || e.entryId && (suppressed.has(pendingEntryKey(e.entryId)) || taken.has(pendingEntryKey(e.entryId))))
          continue;
        dreamed2.edits.push(e);
      }
      const hosted = dreamed2.sessionFiles ? await time(
        "hosted_sessions",
        () => readHostedSessions(dreamed2.edits, { files: dreamed2.sessionFiles, memory, provenance, logger })
      ) : void 0;
      const proposed = hosted?.edits ?? dreamed2.edits;
      const evidence = await time(
        "verify_evidence",
        () => (
          // The engine's own refusals are indexed too: the report must know which of them rest on unverified turns alone.
          indexEvidence(
            [...proposed, ...dreamed2.rejected.map((r) => r.edit)],
            (file, cited) => readTranscriptFile(path6.isAbsolute(file) ? file : path6.join(repoDir, file), { displayPath: file, cited }),
            { files: hosted ? /* @__PURE__ */ new Set([...readFiles.keys(), ...hosted.files]) : readFiles, facts: evidenceFacts }
          )
        )
      );
      const provenanceNotes2 = provenance.notes();
      for (const note of provenanceNotes2) logger.warning(note);
      const guarded = runGuards(proposed, {
        repoDir,
        memory,
        memoryGlobs: opts.memoryGlobs ?? [],
        evidence,
        provenance,
        fileTrust: readFiles,
        maxEdits: options.maxEdits,
        maxEntryBytes: options.maxEntryBytes,
        // Hosted-dream evidence (a dream id, no transcript line) is acceptable only from that engine.
        engine: opts.engine.name
      });
      const said = { memory, evidence };
      const rejected2 = [...dreamed2.rejected, ...guarded.rejected].map((r) => markRefusal(r, { repoDir, evidence })).map((r) => r.by === "reviewer" && modelEngine ? settleReason(r, said) : r);
      const accepted2 = guarded.accepted.map((e) => markUnverifiedEvidence(modelWrote.has(e) ? settleRationale(e, said) : e, evidence));
      return { dreamed: dreamed2, judged: judged2, accepted: accepted2, rejected: rejected2, provenanceNotes: provenanceNotes2 };
    };
    let scratch;
    let scratchPath2;
    const { dreamed, judged, accepted, rejected, provenanceNotes } = await dreamAndJudge(
      () => scratch ??= mkdtemp(path6.join(os2.tmpdir(), "dream-hosted-sessions-")).then((dir) => scratchPath2 = dir)
    ).finally(
      () => scratch?.then(
        (dir) => rm(dir, { recursive: true, force: true }),
        () => void 0
      )
    );
    const applied = applyEdits(memory, accepted, {
      budget: options.budget,
      maxDeleteShare: options.maxDeleteShare,
      maxEntryBytes: options.maxEntryBytes,
      codexDocMaxBytes: await codexDocMaxBytes(repoDir, logger)
    });
    if (dreamed.sessionsRead?.length) recordHostedSessions(ledger, opts.engine.name, dreamed.sessionsRead, now, dreamed.sessionsCreatedAt);
    recordPatterns(ledger, [...patterns, ...oneOffs], now);
    recordProposed(ledger, applied.applied, now);
    prunePatterns(ledger);
    compactLedger(ledger, { keep: new Set(sessionIds), keepFiles: keptFiles });
    const report2 = {
      version: 1,
      engine: opts.engine.name,
      sessions: sessionsRead,
      patterns: toReportPatterns(
        patterns,
        oneOffs.slice(0, MAX_REPORTED_ONE_OFFS),
        new Set(applied.applied.flatMap((e) => e.patternId ? [e.patternId] : []))
      ),
      ...oneOffs.length > MAX_REPORTED_ONE_OFFS ? { oneOffsOmitted: oneOffs.length - MAX_REPORTED_ONE_OFFS } : {},
      edits: applied.applied,
      // Rejected edits are reported too, so they are redacted like everything else that leaves.
      rejected: [...rejected, ...applied.rejected].map(redactRejected),
      usage: dreamed.usage,
      timings,
      notes: [...supportNotes, ...dreamed.notes, ...provenanceNotes],
      ...judged?.efficacy.length ? { efficacy: judged.efficacy } : {},
      ...dreamed.decisions?.length ? { decisions: dreamed.decisions } : {}
    };
    return { report: report2, changes: applied.changes, newSessions: outlines.count, scratchPath: scratchPath2 };
  };
  const done = await dreamAndRecord();
  if (done.stopped) return done.stopped;
  const { report, changes, scratchPath } = done;
  const ledgerText = reserializeLedger(ledger, previousLedgerText, now);
  return {
    report,
    changes,
    diff: unifiedDiff(changes),
    ledgerText,
    ledgerChanged: ledgerText !== previousLedgerText,
    ...ledgerFileText !== void 0 ? { ledgerFileText } : {},
    ...scratchPath ? { hostedSessionsRoot: scratchPath } : {},
    newSessions: done.newSessions
  };
}
async function resolveSignals(signals, repoDir, files) {
  if (signals.length === 0) return [];
  const carriers = signals.map((s, i) => ({ id: `s${i}`, op: "add", file: "", rationale: "", evidence: s.evidence }));
  const index = await indexEvidence(
    carriers,
    (file, cited) => readTranscriptFile(path6.isAbsolute(file) ? file : path6.join(repoDir, file), { displayPath: file, cited }),
    { files }
  );
  return signals.filter((s) => s.evidence.length > 0 && s.evidence.every((e) => index.verify(e)));
}

export {
  OfflineEngine,
  checkSessionGlobs,
  unmatchedGlobWarnings,
  repoFilePaths,
  expandSessionGlobsDetailed,
  isAbsoluteGlob,
  expandAbsoluteGlobs,
  notDreamingYet,
  emptyReport,
  passFiles,
  displayPathFor,
  GZIP_LEVEL,
  packFilter,
  encodeFile,
  MAX_DIGEST_LINE_BYTES,
  digestHeader,
  shardOf,
  parseShardSpec,
  ledgerKey,
  digestFiles,
  openDigests,
  readers,
  runDream
};
