/**
 * Claude Code 2.1's collapsed groups of reads and searches in a console capture (console.ts): "Read 3 files",
 * "Searched for 2 patterns, read 4 files (ctrl+o to expand)", "Reading 1 file…" while they run, drawn in place of
 * each call. Collapsed, the UI shows neither the calls' inputs nor their outputs; where the capture lists the calls
 * under the group as the UI draws a call ("⎿  Read(src/a.ts)", "Search(pattern: \"TODO\", path: \"src\")"), the
 * inputs are taken from there.
 */

const GROUP_PART = /^(read(?:ing)?|searched for|searching for|listed|listing) (\d{1,6}) (files?|patterns?|director(?:y|ies))$/i;
const GROUP_TAIL = /\s*(?:…|\.\.\.)?\s*(?:\(ctrl\+[a-z] to expand\))?$/;
/** The tool each part of a group stands for, as the session file names it. */
const GROUP_TOOLS: [RegExp, string][] = [
  [/^read/i, 'Read'],
  [/^search/i, 'Grep'],
  [/^list/i, 'LS'],
];
/** Calls one group line stands for, at most: the count is the UI's text, so it is bounded before it is believed. */
const GROUP_MAX = 200;

/** The calls a collapsed group line counts, in its order; undefined when the text is not such a line, whole. */
export function groupCalls(text: string): string[] | undefined {
  if (text.includes('\n')) return undefined;
  const parts = text.replace(GROUP_TAIL, '').split(/, (?:and )?/);
  const names: string[] = [];
  for (const part of parts) {
    const m = GROUP_PART.exec(part);
    if (!m) return undefined;
    const name = GROUP_TOOLS.find(([re]) => re.test(m[1]!))![1];
    // The noun must fit the verb: "read 2 patterns" is no part of a group.
    const noun = m[3]!.toLowerCase();
    if ((name === 'Read') !== noun.startsWith('file') || (name === 'Grep') !== noun.startsWith('pattern')) return undefined;
    const count = Math.min(Number(m[2]), GROUP_MAX - names.length);
    for (let i = 0; i < count; i++) names.push(name);
  }
  return names.length > 0 ? names : undefined;
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
