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
export const SECRETLINT_RULE_IDS: readonly string[] = RULES.map((r) => r.id);

const TOKEN_CHAR = /[A-Za-z0-9_-]/;

/**
 * Findings of every preset rule in `text`. Two adjustments keep our output readable and complete:
 * a credential URL (`basicauth`, `database-connection-string`) is narrowed to its password, so scheme,
 * user and host stay visible; and a token finding is extended to the end of its word-run (secretlint's
 * Slack rule stops `xapp-1-…` tokens after their second dash).
 */
export function secretlintFindings(text: string, which: 'all' | 'url' = 'all'): SecretlintFinding[] {
  sink = [];
  const source: Source = { content: text, filePath: 'transcript.txt', ext: '.txt', contentType: 'text' };
  for (const rule of which === 'all' ? RULES : URL_RULES) {
    // A rule that throws on odd input must not take the pass down: its findings are lost, the rest stay.
    try {
      const r = rule.file(source);
      if (r instanceof Promise) r.catch(() => undefined);
    } catch {
      continue;
    }
  }
  const found = sink;
  sink = [];
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
