/**
 * Content that must never land in memory whatever its provenance: memory acts with the team's
 * authority in every later session, so one planted line would run in all of them.
 */
import { EN_NEGATING, NEVER, ZH_DONT } from '../signals/lingua/negation.js';
import { foldForChecks } from './unicode.js';

/**
 * Words that, placed right before a dangerous phrase, turn it into a prohibition ("never use --no-verify"). The phrase
 * is often quoted as code ("Don't run `git push --force`."): a quote or backtick opening it, after the negation or a
 * word of the verb run, leaves it negated. A word outside the short list ("Don't forget to `git push --force`")
 * still ends the negation.
 */
const QUOTE = String.raw`[\x60'"\u201c\u2018]?`;
/**
 * Cyrillic words as the scan may meet them: as typed, and as foldForChecks leaves them (a capital Н reads as a Latin H,
 * an о as an o), since the scan reads the folded text too.
 */
function cyrillic(words: string): string {
  const forms = words.split('|').flatMap((w) => [w, foldForChecks(w), foldForChecks(w.charAt(0).toUpperCase() + w.slice(1))]);
  return `(?:${[...new Set(forms)].join('|')})`;
}

/**
 * The same in the languages whose rules the miner reads (signals/lingua): a negation there comes before a verb of
 * its own ("永远不要用 `git push --force`", "Никогда не используй ...", "N'utilise jamais ..."), only from a short
 * list, so "别忘了 `git push --force`" (don't forget to) stays the order it is.
 */
/**
 * "Never" in the Latin-script languages, as the gloss reads it (a word two of them share is listed once). Russian's
 * никогда is read below, with the не that follows it and its look-alike folded forms.
 */
const LATIN_NEVER = [
  ...new Set(
    Object.entries(NEVER)
      .filter(([lang]) => lang !== 'ru')
      .flatMap(([, words]) => words.split('|')),
  ),
].join('|');
const FOREIGN_NEGATION = String.raw`(?:(?:永远|永遠|绝对|絕對|千万|千萬)?${ZH_DONT}\s*(?:用|使用|运行|運行|执行|執行|跑|做)?|绝不|絕不|(?<![\p{L}])(?:${LATIN_NEVER})(?:\s+(?:uses|utilices|ejecutes|corras|hagas|use|utilize|execute|rode|faça|verwenden|benutzen|ausführen|usare|utilizzare|eseguire|fare))?|${cyrillic(NEVER.ru)}\s+${cyrillic('не')}(?:\s+${cyrillic('используй|используйте|запускай|запускайте|делай|делайте')})?)\s*${QUOTE}(?:(?:git|commit|push)\s+${QUOTE}){0,3}`;
const NEGATION = String.raw`(?:\b(?:${EN_NEGATING})(?:\s+ever)?|\bavoid|\bno longer|\bno(?:\s+more)?|\bnot|\binstead of|\brather than)\s+${QUOTE}(?:(?:use|using|pass|passing|add|adding|run|running|commit|committing|push|pushing|set|setting|export|exporting|with|the|a|any|git|commit|push|by)\s+${QUOTE}){0,3}`;

interface Rule {
  name: string;
  pattern: RegExp;
  /** Prohibitions of the practice are good memory, so a negated mention is allowed. */
  negatable: boolean;
  /**
   * The practice weakens a safeguard the team chose (hooks, tests, TLS, permissions...). Someone with
   * authority may really want it, so it is never proposed silently: it is refused and shown to the
   * reviewer as needing a human decision, with its evidence.
   */
  weakens?: boolean;
}

const SHELLS = String.raw`(?:sudo\s+)?(?:ba|z|k|da|fi|c|tc)?sh|python[23]?|node|perl|ruby|php|pwsh|powershell|iex|invoke-expression`;
const FETCH = String.raw`(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|http|aria2c)`;
const NET_SINK = String.raw`(?:\b(?:curl|wget|nc|ncat|netcat|socat|telnet|scp|rsync|ftp|sftp|iwr|irm|invoke-webrequest|invoke-restmethod|fetch|requests\.(?:post|get|put)|axios|http\.request)\b|https?://|/dev/tcp/)`;
const ENV_SOURCE = String.raw`(?:\bprintenv\b|\benv\b(?!\s*=)|\bexport\s+-p\b|\bset\s*\||process\.env|os\.environ|/proc/(?:self|\d+)/environ|\$\{?[A-Z_]*(?:SECRET|TOKEN|KEY|PASS|PASSWORD|CRED|CREDENTIALS|AUTH|SESSION|COOKIE)[A-Z_]*\}?|~/\.(?:aws|ssh|netrc|npmrc|docker)|\.env\b|id_rsa|id_ed25519)`;

/*
 * A flag belongs to the command it follows: a pattern reading `git push ... --force` never reads into the next
 * `git push` (or `git commit`), so "Use `git push --force-with-lease`, not `git push --force`" is two commands, the second one negated.
 */
const RULES: readonly Rule[] = [
  {
    name: 'pipes a download into a shell',
    pattern: new RegExp(
      String.raw`\b${FETCH}\b[^\n|;]*\|\s*(?:${SHELLS})\b|\b(?:${SHELLS})\b\s+(?:-c\s+)?["']?\s*(?:<\(|\$\(|\x60)\s*${FETCH}\b|\b(?:iex|invoke-expression)\b[^\n]*\b(?:${FETCH}|downloadstring)\b`,
      'i',
    ),
    negatable: false,
  },
  {
    name: 'sends environment variables or credentials over the network',
    pattern: new RegExp(String.raw`${ENV_SOURCE}[^\n]{0,200}${NET_SINK}|${NET_SINK}[^\n]{0,200}${ENV_SOURCE}`, 'i'),
    negatable: false,
  },
  {
    name: 'disables verification',
    pattern:
      /--no-verify\b|--no-gpg-sign\b|\bHUSKY=0\b|\bSKIP=\S*\s+git\b|core\.hooksPath\b|--passWithNoTests\b|\b(?:git\s+commit|git\s+push)\s+(?:(?![\x60'"]?git\s+(?:commit|push)\b)\S+\s+)*-n\b/i,
    negatable: true,
    weakens: true,
  },
  {
    name: 'disables TLS certificate checks',
    pattern: new RegExp(
      [
        String.raw`\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*["']?0`,
        String.raw`\bGIT_SSL_NO_VERIFY\s*=\s*["']?(?:1|true)`,
        String.raw`\bPYTHONHTTPSVERIFY\s*=\s*["']?0`,
        String.raw`\bhttp\.sslVerify\s*(?:=\s*|\s+)["']?false`,
        String.raw`\bstrict-ssl\s*(?:=\s*|\s+)["']?false`,
        String.raw`--no-check-certificate\b`,
        String.raw`\b(?:curl|wget)\b[^\n|;]*\s(?:-k|--insecure)\b`,
        String.raw`(?:^|\s)(?:-k|--insecure)\b[^\n.]{0,20}\b(?:curl|wget)\b`,
        String.raw`\bverify\s*=\s*False\b`,
        String.raw`\brejectUnauthorized\s*:\s*false\b`,
        String.raw`\b(?:disabl(?:e|ing)|skip(?:ping)?|turn(?:ing)?\s+off|bypass(?:ing)?|ignor(?:e|ing))\s+(?:the\s+|all\s+|any\s+)?(?:tls|ssl|https|certificates?|cert)\s*(?:verification|validation|checks?|errors?|warnings?)?\b`,
      ].join('|'),
      'i',
    ),
    negatable: true,
    weakens: true,
  },
  {
    name: 'makes files world-writable',
    pattern: /\bchmod\s+(?:-\w+\s+)*(?:0?777|[ao]\+w\b|[augo]*\+rwx\b)/i,
    negatable: true,
    weakens: true,
  },
  {
    name: 'force-pushes',
    pattern:
      /\bgit\s+push\b(?:(?!\bgit\s+push\b)[^\n;|&])*\s[\x60'"]?(?:--force(?![\w-])|-f\b|\+[\w/-]+)|\bforce[- ]push(?:es|ed|ing)?\b|\bpush(?:ing)?\s+(?:with\s+)?--force(?![\w-])/i,
    negatable: true,
    weakens: true,
  },
  {
    name: 'skips permission prompts',
    pattern:
      /--dangerously-skip-permissions\b|--dangerously-bypass-approvals-and-sandbox\b|--yolo\b|\bbypassPermissions\b|\b(?:answer|say|reply|respond|click)\s+["']?(?:yes|y|allow|approve)["']?\s+(?:to|on|for)\s+(?:every|all|any|each)\b|\b(?:approve|accept|allow|grant|confirm)\s+(?:every|all|any|each)\s+(?:\w+\s+)?(?:permissions?|tools?|prompts?|requests?)\b|\bauto-?approv(?:e|al|ing)\b/i,
    negatable: true,
    weakens: true,
  },
  {
    name: 'discloses secrets',
    pattern:
      /\b(?:paste|post|share|print|echo|cat|upload|include|commit|copy|send|dump|log|display|attach)\b[^\n.]{0,40}(?:\.env\b|\bsecrets?\b|\bcredentials?\b|\bapi[ _-]?keys?\b|\bprivate\s+keys?\b|\bpasswords?\b|\btokens?\b)[^\n.]{0,40}\b(?:into|in|to|on)\s+(?:the\s+|a\s+|every\s+)?(?:pr|pull\s+requests?|issues?|comments?|chat|logs?|output|commits?|descriptions?|slack|repo(?:sitory)?)\b/i,
    negatable: true,
    weakens: true,
  },
  {
    name: 'skips or disables tests, hooks or checks',
    pattern:
      /\b(?:skip(?:ping)?|disabl(?:e|ing)|bypass(?:ing)?|turn(?:ing)?\s+off|remov(?:e|ing)|delet(?:e|ing)|comment(?:ing)?\s+out|ignor(?:e|ing)|uninstall(?:ing)?)\s+(?:all\s+|the\s+|any\s+|failing\s+|pre-commit\s+|pre-push\s+|git\s+|ci\s+|these\s+|those\s+)*(?:tests?|test\s+suites?|specs?|hooks?|pre-commit|pre-push|ci|checks?|verification|linters?|lint(?:ing)?|type-?check(?:s|ing)?|guards?|safety\s+checks?)\b/i,
    negatable: true,
    weakens: true,
  },
  {
    name: "tries to override the agent's instructions",
    pattern:
      /\b(?:ignore|disregard|forget|override|bypass)\b[^\n.]{0,40}\b(?:previous|prior|above|earlier|preceding|system|original|all)\b[^\n.]{0,30}\b(?:instructions?|prompts?|rules|directions|directives|guidelines|guardrails)\b|\byou\s+are\s+now\b|\bnew\s+instructions?\s*:|\bsystem\s+prompt\b|<\/?(?:system|instructions?)>|\bjailbreak\b|\bdeveloper\s+mode\b/i,
    negatable: false,
  },
];

/**
 * Each rule's pattern as the scan runs it, built once: a pass asks about every edit it weighs, and
 * building the rules' large patterns again per call (twice, when the text folds) was most of the
 * guards' time in a pass with new sessions.
 */
const SCANS = RULES.map((rule) => ({ rule, global: new RegExp(rule.pattern.source, 'gi') }));
const NEGATED = new RegExp(`(?:${NEGATION}|${FOREIGN_NEGATION})$`, 'iu');
/** Japanese and Korean put the negation after what it forbids: "`git push --force`は絶対にしないで", "…는 하지 마세요". */
const NEGATED_AFTER =
  /^[\x60'"\u201d\u2019]?\s*(?:は|を|も|은|는|을|를)?\s*(?:絶対に|決して|절대(?:로)?)?\s*(?:使わないで|使用しないで|実行しないで|しないで|使うな|するな|禁止|사용하지\s*마|실행하지\s*마|하지\s*마|쓰지\s*마)/u;

export interface Danger {
  name: string;
  /** A safeguard the team chose is weakened: shown to the reviewer as needing a human decision. */
  weakens: boolean;
}

/**
 * The first dangerous practice the text prescribes, checked on the text as written and as it reads
 * (NFKC, invisible characters removed, look-alike letters folded: see foldForChecks).
 */
export function dangerOf(text: string): Danger | undefined {
  const folded = foldForChecks(text);
  for (const t of folded === text ? [text] : [text, folded]) {
    for (const { rule, global } of SCANS) {
      // Shared, so it starts from the text's start whatever the last call left (matchAll cloned it).
      global.lastIndex = 0;
      for (let m = global.exec(t); m !== null; m = global.exec(t)) {
        // An empty match moves on by one, as matchAll does.
        if (m[0] === '') global.lastIndex++;
        const end = m.index + m[0].length;
        if (rule.negatable && (NEGATED.test(t.slice(Math.max(0, m.index - 80), m.index)) || NEGATED_AFTER.test(t.slice(end, end + 40))))
          continue;
        return { name: rule.name, weakens: rule.weakens === true };
      }
    }
  }
  return undefined;
}

/** The name of the first dangerous practice the text prescribes, or undefined. */
export function dangerousContent(text: string): string | undefined {
  return dangerOf(text)?.name;
}

/** The safeguard a text would weaken, when that is what makes it dangerous (see Rule.weakens). */
export function safetyWeakening(text: string): string | undefined {
  const d = dangerOf(text);
  return d?.weakens ? d.name : undefined;
}
