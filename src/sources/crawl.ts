/**
 * The crawl behind the sessions globs: what tinyglobby's `glob` returns for the options globs.ts gave it
 * (dot files, files only, relative to `cwd`, expandDirectories off, a directory listing it supplies), with
 * picomatch's regular expressions tested directly. tinyglobby's matchers are picomatch's, which build a
 * result object for every path they test, three per transcript (the glob and the two always-ignored
 * places): 10,000 transcripts cost a pass with nothing new more than listing their directories did.
 * test/sources/crawl.test.ts holds the two to the same answers.
 *
 * Like tinyglobby: the crawl starts at the patterns' common literal directory, enters a directory only
 * when some pattern could match below it and no ignore pattern matches it, and keeps a file when a
 * pattern matches it and no ignore pattern does. Unreadable directories are passed over silently.
 * Directories are listed one after another, synchronously: a pass waits for the whole list anyway, and
 * a listing costs less CPU without the thread pool's round trip.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/** The options tinyglobby gives picomatch for `dot: true` and its defaults. */
const MATCH_OPTIONS = { dot: true, nobrace: false, nocase: false, noextglob: false, noglobstar: false, posix: true };

/** A picomatch matcher of one glob, as tinyglobby calls it (posix, no format): a literal hit or the regex. */
function matcher(glob: string): (input: string) => boolean {
  const re = picomatch.makeRe(glob, MATCH_OPTIONS);
  return (input) => input !== '' && (input === glob || re.test(input));
}

function anyOf(globs: readonly string[]): (input: string) => boolean {
  const tests = globs.map(matcher);
  return (input) => {
    for (const t of tests) if (t(input)) return true;
    return false;
  };
}

/** A pattern's path segments as picomatch scans them (a brace may hold a `/`). */
function splitPattern(glob: string): string[] {
  const parts = picomatch.scan(glob, { parts: true }).parts;
  return parts?.length ? parts : [glob];
}

const isDynamic = (part: string): boolean => {
  const s = picomatch.scan(part);
  return s.isGlob || s.negated;
};

/** tinyglobby's normalisation of a relative pattern: no trailing slash, posix-normalised. */
function normalise(glob: string): string {
  return path.posix.normalize(glob.endsWith('/') ? glob.slice(0, -1) : glob);
}

/** The literal directories every pattern starts with: where the crawl begins (tinyglobby's commonPath). */
function commonRoot(patterns: readonly string[]): string[] {
  let common: string[] | undefined;
  for (const glob of patterns) {
    const parts = splitPattern(glob);
    common ??= parts;
    const next: string[] = [];
    for (let i = 0; i < Math.min(common.length, parts.length); i++) {
      const part = parts[i]!;
      if (part === '**' && !parts[i + 1]) {
        next.pop();
        break;
      }
      if (i === parts.length - 1 || part !== common[i] || isDynamic(part)) break;
      next.push(part);
    }
    common = next;
  }
  return common ?? [];
}

/** True when some pattern could match a path below the directory `dir` (tinyglobby's partial matcher). */
function partialMatcher(patterns: readonly string[]): (dir: string) => boolean {
  const split = patterns.map((glob) => {
    const parts = splitPattern(glob);
    return { parts, tests: parts.map(matcher) };
  });
  return (dir) => {
    const segments = dir.split('/');
    for (const { parts, tests } of split) {
      const n = Math.min(segments.length, parts.length);
      let j = 0;
      while (j < n) {
        const part = parts[j]!;
        if (part.includes('/')) return true;
        if (!tests[j]!(segments[j]!)) break;
        if (part === '**') return true;
        j++;
      }
      if (j === segments.length) return true;
    }
    return false;
  };
}

export interface CrawlOptions {
  /** The directory the patterns are relative to, absolute, without a trailing slash. */
  cwd: string;
  patterns: readonly string[];
  ignore: readonly string[];
  /**
   * Lists a directory (with file types). Every entry it calls a file is matched as a file (globs.ts
   * shows symlinks as files, so none is entered); only directories are entered.
   */
  list?: (dir: string) => Dirent[];
}

/**
 * The patterns and ignore patterns as tinyglobby sorts them: none empty, a negated pattern (`!x`, not an
 * extglob's `!(`) is ignored instead, and a negated ignore pattern is dropped.
 */
function sortPatterns(patterns: readonly string[], ignore: readonly string[]): { match: string[]; ignore: string[] } {
  const out = { match: [] as string[], ignore: [] as string[] };
  const plain = (g: string, at: number): boolean => g[at] !== '!' || g[at + 1] === '(';
  for (const g of ignore) if (g && plain(g, 0)) out.ignore.push(normalise(g));
  for (const g of patterns) {
    if (!g) continue;
    if (plain(g, 0)) out.match.push(normalise(g));
    else if (plain(g, 1)) out.ignore.push(normalise(g.slice(1)));
  }
  return out;
}

/** The files (cwd-relative, `/`-separated) the patterns match, in crawl order. */
export function crawl(o: CrawlOptions): string[] {
  const { match: patterns, ignore } = sortPatterns(o.patterns, o.ignore);
  if (patterns.length === 0) return [];
  const matches = anyOf(patterns);
  const ignored = anyOf(ignore);
  const partial = partialMatcher(patterns);
  const list = o.list ?? ((dir: string) => readdirSync(dir, { withFileTypes: true }));
  // The directory itself, so without the escapes its name needed in a pattern (as tinyglobby strips them).
  const start = commonRoot(patterns).join('/').replace(/\\/g, '');
  const out: string[] = [];
  const walk = (rel: string): void => {
    let entries: Dirent[];
    try {
      entries = list(rel ? path.join(o.cwd, rel) : o.cwd);
    } catch {
      return;
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isFile()) {
        if (matches(p) && !ignored(p)) out.push(p);
      } else if (e.isDirectory() && partial(p) && !ignored(p)) walk(p);
    }
  };
  walk(start);
  return out;
}

/** A last path segment too rich to test alone: a globstar, or a brace, class or extglob a `/` might hide in. */
const RICH_SEGMENT = /\*\*|[\\/(){}[\]!+@]/;

/**
 * A test a file's name must pass for any of the patterns to match the file: the patterns' last segments
 * (a segment's `*` and `?` never cross a `/`, so a match's last segment matches the pattern's). Undefined
 * when a pattern's last segment is too rich to be tested alone: then any name may match. A crawl of
 * the whole repository for a few memory files passes every transcript's name through it, not every
 * transcript's path through every pattern.
 */
export function nameFilter(patterns: readonly string[]): ((name: string) => boolean) | undefined {
  const { match } = sortPatterns(patterns, []);
  const last = match.map((g) => splitPattern(g).at(-1)!);
  if (last.length === 0 || last.some((s) => RICH_SEGMENT.test(s))) return undefined;
  return anyOf(last);
}
