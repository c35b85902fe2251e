/**
 * How an entry's lines are written: the bullet style of the entry or of its file (indent, marker, gap),
 * numbered markers counted on, and continuation lines that keep their bytes where their words did not change.
 */
import type { MemoryEntry } from '../model/index.js';
import type { BulletStyle, FilePlan } from './plan.js';
import { isBlank } from '../memory/lines.js';
import { LIST_MARKER, normaliseHeading } from '../memory/normalise.js';

const DEFAULT_STYLE: BulletStyle = { indent: '', marker: '-', gap: ' ' };
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function styleOf(entry: MemoryEntry): BulletStyle {
  const m = LIST_MARKER.exec(entry.text.split('\n')[0] ?? '');
  if (!m) return DEFAULT_STYLE;
  return { indent: m[1] ?? '', marker: m[2] ?? '-', gap: m[3] || ' ' };
}

/** The file's most common top-level bullet style, so new lists look like the file's other lists. */
export function fileStyle(plan: FilePlan): BulletStyle {
  const counts = new Map<string, number>();
  for (const e of plan.entries) if (e.kind === 'bullet') counts.set(styleOf(e).marker, (counts.get(styleOf(e).marker) ?? 0) + 1);
  let best = DEFAULT_STYLE.marker;
  let n = 0;
  for (const [m, c] of [...counts].sort((a, b) => cmp(a[0], b[0]))) if (c > n && !/^\d/.test(m)) [best, n] = [m, c];
  return { ...DEFAULT_STYLE, marker: best };
}

export function nthMarker(style: BulletStyle, k: number): string {
  const m = /^(\d+)([.)])$/.exec(style.marker);
  return m ? `${Number(m[1]) + k}${m[2]}` : style.marker;
}

/** Body lines of an entry text: no list marker, no \r, continuation lines de-indented as a block. */
function bodyLines(text: string): string[] {
  const lines = text.replace(/\r/g, '').replace(/\s+$/, '').split('\n');
  lines[0] = (lines[0] ?? '').replace(LIST_MARKER, '').trim();
  const rest = lines.slice(1);
  const indent = Math.min(...rest.filter((l) => !isBlank(l)).map((l) => /^[ \t]*/.exec(l)![0].length), 1e9);
  return [lines[0], ...rest.map((l) => (isBlank(l) ? '' : l.slice(Math.min(indent, l.length))))];
}

export function bulletLines(text: string, style: BulletStyle, marker: string): string[] {
  const [first, ...rest] = bodyLines(text);
  const pad = style.indent + ' '.repeat(marker.length + style.gap.length);
  return [`${style.indent}${marker}${style.gap}${first ?? ''}`, ...rest.map((l) => (l === '' ? '' : pad + l))];
}

export function entryLines(entry: MemoryEntry, after: string): string[] {
  if (entry.kind === 'bullet') {
    const style = styleOf(entry);
    return keepContinuationBytes(entry.text, bulletLines(after, style, style.marker), after);
  }
  if (entry.kind === 'heading') {
    const prefix = /^ {0,3}#{1,6}[ \t]*/.exec(entry.text)![0];
    return [prefix + normaliseHeading(after.split('\n')[0] ?? '')];
  }
  return after.replace(/\r/g, '').replace(/\s+$/, '').split('\n');
}

/**
 * An updated entry's continuation lines that say what they said before keep their bytes (a tab stays
 * a tab), so only the lines whose words changed show in the diff and in `git blame`.
 */
function keepContinuationBytes(before: string, lines: string[], after: string): string[] {
  const raw = before.replace(/\r/g, '').split('\n');
  const old = bodyLines(before);
  const next = bodyLines(after);
  const used = new Set<number>();
  return lines.map((line, i) => {
    if (i === 0 || next[i] === '' || next[i] === undefined) return line;
    const j = old[i] === next[i] && !used.has(i) ? i : old.findIndex((o, k) => k > 0 && !used.has(k) && o === next[i]);
    if (j <= 0 || raw[j] === undefined) return line;
    used.add(j);
    return raw[j]!;
  });
}
