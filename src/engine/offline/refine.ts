/**
 * A lesson that refines an entry updates that entry. When memory names a command that fails until
 * each session adds a value of its own (`git push` on a new branch needs the branch name), the entry
 * is right but incomplete: it gains the working form in place rather than a competing line beside it.
 */
import type { Edit, MemoryEntry, MemoryFile, Pattern } from '../../model/index.js';
import { failurePhrase } from '../../signals/index.js';
import { fromPattern, makeEdit, supportText } from './build.js';
import { commonFailed, commonFixed, perSessionArgNoun } from './lessons.js';

/** The failure line the sessions share, without per-session names: the cited error of the first signal. */
function errorOf(p: Pattern): string {
  const quotes = p.signals.map((s) => s.evidence[0]?.quote ?? '').filter(Boolean);
  const named = failurePhrase(quotes[0] ?? '');
  // A quoted line names a branch or a path of one session: only an exception name is safe to repeat.
  return named && !named.startsWith('"') ? ` (${named})` : '';
}

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
  const after = `${body} (if plain \`${failed}\` fails${errorOf(p)}, run \`${fixed}\` followed by ${noun}).`;
  return makeEdit({
    op: 'update',
    file: file.path,
    entryId: entry.id,
    before: entry.text,
    after,
    rationale: `\`${failed}\` failed and \`${fixed}\` with ${noun} worked, in ${supportText(p)}: the entry names \`${failed}\`, so it is completed in place rather than contradicted by a new line.`,
    ...fromPattern(p),
  });
}
