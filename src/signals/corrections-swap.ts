/**
 * A correction the user makes by naming the right program, however it is worded ("pnpm add lodash.
 * we're a pnpm shop", "I said make test", "That's not how we install things here. We use pnpm."),
 * recognised by what happens around it rather than by its words: the agent ran `X <rest>`, the user
 * spoke and named Y, and the agent's next command was `Y <rest>` with the same subcommand and
 * arguments, and it worked. The user's word names the program; the commands prove it took X's place.
 */
import type { SessionEvent, ToolCallEvent } from '../model/index.js';
import { commandCore, parseCommand, type CommandShape } from './command.js';
import { TRANSIENT } from './corrections.js';
import { standingScope } from './rule-wording.js';
import { MAX_MESSAGE, shortOwnText } from './own-sections.js';
import { escapeRegExp } from './normalize.js';
import { saysThisConversation } from './lingua/this-conversation.js';

/** How far past the user's turn the agent's next command may be (its text, a todo list...). */
const LOOKAHEAD = 12;
/** A suggestion or a question about options is not a correction ("maybe try pnpm?"). */
const HEDGE = /\b(?:maybe|perhaps|might|could you|can you|what about|how about|what if|is it|should we|do we|does)\b|[¿？]/i;

/**
 * Programs that stand in for each other as a whole (package managers): the user rejected the program,
 * so the rule names programs. Between other programs (`npm test` -> `make test`) only that command
 * was replaced, so the rule names the commands without their arguments.
 */
const INTERCHANGEABLE: readonly ReadonlySet<string>[] = [
  new Set(['npm', 'pnpm', 'yarn', 'bun']),
  new Set(['pip', 'pip3', 'uv', 'poetry', 'pipenv', 'conda']),
];
/**
 * Programs that do one job in different ways, so their arguments differ (`flake8 src` -> `ruff check src`, `jest` ->
 * `vitest run`): the user's naming the new one and the agent's switch carry the swap, and the rule names programs.
 */
const SAME_JOB: readonly ReadonlySet<string>[] = [
  new Set(['jest', 'vitest', 'mocha', 'ava']),
  new Set(['flake8', 'ruff', 'pylint', 'pyflakes', 'pycodestyle']),
  new Set(['black', 'autopep8', 'yapf']),
  new Set(['eslint', 'biome', 'oxlint']),
  new Set(['prettier', 'dprint']),
];

/**
 * The programs that could stand in for `program` in a rule about it, itself included (`pnpm`: npm,
 * pnpm, yarn, bun), or nothing when it is in no group: a rule naming one of them is about the choice
 * among them, whichever one a session runs.
 */
export function toolGroup(program: string): readonly string[] {
  const g = INTERCHANGEABLE.find((x) => x.has(program)) ?? SAME_JOB.find((x) => x.has(program));
  return g ? [...g] : [];
}

/**
 * The user objects, in some words: without this (or the agent's action failing or being rejected
 * just before, or the user naming the house tool) "great, now run make test" after `npm test` would
 * read as a correction.
 */
const OBJECTION =
  /\b(?:no|nope|not|don'?t|never|stop|wrong|why|again|told you|i said|instead|rather|come on|ugh|seriously|really)\b|\?!|!\?|!!/i;
/**
 * The same in other languages: a negation word ("kein yarn", "pas de flake8", "不要用npm"). The switch and the named
 * program carry the rule; the word only says the user objected, so a bare word of each language is enough.
 */
const OBJECTION_ELSEWHERE =
  /(?<![\p{L}])(?:kein(?:e[nmrs]?)?|nicht|nein|pas|non(?!-)|jamais|nunca|não|nao|не|нет|нельзя)(?![\p{L}])|不|别|別|没|ない|하지\s*마|말고/iu;

const rest = (s: CommandShape) => [...s.sub, ...s.args].join(' ');
const named = (text: string, word: string) => new RegExp(`(^|[^\\w-])${escapeRegExp(word)}($|[^\\w-])`, 'i').test(text);

/** The agent's next command after position `from`, with whether it succeeded, before anyone speaks again. */
function nextCommand(events: readonly SessionEvent[], from: number): { call: ToolCallEvent; ok: boolean } | undefined {
  for (let j = from + 1; j < events.length && j <= from + LOOKAHEAD; j++) {
    const e = events[j];
    if (!e || e.kind === 'user_prompt' || e.kind === 'interrupt' || e.kind === 'permission_denial') return undefined;
    if (e.kind !== 'tool_call' || !e.command) continue;
    const result = events
      .slice(j + 1, j + 1 + LOOKAHEAD)
      .find((r) => r.kind === 'tool_result' && (r.callId === undefined || r.callId === e.callId));
    return { call: e, ok: result?.kind === 'tool_result' && result.ok };
  }
  return undefined;
}

/**
 * The program the user put in place of the one the agent ran, when the turn at `at` did that:
 * `{ use: 'pnpm', not: 'yarn' }`. `lastCall` is the agent's last call before the turn.
 */
export function swappedProgram(
  events: readonly SessionEvent[],
  at: number,
  turn: { lastCall: ToolCallEvent | undefined; correction: boolean; own: () => string },
): { use: string; not: string } | undefined {
  const e = events[at];
  const lastCall = turn.lastCall;
  if (e?.kind !== 'user_prompt' || !lastCall?.command || e.text.length > MAX_MESSAGE) return undefined;
  // Only the user's own lines: a pasted log or page that names a program, objects or hedges is not the user saying so.
  // The size bar is theirs too: "pnpm! look: ```<a long log>```" is a short turn with a paste in it.
  // A typed apostrophe may be the typographic one ("don’t").
  const said = turn.own().replace(/\u2019/g, "'");
  // "use bun instead of yarn for now" swaps for this moment only.
  if (!shortOwnText(said) || HEDGE.test(said) || TRANSIENT.test(said) || saysThisConversation(said)) return undefined;
  if (!turn.correction && !OBJECTION.test(said) && !OBJECTION_ELSEWHERE.test(said) && !standingScope(said)) return undefined;
  const before = parseCommand(lastCall.command);
  const next = nextCommand(events, at);
  const after = next?.ok ? parseCommand(next.call.command ?? '') : undefined;
  if (!before || !after || before.program === after.program) return undefined;
  // The user must have named the new program: an agent that switched on its own learned nothing from the user.
  if (!named(said, after.program)) return undefined;
  if (SAME_JOB.some((g) => g.has(before.program) && g.has(after.program))) return { use: after.program, not: before.program };
  if (rest(before) === '' || rest(before) !== rest(after)) return undefined;
  if (INTERCHANGEABLE.some((g) => g.has(before.program) && g.has(after.program))) return { use: after.program, not: before.program };
  return { use: commandCore(after), not: commandCore(before) };
}
