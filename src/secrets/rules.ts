/**
 * The secret rules, hand-written because secretlint's presets need Node 22. Rule ids mirror
 * gitleaks (and secretlint where gitleaks has none) so findings can be compared with those tools.
 * docs/SECRETS.md documents every rule and its known gaps.
 *
 * Rules are gated so the common case (no secret at all) costs one pass over the text: token rules
 * run only when a word-run ([A-Za-z0-9_-]) starts with one of their `prefixes` (found by the same
 * character loop as the entropy scan); others need one of their `includes` literals; rules with
 * neither always run and are written to start with something irregexp can scan for quickly.
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
}

const PLACEHOLDER =
  /^(?:\$\{?[A-Za-z_][\w.-]*\}?|<[^>]*>|\*+|x+|X+|\.{3,}|changeme|password|secret|token|null|none|undefined|true|false|your[-_a-z]*|example[-_a-z]*|\[REDACTED[^\]]*\]?|REDACTED)$/i;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || value.startsWith('process.env') || value.startsWith('os.environ');
}

/** Names that look secret in env files, shell exports and config (upper-case, env style). */
const SECRET_NAME = String.raw`(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|CREDENTIALS?|_PWD)[A-Z0-9_]*`;

export const SECRET_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    includes: ['PRIVATE KEY'],
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
    pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  },
  {
    id: 'aws-access-token',
    prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
  },
  {
    id: 'aws-secret-access-key',
    prefixes: ['aws_', 'AWS_', 'awsSecret', 'AwsSecret', 'secretAccessKey', 'SecretAccessKey'],
    pattern:
      /(?:aws_?secret_?(?:access_?)?key|secretAccessKey)["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
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
    pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g,
  },
  {
    id: 'url-password',
    includes: ['://'],
    // Keeps scheme, user and host readable: only the password is secret.
    pattern: /\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/[^\s:/?#@"'`<>]{1,64}:(?<secret>[^\s@/"'`<>]{1,128})@[A-Za-z0-9.-]/g,
    reject: isPlaceholder,
  },
  {
    id: 'authorization-header',
    includes: ['uthorization', 'UTHORIZATION'],
    // Authorization: Bearer|Token|Basic <credential> in curl flags, HTTP dumps, JSON or YAML headers.
    // The scheme stays readable; 16+ characters so prose ("Authorization: Bearer tokens expire") is left.
    pattern:
      /\bauthorization["']?[ \t]*[:=][ \t]*["']?(?:bearer|token|basic)[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,})(?![A-Za-z0-9._~+/=-])/gi,
    reject: (v) => isPlaceholder(v) || /^(?:x+|X+|\*+|\.+)$/.test(v) || !/[0-9]/.test(v) && /^[a-z]+(?:[-_][a-z]+)*$/i.test(v),
  },
  {
    id: 'env-secret-assignment',
    // Always runs: the regex starts with upper-case literals, which irregexp scans for quickly.
    // NAME=value / export NAME="value" / NAME: value, with an upper-case secret-looking NAME.
    // Values that are expressions or references ($VAR, ${...}, <...>, calls) are not secrets.
    pattern: new RegExp(
      String.raw`${SECRET_NAME}["']?[ \t]*(?:=|:[ \t])[ \t]*["']?(?<secret>[^\s"'\x60,;(){}<>$\\]{6,})`,
      'g',
    ),
    reject: isPlaceholder,
  },
  {
    id: 'generic-secret-kv',
    // JSON/YAML/code style: "password": "value", client_secret = 'value'. Quoted values only.
    // Anchored on the assignment (":" / "=" are rarer than letters); the name is checked behind it.
    pattern: /[:=][ \t]*["'](?<secret>[^\s"'$<>{}]{6,})["']/g,
    quotedAfter: ':=',
    before:
      /(?:^|[^A-Za-z0-9])(?:password|passwd|secret|client_secret|api_?key|apikey|access_?token|auth_?token|refresh_?token|private_?key|secret_?key)["']?[ \t]*$/i,
    reject: isPlaceholder,
  },
];

export const ENTROPY_RULE_ID = 'high-entropy';
