/**
 * Signature normalisation: the same mistake in two sessions must produce the same key even though
 * paths, numbers, hashes, temp dirs and quoted values differ between them.
 */
import { hash } from 'node:crypto';

/**
 * The one-shot `crypto.hash` (Node >= 21.7), the same digest as createHash().update().digest(): a
 * pass hashes a few short strings per signal (signatures, event identities), where building a Hash
 * object cost about three times the hashing (200k strings of ~80 chars: 280-300 ms against 90-105 ms).
 */
export function shortHash(text: string, length = 12): string {
  return hash('sha256', text, 'hex').slice(0, length);
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Strip the parts of a message that vary between occurrences of the same failure. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\\n/g, ' ')
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>')
      .replace(/\b[0-9a-f]{7,64}\b/gi, (m) => (/\d/.test(m) && /[a-f]/i.test(m) ? '<hash>' : m))
      // temp dirs before generic paths so both collapse to the same token
      .replace(/(?:\/(?:tmp|var\/folders|private\/var)|[A-Z]:\\Users\\[^\\\s]+\\AppData\\Local\\Temp)[^\s'"`]*/g, '<tmp>')
      .replace(/(?:~|\.{1,2})?(?:\/[\w.@+-]+){2,}\/?/g, '<path>')
      .replace(/\b[\w.-]+\.(?:py|ts|tsx|js|mjs|cjs|jsx|rb|go|rs|ex|exs|java|kt|c|h|cpp|json|ya?ml|toml|md|lock|txt|sh)\b/g, '<file>')
      .replace(/"[^"\n]{0,200}"|'[^'\n]{0,200}'|`[^`\n]{0,200}`/g, '<q>')
      .replace(/:\d+(?::\d+)?\b/g, ':<n>')
      .replace(/\b\d+(?:\.\d+)*\b/g, '<n>')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** Whole words only: `rerunfailures-15.0` in pytest's plugin list names no failure. */
const ERROR_LINE =
  /\b(error|exception|fatal|not found|missing|failed|failure|denied|no such|cannot|can't|could not|unknown|invalid|not recognized|unrecognized|refused|no upstream|no rule|timed out)/i;
const NAMED_ERROR = /\b[A-Z]\w*(Error|Exception):/;
const PREFIXED_ERROR = /^(\w+ )?(error|fatal|err!)\b[:!]?/i;
const NOISE_LINE = /^(exit code \d+|compiling|generated|running|getting extensions|==>|\s*$)/i;

/**
 * The line of a tool's output that best names the failure, verbatim (so it can be quoted).
 * Prefers a line that names an error over progress chatter.
 */
export function salientErrorLine(text: string): string {
  const lines = text.split(/\r?\n|\\n/).map((l) => l.trim());
  const useful = lines.filter((l) => l.length > 0 && !NOISE_LINE.test(l));
  // A named exception or an "error:"/"fatal:" line says more than a progress line mentioning errors.
  const hit =
    useful.find((l) => NAMED_ERROR.test(l)) ?? useful.find((l) => PREFIXED_ERROR.test(l)) ?? useful.find((l) => ERROR_LINE.test(l));
  // pytest prefixes error lines with "E   "; the rest of the line is still a verbatim slice.
  return (hit ?? useful[0] ?? lines.find((l) => l.length > 0) ?? '').replace(/^E\s+/, '').slice(0, 200);
}

/** Normalised, length-bounded form of the salient error line: the failure part of a signature. */
export function errorSignature(text: string): string {
  return errorLineSignature(salientErrorLine(text));
}

/**
 * errorSignature of an output whose salient line the caller has already: a miner that quotes the line and keys
 * the failure by it finds the line once (it splits and scans the whole output, up to 32 KB).
 */
export function errorLineSignature(salient: string): string {
  return normalizeText(salient).slice(0, 100);
}

/** Lower-case content words, for fuzzy comparison of lessons and memory entries. */
const STOP = new Set(
  'a an the to of in on for and or with by is are be it this that these those when then than as at from into use using run running always never do dont not please you your we our should must make sure instead rather'.split(
    ' ',
  ),
);

export function contentWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(/[`*_>#[\]()"',.:;!?]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/'/g, ''))
    .filter((w) => w.length > 1 && !STOP.has(w));
  return [...new Set(words)];
}

export function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const sb = new Set(b);
  let inter = 0;
  for (const w of a) if (sb.has(w)) inter++;
  return inter / (a.length + b.length - inter);
}

/** Inline code spans of a markdown text, in order. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '').filter((s) => s.length > 0);
}

/**
 * What a markdown text points at outside its words: its web links and its file paths written bare (code spans are
 * read on their own), sorted and without repeats. A link is written many ways (angle brackets, a trailing slash or
 * full stop, the host's case): those are dropped, the path kept as typed. A bare path needs the marks of one (two
 * slashes, a closing slash, or a file name with an extension), so "and/or" and "client/server" stay words.
 */
export function referencesOf(text: string): string[] {
  const refs = new Set<string>();
  const bare = text.replace(/`[^`\n]*`/g, ' ');
  for (const m of bare.matchAll(/\bhttps?:\/\/[^\s<>()[\]"'`]+/gi)) {
    const url = m[0].replace(/[.,;:!?]+$/, '').replace(/\/+$/, '');
    const parts = /^(https?:\/\/[^/?#]+)(.*)$/i.exec(url);
    refs.add(parts ? `${(parts[1] ?? '').toLowerCase()}${parts[2] ?? ''}` : url);
  }
  for (const m of bare.replace(/\bhttps?:\/\/\S+/gi, ' ').matchAll(/(?<![\w@./-])((?:[\w@.-]+\/)+[\w@.-]*)/g)) {
    const path = (m[1] ?? '').replace(/[.,;:!?]+$/, '');
    const slashes = path.split('/').length - 1;
    if (slashes >= 2 || path.endsWith('/') || /\.[A-Za-z]\w{0,5}$/.test(path)) refs.add(path.replace(/^(?:\.\/)+/, '').replace(/\/+$/, ''));
  }
  return [...refs].sort();
}

/** Shorten to at most max characters on a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return sp > max * 0.6 ? cut.slice(0, sp) : cut;
}
