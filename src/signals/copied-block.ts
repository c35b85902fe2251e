/**
 * A rules block copied into many prompts is one source. An orchestrator types the same task template into
 * every session it starts ("## Project Rules\nAlways run tests before pushing.\n..." under a fixed scaffold,
 * only the issue filled in); a slash command expands to the same text each time; a person pastes the same
 * prompt file. Read as a long message's rules section (own-sections.ts), each copy would support the rule
 * once more, and three copies are a "recurring" lesson nobody had to repeat.
 *
 * What makes it a copy is its shape, never its wording: the same rules section, line for line, of a message
 * too long to be typed anew (not shortOwnText), at least MIN_LINES lines of MIN_CHARS letters in all. Such a
 * prompt gets one more occurrence key (occurrence.ts), untimed and placed by the block alone, so the sessions
 * that hold it join as one (same-event.ts) for the patterns mined from it. A rule said in the person's own
 * short message, or in a rules section worded otherwise, keeps counting as before.
 */
import { MAX_MESSAGE, ruleSections, shortOwnText } from './own-sections.js';
import { shortHash } from './normalize.js';

/** Fewer lines could match in two specs by chance ("## Rules\n- use pnpm"); a copied block repeats several. */
const MIN_LINES = 2;
const MIN_CHARS = 60;

/** The hash of a long prompt's rules section, when it is a block long enough to tell a copy by; else undefined. */
export function copiedRulesBlock(text: string): string | undefined {
  if (text.length > MAX_MESSAGE || shortOwnText(text)) return undefined;
  // List marks are already dropped; spacing and case are how copies of one block drift between tools.
  const lines = ruleSections(text)
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
  if (lines.length < MIN_LINES || lines.reduce((n, l) => n + l.length, 0) < MIN_CHARS) return undefined;
  return shortHash(`rules-block\u0000${lines.join('\n')}`, 16);
}
