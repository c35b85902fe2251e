import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);
import {
  boundedMemo
} from "./chunk-S4URGW26.js";

// src/secrets/entropy.ts
var counts = new Int32Array(65536);
function shannonEntropy(s) {
  if (s.length === 0) return 0;
  const seen = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const n = counts[c];
    if (n === 0) seen.push(c);
    counts[c] = n + 1;
  }
  let h = 0;
  for (const c of seen) {
    const p = counts[c] / s.length;
    h -= p * Math.log2(p);
    counts[c] = 0;
  }
  return h;
}
var DIGIT = 1;
var UPPER = 2;
var LOWER = 4;
var NON_HEX = 8;
var URLSAFE = 16;
var STANDARD = 32;
var VOWEL = 64;
var TRAITS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let t = 0;
  if (ch >= "0" && ch <= "9") t |= DIGIT;
  if (ch >= "A" && ch <= "Z") t |= UPPER;
  if (ch >= "a" && ch <= "z") t |= LOWER;
  if (!/[0-9a-fA-F-]/.test(ch)) t |= NON_HEX;
  if (ch === "-" || ch === "_") t |= URLSAFE;
  if (ch === "+" || ch === "/") t |= STANDARD;
  if ("aeiouAEIOU".includes(ch)) t |= VOWEL;
  TRAITS[c] = t;
}
var SLASH = 47;
var MARKER_TAIL = /REDACTED/;
var SRI_HASH = /^sha(?:1|256|384|512)-/;
var API_ID = /^(?:(?:srv)?toolu|msg|agent_msg|req|sesn|sevt|file|msgbatch|drm|memstore|chatcmpl|call|resp|run|thread|asst|batch|fc|rs)(?:_(?:vrtx|bdrk))?[_-][A-Za-z0-9]{16,48}$/;
var CAPS_RUN = /[A-Z]{3}[a-z]/;
function isWordySegment(text, s, e) {
  const len = e - s;
  if (len < 4) return true;
  let letters = 0;
  let vowels = 0;
  let digits = 0;
  for (let i = s; i < e; i++) {
    const t = TRAITS[text.charCodeAt(i)];
    if ((t & (UPPER | LOWER)) !== 0) letters++;
    if ((t & VOWEL) !== 0) vowels++;
    if ((t & DIGIT) !== 0) digits++;
  }
  return letters >= len * 0.8 && vowels >= letters * 0.3 && digits < 3 && !CAPS_RUN.test(text.slice(s, e));
}
function isWordyPath(text, start, end) {
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === SLASH) {
      if (!isWordySegment(text, s, i)) return false;
      s = i + 1;
    }
  }
  return true;
}
var SLUG_BIT = /^(?:\d+[A-Za-z]?|[A-Za-z]{1,4})$/;
var SLUG_WORD = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/;
var VOWELS = /[aeiou]/gi;
function isSlugWord(word) {
  return SLUG_WORD.test(word) && (word.match(VOWELS)?.length ?? 0) >= word.length * 0.2;
}
function isSlug(text, start, end) {
  let wordy = 0;
  let letters = 0;
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0 : text.charCodeAt(i);
    if (i < end && c !== 45 && c !== 95) {
      if ((TRAITS[c] & (UPPER | LOWER)) !== 0) letters++;
      continue;
    }
    const segment = text.slice(s, i);
    if (segment.length >= 5 && isSlugWord(segment)) wordy += segment.length;
    else if (segment.length > 0 && !SLUG_BIT.test(segment)) return false;
    s = i + 1;
  }
  return wordy > 0 && wordy * 2 >= letters;
}
function looksRandom(text, start, end) {
  let traits = 0;
  let slashes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    traits |= TRAITS[c];
    if (c === SLASH) slashes++;
  }
  if ((traits & NON_HEX) === 0) return false;
  if ((traits & (DIGIT | UPPER | LOWER)) !== (DIGIT | UPPER | LOWER)) return false;
  if ((traits & (URLSAFE | STANDARD)) === (URLSAFE | STANDARD)) return false;
  const length = end - start;
  if (slashes >= 3 && slashes * 12 > length) return false;
  if (slashes >= 2 && isWordyPath(text, start, end)) return false;
  if (slashes === 0 && (traits & URLSAFE) !== 0 && isSlug(text, start, end)) return false;
  const token = text.slice(start, end);
  if (MARKER_TAIL.test(token) || SRI_HASH.test(token) || API_ID.test(token)) return false;
  let trimmedEnd = length;
  while (trimmedEnd > 0 && token.charCodeAt(trimmedEnd - 1) === 61) trimmedEnd--;
  const trimmed = trimmedEnd === length ? token : token.slice(0, trimmedEnd);
  const threshold = trimmed.length >= 64 ? 4.8 : trimmed.length >= 48 ? 4.6 : 4.4;
  const h = shannonEntropy(trimmed);
  if (h >= Math.min(threshold, Math.log2(trimmed.length) - 0.4)) return true;
  return (traits & (URLSAFE | STANDARD)) === 0 && randomShortKey(trimmed, h);
}
var SHORT_KEY_ENTROPY = 4;
var SHORT_KEY_MAX = 48;
var MAX_WORD_COVER = 0.35;
var WORDLIKE = /[A-Z]?[a-z]{2,}/g;
var VOWEL_Y = /[aeiouy]/;
function randomShortKey(run, h) {
  if (run.length >= SHORT_KEY_MAX || h < SHORT_KEY_ENTROPY) return false;
  let cover = 0;
  for (const m of run.matchAll(WORDLIKE)) if (VOWEL_Y.test(m[0])) cover += m[0].length;
  return cover < run.length * MAX_WORD_COVER && !base64OfText(run);
}
function base64OfText(run) {
  for (let offset = 0; offset < 4; offset++) {
    const n = run.length - offset & ~3;
    const bytes = Buffer.from(run.slice(offset, offset + n), "base64");
    let printable = 0;
    for (const b of bytes) if (b >= 32 && b < 127 || b === 10 || b === 9 || b === 13) printable++;
    if (bytes.length > 0 && printable >= bytes.length * 0.9) return true;
  }
  return false;
}
function isTokenLike(text, s, e) {
  let traits = 0;
  for (let i = s; i < e; i++) traits |= TRAITS[text.charCodeAt(i)];
  if ((traits & DIGIT) === 0 || (traits & (UPPER | LOWER)) === 0 || (traits & NON_HEX) === 0) return false;
  return !(text.startsWith("sha", s) && SRI_HASH.test(text.slice(s, s + 8)));
}

// src/secrets/rules.ts
var PLACEHOLDER = /^(?:\$\{?[A-Za-z_][\w.-]*\}?|<[^>]*>|\*+|x+|X+|\.{3,}|changeme|password|secret|token|null|none|undefined|true|false|your[-_a-z]*|example[-_a-z]*|\[REDACTED[^\]]*\]?|REDACTED)$/i;
var REDACTED_ALREADY = /^\[REDACTED[:\]]/i;
function isBase64Digits(s) {
  const bytes = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length >= 17 && bytes.length <= 20 && bytes.every((b) => b >= 48 && b <= 57);
}
function isPlaceholder(value) {
  return PLACEHOLDER.test(value) || REDACTED_ALREADY.test(value) || value.startsWith("process.env") || value.startsWith("os.environ");
}
var SECRET_RULES = [
  {
    id: "private-key",
    includes: ["PRIVATE KEY"],
    acrossStrings: ["PRIVATE KEY"],
    // A block cut off before its END line (truncated output) is redacted to the end of the text.
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g
  },
  {
    id: "anthropic-api-key",
    prefixes: ["sk-ant-"],
    pattern: /\bsk-ant-(?:api|admin|oat|ort)?\d{0,2}-?[A-Za-z0-9_-]{32,}/g
  },
  {
    id: "openai-api-key",
    prefixes: ["sk-"],
    // Project/service keys carry a prefix; legacy keys are one long alphanumeric run (often with the
    // T3BlbkFJ marker). Kebab-case words after "sk-" (sk-learn-...) do not match: they need 32+ alnum.
    pattern: /\bsk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{32,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b/g
  },
  { id: "github-pat", prefixes: ["ghp_"], pattern: /\bghp_[A-Za-z0-9]{36,}\b/g },
  { id: "github-oauth", prefixes: ["gho_"], pattern: /\bgho_[A-Za-z0-9]{36,}\b/g },
  { id: "github-app-token", prefixes: ["ghu_", "ghs_"], pattern: /\bgh[us]_[A-Za-z0-9]{36,}\b/g },
  { id: "github-refresh-token", prefixes: ["ghr_"], pattern: /\bghr_[A-Za-z0-9]{36,}\b/g },
  { id: "github-fine-grained-pat", prefixes: ["github_pat_"], pattern: /\bgithub_pat_[A-Za-z0-9_]{50,}\b/g },
  {
    id: "gitlab-pat",
    prefixes: ["glpat-"],
    // GitLab 17.x's routable tokens end in `.<version>.<checksum>` (`glpat-….01.0w1x2y3z4`): taken whole, as the
    // other GitLab tokens are, so no piece of one is left beside the marker.
    pattern: /\bglpat-[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?\b/g
  },
  {
    id: "aws-access-token",
    prefixes: ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g
  },
  {
    id: "aws-secret-access-key",
    acrossStrings: "key",
    prefixes: ["aws_", "AWS_", "awsSecret", "AwsSecret", "secretAccessKey", "SecretAccessKey"],
    pattern: /(?:aws_?secret_?(?:access_?)?key|secretAccessKey)["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi
  },
  { id: "slack-token", prefixes: ["xox"], pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  {
    id: "slack-webhook-url",
    includes: ["://"],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,}/g
  },
  { id: "gcp-api-key", prefixes: ["AIza"], pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { id: "npm-access-token", prefixes: ["npm_"], pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  {
    id: "stripe-access-token",
    prefixes: ["sk_", "rk_"],
    pattern: /\b(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,99}\b/g
  },
  { id: "twilio-api-key", prefixes: ["SK"], pattern: /\bSK[0-9a-fA-F]{32}\b/g },
  {
    id: "sendgrid-api-token",
    includes: ["SG."],
    pattern: /\bSG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}\b/g
  },
  {
    id: "jwt",
    prefixes: ["eyJ"],
    // Starts only where a word-run starts, and each segment is taken whole (a lookahead capture
    // cannot be backtracked into): `eyJ-eyJ-…` used to retry from every `eyJ`, quadratically.
    pattern: /(?<![A-Za-z0-9_-])eyJ(?=([A-Za-z0-9_-]{10,}))\1\.eyJ(?=([A-Za-z0-9_-]{10,}))\2\.[A-Za-z0-9_-]*/g
  },
  {
    id: "authorization-header",
    includes: ["zation", "ZATION"],
    acrossStrings: "key",
    // Authorization: Bearer|Token|Basic <credential> in curl flags, HTTP dumps, JSON or YAML headers.
    // The scheme stays readable; 16+ characters so prose ("Authorization: Bearer tokens expire") is left.
    pattern: /\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:bearer|token|basic)[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,})(?![A-Za-z0-9._~+/=-])/gi,
    reject: (v) => isPlaceholder(v) || /^(?:x+|X+|\*+|\.+)$/.test(v) || !/[0-9]/.test(v) && /^[a-z]+(?:[-_][a-z]+)*$/i.test(v)
  },
  // Vendors that secretlint's recommended preset does not cover (yet). Shapes from the vendors' docs.
  { id: "digitalocean-token", prefixes: ["dop_v1_", "doo_v1_", "dor_v1_"], pattern: /\bdo[opr]_v1_[a-f0-9]{64}\b/g },
  { id: "supabase-token", prefixes: ["sbp_", "sb_secret_"], pattern: /\b(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,})\b/g },
  { id: "postman-api-token", prefixes: ["PMAK-"], pattern: /\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b/g },
  { id: "slack-app-token", prefixes: ["xapp-"], pattern: /\bxapp-\d-[A-Z0-9]+-\d+-[a-zA-Z0-9]{16,}/g },
  { id: "age-secret-key", prefixes: ["AGE-SECRET-KEY-"], pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g },
  {
    id: "new-relic-key",
    prefixes: ["NRAK-", "NRJS-", "NRII-", "NRAA-"],
    pattern: /\bNR(?:AK|AA)-[A-Z0-9]{27}\b|\bNRJS-[a-f0-9]{19}\b|\bNRII-[A-Za-z0-9_-]{32}\b/g
  },
  // Bare vendor keys the entropy rule cannot see: hex bodies (its judge skips hex), letters only,
  // runs under 32 characters, or bodies cut by '.', '~' or '/'. Shapes from the vendors' docs and
  // GitHub's secret-scanning patterns; each anchored on the vendor's prefix and exact body.
  { id: "openrouter-api-key", prefixes: ["sk-or-"], pattern: /\bsk-or-v1-[a-f0-9]{64}\b/g },
  {
    id: "huggingface-token",
    prefixes: ["hf_", "api_org_"],
    // 34 random letters: a snake_case name has underscores, and a 34-letter word is never mixed case.
    pattern: /\b(?:hf|api_org)_[A-Za-z]{34}\b/g,
    reject: (v) => !/[A-Z]/.test(v.slice(3)) || !/[a-z]/.test(v.slice(3))
  },
  { id: "langsmith-api-key", prefixes: ["lsv2_"], pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/g },
  {
    id: "gitlab-token",
    // Deploy, runner, trigger, CI job, incoming-mail, feed, SCIM/OAuth app, agent and feature-flag tokens.
    prefixes: ["gldt-", "glrt-", "glptt-", "glcbt-", "glimt-", "glft-", "glsoat-", "gloas-", "glagent-", "glffct-", "GR1348941"],
    pattern: /\b(?:gl(?:dt|rt|ptt|cbt|imt|ft|soat|oas|agent|ffct)-|GR1348941)[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?\b/g
  },
  { id: "fly-token", prefixes: ["fm1a_", "fm1r_", "fm2_"], pattern: /\bfm(?:1[ar]|2)_[A-Za-z0-9+/=_-]{32,}/g },
  {
    id: "discord-bot-token",
    // The first part is the bot's numeric id in base64 (so it opens MT…OT), then a timestamp and an HMAC.
    prefixes: ["MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT"],
    pattern: /\b[MNO][A-Za-z0-9_-]{21,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])/g,
    reject: (v) => !isBase64Digits(v.slice(0, v.indexOf(".")))
  },
  {
    id: "discord-webhook-url",
    includes: ["://"],
    pattern: /\bdiscord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<secret>[A-Za-z0-9_-]{60,80})/g
  },
  { id: "mailgun-api-key", prefixes: ["key-"], pattern: /\bkey-[a-f0-9]{32}\b/g },
  {
    id: "sentry-token",
    prefixes: ["sntryu_", "sntrys_"],
    pattern: /\bsntryu_[a-f0-9]{64}\b|\bsntrys_eyJ[A-Za-z0-9+/=_-]{20,}/g
  },
  {
    id: "telegram-bot-token",
    // <bot id>:AA<33>: the id is public; the secret after the colon is one word-run led by 'AA'.
    prefixes: ["AA"],
    pattern: /\bAA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    before: /\b\d{8,10}:$/,
    // Never across strings: the match holds no quote, and its context (the id and ':') must end right
    // where it starts, so the two lie in one string, which the value pass scans whole.
    acrossStrings: []
  },
  { id: "pulumi-access-token", prefixes: ["pul-"], pattern: /\bpul-[a-f0-9]{40}\b/g },
  {
    id: "vault-token",
    // hvs./hvb./hvr. then a protobuf body (service tokens open CAES, batch tokens AAAAAQ): '.' ends the
    // word-run, so the body's start is the prefix and the vendor's is checked before it. Only the body
    // is redacted. (A literal 'hvs.' gate made the literal scan stop at every 'h': +20% on real text.)
    prefixes: ["CAES", "AAAAAQ"],
    pattern: /\b(?:CAES|AAAAAQ)[A-Za-z0-9_-]{20,}/g,
    before: /\bhv[sbr]\.$/,
    // Never across strings: as the Telegram rule's, its context ends right where the match starts.
    acrossStrings: []
  },
  {
    id: "azure-ad-client-secret",
    // Three characters, a digit, 'Q~' and 31–34 more from a set that holds '.', '~' and '-'.
    includes: ["Q~"],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g
  },
  // Passwords on command lines, the credential only. Four rules under one id, each led by a literal
  // that irregexp scans for quickly (one alternation led by `(?:^|\s)` was tried at every position).
  {
    id: "cli-password",
    includes: ["-u"],
    // curl -u user:pass, --user user:pass
    pattern: /(?:-u|--user)[ =]?["']?[^\s:'"]{1,64}:["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    // Never across strings: between its two quotes is `user:` (no quote), and in JSON a ':' after a
    // string's closing quote comes right after it (`"key":`), leaving no room for the user.
    acrossStrings: [],
    before: /(?:^|\s)$/,
    reject: (v) => isPlaceholder(v) || /^\d{1,5}$/.test(v)
  },
  {
    id: "cli-password",
    includes: ["-p", "-P"],
    // mysql -pPASS, mysqldump -p'PASS' (the password glued to -p); SQL Server's sqlcmd/bcp/osql -P PASS
    // (its gap of any characters can span strings: `{"program": "mysql", "args": "-u root -pPASS"}`)
    acrossStrings: ["mysql", "mariadb", "sqlcmd", "bcp", "osql"],
    pattern: /(?:(?:mysql|mariadb)[a-z]*\b[^\n|;&]{0,160}?\s-p|(?:sqlcmd|bcp|osql)\b[^\n|;&]{0,160}?\s-P\s*)["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    reject: isPlaceholder
  },
  {
    id: "cli-password",
    includes: ["-p"],
    pattern: /sshpass\s+-p\s*["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    reject: isPlaceholder
  },
  {
    id: "prose-password",
    // "connect as sa and password 10ataigiD", "the password is Hunter2xyz", "my pwd is ...": a
    // password said in words has no '=' or ':' for the keyed rules. Only a value with a letter and a
    // digit, no path or call, counts, so "password reset" and "passwords 2 times" stay prose.
    includes: ["assw", "ASSW", "pwd", "PWD", "Pwd"],
    pattern: /\b(?:pass(?:word|wd)|pwd)\b(?:\s+(?:is|was|=))?\s+["'`]?(?<secret>(?=[^\s'"`]*\d)(?=[^\s'"`]*[A-Za-z])[^\s'"`./()]{6,64})(?=["'`]?(?:[\s,;!?)]|\.(?:\s|$)|$))/gi,
    // Never across strings: one quote before the secret, which holds none; after a closing quote the
    // secret would lie outside every string, where a redaction leaves no JSON (capture drops it).
    acrossStrings: [],
    reject: isPlaceholder
  },
  {
    id: "cli-password",
    // Every match holds '-pass' ('--pass…' or '--name-pass…'); plain 'pass' is in every "passed".
    // Token flags likewise: '-token', '-secret', '-key' ('--api-key', '--secret-key'), '-apikey'.
    includes: ["-pass", "-token", "-secret", "-key", "-apikey"],
    // --password PASS, --db-pass PASS; --token TOKEN, --github-token=TOKEN, --api-key KEY, --client-secret S.
    // A token flag's value must look like one (8+ characters, a letter and a digit): "--max-token 4096",
    // "--token $NPM_TOKEN" and "--secret-name prod" are settings, not credentials.
    pattern: /--(?:[a-z]+-)?(?:pass(?:word)? +|(?:token|secret|(?:api|secret|access|private)-?key)(?: +|=)(?=["']?(?=[^\s'"]*\d)(?=[^\s'"]*[A-Za-z])[^\s'"]{8}))["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    before: /(?:^|\s)$/,
    // Never across strings: its two quotes are one (the lookahead reads the quote the match then takes).
    acrossStrings: [],
    reject: isPlaceholder
  }
];
var ENTROPY_RULE_ID = "high-entropy";

// src/secrets/assignments.ts
var ASSIGNMENT_RULE_ID = "keyed-secret";
var MAX_KEY = 64;
var MAX_VALUE = 256;
var STRONG_WORD = /^(?:[a-z]*pass(?:word|wd|phrase|code)?s?|[a-z]*pwd|[a-z]*secrets?|[a-z]*secret(?:access)?key|credentials?|creds?|apikey|authtoken|accesstoken|refreshtoken|privatekey|accesskey)$/;
var STRONG_PAIR = /(?:^| )(?:api key|auth token|access token|refresh token|bearer token|private key|access key|signing key|encryption key)(?: |$)/;
var NOT_PASSWORD = /^(?:by|com|encom|sur|tres|under|over)pass$/;
var WEAK_WORD = /^(?:[a-z]*token|[a-z]*key|[a-z]*auth|sig|signature)$/;
var NOT_VALUE = /* @__PURE__ */ new Set([
  "file",
  "files",
  "path",
  "dir",
  "name",
  "names",
  "id",
  "ids",
  "type",
  "types",
  "url",
  "uri",
  "env",
  "var",
  "count",
  "length",
  "len",
  "size",
  "max",
  "min",
  "field",
  "fields",
  "header",
  "prompt",
  "label",
  "hint",
  "policy",
  "expiry",
  "expires",
  "expiration",
  "ttl",
  "at",
  "timeout",
  "usage",
  "limit",
  "budget",
  "mode",
  "format",
  "algorithm",
  "alg",
  "provider",
  "source",
  "location",
  "ref",
  "helper",
  "command",
  "cmd",
  "method",
  "scheme",
  "strategy",
  "required",
  "enabled",
  "length",
  "index",
  "prefix",
  "regex",
  "pattern",
  "rule",
  "rules",
  "error",
  "errors",
  "reset",
  "changed",
  "manager",
  "store",
  "service",
  "version",
  "endpoint",
  "host",
  "user",
  "username",
  "login",
  "email"
]);
var IS_KEY_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") IS_KEY_CHAR[c.charCodeAt(0)] = 1;
function isKeyChar(code) {
  return code < 128 && IS_KEY_CHAR[code] === 1;
}
function keyWords(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
var keyStrength = boundedMemo(4096, computeStrength);
function computeStrength(key) {
  const words = keyWords(key);
  if (words.length === 0 || NOT_VALUE.has(words[words.length - 1])) return 0;
  if (STRONG_PAIR.test(words.join(" ")) || /^_auth/.test(key)) return 2;
  let strength = 0;
  for (const w of words) {
    if (STRONG_WORD.test(w) && !NOT_PASSWORD.test(w)) return 2;
    if (WEAK_WORD.test(w)) strength = 1;
  }
  return strength;
}
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var EXPRESSION = /[()[\]{}`]|^(?:process\.env|os\.environ|env\.|self\.|this\.|new |await )|^[$%@&*]/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*[;,]?$/;
var ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
function acceptsValue(value, strength, quoted, envStyle, data = () => false) {
  const v = value.trim();
  if (v.length < 4 || isPlaceholder(v) || /REDACTED/.test(v)) return false;
  if (!quoted && EXPRESSION.test(v)) return false;
  if (!quoted && !envStyle && IDENTIFIER.test(v) && !(strength === 2 && literalWord(v) && data())) return false;
  if (strength === 2) return !(quoted && /^\$\{?[A-Za-z_]/.test(v)) && !/^\d{1,3}$/.test(v);
  if (v.length < 8 || /\s/.test(v) || UUID.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (/[|$(){}[\],;`]/.test(v)) return false;
  if (/^[\w.-]*\/[\w./-]*$/.test(v) && /[a-z]{4}/.test(v) && !/[A-Z].*[0-9]|[0-9].*[A-Z]/.test(v)) return false;
  if (/\.[a-z]{1,4}$/.test(v) && !/[A-Z]/.test(v)) return false;
  return true;
}
function literalWord(v) {
  return v.length <= 64 && /^[A-Za-z]+$/.test(v) && !SCHEMA_WORD.test(v) && !/^[a-z]+(?:[A-Z][a-z]+)+$/.test(v);
}
var SCHEMA_WORD = /^(?:str|string|text|varchar|char|int|integer|number|float|bool|boolean|bytes|any|object|unknown|secretstr|optional|required|hidden|masked|sensitive|encrypted|empty|blank|default|inherit|prompt|nil|env)$/i;
function dataContext(text, keyStart, anchor, value, key) {
  const before = keyStart > 0 ? text.charCodeAt(keyStart - 1) : 0;
  if (before === 63 || before === 38 || before === 59 || text.charCodeAt(value.end) === 59 || key.startsWith("--")) return true;
  const eq = text.charCodeAt(anchor) === 61;
  if (eq && libpq(text, keyStart)) return true;
  if (!endsLine(text, value.end) || !opensLine(text, keyStart) || eq && value.start !== anchor + 1) return false;
  return configNeighbour(text, keyStart, value.end, eq ? 61 : 58);
}
function configNeighbour(text, keyStart, valueEnd, anchor) {
  const lineStart = text.lastIndexOf("\n", keyStart - 1);
  if (lineStart > 0 && pairLine(text, text.lastIndexOf("\n", lineStart - 1) + 1, lineStart, anchor)) return true;
  const lineEnd = text.indexOf("\n", valueEnd);
  if (lineEnd < 0) return false;
  const nextEnd = text.indexOf("\n", lineEnd + 1);
  return pairLine(text, lineEnd + 1, nextEnd < 0 ? text.length : nextEnd, anchor);
}
var YAML_PAIR = /^[ \t]*(?:- )?[\w.-]{1,64}:(?:[ \t]|$)/;
var PROPERTIES_PAIR = /^[ \t]*[\w.-]{1,64}=/;
function pairLine(text, s, e, anchor) {
  const line = text.slice(s, Math.min(e, s + 200));
  return (anchor === 58 ? YAML_PAIR : PROPERTIES_PAIR).test(line);
}
function opensLine(text, i) {
  let s = i;
  while (s > 0 && i - s < 64 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
  if (s < i && s > 0 && text.charCodeAt(s - 1) === 45) {
    s--;
    while (s > 0 && i - s < 64 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
  }
  return s === 0 || text.charCodeAt(s - 1) === 10;
}
function endsLine(text, i) {
  let e = i;
  while (e < text.length && e - i < 64 && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13)) e++;
  return e === text.length || text.charCodeAt(e) === 10;
}
var LIBPQ_KEYWORD = /(?:^|[ \t"'])(?:host|hostaddr|port|dbname|user|sslmode|connect_timeout)=[^\s=]/;
function libpq(text, keyStart) {
  const from = Math.max(0, text.lastIndexOf("\n", keyStart) + 1, keyStart - 200);
  let to = text.indexOf("\n", keyStart);
  if (to < 0 || to - keyStart > 200) to = Math.min(text.length, keyStart + 200);
  return LIBPQ_KEYWORD.test(text.slice(from, to));
}
function keyBefore(text, i) {
  let e = i;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9) && i - e < 8) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 63) e--;
  if (e > 0 && (text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 39)) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 92) e--;
  let s = e;
  while (s > 0 && e - s < MAX_KEY && isKeyChar(text.charCodeAt(s - 1))) s--;
  if (s === e || s > 0 && e - s >= MAX_KEY && isKeyChar(text.charCodeAt(s - 1))) return void 0;
  return { key: text.slice(s, e), start: s };
}
function valueAfter(text, i, anchor) {
  let s = i + 1;
  const next = text.charCodeAt(s);
  if (next === 62 || next === anchor) return void 0;
  let spaces = 0;
  while (s < text.length && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9) && spaces < 8) {
    s++;
    spaces++;
  }
  if (anchor === 58 && spaces === 0 && text.charCodeAt(s) !== 34 && text.charCodeAt(s) !== 39) return void 0;
  if (text.charCodeAt(s) === 92 && (text.charCodeAt(s + 1) === 34 || text.charCodeAt(s + 1) === 39)) {
    let close = s + 2;
    while (close < text.length && close - s <= MAX_VALUE + 2 && text.charCodeAt(close) !== 92 && text.charCodeAt(close) !== 10) close++;
    if (text.charCodeAt(close) !== 92 || close === s + 2) return void 0;
    return { start: s + 2, end: close, quoted: true };
  }
  const q = text.charCodeAt(s);
  if (q === 34 || q === 39) {
    let close = s + 1;
    while (close < text.length && close - s <= MAX_VALUE + 1 && text.charCodeAt(close) !== q && text.charCodeAt(close) !== 10) close++;
    if (text.charCodeAt(close) !== q) return void 0;
    return { start: s + 1, end: close, quoted: true };
  }
  let e = s;
  while (e < text.length && e - s <= MAX_VALUE) {
    const c = text.charCodeAt(e);
    if (c <= 32 || c === 34 || c === 39 || c === 59 || c === 38 || c === 44 || c === 96) break;
    e++;
  }
  if (e - s > MAX_VALUE || e === s) return void 0;
  const bs = text.indexOf("\\", s);
  if (bs >= 0 && bs < e) e = bs;
  return { start: s, end: e, quoted: false };
}
var KEY_HINT = /pass|pwd|secret|cred|token|key|auth|sig/i;
var HINT = new RegExp(KEY_HINT.source, "gi");
var MAX_GAP = 11;
function anchorAfterHint(text, h) {
  let k = h;
  while (k < text.length && k - h <= MAX_KEY && isKeyChar(text.charCodeAt(k))) k++;
  for (let i = k; i < text.length && i - k <= MAX_GAP; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 || c === 58) return i;
  }
  return -1;
}
function findAssignments(text, out = []) {
  const eq = text.indexOf("=");
  const colon = text.indexOf(":");
  const first = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  if (first < 0) return out;
  HINT.lastIndex = Math.max(0, first - MAX_KEY - MAX_GAP - 2);
  let last = -1;
  let m;
  while ((m = HINT.exec(text)) !== null) {
    const i = anchorAfterHint(text, m.index);
    if (i <= last) continue;
    last = i;
    const before = text.charCodeAt(i - 1);
    if (!(isKeyChar(before) || before === 34 || before === 39 || before === 32 || before === 9 || before === 63 || before === 92))
      continue;
    const key = keyBefore(text, i);
    if (!key || !KEY_HINT.test(key.key)) continue;
    const strength = keyStrength(key.key);
    if (strength === 0) continue;
    const c = text.charCodeAt(i);
    const value = valueAfter(text, i, c);
    if (!value) continue;
    const raw = text.slice(value.start, value.end);
    const envStyle = c === 61 && ENV_NAME.test(key.key.replace(/^[._-]+/, ""));
    const data = () => dataContext(text, key.start, i, value, key.key);
    if (!acceptsValue(raw, strength, value.quoted, envStyle, data)) continue;
    const rule = envStyle || ENV_NAME.test(key.key.replace(/^[._-]+/, "")) ? "env-secret-assignment" : value.quoted ? "generic-secret-kv" : ASSIGNMENT_RULE_ID;
    out.push({ rule, start: value.start, end: value.end });
    last = value.end - 1;
  }
  return out;
}

// src/secrets/finding.ts
function someRunUncovered(found, runs) {
  let j = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k];
    while (j < found.length && found[j].end <= start) j++;
    const f = found[j];
    if (!f || f.start >= runs[k + 1]) return true;
  }
  return false;
}
function withoutOverlaps(extra, found) {
  const out = [];
  let j = 0;
  for (const x of extra) {
    while (j < found.length && found[j].end <= x.start) j++;
    const f = found[j];
    if (!f || f.start >= x.end) out.push(x);
  }
  return out;
}
function overlapsAny(found, start, end) {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}
function resolveOverlaps(found) {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end > prev.end) prev.end = f.end;
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

// node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
import path from "node:path";
var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
var regexpStringMatcher = {};
var lodash_uniq;
var hasRequiredLodash_uniq;
function requireLodash_uniq() {
  if (hasRequiredLodash_uniq) return lodash_uniq;
  hasRequiredLodash_uniq = 1;
  var LARGE_ARRAY_SIZE = 200;
  var HASH_UNDEFINED = "__lodash_hash_undefined__";
  var INFINITY = 1 / 0;
  var funcTag = "[object Function]", genTag = "[object GeneratorFunction]";
  var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
  var reIsHostCtor = /^\[object .+?Constructor\]$/;
  var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
  var freeSelf = typeof self == "object" && self && self.Object === Object && self;
  var root = freeGlobal || freeSelf || Function("return this")();
  function arrayIncludes(array, value) {
    var length = array ? array.length : 0;
    return !!length && baseIndexOf(array, value, 0) > -1;
  }
  function baseFindIndex(array, predicate, fromIndex, fromRight) {
    var length = array.length, index = fromIndex + -1;
    while (++index < length) {
      if (predicate(array[index], index, array)) {
        return index;
      }
    }
    return -1;
  }
  function baseIndexOf(array, value, fromIndex) {
    if (value !== value) {
      return baseFindIndex(array, baseIsNaN, fromIndex);
    }
    var index = fromIndex - 1, length = array.length;
    while (++index < length) {
      if (array[index] === value) {
        return index;
      }
    }
    return -1;
  }
  function baseIsNaN(value) {
    return value !== value;
  }
  function cacheHas(cache, key) {
    return cache.has(key);
  }
  function getValue(object, key) {
    return object == null ? void 0 : object[key];
  }
  function isHostObject(value) {
    var result = false;
    if (value != null && typeof value.toString != "function") {
      try {
        result = !!(value + "");
      } catch (e) {
      }
    }
    return result;
  }
  function setToArray(set) {
    var index = -1, result = Array(set.size);
    set.forEach(function(value) {
      result[++index] = value;
    });
    return result;
  }
  var arrayProto = Array.prototype, funcProto = Function.prototype, objectProto = Object.prototype;
  var coreJsData = root["__core-js_shared__"];
  var maskSrcKey = (function() {
    var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
    return uid ? "Symbol(src)_1." + uid : "";
  })();
  var funcToString = funcProto.toString;
  var hasOwnProperty = objectProto.hasOwnProperty;
  var objectToString = objectProto.toString;
  var reIsNative = RegExp(
    "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
  );
  var splice = arrayProto.splice;
  var Map2 = getNative(root, "Map"), Set2 = getNative(root, "Set"), nativeCreate = getNative(Object, "create");
  function Hash(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function hashClear() {
    this.__data__ = nativeCreate ? nativeCreate(null) : {};
  }
  function hashDelete(key) {
    return this.has(key) && delete this.__data__[key];
  }
  function hashGet(key) {
    var data = this.__data__;
    if (nativeCreate) {
      var result = data[key];
      return result === HASH_UNDEFINED ? void 0 : result;
    }
    return hasOwnProperty.call(data, key) ? data[key] : void 0;
  }
  function hashHas(key) {
    var data = this.__data__;
    return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
  }
  function hashSet(key, value) {
    var data = this.__data__;
    data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
    return this;
  }
  Hash.prototype.clear = hashClear;
  Hash.prototype["delete"] = hashDelete;
  Hash.prototype.get = hashGet;
  Hash.prototype.has = hashHas;
  Hash.prototype.set = hashSet;
  function ListCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function listCacheClear() {
    this.__data__ = [];
  }
  function listCacheDelete(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      return false;
    }
    var lastIndex = data.length - 1;
    if (index == lastIndex) {
      data.pop();
    } else {
      splice.call(data, index, 1);
    }
    return true;
  }
  function listCacheGet(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    return index < 0 ? void 0 : data[index][1];
  }
  function listCacheHas(key) {
    return assocIndexOf(this.__data__, key) > -1;
  }
  function listCacheSet(key, value) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      data.push([key, value]);
    } else {
      data[index][1] = value;
    }
    return this;
  }
  ListCache.prototype.clear = listCacheClear;
  ListCache.prototype["delete"] = listCacheDelete;
  ListCache.prototype.get = listCacheGet;
  ListCache.prototype.has = listCacheHas;
  ListCache.prototype.set = listCacheSet;
  function MapCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function mapCacheClear() {
    this.__data__ = {
      "hash": new Hash(),
      "map": new (Map2 || ListCache)(),
      "string": new Hash()
    };
  }
  function mapCacheDelete(key) {
    return getMapData(this, key)["delete"](key);
  }
  function mapCacheGet(key) {
    return getMapData(this, key).get(key);
  }
  function mapCacheHas(key) {
    return getMapData(this, key).has(key);
  }
  function mapCacheSet(key, value) {
    getMapData(this, key).set(key, value);
    return this;
  }
  MapCache.prototype.clear = mapCacheClear;
  MapCache.prototype["delete"] = mapCacheDelete;
  MapCache.prototype.get = mapCacheGet;
  MapCache.prototype.has = mapCacheHas;
  MapCache.prototype.set = mapCacheSet;
  function SetCache(values) {
    var index = -1, length = values ? values.length : 0;
    this.__data__ = new MapCache();
    while (++index < length) {
      this.add(values[index]);
    }
  }
  function setCacheAdd(value) {
    this.__data__.set(value, HASH_UNDEFINED);
    return this;
  }
  function setCacheHas(value) {
    return this.__data__.has(value);
  }
  SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
  SetCache.prototype.has = setCacheHas;
  function assocIndexOf(array, key) {
    var length = array.length;
    while (length--) {
      if (eq(array[length][0], key)) {
        return length;
      }
    }
    return -1;
  }
  function baseIsNative(value) {
    if (!isObject(value) || isMasked(value)) {
      return false;
    }
    var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
    return pattern.test(toSource(value));
  }
  function baseUniq(array, iteratee, comparator) {
    var index = -1, includes = arrayIncludes, length = array.length, isCommon = true, result = [], seen = result;
    if (length >= LARGE_ARRAY_SIZE) {
      var set = createSet(array);
      if (set) {
        return setToArray(set);
      }
      isCommon = false;
      includes = cacheHas;
      seen = new SetCache();
    } else {
      seen = result;
    }
    outer:
      while (++index < length) {
        var value = array[index], computed = value;
        value = value !== 0 ? value : 0;
        if (isCommon && computed === computed) {
          var seenIndex = seen.length;
          while (seenIndex--) {
            if (seen[seenIndex] === computed) {
              continue outer;
            }
          }
          result.push(value);
        } else if (!includes(seen, computed, comparator)) {
          if (seen !== result) {
            seen.push(computed);
          }
          result.push(value);
        }
      }
    return result;
  }
  var createSet = !(Set2 && 1 / setToArray(new Set2([, -0]))[1] == INFINITY) ? noop : function(values) {
    return new Set2(values);
  };
  function getMapData(map, key) {
    var data = map.__data__;
    return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
  }
  function getNative(object, key) {
    var value = getValue(object, key);
    return baseIsNative(value) ? value : void 0;
  }
  function isKeyable(value) {
    var type = typeof value;
    return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
  }
  function isMasked(func) {
    return !!maskSrcKey && maskSrcKey in func;
  }
  function toSource(func) {
    if (func != null) {
      try {
        return funcToString.call(func);
      } catch (e) {
      }
      try {
        return func + "";
      } catch (e) {
      }
    }
    return "";
  }
  function uniq(array) {
    return array && array.length ? baseUniq(array) : [];
  }
  function eq(value, other) {
    return value === other || value !== value && other !== other;
  }
  function isFunction(value) {
    var tag = isObject(value) ? objectToString.call(value) : "";
    return tag == funcTag || tag == genTag;
  }
  function isObject(value) {
    var type = typeof value;
    return !!value && (type == "object" || type == "function");
  }
  function noop() {
  }
  lodash_uniq = uniq;
  return lodash_uniq;
}
var lodash_uniqwith;
var hasRequiredLodash_uniqwith;
function requireLodash_uniqwith() {
  if (hasRequiredLodash_uniqwith) return lodash_uniqwith;
  hasRequiredLodash_uniqwith = 1;
  var LARGE_ARRAY_SIZE = 200;
  var HASH_UNDEFINED = "__lodash_hash_undefined__";
  var INFINITY = 1 / 0;
  var funcTag = "[object Function]", genTag = "[object GeneratorFunction]";
  var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
  var reIsHostCtor = /^\[object .+?Constructor\]$/;
  var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
  var freeSelf = typeof self == "object" && self && self.Object === Object && self;
  var root = freeGlobal || freeSelf || Function("return this")();
  function arrayIncludes(array, value) {
    var length = array ? array.length : 0;
    return !!length && baseIndexOf(array, value, 0) > -1;
  }
  function arrayIncludesWith(array, value, comparator) {
    var index = -1, length = array ? array.length : 0;
    while (++index < length) {
      if (comparator(value, array[index])) {
        return true;
      }
    }
    return false;
  }
  function baseFindIndex(array, predicate, fromIndex, fromRight) {
    var length = array.length, index = fromIndex + -1;
    while (++index < length) {
      if (predicate(array[index], index, array)) {
        return index;
      }
    }
    return -1;
  }
  function baseIndexOf(array, value, fromIndex) {
    if (value !== value) {
      return baseFindIndex(array, baseIsNaN, fromIndex);
    }
    var index = fromIndex - 1, length = array.length;
    while (++index < length) {
      if (array[index] === value) {
        return index;
      }
    }
    return -1;
  }
  function baseIsNaN(value) {
    return value !== value;
  }
  function cacheHas(cache, key) {
    return cache.has(key);
  }
  function getValue(object, key) {
    return object == null ? void 0 : object[key];
  }
  function isHostObject(value) {
    var result = false;
    if (value != null && typeof value.toString != "function") {
      try {
        result = !!(value + "");
      } catch (e) {
      }
    }
    return result;
  }
  function setToArray(set) {
    var index = -1, result = Array(set.size);
    set.forEach(function(value) {
      result[++index] = value;
    });
    return result;
  }
  var arrayProto = Array.prototype, funcProto = Function.prototype, objectProto = Object.prototype;
  var coreJsData = root["__core-js_shared__"];
  var maskSrcKey = (function() {
    var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
    return uid ? "Symbol(src)_1." + uid : "";
  })();
  var funcToString = funcProto.toString;
  var hasOwnProperty = objectProto.hasOwnProperty;
  var objectToString = objectProto.toString;
  var reIsNative = RegExp(
    "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
  );
  var splice = arrayProto.splice;
  var Map2 = getNative(root, "Map"), Set2 = getNative(root, "Set"), nativeCreate = getNative(Object, "create");
  function Hash(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function hashClear() {
    this.__data__ = nativeCreate ? nativeCreate(null) : {};
  }
  function hashDelete(key) {
    return this.has(key) && delete this.__data__[key];
  }
  function hashGet(key) {
    var data = this.__data__;
    if (nativeCreate) {
      var result = data[key];
      return result === HASH_UNDEFINED ? void 0 : result;
    }
    return hasOwnProperty.call(data, key) ? data[key] : void 0;
  }
  function hashHas(key) {
    var data = this.__data__;
    return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
  }
  function hashSet(key, value) {
    var data = this.__data__;
    data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
    return this;
  }
  Hash.prototype.clear = hashClear;
  Hash.prototype["delete"] = hashDelete;
  Hash.prototype.get = hashGet;
  Hash.prototype.has = hashHas;
  Hash.prototype.set = hashSet;
  function ListCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function listCacheClear() {
    this.__data__ = [];
  }
  function listCacheDelete(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      return false;
    }
    var lastIndex = data.length - 1;
    if (index == lastIndex) {
      data.pop();
    } else {
      splice.call(data, index, 1);
    }
    return true;
  }
  function listCacheGet(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    return index < 0 ? void 0 : data[index][1];
  }
  function listCacheHas(key) {
    return assocIndexOf(this.__data__, key) > -1;
  }
  function listCacheSet(key, value) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      data.push([key, value]);
    } else {
      data[index][1] = value;
    }
    return this;
  }
  ListCache.prototype.clear = listCacheClear;
  ListCache.prototype["delete"] = listCacheDelete;
  ListCache.prototype.get = listCacheGet;
  ListCache.prototype.has = listCacheHas;
  ListCache.prototype.set = listCacheSet;
  function MapCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function mapCacheClear() {
    this.__data__ = {
      "hash": new Hash(),
      "map": new (Map2 || ListCache)(),
      "string": new Hash()
    };
  }
  function mapCacheDelete(key) {
    return getMapData(this, key)["delete"](key);
  }
  function mapCacheGet(key) {
    return getMapData(this, key).get(key);
  }
  function mapCacheHas(key) {
    return getMapData(this, key).has(key);
  }
  function mapCacheSet(key, value) {
    getMapData(this, key).set(key, value);
    return this;
  }
  MapCache.prototype.clear = mapCacheClear;
  MapCache.prototype["delete"] = mapCacheDelete;
  MapCache.prototype.get = mapCacheGet;
  MapCache.prototype.has = mapCacheHas;
  MapCache.prototype.set = mapCacheSet;
  function SetCache(values) {
    var index = -1, length = values ? values.length : 0;
    this.__data__ = new MapCache();
    while (++index < length) {
      this.add(values[index]);
    }
  }
  function setCacheAdd(value) {
    this.__data__.set(value, HASH_UNDEFINED);
    return this;
  }
  function setCacheHas(value) {
    return this.__data__.has(value);
  }
  SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
  SetCache.prototype.has = setCacheHas;
  function assocIndexOf(array, key) {
    var length = array.length;
    while (length--) {
      if (eq(array[length][0], key)) {
        return length;
      }
    }
    return -1;
  }
  function baseIsNative(value) {
    if (!isObject(value) || isMasked(value)) {
      return false;
    }
    var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
    return pattern.test(toSource(value));
  }
  function baseUniq(array, iteratee, comparator) {
    var index = -1, includes = arrayIncludes, length = array.length, isCommon = true, result = [], seen = result;
    if (comparator) {
      isCommon = false;
      includes = arrayIncludesWith;
    } else if (length >= LARGE_ARRAY_SIZE) {
      var set = createSet(array);
      if (set) {
        return setToArray(set);
      }
      isCommon = false;
      includes = cacheHas;
      seen = new SetCache();
    } else {
      seen = result;
    }
    outer:
      while (++index < length) {
        var value = array[index], computed = value;
        value = comparator || value !== 0 ? value : 0;
        if (isCommon && computed === computed) {
          var seenIndex = seen.length;
          while (seenIndex--) {
            if (seen[seenIndex] === computed) {
              continue outer;
            }
          }
          result.push(value);
        } else if (!includes(seen, computed, comparator)) {
          if (seen !== result) {
            seen.push(computed);
          }
          result.push(value);
        }
      }
    return result;
  }
  var createSet = !(Set2 && 1 / setToArray(new Set2([, -0]))[1] == INFINITY) ? noop : function(values) {
    return new Set2(values);
  };
  function getMapData(map, key) {
    var data = map.__data__;
    return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
  }
  function getNative(object, key) {
    var value = getValue(object, key);
    return baseIsNative(value) ? value : void 0;
  }
  function isKeyable(value) {
    var type = typeof value;
    return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
  }
  function isMasked(func) {
    return !!maskSrcKey && maskSrcKey in func;
  }
  function toSource(func) {
    if (func != null) {
      try {
        return funcToString.call(func);
      } catch (e) {
      }
      try {
        return func + "";
      } catch (e) {
      }
    }
    return "";
  }
  function uniqWith(array, comparator) {
    return array && array.length ? baseUniq(array, void 0, comparator) : [];
  }
  function eq(value, other) {
    return value === other || value !== value && other !== other;
  }
  function isFunction(value) {
    var tag = isObject(value) ? objectToString.call(value) : "";
    return tag == funcTag || tag == genTag;
  }
  function isObject(value) {
    var type = typeof value;
    return !!value && (type == "object" || type == "function");
  }
  function noop() {
  }
  lodash_uniqwith = uniqWith;
  return lodash_uniqwith;
}
var lodash_sortby = { exports: {} };
lodash_sortby.exports;
var hasRequiredLodash_sortby;
function requireLodash_sortby() {
  if (hasRequiredLodash_sortby) return lodash_sortby.exports;
  hasRequiredLodash_sortby = 1;
  (function(module, exports) {
    var LARGE_ARRAY_SIZE = 200;
    var FUNC_ERROR_TEXT = "Expected a function";
    var HASH_UNDEFINED = "__lodash_hash_undefined__";
    var UNORDERED_COMPARE_FLAG = 1, PARTIAL_COMPARE_FLAG = 2;
    var MAX_SAFE_INTEGER = 9007199254740991;
    var argsTag = "[object Arguments]", arrayTag = "[object Array]", boolTag = "[object Boolean]", dateTag = "[object Date]", errorTag = "[object Error]", funcTag = "[object Function]", genTag = "[object GeneratorFunction]", mapTag = "[object Map]", numberTag = "[object Number]", objectTag = "[object Object]", promiseTag = "[object Promise]", regexpTag = "[object RegExp]", setTag = "[object Set]", stringTag = "[object String]", symbolTag = "[object Symbol]", weakMapTag = "[object WeakMap]";
    var arrayBufferTag = "[object ArrayBuffer]", dataViewTag = "[object DataView]", float32Tag = "[object Float32Array]", float64Tag = "[object Float64Array]", int8Tag = "[object Int8Array]", int16Tag = "[object Int16Array]", int32Tag = "[object Int32Array]", uint8Tag = "[object Uint8Array]", uint8ClampedTag = "[object Uint8ClampedArray]", uint16Tag = "[object Uint16Array]", uint32Tag = "[object Uint32Array]";
    var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, reIsPlainProp = /^\w*$/, reLeadingDot = /^\./, rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
    var reEscapeChar = /\\(\\)?/g;
    var reIsHostCtor = /^\[object .+?Constructor\]$/;
    var reIsUint = /^(?:0|[1-9]\d*)$/;
    var typedArrayTags = {};
    typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
    typedArrayTags[argsTag] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
    var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
    var freeSelf = typeof self == "object" && self && self.Object === Object && self;
    var root = freeGlobal || freeSelf || Function("return this")();
    var freeExports = exports && !exports.nodeType && exports;
    var freeModule = freeExports && true && module && !module.nodeType && module;
    var moduleExports = freeModule && freeModule.exports === freeExports;
    var freeProcess = moduleExports && freeGlobal.process;
    var nodeUtil = (function() {
      try {
        return freeProcess && freeProcess.binding("util");
      } catch (e) {
      }
    })();
    var nodeIsTypedArray = nodeUtil && nodeUtil.isTypedArray;
    function apply(func, thisArg, args) {
      switch (args.length) {
        case 0:
          return func.call(thisArg);
        case 1:
          return func.call(thisArg, args[0]);
        case 2:
          return func.call(thisArg, args[0], args[1]);
        case 3:
          return func.call(thisArg, args[0], args[1], args[2]);
      }
      return func.apply(thisArg, args);
    }
    function arrayMap(array, iteratee) {
      var index = -1, length = array ? array.length : 0, result = Array(length);
      while (++index < length) {
        result[index] = iteratee(array[index], index, array);
      }
      return result;
    }
    function arrayPush(array, values) {
      var index = -1, length = values.length, offset = array.length;
      while (++index < length) {
        array[offset + index] = values[index];
      }
      return array;
    }
    function arraySome(array, predicate) {
      var index = -1, length = array ? array.length : 0;
      while (++index < length) {
        if (predicate(array[index], index, array)) {
          return true;
        }
      }
      return false;
    }
    function baseProperty(key) {
      return function(object) {
        return object == null ? void 0 : object[key];
      };
    }
    function baseSortBy(array, comparer) {
      var length = array.length;
      array.sort(comparer);
      while (length--) {
        array[length] = array[length].value;
      }
      return array;
    }
    function baseTimes(n, iteratee) {
      var index = -1, result = Array(n);
      while (++index < n) {
        result[index] = iteratee(index);
      }
      return result;
    }
    function baseUnary(func) {
      return function(value) {
        return func(value);
      };
    }
    function getValue(object, key) {
      return object == null ? void 0 : object[key];
    }
    function isHostObject(value) {
      var result = false;
      if (value != null && typeof value.toString != "function") {
        try {
          result = !!(value + "");
        } catch (e) {
        }
      }
      return result;
    }
    function mapToArray(map) {
      var index = -1, result = Array(map.size);
      map.forEach(function(value, key) {
        result[++index] = [key, value];
      });
      return result;
    }
    function overArg(func, transform) {
      return function(arg) {
        return func(transform(arg));
      };
    }
    function setToArray(set) {
      var index = -1, result = Array(set.size);
      set.forEach(function(value) {
        result[++index] = value;
      });
      return result;
    }
    var arrayProto = Array.prototype, funcProto = Function.prototype, objectProto = Object.prototype;
    var coreJsData = root["__core-js_shared__"];
    var maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })();
    var funcToString = funcProto.toString;
    var hasOwnProperty = objectProto.hasOwnProperty;
    var objectToString = objectProto.toString;
    var reIsNative = RegExp(
      "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    );
    var Symbol = root.Symbol, Uint8Array2 = root.Uint8Array, propertyIsEnumerable = objectProto.propertyIsEnumerable, splice = arrayProto.splice, spreadableSymbol = Symbol ? Symbol.isConcatSpreadable : void 0;
    var nativeKeys = overArg(Object.keys, Object), nativeMax = Math.max;
    var DataView = getNative(root, "DataView"), Map2 = getNative(root, "Map"), Promise2 = getNative(root, "Promise"), Set2 = getNative(root, "Set"), WeakMap = getNative(root, "WeakMap"), nativeCreate = getNative(Object, "create");
    var dataViewCtorString = toSource(DataView), mapCtorString = toSource(Map2), promiseCtorString = toSource(Promise2), setCtorString = toSource(Set2), weakMapCtorString = toSource(WeakMap);
    var symbolProto = Symbol ? Symbol.prototype : void 0, symbolValueOf = symbolProto ? symbolProto.valueOf : void 0, symbolToString = symbolProto ? symbolProto.toString : void 0;
    function Hash(entries) {
      var index = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    function hashClear() {
      this.__data__ = nativeCreate ? nativeCreate(null) : {};
    }
    function hashDelete(key) {
      return this.has(key) && delete this.__data__[key];
    }
    function hashGet(key) {
      var data = this.__data__;
      if (nativeCreate) {
        var result = data[key];
        return result === HASH_UNDEFINED ? void 0 : result;
      }
      return hasOwnProperty.call(data, key) ? data[key] : void 0;
    }
    function hashHas(key) {
      var data = this.__data__;
      return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
    }
    function hashSet(key, value) {
      var data = this.__data__;
      data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
      return this;
    }
    Hash.prototype.clear = hashClear;
    Hash.prototype["delete"] = hashDelete;
    Hash.prototype.get = hashGet;
    Hash.prototype.has = hashHas;
    Hash.prototype.set = hashSet;
    function ListCache(entries) {
      var index = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    function listCacheClear() {
      this.__data__ = [];
    }
    function listCacheDelete(key) {
      var data = this.__data__, index = assocIndexOf(data, key);
      if (index < 0) {
        return false;
      }
      var lastIndex = data.length - 1;
      if (index == lastIndex) {
        data.pop();
      } else {
        splice.call(data, index, 1);
      }
      return true;
    }
    function listCacheGet(key) {
      var data = this.__data__, index = assocIndexOf(data, key);
      return index < 0 ? void 0 : data[index][1];
    }
    function listCacheHas(key) {
      return assocIndexOf(this.__data__, key) > -1;
    }
    function listCacheSet(key, value) {
      var data = this.__data__, index = assocIndexOf(data, key);
      if (index < 0) {
        data.push([key, value]);
      } else {
        data[index][1] = value;
      }
      return this;
    }
    ListCache.prototype.clear = listCacheClear;
    ListCache.prototype["delete"] = listCacheDelete;
    ListCache.prototype.get = listCacheGet;
    ListCache.prototype.has = listCacheHas;
    ListCache.prototype.set = listCacheSet;
    function MapCache(entries) {
      var index = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    function mapCacheClear() {
      this.__data__ = {
        "hash": new Hash(),
        "map": new (Map2 || ListCache)(),
        "string": new Hash()
      };
    }
    function mapCacheDelete(key) {
      return getMapData(this, key)["delete"](key);
    }
    function mapCacheGet(key) {
      return getMapData(this, key).get(key);
    }
    function mapCacheHas(key) {
      return getMapData(this, key).has(key);
    }
    function mapCacheSet(key, value) {
      getMapData(this, key).set(key, value);
      return this;
    }
    MapCache.prototype.clear = mapCacheClear;
    MapCache.prototype["delete"] = mapCacheDelete;
    MapCache.prototype.get = mapCacheGet;
    MapCache.prototype.has = mapCacheHas;
    MapCache.prototype.set = mapCacheSet;
    function SetCache(values) {
      var index = -1, length = values ? values.length : 0;
      this.__data__ = new MapCache();
      while (++index < length) {
        this.add(values[index]);
      }
    }
    function setCacheAdd(value) {
      this.__data__.set(value, HASH_UNDEFINED);
      return this;
    }
    function setCacheHas(value) {
      return this.__data__.has(value);
    }
    SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
    SetCache.prototype.has = setCacheHas;
    function Stack(entries) {
      this.__data__ = new ListCache(entries);
    }
    function stackClear() {
      this.__data__ = new ListCache();
    }
    function stackDelete(key) {
      return this.__data__["delete"](key);
    }
    function stackGet(key) {
      return this.__data__.get(key);
    }
    function stackHas(key) {
      return this.__data__.has(key);
    }
    function stackSet(key, value) {
      var cache = this.__data__;
      if (cache instanceof ListCache) {
        var pairs = cache.__data__;
        if (!Map2 || pairs.length < LARGE_ARRAY_SIZE - 1) {
          pairs.push([key, value]);
          return this;
        }
        cache = this.__data__ = new MapCache(pairs);
      }
      cache.set(key, value);
      return this;
    }
    Stack.prototype.clear = stackClear;
    Stack.prototype["delete"] = stackDelete;
    Stack.prototype.get = stackGet;
    Stack.prototype.has = stackHas;
    Stack.prototype.set = stackSet;
    function arrayLikeKeys(value, inherited) {
      var result = isArray(value) || isArguments(value) ? baseTimes(value.length, String) : [];
      var length = result.length, skipIndexes = !!length;
      for (var key in value) {
        if (hasOwnProperty.call(value, key) && !(skipIndexes && (key == "length" || isIndex(key, length)))) {
          result.push(key);
        }
      }
      return result;
    }
    function assocIndexOf(array, key) {
      var length = array.length;
      while (length--) {
        if (eq(array[length][0], key)) {
          return length;
        }
      }
      return -1;
    }
    var baseEach = createBaseEach(baseForOwn);
    function baseFlatten(array, depth, predicate, isStrict, result) {
      var index = -1, length = array.length;
      predicate || (predicate = isFlattenable);
      result || (result = []);
      while (++index < length) {
        var value = array[index];
        if (predicate(value)) {
          {
            arrayPush(result, value);
          }
        } else {
          result[result.length] = value;
        }
      }
      return result;
    }
    var baseFor = createBaseFor();
    function baseForOwn(object, iteratee) {
      return object && baseFor(object, iteratee, keys);
    }
    function baseGet(object, path2) {
      path2 = isKey(path2, object) ? [path2] : castPath(path2);
      var index = 0, length = path2.length;
      while (object != null && index < length) {
        object = object[toKey(path2[index++])];
      }
      return index && index == length ? object : void 0;
    }
    function baseGetTag(value) {
      return objectToString.call(value);
    }
    function baseHasIn(object, key) {
      return object != null && key in Object(object);
    }
    function baseIsEqual(value, other, customizer, bitmask, stack) {
      if (value === other) {
        return true;
      }
      if (value == null || other == null || !isObject(value) && !isObjectLike(other)) {
        return value !== value && other !== other;
      }
      return baseIsEqualDeep(value, other, baseIsEqual, customizer, bitmask, stack);
    }
    function baseIsEqualDeep(object, other, equalFunc, customizer, bitmask, stack) {
      var objIsArr = isArray(object), othIsArr = isArray(other), objTag = arrayTag, othTag = arrayTag;
      if (!objIsArr) {
        objTag = getTag(object);
        objTag = objTag == argsTag ? objectTag : objTag;
      }
      if (!othIsArr) {
        othTag = getTag(other);
        othTag = othTag == argsTag ? objectTag : othTag;
      }
      var objIsObj = objTag == objectTag && !isHostObject(object), othIsObj = othTag == objectTag && !isHostObject(other), isSameTag = objTag == othTag;
      if (isSameTag && !objIsObj) {
        stack || (stack = new Stack());
        return objIsArr || isTypedArray(object) ? equalArrays(object, other, equalFunc, customizer, bitmask, stack) : equalByTag(object, other, objTag, equalFunc, customizer, bitmask, stack);
      }
      if (!(bitmask & PARTIAL_COMPARE_FLAG)) {
        var objIsWrapped = objIsObj && hasOwnProperty.call(object, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty.call(other, "__wrapped__");
        if (objIsWrapped || othIsWrapped) {
          var objUnwrapped = objIsWrapped ? object.value() : object, othUnwrapped = othIsWrapped ? other.value() : other;
          stack || (stack = new Stack());
          return equalFunc(objUnwrapped, othUnwrapped, customizer, bitmask, stack);
        }
      }
      if (!isSameTag) {
        return false;
      }
      stack || (stack = new Stack());
      return equalObjects(object, other, equalFunc, customizer, bitmask, stack);
    }
    function baseIsMatch(object, source, matchData, customizer) {
      var index = matchData.length, length = index;
      if (object == null) {
        return !length;
      }
      object = Object(object);
      while (index--) {
        var data = matchData[index];
        if (data[2] ? data[1] !== object[data[0]] : !(data[0] in object)) {
          return false;
        }
      }
      while (++index < length) {
        data = matchData[index];
        var key = data[0], objValue = object[key], srcValue = data[1];
        if (data[2]) {
          if (objValue === void 0 && !(key in object)) {
            return false;
          }
        } else {
          var stack = new Stack();
          var result;
          if (!(result === void 0 ? baseIsEqual(srcValue, objValue, customizer, UNORDERED_COMPARE_FLAG | PARTIAL_COMPARE_FLAG, stack) : result)) {
            return false;
          }
        }
      }
      return true;
    }
    function baseIsNative(value) {
      if (!isObject(value) || isMasked(value)) {
        return false;
      }
      var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
      return pattern.test(toSource(value));
    }
    function baseIsTypedArray(value) {
      return isObjectLike(value) && isLength(value.length) && !!typedArrayTags[objectToString.call(value)];
    }
    function baseIteratee(value) {
      if (typeof value == "function") {
        return value;
      }
      if (value == null) {
        return identity;
      }
      if (typeof value == "object") {
        return isArray(value) ? baseMatchesProperty(value[0], value[1]) : baseMatches(value);
      }
      return property(value);
    }
    function baseKeys(object) {
      if (!isPrototype(object)) {
        return nativeKeys(object);
      }
      var result = [];
      for (var key in Object(object)) {
        if (hasOwnProperty.call(object, key) && key != "constructor") {
          result.push(key);
        }
      }
      return result;
    }
    function baseMap(collection, iteratee) {
      var index = -1, result = isArrayLike(collection) ? Array(collection.length) : [];
      baseEach(collection, function(value, key, collection2) {
        result[++index] = iteratee(value, key, collection2);
      });
      return result;
    }
    function baseMatches(source) {
      var matchData = getMatchData(source);
      if (matchData.length == 1 && matchData[0][2]) {
        return matchesStrictComparable(matchData[0][0], matchData[0][1]);
      }
      return function(object) {
        return object === source || baseIsMatch(object, source, matchData);
      };
    }
    function baseMatchesProperty(path2, srcValue) {
      if (isKey(path2) && isStrictComparable(srcValue)) {
        return matchesStrictComparable(toKey(path2), srcValue);
      }
      return function(object) {
        var objValue = get(object, path2);
        return objValue === void 0 && objValue === srcValue ? hasIn(object, path2) : baseIsEqual(srcValue, objValue, void 0, UNORDERED_COMPARE_FLAG | PARTIAL_COMPARE_FLAG);
      };
    }
    function baseOrderBy(collection, iteratees, orders) {
      var index = -1;
      iteratees = arrayMap(iteratees.length ? iteratees : [identity], baseUnary(baseIteratee));
      var result = baseMap(collection, function(value, key, collection2) {
        var criteria = arrayMap(iteratees, function(iteratee) {
          return iteratee(value);
        });
        return { "criteria": criteria, "index": ++index, "value": value };
      });
      return baseSortBy(result, function(object, other) {
        return compareMultiple(object, other, orders);
      });
    }
    function basePropertyDeep(path2) {
      return function(object) {
        return baseGet(object, path2);
      };
    }
    function baseRest(func, start) {
      start = nativeMax(start === void 0 ? func.length - 1 : start, 0);
      return function() {
        var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array(length);
        while (++index < length) {
          array[index] = args[start + index];
        }
        index = -1;
        var otherArgs = Array(start + 1);
        while (++index < start) {
          otherArgs[index] = args[index];
        }
        otherArgs[start] = array;
        return apply(func, this, otherArgs);
      };
    }
    function baseToString(value) {
      if (typeof value == "string") {
        return value;
      }
      if (isSymbol(value)) {
        return symbolToString ? symbolToString.call(value) : "";
      }
      var result = value + "";
      return result == "0" && 1 / value == -Infinity ? "-0" : result;
    }
    function castPath(value) {
      return isArray(value) ? value : stringToPath(value);
    }
    function compareAscending(value, other) {
      if (value !== other) {
        var valIsDefined = value !== void 0, valIsNull = value === null, valIsReflexive = value === value, valIsSymbol = isSymbol(value);
        var othIsDefined = other !== void 0, othIsNull = other === null, othIsReflexive = other === other, othIsSymbol = isSymbol(other);
        if (!othIsNull && !othIsSymbol && !valIsSymbol && value > other || valIsSymbol && othIsDefined && othIsReflexive && !othIsNull && !othIsSymbol || valIsNull && othIsDefined && othIsReflexive || !valIsDefined && othIsReflexive || !valIsReflexive) {
          return 1;
        }
        if (!valIsNull && !valIsSymbol && !othIsSymbol && value < other || othIsSymbol && valIsDefined && valIsReflexive && !valIsNull && !valIsSymbol || othIsNull && valIsDefined && valIsReflexive || !othIsDefined && valIsReflexive || !othIsReflexive) {
          return -1;
        }
      }
      return 0;
    }
    function compareMultiple(object, other, orders) {
      var index = -1, objCriteria = object.criteria, othCriteria = other.criteria, length = objCriteria.length, ordersLength = orders.length;
      while (++index < length) {
        var result = compareAscending(objCriteria[index], othCriteria[index]);
        if (result) {
          if (index >= ordersLength) {
            return result;
          }
          var order = orders[index];
          return result * (order == "desc" ? -1 : 1);
        }
      }
      return object.index - other.index;
    }
    function createBaseEach(eachFunc, fromRight) {
      return function(collection, iteratee) {
        if (collection == null) {
          return collection;
        }
        if (!isArrayLike(collection)) {
          return eachFunc(collection, iteratee);
        }
        var length = collection.length, index = -1, iterable = Object(collection);
        while (++index < length) {
          if (iteratee(iterable[index], index, iterable) === false) {
            break;
          }
        }
        return collection;
      };
    }
    function createBaseFor(fromRight) {
      return function(object, iteratee, keysFunc) {
        var index = -1, iterable = Object(object), props = keysFunc(object), length = props.length;
        while (length--) {
          var key = props[++index];
          if (iteratee(iterable[key], key, iterable) === false) {
            break;
          }
        }
        return object;
      };
    }
    function equalArrays(array, other, equalFunc, customizer, bitmask, stack) {
      var isPartial = bitmask & PARTIAL_COMPARE_FLAG, arrLength = array.length, othLength = other.length;
      if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
        return false;
      }
      var stacked = stack.get(array);
      if (stacked && stack.get(other)) {
        return stacked == other;
      }
      var index = -1, result = true, seen = bitmask & UNORDERED_COMPARE_FLAG ? new SetCache() : void 0;
      stack.set(array, other);
      stack.set(other, array);
      while (++index < arrLength) {
        var arrValue = array[index], othValue = other[index];
        if (customizer) {
          var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
        }
        if (compared !== void 0) {
          if (compared) {
            continue;
          }
          result = false;
          break;
        }
        if (seen) {
          if (!arraySome(other, function(othValue2, othIndex) {
            if (!seen.has(othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, customizer, bitmask, stack))) {
              return seen.add(othIndex);
            }
          })) {
            result = false;
            break;
          }
        } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, customizer, bitmask, stack))) {
          result = false;
          break;
        }
      }
      stack["delete"](array);
      stack["delete"](other);
      return result;
    }
    function equalByTag(object, other, tag, equalFunc, customizer, bitmask, stack) {
      switch (tag) {
        case dataViewTag:
          if (object.byteLength != other.byteLength || object.byteOffset != other.byteOffset) {
            return false;
          }
          object = object.buffer;
          other = other.buffer;
        case arrayBufferTag:
          if (object.byteLength != other.byteLength || !equalFunc(new Uint8Array2(object), new Uint8Array2(other))) {
            return false;
          }
          return true;
        case boolTag:
        case dateTag:
        case numberTag:
          return eq(+object, +other);
        case errorTag:
          return object.name == other.name && object.message == other.message;
        case regexpTag:
        case stringTag:
          return object == other + "";
        case mapTag:
          var convert = mapToArray;
        case setTag:
          var isPartial = bitmask & PARTIAL_COMPARE_FLAG;
          convert || (convert = setToArray);
          if (object.size != other.size && !isPartial) {
            return false;
          }
          var stacked = stack.get(object);
          if (stacked) {
            return stacked == other;
          }
          bitmask |= UNORDERED_COMPARE_FLAG;
          stack.set(object, other);
          var result = equalArrays(convert(object), convert(other), equalFunc, customizer, bitmask, stack);
          stack["delete"](object);
          return result;
        case symbolTag:
          if (symbolValueOf) {
            return symbolValueOf.call(object) == symbolValueOf.call(other);
          }
      }
      return false;
    }
    function equalObjects(object, other, equalFunc, customizer, bitmask, stack) {
      var isPartial = bitmask & PARTIAL_COMPARE_FLAG, objProps = keys(object), objLength = objProps.length, othProps = keys(other), othLength = othProps.length;
      if (objLength != othLength && !isPartial) {
        return false;
      }
      var index = objLength;
      while (index--) {
        var key = objProps[index];
        if (!(isPartial ? key in other : hasOwnProperty.call(other, key))) {
          return false;
        }
      }
      var stacked = stack.get(object);
      if (stacked && stack.get(other)) {
        return stacked == other;
      }
      var result = true;
      stack.set(object, other);
      stack.set(other, object);
      var skipCtor = isPartial;
      while (++index < objLength) {
        key = objProps[index];
        var objValue = object[key], othValue = other[key];
        if (customizer) {
          var compared = isPartial ? customizer(othValue, objValue, key, other, object, stack) : customizer(objValue, othValue, key, object, other, stack);
        }
        if (!(compared === void 0 ? objValue === othValue || equalFunc(objValue, othValue, customizer, bitmask, stack) : compared)) {
          result = false;
          break;
        }
        skipCtor || (skipCtor = key == "constructor");
      }
      if (result && !skipCtor) {
        var objCtor = object.constructor, othCtor = other.constructor;
        if (objCtor != othCtor && ("constructor" in object && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
          result = false;
        }
      }
      stack["delete"](object);
      stack["delete"](other);
      return result;
    }
    function getMapData(map, key) {
      var data = map.__data__;
      return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
    }
    function getMatchData(object) {
      var result = keys(object), length = result.length;
      while (length--) {
        var key = result[length], value = object[key];
        result[length] = [key, value, isStrictComparable(value)];
      }
      return result;
    }
    function getNative(object, key) {
      var value = getValue(object, key);
      return baseIsNative(value) ? value : void 0;
    }
    var getTag = baseGetTag;
    if (DataView && getTag(new DataView(new ArrayBuffer(1))) != dataViewTag || Map2 && getTag(new Map2()) != mapTag || Promise2 && getTag(Promise2.resolve()) != promiseTag || Set2 && getTag(new Set2()) != setTag || WeakMap && getTag(new WeakMap()) != weakMapTag) {
      getTag = function(value) {
        var result = objectToString.call(value), Ctor = result == objectTag ? value.constructor : void 0, ctorString = Ctor ? toSource(Ctor) : void 0;
        if (ctorString) {
          switch (ctorString) {
            case dataViewCtorString:
              return dataViewTag;
            case mapCtorString:
              return mapTag;
            case promiseCtorString:
              return promiseTag;
            case setCtorString:
              return setTag;
            case weakMapCtorString:
              return weakMapTag;
          }
        }
        return result;
      };
    }
    function hasPath(object, path2, hasFunc) {
      path2 = isKey(path2, object) ? [path2] : castPath(path2);
      var result, index = -1, length = path2.length;
      while (++index < length) {
        var key = toKey(path2[index]);
        if (!(result = object != null && hasFunc(object, key))) {
          break;
        }
        object = object[key];
      }
      if (result) {
        return result;
      }
      var length = object ? object.length : 0;
      return !!length && isLength(length) && isIndex(key, length) && (isArray(object) || isArguments(object));
    }
    function isFlattenable(value) {
      return isArray(value) || isArguments(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
    }
    function isIndex(value, length) {
      length = length == null ? MAX_SAFE_INTEGER : length;
      return !!length && (typeof value == "number" || reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
    }
    function isIterateeCall(value, index, object) {
      if (!isObject(object)) {
        return false;
      }
      var type = typeof index;
      if (type == "number" ? isArrayLike(object) && isIndex(index, object.length) : type == "string" && index in object) {
        return eq(object[index], value);
      }
      return false;
    }
    function isKey(value, object) {
      if (isArray(value)) {
        return false;
      }
      var type = typeof value;
      if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol(value)) {
        return true;
      }
      return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
    }
    function isKeyable(value) {
      var type = typeof value;
      return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
    }
    function isMasked(func) {
      return !!maskSrcKey && maskSrcKey in func;
    }
    function isPrototype(value) {
      var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto;
      return value === proto;
    }
    function isStrictComparable(value) {
      return value === value && !isObject(value);
    }
    function matchesStrictComparable(key, srcValue) {
      return function(object) {
        if (object == null) {
          return false;
        }
        return object[key] === srcValue && (srcValue !== void 0 || key in Object(object));
      };
    }
    var stringToPath = memoize(function(string) {
      string = toString(string);
      var result = [];
      if (reLeadingDot.test(string)) {
        result.push("");
      }
      string.replace(rePropName, function(match, number, quote, string2) {
        result.push(quote ? string2.replace(reEscapeChar, "$1") : number || match);
      });
      return result;
    });
    function toKey(value) {
      if (typeof value == "string" || isSymbol(value)) {
        return value;
      }
      var result = value + "";
      return result == "0" && 1 / value == -Infinity ? "-0" : result;
    }
    function toSource(func) {
      if (func != null) {
        try {
          return funcToString.call(func);
        } catch (e) {
        }
        try {
          return func + "";
        } catch (e) {
        }
      }
      return "";
    }
    var sortBy = baseRest(function(collection, iteratees) {
      if (collection == null) {
        return [];
      }
      var length = iteratees.length;
      if (length > 1 && isIterateeCall(collection, iteratees[0], iteratees[1])) {
        iteratees = [];
      } else if (length > 2 && isIterateeCall(iteratees[0], iteratees[1], iteratees[2])) {
        iteratees = [iteratees[0]];
      }
      return baseOrderBy(collection, baseFlatten(iteratees), []);
    });
    function memoize(func, resolver) {
      if (typeof func != "function" || resolver && typeof resolver != "function") {
        throw new TypeError(FUNC_ERROR_TEXT);
      }
      var memoized = function() {
        var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
        if (cache.has(key)) {
          return cache.get(key);
        }
        var result = func.apply(this, args);
        memoized.cache = cache.set(key, result);
        return result;
      };
      memoized.cache = new (memoize.Cache || MapCache)();
      return memoized;
    }
    memoize.Cache = MapCache;
    function eq(value, other) {
      return value === other || value !== value && other !== other;
    }
    function isArguments(value) {
      return isArrayLikeObject(value) && hasOwnProperty.call(value, "callee") && (!propertyIsEnumerable.call(value, "callee") || objectToString.call(value) == argsTag);
    }
    var isArray = Array.isArray;
    function isArrayLike(value) {
      return value != null && isLength(value.length) && !isFunction(value);
    }
    function isArrayLikeObject(value) {
      return isObjectLike(value) && isArrayLike(value);
    }
    function isFunction(value) {
      var tag = isObject(value) ? objectToString.call(value) : "";
      return tag == funcTag || tag == genTag;
    }
    function isLength(value) {
      return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER;
    }
    function isObject(value) {
      var type = typeof value;
      return !!value && (type == "object" || type == "function");
    }
    function isObjectLike(value) {
      return !!value && typeof value == "object";
    }
    function isSymbol(value) {
      return typeof value == "symbol" || isObjectLike(value) && objectToString.call(value) == symbolTag;
    }
    var isTypedArray = nodeIsTypedArray ? baseUnary(nodeIsTypedArray) : baseIsTypedArray;
    function toString(value) {
      return value == null ? "" : baseToString(value);
    }
    function get(object, path2, defaultValue) {
      var result = object == null ? void 0 : baseGet(object, path2);
      return result === void 0 ? defaultValue : result;
    }
    function hasIn(object, path2) {
      return object != null && hasPath(object, path2, baseHasIn);
    }
    function keys(object) {
      return isArrayLike(object) ? arrayLikeKeys(object) : baseKeys(object);
    }
    function identity(value) {
      return value;
    }
    function property(path2) {
      return isKey(path2) ? baseProperty(toKey(path2)) : basePropertyDeep(path2);
    }
    module.exports = sortBy;
  })(lodash_sortby, lodash_sortby.exports);
  return lodash_sortby.exports;
}
var escapeStringRegexp;
var hasRequiredEscapeStringRegexp;
function requireEscapeStringRegexp() {
  if (hasRequiredEscapeStringRegexp) return escapeStringRegexp;
  hasRequiredEscapeStringRegexp = 1;
  escapeStringRegexp = (string) => {
    if (typeof string !== "string") {
      throw new TypeError("Expected a string");
    }
    return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
  };
  return escapeStringRegexp;
}
var regexpParse = {};
var hasRequiredRegexpParse;
function requireRegexpParse() {
  if (hasRequiredRegexpParse) return regexpParse;
  hasRequiredRegexpParse = 1;
  Object.defineProperty(regexpParse, "__esModule", { value: true });
  regexpParse.isRegExpString = regexpParse.parseRegExpString = void 0;
  var REGEXP_LITERAL_PATTERN = /^\/(.+)\/([guimysd]*)$/;
  var parseRegExpString = function(str) {
    var result = str.match(REGEXP_LITERAL_PATTERN);
    if (!result) {
      return null;
    }
    return {
      source: result[1],
      flagString: result[2]
    };
  };
  regexpParse.parseRegExpString = parseRegExpString;
  var isRegExpString = function(str) {
    return REGEXP_LITERAL_PATTERN.test(str);
  };
  regexpParse.isRegExpString = isRegExpString;
  return regexpParse;
}
var hasRequiredRegexpStringMatcher;
function requireRegexpStringMatcher() {
  if (hasRequiredRegexpStringMatcher) return regexpStringMatcher;
  hasRequiredRegexpStringMatcher = 1;
  (function(exports) {
    var __importDefault = regexpStringMatcher && regexpStringMatcher.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.matchPatterns = exports.createRegExp = void 0;
    var lodash_uniq_1 = __importDefault(requireLodash_uniq());
    var lodash_uniqwith_1 = __importDefault(requireLodash_uniqwith());
    var lodash_sortby_1 = __importDefault(requireLodash_sortby());
    var escape_string_regexp_1 = __importDefault(requireEscapeStringRegexp());
    var regexp_parse_1 = requireRegexpParse();
    var DEFAULT_FLAGS = "ug";
    var defaultFlags = function(flagsString) {
      if (flagsString.length === 0) {
        return DEFAULT_FLAGS;
      }
      return (0, lodash_uniq_1.default)((flagsString + DEFAULT_FLAGS).split("")).join("");
    };
    var createRegExp = function(patternString, defaultFlag) {
      if (defaultFlag === void 0) {
        defaultFlag = DEFAULT_FLAGS;
      }
      if (patternString.length === 0) {
        throw new Error("Empty string can not handled");
      }
      if ((0, regexp_parse_1.isRegExpString)(patternString)) {
        var regExpStructure = (0, regexp_parse_1.parseRegExpString)(patternString);
        if (regExpStructure) {
          return new RegExp(regExpStructure.source, defaultFlags(regExpStructure.flagString));
        }
        throw new Error('"'.concat(patternString, '" can not parse as RegExp.'));
      } else {
        return new RegExp((0, escape_string_regexp_1.default)(patternString), defaultFlag);
      }
    };
    exports.createRegExp = createRegExp;
    var isEqualMatchPatternResult = function(a, b) {
      return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.match === b.match;
    };
    var matchPatterns = function(text, regExpLikeStrings) {
      var matchPatternResults = [];
      regExpLikeStrings.map(function(patternString) {
        return (0, exports.createRegExp)(patternString);
      }).forEach(function(regExp) {
        var results = text.matchAll(regExp);
        Array.from(results).forEach(function(result) {
          if (result.index === void 0) {
            return;
          }
          var match = result[0];
          var index = result.index;
          matchPatternResults.push({
            match,
            captures: result.slice(1),
            startIndex: index,
            endIndex: index + match.length
          });
        });
      });
      var uniqResults = (0, lodash_uniqwith_1.default)(matchPatternResults, isEqualMatchPatternResult);
      return (0, lodash_sortby_1.default)(uniqResults, ["startIndex", "endIndex"]);
    };
    exports.matchPatterns = matchPatterns;
  })(regexpStringMatcher);
  return regexpStringMatcher;
}
var regexpStringMatcherExports = requireRegexpStringMatcher();
var BUILTIN_IGNORED = {
  AWSAccountID: ["AKIAIOSFODNN7EXAMPLE"],
  AWSSecretAccessKey: ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
};
var messages$r = {
  AWSAccountID: {
    en: (props) => `found AWS Account ID: ${props.ID}`,
    ja: (props) => `AWS Account ID: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  AWSSecretAccessKey: {
    en: (props) => `found AWS Secret Access Key: ${props.KEY}`,
    ja: (props) => `AWS Secret Access Key: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  AWSAccessKeyID: {
    en: (props) => `found AWS Access Key ID: ${props.ID}`,
    ja: (props) => `AWS Access Key Id: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var reportAWSAccessKey = ({ t, source, context, options }) => {
  const AWSAccessKeyIDPattern = /\b(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}\b/g;
  const results = source.content.matchAll(AWSAccessKeyIDPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    if (BUILTIN_IGNORED.AWSAccountID.includes(match)) {
      continue;
    }
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("AWSAccessKeyID", {
        ID: match
      }),
      range
    });
  }
};
var reportAWSSecretAccessKey = ({ t, source, context, options }) => {
  const AWS = "(?:AWS|aws|Aws)?_?";
  const QUOTE = `["']?`;
  const CONNECT = "\\s*(?::|=>|=)\\s*";
  const AWSSecretPatten = new RegExp(String.raw`${QUOTE}${AWS}(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)${QUOTE}${CONNECT}${QUOTE}([A-Za-z0-9/\+=]{40})${QUOTE}\b`, "g");
  const results = source.content.matchAll(AWSSecretPatten);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[1] || "";
    const range = [index, index + match.length];
    if (BUILTIN_IGNORED.AWSSecretAccessKey.includes(match)) {
      continue;
    }
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("AWSSecretAccessKey", {
        KEY: match
      }),
      range
    });
  }
};
var reportAWSAccountID = ({ t, source, context, options }) => {
  const AWS = "(AWS|aws|Aws)?_?";
  const QUOTE = `("|')?`;
  const CONNECT = "\\s*(:|=>|=)\\s*";
  const AWSSecretPatten = new RegExp(String.raw`${QUOTE}${AWS}(ACCOUNT|account|Account)_?(ID|id|Id)?${QUOTE}${CONNECT}${QUOTE}[0-9]{4}\-?[0-9]{4}\-?[0-9]{4}${QUOTE}\b`, "g");
  const results = source.content.matchAll(AWSSecretPatten);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("AWSAccountID", {
        ID: match
      }),
      range
    });
  }
};
var creator$s = {
  messages: messages$r,
  meta: {
    id: "@secretlint/secretlint-rule-aws",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-aws/README.md"
    }
  },
  create(context, options) {
    const normalizedOptions = {
      allows: options.allows || [],
      enableIDScanRule: options.enableIDScanRule ?? false
    };
    const t = context.createTranslator(messages$r);
    return {
      file(source) {
        if (normalizedOptions.enableIDScanRule) {
          reportAWSAccessKey({ t, source, context, options: normalizedOptions });
          reportAWSAccountID({ t, source, context, options: normalizedOptions });
        }
        reportAWSSecretAccessKey({ t, source, context, options: normalizedOptions });
      }
    };
  }
};
var TAG_INTEGER = 2;
var TAG_OCTET_STRING = 4;
var TAG_NULL = 5;
var TAG_OID = 6;
var TAG_SEQUENCE = 48;
var TAG_CONTEXT_0 = 160;
function readTlv(buf, offset) {
  if (offset + 2 > buf.length) {
    throw new Error("PKCS12: truncated TLV header");
  }
  const tag = buf[offset];
  const lenByte = buf[offset + 1];
  let length;
  let contentStart;
  if (lenByte < 128) {
    length = lenByte;
    contentStart = offset + 2;
  } else {
    const lenBytes = lenByte & 127;
    if (lenBytes === 0 || lenBytes > 4) {
      throw new Error("PKCS12: unsupported ASN.1 length encoding");
    }
    if (offset + 2 + lenBytes > buf.length) {
      throw new Error("PKCS12: truncated ASN.1 length");
    }
    length = 0;
    for (let i = 0; i < lenBytes; i++) {
      length = length * 256 + buf[offset + 2 + i];
    }
    contentStart = offset + 2 + lenBytes;
  }
  const end = contentStart + length;
  if (end > buf.length) {
    throw new Error("PKCS12: TLV extends past buffer");
  }
  return { tag, content: buf.subarray(contentStart, end), end };
}
function expectTag(tlv, tag, label) {
  if (tlv.tag !== tag) {
    throw new Error(`PKCS12: expected ${label} tag 0x${tag.toString(16)} but got 0x${tlv.tag.toString(16)}`);
  }
}
function readInteger(tlv) {
  expectTag(tlv, TAG_INTEGER, "INTEGER");
  let value = 0;
  for (const byte of tlv.content) {
    value = value * 256 + byte;
  }
  return value;
}
function bytesEqual(a, b) {
  if (a.length !== b.length)
    return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    diff |= a[i] ^ b[i];
  }
  return diff === 0;
}
var OID_DATA = new Uint8Array([42, 134, 72, 134, 247, 13, 1, 7, 1]);
var OID_SHA1 = new Uint8Array([43, 14, 3, 2, 26]);
var OID_SHA256 = new Uint8Array([96, 134, 72, 1, 101, 3, 4, 2, 1]);
var OID_SHA384 = new Uint8Array([96, 134, 72, 1, 101, 3, 4, 2, 2]);
var OID_SHA512 = new Uint8Array([96, 134, 72, 1, 101, 3, 4, 2, 3]);
var MAC_HASHES = [
  { oid: OID_SHA1, hash: { name: "SHA-1", outputSize: 20, blockSize: 64 } },
  { oid: OID_SHA256, hash: { name: "SHA-256", outputSize: 32, blockSize: 64 } },
  { oid: OID_SHA384, hash: { name: "SHA-384", outputSize: 48, blockSize: 128 } },
  { oid: OID_SHA512, hash: { name: "SHA-512", outputSize: 64, blockSize: 128 } }
];
function matchHash(oidBytes) {
  for (const { oid, hash } of MAC_HASHES) {
    if (bytesEqual(oidBytes, oid))
      return hash;
  }
  return void 0;
}
var MAX_MAC_ITERATIONS = 1e5;
function parsePkcs12(buf) {
  const pfx = readTlv(buf, 0);
  expectTag(pfx, TAG_SEQUENCE, "PFX SEQUENCE");
  const version = readTlv(pfx.content, 0);
  if (readInteger(version) !== 3) {
    throw new Error("PKCS12: unsupported version");
  }
  const authSafeInfo = readTlv(pfx.content, version.end);
  expectTag(authSafeInfo, TAG_SEQUENCE, "ContentInfo SEQUENCE");
  const contentType = readTlv(authSafeInfo.content, 0);
  expectTag(contentType, TAG_OID, "contentType OID");
  if (!bytesEqual(contentType.content, OID_DATA)) {
    throw new Error("PKCS12: unsupported authSafe contentType");
  }
  const explicit0 = readTlv(authSafeInfo.content, contentType.end);
  expectTag(explicit0, TAG_CONTEXT_0, "[0] EXPLICIT");
  const authSafeOctet = readTlv(explicit0.content, 0);
  expectTag(authSafeOctet, TAG_OCTET_STRING, "authSafe OCTET STRING");
  const macData = readTlv(pfx.content, authSafeInfo.end);
  expectTag(macData, TAG_SEQUENCE, "MacData SEQUENCE");
  const digestInfo = readTlv(macData.content, 0);
  expectTag(digestInfo, TAG_SEQUENCE, "DigestInfo SEQUENCE");
  const alg = readTlv(digestInfo.content, 0);
  expectTag(alg, TAG_SEQUENCE, "AlgorithmIdentifier SEQUENCE");
  const algOid = readTlv(alg.content, 0);
  expectTag(algOid, TAG_OID, "algorithm OID");
  const macHash = matchHash(algOid.content);
  if (!macHash) {
    throw new Error("PKCS12: unsupported MAC digest algorithm");
  }
  if (algOid.end < alg.content.length) {
    const params = readTlv(alg.content, algOid.end);
    if (params.tag !== TAG_NULL) {
      throw new Error("PKCS12: unexpected MAC algorithm parameters");
    }
  }
  const digest = readTlv(digestInfo.content, alg.end);
  expectTag(digest, TAG_OCTET_STRING, "digest OCTET STRING");
  const salt = readTlv(macData.content, digestInfo.end);
  expectTag(salt, TAG_OCTET_STRING, "macSalt OCTET STRING");
  let iterations = 1;
  if (salt.end < macData.content.length) {
    const iter = readTlv(macData.content, salt.end);
    iterations = readInteger(iter);
  }
  if (iterations < 1 || iterations > MAX_MAC_ITERATIONS) {
    throw new Error("PKCS12: MAC iteration count out of range");
  }
  return {
    authSafe: authSafeOctet.content,
    macHash,
    macSalt: salt.content,
    macDigest: digest.content,
    iterations
  };
}
function toBufferSource(data) {
  const copy = new Uint8Array(data.length);
  copy.set(data);
  return copy;
}
var NODE_HASH_NAMES = {
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512"
};
async function createDigest(hash) {
  try {
    const { createHash } = await import("node:crypto");
    const algorithm = NODE_HASH_NAMES[hash.name];
    return (data) => new Uint8Array(createHash(algorithm).update(data).digest());
  } catch {
    return async (data) => new Uint8Array(await globalThis.crypto.subtle.digest(hash.name, toBufferSource(data)));
  }
}
function padToMultipleOf(src, blockSize) {
  if (src.length === 0)
    return new Uint8Array(0);
  const padded = new Uint8Array(Math.ceil(src.length / blockSize) * blockSize);
  for (let i = 0; i < padded.length; i++) {
    padded[i] = src[i % src.length];
  }
  return padded;
}
function encodePasswordAsBmpString(password) {
  if (password.length === 0)
    return new Uint8Array(0);
  const bytes = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    const code = password.charCodeAt(i);
    bytes[i * 2] = code >> 8 & 255;
    bytes[i * 2 + 1] = code & 255;
  }
  return bytes;
}
async function deriveMacKey(hash, password, salt, iterations) {
  const v = hash.blockSize;
  const u = hash.outputSize;
  const ID_MAC = 3;
  const D = new Uint8Array(v).fill(ID_MAC);
  const P = padToMultipleOf(encodePasswordAsBmpString(password), v);
  const S = padToMultipleOf(salt, v);
  const DI = new Uint8Array(D.length + S.length + P.length);
  DI.set(D, 0);
  DI.set(S, D.length);
  DI.set(P, D.length + S.length);
  const digest = await createDigest(hash);
  let A = await digest(DI);
  for (let i = 1; i < iterations; i++) {
    A = await digest(A);
  }
  return A.subarray(0, u);
}
async function verifyPkcs12Mac(pfxBytes, password) {
  let parsed;
  try {
    parsed = parsePkcs12(pfxBytes);
  } catch {
    return false;
  }
  try {
    const key = await deriveMacKey(parsed.macHash, password, parsed.macSalt, parsed.iterations);
    const cryptoKey = await globalThis.crypto.subtle.importKey("raw", toBufferSource(key), { name: "HMAC", hash: parsed.macHash.name }, false, ["sign"]);
    const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", cryptoKey, toBufferSource(parsed.authSafe)));
    return bytesEqual(mac, parsed.macDigest);
  } catch {
    return false;
  }
}
var GCP_SERVICE_ACCOUNT_P12_PASSWORD = "notasecret";
async function reportIfFoundPrivateKeyP12Format({ source, options, context, t }) {
  if (!source.filePath) {
    return;
  }
  try {
    const fs = await import("node:fs");
    const path2 = await import("node:path");
    const fileName = path2.basename(source.filePath);
    if (regexpStringMatcherExports.matchPatterns(fileName, options.allows).length > 0) {
      return;
    }
    const pfxBytes = new Uint8Array(fs.readFileSync(source.filePath));
    const isGcpServiceAccountP12 = await verifyPkcs12Mac(pfxBytes, GCP_SERVICE_ACCOUNT_P12_PASSWORD);
    if (!isGcpServiceAccountP12) {
      return;
    }
    context.report({
      message: t("PrivateKeyP12", {
        FILE_NAME: fileName
      }),
      range: [0, source.content.length]
    });
  } catch {
  }
}
var messages$q = {
  PrivateKeyP12: {
    en: (props) => `found GCP Service Account's private key(p12): ${props.FILE_NAME}`,
    ja: (props) => `GCP\u30B5\u30FC\u30D3\u30B9\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u79D8\u5BC6\u9375(p12) ${props.FILE_NAME} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  PrivateKeyJSON: {
    en: (props) => `found GCP Service Account's private key(json): ${props.FILE_NAME}`,
    ja: (props) => `GCP\u30B5\u30FC\u30D3\u30B9\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u79D8\u5BC6\u9375(json): ${props.FILE_NAME} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundPrivateKeyJSONFormat({ source, options, context, t }) {
  try {
    const credentialObject = JSON.parse(source.content);
    const PRIVATE_KEY_PATTERN = /-----BEGIN\s?(DSA|RSA|EC|PGP|OPENSSH)?\s?PRIVATE KEY/gm;
    const isGCPServiceAccountPrivateKeyJSON = "private_key_id" in credentialObject && "private_key" in credentialObject && PRIVATE_KEY_PATTERN.test(credentialObject["private_key"]);
    if (!isGCPServiceAccountPrivateKeyJSON) {
      return;
    }
    const allowCandidates = [credentialObject["private_key_id"], credentialObject["private_key"]].filter((value) => typeof value === "string");
    if (allowCandidates.some((value) => regexpStringMatcherExports.matchPatterns(value, options.allows).length > 0)) {
      return;
    }
    context.report({
      message: t("PrivateKeyJSON", {
        FILE_NAME: source.filePath ? path.basename(source.filePath) : ""
      }),
      range: [0, source.content.length]
    });
  } catch {
  }
}
var creator$r = {
  messages: messages$q,
  meta: {
    id: "@secretlint/secretlint-rule-gcp",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["all"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-gcp/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$q);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        if (source.ext === ".p12") {
          return reportIfFoundPrivateKeyP12Format({ source, options: normalizedOptions, context, t });
        } else if (source.ext === ".json") {
          return reportIfFoundPrivateKeyJSONFormat({ source, options: normalizedOptions, context, t });
        }
      }
    };
  }
};
var messages$p = {
  PackageJSON_xOauthToken: {
    en: (props) => `found GitHub Token: ${props.TOKEN}`,
    ja: (props) => `GitHub Token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  Npmrc_authToken: {
    en: (props) => `found npmrc authToken: ${props.TOKEN}`,
    ja: (props) => `npmrc authToken: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  NPM_ACCESS_TOKEN: {
    en: (props) => `found npm access token: ${props.TOKEN}`,
    ja: (props) => `npm access token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundXOauthGitHubToken({ source, options, context, t }) {
  const XOAuthPattern = /https?:\/\/(.{1,256}):x-oauth-basic@github.com\//g;
  const results = source.content.matchAll(XOAuthPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[1] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("PackageJSON_xOauthToken", {
        TOKEN: match
      }),
      range
    });
  }
}
function reportIfFound_AuthTokenInNpmrc({ source, options, context, t }) {
  const AuthTokenPattern = /_authToken=([^$].*)/g;
  const results = source.content.matchAll(AuthTokenPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[1] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("Npmrc_authToken", {
        TOKEN: match
      }),
      range
    });
  }
}
function reportIfFound_NPM_ACCESS_TOKEN({ source, options, context, t }) {
  const NPM_ACCESS_TOKEN_PATTERN = new RegExp("(?<!\\p{L})npm_[A-Za-z0-9_]{36}(?![A-Za-z0-9_])", "gu");
  const results = source.content.matchAll(NPM_ACCESS_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("NPM_ACCESS_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
var isPackageFile = (filePath) => {
  if (!filePath) {
    return true;
  }
  return filePath.endsWith("package.json") || filePath.endsWith("package-lock.json");
};
var isNpmrc = (filePath) => {
  if (!filePath) {
    return true;
  }
  return filePath.endsWith(".npmrc");
};
var creator$q = {
  messages: messages$p,
  meta: {
    id: "@secretlint/secretlint-rule-npm",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-npm/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$p);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        if (isPackageFile(source.filePath)) {
          reportIfFoundXOauthGitHubToken({ source, options: normalizedOptions, context, t });
        } else if (isNpmrc(source.filePath)) {
          reportIfFound_AuthTokenInNpmrc({ source, options: normalizedOptions, context, t });
        }
        reportIfFound_NPM_ACCESS_TOKEN({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$o = {
  SLACK_TOKEN: {
    en: (props) => `found slack token: ${props.TOKEN}`,
    ja: (props) => `Slack\u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  IncomingWebhook: {
    en: (props) => `found Slack Incoming Webhook: ${props.URL}`,
    ja: (props) => `Slack\u306EIncoming Webhooks: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundRawPrivateKey$1({ source, options, context, t }) {
  const SLACK_TOKEN_PATTERN = /\b(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}\b/g;
  const results = source.content.matchAll(SLACK_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("SLACK_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
function reportIfFoundIncomingWebhook({ source, options, context, t }) {
  const IncomingWebhooksPattern = /https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/gi;
  const results = source.content.matchAll(IncomingWebhooksPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("IncomingWebhook", {
        URL: match
      }),
      range
    });
  }
}
var creator$p = {
  messages: messages$o,
  meta: {
    id: "@secretlint/secretlint-rule-slack",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-slack/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$o);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundRawPrivateKey$1({ source, options: normalizedOptions, context, t });
        reportIfFoundIncomingWebhook({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$n = {
  BasicAuth: {
    en: (props) => `found basic auth credential: ${props.CREDENTIAL}`,
    ja: (props) => `\u30D9\u30FC\u30B7\u30C3\u30AF\u8A8D\u8A3C\u60C5\u5831: ${props.CREDENTIAL} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var BUILTIN_IGNORED_PATTERNS$1 = [
  "localhost",
  "127.0.0.1",
  "password",
  "mypassword",
  "myusername",
  "{password}",
  "${password}",
  "{{password}}",
  "{username}",
  "${username}",
  "{{username}}",
  "YOUR_PASSWORD",
  "YOUR_USERNAME",
  "REPLACE_WITH_PASSWORD",
  "REPLACE_WITH_USERNAME"
];
function isVariableLikeString$1(str) {
  const variablePatterns = [
    /\$\{[^}]{1,50}\}/,
    // ${var}
    /\{\{[^}]{1,50}\}\}/,
    // {{var}}
    /\{[^}]{1,50}\}/,
    // {var}
    /%[A-Z_]{1,30}%/,
    // %VAR%
    /\$[A-Z_]{1,30}/
    // $VAR
  ];
  return variablePatterns.some((pattern) => pattern.test(str));
}
function isLikelyRealUsername(username) {
  if (username.length < 2)
    return false;
  if (isVariableLikeString$1(username))
    return false;
  if (BUILTIN_IGNORED_PATTERNS$1.some((pattern) => username.toLowerCase().includes(pattern.toLowerCase()))) {
    return false;
  }
  return true;
}
function isLikelyRealPassword(password) {
  if (password.length < 4)
    return false;
  if (isVariableLikeString$1(password))
    return false;
  if (BUILTIN_IGNORED_PATTERNS$1.some((pattern) => password.toLowerCase().includes(pattern.toLowerCase()))) {
    return false;
  }
  if (/^(.)\1{3,}$/.test(password))
    return false;
  return true;
}
function reportIfFoundBasicAuth({ source, options, context, t }) {
  const URL_PATTERN = /(?<protocol>(?:https?|ftp|ftps)):\/\/(?<user>[-a-zA-Z0-9_]{1,256}):(?<password>[-a-zA-Z0-9_]{1,256})@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}\b/g;
  const results = source.content.matchAll(URL_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.user;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealUsername(username))
      continue;
    if (!isLikelyRealPassword(password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("BasicAuth", {
        CREDENTIAL: match
      }),
      range
    });
  }
}
var creator$o = {
  messages: messages$n,
  meta: {
    id: "@secretlint/secretlint-rule-basicauth",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-basicauth/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$n);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundBasicAuth({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$m = {
  OPENAI_TOKEN: {
    en: (props) => `found OpenAI API token: ${props.TOKEN}`,
    ja: (props) => `OpenAI API \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$n = {
  messages: messages$m,
  meta: {
    id: "@secretlint/secretlint-rule-openai",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-openai/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$m);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = /sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/g;
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("OPENAI_TOKEN", {
              TOKEN: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$l = {
  ANTHROPIC_API_KEY: {
    en: (props) => `found Anthropic Claude API key: ${props.KEY}`,
    ja: (props) => `Anthropic Claude API \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$m = {
  messages: messages$l,
  meta: {
    id: "@secretlint/secretlint-rule-anthropic",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-anthropic/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$l);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})sk-ant-api0\\d-[A-Za-z0-9_-]{90,128}AA(?![A-Za-z0-9_-])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("ANTHROPIC_API_KEY", {
              KEY: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$k = {
  GROQ_API_KEY: {
    en: (props) => `found Groq API key: ${props.KEY}`,
    ja: (props) => `Groq API \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$l = {
  messages: messages$k,
  meta: {
    id: "@secretlint/secretlint-rule-groq",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-groq/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$k);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})gsk_[a-zA-Z0-9]{52}(?![a-zA-Z0-9])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("GROQ_API_KEY", {
              KEY: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$j = {
  HUGGINGFACE_USER_ACCESS_TOKEN: {
    en: (props) => `found Hugging Face User Access Token: ${props.TOKEN}`,
    ja: (props) => `Hugging Face User Access Token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$k = {
  messages: messages$j,
  meta: {
    id: "@secretlint/secretlint-rule-huggingface",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-huggingface/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$j);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})hf_[a-zA-Z]{34}(?![a-zA-Z])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("HUGGINGFACE_USER_ACCESS_TOKEN", {
              TOKEN: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$i = {
  LINEAR_API_TOKEN: {
    en: (props) => `found linear api token: ${props.ID}`,
    ja: (props) => `linear api token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$j = {
  messages: messages$i,
  meta: {
    id: "@secretlint/secretlint-rule-linear",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-linear/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$i);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})lin_api_[a-zA-Z0-9_]{32,128}(?![a-zA-Z0-9_])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("LINEAR_API_TOKEN", {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$h = {
  NOTION_INTEGRATION_TOKEN: {
    en: (props) => `found Notion integration token: ${props.TOKEN}`,
    ja: (props) => `Notion integration \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundToken({ source, options, context, t }) {
  const NOTION_INTEGRATION_TOKEN_PATTERN = new RegExp("(?<!\\p{L})ntn_[0-9]{11}[A-Za-z0-9]{35}(?![A-Za-z0-9])", "gu");
  const results = source.content.matchAll(NOTION_INTEGRATION_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("NOTION_INTEGRATION_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$i = {
  messages: messages$h,
  meta: {
    id: "@secretlint/secretlint-rule-notion",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-notion/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$h);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        reportIfFoundToken({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$g = {
  PrivateKey: {
    en: (props) => `found private key: ${props.KEY}`,
    ja: (props) => `\u79D8\u5BC6\u9375: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var PEM_CONTENT_PATTERN = /-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----\n?([A-Za-z0-9+/=\s\\]{100,10000})\n?-----END[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/gm;
function validateBase64KeyContent(base64Content) {
  if (!/^[A-Za-z0-9+/]+=*$/.test(base64Content)) {
    return false;
  }
  if (base64Content.length < 100) {
    return false;
  }
  const validMagicBytes = /^(MI|b3BlbnNzaC1rZXktdjE)/;
  if (!validMagicBytes.test(base64Content)) {
    return false;
  }
  return true;
}
function reportIfFoundRawPrivateKey({ source, options, context, t }) {
  const results = source.content.matchAll(PEM_CONTENT_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const base64Raw = result[1] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    const base64Content = base64Raw.replace(/\s|\\n/g, "");
    if (!validateBase64KeyContent(base64Content)) {
      continue;
    }
    context.report({
      message: t("PrivateKey", {
        KEY: match
      }),
      range
    });
  }
}
var creator$h = {
  messages: messages$g,
  meta: {
    id: "@secretlint/secretlint-rule-privatekey",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-privatekey/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$g);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundRawPrivateKey({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$f = {
  SENDGRID_KEY: {
    en: (props) => `found Sendgrid api key: ${props.KEY}`,
    ja: (props) => `Sendgrid API\u30AD\u30FC\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F\uFF1A ${props.KEY}`
  }
};
function reportIfFoundKey$3({ source, options, context, t }) {
  const SENDGRID_KEY_PATTERN = new RegExp("(?<!\\p{L})SG\\.\\w{1,128}\\.\\w{1,128}([-_]?)\\w{1,128}(?!\\w)", "gu");
  const results = source.content.matchAll(SENDGRID_KEY_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    if (match.length !== 69) {
      continue;
    }
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("SENDGRID_KEY", {
        KEY: match
      }),
      range
    });
  }
}
var creator$g = {
  messages: messages$f,
  meta: {
    id: "@secretlint/secretlint-rule-sendgrid",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-sendgrid/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$f);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundKey$3({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$e = {
  SHOPIFY_KEY: {
    en: (props) => `found Shopify api key: ${props.KEY}`,
    ja: (props) => `Shopify API\u30AD\u30FC\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F\uFF1A ${props.KEY}`
  }
};
function reportIfFoundKey$2({ source, options, context, t }) {
  const SHOPIFY_KEY_PATTERN = new RegExp("(?<!\\p{L})(shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}(?![a-zA-Z0-9])", "gu");
  const results = source.content.matchAll(SHOPIFY_KEY_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("SHOPIFY_KEY", {
        KEY: match
      }),
      range
    });
  }
}
var creator$f = {
  messages: messages$e,
  meta: {
    id: "@secretlint/secretlint-rule-shopify",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-shopify/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$e);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundKey$2({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$d = {
  STRIPE_SECRET_KEY_LIVE: {
    en: (props) => `found Stripe Live Secret Key: ${props.KEY}`,
    ja: (props) => `Stripe Live Secret Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  },
  STRIPE_SECRET_KEY_TEST: {
    en: (props) => `found Stripe Test Secret Key: ${props.KEY}`,
    ja: (props) => `Stripe Test Secret Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  },
  STRIPE_RESTRICTED_KEY_LIVE: {
    en: (props) => `found Stripe Live Restricted Key: ${props.KEY}`,
    ja: (props) => `Stripe Live Restricted Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  },
  STRIPE_RESTRICTED_KEY_TEST: {
    en: (props) => `found Stripe Test Restricted Key: ${props.KEY}`,
    ja: (props) => `Stripe Test Restricted Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  }
};
var messageIdMap$1 = {
  sk_live: "STRIPE_SECRET_KEY_LIVE",
  sk_test: "STRIPE_SECRET_KEY_TEST",
  rk_live: "STRIPE_RESTRICTED_KEY_LIVE",
  rk_test: "STRIPE_RESTRICTED_KEY_TEST"
};
var STRIPE_KEY_PATTERN = new RegExp("(?<!\\p{L})(?<prefix>sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}(?![a-zA-Z0-9])", "gu");
function reportIfFound$2({ source, options, context, t }) {
  const results = source.content.matchAll(STRIPE_KEY_PATTERN);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const prefix = result.groups?.["prefix"];
    if (!prefix) {
      continue;
    }
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t(messageIdMap$1[prefix], {
        KEY: match
      }),
      range
    });
  }
}
var creator$e = {
  messages: messages$d,
  meta: {
    id: "@secretlint/secretlint-rule-stripe",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-stripe/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$d);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        reportIfFound$2({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$c = {
  GITHUB_TOKEN: {
    en: (props) => `found GitHub Token(${props.typeName}): ${props.KEY}`,
    ja: (props) => `GitHub Token(${props.typeName})\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F\uFF1A ${props.KEY}`
  }
};
var typeMap = /* @__PURE__ */ new Map([
  ["ghp", "GitHub personal access tokens"],
  ["gho", "OAuth access tokens"],
  ["ghu", "GitHub user-to-server tokens"],
  ["ghs", "GitHub server-to-server tokens"],
  ["ghr", "refresh tokens"],
  ["github_pat", "fine-grained personal access tokens"]
]);
function reportIfFoundKey$1({ pattern, source, options, context, t }) {
  const results = source.content.matchAll(pattern);
  for (const result of results) {
    const index = result.index || 0;
    const type = result.groups?.type;
    const typeName = typeMap.get(type);
    if (!typeName) {
      throw new Error("Unknown type:" + typeName);
    }
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("GITHUB_TOKEN", {
        KEY: match,
        typeName
      }),
      range
    });
  }
}
var creator$d = {
  messages: messages$c,
  meta: {
    id: "@secretlint/secretlint-rule-github",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-github/README.md"
    }
  },
  create(context, options) {
    const CLASSIC_GITHUB_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<type>ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}(?![A-Za-z0-9_])", "gu");
    const FINE_GRAINED_GITHUB_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<type>github_pat)_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])", "gu");
    const GITHUB_APP_INSTALLATION_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<type>ghs)_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\\.[A-Za-z0-9_-]{1,10000}\\.[A-Za-z0-9_-]{1,1000}(?![A-Za-z0-9_-])", "gu");
    const patterns = [
      CLASSIC_GITHUB_TOKEN_PATTERN,
      FINE_GRAINED_GITHUB_TOKEN_PATTERN,
      GITHUB_APP_INSTALLATION_TOKEN_PATTERN
    ];
    const t = context.createTranslator(messages$c);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        for (const pattern of patterns) {
          reportIfFoundKey$1({ pattern, source, options: normalizedOptions, context, t });
        }
      }
    };
  }
};
var messages$b = {
  GITLAB_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found GitLab Personal Access Token: ${props.KEY}`,
    ja: (props) => `GitLab Personal Access Token\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  }
};
function reportIfFoundKey({ pattern, source, options, context, t }) {
  const results = source.content.matchAll(pattern);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("GITLAB_PERSONAL_ACCESS_TOKEN", {
        KEY: match
      }),
      range
    });
  }
}
var creator$c = {
  messages: messages$b,
  meta: {
    id: "@secretlint/secretlint-rule-gitlab",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-gitlab/README.md"
    }
  },
  create(context, options) {
    const GITLAB_PERSONAL_ACCESS_TOKEN_PATTERN = new RegExp("(?<!\\p{L})glpat-[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])", "gu");
    const patterns = [GITLAB_PERSONAL_ACCESS_TOKEN_PATTERN];
    const t = context.createTranslator(messages$b);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        for (const pattern of patterns) {
          reportIfFoundKey({ pattern, source, options: normalizedOptions, context, t });
        }
      }
    };
  }
};
var messages$a = {
  GRAFANA_CLOUD_API_TOKEN: {
    en: (props) => `found Grafana Cloud API token: ${props.TOKEN}`,
    ja: (props) => `Grafana Cloud API \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  GRAFANA_SERVICE_ACCOUNT_TOKEN: {
    en: (props) => `found Grafana Service Account token: ${props.TOKEN}`,
    ja: (props) => `Grafana Service Account \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFound$1({ pattern, messageId, source, options, context, t }) {
  const results = source.content.matchAll(pattern);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    const range = [index, index + match.length];
    context.report({
      message: t(messageId, {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$b = {
  messages: messages$a,
  meta: {
    id: "@secretlint/secretlint-rule-grafana",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-grafana/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$a);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    const GRAFANA_CLOUD_API_TOKEN_PATTERN = new RegExp("(?<!\\p{L})glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/=])", "gu");
    const GRAFANA_SERVICE_ACCOUNT_TOKEN_PATTERN = new RegExp("(?<!\\p{L})glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Fa-f0-9])", "gu");
    return {
      file(source) {
        reportIfFound$1({
          pattern: GRAFANA_CLOUD_API_TOKEN_PATTERN,
          messageId: "GRAFANA_CLOUD_API_TOKEN",
          source,
          options: normalizedOptions,
          context,
          t
        });
        reportIfFound$1({
          pattern: GRAFANA_SERVICE_ACCOUNT_TOKEN_PATTERN,
          messageId: "GRAFANA_SERVICE_ACCOUNT_TOKEN",
          source,
          options: normalizedOptions,
          context,
          t
        });
      }
    };
  }
};
var messages$9 = {
  OPS_TOKEN: {
    en: (props) => `found 1Password Service Account token: ${props.TOKEN}`,
    ja: (props) => `1Password Service Account: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var is1PasswordServiceAccountToken = (base64String) => {
  try {
    const jsonString = atob(base64String.replace(/-/g, "+").replace(/_/g, "/"));
    const json = JSON.parse(jsonString);
    return typeof json === "object" && json !== null;
  } catch (error) {
    return false;
  }
};
var creator$a = {
  messages: messages$9,
  meta: {
    id: "@secretlint/secretlint-rule-1password",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-1password/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$9);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})ops_(ey[A-Za-z0-9+/=]{100,1280}fQ={0,2})(?![A-Za-z0-9+/=])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const base64String = match[1] ?? "";
          if (!is1PasswordServiceAccountToken(base64String)) {
            continue;
          }
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("OPS_TOKEN", {
              TOKEN: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$8 = {
  MongoDBConnection: {
    en: (props) => `found MongoDB connection string: ${props.URI}`,
    ja: (props) => `MongoDB\u63A5\u7D9A\u6587\u5B57\u5217: ${props.URI} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  MySQLConnection: {
    en: (props) => `found MySQL connection string: ${props.URI}`,
    ja: (props) => `MySQL\u63A5\u7D9A\u6587\u5B57\u5217: ${props.URI} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  PostgreSQLConnection: {
    en: (props) => `found PostgreSQL connection string: ${props.URI}`,
    ja: (props) => `PostgreSQL\u63A5\u7D9A\u6587\u5B57\u5217: ${props.URI} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var BUILTIN_IGNORED_PATTERNS = [
  "localhost",
  "127.0.0.1",
  "example.com",
  "example.org",
  "test.com",
  "password",
  "username",
  "secret",
  "mypassword",
  "myusername",
  "root",
  "admin",
  "user",
  "pass",
  "{password}",
  "${password}",
  "{{password}}",
  "{username}",
  "${username}",
  "{{username}}",
  "YOUR_PASSWORD",
  "YOUR_USERNAME",
  "REPLACE_WITH_PASSWORD"
];
function isVariableLikeString(str) {
  const variablePatterns = [
    /\$\{[^}]{1,50}\}/,
    // ${var}
    /\{\{[^}]{1,50}\}\}/,
    // {{var}}
    /\{[^}]{1,50}\}/,
    // {var}
    /%[A-Z_]{1,30}%/,
    // %VAR%
    /\$[A-Z_]{1,30}/,
    // $VAR
    /\$\([^)]{1,50}\)/
    // $(var)
  ];
  return variablePatterns.some((pattern) => pattern.test(str));
}
function isLikelyRealCredential(username, password) {
  if (username === password)
    return false;
  if (password.length < 4)
    return false;
  if (isVariableLikeString(password))
    return false;
  const passwordLower = password.toLowerCase();
  if (BUILTIN_IGNORED_PATTERNS.some((pattern) => passwordLower === pattern.toLowerCase())) {
    return false;
  }
  if (/^(.)\1{3,}$/.test(password))
    return false;
  return true;
}
function reportMongoDBConnectionString({ source, options, context, t }) {
  const MONGODB_PATTERN = /mongodb(?:\+srv)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
  const results = source.content.matchAll(MONGODB_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.username;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealCredential(username, password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("MongoDBConnection", {
        URI: match
      }),
      range
    });
  }
}
function reportMySQLConnectionString({ source, options, context, t }) {
  const MYSQL_URI_PATTERN = /(?:jdbc:)?mysql(?:x)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
  const results = source.content.matchAll(MYSQL_URI_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.username;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealCredential(username, password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("MySQLConnection", {
        URI: match
      }),
      range
    });
  }
}
function reportPostgreSQLConnectionString({ source, options, context, t }) {
  const POSTGRESQL_URI_PATTERN = /postgres(?:ql)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
  const results = source.content.matchAll(POSTGRESQL_URI_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.username;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealCredential(username, password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("PostgreSQLConnection", {
        URI: match
      }),
      range
    });
  }
}
var creator$9 = {
  messages: messages$8,
  meta: {
    id: "@secretlint/secretlint-rule-database-connection-string",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-database-connection-string/README.md"
    }
  },
  create(context, options) {
    const normalizedOptions = {
      allows: options.allows || []
    };
    const t = context.createTranslator(messages$8);
    return {
      file(source) {
        reportMongoDBConnectionString({ source, options: normalizedOptions, context, t });
        reportMySQLConnectionString({ source, options: normalizedOptions, context, t });
        reportPostgreSQLConnectionString({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$7 = {
  HASHICORP_VAULT_SERVICE_TOKEN: {
    en: (props) => `found HashiCorp Vault service token: ${props.TOKEN}`,
    ja: (props) => `HashiCorp Vault service token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  HASHICORP_VAULT_BATCH_TOKEN: {
    en: (props) => `found HashiCorp Vault batch token: ${props.TOKEN}`,
    ja: (props) => `HashiCorp Vault batch token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  HASHICORP_VAULT_RECOVERY_TOKEN: {
    en: (props) => `found HashiCorp Vault recovery token: ${props.TOKEN}`,
    ja: (props) => `HashiCorp Vault recovery token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var serviceTokenPattern = new RegExp("(?<!\\p{L})hvs\\.[A-Za-z0-9_-]{90,120}(?![A-Za-z0-9_-])", "gu");
var batchTokenPattern = new RegExp("(?<!\\p{L})hvb\\.[A-Za-z0-9_-]{138,300}(?![A-Za-z0-9_-])", "gu");
var recoveryTokenPattern = new RegExp("(?<!\\p{L})hvr\\.[A-Za-z0-9_-]{90,120}(?![A-Za-z0-9_-])", "gu");
var creator$8 = {
  messages: messages$7,
  meta: {
    id: "@secretlint/secretlint-rule-hashicorp-vault",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-hashicorp-vault/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$7);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    const reportMatches = (source, pattern, messageId) => {
      const matches = source.content.matchAll(pattern);
      for (const match of matches) {
        const index = match.index ?? 0;
        const matchString = match[0] ?? "";
        const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
        if (allowedResults.length > 0) {
          continue;
        }
        const range = [index, index + matchString.length];
        context.report({
          message: t(messageId, {
            TOKEN: matchString
          }),
          range
        });
      }
    };
    return {
      file(source) {
        reportMatches(source, serviceTokenPattern, "HASHICORP_VAULT_SERVICE_TOKEN");
        reportMatches(source, batchTokenPattern, "HASHICORP_VAULT_BATCH_TOKEN");
        reportMatches(source, recoveryTokenPattern, "HASHICORP_VAULT_RECOVERY_TOKEN");
      }
    };
  }
};
var messages$6 = {
  VERCEL_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Vercel personal access token: ${props.ID}`,
    ja: (props) => `Vercel personal access token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_INTEGRATION_TOKEN: {
    en: (props) => `found Vercel integration token: ${props.ID}`,
    ja: (props) => `Vercel integration token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_APP_ACCESS_TOKEN: {
    en: (props) => `found Vercel app access token: ${props.ID}`,
    ja: (props) => `Vercel app access token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_APP_REFRESH_TOKEN: {
    en: (props) => `found Vercel app refresh token: ${props.ID}`,
    ja: (props) => `Vercel app refresh token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_AI_GATEWAY_API_KEY: {
    en: (props) => `found Vercel AI Gateway API key: ${props.ID}`,
    ja: (props) => `Vercel AI Gateway API key: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var prefixToMessageId = {
  vcp: "VERCEL_PERSONAL_ACCESS_TOKEN",
  vci: "VERCEL_INTEGRATION_TOKEN",
  vca: "VERCEL_APP_ACCESS_TOKEN",
  vcr: "VERCEL_APP_REFRESH_TOKEN",
  vck: "VERCEL_AI_GATEWAY_API_KEY"
};
var creator$7 = {
  messages: messages$6,
  meta: {
    id: "@secretlint/secretlint-rule-vercel",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-vercel/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$6);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})(?<prefix>vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}(?![A-Za-z0-9])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const prefix = match.groups?.prefix;
          const messageId = prefixToMessageId[prefix];
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t(messageId, {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$5 = {
  DATABRICKS_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Databricks personal access token: ${props.ID}`,
    ja: (props) => `Databricks personal access token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$6 = {
  messages: messages$5,
  meta: {
    id: "@secretlint/secretlint-rule-databricks",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-databricks/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$5);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})dapi[A-Fa-f0-9]{32}(?:-[0-9])?(?![A-Fa-f0-9])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("DATABRICKS_PERSONAL_ACCESS_TOKEN", {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$4 = {
  DOCKER_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Docker Personal Access Token: ${props.TOKEN}`,
    ja: (props) => `Docker Personal Access Token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundDockerPAT({ source, options, context, t }) {
  const DOCKER_PAT_PATTERN = new RegExp("(?<!\\p{L})dckr_pat_[a-zA-Z0-9_-]{27}(?![a-zA-Z0-9_-])", "gu");
  const results = source.content.matchAll(DOCKER_PAT_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("DOCKER_PERSONAL_ACCESS_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$5 = {
  messages: messages$4,
  meta: {
    id: "@secretlint/secretlint-rule-docker",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-docker/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$4);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundDockerPAT({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$3 = {
  FIGMA_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Figma Personal Access Token: ${props.ID}`,
    ja: (props) => `Figma Personal Access Token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$4 = {
  messages: messages$3,
  meta: {
    id: "@secretlint/secretlint-rule-figma",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-figma/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$3);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})figd_[A-Za-z0-9_-]{40,200}(?![A-Za-z0-9_-])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("FIGMA_PERSONAL_ACCESS_TOKEN", {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$2 = {
  CLOUDFLARE_GLOBAL_API_KEY: {
    en: (props) => `found Cloudflare Global API Key: ${props.TOKEN}`,
    ja: (props) => `Cloudflare Global API Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.TOKEN}`
  },
  CLOUDFLARE_USER_API_TOKEN: {
    en: (props) => `found Cloudflare User API Token: ${props.TOKEN}`,
    ja: (props) => `Cloudflare User API Token\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.TOKEN}`
  },
  CLOUDFLARE_ACCOUNT_API_TOKEN: {
    en: (props) => `found Cloudflare Account API Token: ${props.TOKEN}`,
    ja: (props) => `Cloudflare Account API Token\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.TOKEN}`
  }
};
var messageIdMap = {
  cfk: "CLOUDFLARE_GLOBAL_API_KEY",
  cfut: "CLOUDFLARE_USER_API_TOKEN",
  cfat: "CLOUDFLARE_ACCOUNT_API_TOKEN"
};
var CLOUDFLARE_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<prefix>cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9])", "gu");
function reportIfFound({ source, options, context, t }) {
  const results = source.content.matchAll(CLOUDFLARE_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const prefix = result.groups?.["prefix"];
    if (!prefix) {
      continue;
    }
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t(messageIdMap[prefix], {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$3 = {
  messages: messages$2,
  meta: {
    id: "@secretlint/secretlint-rule-cloudflare",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-cloudflare/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$2);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        reportIfFound({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$1 = {
  TAILSCALE_API_KEY: {
    en: (props) => `found Tailscale API access token: ${props.KEY}`,
    ja: (props) => `Tailscale API \u30A2\u30AF\u30BB\u30B9\u30C8\u30FC\u30AF\u30F3: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_AUTH_KEY: {
    en: (props) => `found Tailscale pre-authentication key: ${props.KEY}`,
    ja: (props) => `Tailscale \u4E8B\u524D\u8A8D\u8A3C\u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_CLIENT_KEY: {
    en: (props) => `found Tailscale OAuth client key: ${props.KEY}`,
    ja: (props) => `Tailscale OAuth \u30AF\u30E9\u30A4\u30A2\u30F3\u30C8\u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_SCIM_KEY: {
    en: (props) => `found Tailscale SCIM key: ${props.KEY}`,
    ja: (props) => `Tailscale SCIM \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_WEBHOOK_KEY: {
    en: (props) => `found Tailscale webhook key: ${props.KEY}`,
    ja: (props) => `Tailscale Webhook \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_KEY: {
    en: (props) => `found Tailscale key: ${props.KEY}`,
    ja: (props) => `Tailscale \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var messageIdByType = {
  api: "TAILSCALE_API_KEY",
  auth: "TAILSCALE_AUTH_KEY",
  client: "TAILSCALE_CLIENT_KEY",
  scim: "TAILSCALE_SCIM_KEY",
  webhook: "TAILSCALE_WEBHOOK_KEY"
};
var creator$2 = {
  messages: messages$1,
  meta: {
    id: "@secretlint/secretlint-rule-tailscale",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-tailscale/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$1);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})tskey-(?<type>[a-z]{2,20})-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}(?![0-9A-Za-z_])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const type = match.groups?.type ?? "";
          const range = [index, index + matchString.length];
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const messageId = messageIdByType[type] ?? "TAILSCALE_KEY";
          context.report({
            message: t(messageId, {
              KEY: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var HTML_COMMENT_REGEXP = /(?<type>secretlint-(?:disable-next-line|disable-line|disable|enable))(?<options>.*)/g;
var parseComments = (source) => {
  const matches = source.content.matchAll(HTML_COMMENT_REGEXP);
  return Array.from(matches).map((match) => {
    const type = match.groups?.type;
    const index = match.index;
    if (type === "secretlint-disable-line") {
      return {
        type,
        options: parseComment(match.groups?.options),
        line: source.indexToPosition(index).line
      };
    }
    if (type === "secretlint-disable-next-line") {
      return {
        type,
        options: parseComment(match.groups?.options),
        line: source.indexToPosition(index).line + 1
      };
    }
    return {
      type,
      options: parseComment(match.groups?.options),
      index
    };
  });
};
function parseComment(options) {
  if (!options) {
    return [];
  }
  const commentStart = options.indexOf("--");
  const ruleIdString = commentStart === -1 ? options : options.slice(0, commentStart);
  return ruleIdString.split(/,/).map((arg) => arg.trim()).filter((arg) => arg !== "") ?? [];
}
var CommentState = class {
  source;
  reportingConfig;
  endIndex;
  constructor(source) {
    this.source = source;
    this.reportingConfig = [];
    this.endIndex = source.content.length;
  }
  getIgnoringMessages() {
    const isFilledMessage = (message) => {
      return message.startIndex !== null && message.endIndex !== null && message.ruleId !== null;
    };
    return this.reportingConfig.map((reporting) => {
      if (reporting.endIndex === null) {
        reporting.endIndex = this.endIndex;
      }
      return reporting;
    }).filter(isFilledMessage);
  }
  disableLine(lineNumber, rulesToDisable) {
    const reportingConfig = this.reportingConfig;
    const range = this.source.locationToRange({
      start: {
        line: lineNumber,
        column: 0
      },
      end: {
        line: lineNumber + 1,
        column: 0
      }
    });
    if (rulesToDisable.length) {
      rulesToDisable.forEach((ruleId) => {
        reportingConfig.push({
          startIndex: range[0],
          endIndex: range[1] - 1,
          ruleId
        });
      });
    } else {
      reportingConfig.push({
        startIndex: range[0],
        endIndex: range[1] - 1,
        ruleId: "*"
      });
    }
  }
  /**
   * Add data to reporting configuration to disable reporting for list of rules
   * starting from start location
   * @returns {void}
   */
  disableReporting(startIndex, rulesToDisable) {
    const reportingConfig = this.reportingConfig;
    if (rulesToDisable.length) {
      rulesToDisable.forEach(function(ruleId) {
        reportingConfig.push({
          startIndex,
          endIndex: null,
          ruleId
        });
      });
    } else {
      reportingConfig.push({
        startIndex,
        endIndex: null,
        ruleId: "*"
      });
    }
  }
  /**
   * Add data to reporting configuration to enable reporting for list of rules
   * starting from start location
   */
  enableReporting(endIndex, rulesToEnable) {
    const reportingConfig = this.reportingConfig;
    if (rulesToEnable.length) {
      rulesToEnable.forEach(function(ruleId) {
        for (let i = reportingConfig.length - 1; i >= 0; i--) {
          if (reportingConfig[i].endIndex === null && reportingConfig[i].ruleId === ruleId) {
            reportingConfig[i].endIndex = endIndex;
            break;
          }
        }
      });
    } else {
      for (const config of reportingConfig) {
        if (config.endIndex === null) {
          config.endIndex = endIndex;
        }
      }
    }
  }
};
var messages = {
  IGNORE_MESSAGE: {
    en: () => `disable by secretlint-disable comment`
  }
};
var creator$1 = {
  messages,
  meta: {
    id: "@secretlint/secretlint-rule-filter-comments",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-filter-comments/README.md"
    }
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source) {
        const state = new CommentState(source);
        const comments = parseComments(source);
        for (const comment of comments) {
          if (comment.type === "secretlint-disable") {
            state.disableReporting(comment.index, comment.options);
          } else if (comment.type === "secretlint-enable") {
            state.enableReporting(comment.index, comment.options);
          } else if (comment.type === "secretlint-disable-line") {
            state.disableLine(comment.line, comment.options);
          } else if (comment.type === "secretlint-disable-next-line") {
            state.disableLine(comment.line, comment.options);
          }
        }
        state.getIgnoringMessages().forEach((message) => {
          context.ignore({
            message: t("IGNORE_MESSAGE"),
            range: [message.startIndex, message.endIndex],
            targetRuleId: message.ruleId
          });
        });
      }
    };
  }
};
var rules = [
  creator$s,
  creator$r,
  creator$h,
  creator$q,
  creator$o,
  creator$p,
  creator$g,
  creator$f,
  creator$e,
  creator$d,
  creator$c,
  creator$b,
  creator$n,
  creator$m,
  creator$l,
  creator$k,
  creator$j,
  creator$i,
  creator$a,
  creator$9,
  creator$8,
  creator$7,
  creator$6,
  creator$5,
  creator$4,
  creator$3,
  creator$2,
  creator$1
];
var creator = {
  meta: {
    id: "@secretlint/secretlint-rule-preset-recommend",
    recommended: true,
    type: "preset"
  },
  rules,
  create(context, _options) {
    rules.forEach((rule) => {
      context.registerRule(rule);
    });
  }
};

// src/secrets/secretlint.ts
var PREFIX = "@secretlint/secretlint-rule-";
var EXCLUDED = /* @__PURE__ */ new Set([`${PREFIX}filter-comments`]);
var NEEDS = {
  // Only the secret-access-key pattern runs (the id scans are off by default): (SECRET|secret|Secret).
  "secretlint-aws": [["ecret", "ECRET"]],
  "secretlint-npm": [["npm_"]],
  // Tokens (xoxb-, xoxp-, xapp-, xoxa-, xoxo-, xoxr-) and incoming-webhook URLs.
  "secretlint-slack": [["xox", "xapp-", "://"]],
  // Reported only with a user and a password before '@'.
  "secretlint-basicauth": [["://"], ["@"]],
  "secretlint-database-connection-string": [["://"], ["@"]],
  "secretlint-openai": [["T3BlbkFJ"]],
  "secretlint-anthropic": [["sk-ant-api0"]],
  "secretlint-groq": [["gsk_"]],
  "secretlint-huggingface": [["hf_"]],
  "secretlint-linear": [["lin_api_"]],
  "secretlint-notion": [["ntn_"]],
  "secretlint-privatekey": [["PRIVATE KEY"]],
  "secretlint-sendgrid": [["SG."]],
  "secretlint-shopify": [["shppa_", "shpca_", "shpat_", "shpss_"]],
  "secretlint-stripe": [["k_live_", "k_test_"]],
  "secretlint-github": [["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]],
  "secretlint-gitlab": [["glpat-"]],
  "secretlint-grafana": [["glc_", "glsa_"]],
  "secretlint-1password": [["ops_ey"]],
  "secretlint-hashicorp-vault": [["hvs.", "hvb.", "hvr."]],
  "secretlint-vercel": [["vcp_", "vci_", "vca_", "vcr_", "vck_"]],
  "secretlint-databricks": [["dapi"]],
  "secretlint-docker": [["dckr_pat_"]],
  "secretlint-figma": [["figd_"]],
  "secretlint-cloudflare": [["cfk_", "cfut_", "cfat_"]],
  "secretlint-tailscale": [["tskey-"]]
};
var GATED_RULE_IDS = Object.keys(NEEDS);
var LITERALS = [...new Set(Object.values(NEEDS).flat(2))];
var LITERAL_PAIRS = LITERALS.map((lit) => {
  const pairs = [];
  for (let i = 1; i < lit.length; i++) pairs.push(lit.charCodeAt(i - 1) << 7 | lit.charCodeAt(i));
  if ([...lit].some((ch) => ch.charCodeAt(0) >= 128)) throw new Error(`preset gate literal must be ASCII: ${lit}`);
  return pairs;
});
var pairMarks = new Uint16Array(128 * 128);
var mark = 0;
function markPairs(text) {
  if (++mark === 65536) {
    pairMarks.fill(0);
    mark = 1;
  }
  const m = mark;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & 127;
    pairMarks[prev << 7 | c] = m;
    prev = c;
  }
}
function pairsPresent(k) {
  const pairs = LITERAL_PAIRS[k];
  for (let i = 0; i < pairs.length; i++) if (pairMarks[pairs[i]] !== mark) return false;
  return true;
}
function someLiteral(content) {
  for (let k = 0; k < LITERALS.length; k++) if (pairsPresent(k) && content.includes(LITERALS[k])) return true;
  return false;
}
var sink = [];
function load() {
  const out = [];
  for (const rule of creator.rules) {
    if (EXCLUDED.has(rule.meta.id)) continue;
    const id = `secretlint-${rule.meta.id.startsWith(PREFIX) ? rule.meta.id.slice(PREFIX.length) : rule.meta.id}`;
    const context = {
      sharedOptions: {},
      locale: "en",
      // The message is not used: it quotes the secret, and we report rule ids only.
      createTranslator: () => (key) => key,
      report: (r) => sink.push({ rule: id, start: r.range[0], end: r.range[1] }),
      ignore: () => void 0
    };
    const handlers = rule.create(context, {});
    const needs = NEEDS[id]?.map((group) => group.map((lit) => LITERALS.indexOf(lit)));
    if (handlers.file) out.push({ id, file: handlers.file, ...needs ? { needs } : {} });
  }
  return out;
}
var RULES = load();
var URL_IDS = /* @__PURE__ */ new Set(["secretlint-basicauth", "secretlint-database-connection-string"]);
var URL_RULES = RULES.filter((r) => URL_IDS.has(r.id));
if (URL_RULES.length !== URL_IDS.size)
  throw new Error(`secretlint preset lacks ${[...URL_IDS].join(" or ")}: update src/secrets/secretlint.ts`);
var SECRETLINT_RULE_COUNT = RULES.length;
var RUN_WITHOUT_LITERALS = /* @__PURE__ */ new Map();
function withoutLiterals(rules2) {
  let run = RUN_WITHOUT_LITERALS.get(rules2);
  if (!run) RUN_WITHOUT_LITERALS.set(rules2, run = rules2.filter((r) => !r.needs || r.needs.length === 0));
  return run;
}
var TOKEN_CHAR = /[A-Za-z0-9_-]/;
function runRules(content, rules2, gated = true) {
  sink = [];
  let threw = false;
  const source = { content, filePath: "transcript.txt", ext: ".txt", contentType: "text" };
  let run = rules2;
  let seen;
  const holds = (k) => {
    seen ??= new Uint8Array(LITERALS.length);
    if (seen[k] === 0) seen[k] = pairsPresent(k) && content.includes(LITERALS[k]) ? 1 : 2;
    return seen[k] === 1;
  };
  if (gated) {
    markPairs(content);
    if (!someLiteral(content)) run = withoutLiterals(rules2);
  }
  for (const rule of run) {
    if (gated && rule.needs && !rule.needs.every((group) => group.some(holds))) continue;
    try {
      const r = rule.file(source);
      if (r instanceof Promise) r.catch(() => void 0);
    } catch {
      threw = true;
    }
  }
  const found = sink;
  sink = [];
  return { found, threw };
}
function adjust(text, found) {
  const kept = [];
  for (const f of found) {
    const span = text.slice(f.start, f.end);
    const scheme = span.indexOf("://");
    const at = span.lastIndexOf("@");
    if (scheme >= 0 && at > scheme) {
      const colon = span.indexOf(":", scheme + 3);
      if (colon > 0 && colon < at) {
        f.end = f.start + at;
        f.start = f.start + colon + 1;
      }
    } else if (TOKEN_CHAR.test(text[f.end - 1] ?? "")) while (f.end < text.length && TOKEN_CHAR.test(text[f.end])) f.end++;
    if (f.end > f.start && !text.slice(f.start, f.end).includes("REDACTED")) kept.push(f);
  }
  return kept;
}
function secretlintFindings(text, which = "all", gated = true) {
  return adjust(text, runRules(text, which === "all" ? RULES : URL_RULES, gated).found);
}
function inScope(f, scope) {
  return scope === "all" || URL_IDS.has(f.rule);
}
var SEPARATOR = "\n\0\n";
function secretlintBatch(texts) {
  const starts = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.length + SEPARATOR.length;
  }
  const { found, threw } = runRules(texts.join(SEPARATOR), RULES);
  const raw = texts.map(() => []);
  const alone = /* @__PURE__ */ new Set();
  for (const f of threw ? [] : found) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= f.start) lo = mid;
      else hi = mid - 1;
    }
    const base = starts[lo];
    const length = texts[lo].length;
    if (f.start - base >= length || f.end - base > length) {
      for (let k = lo; k < starts.length && starts[k] < f.end; k++) alone.add(k);
      continue;
    }
    raw[lo].push({ rule: f.rule, start: f.start - base, end: f.end - base });
  }
  return texts.map((t, k) => threw || alone.has(k) ? secretlintFindings(t) : adjust(t, raw[k]));
}

// src/secrets/rule-mask.ts
var WORD = 2 ** 32;
var MAX_RULES = 52;
function ruleBit(i) {
  if (i < 0 || i >= MAX_RULES) throw new Error(`secret rule index ${i} outside a ${MAX_RULES}-rule mask`);
  return 2 ** i;
}
function union(a, b) {
  if (a === b || b === 0) return a;
  if (a === 0) return b;
  const low = (a % WORD | b % WORD) >>> 0;
  const high = a / WORD | 0 | (b / WORD | 0);
  return high * WORD + low;
}
function forEachRule(mask, fn) {
  if (mask === 0) return;
  const low = mask % WORD >>> 0;
  const high = mask / WORD | 0;
  for (let i = 0; i < 32 && low >>> i !== 0; i++) if ((low >>> i & 1) !== 0) fn(i);
  for (let i = 0; high >>> i !== 0; i++) if ((high >>> i & 1) !== 0) fn(32 + i);
}

// src/secrets/table.ts
var RULES2 = [...SECRET_RULES];
if (RULES2.length > MAX_RULES) throw new Error(`secret rules are selected by a ${MAX_RULES}-rule mask (rule-mask.ts)`);
var ALWAYS = RULES2.reduce((m, r, i) => !r.prefixes && !r.includes ? union(m, ruleBit(i)) : m, 0);
var URL_SCHEME = "://";
var KEY_BLOCK = "PRIVATE KEY";
var USERINFO_AT = "@";
var EXTRA = [URL_SCHEME, KEY_BLOCK, USERINFO_AT];
var LITERALS2 = [];
for (const lit of [...RULES2.flatMap((r) => r.includes ?? []), ...EXTRA]) {
  if (!LITERALS2.some((x) => x.lit === lit))
    LITERALS2.push({ lit, mask: RULES2.reduce((m, r, i) => r.includes?.includes(lit) ? union(m, ruleBit(i)) : m, 0) });
}
if (LITERALS2.length > 31) throw new Error("secret rule literals are marked in a 31-bit mask");
var BIT = new Map(LITERALS2.map((x, i) => [x.lit, 1 << i]));
var HAS_URL = BIT.get(URL_SCHEME);
var HAS_KEY_BLOCK = BIT.get(KEY_BLOCK);
var HAS_AT = BIT.get(USERINFO_AT);
var ANY_LITERAL = new RegExp(LITERALS2.map((x) => x.lit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
var BY_FIRST = /* @__PURE__ */ new Map();
LITERALS2.forEach((x, i) => {
  const c = x.lit.charCodeAt(0);
  BY_FIRST.set(c, [...BY_FIRST.get(c) ?? [], i]);
});
var MAX_PLACES = 32;
function findLiterals(text) {
  ANY_LITERAL.lastIndex = 0;
  let m = ANY_LITERAL.exec(text);
  if (m === null) return { rules: 0, present: 0 };
  let rules2 = 0;
  let present = 0;
  for (let places = 0; m !== null; places++) {
    const at = m.index;
    if (places === MAX_PLACES) {
      for (let i = 0; i < LITERALS2.length; i++) {
        const x = LITERALS2[i];
        if ((present & 1 << i) === 0 && text.indexOf(x.lit, at) >= 0) {
          rules2 = union(rules2, x.mask);
          present |= 1 << i;
        }
      }
      break;
    }
    for (const i of BY_FIRST.get(text.charCodeAt(at))) {
      const x = LITERALS2[i];
      if ((present & 1 << i) === 0 && text.startsWith(x.lit, at)) {
        rules2 = union(rules2, x.mask);
        present |= 1 << i;
      }
    }
    ANY_LITERAL.lastIndex = at + 1;
    m = ANY_LITERAL.exec(text);
  }
  return { rules: rules2, present };
}
function runTable(text, mask, out) {
  if (mask !== 0) forEachRule(mask, (i) => runRule(RULES2[i], text, out));
}
function accept(rule, text, m, out) {
  if (rule.before && !rule.before.test(text.slice(Math.max(0, m.index - 48), m.index))) return;
  const secret = m.groups?.secret;
  if (secret !== void 0) {
    if (rule.reject?.(secret)) return;
    const start = m.index + m[0].lastIndexOf(secret);
    out.push({ rule: rule.id, start, end: start + secret.length });
  } else {
    if (rule.reject?.(m[0])) return;
    out.push({ rule: rule.id, start: m.index, end: m.index + m[0].length });
  }
}
function runRule(rule, text, out) {
  if (rule.quotedAfter !== void 0) return runQuotedAfter(rule, text, out);
  const re = rule.pattern;
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    accept(rule, text, m, out);
  }
}
var STICKY = new Map(
  RULES2.filter((r) => r.quotedAfter !== void 0).map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace("g", "") + "y")])
);
function quoteFollows(text, i) {
  const n = text.length;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 39) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}
function runQuotedAfter(rule, text, out) {
  const re = STICKY.get(rule);
  const anchors = rule.quotedAfter;
  const next = Array.from(anchors, (ch) => text.indexOf(ch));
  let from = 0;
  for (; ; ) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j] >= 0 && (k < 0 || next[j] < next[k])) k = j;
    if (k < 0) return;
    const q = next[k];
    next[k] = text.indexOf(anchors[k], q + 1);
    if (q < from || !quoteFollows(text, q)) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    from = q + m[0].length;
    accept(rule, text, m, out);
  }
}

// src/secrets/token-runs.ts
var CHAR_CLASS = new Uint8Array(65536);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") CHAR_CLASS[c.charCodeAt(0)] = 1;
for (const c of "+/=") CHAR_CLASS[c.charCodeAt(0)] = 2;
var MIN_TOKEN = 32;
var PREFIXES = new Array(128 * 128).fill(void 0);
SECRET_RULES.forEach((rule, i) => {
  for (const prefix of rule.prefixes ?? []) {
    const c0 = prefix.charCodeAt(0);
    const c1 = prefix.charCodeAt(1);
    if (!(c0 < 128 && c1 < 128)) throw new Error(`secret rule prefix must start with two ASCII characters: ${prefix}`);
    (PREFIXES[c0 << 7 | c1] ??= []).push({ prefix, bit: ruleBit(i) });
  }
});
function prefixesAt(text, at) {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  return c0 < 128 && c1 < 128 ? PREFIXES[c0 << 7 | c1] : void 0;
}
var MIN_PREFIXED = 13;
var MIN_VENDOR_TOKEN = 16;
function prefixRules(text, s, e) {
  if (e - s < MIN_PREFIXED) return 0;
  const list = prefixesAt(text, s);
  let mask = 0;
  if (list) {
    for (const p of list) if (text.startsWith(p.prefix, s)) mask = union(mask, p.bit);
  }
  return mask;
}
function classAt(text, i) {
  return CHAR_CLASS[text.charCodeAt(i)];
}
var NONE = Object.freeze({ rules: 0, candidates: Object.freeze([]), vendorRuns: Object.freeze([]) });
function scanTokenRuns(text) {
  const n = text.length;
  let candidates;
  let vendorRuns;
  let mask = 0;
  let p = MIN_PREFIXED - 1;
  while (p < n) {
    if (CHAR_CLASS[text.charCodeAt(p)] === 0) {
      p += MIN_PREFIXED;
      continue;
    }
    let seen = classAt(text, p);
    let s = p;
    while (s > 0) {
      const c = classAt(text, s - 1);
      if (c === 0) break;
      seen |= c;
      s--;
    }
    let e = p + 1;
    while (e < n) {
      const c = classAt(text, e);
      if (c === 0) break;
      seen |= c;
      e++;
    }
    if (e - s >= MIN_PREFIXED) {
      candidates ??= [];
      vendorRuns ??= [];
      if (e - s >= MIN_VENDOR_TOKEN && isTokenLike(text, s, e)) vendorRuns.push(s, e);
      if (e - s >= MIN_TOKEN) candidates.push(s, e, seen);
      if ((seen & 2) === 0) mask = union(mask, prefixRules(text, s, e));
      else {
        let w = s;
        for (let i = s; i <= e; i++) {
          if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
            mask = union(mask, prefixRules(text, w, i));
            w = i + 1;
          }
        }
      }
    }
    p = e + MIN_PREFIXED;
  }
  return candidates && vendorRuns ? { rules: mask, candidates, vendorRuns } : NONE;
}
function startsLikeToken(text, s, e) {
  let w = s;
  for (let i = s; i <= e; i++) {
    if (i === e || CHAR_CLASS[text.charCodeAt(i)] === 2) {
      const list = prefixesAt(text, w);
      if (list) {
        for (const p of list) if (text.startsWith(p.prefix, w)) return true;
      }
      w = i + 1;
    }
  }
  return false;
}

// src/secrets/url-userinfo.ts
var URL_PASSWORD_RULE_ID = "url-password";
var MAX_SPAN = 320;
function endsSpan(c) {
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96;
}
function isHostStart(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 91;
}
function findUrlPasswords(text, out = []) {
  let from = 0;
  for (; ; ) {
    const sep = text.indexOf("://", from);
    if (sep < 0) return out;
    const s = sep + 3;
    from = s;
    if (sep === 0 || !/[A-Za-z0-9+.-]/.test(text[sep - 1])) continue;
    let e = s;
    let lastAt = -1;
    while (e < text.length && e - s < MAX_SPAN) {
      const c = text.charCodeAt(e);
      if (endsSpan(c)) break;
      if (c === 58 && text.startsWith("//", e + 1)) break;
      if (c === 64 && e + 1 < text.length && isHostStart(text.charCodeAt(e + 1))) lastAt = e;
      e++;
    }
    if (lastAt < 0) continue;
    const colon = text.indexOf(":", s);
    if (colon < 0 || colon >= lastAt) continue;
    const slash = text.indexOf("/", s);
    if (slash >= 0 && slash < colon) continue;
    const password = text.slice(colon + 1, lastAt);
    if (/^\d{1,5}(?:\/|$)/.test(password) || password.length === 0 || isPlaceholder(password)) continue;
    out.push({ rule: URL_PASSWORD_RULE_ID, start: colon + 1, end: lastAt });
    from = lastAt;
  }
}

// src/secrets/wrapped.ts
var MIN_WRAP_LEFT = 6;
var MIN_WRAP_RIGHT = 4;
var MIN_LITERAL = 3;
var MAX_WRAP = 600;
var MAX_GAP2 = 40;
function findWrapped(text, out, specific) {
  findLineWraps(text, out, specific);
  findLiteralJoins(text, out, specific);
}
function findLineWraps(text, out, specific) {
  let nl = text.indexOf("\n");
  while (nl >= 0) {
    const next = text.indexOf("\n", nl + 1);
    let le = nl;
    if (le > 0 && text.charCodeAt(le - 1) === 13) le--;
    if (le > 0 && text.charCodeAt(le - 1) === 92) le--;
    let ls = le;
    while (ls > 0 && le - ls <= MAX_WRAP && classAt(text, ls - 1) !== 0) ls--;
    if (le - ls >= MIN_WRAP_LEFT && le - ls <= MAX_WRAP && startsLikeToken(text, ls, le)) {
      let rs = nl + 1;
      while (rs < text.length && rs - nl <= 16 && (text.charCodeAt(rs) === 32 || text.charCodeAt(rs) === 9)) rs++;
      let re = rs;
      while (re < text.length && re - rs <= MAX_WRAP && classAt(text, re) !== 0) re++;
      if (re - rs >= MIN_WRAP_RIGHT && le - ls + re - rs <= MAX_WRAP) joinPieces(text, [ls, le, rs, re], out, specific, false);
    }
    nl = next;
  }
}
var JOIN = /["'][ \t\r\n\\]*(\+|\.{1,2}|,)?[ \t\r\n\\]*["'](?=[A-Za-z0-9_-]{4})/g;
function findLiteralJoins(text, out, specific) {
  JOIN.lastIndex = 0;
  let m;
  while ((m = JOIN.exec(text)) !== null) {
    const at = m.index;
    const gap = m[0];
    if (at === 0 || classAt(text, at - 1) === 0) {
      JOIN.lastIndex = at + 1;
      continue;
    }
    if (gap.length === 2 || gap.length - 2 > MAX_GAP2) continue;
    const operator = m[1] !== void 0 && m[1] !== ",";
    const rs = at + gap.length;
    let re = rs;
    while (re < text.length && re - rs <= MAX_WRAP && classAt(text, re) !== 0) re++;
    if (re - rs < MIN_WRAP_RIGHT || text.charCodeAt(re) !== text.charCodeAt(rs - 1)) continue;
    let ls = at;
    while (ls > 0 && at - ls <= MAX_WRAP && classAt(text, ls - 1) !== 0) ls--;
    if (at - ls < MIN_LITERAL || at - ls > MAX_WRAP || ls === 0 || text.charCodeAt(ls - 1) !== text.charCodeAt(at)) continue;
    if (re - rs + at - ls > MAX_WRAP) continue;
    if (operator || startsLikeToken(text, ls, at)) joinPieces(text, [ls, at, rs, re], out, specific, operator);
  }
}
function joinPieces(text, [ls, le, rs, re], out, specific, entropy) {
  const left = text.slice(ls, le);
  const joined = left + text.slice(rs, re);
  if (startsLikeToken(text, ls, le) && !wholeAlone(left, text.slice(rs, re), specific))
    for (const f of specific(joined)) {
      if (f.rule === ENTROPY_RULE_ID || f.start >= left.length || f.end <= left.length) continue;
      out.push({ rule: f.rule, start: ls + f.start, end: le }, { rule: f.rule, start: rs, end: rs + (f.end - left.length) });
      return;
    }
  if (entropy && joined.length >= MIN_TOKEN && looksRandom(joined, 0, joined.length))
    out.push({ rule: ENTROPY_RULE_ID, start: ls, end: le }, { rule: ENTROPY_RULE_ID, start: rs, end: re });
}
function splitTokenRule(left, right, specific) {
  if (left.length < MIN_LITERAL || right.length < MIN_WRAP_RIGHT || left.length + right.length > MAX_WRAP) return void 0;
  let ls = left.length;
  while (ls > 0 && classAt(left, ls - 1) !== 0) ls--;
  let re = 0;
  while (re < right.length && classAt(right, re) !== 0) re++;
  if (left.length - ls < MIN_LITERAL || re < MIN_WRAP_RIGHT || !startsLikeToken(left, ls, left.length)) return void 0;
  const head = left.slice(ls);
  if (wholeAlone(head, right.slice(0, re), specific)) return void 0;
  for (const f of specific(head + right.slice(0, re)))
    if (f.rule !== ENTROPY_RULE_ID && f.start < head.length && f.end > head.length) return f.rule;
  return void 0;
}
function wholeAlone(left, right, specific) {
  return !/[0-9A-Z_-]/.test(right) && specific(left).some((f) => f.rule !== ENTROPY_RULE_ID && f.end === left.length);
}

// src/secrets/prose-key.ts
var RULE_ID = "prose-key";
var MIN_KEY = 20;
var MAX_KEY2 = 128;
var BEFORE = /(?<![-\w])(?:x-)?(?:(?:api|access|secret|private|client|auth|encryption|master|license)[ _-]?key|apikey|(?<!(?:cache|hash|primary|foreign|sort|partition|idempotency|public|ssh|gpg|pgp|object|row|lookup|map|index|unique|composite|routing|shard|s3|dict|json|yaml|config|registry|sign|signing|host|deploy)[ _-]?)key|token|secret|bearer)(?:\s+(?:is|was))?[ \t]+["'`]?$/i;
var LAST_WORD = /(?:key|token|secret|bearer|is|was)[ \t]+["'`]?$/i;
function opaqueKey(v) {
  if (/^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/.test(v)) return /\d/.test(v) && /[A-Fa-f]/.test(v);
  if (v.length < MIN_KEY || !/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) return false;
  let cover = 0;
  for (const m of v.matchAll(/[A-Z]?[a-z]{2,}/g)) if (/[aeiouy]/.test(m[0])) cover += m[0].length;
  return cover < v.length / 2;
}
function findProseKeys(text, runs, step, out) {
  for (let k = 0; k < runs.length; k += step) {
    const s = runs[k];
    const e = runs[k + 1];
    if (e - s < MIN_KEY || e - s > MAX_KEY2) continue;
    const next = text.charCodeAt(e);
    if (next === 46 || next === 47) continue;
    if (!LAST_WORD.test(text.slice(Math.max(0, s - 10), s))) continue;
    const value = text.slice(s, e);
    if (!/^[A-Za-z0-9_-]+$/.test(value) || isPlaceholder(value)) continue;
    const tail = wrappedTail(text, e);
    if (!opaqueKey(tail ? value + text.slice(tail[0], tail[1]) : value) && !opaqueKey(value)) continue;
    if (!BEFORE.test(text.slice(Math.max(0, s - 48), s))) continue;
    out.push({ rule: RULE_ID, start: s, end: e });
    if (tail && opaqueKey(value + text.slice(tail[0], tail[1]))) out.push({ rule: RULE_ID, start: tail[0], end: tail[1] });
  }
}
function wrappedTail(text, e) {
  let nl = e;
  if (text.charCodeAt(nl) === 13) nl++;
  if (text.charCodeAt(nl) !== 10) return void 0;
  let s = nl + 1;
  while (s < text.length && s - nl <= 16 && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  const m = /^[A-Za-z0-9_-]{4,128}(?![A-Za-z0-9_./-])/.exec(text.slice(s, s + 129));
  return m ? [s, s + m[0].length] : void 0;
}

// src/secrets/redact.ts
var direct = (text, scope) => secretlintFindings(text, scope);
var presetFinder = direct;
function withPresetFinder(finder, fn) {
  const previous = presetFinder;
  presetFinder = finder;
  try {
    return fn();
  } finally {
    presetFinder = previous;
  }
}
function narrowPreset(narrow, fn) {
  const outer = presetFinder;
  return withPresetFinder((text, scope, ours) => {
    const narrowed = narrow(text, scope);
    return narrowed === void 0 ? [] : outer(text, narrowed, ours);
  }, fn);
}
function hasVendorRun(text) {
  return text.length >= MIN_VENDOR_TOKEN && scanTokenRuns(text).vendorRuns.length > 0;
}
var MIN_SECRET_TEXT = 8;
function findSecrets(text) {
  if (text.length < MIN_SECRET_TEXT) return [];
  return findTableSecrets(text, true);
}
var tableOnly = (joined) => findTableSecrets(joined);
function findTableSecrets(text, all = false) {
  if (text.length < 8) return [];
  const runs = scanTokenRuns(text);
  const literals = findLiterals(text);
  const found = [];
  runTable(text, union(ALWAYS, union(runs.rules, literals.rules)), found);
  const hasUrl = (literals.present & HAS_URL) !== 0;
  if (all) {
    findAssignments(text, found);
    if (hasUrl) findUrlPasswords(text, found);
    findWrapped(text, found, tableOnly);
    if (runs.vendorRuns.length > 0) findProseKeys(text, runs.vendorRuns, 2, found);
    if (runs.candidates.length > 0) findProseKeys(text, runs.candidates, 3, found);
  }
  const specific = resolveOverlaps(found);
  const entropic = entropyFindings(text, runs.candidates, specific);
  const ours = entropic.length === 0 ? specific : [...specific, ...entropic].sort((a, b) => a.start - b.start);
  if (!all) return ours;
  const uncovered = (literals.present & HAS_KEY_BLOCK) !== 0 || someRunUncovered(ours, runs.vendorRuns);
  const userinfo = hasUrl && (literals.present & HAS_AT) !== 0;
  if (!uncovered && !userinfo) return ours;
  const extra = presetFinder(text, uncovered ? "all" : "url", ours);
  if (extra.length === 0) return ours;
  const kept = withoutOverlaps(
    extra.sort((a, b) => a.start - b.start),
    ours
  );
  return kept.length === 0 ? ours : resolveOverlaps([...ours, ...kept]);
}
function entropyFindings(text, candidates, specific) {
  const entropic = [];
  for (let k = 0; k < candidates.length; k += 3) {
    const runEnd = candidates[k + 1];
    const oneClass = (candidates[k + 2] & 2) === 0;
    let s = candidates[k];
    while (s < runEnd) {
      let e = oneClass ? runEnd : s;
      while (e < runEnd && !(text.charCodeAt(e) === 61 && e + 1 < runEnd && text.charCodeAt(e + 1) !== 61)) e++;
      const end = e;
      const start = s;
      s = end + 1;
      if (end - start < MIN_TOKEN) continue;
      if (specific.length > 0 && overlapsAny(specific, start, end)) continue;
      if (looksRandom(text, start, end)) entropic.push({ rule: ENTROPY_RULE_ID, start, end });
    }
  }
  return entropic;
}
function applyRedactions(text, found) {
  if (found.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const f of found) {
    out += text.slice(pos, f.start) + `[REDACTED:${f.rule}]`;
    pos = f.end;
  }
  return out + text.slice(pos);
}
function redactSecrets(text) {
  return applyRedactions(text, findSecrets(text));
}

// src/secrets/batch.ts
function redactBatch(items, redact) {
  const asked = [];
  let current = 0;
  const first = withPresetFinder(
    (text, scope, ours) => {
      asked.push({ item: current, text, scope, ours });
      return [];
    },
    () => items.map((item, k) => {
      current = k;
      return redact(item);
    })
  );
  if (asked.length === 0) return first;
  const seen = new Set(asked.map((a) => a.text));
  const texts = [...seen];
  const found = secretlintBatch(texts);
  const answers = /* @__PURE__ */ new Map();
  texts.forEach((t, k) => {
    if (found[k].length > 0) answers.set(t, found[k]);
  });
  if (answers.size === 0) return first;
  const redo = /* @__PURE__ */ new Set();
  for (const a of asked) {
    const all = answers.get(a.text);
    if (!all) continue;
    const extra = all.filter((f) => inScope(f, a.scope)).sort((x, y) => x.start - y.start);
    if (withoutOverlaps(extra, a.ours).length > 0) redo.add(a.item);
  }
  if (redo.size === 0) return first;
  const answer = (text, scope) => {
    const all = answers.get(text);
    if (all) return all.filter((f) => inScope(f, scope)).map((f) => ({ ...f }));
    return seen.has(text) ? [] : secretlintFindings(text, scope);
  };
  return withPresetFinder(answer, () => first.map((out, k) => redo.has(k) ? redact(items[k]) : out));
}

// src/secrets/keyed.ts
var SECRET_KEY_SUFFIXES = [
  "password",
  "passwd",
  "passphrase",
  "secret",
  "apikey",
  "accesskey",
  "secretkey",
  "privatekey",
  "token",
  "credential",
  "credentials"
];
var SECRET_FIELD_RULE_ID = "secret-field";
var MAX_FIELD_VALUE = 512;
var MAX_PREFIXED_VALUE = 4096;
var MARKER = /^\[REDACTED[^\]]*\]$/;
function isSecretKey(key) {
  if (key.length > 64) return false;
  const k = key.toLowerCase().replace(/[-_.]/g, "");
  return SECRET_KEY_SUFFIXES.some((s) => k.endsWith(s));
}
function keyMatters(key) {
  return KEY_HINT.test(key);
}
function keySeesValue(value, key) {
  return key !== void 0 && value.length <= MAX_PREFIXED_VALUE && keyMatters(key);
}
function redactKeyedString(value, key) {
  if (!keySeesValue(value, key)) return redactSecrets(value);
  if (isSecretKey(key) && value.length >= 4 && value.length <= MAX_FIELD_VALUE && !value.includes("\n")) {
    const trimmed = value.trim();
    if (!isPlaceholder(trimmed) && !MARKER.test(trimmed)) return `[REDACTED:${SECRET_FIELD_RULE_ID}]`;
  }
  const prefix = `${JSON.stringify(key)}: "`;
  const redacted = redactSecrets(`${prefix}${value}"`);
  if (redacted.startsWith(prefix) && redacted.endsWith('"')) return redacted.slice(prefix.length, -1);
  return redactSecrets(value);
}
function redactJsonValue(value, key, opts = {}, depth = 0) {
  if (typeof value === "string") {
    if (key !== void 0 && opts.keep?.(key, value)) return value;
    const nested = parseNested(value);
    if (nested !== void 0 && (opts.maxDepth === void 0 || depth + 1 < opts.maxDepth)) {
      const r = redactJsonValue(nested, key, opts, depth + 1);
      if (r === nested) return value;
      const again = (opts.redact ?? redactKeyedString)(JSON.stringify(r), key);
      return again;
    }
    return (opts.redact ?? redactKeyedString)(value, key);
  }
  if (value === null || typeof value !== "object") return value;
  if (opts.maxDepth !== void 0 && depth >= opts.maxDepth) return opts.tooDeep ? opts.tooDeep(value) : value;
  if (Array.isArray(value)) {
    let out2;
    const { itemKey, split } = arrayPlan(value, key);
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      const cut = split?.get(i);
      const r = cut ?? redactJsonValue(v, itemKey, opts, depth + 1);
      if (out2) out2.push(r);
      else if (r !== v) (out2 = value.slice(0, i)).push(r);
    }
    return out2 ?? value;
  }
  const obj = value;
  const keys = Object.keys(obj);
  let out;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const r = redactJsonValue(v, k, opts, depth + 1);
    const rk = redactKey(k);
    if (!out && (r !== v || rk !== k)) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]];
    }
    if (out) out[rk] = r;
  }
  return out ?? value;
}
var redactKey = boundedMemo(4096, (k) => redactSecrets(k));
var MAX_NESTED = 1 << 20;
function parseNested(value) {
  if (value.length < 2 || value.length > MAX_NESTED) return void 0;
  const c = value.charCodeAt(0);
  if (c !== 123 && c !== 91) return void 0;
  try {
    const v = JSON.parse(value);
    return v !== null && typeof v === "object" ? v : void 0;
  } catch {
    return void 0;
  }
}
function listItemKey(key) {
  if (key.length < 2 || key.length > 64 || !/s$/i.test(key) || /tokens$/i.test(key)) return key;
  const singular = key.slice(0, -1);
  return !isSecretKey(key) && isSecretKey(singular) ? singular : key;
}
function arrayPlan(items, key) {
  const split = splitItems(items);
  return { itemKey: key === void 0 ? void 0 : listItemKey(key), ...split ? { split } : {} };
}
function splitItems(items) {
  let found;
  for (let i = 0; i + 1 < items.length; i++) {
    const left = items[i];
    const right = items[i + 1];
    if (typeof left !== "string" || typeof right !== "string") continue;
    const rule = splitTokenRule(left, right, findTableSecrets);
    if (rule === void 0) continue;
    found ??= /* @__PURE__ */ new Map();
    found.set(i, `[REDACTED:${rule}]`).set(i + 1, `[REDACTED:${rule}]`);
  }
  return found;
}

export {
  SECRET_RULES,
  ENTROPY_RULE_ID,
  narrowPreset,
  hasVendorRun,
  MIN_SECRET_TEXT,
  findSecrets,
  redactSecrets,
  redactBatch,
  keyMatters,
  keySeesValue,
  redactKeyedString,
  redactJsonValue
};
