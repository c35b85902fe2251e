/**
 * Our own token rules, run beside secretlint's recommended preset (src/secrets/secretlint.ts), which is
 * the maintained base. These cover what the preset lacks or what we redact more narrowly (the whole
 * family of GitHub and OpenAI keys predates the preset here and is kept as a second net). Rule ids
 * mirror gitleaks so findings can be compared with that tool.
 * docs/SECRETS.md documents every rule and its known gaps.
 *
 * Rules are gated so the common case (no secret at all) costs one pass over the text: token rules
 * run only when a word-run ([A-Za-z0-9_-]) starts with one of their `prefixes` (found by the same
 * character loop as the entropy scan); others need one of their `includes` literals; rules with
 * neither always run and are written to start with something irregexp can scan for quickly.
 * An `includes` literal occurs in every match (in the casings a case-insensitive rule is gated for).
 * indexOf skips ahead to the literal's first character, so literals start with a rare one: `zation`
 * rather than `uthorization`, `-p` rather than `mysql` or `sshpass` (a search for ' -u' stops at
 * every space).
 */

export interface SecretRule {
  id: string;
  /** The secret starts a word-run with one of these (case-sensitive). */
  prefixes?: readonly string[];
  /** One of these literals must occur in the text. */
  includes?: readonly string[];
  /** Checked on up to 48 characters before the match (for patterns anchored on the value). */
  before?: RegExp;
  /** Global regex. If it has a named group `secret`, only that group is redacted. */
  pattern: RegExp;
  /** Optional veto on a match (placeholders, known non-secrets). */
  reject?: (value: string) => boolean;
  /**
   * Every match starts with one of these characters followed by spaces/tabs and a quote: only those
   * places are tried (found with indexOf), which is cheaper than the regex scanning every character.
   */
  quotedAfter?: string;
  /**
   * How a match can run across the strings of a JSON line (`dream capture` scans each string alone,
   * then the line only where this says a match could span strings: capture-copy.ts). Unset: no match
   * holds two double quotes, so none spans strings. 'key': only from a JSON key into its value
   * (`"authorization": "Bearer …"`), which the keyed value pass shows with the key in front (keyed.ts;
   * the key holds a KEY_HINT word). Otherwise literals, one of which every match across strings holds;
   * none when a pattern that can hold two quotes still never spans strings (the reason beside it).
   * test/secrets/rule-quotes.test.ts reads each pattern and holds every rule to this.
   */
  acrossStrings?: 'key' | readonly string[];
}

const PLACEHOLDER =
  /^(?:\$\{?[A-Za-z_][\w.-]*\}?|<[^>]*>|\*+|x+|X+|\.{3,}|changeme|password|secret|token|null|none|undefined|true|false|your[-_a-z]*|example[-_a-z]*|\[REDACTED[^\]]*\]?|REDACTED)$/i;

/**
 * A value led by a redaction marker was redacted already. What follows the marker is the text after
 * it, glued on where JSON escaped the newline (`mysql -p[REDACTED:cli-password]\nnext line` in a
 * digest): read as a password, it made the output guards refuse their own redacted text.
 */
const REDACTED_ALREADY = /^\[REDACTED[:\]]/i;

/** Whether `s` is base64 (standard or URL-safe, unpadded) of 17–20 ASCII digits: a Discord snowflake id. */
function isBase64Digits(s: string): boolean {
  const bytes = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length >= 17 && bytes.length <= 20 && bytes.every((b) => b >= 0x30 && b <= 0x39);
}

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || REDACTED_ALREADY.test(value) || value.startsWith('process.env') || value.startsWith('os.environ');
}

export const SECRET_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    includes: ['PRIVATE KEY'],
    acrossStrings: ['PRIVATE KEY'],
    // A block cut off before its END line (truncated output) is redacted to the end of the text.
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  {
    id: 'anthropic-api-key',
    prefixes: ['sk-ant-'],
    pattern: /\bsk-ant-(?:api|admin|oat|ort)?\d{0,2}-?[A-Za-z0-9_-]{32,}/g,
  },
  {
    id: 'openai-api-key',
    prefixes: ['sk-'],
    // Project/service keys carry a prefix; legacy keys are one long alphanumeric run (often with the
    // T3BlbkFJ marker). Kebab-case words after "sk-" (sk-learn-...) do not match: they need 32+ alnum.
    pattern: /\bsk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{32,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b/g,
  },
  { id: 'github-pat', prefixes: ['ghp_'], pattern: /\bghp_[A-Za-z0-9]{36,}\b/g },
  { id: 'github-oauth', prefixes: ['gho_'], pattern: /\bgho_[A-Za-z0-9]{36,}\b/g },
  { id: 'github-app-token', prefixes: ['ghu_', 'ghs_'], pattern: /\bgh[us]_[A-Za-z0-9]{36,}\b/g },
  { id: 'github-refresh-token', prefixes: ['ghr_'], pattern: /\bghr_[A-Za-z0-9]{36,}\b/g },
  { id: 'github-fine-grained-pat', prefixes: ['github_pat_'], pattern: /\bgithub_pat_[A-Za-z0-9_]{50,}\b/g },
  {
    id: 'gitlab-pat',
    prefixes: ['glpat-'],
    // GitLab 17.x's routable tokens end in `.<version>.<checksum>` (`glpat-….01.0w1x2y3z4`): taken whole, as the
    // other GitLab tokens are, so no piece of one is left beside the marker.
    pattern: /\bglpat-[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?\b/g,
  },
  {
    id: 'aws-access-token',
    prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
  },
  {
    id: 'aws-secret-access-key',
    acrossStrings: 'key',
    prefixes: ['aws_', 'AWS_', 'awsSecret', 'AwsSecret', 'secretAccessKey', 'SecretAccessKey'],
    pattern: /(?:aws_?secret_?(?:access_?)?key|secretAccessKey)["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  { id: 'slack-token', prefixes: ['xox'], pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  {
    id: 'slack-webhook-url',
    includes: ['://'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,}/g,
  },
  { id: 'gcp-api-key', prefixes: ['AIza'], pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { id: 'npm-access-token', prefixes: ['npm_'], pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  {
    id: 'stripe-access-token',
    prefixes: ['sk_', 'rk_'],
    pattern: /\b(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,99}\b/g,
  },
  { id: 'twilio-api-key', prefixes: ['SK'], pattern: /\bSK[0-9a-fA-F]{32}\b/g },
  {
    id: 'sendgrid-api-token',
    includes: ['SG.'],
    pattern: /\bSG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}\b/g,
  },
  {
    id: 'jwt',
    prefixes: ['eyJ'],
    // Starts only where a word-run starts, and each segment is taken whole (a lookahead capture
    // cannot be backtracked into): `eyJ-eyJ-…` used to retry from every `eyJ`, quadratically.
    pattern: /(?<![A-Za-z0-9_-])eyJ(?=([A-Za-z0-9_-]{10,}))\1\.eyJ(?=([A-Za-z0-9_-]{10,}))\2\.[A-Za-z0-9_-]*/g,
  },
  {
    id: 'authorization-header',
    includes: ['zation', 'ZATION'],
    acrossStrings: 'key',
    // Authorization: Bearer|Token|Basic <credential> in curl flags, HTTP dumps, JSON or YAML headers.
    // The scheme stays readable; 16+ characters so prose ("Authorization: Bearer tokens expire") is left.
    pattern:
      /\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:bearer|token|basic)[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,})(?![A-Za-z0-9._~+/=-])/gi,
    reject: (v) => isPlaceholder(v) || /^(?:x+|X+|\*+|\.+)$/.test(v) || (!/[0-9]/.test(v) && /^[a-z]+(?:[-_][a-z]+)*$/i.test(v)),
  },
  // Vendors that secretlint's recommended preset does not cover (yet). Shapes from the vendors' docs.
  { id: 'digitalocean-token', prefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'], pattern: /\bdo[opr]_v1_[a-f0-9]{64}\b/g },
  { id: 'supabase-token', prefixes: ['sbp_', 'sb_secret_'], pattern: /\b(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,})\b/g },
  { id: 'postman-api-token', prefixes: ['PMAK-'], pattern: /\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b/g },
  { id: 'slack-app-token', prefixes: ['xapp-'], pattern: /\bxapp-\d-[A-Z0-9]+-\d+-[a-zA-Z0-9]{16,}/g },
  { id: 'age-secret-key', prefixes: ['AGE-SECRET-KEY-'], pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g },
  {
    id: 'new-relic-key',
    prefixes: ['NRAK-', 'NRJS-', 'NRII-', 'NRAA-'],
    pattern: /\bNR(?:AK|AA)-[A-Z0-9]{27}\b|\bNRJS-[a-f0-9]{19}\b|\bNRII-[A-Za-z0-9_-]{32}\b/g,
  },
  // Bare vendor keys the entropy rule cannot see: hex bodies (its judge skips hex), letters only,
  // runs under 32 characters, or bodies cut by '.', '~' or '/'. Shapes from the vendors' docs and
  // GitHub's secret-scanning patterns; each anchored on the vendor's prefix and exact body.
  { id: 'openrouter-api-key', prefixes: ['sk-or-'], pattern: /\bsk-or-v1-[a-f0-9]{64}\b/g },
  {
    id: 'huggingface-token',
    prefixes: ['hf_', 'api_org_'],
    // 34 random letters: a snake_case name has underscores, and a 34-letter word is never mixed case.
    pattern: /\b(?:hf|api_org)_[A-Za-z]{34}\b/g,
    reject: (v) => !/[A-Z]/.test(v.slice(3)) || !/[a-z]/.test(v.slice(3)),
  },
  { id: 'langsmith-api-key', prefixes: ['lsv2_'], pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/g },
  {
    id: 'gitlab-token',
    // Deploy, runner, trigger, CI job, incoming-mail, feed, SCIM/OAuth app, agent and feature-flag tokens.
    prefixes: ['gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glimt-', 'glft-', 'glsoat-', 'gloas-', 'glagent-', 'glffct-', 'GR1348941'],
    pattern: /\b(?:gl(?:dt|rt|ptt|cbt|imt|ft|soat|oas|agent|ffct)-|GR1348941)[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?\b/g,
  },
  { id: 'fly-token', prefixes: ['fm1a_', 'fm1r_', 'fm2_'], pattern: /\bfm(?:1[ar]|2)_[A-Za-z0-9+/=_-]{32,}/g },
  {
    id: 'discord-bot-token',
    // The first part is the bot's numeric id in base64 (so it opens MT…OT), then a timestamp and an HMAC.
    prefixes: ['MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT'],
    pattern: /\b[MNO][A-Za-z0-9_-]{21,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])/g,
    reject: (v) => !isBase64Digits(v.slice(0, v.indexOf('.'))),
  },
  {
    id: 'discord-webhook-url',
    includes: ['://'],
    pattern: /\bdiscord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<secret>[A-Za-z0-9_-]{60,80})/g,
  },
  { id: 'mailgun-api-key', prefixes: ['key-'], pattern: /\bkey-[a-f0-9]{32}\b/g },
  {
    id: 'sentry-token',
    prefixes: ['sntryu_', 'sntrys_'],
    pattern: /\bsntryu_[a-f0-9]{64}\b|\bsntrys_eyJ[A-Za-z0-9+/=_-]{20,}/g,
  },
  {
    id: 'telegram-bot-token',
    // <bot id>:AA<33>: the id is public; the secret after the colon is one word-run led by 'AA'.
    prefixes: ['AA'],
    pattern: /\bAA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    before: /\b\d{8,10}:$/,
    // Never across strings: the match holds no quote, and its context (the id and ':') must end right
    // where it starts, so the two lie in one string, which the value pass scans whole.
    acrossStrings: [],
  },
  { id: 'pulumi-access-token', prefixes: ['pul-'], pattern: /\bpul-[a-f0-9]{40}\b/g },
  {
    id: 'vault-token',
    // hvs./hvb./hvr. then a protobuf body (service tokens open CAES, batch tokens AAAAAQ): '.' ends the
    // word-run, so the body's start is the prefix and the vendor's is checked before it. Only the body
    // is redacted. (A literal 'hvs.' gate made the literal scan stop at every 'h': +20% on real text.)
    prefixes: ['CAES', 'AAAAAQ'],
    pattern: /\b(?:CAES|AAAAAQ)[A-Za-z0-9_-]{20,}/g,
    before: /\bhv[sbr]\.$/,
    // Never across strings: as the Telegram rule's, its context ends right where the match starts.
    acrossStrings: [],
  },
  {
    id: 'azure-ad-client-secret',
    // Three characters, a digit, 'Q~' and 31–34 more from a set that holds '.', '~' and '-'.
    includes: ['Q~'],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  },
  // Passwords on command lines, the credential only. Four rules under one id, each led by a literal
  // that irregexp scans for quickly (one alternation led by `(?:^|\s)` was tried at every position).
  {
    id: 'cli-password',
    includes: ['-u'],
    // curl -u user:pass, --user user:pass
    pattern: /(?:-u|--user)[ =]?["']?[^\s:'"]{1,64}:["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    // Never across strings: between its two quotes is `user:` (no quote), and in JSON a ':' after a
    // string's closing quote comes right after it (`"key":`), leaving no room for the user.
    acrossStrings: [],
    before: /(?:^|\s)$/,
    reject: (v) => isPlaceholder(v) || /^\d{1,5}$/.test(v),
  },
  {
    id: 'cli-password',
    includes: ['-p', '-P'],
    // mysql -pPASS, mysqldump -p'PASS' (the password glued to -p); SQL Server's sqlcmd/bcp/osql -P PASS
    // (its gap of any characters can span strings: `{"program": "mysql", "args": "-u root -pPASS"}`)
    acrossStrings: ['mysql', 'mariadb', 'sqlcmd', 'bcp', 'osql'],
    pattern:
      /(?:(?:mysql|mariadb)[a-z]*\b[^\n|;&]{0,160}?\s-p|(?:sqlcmd|bcp|osql)\b[^\n|;&]{0,160}?\s-P\s*)["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    reject: isPlaceholder,
  },
  {
    id: 'cli-password',
    includes: ['-p'],
    pattern: /sshpass\s+-p\s*["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    reject: isPlaceholder,
  },
  {
    id: 'prose-password',
    // "connect as sa and password 10ataigiD", "the password is Hunter2xyz", "my pwd is ...": a
    // password said in words has no '=' or ':' for the keyed rules. Only a value with a letter and a
    // digit, no path or call, counts, so "password reset" and "passwords 2 times" stay prose.
    includes: ['assw', 'ASSW', 'pwd', 'PWD', 'Pwd'],
    pattern:
      /\b(?:pass(?:word|wd)|pwd)\b(?:\s+(?:is|was|=))?\s+["'`]?(?<secret>(?=[^\s'"`]*\d)(?=[^\s'"`]*[A-Za-z])[^\s'"`./()]{6,64})(?=["'`]?(?:[\s,;!?)]|\.(?:\s|$)|$))/gi,
    // Never across strings: one quote before the secret, which holds none; after a closing quote the
    // secret would lie outside every string, where a redaction leaves no JSON (capture drops it).
    acrossStrings: [],
    reject: isPlaceholder,
  },
  {
    id: 'cli-password',
    // Every match holds '-pass' ('--pass…' or '--name-pass…'); plain 'pass' is in every "passed".
    // Token flags likewise: '-token', '-secret', '-key' ('--api-key', '--secret-key'), '-apikey'.
    includes: ['-pass', '-token', '-secret', '-key', '-apikey'],
    // --password PASS, --db-pass PASS; --token TOKEN, --github-token=TOKEN, --api-key KEY, --client-secret S.
    // A token flag's value must look like one (8+ characters, a letter and a digit): "--max-token 4096",
    // "--token $NPM_TOKEN" and "--secret-name prod" are settings, not credentials.
    pattern:
      /--(?:[a-z]+-)?(?:pass(?:word)? +|(?:token|secret|(?:api|secret|access|private)-?key)(?: +|=)(?=["']?(?=[^\s'"]*\d)(?=[^\s'"]*[A-Za-z])[^\s'"]{8}))["']?(?<secret>[^\s'"-][^\s'"]{2,127})/g,
    before: /(?:^|\s)$/,
    // Never across strings: its two quotes are one (the lookahead reads the quote the match then takes).
    acrossStrings: [],
    reject: isPlaceholder,
  },
];

export const ENTROPY_RULE_ID = 'high-entropy';
