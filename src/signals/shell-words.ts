/**
 * The shell lexing every command miner shares: a line cut into commands (`segments`), a command into
 * words (`shellWords`), and heredoc bodies dropped. Plain string sweeps: every command of every step
 * passes through here, heredocs of whole files among them.
 */

/** Whitespace as the regex class `\s` has it: a table for ASCII, the class itself for the rest. */
const ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/\s/.test(String.fromCharCode(c))) ASCII_SPACE[c] = 1;
function isSpace(c: number): boolean {
  return c < 128 ? ASCII_SPACE[c] === 1 : /\s/.test(String.fromCharCode(c));
}

/** Index of the quote closing the one at `i`, or the line's length when it is never closed. */
function closingQuote(line: string, i: number): number {
  const close = line.indexOf(line.charCodeAt(i) === 0x22 ? '"' : "'", i + 1);
  return close < 0 ? line.length : close;
}

/**
 * Split a shell line into words, honouring simple quoting; only the first `limit` words when given.
 * Commands are parsed several times per step and run to heredocs of whole files, so runs of plain or
 * quoted characters are taken as slices.
 */
export function shellWords(line: string, limit = Infinity): string[] {
  const out: string[] = [];
  const n = line.length;
  let cur = '';
  let has = false;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const close = closingQuote(line, i);
      cur += line.slice(i + 1, close);
      has = true;
      i = close + 1;
    } else if (isSpace(c)) {
      if ((has || cur) && out.push(cur) === limit) return out;
      cur = '';
      has = false;
      i++;
    } else {
      let j = i + 1;
      for (let d = line.charCodeAt(j); j < n && d !== 0x22 && d !== 0x27 && !isSpace(d); d = line.charCodeAt(++j));
      cur += line.slice(i, j);
      i = j;
    }
  }
  if (has || cur) out.push(cur);
  return out;
}

/**
 * Push `line[start, end)` without its surrounding whitespace, unless nothing else is left. `\s` and
 * `String.prototype.trim` strip the same characters, so this is `slice(...).trim()` in one slice.
 */
function pushTrimmed(out: string[], line: string, start: number, end: number): void {
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  if (end > start) out.push(line.slice(start, end));
}

/** The characters segments stops at: a quote, or what may separate commands. */
const SEGMENT_MARK = /["';\n|&]/g;

/**
 * Split on && || ; | outside quotes, each part trimmed, empty parts dropped; only the first `limit` parts when
 * given. Every command of every step is cut here, several times, heredocs of whole files among them: one sweep
 * with one slice per part, which jumps from mark to mark with a regex (a third faster than a loop over every
 * character on the real corpus's 9,800 commands).
 */
export function segments(line: string, limit = Infinity): string[] {
  const out: string[] = [];
  const n = line.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    SEGMENT_MARK.lastIndex = i;
    if (!SEGMENT_MARK.test(line)) break;
    i = SEGMENT_MARK.lastIndex - 1;
    const c = line.charCodeAt(i);
    if (c === 0x22 || c === 0x27) i = closingQuote(line, i) + 1;
    // A lone `&` runs a command in the background: no separator here.
    else if (c === 0x26 && line.charCodeAt(i + 1) !== 0x26) i++;
    else {
      pushTrimmed(out, line, start, i);
      if (out.length >= limit) return out;
      // `&&` and `||` are one separator.
      if ((c === 0x26 || c === 0x7c) && line.charCodeAt(i + 1) === c) i++;
      start = ++i;
    }
  }
  pushTrimmed(out, line, start, n);
  return out;
}

/** A heredoc's body is data, not commands: keep the line that opens it and drop the body. */
export function withoutHeredocBodies(line: string): string {
  if (!line.includes('<<') && !line.includes('end_of_edit')) return line;
  const out: string[] = [];
  let until: string | undefined;
  for (const l of line.split('\n')) {
    if (until !== undefined) {
      if (l.trim() === until) until = undefined;
      continue;
    }
    out.push(l);
    // SWE-agent's `edit N:M` takes the replacement text on the lines up to `end_of_edit`.
    until = /^\s*edit\s+\d+(:\d+)?\s*$/.test(l) ? 'end_of_edit' : /<<-?\s*['"]?(\w+)['"]?/.exec(l)?.[1];
  }
  return out.join('\n');
}
