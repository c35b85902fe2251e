import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  INTEGER_SETTINGS
} from "./chunk-XQPBWXKD.js";
import {
  require_ajv
} from "./chunk-YTTXEE3B.js";
import {
  require_dist
} from "./chunk-7T7FAOMK.js";
import {
  PROVIDER_NAMES
} from "./chunk-S4URGW26.js";
import {
  __toESM
} from "./chunk-7OVR6L5L.js";

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
function integerSchema(name) {
  const b = INTEGER_SETTINGS[name];
  return b.max === void 0 ? { type: "integer", minimum: b.min } : { type: "integer", minimum: b.min, maximum: b.max };
}
var schema = {
  type: "object",
  additionalProperties: false,
  properties: {
    sessions: { type: "array", items: { type: "string", minLength: 1 } },
    memory: { type: "array", items: { type: "string", minLength: 1 } },
    engine: { enum: ["offline", "claude", "anthropic-dreams"] },
    provider: { enum: PROVIDER_NAMES },
    model: { type: "string", minLength: 1 },
    "min-support": integerSchema("min-support"),
    "max-edits": integerSchema("max-edits"),
    "min-new-sessions": integerSchema("min-new-sessions"),
    budget: {
      type: "object",
      additionalProperties: false,
      properties: { "max-lines": { type: "integer", minimum: 1 }, "max-bytes": { type: "integer", minimum: 1 } }
    },
    "max-delete-share": { type: "number", minimum: 0, maximum: 1 },
    "max-entry-bytes": { type: "integer", minimum: 16 },
    "unobserved-days": integerSchema("unobserved-days"),
    ledger: { type: "string", minLength: 1 },
    instructions: { type: "string", maxLength: 4096 },
    mode: { enum: ["dream", "sync"] },
    "memory-store-id": { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
    "anthropic-session-ids": { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9_-]+$" }, uniqueItems: true },
    "keep-stores": { type: "boolean" },
    "dream-timeout-minutes": integerSchema("dream-timeout-minutes"),
    "managed-sessions": {
      anyOf: [{ type: "boolean" }, { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9_-]+$" }, uniqueItems: true }]
    }
  }
};
var compiled;
var validate = (data) => (compiled ??= new import_ajv.Ajv({ allErrors: true }).compile(schema))(data);
var validationErrors = () => compiled?.errors;
var ConfigError = class extends Error {
  constructor(message, file, line) {
    super(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.file = file;
    this.line = line;
    this.name = "ConfigError";
  }
  file;
  line;
};
async function loadConfigFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read config file: ${e.message}`, file);
  }
  return parseConfig(text, file);
}
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new ConfigError(`invalid YAML: ${firstError.message.split("\n")[0]}`, file, line);
  }
  const data = doc.toJS() ?? {};
  if (!validate(data)) {
    const err = (validationErrors() ?? [])[0];
    const extra = err.keyword === "additionalProperties" ? err.params.additionalProperty : void 0;
    const where = lineOf(doc.contents, extra ? `${err.instancePath}/${extra}` : err.instancePath, lineCounter);
    const key = err.instancePath.replace(/^\//, "").replaceAll("/", ".") || "(top level)";
    throw new ConfigError(`${key}: ${errorDetail(err, data)}`, file, where);
  }
  const c = data;
  const budget = c.budget;
  const out = {};
  if (c.sessions) out.sessions = c.sessions;
  if (c.memory) out.memory = c.memory;
  if (c.engine) out.engine = c.engine;
  if (c.provider) out.provider = c.provider;
  if (c.model) out.model = c.model;
  if (c["min-support"] !== void 0) out.minSupport = c["min-support"];
  if (c["max-edits"] !== void 0) out.maxEdits = c["max-edits"];
  if (c["min-new-sessions"] !== void 0) out.minNewSessions = c["min-new-sessions"];
  if (budget) out.budget = { maxLines: budget["max-lines"] ?? 200, maxBytes: budget["max-bytes"] ?? 25 * 1024 };
  if (c["max-delete-share"] !== void 0) out.maxDeleteShare = c["max-delete-share"];
  if (c["max-entry-bytes"] !== void 0) out.maxEntryBytes = c["max-entry-bytes"];
  if (c["unobserved-days"] !== void 0) out.unobservedDays = c["unobserved-days"];
  if (c.ledger) {
    const why = ledgerPathProblem(c.ledger);
    if (why) throw new ConfigError(`ledger: ${why}`, file, lineOf(doc.contents, "/ledger", lineCounter));
    out.ledgerPath = c.ledger;
  }
  if (c.instructions) out.instructions = c.instructions;
  if (c.mode) out.mode = c.mode;
  if (c["memory-store-id"]) out.memoryStoreId = c["memory-store-id"];
  if (c["anthropic-session-ids"]) out.anthropicSessionIds = c["anthropic-session-ids"];
  if (c["keep-stores"] !== void 0) out.keepStores = c["keep-stores"];
  if (c["dream-timeout-minutes"] !== void 0) out.dreamTimeoutMinutes = c["dream-timeout-minutes"];
  if (c["managed-sessions"] !== void 0) out.managedSessions = c["managed-sessions"];
  return out;
}
function errorDetail(err, data) {
  if (err.keyword === "additionalProperties") return `unknown key "${err.params.additionalProperty}"`;
  if (err.keyword !== "enum") return err.message ?? "invalid";
  const allowed = err.params.allowedValues.map((v) => JSON.stringify(v)).join(", ");
  const given = data.mode;
  if (err.instancePath === "/mode" && (given === "map" || given === "reduce"))
    return `"${given}" is set per job of a sharded workflow: the Action's \`mode\` input beside \`${given === "map" ? "shard" : "digests"}\`, or \`dream ${given}\` (docs/SHARDING.md); a config file's mode may be ${allowed}`;
  return `must be one of ${allowed}`;
}
function lineOf(root, pointer, lc) {
  let node = root;
  for (const key of pointer.split("/").filter(Boolean)) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => String(p.key?.value) === key);
      node = pair?.value ?? pair?.key;
    } else if ((0, import_yaml.isSeq)(node)) {
      node = node.items[Number(key)];
    } else break;
  }
  const offset = node?.range?.[0];
  return offset === void 0 ? void 0 : lc.linePos(offset).line;
}
function ledgerPathProblem(p) {
  if (/[\\:]|[\u0000-\u001f]/.test(p)) return `"${p}" may not contain backslashes, colons or control characters`;
  if (p.startsWith("/") || p.startsWith("~")) return `"${p}" must be relative to the repository`;
  const parts = p.split("/");
  if (parts.some((s) => s === "..")) return `"${p}" may not leave the repository`;
  if (parts.filter((s) => s !== "" && s !== ".")[0]?.toLowerCase() === ".git") return `"${p}" may not be under .git/`;
  return void 0;
}
export {
  ConfigError,
  loadConfigFile,
  parseConfig
};
