/**
 * The maintained base of our secret detection: secretlint's recommended preset
 * (@secretlint/secretlint-rule-preset-recommend), run rule by rule on one text.
 *
 * The preset's rules are plain objects: `create(context)` returns a `file(source)` handler that calls
 * `context.report({ range })` for each finding. We drive them directly rather than through
 * @secretlint/core, whose async, per-file pipeline (config loading, profiler, message translation)
 * would cost more than the regexes on the millions of short texts a pass redacts. Updating the npm
 * package updates the rules; nothing here copies them.
 */
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';

export interface SecretlintFinding {
  rule: string;
  start: number;
  end: number;
}

/** Every preset rule, or only its rules for credentials inside URLs. */
export type PresetScope = 'all' | 'url';

interface Report {
  range: readonly [number, number];
}
interface Source {
  content: string;
  filePath: string;
  ext: string;
  contentType: 'text';
}
type FileHandler = (source: Source) => void | Promise<void>;

/** secretlint rule ids, shortened: `@secretlint/secretlint-rule-github` is reported as `secretlint-github`. */
const PREFIX = '@secretlint/secretlint-rule-';

/**
 * Rules left out on purpose. `filter-comments` is not a detector: it lets the scanned text switch
 * detection off (`secretlint-disable`), and transcript text is untrusted.
 */
const EXCLUDED = new Set([`${PREFIX}filter-comments`]);

interface LoadedRule {
  id: string;
  file: FileHandler;
  /** Literals every match contains (see NEEDS); undefined: the rule always runs. */
  needs?: readonly (readonly number[])[];
}

/** The preset version whose rule sources NEEDS was read from (test/secrets/preset-gates.test.ts pins it). */
export const GATED_PRESET_VERSION = '13.1.0';

/**
 * Literals every finding of a preset rule contains, read off the rule's patterns (all of the groups,
 * any literal of a group): a text holding none cannot give the rule a finding, so the rule is not run
 * on it. The preset's ~35 regexes each scan the whole text (most behind a lookbehind irregexp cannot
 * skip ahead for), and a text reaches the preset for any uncovered token-like run (a path, an
 * identifier), so most of its cost was rules whose prefix the text does not hold. A rule missing here
 * (a new one after an update, `gcp`, whose checks are for .json and .p12 files) runs on every text.
 * Our Source is a `.txt` named `transcript.txt`, so `npm` runs only its `npm_` token pattern.
 */
const NEEDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  // Only the secret-access-key pattern runs (the id scans are off by default): (SECRET|secret|Secret).
  'secretlint-aws': [['ecret', 'ECRET']],
  'secretlint-npm': [['npm_']],
  // Tokens (xoxb-, xoxp-, xapp-, xoxa-, xoxo-, xoxr-) and incoming-webhook URLs.
  'secretlint-slack': [['xox', 'xapp-', '://']],
  // Reported only with a user and a password before '@'.
  'secretlint-basicauth': [['://'], ['@']],
  'secretlint-database-connection-string': [['://'], ['@']],
  'secretlint-openai': [['T3BlbkFJ']],
  'secretlint-anthropic': [['sk-ant-api0']],
  'secretlint-groq': [['gsk_']],
  'secretlint-huggingface': [['hf_']],
  'secretlint-linear': [['lin_api_']],
  'secretlint-notion': [['ntn_']],
  'secretlint-privatekey': [['PRIVATE KEY']],
  'secretlint-sendgrid': [['SG.']],
  'secretlint-shopify': [['shppa_', 'shpca_', 'shpat_', 'shpss_']],
  'secretlint-stripe': [['k_live_', 'k_test_']],
  'secretlint-github': [['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_']],
  'secretlint-gitlab': [['glpat-']],
  'secretlint-grafana': [['glc_', 'glsa_']],
  'secretlint-1password': [['ops_ey']],
  'secretlint-hashicorp-vault': [['hvs.', 'hvb.', 'hvr.']],
  'secretlint-vercel': [['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_']],
  'secretlint-databricks': [['dapi']],
  'secretlint-docker': [['dckr_pat_']],
  'secretlint-figma': [['figd_']],
  'secretlint-cloudflare': [['cfk_', 'cfut_', 'cfat_']],
  'secretlint-tailscale': [['tskey-']],
};
/** The preset rules that run only on texts holding their literals (tests check each against a sample). */
export const GATED_RULE_IDS: readonly string[] = Object.keys(NEEDS);
/** Each literal of NEEDS once; rules refer to them by index, so one text checks each at most once. */
const LITERALS = [...new Set(Object.values(NEEDS).flat(2))];
/** Each literal's pairs of adjacent characters, as indices into a 128 × 128 table (the literals are ASCII). */
const LITERAL_PAIRS = LITERALS.map((lit) => {
  const pairs: number[] = [];
  for (let i = 1; i < lit.length; i++) pairs.push((lit.charCodeAt(i - 1) << 7) | lit.charCodeAt(i));
  if ([...lit].some((ch) => ch.charCodeAt(0) >= 128)) throw new Error(`preset gate literal must be ASCII: ${lit}`);
  return pairs;
});
/** By pair: the mark of the last text that held it. A text gets a new mark, so the table is never cleared per text. */
const pairMarks = new Uint16Array(128 * 128);
let mark = 0;

/**
 * Marks the pairs of adjacent characters `text` holds. A literal missing one of its pairs is not in
 * the text: one pass over the text answers most literals, where an indexOf per literal (each stopping
 * at every common first letter) cost more than the rules it spared. Each character is taken modulo
 * 128, so a pair with a non-ASCII character marks some ASCII pair too: that can only send a literal to
 * the includes() that confirms it, never spare one the text holds. So the loop has no branch and
 * stores one mark per character (profiled: a bit set's read-modify-write and the ASCII tests made it a
 * twentieth of a pass over the real transcripts).
 */
function markPairs(text: string): void {
  if (++mark === 65536) {
    pairMarks.fill(0);
    mark = 1;
  }
  const m = mark;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & 127;
    pairMarks[(prev << 7) | c] = m;
    prev = c;
  }
}

function pairsPresent(k: number): boolean {
  const pairs = LITERAL_PAIRS[k]!;
  for (let i = 0; i < pairs.length; i++) if (pairMarks[pairs[i]!] !== mark) return false;
  return true;
}

/** Whether `content`, its pairs marked, holds any literal (a one-character literal has no pair to miss). */
function someLiteral(content: string): boolean {
  for (let k = 0; k < LITERALS.length; k++) if (pairsPresent(k) && content.includes(LITERALS[k]!)) return true;
  return false;
}

let sink: SecretlintFinding[] = [];

function load(): LoadedRule[] {
  const out: LoadedRule[] = [];
  for (const rule of recommended.rules as unknown as {
    meta: { id: string };
    create: (ctx: unknown, opts: unknown) => { file?: FileHandler };
  }[]) {
    if (EXCLUDED.has(rule.meta.id)) continue;
    const id = `secretlint-${rule.meta.id.startsWith(PREFIX) ? rule.meta.id.slice(PREFIX.length) : rule.meta.id}`;
    const context = {
      sharedOptions: {},
      locale: 'en',
      // The message is not used: it quotes the secret, and we report rule ids only.
      createTranslator: () => (key: string) => key,
      report: (r: Report) => sink.push({ rule: id, start: r.range[0], end: r.range[1] }),
      ignore: () => undefined,
    };
    const handlers = rule.create(context, {});
    const needs = NEEDS[id]?.map((group) => group.map((lit) => LITERALS.indexOf(lit)));
    if (handlers.file) out.push({ id, file: handlers.file, ...(needs ? { needs } : {}) });
  }
  return out;
}

const RULES = load();
/** The preset's rules for credentials inside URLs: all a text without a token-like run can hold. */
const URL_IDS = new Set(['secretlint-basicauth', 'secretlint-database-connection-string']);
const URL_RULES = RULES.filter((r) => URL_IDS.has(r.id));
if (URL_RULES.length !== URL_IDS.size)
  throw new Error(`secretlint preset lacks ${[...URL_IDS].join(' or ')}: update src/secrets/secretlint.ts`);

/** Number of preset rules in use (tests assert the preset really loaded). */
export const SECRETLINT_RULE_COUNT = RULES.length;

/** The rules of a list whose gate passes on a text holding no literal (those without one), per list: RULES, URL_RULES. */
const RUN_WITHOUT_LITERALS = new Map<readonly LoadedRule[], readonly LoadedRule[]>();
function withoutLiterals(rules: readonly LoadedRule[]): readonly LoadedRule[] {
  let run = RUN_WITHOUT_LITERALS.get(rules);
  if (!run) RUN_WITHOUT_LITERALS.set(rules, (run = rules.filter((r) => !r.needs || r.needs.length === 0)));
  return run;
}

const TOKEN_CHAR = /[A-Za-z0-9_-]/;

/**
 * Runs `rules` on `content`. A rule that throws on odd input must not take the pass down: its
 * findings are lost, the rest stay; `threw` says it happened.
 */
function runRules(content: string, rules: readonly LoadedRule[], gated = true): { found: SecretlintFinding[]; threw: boolean } {
  sink = [];
  let threw = false;
  const source: Source = { content, filePath: 'transcript.txt', ext: '.txt', contentType: 'text' };
  let run = rules;
  // Per literal: 0 not yet looked for, 1 present, 2 absent. Looked for only when a rule asks.
  let seen: Uint8Array | undefined;
  const holds = (k: number): boolean => {
    seen ??= new Uint8Array(LITERALS.length);
    if (seen[k] === 0) seen[k] = pairsPresent(k) && content.includes(LITERALS[k]!) ? 1 : 2;
    return seen[k] === 1;
  };
  if (gated) {
    markPairs(content);
    // Most texts asked about (a call id, a path, a hash beside no key) hold no literal at all: then no
    // gate can pass, and only the rules without one run. One sweep over the literals answers that, where
    // asking each rule's gate in turn was most of a call (profiled on call ids: some 40 closure calls).
    if (!someLiteral(content)) run = withoutLiterals(rules);
  }
  for (const rule of run) {
    if (gated && rule.needs && !rule.needs.every((group) => group.some(holds))) continue;
    try {
      const r = rule.file(source);
      if (r instanceof Promise) r.catch(() => undefined);
    } catch {
      threw = true;
    }
  }
  const found = sink;
  sink = [];
  return { found, threw };
}

/**
 * Two adjustments keep our output readable and complete: a credential URL (`basicauth`,
 * `database-connection-string`) is narrowed to its password, so scheme, user and host stay visible;
 * and a token finding is extended to the end of its word-run (secretlint's Slack rule stops `xapp-1-…`
 * tokens after their second dash).
 */
function adjust(text: string, found: SecretlintFinding[]): SecretlintFinding[] {
  const kept: SecretlintFinding[] = [];
  for (const f of found) {
    const span = text.slice(f.start, f.end);
    const scheme = span.indexOf('://');
    const at = span.lastIndexOf('@');
    if (scheme >= 0 && at > scheme) {
      const colon = span.indexOf(':', scheme + 3);
      if (colon > 0 && colon < at) {
        f.end = f.start + at;
        f.start = f.start + colon + 1;
      }
    } else if (TOKEN_CHAR.test(text[f.end - 1] ?? '')) while (f.end < text.length && TOKEN_CHAR.test(text[f.end]!)) f.end++;
    // An earlier redaction marker is not a secret: redaction must be idempotent.
    if (f.end > f.start && !text.slice(f.start, f.end).includes('REDACTED')) kept.push(f);
  }
  return kept;
}

/**
 * Findings of the preset's rules in `text` (all of them, or the URL rules only), adjusted as `adjust`
 * says. `gated: false` runs every rule whatever literals the text holds (tests compare the two).
 */
export function secretlintFindings(text: string, which: PresetScope = 'all', gated = true): SecretlintFinding[] {
  return adjust(text, runRules(text, which === 'all' ? RULES : URL_RULES, gated).found);
}

/** Whether a finding of scope 'all' is one the 'url' scope would also report. */
export function inScope(f: SecretlintFinding, scope: PresetScope): boolean {
  return scope === 'all' || URL_IDS.has(f.rule);
}

/**
 * Texts are joined by this. No rule's match may cross it: '\n' stops `.`, `\s`-excluding classes and
 * line-anchored patterns, '\0' stops `\s*` and every token or base64 class, and both are non-word
 * characters, so `\b`, `(?<!\p{L})` and `(?![A-Za-z0-9])` see the same boundary as at a text's ends.
 * A finding that crosses it anyway (a future rule with `[\s\S]`) is not trusted: its texts are
 * scanned one by one.
 */
const SEPARATOR = '\n\0\n';

/**
 * The preset's findings ('all' scope) in each of `texts`, exactly as `secretlintFindings(text)` gives
 * them, from one run of the preset over the texts joined: its cost per call is fixed (a regex clone
 * per rule and per call), so many short texts cost little more than one.
 */
export function secretlintBatch(texts: readonly string[]): SecretlintFinding[][] {
  const starts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.length + SEPARATOR.length;
  }
  const { found, threw } = runRules(texts.join(SEPARATOR), RULES);
  const raw: SecretlintFinding[][] = texts.map(() => []);
  const alone = new Set<number>();
  for (const f of threw ? [] : found) {
    // The text the finding starts in: the last start at or before it.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= f.start) lo = mid;
      else hi = mid - 1;
    }
    const base = starts[lo]!;
    const length = texts[lo]!.length;
    if (f.start - base >= length || f.end - base > length) {
      // In a separator, or across one: every text it touches is scanned alone.
      for (let k = lo; k < starts.length && starts[k]! < f.end; k++) alone.add(k);
      continue;
    }
    raw[lo]!.push({ rule: f.rule, start: f.start - base, end: f.end - base });
  }
  return texts.map((t, k) => (threw || alone.has(k) ? secretlintFindings(t) : adjust(t, raw[k]!)));
}
