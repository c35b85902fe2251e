/**
 * A pending rewrite of one memory file, expressed against its original lines: lines removed, entry
 * ranges replaced, blocks inserted after a line. Rendering copies every untouched line with its own
 * terminator, which is what keeps `git blame` meaningful.
 */
import type { MemoryEntry } from '../model/index.js';
import { dominantEol, isBlank, joinLines, splitLines, type Line } from '../memory/lines.js';
import { parseEntries } from '../memory/parse.js';

export interface BulletStyle {
  indent: string;
  marker: string;
  gap: string;
}

/** New lines inserted after one original line (after -1 = at the top). */
export interface Insertion {
  /** Groups insertions that share an anchor and created headings, so a list keeps growing in one place. */
  key: string;
  /** Separate the block from what precedes it by a blank line (it follows a paragraph or heading). */
  blankBefore: boolean;
  /** Lines before the items: created headings, each followed by a blank line. */
  lead: string[];
  style: BulletStyle;
  items: string[][];
}

interface Replacement {
  end: number;
  lines: string[];
}

export class FilePlan {
  readonly lines: Line[];
  readonly eol: string;
  readonly entries: MemoryEntry[];
  readonly byId: Map<string, MemoryEntry>;
  removed = new Set<number>();
  replaced = new Map<number, Replacement>();
  inserts = new Map<number, Insertion[]>();
  /** Entries already changed in this pass: a second edit to one of them is refused. */
  touched = new Set<string>();
  /** Normalised texts of entries added in this pass, for duplicate detection. */
  added = new Set<string>();
  removals = 0;
  /** 1-based [first, last] lines of each HTML comment: hidden text that edits never touch. */
  readonly comments: [number, number][];

  constructor(
    readonly path: string,
    readonly before: string,
    readonly created: boolean,
  ) {
    this.lines = splitLines(before);
    this.eol = dominantEol(this.lines);
    this.entries = parseEntries(path, before);
    this.byId = new Map(this.entries.map((e) => [e.id, e]));
    this.comments = htmlComments(before);
  }

  /** Whether any of lines first..last (1-based) is inside an HTML comment. */
  inComment(first: number, last: number): boolean {
    return this.comments.some(([a, b]) => a <= last && b >= first);
  }

  clone(): FilePlan {
    const c = Object.create(FilePlan.prototype) as FilePlan;
    Object.assign(c, this);
    c.removed = new Set(this.removed);
    c.replaced = new Map(this.replaced);
    c.inserts = new Map([...this.inserts].map(([k, v]) => [k, v.map((ins) => ({ ...ins, lead: [...ins.lead], items: [...ins.items] }))]));
    c.touched = new Set(this.touched);
    c.added = new Set(this.added);
    return c;
  }

  removeEntry(e: MemoryEntry): void {
    for (let i = e.startLine - 1; i <= e.endLine - 1; i++) this.removed.add(i);
    // Deleting a block between two blank lines would leave a double blank: drop the following one too.
    const prev = e.startLine - 2;
    const next = e.endLine;
    const prevBlank = prev < 0 || (isBlank(this.lines[prev]!.text) && !this.removed.has(prev));
    if (prevBlank && next < this.lines.length && isBlank(this.lines[next]!.text)) this.removed.add(next);
  }

  replaceEntry(e: MemoryEntry, lines: string[]): void {
    for (let i = e.startLine - 1; i <= e.endLine - 1; i++) this.removed.add(i);
    this.replaced.set(e.startLine - 1, { end: e.endLine - 1, lines });
  }

  insert(after: number, ins: Omit<Insertion, 'items'>, item: string[]): void {
    const list = this.inserts.get(after) ?? [];
    let target = list.find((x) => x.key === ins.key);
    if (!target) {
      target = { ...ins, lead: [...ins.lead], items: [] };
      // Items continuing the section that ends here come before a new section opened at the same line
      // (the last section of a file and a new "Lessons" section both anchor on the last line).
      const opensSection = list.findIndex((x) => x.lead.length > 0);
      if (ins.lead.length === 0 && opensSection >= 0) list.splice(opensSection, 0, target);
      else list.push(target);
      this.inserts.set(after, list);
    }
    target.items.push(item);
  }

  /** Items already inserted at this anchor under this key (numbered lists continue from them). */
  insertedCount(after: number, key: string): number {
    return this.inserts.get(after)?.find((x) => x.key === key)?.items.length ?? 0;
  }

  render(): string {
    const out: { text: string; eol: string | null }[] = [];
    const n = this.lines.length;
    const nextEmitted = (i: number): string | undefined => {
      for (let j = i + 1; j < n; j++) {
        const r = this.replaced.get(j);
        if (r) return r.lines[0];
        if (!this.removed.has(j)) return this.lines[j]!.text;
      }
      return undefined;
    };
    const emitInserts = (i: number) => {
      const list = this.inserts.get(i);
      if (!list) return;
      let block = false;
      for (const ins of list) {
        const last = out[out.length - 1];
        if (ins.blankBefore && last && !isBlank(last.text)) out.push({ text: '', eol: null });
        for (const l of ins.lead) out.push({ text: l, eol: null });
        for (const item of ins.items) for (const l of item) out.push({ text: l, eol: null });
        block = ins.blankBefore;
      }
      const following = nextEmitted(i);
      if (block && following !== undefined && !isBlank(following)) out.push({ text: '', eol: null });
    };
    emitInserts(-1);
    for (let i = 0; i < n; i++) {
      const r = this.replaced.get(i);
      if (r) {
        r.lines.forEach((l, k) => out.push({ text: l, eol: k === r.lines.length - 1 ? this.lines[r.end]!.eol : null }));
      } else if (!this.removed.has(i)) {
        out.push(this.lines[i]!);
      }
      emitInserts(i);
    }
    const endsWithoutNewline = n > 0 && this.lines[n - 1]!.eol === '';
    const lines: Line[] = out.map((l, k) => {
      const isLast = k === out.length - 1;
      if (l.eol === null) return { text: l.text, eol: isLast && endsWithoutNewline ? '' : this.eol };
      if (l.eol === '' && !isLast) return { text: l.text, eol: this.eol };
      return { text: l.text, eol: l.eol };
    });
    return joinLines(lines);
  }
}

/**
 * Line ranges of HTML comments (an unclosed one runs to the end). A comment hides its text from the
 * rendered file but not from the agents that read it raw, so its lines are out of bounds for edits.
 */
function htmlComments(text: string): [number, number][] {
  const out: [number, number][] = [];
  let line = 1;
  let pos = 0;
  for (;;) {
    const open = text.indexOf('<!--', pos);
    if (open < 0) break;
    line += countNewlines(text, pos, open);
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    const last = line + countNewlines(text, open, end);
    out.push([line, last]);
    line = last;
    pos = end;
  }
  return out;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
