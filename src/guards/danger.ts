/**
 * Content that must never land in memory whatever its provenance: memory acts with the team's
 * authority in every later session, so one planted line would run in all of them.
 */

/** Words that, placed right before a dangerous phrase, turn it into a prohibition ("never use --no-verify"). */
const NEGATION = String.raw`(?:\bnever|\bdon'?t|\bdo not|\bmust not|\bmustn'?t|\bshould not|\bshouldn'?t|\bavoid|\bno longer)\s+(?:(?:use|using|pass|passing|add|adding|run|running|commit|committing|push|pushing|with|the|a|any|git|commit|push|by)\s+){0,3}`;

interface Rule {
  name: string;
  pattern: RegExp;
  /** Prohibitions of the practice are good memory, so a negated mention is allowed. */
  negatable: boolean;
}

const SHELLS = String.raw`(?:sudo\s+)?(?:ba|z|k|da|fi|c|tc)?sh|python[23]?|node|perl|ruby|php|pwsh|powershell|iex|invoke-expression`;
const FETCH = String.raw`(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|http|aria2c)`;
const NET_SINK = String.raw`(?:\b(?:curl|wget|nc|ncat|netcat|socat|telnet|scp|rsync|ftp|sftp|iwr|irm|invoke-webrequest|invoke-restmethod|fetch|requests\.(?:post|get|put)|axios|http\.request)\b|https?://|/dev/tcp/)`;
const ENV_SOURCE = String.raw`(?:\bprintenv\b|\benv\b(?!\s*=)|\bexport\s+-p\b|\bset\s*\||process\.env|os\.environ|/proc/(?:self|\d+)/environ|\$\{?[A-Z_]*(?:SECRET|TOKEN|KEY|PASS|PASSWORD|CRED|CREDENTIALS|AUTH|SESSION|COOKIE)[A-Z_]*\}?|~/\.(?:aws|ssh|netrc|npmrc|docker)|\.env\b|id_rsa|id_ed25519)`;

const RULES: readonly Rule[] = [
  {
    name: 'pipes a download into a shell',
    pattern: new RegExp(String.raw`\b${FETCH}\b[^\n|;]*\|\s*(?:${SHELLS})\b|\b(?:${SHELLS})\b\s+(?:-c\s+)?["']?\s*(?:<\(|\$\(|\x60)\s*${FETCH}\b|\b(?:iex|invoke-expression)\b[^\n]*\b(?:${FETCH}|downloadstring)\b`, 'i'),
    negatable: false,
  },
  {
    name: 'sends environment variables or credentials over the network',
    pattern: new RegExp(String.raw`${ENV_SOURCE}[^\n]{0,200}${NET_SINK}|${NET_SINK}[^\n]{0,200}${ENV_SOURCE}`, 'i'),
    negatable: false,
  },
  {
    name: 'disables verification',
    pattern: /--no-verify\b|--no-gpg-sign\b|\bHUSKY=0\b|\bSKIP=\S*\s+git\b|core\.hooksPath\b|--passWithNoTests\b|\b(?:git\s+commit|git\s+push)\s+(?:\S+\s+)*-n\b/i,
    negatable: true,
  },
  {
    name: 'skips or disables tests, hooks or checks',
    pattern: /\b(?:skip(?:ping)?|disabl(?:e|ing)|bypass(?:ing)?|turn(?:ing)?\s+off|remov(?:e|ing)|delet(?:e|ing)|comment(?:ing)?\s+out|ignor(?:e|ing)|uninstall(?:ing)?)\s+(?:all\s+|the\s+|any\s+|failing\s+|pre-commit\s+|pre-push\s+|git\s+|ci\s+|these\s+|those\s+)*(?:tests?|test\s+suites?|specs?|hooks?|pre-commit|pre-push|ci|checks?|verification|linters?|lint(?:ing)?|type-?check(?:s|ing)?|guards?|safety\s+checks?)\b/i,
    negatable: true,
  },
  {
    name: 'tries to override the agent\'s instructions',
    pattern: /\b(?:ignore|disregard|forget|override|bypass)\b[^\n.]{0,40}\b(?:previous|prior|above|earlier|preceding|system|original|all)\b[^\n.]{0,30}\b(?:instructions?|prompts?|rules|directions|directives|guidelines|guardrails)\b|\byou\s+are\s+now\b|\bnew\s+instructions?\s*:|\bsystem\s+prompt\b|<\/?(?:system|instructions?)>|\bjailbreak\b|\bdeveloper\s+mode\b/i,
    negatable: false,
  },
];

/** The name of the first dangerous practice the text prescribes, or undefined. */
export function dangerousContent(text: string): string | undefined {
  for (const rule of RULES) {
    const global = new RegExp(rule.pattern.source, 'gi');
    for (const m of text.matchAll(global)) {
      if (rule.negatable) {
        const before = text.slice(Math.max(0, m.index - 80), m.index);
        if (new RegExp(`${NEGATION}$`, 'i').test(before)) continue;
      }
      return rule.name;
    }
  }
  return undefined;
}
