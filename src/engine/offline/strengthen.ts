/**
 * A rule memory already states but sessions keep breaking: the user corrected agents against it in
 * several sessions. Adding it again would duplicate it; leaving it changes nothing. Mark the entry
 * IMPORTANT (agents weigh marked rules more) and say what would enforce it instead, where the agents have it.
 */
import type { Edit, MemoryEntry, MemoryFile, Pattern } from '../../model/index.js';
import { codeSpans } from '../../signals/index.js';
import { fromPattern, entryUpdate, makeEdit, supportText } from './build.js';
import { enforcement } from './enforce.js';

const BULLET = /^(\s*(?:[-*+]|\d+[.)])\s+)/;

/** What a hook could block: the rejected tool of a preference, else the one command the rule names. */
function enforceable(p: Pattern, entry: MemoryEntry): string | undefined {
  const rejected = p.signals.map((s) => s.failed).find((f): f is string => !!f);
  if (rejected) return rejected.split(' or ')[0];
  const spans = codeSpans(entry.text);
  return spans.length === 1 && /^[\w.-]+(?:\s|$)/.test(spans[0] ?? '') ? spans[0] : undefined;
}

/**
 * The entry marked IMPORTANT after its bullet, or undefined when it is already marked or several lines
 * long: a stronger word will not help there, and a person must decide.
 */
export function markedImportant(text: string): string | undefined {
  if (/\bIMPORTANT\b|\bMUST\b/.test(text) || text.includes('\n')) return undefined;
  const bullet = BULLET.exec(text)?.[1] ?? '';
  return `${bullet}**IMPORTANT:** ${text.slice(bullet.length)}`;
}

/** `item`: the line of a longer entry whose own item holds the rule (lessons.ts, itemSaying); only it is marked. */
export function strengthenEdit(p: Pattern, file: MemoryFile, entry: MemoryEntry, item?: number): Edit | undefined {
  const lines = entry.text.split('\n');
  const marked = markedImportant(item === undefined ? entry.text : (lines[item] ?? ''));
  if (marked === undefined) return undefined;
  const after = item === undefined ? marked : lines.map((l, i) => (i === item ? marked : l)).join('\n');
  const place = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const cmd = place ? undefined : enforceable(p, entry);
  // Said for the agents corrected against this file's rule, in what each of them has (enforce.ts).
  const corrected = p.agents.filter((a) => file.readBy.includes(a));
  const hook = place
    ? enforcement(corrected, { claude: `Edit and Write under \`${place}/\``, other: `writes under \`${place}/\`` })
    : cmd
      ? enforcement(corrected, { command: cmd, claude: `\`${cmd}\``, other: `\`${cmd}\`` })
      : '';
  return makeEdit({
    ...entryUpdate(file, entry, after),
    rationale: `Memory already says this (${file.path}:${entry.startLine + (item ?? 0)}), yet the user had to correct agents against it in ${supportText(p)}: marked IMPORTANT.${hook}`,
    ...fromPattern(p),
  });
}
