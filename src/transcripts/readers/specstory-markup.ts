/**
 * Markdown pieces the SpecStory reader needs: code fences (CommonMark rules, bounded in memory),
 * inline code, and SpecStory's timestamp spellings.
 */
import { KeptLines } from './kept-lines.js';

export interface Fence {
  /** The line the fence opened on. */
  line: number;
  open: string;
  close: string;
  lines: string[];
}

const OPEN = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})\s*$/;
/** A closing marker glued to the end of the fence's last line ("... present the output directly.```"). */
const GLUED_CLOSE = /^(.*[^`~\s])(`{3,}|~{3,})\s*$/;

/** An open fence's lines: the middle of a huge output is dropped as it streams (KeptLines). */
type OpenFence = Omit<Fence, 'lines'> & { marker: string; glued: boolean; kept: KeptLines };

export class FenceTracker {
  private fence: OpenFence | undefined;

  /**
   * Feeds one line. Returns 'opened' or 'inside' while a fence holds the line, the whole Fence when
   * this line closes it, and undefined for lines outside any fence. `gluedClose`, read when a fence
   * opens: its close may come glued to its last line, as SpecStory writes a rule Cursor fetched.
   */
  feed(line: string, lineNo: number, gluedClose = false): 'opened' | 'inside' | Fence | undefined {
    const f = this.fence;
    if (f) {
      const c = CLOSE.exec(line);
      if (c && c[1]![0] === f.marker[0] && c[1]!.length >= f.marker.length) {
        this.fence = undefined;
        return this.finish(f, line);
      }
      const g = f.glued ? GLUED_CLOSE.exec(line) : null;
      if (g && g[2] === f.marker) {
        this.fence = undefined;
        f.kept.push(g[1]!);
        return this.finish(f, g[2]);
      }
      f.kept.push(line);
      return 'inside';
    }
    const o = OPEN.exec(line);
    if (!o) return undefined;
    this.fence = {
      line: lineNo,
      open: line,
      close: '',
      marker: o[1]!,
      glued: gluedClose,
      kept: new KeptLines(),
    };
    return 'opened';
  }

  /** A fence still open at the end of the file, closed as it stands. */
  pending(): Fence | undefined {
    const f = this.fence;
    this.fence = undefined;
    return f ? this.finish(f, '') : undefined;
  }

  private finish(f: OpenFence, close: string): Fence {
    return { line: f.line, open: f.open, close, lines: f.kept.lines() };
  }
}

/** The first inline-code span of a text (which may run over lines), trimmed; undefined when there is none. */
export function inlineCode(text: string): string | undefined {
  const m = /`([^`]+)`/.exec(text);
  const code = m?.[1]?.trim();
  return code ? code : undefined;
}

/** A typed slash command (`/add-dir`, `/model opus`, `/frontend:lint src`), the whole first line of a turn. */
const SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:[ \t][^\n]*)?$/;
/** Claude Code's glyph under a command for what the harness printed in answer (⎿). */
const PRINTED_RESULT = /^[ \t]*⎿/;

/**
 * A person's turn without what Claude Code printed under a local slash command: SpecStory writes `/add-dir`, then
 * " ⎿  Added … as a working directory" (or `/release-notes` and the whole changelog) as one turn, while the person
 * typed the command line alone. The raw transcript keeps that output apart (<local-command-stdout>, never a prompt);
 * read as the person's words, it would vouch for each path, URL and command it prints.
 */
export function withoutCommandOutput(text: string): string {
  const nl = text.indexOf('\n');
  if (nl < 0) return text;
  const typed = text.slice(0, nl).trimEnd();
  const end = text.indexOf('\n', nl + 1);
  const next = text.slice(nl + 1, end < 0 ? undefined : end);
  return SLASH_COMMAND.test(typed) && PRINTED_RESULT.test(next) ? typed : text;
}

/** "2026-02-20 22:41:47Z", "2025-07-14_20-58-30Z" or ISO, as ISO-8601; undefined for anything else. */
export function specStoryTime(s: string): string | undefined {
  const t = s.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[T _](\d{2})[:-](\d{2})(?:[:-](\d{2}(?:\.\d+)?))?Z?$/.exec(t);
  if (!m) return undefined;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}Z`;
}

/** The old layout's title line: "# Fix the build (2025-07-14 15:00Z)"; before SpecStory named the zone, "(2025-04-28 14:34:13)". */
const TITLE_TIME = /^# .*\((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?(Z?)\)\s*$/;
/** SpecStory names an export by the UTC minute it started: "2025-04-28_18-34-slug.md", later "2025-07-14_15-00Z-slug.md". */
const NAME_TIME = /^(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})(?:-\d{2})?Z?-/;
const QUARTER_HOUR_MS = 15 * 60_000;
/** ISO-8601 to the second, as specStoryTime writes the session comment's time (times are compared as text too). */
const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const utcMs = (m: RegExpExecArray, from: number): number =>
  Date.UTC(
    Number(m[from]),
    Number(m[from + 1]) - 1,
    Number(m[from + 2]),
    Number(m[from + 3]),
    Number(m[from + 4]),
    Number(m[from + 5] ?? 0),
  );

/**
 * When an old-layout export (no session comment) says its conversation started, as ISO-8601: the title's time.
 * Without it the session is undated, and whatever compares sessions with a date (a lesson's adoption, a rule's
 * commit, `--since`) cannot place it. A title with "Z" is UTC. A title without a zone is the exporting machine's
 * wall clock; the file's name gives the same minute in UTC, so the two differ by the machine's offset, a whole
 * number of quarter hours within a day: only then is the instant known. A renamed file, or a name and title
 * that disagree, leave the session undated rather than read a local time as another zone's.
 */
export function specStoryTitleTime(line: string, fileName: string): string | undefined {
  const t = TITLE_TIME.exec(line);
  if (!t) return undefined;
  const title = utcMs(t, 1);
  if (Number.isNaN(title)) return undefined;
  if (t[7] === 'Z') return isoSeconds(title);
  const n = NAME_TIME.exec(fileName);
  if (!n) return undefined;
  const named = utcMs(n, 1);
  const offset = Math.round((named - title) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  // The name keeps the minute, the title the second too: the same instant is within the minute the name rounds to.
  const at = title + offset;
  if (Math.abs(offset) > 14 * 3_600_000 || at < named || at - named >= 60_000) return undefined;
  return isoSeconds(at);
}

/**
 * Failures a terminal prints where a harness would set a flag: a CLI's cross mark ("✖ No deployment
 * set"), or a shell's missing path ("cd: no such file or directory: app"), unless the line is a search
 * hit ("src/io.ts:12: // ENOENT: no such file or directory") that only quotes the words.
 */
export const TERMINAL_FAILED = /^(?:[✖✗]\s|(?![^\s:]+:\d+:)[^\n]{0,80}?: no such file or directory\b)/i;

/** SpecStory escapes a result fence's `&`, `<`, `>` and backticks as HTML entities ("&amp;&amp;", "&#96;"). */
export function unescapeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, (e) => ENTITIES[e]!);
}
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#96;': '`' };

/**
 * Cursor's v2.1 summary names its input after a bullet, without backticks: "• Run command: npm run build",
 * "• Read file: src/app.ts", "• Edit file: src/app.ts". The value, or undefined for other summaries.
 */
export function cursorSummaryInput(rest: string): string | undefined {
  const m = /^•\s*(?:Run command|Read file|Edit file):\s*(\S.*?)\s*$/.exec(rest.trim());
  return m?.[1];
}

/**
 * Whether a terminal echo's first line is the command itself: the prompt then the command, or, for
 * a long command, the line editor's "<" and the command's tail ("<ject && npx convex deploy").
 */
export function echoesCommand(first: string, command: string): boolean {
  if (first.includes(command.split('\n', 1)[0]!.slice(0, 40))) return true;
  const tail = first.startsWith('<') ? first.slice(1).replace(/\s+/g, ' ').trim() : '';
  return tail.length >= 8 && command.replace(/\s+/g, ' ').trim().endsWith(tail);
}

/** "claude-opus-4-6 2026-02-20 22:41:50Z" → model and ISO time; either may be missing. */
export function specStoryTurnMeta(inner: string | undefined): { model?: string; time?: string } {
  if (!inner) return {};
  const m = /(?:^|\s)(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)$/.exec(inner.trim());
  // Cursor writes "model claude-4.5-opus-high-thinking, mode Agent": the name is the model.
  const model = (m ? inner.trim().slice(0, m.index) : inner)
    .trim()
    .replace(/^model\s+/i, '')
    .replace(/,\s*mode\s+[\w -]+$/i, '');
  const out: { model?: string; time?: string } = {};
  if (model) out.model = model;
  if (m) out.time = specStoryTime(m[1]!);
  return out;
}
