/**
 * An edit that grows a memory file past what its agent reads is refused, not written (memory/limits.ts):
 * Codex cuts AGENTS.md off at 32 KiB of raw bytes counted along the root-to-folder chain, Claude Code warns
 * past 40,000 characters (UTF-16 code units). Edges are tested one byte and one character either side, with
 * text whose bytes and characters differ (Japanese is 3 bytes a character, an emoji 4 bytes and 2 units).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/edits/apply.js';
import { CLAUDE_MEMORY_MAX_CHARS, CODEX_PROJECT_DOC_MAX_BYTES } from '../../src/memory/limits.js';
import type { Edit, MemoryFile } from '../../src/model/index.js';
import { edit, file } from './helpers.js';

/** The per-file budget out of the way: the agents' own limits are under test. */
const opts = { budget: { maxLines: 100_000, maxBytes: 1024 * 1024 }, maxDeleteShare: 0.25, maxEntryBytes: 600 };
const LESSON = 'テストの前に `pnpm build` を実行する。';
/** What adding LESSON as a bullet at the end of a file that ends in a bullet adds: "- " + lesson + "\n". */
const added = `- ${LESSON}\n`;
const addedBytes = Buffer.byteLength(added, 'utf8');

/** A memory file of `bytes` UTF-8 bytes ending in a bullet, made of multi-byte lines. */
function textOfBytes(bytes: number): string {
  const head = '# Rules\n\n';
  const line = '- 日本語のルール、必ず守ること。\n';
  let text = head;
  while (Buffer.byteLength(text + line, 'utf8') <= bytes - 16) text += line;
  const rest = bytes - Buffer.byteLength(text, 'utf8') - 3;
  return `${text}- ${'x'.repeat(rest)}\n`;
}

const add = (path: string, after = LESSON): Edit => edit({ op: 'add', file: path, after });
const verdict = (memory: MemoryFile[], e: Edit) => {
  const r = applyEdits(memory, [e], opts);
  return { written: r.changes.map((c) => c.path), rejected: r.rejected.map((x) => [x.by, x.reason]) };
};

describe("Codex's project_doc_max_bytes (32 KiB along the root-to-folder chain)", () => {
  it('the size text helper is exact (multi-byte lines)', () => {
    expect(Buffer.byteLength(textOfBytes(20_000), 'utf8')).toBe(20_000);
    expect(addedBytes).toBeGreaterThan(added.length);
  });

  it('adds a lesson that takes AGENTS.md to exactly 32768 bytes, and refuses one byte more', () => {
    const exact = file('AGENTS.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES - addedBytes));
    expect(verdict([exact], add('AGENTS.md'))).toEqual({ written: ['AGENTS.md'], rejected: [] });
    const over = file('AGENTS.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES - addedBytes + 1));
    const v = verdict([over], add('AGENTS.md'));
    expect(v.written).toEqual([]);
    expect(v.rejected).toEqual([
      [
        'guard:agent-limits',
        expect.stringMatching(/^AGENTS\.md would reach 32769 bytes, past the 32768 bytes Codex reads \(project_doc_max_bytes\)/),
      ],
    ]);
  });

  it("counts a folder's AGENTS.md with every AGENTS.md above it, root first, and a lesson to the root that pushes a folder's file over", () => {
    const root = file('AGENTS.md', textOfBytes(20_000));
    const under = (n: number) => file('services/api/AGENTS.md', textOfBytes(n));
    const fits = CODEX_PROJECT_DOC_MAX_BYTES - 20_000 - addedBytes;
    expect(verdict([root, under(fits)], add('services/api/AGENTS.md')).rejected).toEqual([]);
    const v = verdict([root, under(fits + 1)], add('services/api/AGENTS.md'));
    expect(v.rejected).toEqual([
      [
        'guard:agent-limits',
        expect.stringMatching(/^AGENTS\.md \+ services\/api\/AGENTS\.md \(Codex reads them as one, root first\) would reach 32769 bytes/),
      ],
    ]);
    // The root's lesson is read, but it pushes the end of the folder's file out of what Codex reads there.
    expect(verdict([root, under(fits + 1)], add('AGENTS.md')).rejected).toEqual([
      ['guard:agent-limits', expect.stringMatching(/would reach 32769 bytes/)],
    ]);
    // A sibling folder's file is another chain.
    const sibling = file('services/web/AGENTS.md', textOfBytes(fits + 1));
    expect(verdict([root, sibling], add('services/api/AGENTS.md')).rejected).toEqual([]);
  });

  it('counts what Codex reads: the override, not the AGENTS.md it hides; a blank file takes nothing', () => {
    // Discovery takes Codex off the AGENTS.md an override hides (memory/discover.ts).
    const hidden: MemoryFile = { ...file('AGENTS.md', textOfBytes(30_000)), readBy: ['generic', 'cline'] };
    const override = file('AGENTS.override.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES - addedBytes));
    expect(verdict([hidden, override], add('AGENTS.override.md')).rejected).toEqual([]);
    const blankRoot = file('AGENTS.md', ' \n\n');
    const sub = file('pkg/AGENTS.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES - addedBytes));
    expect(verdict([blankRoot, sub], add('pkg/AGENTS.md')).rejected).toEqual([]);
  });

  it('lets a file already over the limit shrink, and refuses it growing further', () => {
    const big = file('AGENTS.md', `${textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES + 100)}`);
    const last = big.entries[big.entries.length - 1]!;
    expect(verdict([big], edit({ op: 'delete', file: 'AGENTS.md', entryId: last.id, before: last.text })).rejected).toEqual([]);
    expect(verdict([big], add('AGENTS.md')).rejected).toHaveLength(1);
  });

  it('counts two edits of one pass together: the first fits, the second is refused', () => {
    const near = file('AGENTS.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES - addedBytes - 10));
    const r = applyEdits([near], [add('AGENTS.md'), add('AGENTS.md', 'Run `pnpm lint` before pushing.')], opts);
    expect(r.applied).toHaveLength(1);
    expect(r.rejected.map((x) => x.by)).toEqual(['guard:agent-limits']);
  });

  it('leaves files Codex does not read alone (GEMINI.md, CLAUDE.md within its own limit)', () => {
    const gemini = file('GEMINI.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES));
    expect(verdict([gemini], add('GEMINI.md')).rejected).toEqual([]);
    const claude = file('CLAUDE.md', textOfBytes(CODEX_PROJECT_DOC_MAX_BYTES));
    expect(verdict([claude], add('CLAUDE.md')).rejected).toEqual([]);
  });
});

describe("Claude Code's large-memory warning (40,000 characters)", () => {
  /** A CLAUDE.md of `units` UTF-16 code units ending in a bullet, with emoji (2 units, 4 bytes each). */
  const textOfUnits = (units: number): string => {
    const line = '- Emoji 🚀 rules 🚀.\n';
    let text = '# Rules\n\n';
    while ((text + line).length <= units - 16) text += line;
    return `${text}- ${'y'.repeat(units - text.length - 3)}\n`;
  };

  it('adds a lesson that takes CLAUDE.md to exactly 40000 characters, and refuses one more', () => {
    const at = file('CLAUDE.md', textOfUnits(CLAUDE_MEMORY_MAX_CHARS - added.length));
    expect(Buffer.byteLength(at.text, 'utf8')).toBeGreaterThan(CLAUDE_MEMORY_MAX_CHARS - added.length);
    expect(verdict([at], add('CLAUDE.md')).rejected).toEqual([]);
    const over = file('CLAUDE.md', textOfUnits(CLAUDE_MEMORY_MAX_CHARS - added.length + 1));
    expect(verdict([over], add('CLAUDE.md')).rejected).toEqual([
      ['guard:agent-limits', expect.stringMatching(/^CLAUDE\.md would reach 40001 characters, past the 40000 at which Claude Code warns/)],
    ]);
  });

  it('counts a Claude rule file too, but not a skill, which loads on demand', () => {
    const rule = file('.claude/rules/ui.md', textOfUnits(CLAUDE_MEMORY_MAX_CHARS));
    expect(verdict([rule], add('.claude/rules/ui.md')).rejected).toHaveLength(1);
    const skill = file('.claude/skills/ui/SKILL.md', `---\nname: ui\n---\n${textOfUnits(CLAUDE_MEMORY_MAX_CHARS)}`);
    expect(verdict([skill], add('.claude/skills/ui/SKILL.md')).rejected).toEqual([]);
  });
});
