/**
 * Claude Code 2.1's collapsed groups of reads and searches in a console capture (console.ts): "Read 3 files",
 * "Searched for 2 patterns, read 4 files (ctrl+o to expand)", "Reading 1 file…" while they run, drawn in place of
 * each call. Collapsed, the UI shows neither the calls' inputs nor their outputs; where the capture lists the calls
 * under the group as the UI draws a call ("⎿  Read(src/a.ts)", "Search(pattern: \"TODO\", path: \"src\")"), the
 * inputs are taken from there. Later 2.1 versions fold shell commands and thinking into the group too ("Thought for
 * 6m 9s, read 24 files, ran 13 shell commands", "Committed 4f1c2e9, ran 1 shell command") and draw it unmarked,
 * indented under the block before it.
 */

/** One part of a group line, by its verb; group 2 is the count of calls it stands for, when it counts them. */
const GROUP_PART =
  /^(read(?:ing)? (\d{1,6}) files?|search(?:ed|ing) for (\d{1,6}) patterns?|list(?:ed|ing) (\d{1,6}) director(?:y|ies)|r(?:an|unning) (\d{1,6}) shell commands?|(?:thought|thinking) for \d+(?:\.\d+)?(?:ms|[smh])(?: \d+[sm])?|committed [0-9a-f]{7,40}|merged \S+)$/i;
/** What the UI draws after the parts: the time a running group has taken, "…", the expand hint. */
const GROUP_TAIL = /\s*(?:· \d+(?:\.\d+)?[smh](?: \d+[sm])?)?\s*(?:…|\.\.\.)?\s*(?:\(ctrl\+[a-z] to expand\))?$/;
/** The UI's hint that the line folds what it stands for: only a group or an output cut short carries it. */
export const EXPAND_HINT = /\(ctrl\+[a-z] to expand\)\s*$/;
/**
 * The tool each part of a group stands for, as the session file names it: the shell commands it ran, one git
 * commit or merge it names as such; thinking is no call.
 */
const GROUP_TOOLS: [RegExp, string | undefined][] = [
  [/^read/i, 'Read'],
  [/^search/i, 'Grep'],
  [/^list/i, 'LS'],
  [/^(?:ran|running|committed|merged)/i, 'Bash'],
  [/^thought|^thinking/i, undefined],
];
/** Calls one group line stands for, at most: the count is the UI's text, so it is bounded before it is believed. */
const GROUP_MAX = 200;

/**
 * The calls a collapsed group line counts, in its order (none for a line of thinking alone); undefined when the
 * text is not such a line, whole.
 */
export function groupCalls(text: string): string[] | undefined {
  if (text.includes('\n')) return undefined;
  const parts = text.replace(GROUP_TAIL, '').split(/, (?:and )?/);
  const names: string[] = [];
  for (const part of parts) {
    const m = GROUP_PART.exec(part);
    if (!m) return undefined;
    const name = GROUP_TOOLS.find(([re]) => re.test(m[1]!))![1];
    if (!name) continue;
    const count = Math.min(Number(m[2] ?? m[3] ?? m[4] ?? m[5] ?? 1), GROUP_MAX - names.length);
    for (let i = 0; i < count; i++) names.push(name);
  }
  return names;
}

/** How the UI draws each kind of call a group counts when it draws the call itself (Glob and Grep both as Search). */
const DRAWN_AS: Record<string, RegExp> = { Read: /^Read$/, Grep: /^(?:Search|Grep|Glob)$/, LS: /^(?:List|LS)$/ };
/** Lines the UI writes under a group besides its calls: the rest it did not list, a memory file a read loaded. */
const GROUP_NOTE = /^(?:\+\d+ more tool uses?\b.*|Loaded \S.*)$/;

/** A call as the UI draws it: its tool and its input as a transcript records it. */
type DrawnCall = (line: string) => { name: string; input: { command: string } | { input: string } } | undefined;

/** A group line held until what is under it is read, and the inputs listed there. */
export class ConsoleGroup {
  private readonly listed: { name: string; input: unknown }[] = [];
  /** A line under the group drew a call it does not count: the lines are not its listing. */
  private foreign = false;

  constructor(
    private readonly names: string[],
    readonly where: { line: number },
  ) {}

  /**
   * Takes a block drawn under the group when every line of it draws one of its calls or is the UI's note (then
   * true); a block that says anything else is not the group's (false), and ends it.
   */
  lists(text: string, drawn: DrawnCall): boolean {
    const lines = text.split('\n');
    const calls = lines.map((l) => (GROUP_NOTE.test(l) ? null : drawn(l)));
    if (calls.some((c) => c === undefined)) return false;
    for (const c of calls) {
      if (!c) continue;
      const kind = Object.keys(DRAWN_AS).find((k) => DRAWN_AS[k]!.test(c.name));
      if (!kind || !this.names.includes(kind) || this.listed.length >= this.names.length) this.foreign = true;
      else this.listed.push({ name: kind, input: c.input });
    }
    return true;
  }

  /**
   * The group's calls in order, each with the input listed for it when the listing fits the group (no kind listed
   * more often than the group counts it, nothing listed that it does not count); input-less otherwise.
   */
  calls(): { name: string; input: unknown }[] {
    const byKind = new Map<string, unknown[]>();
    for (const l of this.listed) {
      const inputs = byKind.get(l.name);
      if (inputs) inputs.push(l.input);
      else byKind.set(l.name, [l.input]);
    }
    const fits = !this.foreign && [...byKind].every(([kind, inputs]) => inputs.length <= this.names.filter((n) => n === kind).length);
    return this.names.map((name) => ({ name, input: (fits ? byKind.get(name)?.shift() : undefined) ?? {} }));
  }
}
