/**
 * Text normalisation and hashing shared by the parser (entry ids), the applier (duplicate and
 * stale-before checks) and the guards. One definition keeps "the same entry" meaning the same thing
 * everywhere.
 */
import { createHash } from 'node:crypto';

/** Matches a list marker at the start of a line: `- `, `* `, `+ `, `1. `, `1) `, with its indent. */
export const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

/** The text of an entry without its list marker (first line) or any line indentation. */
function stripMarker(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n');
  const first = (lines[0] ?? '').replace(LIST_MARKER, '');
  return [first, ...lines.slice(1)]
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** Whitespace-collapsed, case-folded text without the list marker: equal means "the same entry". */
export function normaliseEntryText(text: string): string {
  return stripMarker(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whitespace-collapsed text, for matching quotes against transcript events. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Normalised heading text: no leading #s, no closing #s, collapsed whitespace. */
export function normaliseHeading(text: string): string {
  return collapseWhitespace(
    text
      .replace(/^[ \t]*#{1,6}[ \t]*/, '')
      .replace(/[ \t]+#+[ \t]*$/, '')
      .replace(/^#+$/, ''),
  );
}

export const sameHeading = (a: string, b: string): boolean => normaliseHeading(a).toLowerCase() === normaliseHeading(b).toLowerCase();
