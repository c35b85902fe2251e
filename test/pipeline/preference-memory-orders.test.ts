/**
 * Memory already orders the tool the sessions prefer ("Use `uv` for Python dependencies") and the sessions say "uv, not
 * pip": main added "Use uv, not pip." beside the line, a near duplicate (helper probe9, session 24). The entry that orders
 * the preferred tool now says it (engine/offline/instruction-lessons.ts entryOrdersTool); with no record that agents
 * used the rejected tool, the line is left as it is. Controls: an entry on another tool, one that runs a command starting
 * with the tool, one that forbids the tool, one that only mentions it, each still gets the rule.
 */
import { describe, expect, it } from 'vitest';
import { editsBesideEntry } from '../helpers/memory-world.js';

describe('a preference whose tool memory already orders', () => {
  it.each<[string, string]>([
    ['uv instead of pip please.', 'Dependencies: use `uv`.'],
    ['Use pnpm, not yarn.', 'Use `pnpm` (workspace root).'],
    ['Use ruff, not black.', 'Format and lint with `ruff`.'],
    ['Use bun instead of npm.', 'Run every script with bun.'],
    ['Please use poetry instead of pip.', 'Manage dependencies with poetry for every package.'],
  ])('no second rule beside the line: %s', async (said, entry) => {
    expect(await editsBesideEntry(said, entry)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Use pnpm, not yarn.', 'Never use `pnpm` in the docs folder.'],
    ['Use uv, not pip.', 'Use `uvx` for one-off tools.'],
    ['Use bun, not npm.', 'The docs mention `bun` once.'],
    ['Use ruff, not flake8.', 'Use `pnpm` for installs.'],
    // A command that starts with the tool orders the command: the package manager is still the lesson's.
    ['Use npm, not yarn.', 'Build the web UI with `npm run build`.'],
    ['Use uv, not pip.', 'Sync with `uv sync` after pulling.'],
  ])('another tool, a command, a prohibition or a mention: the rule is added, %s', async (said, entry) => {
    const added = (await editsBesideEntry(said, entry)).filter((e) => e.op === 'add');
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((e) => /^Use \w+, not \w+/.test(e.after ?? ''))).toBe(true);
  });
});
