/**
 * A user who answers what the agent just did with nothing but a rules file ("@test-driven-bugfix.mdc",
 * "see CLAUDE.md", "read AGENTS.md again", "follow @rules/testing.mdc") is saying a rule there was broken,
 * without saying which. Memory holds the rule already, so there is no line to add, and the mention names
 * no entry to strengthen: the pattern is reported (engine/offline notes), never turned into an edit.
 *
 * Read only from the user's own text (pastes blanked), only when the agent acted since the user last
 * spoke, and only when the message is the pointer and little else: "update CLAUDE.md with this" asks for
 * an edit, "what does AGENTS.md say about tests?" asks a question.
 */

/** A file agents read as standing rules: the memory files, Cursor and Windsurf rules, Copilot instructions. */
const RULES_FILE =
  /(?:^|[\s(@`'"])@?`?((?:[\w.-]+\/)*(?:CLAUDE\.md|AGENTS\.md|AGENTS\.override\.md|GEMINI\.md|\.cursorrules|\.windsurfrules|copilot-instructions\.md|[\w.-]+\.mdc|[\w.-]+\.instructions\.md)|\.claude\/rules\/(?:[\w.-]+\/)*[\w.-]+\.md)`?(?=[\s,.;:!?)'"]|$)/i;
/** Words a pointer may hold besides the file: where to look, and that the agent should have. */
const POINTER_WORDS = new Set(
  (
    'see read reread re-read check follow look at in the rules rule per as says said stated remember again please ' +
    "you forgot did not didn’t didn't it first and our this file instructions guidelines carefully closely"
  ).split(' '),
);
/** A message this long says more than "look there". */
const MAX_POINTER = 120;

/** The rules file a message only points at, or undefined when it is more (or other) than a pointer. */
export function pointedRulesFile(own: string): string | undefined {
  const text = own.trim();
  if (!text || text.length > MAX_POINTER || text.endsWith('?')) return undefined;
  const m = RULES_FILE.exec(text);
  if (!m) return undefined;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).toLowerCase();
  const words = rest.match(/[\p{L}'’-]+/gu) ?? [];
  if (!words.every((w) => POINTER_WORDS.has(w))) return undefined;
  return m[1]!.replace(/^\.\//, '');
}
