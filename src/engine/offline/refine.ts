/**
 * A lesson that refines an entry updates that entry. When memory names a command that fails until
 * each session adds a value of its own (`git push` on a new branch needs the branch name), the entry
 * is right but incomplete: it gains the working form in place rather than a competing line beside it.
 */
import type { Edit, MemoryEntry, MemoryFile, Pattern } from '../../model/index.js';
import { fromPattern, entryUpdate, makeEdit, supportText } from './build.js';
import { commonFailed, commonFixed, perSessionArgNoun } from './lessons.js';

export function refineEdit(p: Pattern, memory: readonly MemoryFile[]): Edit | undefined {
  const entryId = p.signals.find((s) => s.memoryEntryId)?.memoryEntryId;
  const file = memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry: MemoryEntry | undefined = file?.entries.find((e) => e.id === entryId);
  const failed = commonFailed(p);
  const fixed = commonFixed(p);
  const noun = perSessionArgNoun(p);
  if (!file || !entry || !failed || !fixed || !noun) return undefined;
  // Only a one-line entry that names the failing command as such can be completed in place.
  if (entry.kind === 'heading' || entry.text.includes('\n') || !entry.text.includes(`\`${failed}\``) || entry.text.includes(`\`${fixed}\``))
    return undefined;
  const body = entry.text.replace(/[.\s]*$/, '');
  const after = `${body} (if plain \`${failed}\` fails, run \`${fixed}\` followed by ${noun}).`;
  return makeEdit({
    ...entryUpdate(file, entry, after),
    rationale: `\`${failed}\` failed and \`${fixed}\` with ${noun} worked, in ${supportText(p)}: the entry names \`${failed}\`, so it is completed in place rather than contradicted by a new line.`,
    ...fromPattern(p),
  });
}
