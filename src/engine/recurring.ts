/**
 * A lesson memory already holds but sessions keep hitting after it was adopted (efficacy verdict
 * `recurring`): mark the entry IMPORTANT, with the post-adoption episodes as evidence. The entry is
 * found by where it sits (its file, its text's hash as adoption found it), never by a quote. A hook
 * or CI check is only suggested in the rationale and the PR body: hooks and settings are not memory.
 */
import type { Edit, LessonEfficacy, MemoryFile } from '../model/index.js';
import { entryUpdate, makeEdit } from './offline/build.js';
import { markedImportant } from './offline/strengthen.js';

export function strengthenRecurring(
  lesson: LessonEfficacy,
  memory: readonly MemoryFile[],
  entryHashOf: (text: string) => string,
): Edit | undefined {
  if (lesson.verdict !== 'recurring' || !lesson.evidence?.length) return undefined;
  const file = memory.find((f) => f.path === lesson.file);
  const target = lesson.entry.trim();
  const entry = file?.entries.find((e) => entryHashOf(e.text) === entryHashOf(target));
  // Already marked, or several lines long: the table says so and a person decides.
  const after = entry ? markedImportant(entry.text) : undefined;
  if (!file || !entry || after === undefined) return undefined;
  const hits = lesson.after;
  return makeEdit({
    ...entryUpdate(file, entry, after),
    rationale:
      `Adopted ${lesson.adoptedAt.slice(0, 10)} (${lesson.adoptedIn.slice(0, 7)}), yet hit ${hits.episodes} time(s) in ${hits.sessions} session(s) since: ` +
      `memory says it and agents miss it, so it is marked IMPORTANT.${lesson.suggestion ? ` ${lesson.suggestion}` : ''}`,
    evidence: lesson.evidence.map((e) => ({ ...e })),
    patternId: lesson.patternId,
    support: { sessions: lesson.after.sessions, agents: 1 },
  });
}
