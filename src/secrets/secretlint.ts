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
    if (handlers.file) out.push({ id, file: handlers.file });
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

const TOKEN_CHAR = /[A-Za-z0-9_-]/;

/**
 * Runs `rules` on `content`. A rule that throws on odd input must not take the pass down: its
 * findings are lost, the rest stay; `threw` says it happened.
 */
function runRules(content: string, rules: readonly LoadedRule[]): { found: SecretlintFinding[]; threw: boolean } {
  sink = [];
  let threw = false;
  const source: Source = { content, filePath: 'transcript.txt', ext: '.txt', contentType: 'text' };
  for (const rule of rules) {
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

/** Findings of the preset's rules in `text` (all of them, or the URL rules only), adjusted as `adjust` says. */
export function secretlintFindings(text: string, which: PresetScope = 'all'): SecretlintFinding[] {
  return adjust(text, runRules(text, which === 'all' ? RULES : URL_RULES).found);
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
