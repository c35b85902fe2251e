/**
 * Text the user pasted into a message is not the user speaking. A copied doc page says "Always use the
 * Files API when ..."; a CI log says "Run `npm ci` to fix"; neither is an instruction the user gave the
 * agent. Which lines were pasted shows in their structure, not their wording:
 * - code fences, `>` quotes and indented blocks; lines of data (JSON members, brackets alone);
 * - log lines: timestamps, `level=... msg=...`, `##[error]`, `Error:` and `file:line` prefixes, frames of a
 *   stack trace; and the lines after such a line in the same paragraph (an error's own continuation:
 *   "If you do not want ..., use --no-root.");
 * - a shell prompt, anywhere in a line, and the terminal's text after it;
 * - web page chrome ("Copy code", "On this page", breadcrumbs) and the page after it;
 * - everything after a line that names where it comes from: a line ending in a URL ("did you read this?
 *   https://..."), or a short line ending in ':' that names something the user received or read ("this is
 *   what I got:", "from the docs:") rather than something they are about to say (a fenced block right
 *   after such a line is the whole paste: the user's lines after the fence are theirs again);
 * - text the agent's tools printed earlier in the session: a whole line, or a cell of a table the tool
 *   listed ("use this project instead Prototyping - Gemini API" picks a row of `gcloud projects list`).
 *   What the agent itself wrote (a plan handed back) is told apart only in a long spec (own-sections.ts).
 * Everything else is the user's: a short message with one imperative, or rules the user typed as bullets.
 */

/** How many recent tool outputs a pasted line is looked for in, and how much of each: bounded per message. */
const ECHO_RESULTS = 8;
const ECHO_CHARS = 20_000;

const FENCE = /^\s*(?:```|~~~)/;
const QUOTE = /^\s*>/;
/** Indented four columns and not a nested bullet or numbered item the user typed. */
const INDENTED = /^(?: {4,}|\t)(?![-*+•]\s|\d+[.)]\s)\S/;
const LOG = new RegExp(
  [
    // A timestamp or a clock at the start: "2026-03-06T14:13:42", "[02/10/26 9:25 ...]", "14:13:42 ".
    String.raw`^\W{0,2}(?:\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}\b)`,
    // Structured log fields, two or more ("level=debug" alone is a setting a user may name).
    String.raw`\b(?:time|ts|level|lvl|msg)=\S.*\b(?:time|ts|level|lvl|msg|error|err|component|caller)=\S`,
    // CI annotations.
    String.raw`##\[(?:error|warning|notice|debug|group|endgroup)\]`,
    // A level or an error class as the line's first word.
    String.raw`^\s*\[?(?:ERROR|ERR!?|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|PANIC)\]?[:\s]`,
    String.raw`^\s*(?:(?:\w+\.)*\w*(?:Error|Exception|Warning)|error(?:\[\w+\])?|warning|fatal|Caused by|panic):\s`,
    String.raw`^\s*(?:npm|yarn|pnpm) (?:ERR!|WARN|error|warn)\s`,
    String.raw`^\s*Traceback \(most recent call last\)`,
    // A shell's own message: "zsh: command not found: pip", "-bash: line 1: x", "sh: 1: foo: not found", "fish: Unknown command".
    String.raw`^\s*-?(?:ba|z|da|k|tc|c|fi)?sh:\s`,
    // Stack frames: Python, JS/Java, Go.
    String.raw`^\s*File "[^"]+", line \d+`,
    String.raw`^\s*at \S.*(?:\(\S+:\d+(?::\d+)?\)|\S+:\d+:\d+)$`,
    String.raw`^\s*goroutine \d+ \[`,
    // A compiler or linter finding: "src/a.ts:12:5 ...", "/Users/x/View.swift:467:40 'weak' ...".
    String.raw`^\s*\S*[\w)]\.\w{1,8}:\d+(?::\d+)?(?::|\s|$)`,
    // pytest's failure lines, caret markers.
    String.raw`^E {2,}\S`,
    String.raw`^\s*[~^]{3,}\s*$`,
    // Claude Code's own output marker.
    String.raw`^\s*⎿`,
  ].join('|'),
);
/** A line of data, not prose: a JSON member (`"path": "frames/0001.jpg",`), or brackets and commas alone. */
const DATA = /^\s*(?:"[^"\n]{1,80}"\s*:\s*\S|[[\]{}(),;]+\s*$)/;
const CHROME =
  /^\s*(?:copy(?: code| to clipboard)?|copied!?|skip to (?:main )?content|on this page|table of contents|was this (?:page )?helpful\??|last (?:updated|modified)\b.*|edit (?:this|on github)\b.*|ask ai)\s*$/i;
/**
 * The header of a comment copied from a thread (a code review, an issue, a forum answer): a line that is only
 * the comment's age, with nothing else of a sentence ("3 days ago", "reviewbot commented 2 hours ago",
 * "Jane Roe @jroe · 1 week ago", "answered yesterday", "3日前", "2시간 전", "hace 2 días"). What follows is the
 * commenter's text, not the user's; the author lines just above it ("@reviewbot", "reviewbot bot") are the
 * header too. A sentence that mentions a time ("it broke 3 days ago") is no header.
 */
const AGE = [
  String.raw`(?:(?:about|over|almost|less than)\s+)?(?:an?|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\.?\s+ago|yesterday|just now`,
  String.raw`\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年)前|昨日|昨天|たった今|刚刚|剛剛`,
  String.raw`\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전|어제|방금`,
  String.raw`(?:hace|há)\s+(?:un[ao]?|\d+)\s+\p{L}+|vor\s+(?:einer?|\d+)\s+\p{L}+|il y a\s+(?:une?|\d+)\s+\p{L}+|\d+\s+\p{L}+\s+назад`,
].join('|');
const THREAD_HEADER = new RegExp(
  String.raw`^\s*(?:(?:@?[\w.-]+\s+)?(?:commented|replied|edited|updated|posted|reviewed|answered|asked|wrote)\s+|.{1,60}\s[·•]\s*)?(?:${AGE})\s*(?:\((?:edited|modifié|bearbeitet|editado|編集済み|已编辑|已編輯)\))?\s*$`,
  'iu',
);
/** A word every such age has: most lines have none, and the header pattern is not tried on them. */
const AGE_WORD = /ago|yesterday|just now|前|昨|刚|剛|たった|전|어제|방금|hace|há|vor|il y a|назад/i;
/** A comment's author line above its age: a handle or a short name ("@reviewbot", "reviewbot bot", "Jane Roe"). */
const AUTHOR_LINE = /^\s*@?[\p{L}\p{N}_.-]+(?:\s+[\p{L}\p{N}_.-]+){0,2}\s*$/u;
/** "Docs > Guides > Upload files" or "Home / API / Files": three or more segments. */
const BREADCRUMB = /^\s*[^>›»/\s][^>›»/]{0,40}(?:\s[>›»/]\s[^>›»/]{1,40}){2,}\s*$/;
/** A URL that ends the line, not one closed inside parentheses ("... (see https://x)"). */
const ENDS_IN_URL = /\bhttps?:\/\/\S+(?<![)\]])\s*$/;
/**
 * A shell prompt: "$ cmd", "➜  repo git:(main) ✗ cmd", "❯ /cmd", "user@host:~/x$ cmd", zsh's default
 * "user@host dir % cmd" (macOS) and bash's "host:dir user$ cmd", with the git branch a prompt may show
 * ("user@host:~/x (main)$"); fish's "user@host ~/x> cmd"; bash's own "bash-5.2$ cmd"; Windows PowerShell's
 * "PS C:\x> cmd" and cmd's "C:\x>cmd"; zsh's short "dir % " when a program's name follows it (so "80 % of" and
 * "x % y" are words). Anywhere in a line it starts a terminal paste ("this happens ➜  repo git:(main) ✗ poetry
 * shell": the words before it are the user's, the command after it the terminal's).
 */
const BRANCH = String.raw`(?: \([^()\s]+\))?`;
const PROMPT_PROGRAM = String.raw`(?:git|gh|npm|npx|yarn|pnpm|bunx?|node|deno|python3?|pip3?|uvx?|poetry|pytest|cargo|rustc|go|make|cmake|docker|kubectl|helm|terraform|dotnet|mvn|gradle|\.\/\S+|ls|cd|cat|rm|mv|cp|mkdir|brew|flutter|dart|fvm|melos|swift|xcodebuild|pod|bundle|rails|rake|ruby|php|composer|java|tsc|curl|wget|ssh|sudo|source|export|echo|mix|claude|codex)\b`;
const PROMPT = new RegExp(
  [
    String.raw`(?:^|\s)(?:[➜❯]\s+\S`,
    String.raw`\S+@[\w.-]+:[~/]\S*${BRANCH}[$#](?:\s|$)`,
    String.raw`\S+@[\w.-]+ [^\s%#$]+${BRANCH} [%#](?:\s|$)`,
    String.raw`\S+@[\w.-]+ [~/][^\s>]*${BRANCH}> `,
    String.raw`[\w.-]+:\S+ \w[\w.-]*\$(?:\s|$)`,
    String.raw`(?:ba|z)?sh-\d+(?:\.\d+)*[$#] `,
    String.raw`PS [A-Z]:\\[^>\n]*> `,
    String.raw`[A-Z]:\\[^>\s]*> ?[A-Za-z][\w.-]*(?:\s|$)`,
    String.raw`[\w.~/-]*[A-Za-z~][\w.~/-]*${BRANCH} % ${PROMPT_PROGRAM})`,
    String.raw`^\s*(?:[$%»λ]|PS [A-Z]:\\[^>]*>)\s`,
  ].join('|'),
);
/**
 * A framing line: short, ends in ':', and names what follows as something received or read (an output,
 * a log, a page), not as something the user is about to say ("Rules for this repo:" frames the user's own).
 */
const FRAMING_SOURCE =
  /\b(?:got|get(?:ting)?|see|says?|said|shows?|printed|returns?|returned|outputs?|errors?|logs?|trace(?:back)?|stack|message|docs?|documentation|page|article|site|wiki|readme|spec|manual|guide|tutorial|changelog|reads?)\b/i;

/**
 * A framing line naming a document by its file as the source ("From CONTRIBUTING.md:", "Per docs/setup.md:"): the
 * file's text follows. "Add this to CLAUDE.md:" names where the user's own words go, not where they come from.
 */
const FRAMING_FILE = /\b(?:from|per|according\s+to|quoting)\s+(?:the\s+|our\s+|my\s+|this\s+)?[\w./-]+\.(?:md|mdx|rst|txt|adoc|html?)\b/i;

/** A line's cells when it is a row of a table: runs of two or more spaces, tabs or pipes separate them. */
function cells(row: string): string[] {
  if (!row.includes('  ') && !row.includes('\t') && !row.includes('|')) return [];
  const parts = row
    .split(/\t|\s{2,}|\s*\|\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  return parts.length >= 3 ? parts : [];
}

/**
 * The last few tool outputs of a session, to tell a line the user copied from one. Bounded: at most
 * ECHO_RESULTS outputs of ECHO_CHARS each, and their table cells are listed once, when first needed.
 */
export class RecentOutputs {
  private outputs: { text: string; cells?: string[] }[] = [];
  /**
   * What the agent itself wrote (its replies, a plan it proposed): a window of its own, so a chatty agent
   * does not push the tool outputs out of theirs.
   */
  private authored: string[] = [];

  add(text: string): void {
    this.outputs = [...this.outputs.slice(-(ECHO_RESULTS - 1)), { text: text.slice(0, ECHO_CHARS) }];
  }

  /**
   * Text the agent wrote: a plan handed back as "Implement the following plan: ..." is the agent's plan,
   * its "## Conventions" section the agent's words, not rules the user gave.
   */
  addAuthored(text: string): void {
    this.authored = [...this.authored.slice(-(ECHO_RESULTS - 1)), text.slice(0, ECHO_CHARS)];
  }

  /**
   * Whether a line repeats, whole, what the agent wrote. Not part of echoes(): in a short message the user
   * may quote the agent's line to agree or object; only a long spec made of it is the agent's (own-sections.ts).
   */
  wrote(line: string): boolean {
    const t = line.trim();
    return t.length >= 24 && t.split(/\s+/).length >= 3 && this.authored.some((a) => a.includes(t));
  }

  /**
   * Whether a line of the user's message repeats what a tool printed: the whole line (long enough not to be
   * a coincidence), or a multi-word cell of a table row the tool listed.
   */
  echoes(line: string): boolean {
    const t = line.trim();
    if (t.length < 12) return false;
    const whole = t.length >= 24 && t.split(/\s+/).length >= 3;
    for (const out of this.outputs) {
      if (whole && out.text.includes(t)) return true;
      out.cells ??= out.text.split('\n').flatMap((row) => cells(row).filter((c) => c.length >= 12 && c.includes(' ')));
      if (out.cells.some((c) => t.includes(c))) return true;
    }
    return false;
  }
}

/** Which lines of a message were pasted (true at their index), given the tool outputs shortly before it. */
function pastedLines(text: string, outputs?: RecentOutputs): boolean[] {
  const lines = text.split(/\r?\n/);
  const pasted = lines.map(() => false);
  let fenced = false;
  let logRun = false;
  let rest = false;
  // The next line that is not blank, whose shape decides whether a framing line opens a paste.
  const next = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j]?.trim()) j++;
    return lines[j] ?? '';
  };
  lines.forEach((line, i) => {
    const blank = !line.trim();
    if (FENCE.test(line)) {
      fenced = !fenced;
      pasted[i] = true;
      return;
    }
    if (blank) {
      logRun = false;
      return;
    }
    if (fenced || rest) {
      pasted[i] = true;
      return;
    }
    const log = LOG.test(line);
    const header = AGE_WORD.test(line) && THREAD_HEADER.test(line);
    // The author line just above a comment's age belongs to its header, and a handle ("@reviewbot") above that.
    if (header) {
      const above = [i - 1, i - 2].filter((j) => j >= 0 && AUTHOR_LINE.test(lines[j]!));
      if (above[0] === i - 1) pasted[i - 1] = true;
      if (above[0] === i - 1 && above[1] === i - 2 && lines[i - 2]!.trim().startsWith('@')) pasted[i - 2] = true;
    }
    const chrome = header || CHROME.test(line) || BREADCRUMB.test(line);
    const prompt = PROMPT.exec(line);
    const promptFirst = !!prompt && !line.slice(0, prompt.index).trim();
    pasted[i] =
      log ||
      logRun ||
      chrome ||
      promptFirst ||
      QUOTE.test(line) ||
      INDENTED.test(line) ||
      DATA.test(line) ||
      (outputs?.echoes(line) ?? false);
    // An error's own lines follow it to the end of its paragraph.
    logRun ||= log;
    // What comes after a line that names its source is that source's text, to the end of the message;
    // so is what comes after a page's chrome (the page itself) and after a shell prompt (the terminal's).
    // A fenced block after the framing line bounds the paste itself: the user's lines after it are theirs.
    // A URL opens a paste only when the page's text follows on the next line; after a blank line the
    // user may be speaking again.
    // The framing may be the last sentence of a line the user began with their own words ("Never run the
    // seed on staging. This is what it printed:").
    const t = line.trim();
    const last = t.split(/(?<=[.!?])\s+/).pop() ?? t;
    const framing =
      (ENDS_IN_URL.test(t) && !!lines[i + 1]?.trim()) ||
      (last.endsWith(':') && last.length <= 80 && (FRAMING_SOURCE.test(last) || FRAMING_FILE.test(last)));
    if (chrome || prompt || (framing && !FENCE.test(next(i)))) rest = true;
  });
  return pasted;
}

/**
 * A clause before a colon that reports what something printed ("This is what the linter printed:", "I got this:") or
 * what someone else said ("Ana said:", "The docs say:"): what follows it on the same line is not the user's ("… error:
 * never use var" read as the user's was "Use error, not var."). The user saying it themselves ("I told you: …", "how
 * many times do I have to say it: …") still speaks.
 */
const RECEIVED = /\b(?:printed|prints?|got|gets?|getting|see|shows?|showed|returns?|returned|outputs?|reads?)\b/i;
const SAID = /\b(?:says?|said|tells?|told|writes?|wrote|answered|replied|suggests?|suggested|recommends?|recommended)\b/i;
const SPEAKER = /\b(?:i|we|i'm|i've|i'd|i'll|we've|we're)\b/i;
const MAX_FRAME = 80;
/** Where a line's reported text starts, after its reporting clause and colon, or -1. */
function reportedTail(line: string): number {
  for (let at = line.indexOf(':'); at > 0 && at <= MAX_FRAME; at = line.indexOf(':', at + 1)) {
    if (!/^\s+\S/.test(line.slice(at + 1))) continue;
    const clause =
      line
        .slice(0, at)
        .split(/(?<=[.!?])\s+/)
        .pop() ?? '';
    if (clause.includes('`')) continue;
    if (RECEIVED.test(clause) || (SAID.test(clause) && !SPEAKER.test(clause))) return at + 1;
  }
  return -1;
}

/** The message with its pasted lines blanked, so the user's own sentences keep their places. */
function ownText(text: string, outputs?: RecentOutputs): string {
  const pasted = pastedLines(text, outputs);
  return text
    .split(/\r?\n/)
    .map((l, i) => {
      if (pasted[i]) return '';
      // A prompt inside the line: the command after it is the terminal's.
      const prompt = PROMPT.exec(l);
      const own = prompt ? l.slice(0, prompt.index) : l;
      const tail = reportedTail(own);
      return tail < 0 ? own : own.slice(0, tail);
    })
    .join('\n');
}

/**
 * ownText of a message, worked out on first use and kept: the instruction miner and the swapped-program
 * check read the same message, and neither may need it (each first rules out messages by their size).
 */
export function lazyOwnText(text: string, outputs?: RecentOutputs): () => string {
  let own: string | undefined;
  return () => (own ??= ownText(text, outputs));
}
