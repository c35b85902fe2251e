import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  RULE_VERB,
  TRANSIENT,
  contentWords,
  isTestCommand,
  meaningStems,
  parseCommand,
  shellWords,
  shortHash
} from "./chunk-ZVLENXXD.js";
import {
  normaliseEntryText,
  sha256Hex
} from "./chunk-7P7ERCKQ.js";
import {
  isClaudeAgent
} from "./chunk-ZMW6ZSA4.js";
import {
  redactSecrets
} from "./chunk-QSNEP37H.js";
import {
  folderSummary,
  joinFolders,
  newSessions,
  rootFileIds
} from "./chunk-S4URGW26.js";

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
    ...role ? { role } : {},
    // A refusal's words known by wording alone are as unverified as an export's later turn (PermissionDenialEvent).
    ...(event.kind === "user_prompt" || event.kind === "permission_denial") && event.unverified ? { unverified: true } : {}
  };
}

// src/signals/own-sections.ts
var MAX_MESSAGE = 2e4;
var MAX_OWN_CHARS = 600;
var MAX_OWN_LINES = 6;
var MD_HEADING = /^\s{0,3}#{1,6}\s+(.+?)[\s#]*$/;
var BOLD_HEADING = /^\s*(?:\*\*|__)([^*_]{1,60})(?:\*\*|__)\s*:?\s*$/;
var COLON_HEADING = /^\s*([A-Za-z][\w '’&/()-]{0,48}):\s*$/;
var RULES_HEADING = /\b(?:(?:house |ground |repo |project )?rules|conventions?|guidelines|guardrails|dos? and don'?ts|don'?ts|standing instructions)\b/i;
var TASK_HEADING = /\b(?:requirements?|constraints?|restrictions|acceptance(?: criteria)?|steps|tasks?|to-?dos?|deliverables|scope|goals?|spec(?:ification)?|implementation(?: details)?|files to (?:modify|change|create)|definition of done)\b/i;
var LIST_MARK = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;
function heading(line) {
  if (LIST_MARK.test(line)) return void 0;
  return (MD_HEADING.exec(line) ?? BOLD_HEADING.exec(line) ?? COLON_HEADING.exec(line))?.[1];
}
function roleOf(h) {
  if (RULES_HEADING.test(h) && !TRANSIENT.test(h)) return "rules";
  return TASK_HEADING.test(h) ? "task" : "other";
}
function sections(own, keep, unmark) {
  let role = "other";
  let listed = false;
  let blank = false;
  return own.split(/\r?\n/).map((line) => {
    const h = heading(line);
    const item = LIST_MARK.test(line);
    if (h !== void 0) {
      role = roleOf(h);
      listed = false;
    } else if (listed && blank && !item && !/^\s/.test(line) && line.trim()) role = "other";
    listed ||= item;
    blank = !line.trim();
    if (h !== void 0 || !keep(role)) return "";
    return unmark ? line.replace(LIST_MARK, "") : line;
  }).join("\n");
}
var ruleSections = (own) => sections(own, (r) => r === "rules", true);
function shortOwnText(own) {
  const lines = own.split(/\r?\n/).filter((l) => l.trim());
  return lines.length <= MAX_OWN_LINES && lines.reduce((n, l) => n + l.trim().length + 1, 0) <= MAX_OWN_CHARS + 1;
}
function readableOwnText(own, agentWrote = () => false) {
  const whole = shortOwnText(own);
  const users = whole ? own : own.split(/\r?\n/).map((l) => agentWrote(l) ? "" : l).join("\n");
  const rules = ruleSections(users);
  return { text: whole ? sections(own, (r) => r !== "task", false) : rules, rules, whole };
}

// src/signals/copied-block.ts
var MIN_LINES = 2;
var MIN_CHARS = 60;
function copiedRulesBlock(text) {
  if (text.length > MAX_MESSAGE || shortOwnText(text)) return void 0;
  const lines = ruleSections(text).split(/\r?\n/).map((l) => l.trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean);
  if (lines.length < MIN_LINES || lines.reduce((n, l) => n + l.length, 0) < MIN_CHARS) return void 0;
  return shortHash(`rules-block\0${lines.join("\n")}`, 16);
}

// src/signals/occurrence.ts
var TEXT_CHARS = 160;
var TIME_BUCKET_MS = 1e4;
var MAX_KEYS = 4;
var ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;
var family = (agent) => isClaudeAgent(agent) ? "claude" : agent;
var BLOCK_FAMILY = "block";
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
  /** Each prompt's copied-block key, read once: a long prompt is cited by many of its session's signals. */
  blocks = /* @__PURE__ */ new Map();
  /**
   * The signal's keys: one per distinct evidence event of this session, the first MAX_KEYS of them; and for
   * a prompt holding a copied rules block (copied-block.ts), the block's own key, which every copy shares.
   */
  keysOf(s) {
    const keys = [];
    const blocks = [];
    for (const ev of s.evidence) {
      if (keys.length >= MAX_KEYS) break;
      const i = this.eventAt(ev.file, ev.line, ev.quote);
      if (i === void 0) continue;
      const key = this.keyOf(i);
      if (key && !keys.includes(key)) keys.push(key);
      const block = this.blockKeyOf(i);
      if (block && !blocks.includes(block)) blocks.push(block);
    }
    return [...keys, ...blocks];
  }
  /**
   * Untimed, placed by the block alone: sessions whose prompts carry the same block join as one source. Its
   * family is the block's own, not the agent's: one template typed into Claude Code and into Codex is one source.
   */
  blockKeyOf(i) {
    if (this.blocks.has(i)) return this.blocks.get(i);
    const e = this.session.events[i];
    const block = e.kind === "user_prompt" ? copiedRulesBlock(e.text) : void 0;
    const key = block && `${BLOCK_FAMILY}:${block}.${block}`;
    this.blocks.set(i, key);
    return key;
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

// src/signals/key-log.ts
var HEX16 = /^[0-9a-f]{16}$/;
var WORDS = 7;
var UNTIMED = 4294967295;
var BLOCK_KEYS = 1024;
var KeyLog = class {
  /** Every block but the last is full; the first has BLOCK_KEYS keys' room once a second exists. */
  blocks = [new Uint32Array(WORDS * 8)];
  length = 0;
  /** Session ids by first arrival; consecutive keys of one session share an entry. */
  sessions = [];
  families = [];
  /** Keys not of the usual shape, as they came. */
  odd = [];
  add(session, key) {
    if (this.sessions[this.sessions.length - 1] !== session) this.sessions.push(session);
    const w = this.room();
    const at = this.length++ % BLOCK_KEYS * WORDS;
    w[at] = this.sessions.length - 1;
    const o = parseOccurrence(key);
    const packs = HEX16.test(o.text) && HEX16.test(o.place) && (o.bucket === void 0 || Number.isInteger(o.bucket) && o.bucket >= 0 && o.bucket < UNTIMED);
    if (!packs) {
      this.odd.push(key);
      w[at + 1] = (2147483648 | this.odd.length - 1) >>> 0;
      return;
    }
    let f = this.families.indexOf(o.family);
    if (f < 0) f = this.families.push(o.family) - 1;
    w[at + 1] = f;
    w[at + 2] = parseInt(o.text.slice(0, 8), 16);
    w[at + 3] = parseInt(o.text.slice(8), 16);
    w[at + 4] = parseInt(o.place.slice(0, 8), 16);
    w[at + 5] = parseInt(o.place.slice(8), 16);
    w[at + 6] = o.bucket ?? UNTIMED;
  }
  /** The block the next key goes in, made or grown where it is full. */
  room() {
    const { blocks } = this;
    const last = blocks[blocks.length - 1];
    const used = this.length - (blocks.length - 1) * BLOCK_KEYS;
    if (used * WORDS < last.length) return last;
    if (blocks.length > 1 || last.length >= BLOCK_KEYS * WORDS) {
      const block = new Uint32Array(BLOCK_KEYS * WORDS);
      blocks.push(block);
      return block;
    }
    const grown = new Uint32Array(Math.min(last.length * 2, BLOCK_KEYS * WORDS));
    grown.set(last);
    blocks[0] = grown;
    return grown;
  }
  /** Every session with a key, once or more. */
  eachSession(each) {
    for (const s of this.sessions) each(s);
  }
  /** Every key in the order it came, with its session. */
  replay(each) {
    const hex = (hi, lo) => hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
    for (let i = 0; i < this.length; i++) {
      const w = this.blocks[Math.floor(i / BLOCK_KEYS)];
      const at = i % BLOCK_KEYS * WORDS;
      const session = this.sessions[w[at]];
      const f = w[at + 1];
      if (f & 2147483648) {
        each(session, parseOccurrence(this.odd[f & 2147483647]));
        continue;
      }
      const bucket = w[at + 6];
      each(session, {
        family: this.families[f],
        text: hex(w[at + 2], w[at + 3]),
        place: hex(w[at + 4], w[at + 5]),
        ...bucket === UNTIMED ? {} : { bucket }
      });
    }
  }
};

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
  add(session, o) {
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
var lookup = (roots) => (session) => roots.get(session) ?? session;
var SameEvents = class {
  /** Most patterns are one-offs: they keep their keys, unparsed, and are logged once a second session comes. */
  byPattern = /* @__PURE__ */ new Map();
  /** Records a signal's occurrences under its pattern and root session. */
  add(patternId2, session, s) {
    if (!s.occurrences?.length) return;
    const g = this.byPattern.get(patternId2);
    if (g === void 0) {
      this.byPattern.set(patternId2, { session, keys: [...s.occurrences] });
      return;
    }
    if ("keys" in g) {
      if (g.session === session) {
        g.keys.push(...s.occurrences);
        return;
      }
      const many = { log: new KeyLog() };
      for (const key of g.keys) many.log.add(g.session, key);
      this.byPattern.set(patternId2, many);
      for (const key of s.occurrences) many.log.add(session, key);
      return;
    }
    delete g.resolved;
    for (const key of s.occurrences) g.log.add(session, key);
  }
  /** The session a pattern's session counts as: its group's least id. Undefined when no two sessions joined. */
  rootOf(patternId2) {
    const g = this.byPattern.get(patternId2);
    if (g === void 0 || "keys" in g) return void 0;
    if (g.resolved === void 0) {
      const groups = new Groups();
      g.log.replay((session, key) => groups.add(session, key));
      const roots = /* @__PURE__ */ new Map();
      if (groups.joined)
        g.log.eachSession((s) => {
          const root = groups.find(s);
          if (root !== s) roots.set(s, root);
        });
      g.resolved = roots.size > 0 ? lookup(roots) : null;
    }
    return g.resolved ?? void 0;
  }
  forget(patternId2) {
    this.byPattern.delete(patternId2);
  }
};

// src/signals/lingua/output-language.ts
var NAMES = {
  chinese: "\u4E2D\u6587|\u6C49\u8BED|\u6F22\u8A9E|\u7B80\u4F53\u4E2D\u6587|\u7C21\u9AD4\u4E2D\u6587|\u7E41\u4F53\u4E2D\u6587|\u7E41\u9AD4\u4E2D\u6587|\u4E2D\u56FD\u8A9E|\uC911\uAD6D\uC5B4|chino|chin\xEAs|chinesisch|chinois|\u043A\u0438\u0442\u0430\u0439\u0441\u043A\u043E\u043C|chinese",
  japanese: "\u65E5\u8BED|\u65E5\u8A9E|\u65E5\u6587|\u65E5\u672C\u8A9E|\uC77C\uBCF8\uC5B4|japon\xE9s|japon\xEAs|japanisch|japonais|\u044F\u043F\u043E\u043D\u0441\u043A\u043E\u043C|japanese",
  korean: "\u97E9\u8BED|\u97D3\u8A9E|\u97E9\u6587|\u97D3\u6587|\u97D3\u56FD\u8A9E|\uD55C\uAD6D\uC5B4|coreano|koreanisch|cor\xE9en|\u043A\u043E\u0440\u0435\u0439\u0441\u043A\u043E\u043C|korean",
  spanish: "\u897F\u73ED\u7259\u8BED|\u897F\u73ED\u7259\u8A9E|\u30B9\u30DA\u30A4\u30F3\u8A9E|\uC2A4\uD398\uC778\uC5B4|espa\xF1ol|castellano|espanhol|spanisch|espagnol|\u0438\u0441\u043F\u0430\u043D\u0441\u043A\u043E\u043C|spanish",
  portuguese: "\u8461\u8404\u7259\u8BED|\u8461\u8404\u7259\u8A9E|\u30DD\u30EB\u30C8\u30AC\u30EB\u8A9E|\uD3EC\uB974\uD22C\uAC08\uC5B4|portugu\xE9s|portugu\xEAs|portugiesisch|portugais|\u043F\u043E\u0440\u0442\u0443\u0433\u0430\u043B\u044C\u0441\u043A\u043E\u043C|portuguese",
  german: "\u5FB7\u8BED|\u5FB7\u8A9E|\u5FB7\u6587|\u30C9\u30A4\u30C4\u8A9E|\uB3C5\uC77C\uC5B4|alem\xE1n|alem\xE3o|deutsch|allemand|\u043D\u0435\u043C\u0435\u0446\u043A\u043E\u043C|german",
  french: "\u6CD5\u8BED|\u6CD5\u8A9E|\u6CD5\u6587|\u30D5\u30E9\u30F3\u30B9\u8A9E|\uD504\uB791\uC2A4\uC5B4|franc\xE9s|franc\xEAs|franz\xF6sisch|fran\xE7ais|\u0444\u0440\u0430\u043D\u0446\u0443\u0437\u0441\u043A\u043E\u043C|french",
  russian: "\u4FC4\u8BED|\u4FC4\u8A9E|\u4FC4\u6587|\u30ED\u30B7\u30A2\u8A9E|\uB7EC\uC2DC\uC544\uC5B4|ruso|russo|russisch|russe|\u0440\u0443\u0441\u0441\u043A\u043E\u043C|russian",
  english: "\u82F1\u6587|\u82F1\u8BED|\u82F1\u8A9E|\uC601\uC5B4|ingl\xE9s|ingl\xEAs|englisch|anglais|\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u043E\u043C|english"
};
var RU_ADVERB = {
  chinese: "\u043F\u043E-\u043A\u0438\u0442\u0430\u0439\u0441\u043A\u0438",
  japanese: "\u043F\u043E-\u044F\u043F\u043E\u043D\u0441\u043A\u0438",
  korean: "\u043F\u043E-\u043A\u043E\u0440\u0435\u0439\u0441\u043A\u0438",
  spanish: "\u043F\u043E-\u0438\u0441\u043F\u0430\u043D\u0441\u043A\u0438",
  portuguese: "\u043F\u043E-\u043F\u043E\u0440\u0442\u0443\u0433\u0430\u043B\u044C\u0441\u043A\u0438",
  german: "\u043F\u043E-\u043D\u0435\u043C\u0435\u0446\u043A\u0438",
  french: "\u043F\u043E-\u0444\u0440\u0430\u043D\u0446\u0443\u0437\u0441\u043A\u0438",
  russian: "\u043F\u043E-\u0440\u0443\u0441\u0441\u043A\u0438",
  english: "\u043F\u043E-\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438"
};
var ARTIFACTS = [
  [
    "commits",
    new RegExp("\u63D0\u4EA4(?:\u4FE1\u606F|\u8BF4\u660E|\u8AAA\u660E|\u6D88\u606F|\u8A0A\u606F)|commit\\s*(?:message|\u4FE1\u606F|\u6D88\u606F|\u8BF4\u660E|\u8A0A\u606F|\u30E1\u30C3\u30BB\u30FC\u30B8|\uBA54\uC2DC\uC9C0)s?|\u30B3\u30DF\u30C3\u30C8\u30E1\u30C3\u30BB\u30FC\u30B8|\uCEE4\uBC0B\\s*\uBA54\uC2DC\uC9C0|mensajes? de (?:commit|confirmaci\xF3n)|mensage(?:m|ns) de commit|commit-(?:nachricht|message)(?:en|s)?|messages? de commit|\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\\p{L}* (?:\u043A )?\u043A\u043E\u043C\u043C\u0438\u0442\\p{L}*", "iu")
  ],
  ["comments", new RegExp("\u6CE8\u91CA|\u8A3B\u91CB|\u6CE8\u89E3|\u30B3\u30E1\u30F3\u30C8|\uC8FC\uC11D|\uCF54\uBA58\uD2B8|comentarios|coment\xE1rios|kommentare|commentaires|\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\\p{L}*|comments", "iu")],
  [
    "replies",
    new RegExp("\u56DE\u7B54|\u89E3\u7B54(?!\u4F8B|\u6B04|\u7528\u7D19|\u96C6)|\u56DE\u590D|\u56DE\u8986|\u7B54\u590D|\u7B54\u8986|\u56DE\u5E94|\u56DE\u61C9|\u4EA4\u6D41|\u6C9F\u901A|\u6E9D\u901A|\u5BF9\u8BDD|\u5C0D\u8A71|\u8FD4\u7B54|\u8FD4\u4FE1|\u5FDC\u7B54|\u7B54\u3048\u3066|\u4F1A\u8A71|\u8A71\u3057\u3066|\uB2F5\uBCC0|\uB300\uB2F5|\uB2F5\uD574|\uC751\uB2F5|\uB300\uD654|respond\\p{L}*|contest\\p{L}*|respuestas?|respostas?|h\xE1blame|fale comigo|antwort\\p{L}*|r\xE9pon\\p{L}*|\u043E\u0442\u0432\u0435\u0447\u0430\\p{L}*|\u043E\u0442\u0432\u0435\u0442\\p{L}*|\u043E\u0431\u0449\u0430\u0439\u0441\u044F|answer\\p{L}*|repl(?:y|ies)|talk to me", "iu")
  ]
];
function framed(name, adverb) {
  const n = `(?:${name})`;
  return new RegExp(
    [
      // Chinese: 用/使用/以/采用 + name, or the name before the verb it is written in ("中文回答").
      `(?:\u7528|\u4F7F\u7528|\u4EE5|\u91C7\u7528|\u63A1\u7528|\u6539\u7528|\u6539\u6210)\\s*${n}`,
      `${n}\\s*(?:\u56DE\u7B54|\u56DE\u590D|\u56DE\u8986|\u7B54\u590D|\u5199|\u5BEB|\u4E66\u5199|\u66F8\u5BEB|\u64B0\u5199|\u64B0\u5BEB|\u4EA4\u6D41|\u6C9F\u901A|\u8F93\u51FA|\u8F38\u51FA)`,
      // Japanese and Korean: the name with its instrumental particle.
      `${n}\\s*(?:\u3067|\uB85C|\uC73C\uB85C)`,
      // Spanish, Portuguese, French, German, English, Russian: the preposition before the name.
      `(?<![\\p{L}])(?:en|em|in|auf|\u043D\u0430)\\s+${n}(?![\\p{L}])`,
      ...adverb ? [adverb] : []
    ].join("|"),
    "iu"
  );
}
var LANGUAGE_NAME = new RegExp(`^(?:${Object.values(NAMES).join("|")})$`, "iu");
var namesLanguage = (word) => LANGUAGE_NAME.test(word);
var FRAMES = Object.keys(NAMES).map((lang) => ({ lang, frame: framed(NAMES[lang], RU_ADVERB[lang]) }));
var HOLD = new RegExp(
  [
    String.raw`[?？]|吗|嗎|ですか|ますか|か[。.]?$|까요|나요|니까`,
    String.raw`翻译|翻譯|翻訳|訳して|번역|tradu\p{L}*|übersetz\p{L}*|перев\p{L}*|translat\p{L}*`,
    String.raw`不要|别|別|不用|しないで|ないで|하지\s*마|말고|(?<![\p{L}])(?:no|não|nicht|kein\p{L}*|ne|pas|не|not|don'?t|never|nunca|jamais|niemals)(?![\p{L}])`,
    String.raw`是中文|都是|になっている|ています|ている|되어\s*있|입니다|(?<![\p{L}])(?:está|están|estão|sind|ist|sont|est|are|is|was|were)(?![\p{L}])`,
    String.raw`这次|這次|今回|暂时|暫時|とりあえず|이번|(?<![\p{L}])(?:for now|por ahora|por enquanto|vorerst|pour l'instant|пока)(?![\p{L}])`
  ].join("|"),
  "iu"
);
var ONE_TEXT = new RegExp(
  String.raw`这个|這個|这段|這段|这些|這些|この|その|이\s*파일|(?<![\p{L}])(?:this|that|these|este|esta|esse|essa|diese[rsmn]?|ce|cette|этот|эту|это)(?![\p{L}])`,
  "iu"
);
var PROJECT_SCOPE = /(?:この|その)(?:プロジェクト|リポジトリ|リポ)|(?:这个|這個)(?:项目|項目|仓库|倉庫)|이\s*(?:프로젝트|저장소|레포)|(?<![\p{L}])(?:this|that) (?:project|repo(?:sitory)?|codebase)|(?:este|esse) (?:proyecto|projeto|repositorio|repositório|repo)|diese[rsmn]? (?:projekt|repo(?:sitory)?)|ce (?:projet|dépôt)(?![\p{L}])/giu;
var CLAUSE_BREAK = /[,，、;；]|\s(?:and|und|y|et|e|и)\s|して|て、|で、/u;
function askingClause(s, frame) {
  return s.split(CLAUSE_BREAK).find((c) => frame.test(c)) ?? s;
}
var MAX_SENTENCE = 90;
var LANGUAGE_TEXT = {
  chinese: "Chinese",
  japanese: "Japanese",
  korean: "Korean",
  spanish: "Spanish",
  portuguese: "Portuguese",
  german: "German",
  french: "French",
  russian: "Russian",
  english: "English"
};
var ARTIFACT_TEXT = {
  replies: "Answer",
  comments: "Write code comments",
  commits: "Write commit messages"
};
function outputLanguageAsk(sentence) {
  const s = sentence.normalize("NFKC").trim();
  if (s.length > MAX_SENTENCE || HOLD.test(s)) return void 0;
  const langs = FRAMES.filter((f) => f.frame.test(s));
  if (langs.length !== 1) return void 0;
  if (ONE_TEXT.test(askingClause(s, langs[0].frame).replace(PROJECT_SCOPE, " "))) return void 0;
  const artifacts = ARTIFACTS.filter(([, re]) => re.test(s));
  const artifact = artifacts[0]?.[0];
  if (!artifact) return void 0;
  const lang = langs[0].lang;
  const lesson = `${ARTIFACT_TEXT[artifact]} in ${LANGUAGE_TEXT[lang]}.`;
  const signature = artifact === "replies" ? `ask|style|${lang}` : `ask|lang|${artifact}|${lang}`;
  return { signature, lesson, sentence, own: sentence };
}

// src/signals/repeated-asks.ts
var MAX_OWN = 4e3;
var SKETCH_WORDS = 48;
var SAME_TASK = 0.7;
var PLACEHOLDER = /<[A-Za-z][\w -]{0,30}>/;
var COMMAND_LIKE = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:\.{0,2}\/)?[\w<>.+@-][\w<>./+@:=-]*(?:\s|$)/;
var NOT_PLAIN = /\b(?:not|never|don'?t|do not|didn'?t|instead|rather|why|whether|should (?:we|i)|what about|how about|maybe|perhaps)\b|n't\b/i;
var ROLE_TEXT = {
  build: "Build",
  test: "Run the tests",
  lint: "Lint",
  format: "Format",
  check: "Check your changes"
};
var VERB = String.raw`(build|rebuild|compile|test|lint|format|check|verify|validate|type-?check|run)`;
var OBJECT = String.raw`(it|them|this|that|everything|tests?|(?:the|your|my)\s+(?:[\w-]+\s+)?(?:tests?|suite|build|app|project|code|binar(?:y|ies)|targets?|changes?|work))`;
var WITH = String.raw`(?:\s+(?:with|using|via|by running)|\s*[:\u2013\u2014-])\s*$`;
var WITH_FRAME = new RegExp(String.raw`\b${VERB}(?:\s+${OBJECT})?${WITH}`, "i");
var ING_BASE = {
  building: "build",
  rebuilding: "rebuild",
  compiling: "compile",
  testing: "test",
  linting: "lint",
  formatting: "format",
  checking: "check",
  verifying: "verify",
  validating: "validate",
  running: "run"
};
var ORDERED_ING_FRAME = new RegExp(
  String.raw`(?:^|[,.;:!?]\s*|\s[-\u2013\u2014]+\s|\b(?:please|pls|just|now|then|first|and|so)\s+)(?:try|(?:start|begin)(?:\s+off)?\s+by|keep)\s+(${Object.keys(ING_BASE).join("|")})(?:\s+${OBJECT})?${WITH}`,
  "i"
);
function frameBefore(before) {
  const plain = WITH_FRAME.exec(before);
  if (plain) return { verb: plain[1], object: plain[2], index: plain.index };
  const ing = ORDERED_ING_FRAME.exec(before);
  return ing ? { verb: ING_BASE[ing[1].toLowerCase()], object: ing[2], index: ing.index } : void 0;
}
var TRY_BEFORE = /(?:^|\b(?:please|pls|just|now|then|first|and|so)\s+)try\s*$/i;
var CLAUSE_BREAK2 = /\s[-\u2013\u2014]+\s|;\s/g;
var RUN_BEFORE = /\b(?:run|use|execute)\s*$/i;
var PURPOSE_AFTER = /^\s*to\s+(build|compile|test|lint|format|check|verify|validate|confirm|make sure|ensure|type-?check)\b/i;
var BARE_VERB = /\b(run|build|rebuild|compile|test)\s*$/i;
function roleOf2(verb, object, command) {
  const v = verb.toLowerCase();
  if (/^(?:build|rebuild|compile)$/.test(v)) return "build";
  if (v === "test" || /\btests?\b|\bsuite\b/i.test(object ?? "")) return "test";
  if (v === "lint") return "lint";
  if (v === "format") return "format";
  if (v !== "run" && v !== "try") return "check";
  const shape = parseCommand(command.replace(/<([\w -]+)>/g, "$1"));
  if (shape && isTestCommand(shape) || /<[^>]*test[^>]*>/i.test(command)) return "test";
  return v === "try" && shape && (shape.sub[0] === "build" || shape.sub[0] === "run" && shape.sub[1] === "build") ? "build" : void 0;
}
function clauses(sentence) {
  const out = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK2)) {
    out.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}
function recipeCommand(span) {
  const first = span.replace(/\s+/g, " ").trim().split(/\s+(?:[12]?>>?|\||&&|;|\|\|)(?:\s|$)/)[0].trim();
  return first.replace(/(?:\s+-[^\s]*)+$/, "");
}
function recipeKey(command) {
  return shellWords(command.replace(/<[A-Za-z][\w -]{0,30}>/g, "<>")).filter((w) => !w.startsWith("-")).map((w) => w.replace(/\/+$/, "").toLowerCase()).join(" ");
}
function recipesIn(sentence) {
  if (!sentence.includes("`")) return [];
  const out = [];
  const parts = clauses(sentence);
  const clauseAt = (i) => parts.find((c) => i <= c.end) ?? parts[parts.length - 1];
  for (const m of sentence.matchAll(/`([^`\n]{2,200})`/g)) {
    const span = (m[1] ?? "").trim();
    if (!COMMAND_LIKE.test(span)) continue;
    const at = m.index ?? 0;
    const own = clauseAt(at);
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + m[0].length, own.end);
    const framed2 = frameBefore(before);
    const purpose = !framed2 && RUN_BEFORE.test(before) ? PURPOSE_AFTER.exec(after) : null;
    const template = !framed2 && !purpose && PLACEHOLDER.test(span) ? BARE_VERB.exec(before) : null;
    const tried = !framed2 && !purpose && !template && TRY_BEFORE.test(sentence.slice(own.start, at)) ? "try" : void 0;
    const from = clauseAt(Math.min(at, framed2?.index ?? template?.index ?? at)).start;
    const whole = sentence.slice(from, own.end);
    if (NOT_PLAIN.test(whole) || TRANSIENT.test(whole)) continue;
    const verb = framed2?.verb ?? purpose?.[1] ?? template?.[1] ?? tried;
    if (!verb) continue;
    const command = recipeCommand(span);
    const role = roleOf2(verb, framed2?.object, command);
    const key = recipeKey(command);
    if (!role || !key) continue;
    out.push({ signature: `ask|cmd|${key}`, lesson: `${ROLE_TEXT[role]} with \`${command}\`.`, sentence, own: m[0] });
  }
  return out;
}
var NOT_A_NAME = /^(?:a|an|any|all|some|this|that|these|those|it|its|them|the|your|my|our|one|same|other|only|just|also)$/i;
var TOOL_EVERYWHERE = /^(?:please\s+)?use\s+(`[^`\n]{1,40}`|[A-Za-z][\w@.+-]{1,39})\s+(?:for everything|for all\b[^.!?]{0,60}|for (?:every|any)\b[^.!?]{0,60}|everywhere|throughout(?: the (?:project|repo|codebase))?|(?:in|for) this (?:project|repo(?:sitory)?|codebase))[.!]?$/i;
var STYLE_LEAD = /^(?:please\s+)?(?:answer|respond|reply|write (?:your )?(?:answers|responses|replies)|keep (?:your |the )?(?:answers|responses|replies))\b/i;
var STYLE_WORDS = [
  [/\b(?:short|brief(?:ly)?|concise(?:ly)?|terse(?:ly)?|succinct(?:ly)?)\b/i, "short"],
  [/\bbullet(?:s| points?| lists?)?\b/i, "bullets"],
  [/\b(?:english|german|french|spanish|italian|portuguese|dutch|polish|russian|chinese|japanese|korean)\b/i, "language"],
  [/\bplain text\b/i, "plain"]
];
function openingAskIn(sentence) {
  const s = sentence.replace(/^(?:also|and|ok(?:ay)?)[,!]?\s+/i, "");
  if (s.length > 160 || NOT_PLAIN.test(s) || TRANSIENT.test(s) || s.endsWith("?")) return void 0;
  const lesson = `${s.charAt(0).toUpperCase()}${s.slice(1).replace(/^please\s+/i, "").replace(/[.!]*$/, "")}.`;
  const tool = TOOL_EVERYWHERE.exec(s);
  const name = tool?.[1]?.replace(/`/g, "");
  if (name && !NOT_A_NAME.test(name))
    return { signature: `ask|use|${name.toLowerCase()}`, lesson: lesson.replace(/^Please /, ""), sentence, own: sentence };
  if (!STYLE_LEAD.test(s)) return void 0;
  const style = STYLE_WORDS.filter(([re]) => re.test(s)).map(([, k]) => k);
  if (style.length === 0) return void 0;
  const lang = /\b(english|german|french|spanish|italian|portuguese|dutch|polish|russian|chinese|japanese|korean)\b/i.exec(s)?.[1];
  const key = style.map((k) => k === "language" && lang ? lang.toLowerCase() : k).sort().join(" ");
  return { signature: `ask|style|${key}`, lesson: lesson.replace(/^Please /, ""), sentence, own: sentence };
}
var DOC_REF = /^@?`?((?:[\w.-]+\/)*[\w.-]+\.(?:md|mdx|rst|txt))`?(?=[\s,.;:!]|$)/i;
var MEMORY_DOC = /(?:^|\/)(?:CLAUDE|AGENTS|AGENTS\.override|GEMINI|CLAUDE\.local)\.md$/i;
var AFTER_READING = /^(?:[.!]?$|,?\s*(?:and\s+)?(?:then|first|now|before)\b)/i;
function readingListIn(sentence) {
  const lead = /^(?:please\s+)?(?:first\s+)?(?:read|review|go through)\s+/i.exec(sentence);
  if (!lead) return void 0;
  const docs = [];
  let rest = sentence.slice(lead[0].length);
  for (; ; ) {
    const m = DOC_REF.exec(rest);
    if (!m) break;
    docs.push(m[1].replace(/^\.\//, ""));
    rest = rest.slice(m[0].length).replace(/^\s*(?:,\s*)?(?:and\s+(?=@|`|[\w./-]+\.(?:md|mdx|rst|txt)\b))?/i, "");
  }
  if (docs.length === 0 || docs.some((d) => MEMORY_DOC.test(d)) || !AFTER_READING.test(rest.trim())) return void 0;
  const sorted = [...new Set(docs)].sort();
  const spans = sorted.map((d) => `\`${d}\``);
  const list = spans.length === 1 ? spans[0] : `${spans.slice(0, -1).join(", ")} and ${spans[spans.length - 1]}`;
  const read = sentence.slice(0, sentence.length - rest.length);
  return { signature: `ask|read|${sorted.join(" ").toLowerCase()}`, lesson: `At the start of a task, read ${list}.`, sentence, own: read };
}
function asksIn(src) {
  if (src.ownLength > MAX_OWN) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (a) => {
    if (!a || seen.has(a.signature)) return;
    seen.add(a.signature);
    out.push(a);
  };
  for (const sentence of src.own) {
    recipesIn(sentence).forEach(add);
    if (src.opening) [openingAskIn(sentence), readingListIn(sentence)].forEach(add);
  }
  src.readable.forEach((sentence) => add(outputLanguageAsk(sentence)));
  return out;
}
function taskSketch(own, ask) {
  const rest = own.replace(ask.own, " ");
  const hashes = [...new Set(contentWords(rest))].map((w) => shortHash(w, 6)).sort();
  return hashes.slice(0, SKETCH_WORDS).join(" ");
}
function sketchAgreement(a, b) {
  if (a === "" || b === "") return 0;
  const x = new Set(a.split(" ").filter(Boolean));
  const y = new Set(b.split(" ").filter(Boolean));
  const union = [.../* @__PURE__ */ new Set([...x, ...y])].sort().slice(0, SKETCH_WORDS);
  return union.filter((w) => x.has(w) && y.has(w)).length / union.length;
}

// src/signals/rule-order.ts
var FRONTED = /^(before|after)\s+([^,]+),\s*(.+)$/i;
var INNER = /^(.+?)(?:,\s*|\s+)(?:and\s+)?(before|after|then)\s+(.+)$/i;
var OPENING = /^(?:please\s+)?(?:always\s+|never\s+|don'?t\s+|do not\s+|first\s+)*([a-z-]+)\s+/i;
function sides(lesson) {
  const text = lesson.replace(/:\s.*$/, "").replace(/[.!]+$/, "");
  const f = FRONTED.exec(text);
  const m = f ? void 0 : INNER.exec(text);
  if (!f && !m) return void 0;
  const [first, then] = f ? f[1].toLowerCase() === "before" ? [f[3], f[2]] : [f[2], f[3]] : m[2].toLowerCase() === "after" ? [m[3], m[1]] : [m[1], m[3]];
  const bare = (clause) => {
    const verb = OPENING.exec(clause);
    return verb && RULE_VERB.test(verb[1]) ? clause.slice(verb[0].length) : clause;
  };
  const a = new Set(meaningStems(bare(first)));
  const b = new Set(meaningStems(bare(then)));
  const out = /* @__PURE__ */ new Map();
  for (const s of a) if (!b.has(s)) out.set(s, 0);
  for (const s of b) if (!a.has(s)) out.set(s, 1);
  return out;
}
function ordersDisagree(lessons) {
  const read = lessons.map(sides).filter((s) => s !== void 0 && s.size > 0);
  for (let i = 0; i < read.length; i++)
    for (let j = i + 1; j < read.length; j++)
      for (const [stem, side] of read[i]) if (read[j].has(stem) && read[j].get(stem) !== side) return true;
  return false;
}

// src/signals/cluster.ts
var MAX_SIGNALS_PER_PATTERN = 25;
var supportSession = (s) => s.rootSessionId ?? s.sessionId;
function patternId(kind, signature) {
  return `p_${shortHash(`${kind}\0${signature}`)}`;
}
var wordsUnverified = (s) => s.evidence.some((e) => e.unverified === true);
function wordSignals(p) {
  const said = p.signals.filter((s) => !wordsUnverified(s));
  return said.length > 0 ? said : p.signals;
}
var noVotes = () => ({ summaries: /* @__PURE__ */ new Map(), lessons: /* @__PURE__ */ new Map() });
function vote(v, w, n = 1) {
  v.summaries.set(w.summary, (v.summaries.get(w.summary) ?? 0) + n);
  if (w.lesson) v.lessons.set(w.lesson, (v.lessons.get(w.lesson) ?? 0) + n);
}
function addFolder(b, folder) {
  if (b.folders === void 0 || folder !== void 0 && b.folders.includes(folder)) return;
  b.folders = joinFolders(b.folders, folderSummary(folder));
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
        said: noVotes(),
        unattributed: noVotes(),
        folders: folderSummary(s.folder),
        signals: [],
        sampled: /* @__PURE__ */ new Set()
      };
      buckets.set(key, b);
    }
    addFolder(b, s.folder);
    b.sessions.add(supportSession(s));
    b.agents.add(s.agent);
    vote(wordsUnverified(s) ? b.unattributed : b.said, s);
    addSample(b, s);
  }
  return splitBySupport(
    [...buckets].map(([key, b]) => toPattern(patternId(b.kind, b.signature), regrouped(b, same?.rootOf(key)))),
    minSupport,
    // A chunk of the streaming accumulator sees only part of the sessions: an ask may recur in the next chunk.
    same ? {} : { partial: true }
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
function splitBySupport(all, minSupport, opts = {}) {
  const sorted = all.filter((p) => p.signals.length === 0 || !p.signals.every((s) => s.restated)).sort(bySupport);
  const teaches = (p) => meetsSupport(p, minSupport) && (opts.partial || recurringAsk(p)) && !ordersDisagree(p.signals.flatMap((s) => s.lesson ?? []));
  return {
    patterns: sorted.filter(teaches),
    oneOffs: sorted.filter((p) => !teaches(p))
  };
}
function recurringAsk(p) {
  if (!p.signals.some((s) => s.asked !== void 0)) return true;
  const sketches = p.signals.map((s) => s.asked).filter((s) => s !== void 0);
  const tasks = [];
  for (const s of sketches) {
    if (tasks.some((t) => sketchAgreement(t, s) >= SAME_TASK)) continue;
    tasks.push(s);
    if (tasks.length >= 2) return true;
  }
  return false;
}
function meetsSupport(p, minSupport) {
  return p.support.sessions >= Math.max(1, minSupport) || p.signals.some((s) => s.standing);
}
var bySupport = (a, b) => b.support.sessions - a.support.sessions || b.support.agents - a.support.agents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function toPattern(id, b) {
  const unverified = b.said.summaries.size === 0 && b.unattributed.summaries.size > 0;
  const words = unverified ? b.unattributed : b.said;
  const lesson = mode(words.lessons);
  return {
    id,
    kind: b.memory ? "memory_failure" : b.kind,
    signature: b.signature,
    summary: mode(words.summaries) ?? b.signature,
    ...lesson ? { lesson } : {},
    ...unverified ? { unverified: true } : {},
    support: { sessions: b.sessions.size, agents: b.agents.size },
    sessions: [...b.sessions].sort(),
    agents: [...b.agents].sort(),
    ...b.folders ? { folders: b.folders } : {},
    signals: [...b.signals].sort((x, y) => x.sessionId < y.sessionId ? -1 : x.sessionId > y.sessionId ? 1 : 0)
  };
}

// src/ledger/filter.ts
import { hash } from "node:crypto";
var SEGMENT_KEYS = 16384;
var BITS_PER_KEY = 45;
var LAST_TIGHTER = 12;
function segmentParams(i) {
  const bitsPerKey = BITS_PER_KEY + Math.ceil(1.44 * Math.min(i, LAST_TIGHTER));
  return { bitsPerKey, hashes: Math.round(bitsPerKey * Math.LN2) };
}
var emptyFilter = () => ({ ...segmentParams(0), segments: [] });
var bitsPerKeyOf = (f, s) => s.bitsPerKey ?? f.bitsPerKey;
var hashesOf = (f, s) => s.hashes ?? f.hashes;
var segmentBytes = (bitsPerKey) => SEGMENT_KEYS * bitsPerKey / 8;
function keyHash(key) {
  const d = hash("sha256", key, "binary");
  return { h1: uint32At(d, 0), h2: uint32At(d, 4) | 1 };
}
var uint32At = (d, at) => (d.charCodeAt(at) | d.charCodeAt(at + 1) << 8 | d.charCodeAt(at + 2) << 16 | d.charCodeAt(at + 3) << 24) >>> 0;
function hasAll(b, k, bits, hashes) {
  for (let i = 0; i < hashes; i++) {
    const p = (k.h1 + Math.imul(i, k.h2) >>> 0) % bits;
    if ((b[p >>> 3] & 1 << (p & 7)) === 0) return false;
  }
  return true;
}
function setAll(b, k, bits, hashes) {
  for (let i = 0; i < hashes; i++) {
    const p = (k.h1 + Math.imul(i, k.h2) >>> 0) % bits;
    b[p >>> 3] |= 1 << (p & 7);
  }
}
var decoded = /* @__PURE__ */ new WeakMap();
function bitsOf(s) {
  let b = decoded.get(s);
  if (!b) {
    b = Buffer.from(s.bits, "base64");
    decoded.set(s, b);
  }
  return b;
}
function filterHas(f, key) {
  return f !== void 0 && f.segments.length > 0 && holds(f, keyHash(key));
}
function holds(f, k) {
  for (let i = 0; i < f.segments.length; i++) {
    const s = f.segments[i];
    if (hasAll(bitsOf(s), k, SEGMENT_KEYS * bitsPerKeyOf(f, s), hashesOf(f, s))) return true;
  }
  return false;
}
function filterAdd(f, keys) {
  let last = f.segments[f.segments.length - 1];
  let buf = last ? Buffer.from(bitsOf(last)) : void 0;
  if (last && buf) decoded.set(last, buf);
  const flush = () => {
    if (last && buf) {
      last.bits = buf.toString("base64");
      decoded.set(last, buf);
    }
  };
  for (const key of keys) {
    const k = keyHash(key);
    if (holds(f, k)) continue;
    if (!last || !buf || last.keys >= SEGMENT_KEYS) {
      flush();
      const params = segmentParams(f.segments.length);
      const own = params.bitsPerKey === f.bitsPerKey && params.hashes === f.hashes;
      last = own ? { keys: 0, bits: "" } : { keys: 0, bits: "", ...params };
      buf = Buffer.alloc(segmentBytes(bitsPerKeyOf(f, last)));
      f.segments.push(last);
      decoded.set(last, buf);
    }
    setAll(buf, k, SEGMENT_KEYS * bitsPerKeyOf(f, last), hashesOf(f, last));
    last.keys++;
  }
  flush();
}
function filterUnion(a, b) {
  if (!a || a.segments.length === 0) return b && structuredClone(b);
  if (!b || b.segments.length === 0) return structuredClone(a);
  const out = structuredClone(a);
  const have = new Set(out.segments.map((s) => s.bits));
  for (const s of b.segments) {
    if (have.has(s.bits)) continue;
    const own = { bitsPerKey: bitsPerKeyOf(b, s), hashes: hashesOf(b, s) };
    const same = own.bitsPerKey === out.bitsPerKey && own.hashes === out.hashes;
    out.segments.push(same ? structuredClone(s) : { ...structuredClone(s), ...own });
  }
  return out;
}
function filterCovers(f, of) {
  if (!of || of.segments.length === 0) return true;
  const have = new Set((f?.segments ?? []).map((s) => s.bits));
  return of.segments.every((s) => have.has(s.bits));
}
function ledgerTextToScan(text) {
  return text.replace(/("bits":\s*")[A-Za-z0-9+/]*={0,2}"/g, '$1"');
}
function ledgerLineToScan(line) {
  return line.includes('"bits"') ? ledgerTextToScan(line) : line;
}
var LEDGER_SCAN = { view: ledgerLineToScan, linesStandAlone: true };

// src/ledger/same-proposal.ts
var TEACHING_OPS = /* @__PURE__ */ new Set(["add", "update"]);
function proposalKey(p) {
  if (!p.patternId) return void 0;
  if (TEACHING_OPS.has(p.op)) return `pattern:${p.patternId}|teach|${p.file}`;
  return `pattern:${p.patternId}|${p.op}|${p.file}|${p.toFile ?? ""}|${(p.entryIds ?? []).join(",")}`;
}
var proposalShape = (e) => ({
  ...e.patternId ? { patternId: e.patternId } : {},
  op: e.op,
  file: e.file,
  ...e.op === "move" && e.toFile ? { toFile: e.toFile } : {},
  entryIds: [e.entryId, ...e.mergedEntryIds ?? []].filter((x) => !!x)
});
function isSuppressed(e, suppressed, otherIds = []) {
  if (suppressed.has(e.id) || otherIds.some((id) => suppressed.has(id))) return true;
  const key = proposalKey(proposalShape(e));
  return key !== void 0 && suppressed.has(key);
}

// src/ledger/record.ts
var MAX_PATTERN_SESSIONS = 500;
function isDreamed(l, contentHash) {
  return Object.prototype.hasOwnProperty.call(l.sessions, contentHash) || filterHas(l.dreamed, contentHash);
}
function recordSession(l, s, at) {
  if (isDreamed(l, s.contentHash)) return false;
  l.sessions[s.contentHash] = { id: redactSecrets(s.id), sourceFile: redactSecrets(s.sourceFile), dreamedAt: at };
  return true;
}
var hostedSessionKey = (engine, sessionId) => `${engine}:${sessionId}`;
function recordHostedSessions(l, engine, sessionIds, at, createdAt = {}) {
  for (const id of sessionIds) {
    const key = hostedSessionKey(engine, id);
    if (isDreamed(l, key)) continue;
    const created = createdAt[id];
    l.sessions[key] = { id, sourceFile: engine, dreamedAt: at, ...created ? { createdAt: created } : {} };
  }
  return l;
}
function newSessions2(l, p, roots) {
  return newSessions(new Set(l.patterns[p.id]?.sessions ?? []), p.sessions, roots);
}
var MAX_PATTERN_SAMPLES = 3;
var MAX_LEDGER_PATTERNS = 5e3;
function rememberedRedaction() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    let out = seen.get(text);
    if (out === void 0) seen.set(text, out = redactSecrets(text));
    return out;
  };
}
function toSample(s, redact) {
  return {
    sessionId: s.sessionId,
    ...s.rootSessionId ? { rootSessionId: s.rootSessionId } : {},
    agent: s.agent,
    summary: s.summary,
    ...s.lesson ? { lesson: s.lesson } : {},
    ...s.failed ? { failed: s.failed } : {},
    ...s.fixed ? { fixed: s.fixed } : {},
    ...s.memoryEntryId ? { memoryEntryId: s.memoryEntryId } : {},
    ...s.asked !== void 0 ? { asked: s.asked } : {},
    ...s.named?.length ? { named: s.named.slice(0, 8).map(redact) } : {},
    evidence: s.evidence.slice(0, 1).map((e) => ({
      session: redact(e.session),
      file: redact(e.file),
      line: e.line,
      quote: redact(e.quote),
      // Kept so a pattern the ledger recalls still shows no words only unverified turns carried (Evidence.unverified),
      // and takes none of its wording from them (wordsUnverified): the one quote kept stands for the signal's, so it
      // is marked when any of them was such a turn (the quote is then withheld too, never shown by mistake).
      ...wordsUnverified(s) ? { unverified: true } : {}
    }))
  };
}
function recordPatterns(l, patterns, at) {
  const redact = rememberedRedaction();
  const roots = rootFileIds(Object.values(l.sessions));
  for (const p of patterns) {
    const { fresh, claimed } = newSessions2(l, p, roots);
    const prev = l.patterns[p.id];
    if (prev && fresh.length === 0 && claimed.size === 0) continue;
    const sessions = [.../* @__PURE__ */ new Set([...(prev?.sessions ?? []).map((s) => claimed.get(s) ?? s), ...fresh])];
    const samples = [...prev?.samples ?? []];
    const sampled = new Set(samples.map((x) => x.rootSessionId ?? x.sessionId));
    for (const s of p.signals) {
      if (samples.length >= MAX_PATTERN_SAMPLES) break;
      if (sampled.has(supportSession(s)) || s.evidence.length === 0) continue;
      sampled.add(supportSession(s));
      samples.push(toSample(s, redact));
    }
    const folders = prev ? joinFolders(prev.folders, p.folders) : p.folders;
    l.patterns[p.id] = {
      kind: p.kind,
      signature: p.signature,
      support: (prev?.support ?? 0) + fresh.length,
      agents: [.../* @__PURE__ */ new Set([...prev?.agents ?? [], ...p.agents])].sort(),
      firstSeen: prev?.firstSeen ?? at,
      lastSeen: at,
      sessions: sessions.slice(-MAX_PATTERN_SESSIONS),
      ...folders ? { folders } : {},
      ...samples.length ? { samples } : {}
    };
    const entryIds = new Set(p.signals.map((s) => s.memoryEntryId).filter((x) => !!x));
    for (const id of entryIds) {
      const e = l.entries[id] ?? { hurt: 0, helped: 0, lastSeen: at };
      l.entries[id] = { ...e, hurt: e.hurt + fresh.length, lastSeen: at };
    }
  }
  return l;
}
var MAX_LEDGER_PATTERN_IDS = 1e5;
function prunePatterns(l, max = MAX_LEDGER_PATTERNS) {
  const forgotten = forgetPatterns(l, max);
  capPatternSessions(l);
  return forgotten;
}
function capPatternSessions(l, maxIds = MAX_LEDGER_PATTERN_IDS) {
  const lengths = Object.values(l.patterns).map((p) => p.sessions.length).sort((a, b) => a - b);
  if (lengths.reduce((a, b) => a + b, 0) <= maxIds) return;
  let cut = 0;
  let below = 0;
  for (let i = 0; i < lengths.length; i++) {
    const rest = lengths.length - i;
    const fit = Math.floor((maxIds - below) / rest);
    if (fit < lengths[i]) {
      cut = fit;
      break;
    }
    below += lengths[i];
  }
  for (const p of Object.values(l.patterns)) if (p.sessions.length > cut) p.sessions = cut > 0 ? p.sessions.slice(-cut) : [];
}
function forgetPatterns(l, max) {
  const ids = Object.keys(l.patterns);
  if (ids.length <= max) return 0;
  const referenced = new Set(Object.values(l.edits).map((e) => e.patternId));
  const candidates = ids.filter((id) => !referenced.has(id)).sort((a, b) => {
    const x = l.patterns[a];
    const y = l.patterns[b];
    return x.support - y.support || (x.lastSeen < y.lastSeen ? -1 : x.lastSeen > y.lastSeen ? 1 : a < b ? -1 : 1);
  });
  const drop = candidates.slice(0, ids.length - max);
  for (const id of drop) delete l.patterns[id];
  return drop.length;
}
function recordEntryOutcome(l, entryId, outcome, sessions, at) {
  const e = l.entries[entryId] ?? { hurt: 0, helped: 0, lastSeen: at };
  l.entries[entryId] = { ...e, [outcome]: Math.max(0, e[outcome] + sessions), lastSeen: at };
  return l;
}
var supportOf = (l, e) => (e.patternId ? l.patterns[e.patternId]?.support : void 0) ?? e.support?.sessions ?? 0;
var patternSessions = (l, patternId2) => patternId2 ? l.patterns[patternId2]?.sessions : void 0;
var sessionsCount = (l, patternId2) => {
  const p = patternId2 ? l.patterns[patternId2] : void 0;
  return p ? Math.max(p.support, p.sessions.length) : 0;
};
function recordProposed(l, edits, at) {
  for (const e of edits) {
    const prev = l.edits[e.id];
    const support = supportOf(l, e);
    if (prev && prev.status === "proposed" && prev.supportAtDecision === support) continue;
    const { entryIds = [] } = proposalShape(e);
    const sessions = patternSessions(l, e.patternId);
    l.edits[e.id] = {
      op: e.op,
      file: e.file,
      ...e.patternId ? { patternId: e.patternId } : {},
      ...entryIds.length ? { entryIds: [...entryIds] } : {},
      status: "proposed",
      proposedAt: at,
      supportAtDecision: support,
      ...sessions ? { sessions: [...sessions] } : {},
      ...sessions && sessionsCount(l, e.patternId) > sessions.length ? { sessionCount: sessionsCount(l, e.patternId) } : {},
      ...provenanceOf(e),
      ...prev?.pr ? { pr: prev.pr } : {}
    };
  }
  return l;
}
var MAX_EDIT_EVIDENCE = 3;
var MAX_EDIT_TEXT = 600;
var entryTextHash = (text) => sha256Hex(normaliseEntryText(text)).slice(0, 16);
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function provenanceOf(e) {
  const text = e.op === "delete" ? void 0 : e.after;
  return {
    ...text ? { entryHash: entryTextHash(text), entryText: clip(text, MAX_EDIT_TEXT) } : {},
    ...e.before ? { beforeHash: entryTextHash(e.before) } : {},
    ...e.op === "move" && e.toFile ? { toFile: e.toFile } : {},
    ...e.rationale ? { rationale: clip(e.rationale, MAX_EDIT_TEXT) } : {},
    ...e.evidence.length ? {
      evidence: e.evidence.slice(0, MAX_EDIT_EVIDENCE).map((v) => ({
        session: v.session,
        file: v.file,
        line: v.line,
        quote: clip(v.quote, 300),
        ...v.unverified ? { unverified: v.unverified } : {}
      }))
    } : {},
    ...e.support ? { support: { sessions: e.support.sessions, agents: e.support.agents } } : {}
  };
}
function recordPull(l, editIds, pr) {
  for (const id of editIds) {
    const e = l.edits[id];
    if (e && e.status === "proposed") l.edits[id] = { ...e, pr: { number: pr.number, ...pr.url ? { url: pr.url } : {} } };
  }
  return l;
}
function recordAdopted(l, a) {
  const e = l.edits[a.editId];
  if (!e || e.adopted?.sha === a.sha) return l;
  const reworded = a.how === "reworded" && a.text !== void 0;
  const adopted = {
    at: a.at,
    sha: a.sha,
    how: a.how,
    ...reworded ? { text: clip(a.text, MAX_EDIT_TEXT), hash: entryTextHash(a.text) } : {}
  };
  l.edits[a.editId] = { ...e, status: "proposed", adopted };
  return l;
}
var omittedOf = (listed, count) => Math.max(0, (count ?? listed) - listed);
function recordRejected(l, rejections, at) {
  for (const r of rejections) {
    const { id, patternId: patternId2, sessions: seen = [], sessionCount } = typeof r === "string" ? { id: r } : r;
    const prev = l.edits[id];
    const seenSet = new Set(seen);
    const omitted = omittedOf(seenSet.size, sessionCount);
    if (prev?.status === "proposed" && seen.length > 0 && (prev.sessions ?? []).filter((s) => !seenSet.has(s)).length > omitted) continue;
    const pid = prev?.patternId ?? patternId2;
    if (prev?.status === "rejected") {
      const before = prev.sessions ?? [];
      const widened = [.../* @__PURE__ */ new Set([...before, ...seen])].sort();
      const prevOmitted = omittedOf(before.length, prev.sessionCount);
      const nextOmitted = Math.max(prevOmitted, omitted);
      if (widened.length === before.length && nextOmitted === prevOmitted) continue;
      l.edits[id] = withSessions({ ...prev }, widened, widened.length + nextOmitted);
      continue;
    }
    const support = pid ? l.patterns[pid]?.support ?? prev?.supportAtDecision ?? seen.length : prev?.supportAtDecision ?? seen.length;
    const sessions = seen.length ? [...seenSet].sort() : prev?.sessions ?? patternSessions(l, pid);
    const edit = {
      op: prev?.op ?? "unknown",
      file: prev?.file ?? "",
      ...pid ? { patternId: pid } : {},
      ...prev?.entryIds ? { entryIds: prev.entryIds } : {},
      // Where a rejected move went is part of what was rejected (same-proposal.ts).
      ...prev?.toFile ? { toFile: prev.toFile } : {},
      status: "rejected",
      proposedAt: prev?.proposedAt ?? at,
      rejectedAt: at,
      supportAtDecision: support
    };
    const count = seen.length ? seenSet.size + omitted : prev?.sessions ? prev.sessionCount ?? prev.sessions.length : sessionsCount(l, pid);
    l.edits[id] = sessions ? withSessions(edit, sessions, count) : edit;
  }
  return l;
}
function withSessions(e, sessions, count) {
  const kept = sessions.slice(-MAX_PATTERN_SESSIONS);
  const { sessionCount: _dropped, ...rest } = e;
  return { ...rest, sessions: [...kept], ...count > kept.length ? { sessionCount: count } : {} };
}
var pendingEntryKey = (entryId) => `entry:${entryId}`;
function suppressedEditIds(l, patterns) {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  let roots;
  const rootIds = () => roots ??= rootFileIds(Object.values(l.sessions));
  const out = /* @__PURE__ */ new Set();
  for (const [id, e] of Object.entries(l.edits)) {
    if (e.status === "proposed") for (const entry of e.entryIds ?? []) out.add(pendingEntryKey(entry));
    const p = e.patternId ? byId.get(e.patternId) : void 0;
    if (p && hasNewEvidence(l, e, p, rootIds)) continue;
    out.add(id);
    const key = proposalKey(e);
    if (key) out.add(key);
  }
  return out;
}
function hasNewEvidence(l, e, p, roots) {
  if (e.status === "rejected" && e.sessions && e.sessions.length > 0) {
    const seen = new Set(e.sessions);
    const outside = newSessions(seen, p.sessions, roots()).fresh.length;
    return outside > omittedOf(seen.size, e.sessionCount);
  }
  return newSessions2(l, p, roots()).fresh.length > 0;
}

export {
  MAX_MESSAGE,
  shortOwnText,
  readableOwnText,
  evidenceFor,
  SessionOccurrences,
  SameEvents,
  namesLanguage,
  outputLanguageAsk,
  asksIn,
  taskSketch,
  supportSession,
  patternId,
  wordsUnverified,
  wordSignals,
  noVotes,
  vote,
  signalPatternId,
  clusterSignals,
  regrouped,
  addSample,
  splitBySupport,
  recurringAsk,
  meetsSupport,
  bySupport,
  toPattern,
  emptyFilter,
  segmentBytes,
  filterHas,
  filterAdd,
  filterUnion,
  filterCovers,
  LEDGER_SCAN,
  isSuppressed,
  MAX_PATTERN_SESSIONS,
  isDreamed,
  recordSession,
  recordHostedSessions,
  MAX_PATTERN_SAMPLES,
  recordPatterns,
  prunePatterns,
  recordEntryOutcome,
  recordProposed,
  entryTextHash,
  recordPull,
  recordAdopted,
  recordRejected,
  pendingEntryKey,
  suppressedEditIds
};
