/**
 * An answer to the agent's own question of options is a decision for the task, not a tool swap. The agent asks
 * "Should it be a TUI, a browser app or a native window?" and the user answers "Browser, not native.": read as a
 * preference it reached memory as "Use browser, not native." (round 9, a Codex session). The structure that tells it
 * from a swap: every side of the answer is one of the options the agent just offered in a question, and no side is
 * something the session ran (a command, a program) or that the user wrote as code. "pnpm, not npm" after the agent ran
 * `npm install` stays a swap, so does "Use `uv`, not pip" whatever was asked.
 */

/** How much of the agent's reply is read: a question of options is asked at its end. */
const TAIL = 600;
/** A question that offers options names them with "or", "/" or "vs": "TUI, browser or native?", "tabs / sidebar?". */
const ALTERNATIVES = /\bor\b|\s\/\s|\bvs\.?\s|\bversus\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}@.+_-]*/gu;
/** "browsers" offers what "browser" picks. */
const stem = (w: string): string => w.toLowerCase().replace(/[.]+$/, '').replace(/s$/, '');

/** The words of the questions of options that end the agent's reply; empty when it asks none. */
export function offeredOptions(agentText: string): ReadonlySet<string> {
  const tail = agentText.slice(-TAIL);
  const out = new Set<string>();
  for (const question of tail.split(/(?<=[.!?])\s+|\n+/)) {
    if (!question.trimEnd().endsWith('?') || !ALTERNATIVES.test(question)) continue;
    for (const w of question.match(WORD) ?? []) out.add(stem(w));
  }
  return out;
}

/**
 * The program names a session's commands used, bounded: a side the agent ran is a tool, however it was offered.
 * Every word of the command line, so `npx eslint` and `uv run pytest` name eslint and pytest too.
 */
export class RanPrograms {
  private readonly names = new Set<string>();
  /**
   * Commands not yet split into words. Most sessions never answer a question of options, so the words are read on
   * the first ask rather than on every tool call of every session (the same commands in the same order: the same set).
   */
  private pending: string[] = [];
  private static readonly MAX = 4096;

  add(command: string | undefined): void {
    if (command && this.names.size < RanPrograms.MAX) this.pending.push(command);
  }

  has(word: string): boolean {
    this.drain();
    return this.names.has(stem(word));
  }

  private drain(): void {
    const pending = this.pending;
    this.pending = [];
    for (const command of pending)
      for (const w of command.slice(0, 400).match(WORD) ?? []) {
        if (this.names.size >= RanPrograms.MAX) return;
        this.names.add(stem(w));
      }
  }
}

/** Whether the user wrote `side` as code in the answer ("Use `uv`, not pip"): code names a tool. */
const asCode = (side: string, said: string): boolean => said.toLowerCase().includes(`\`${side.toLowerCase()}`);

/**
 * Whether a preference (`use` over each of `nots`) only picks among the options the agent just offered: every side's
 * every word is an offered option, and no side was run in the session or written as code by the user.
 */
export function picksOfferedOption(
  sides: { use: string; nots: readonly string[] },
  context: { offered: ReadonlySet<string>; ran: RanPrograms; said: string },
): boolean {
  const { offered, ran, said } = context;
  if (offered.size === 0) return false;
  const all = [sides.use, ...sides.nots];
  const words = all.flatMap((s) => s.match(WORD) ?? []);
  if (words.length === 0 || !words.every((w) => offered.has(stem(w)))) return false;
  return !all.some((s) => asCode(s, said) || (s.match(WORD) ?? []).some((w) => ran.has(w)));
}
