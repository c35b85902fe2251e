/**
 * Line-level view of a memory file. Each line keeps its own terminator so that lines an edit does
 * not touch can be written back byte-for-byte (CRLF files, a missing final newline, stray \r).
 */

export interface Line {
  /** The line's content without its terminator. */
  text: string;
  /** '\n', '\r\n' or '' (only the last line of a file without a trailing newline). */
  eol: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ text: text.slice(start), eol: '' });
      break;
    }
    const crlf = nl > start && text[nl - 1] === '\r';
    lines.push({ text: text.slice(start, crlf ? nl - 1 : nl), eol: crlf ? '\r\n' : '\n' });
    start = nl + 1;
  }
  return lines;
}

export function joinLines(lines: readonly Line[]): string {
  let out = '';
  for (const l of lines) out += l.text + l.eol;
  return out;
}

/** The terminator new lines should use: the file's majority style, '\n' for new or one-line files. */
export function dominantEol(lines: readonly Line[]): string {
  let crlf = 0;
  let lf = 0;
  for (const l of lines) {
    if (l.eol === '\r\n') crlf++;
    else if (l.eol === '\n') lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

export const isBlank = (s: string): boolean => s.trim() === '';

/** Indentation width with tabs expanded to the next multiple of 4, as CommonMark does. */
export function indentWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
}

export function countLines(text: string): number {
  if (text === '') return 0;
  return splitLines(text).length;
}

/**
 * A line that is one XML-style tag and nothing else (`<tdd_discipline>`, `</anti_patterns>`): many CLAUDE.md files wrap a
 * section in such tags for the model. It is the wrapper's markup, not a rule: it ends the item or paragraph above it
 * (read as a lazy continuation, it was glued into the last bullet, and an update or delete of that bullet carried or
 * dropped the tag) and is no entry of its own, so nothing edits it and no lesson is placed after it.
 */
export const TAG_LINE = /^ {0,3}<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>[ \t]*$/;
