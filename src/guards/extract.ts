/**
 * What an entry text claims the agent should run, fetch or open: commands, URLs and paths. Shared by
 * the provenance index (which records the trusted ones) and the provenance check (which looks them up).
 */

/** Programs worth recognising in prose ("run npm test"); common English words are only matched in code. */
const PROSE_COMMANDS = new Set(
  (
    'npm npx pnpm yarn bun node deno tsx ts-node python python3 pip pip3 pipx uv poetry pytest tox nox cargo rustc rustup ' +
    'gradle gradlew mvn dotnet mix elixir iex rails bundle rake rspec ruby gem composer php phpunit docker docker-compose ' +
    'podman kubectl helm terraform ansible git gh curl wget ssh scp rsync sudo chmod chown rm mkdir bash zsh pwsh powershell ' +
    'eslint prettier tsc jest vitest mocha playwright cypress webpack vite esbuild brew apt apt-get yum dnf apk nc netcat ncat ' +
    'sed awk grep psql mysql redis-cli sqlite3 java javac cmake ruff mypy black flake8 pylint clippy elm swift xcodebuild'
  ).split(' '),
);
const CODE_ONLY_COMMANDS = new Set(
  'go make cat ls cp mv find sort head tail touch env export source kill echo printf cd xargs tee test which time'.split(' '),
);
const STOP_WORDS = new Set(
  'before after when to instead not first then and or if because so for while unless until since with without rather than but in on from is are was it this that these those every each always never'.split(
    ' ',
  ),
);

/** Subcommands that belong to the command in prose ("npm ci", "git push"); after run/exec the script name does too. */
const SUBCOMMANDS = new Set(
  (
    'install i ci test run exec x dlx build start publish add remove rm commit push pull rebase merge checkout reset stash ' +
    'clone fetch diff status switch restore clean up down compose apply delete get deploy init update upgrade uninstall ' +
    'lint format fmt check migrate sync lock tidy vet'
  ).split(' '),
);
const TAKES_NAME = new Set(['run', 'exec', 'x', 'dlx']);

export const URL_PATTERN = /\b(?:https?|ftp|file|ssh|git):\/\/[^\s<>"'`)\]}]+|\bwww\.[a-z0-9-]+\.[^\s<>"'`)\]}]+/gi;

/**
 * What tokenize drops before a token: ` ' " ( < [ { and their full-width forms: Chinese and Japanese end a sentence on
 * a command with no space before the mark ("始终用 pnpm。"), and the user's own "pnpm。" is their "pnpm".
 */
const OPENERS = new Set([...'`\'"(<[{「『（【'].map((c) => c.charCodeAt(0)));
/** What it drops after one: ` ' " ) > ] } , ; : ! ? and their full-width forms, and then any dots. */
const CLOSERS = new Set([...'`\'")>]},;:!?。，、；：！？」』）】'].map((c) => c.charCodeAt(0)));

/**
 * Chinese and Korean write no space around a code span: "不要用 `yarn`。", "`npm install`은 실행하지 마", "用`pnpm`，不要"
 * (folded to "`pnpm`,不要"). A word that holds a backtick and a character outside ASCII is cut at its backticks, so
 * the span is its own token, as it is where a space sets it off ("`yarn` は使わないで"); else the command the user typed
 * is recorded as "`yarn`。" and never trusted. A path inside the span keeps its own letters ("`docs/设计.md`。").
 */
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Splits on whitespace and drops surrounding punctuation and quotes, keeping inner characters: the
 * openers, then the closers, then trailing dots (and the closers again behind a code span's backtick),
 * each stripped from what the one before left. Found by index and cut once, where three regex replaces
 * made up to three strings a token (every command and input a pass trusts is tokenized).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word.includes('`') && NOT_ASCII.test(word)) for (const raw of word.split('`')) pushStripped(raw, out);
    else pushStripped(word, out);
  }
  return out;
}

function pushStripped(raw: string, out: string[]): void {
  let s = 0;
  let e = raw.length;
  while (s < e && OPENERS.has(raw.charCodeAt(s))) s++;
  while (e > s && CLOSERS.has(raw.charCodeAt(e - 1))) e--;
  while (e > s && raw.charCodeAt(e - 1) === 0x2e) e--;
  // A code span closed before the sentence's full stop ("`~/.cache/x/`.") is read as extractClaims reads
  // the span: without its closing backtick, or memory and an edit that repeats it disagree on the path.
  if (e > s && raw.charCodeAt(e - 1) === 0x60) while (e > s && CLOSERS.has(raw.charCodeAt(e - 1))) e--;
  if (e > s) out.push(s === 0 && e === raw.length ? raw : raw.slice(s, e));
}

export function normaliseUrl(url: string): string {
  const trimmed = url.replace(/[.,;:!?)]+$/, '').replace(/\/+$/, '');
  const m = /^([a-z]+:\/\/)?([^/]*)(.*)$/i.exec(trimmed);
  return m ? `${(m[1] ?? '').toLowerCase()}${(m[2] ?? '').toLowerCase()}${m[3] ?? ''}` : trimmed;
}

export const isUrl = (t: string): boolean => /^(?:[a-z]+:\/\/|www\.)/i.test(t);

/** A token that names a file or folder: explicit relative/absolute/home prefixes, or a slash plus an extension. */
export function isPathLike(t: string, inCode: boolean): boolean {
  if (t.length < 2 || isUrl(t) || /^[-$]/.test(t) || t.includes('=')) return false;
  if (/^(?:\/|\.\.?\/|~\/)/.test(t)) return true;
  if (t.includes('/') && (/\.[A-Za-z0-9]{1,8}$/.test(t) || t.endsWith('/'))) return true;
  return inCode && (t.includes('/') || /^[\w.-]+\.[A-Za-z][A-Za-z0-9]{0,7}$/.test(t));
}

export function normalisePath(t: string): string {
  return t.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Deepest path suffix recorded: a claim with more segments than this is never trusted (fail closed). */
export const MAX_PATH_SEGMENTS = 24;

/**
 * Every path suffix by segment, so `src/app.ts` matches a tool call on `/home/u/proj/src/app.ts`; at
 * most MAX_PATH_SEGMENTS of them, the deepest first. Without the cap a token with k slashes gave k
 * suffixes of up to its whole length: a base64 data URI (a slash every ~64 characters) grew with the
 * square of its length and ran a pass out of heap.
 */
export function pathSuffixes(t: string): string[] {
  const segs = normalisePath(t)
    .split('/')
    .filter((s) => s !== '');
  const from = Math.max(0, segs.length - MAX_PATH_SEGMENTS);
  const out: string[] = [];
  for (let i = segs.length - 1; i >= from; i--) out.push(i === segs.length - 1 ? segs[i]! : `${segs[i]!}/${out[out.length - 1]!}`);
  return out.reverse();
}

/** Every program either list names, asked once: a Set hashes the whole token it is asked about. */
const KNOWN_COMMANDS = new Set([...PROSE_COMMANDS, ...CODE_ONLY_COMMANDS]);
/** A token longer than every known program is none of them, and is not hashed to be looked up (paths, hashes, words). */
const LONGEST_COMMAND = Math.max(...[...KNOWN_COMMANDS].map((c) => c.length));
const isKnownCommand = (t: string): boolean => t.length <= LONGEST_COMMAND && KNOWN_COMMANDS.has(t);
const ENV_ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=/;
const PATH_START = /^\.{0,2}\//;

/**
 * Whether a command claim could begin at tokens[i]: the checks only ever look up token runs that
 * start like this, so the trusted side need not store any other n-gram. Asked of every token a pass
 * trusts (a tenth of the provenance index's time on the real transcripts): each regex runs only on a
 * token whose first character it needs, so most tokens are answered by a compare and a lookup.
 */
export function canStartCommand(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0) return true;
  const before = tokens[i - 1]!;
  if (before === '&&' || before === '||' || before === ';' || before === '|') return true;
  const c = t.charCodeAt(0);
  if (((c >= 0x41 && c <= 0x5a) || c === 0x5f) && ENV_ASSIGNMENT.test(t)) return true;
  if (t === 'sudo' || isKnownCommand(t)) return true;
  if ((c === 0x2e || c === 0x2f) && PATH_START.test(t)) return true;
  return tokens[i + 1]?.startsWith('-') ?? false;
}

function commandStart(tokens: readonly string[]): number {
  let i = 0;
  while (i < tokens.length && (/^[A-Z_][A-Z0-9_]*=/.test(tokens[i]!) || tokens[i] === 'sudo')) i++;
  return i;
}

function looksLikeCommand(tokens: readonly string[]): boolean {
  const i = commandStart(tokens);
  const head = tokens[i];
  if (head === undefined) return tokens.length > 0;
  if (i > 0) return true;
  if (PROSE_COMMANDS.has(head) || CODE_ONLY_COMMANDS.has(head) || /^\.{0,2}\//.test(head)) return true;
  return tokens.length > 1 && /^-/.test(tokens[1]!);
}

export interface Claims {
  commands: string[][];
  urls: string[];
  paths: string[];
}

const CODE_SPAN = /`([^`\n]+)`/g;
const FENCE = /^[ \t]*(?:`{3,}|~{3,})[^\n]*\n([\s\S]*?)^[ \t]*(?:`{3,}|~{3,})[ \t]*$/gm;

/** Commands, URLs and paths an entry text carries. Bounded: long texts are cut by the entry-size cap first. */
/**
 * A path-like token as a claim. One that names no path once normalised (`./`, and `./...`, Go's "every package
 * here", whose dots tokenize drops) is the working folder itself: it carries nothing a stranger could plant, and no
 * text records it (pathSuffixes of it is empty), so as a claim it could only refuse a right lesson.
 */
function pathClaim(claims: Claims, token: string): void {
  const p = normalisePath(token);
  if (p !== '') claims.paths.push(p);
}

export function extractClaims(text: string): Claims {
  const claims: Claims = { commands: [], urls: [], paths: [] };
  for (const m of text.matchAll(URL_PATTERN)) claims.urls.push(normaliseUrl(m[0]));
  const code: string[] = [];
  let prose = text.replace(FENCE, (_, body: string) => {
    code.push(...body.split('\n'));
    return ' ';
  });
  prose = prose.replace(CODE_SPAN, (_, body: string) => {
    code.push(body);
    return ' ';
  });
  for (const snippet of code) {
    const tokens = tokenize(snippet.replace(URL_PATTERN, ' ').replace(/^\s*\$\s+/, ''));
    if (tokens.length === 0) continue;
    for (const t of tokens) if (isPathLike(t, true)) pathClaim(claims, t);
    if (tokens.length === 1 && !PROSE_COMMANDS.has(tokens[0]!) && !CODE_ONLY_COMMANDS.has(tokens[0]!)) continue;
    if (looksLikeCommand(tokens)) {
      // Chained commands are claims each: `a && b` is trusted when a and b each are.
      let part: string[] = [];
      for (const t of tokens) {
        if (['&&', '||', ';', '|'].includes(t)) {
          if (part.length > 0) claims.commands.push(part);
          part = [];
        } else part.push(t);
      }
      if (part.length > 0) claims.commands.push(part);
    }
  }
  const words = prose.replace(URL_PATTERN, ' ').split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const tok = tokenize(raw)[0];
    if (tok === undefined) continue;
    if (isPathLike(tok, false)) pathClaim(claims, tok);
    if (!PROSE_COMMANDS.has(tok)) continue;
    // In prose only subcommands, flags and path-like arguments belong to the command: "git history shows" is English.
    const cmd = [tok];
    let ended = /[,;:!?)]$|\.$/.test(raw);
    for (let j = i + 1; j < words.length && !ended && cmd.length < 6; j++) {
      const w = words[j]!;
      const t = tokenize(w)[0];
      if (t === undefined || STOP_WORDS.has(t.toLowerCase())) break;
      const prev = cmd[cmd.length - 1]!;
      const argument = /^-|[=/:@]|\.\w/.test(t) || (cmd.length === 1 && SUBCOMMANDS.has(t)) || (cmd.length === 2 && TAKES_NAME.has(prev));
      if (!argument) break;
      cmd.push(t);
      ended = /[,;:!?)]$|\.$/.test(w);
    }
    claims.commands.push(cmd);
  }
  return claims;
}
