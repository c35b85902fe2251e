/**
 * Parses a memory file into entries: headings, list items (with their nested and continuation lines)
 * and paragraphs (a fenced code block is one paragraph). Frontmatter is kept out of the entries so a
 * skill's metadata is never edited. Entry ids hash file, heading path and normalised text, so lines
 * inserted elsewhere do not change them.
 */
import { posix } from 'node:path';
import type { MemoryEntry, MemoryFile } from '../model/index.js';
import { TAG_LINE, indentWidth, isBlank, splitLines, type Line } from './lines.js';
import { LIST_MARKER, normaliseEntryText, normaliseHeading, sha256Hex } from './normalise.js';
import { kindForPath, readByForPath } from './kinds.js';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const IMPORT_LINE = /^@(\S+)$/;

function isBlockStart(text: string): boolean {
  return (
    ATX_HEADING.test(text) ||
    THEMATIC_BREAK.test(text) ||
    TAG_LINE.test(text) ||
    (indentWidth(text) < 4 && (FENCE_OPEN.test(text) || LIST_MARKER.test(text)))
  );
}

/** Index of the line that closes the fence opened at `open`, or the last line when it never closes. */
function fenceEnd(lines: readonly Line[], open: number): number {
  const m = FENCE_OPEN.exec(lines[open]!.text)!;
  const fence = m[1]!;
  const close = new RegExp(`^[ \\t]*\\${fence[0]}{${fence.length},}[ \\t]*$`);
  for (let j = open + 1; j < lines.length; j++) if (close.test(lines[j]!.text)) return j;
  return lines.length - 1;
}

/** Number of leading lines that are YAML frontmatter (0 when there is none or it never closes). */
function frontmatterLength(lines: readonly Line[]): number {
  if (lines.length === 0 || lines[0]!.text.trim() !== '---') return 0;
  for (let j = 1; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    if (t === '---' || t === '...') return j + 1;
  }
  return 0;
}

/** Last line of the list item starting at `start`: nested items, indented and lazy continuation lines. */
function listItemEnd(lines: readonly Line[], start: number): number {
  const markerIndent = indentWidth(lines[start]!.text);
  let end = start;
  let j = start + 1;
  if (FENCE_OPEN.test(lines[start]!.text.replace(LIST_MARKER, ''))) {
    j = fenceEnd(lines, start) + 1;
    end = j - 1;
  }
  while (j < lines.length) {
    const t = lines[j]!.text;
    if (isBlank(t)) {
      let k = j + 1;
      while (k < lines.length && isBlank(lines[k]!.text)) k++;
      if (k < lines.length && indentWidth(lines[k]!.text) > markerIndent) {
        j = k;
        continue;
      }
      break;
    }
    if (indentWidth(t) > markerIndent) {
      if (FENCE_OPEN.test(t) || FENCE_OPEN.test(t.replace(LIST_MARKER, ''))) {
        end = fenceEnd(lines, j);
        j = end + 1;
        continue;
      }
      end = j++;
      continue;
    }
    // A non-indented line directly after the item continues it ("lazy" continuation) unless it starts a block.
    if (isBlockStart(t) || isBlank(lines[j - 1]!.text)) break;
    end = j++;
  }
  return end;
}

function paragraphEnd(lines: readonly Line[], start: number): number {
  let j = start + 1;
  while (j < lines.length && !isBlank(lines[j]!.text) && !isBlockStart(lines[j]!.text)) j++;
  return j - 1;
}

function entryId(file: string, headingPath: readonly string[], text: string): string {
  const path = headingPath.map((h) => h.replace(/\s+/g, ' ').trim().toLowerCase()).join('\u001f');
  return 'm' + sha256Hex(`${file}\0${path}\0${normaliseEntryText(text)}`).slice(0, 12);
}

export function parseEntries(path: string, text: string): MemoryEntry[] {
  const lines = splitLines(text);
  const entries: MemoryEntry[] = [];
  const stack: { level: number; text: string }[] = [];
  const seen = new Map<string, number>();
  const push = (kind: MemoryEntry['kind'], start: number, end: number, headingPath: string[]) => {
    const body = lines
      .slice(start, end + 1)
      .map((l) => l.text)
      .join('\n');
    const base = entryId(path, headingPath, body);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    entries.push({
      id: n === 1 ? base : `${base}~${n}`,
      file: path,
      headingPath,
      kind,
      startLine: start + 1,
      endLine: end + 1,
      text: body,
    });
  };
  let i = frontmatterLength(lines);
  while (i < lines.length) {
    const t = lines[i]!.text;
    const path_ = stack.map((h) => h.text);
    if (isBlank(t) || THEMATIC_BREAK.test(t) || TAG_LINE.test(t)) {
      i++;
    } else if (ATX_HEADING.test(t) && indentWidth(t) < 4) {
      const level = ATX_HEADING.exec(t)![1]!.length;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      push(
        'heading',
        i,
        i,
        stack.map((h) => h.text),
      );
      stack.push({ level, text: normaliseHeading(t) });
      i++;
    } else if (FENCE_OPEN.test(t) && indentWidth(t) < 4) {
      const end = fenceEnd(lines, i);
      push('paragraph', i, end, path_);
      i = end + 1;
    } else if (LIST_MARKER.test(t) && indentWidth(t) < 4) {
      const end = listItemEnd(lines, i);
      push('bullet', i, end, path_);
      i = end + 1;
    } else {
      const end = paragraphEnd(lines, i);
      push('paragraph', i, end, path_);
      i = end + 1;
    }
  }
  return entries;
}

/**
 * The repo-relative target when the file's only content is an `@path` import (`@AGENTS.md`,
 * `@./docs/x.md`), resolved against the importing file's folder. Targets outside the repo, home
 * paths and absolute paths are not redirects.
 */
export function importTarget(path: string, text: string): string | undefined {
  const lines = splitLines(text);
  const content = lines
    .slice(frontmatterLength(lines))
    .map((l) => l.text.trim())
    .filter((t) => t !== '');
  if (content.length !== 1) return undefined;
  const m = IMPORT_LINE.exec(content[0]!);
  if (!m) return undefined;
  const target = m[1]!;
  if (target.startsWith('/') || target.startsWith('~') || target.includes('\\')) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  if (resolved === '..' || resolved.startsWith('../') || resolved === '.' || resolved === path) return undefined;
  return resolved;
}

export function parseMemoryFile(path: string, text: string): MemoryFile {
  const file: MemoryFile = {
    path,
    kind: kindForPath(path),
    readBy: readByForPath(path),
    text,
    entries: parseEntries(path, text),
  };
  const redirect = importTarget(path, text);
  if (redirect !== undefined) file.redirectTo = redirect;
  return file;
}
