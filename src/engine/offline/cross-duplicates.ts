/**
 * The same rule in the root CLAUDE.md and in a `.claude/rules` file Claude always loads beside it (one without `paths:`
 * in its front matter): the CLAUDE.md copy goes, the rule file still reaches every agent that read it. A rule file
 * scoped to some paths is not always loaded, and a file read by other agents (an AGENTS.md) is left alone: even where
 * CLAUDE.md imports it, the labelled evaluation keeps both copies, and a deletion there is a reviewer's call.
 */
import type { Edit, MemoryEntry, MemoryFile } from '../../model/index.js';
import { makeEdit } from './build.js';
import { editable, sameSaying, sayingOf, type Saying } from './hygiene.js';
import { repoQuote } from './staleness.js';

const ROOT_CLAUDE = new Set(['CLAUDE.md', '.claude/CLAUDE.md']);

/** A rule file Claude loads at every session start. */
const alwaysLoadedRule = (f: MemoryFile) => f.kind === 'rule' && !/^---\r?\n[\s\S]*?^paths\s*:/m.test(f.text);

/** Every word (or every stem) of `a` is in `b`. */
function within(a: Saying, b: Saying): boolean {
  const words = new Set(b.words);
  const stems = new Set(b.meaning);
  return a.words.every((w) => words.has(w)) || a.meaning.every((m) => stems.has(m));
}

export function crossFileDuplicates({ memory, skip }: { memory: readonly MemoryFile[]; skip: ReadonlySet<string> }): Edit[] {
  const edits: Edit[] = [];
  for (const from of memory.filter((f) => ROOT_CLAUDE.has(f.path) && f.redirectTo === undefined)) {
    const keepers = memory.filter((k) => alwaysLoadedRule(k) && from.readBy.every((a) => k.readBy.includes(a)));
    // Only entries naming the same code can say the same thing: grouped by it, each entry is read once. Memory files
    // are small (the budget caps them), so comparing an entry with its group is bounded.
    const bySpans = new Map<string, { entry: MemoryEntry; saying: Saying }[]>();
    for (const k of keepers.flatMap((f) => f.entries.filter(editable))) {
      const saying = sayingOf(k.text);
      const group = bySpans.get(saying.spans) ?? [];
      group.push({ entry: k, saying });
      bySpans.set(saying.spans, group);
    }
    for (const entry of from.entries) {
      if (!editable(entry) || skip.has(entry.id)) continue;
      const saying = sayingOf(entry.text);
      // The copy kept must say all the dropped one says: "Keep functions short." does not stand for "Keep functions
      // short and name them for what they do."
      const twin = bySpans.get(saying.spans)?.find((k) => sameSaying(saying, k.saying) && within(saying, k.saying));
      if (!twin) continue;
      edits.push(
        makeEdit({
          op: 'delete',
          file: from.path,
          entryId: entry.id,
          before: entry.text,
          rationale: `${twin.entry.file}:${twin.entry.startLine} says the same, and every agent that reads ${from.path} loads ${twin.entry.file} too; keep one.`,
          evidence: [repoQuote(twin.entry), repoQuote(entry)],
        }),
      );
    }
  }
  return edits;
}
