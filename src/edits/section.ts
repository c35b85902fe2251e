/**
 * Where an added entry goes: after the last item of its section, or under headings created at the end
 * of the deepest section that exists, inside its parent's wrapper tags.
 */
import type { MemoryEntry } from '../model/index.js';
import type { BulletStyle, FilePlan } from './plan.js';
import { fileStyle, styleOf } from './bullets.js';
import { TAG_LINE, isBlank } from '../memory/lines.js';
import { normaliseHeading, sameHeading } from '../memory/normalise.js';

export interface Section {
  /** 0-based line index after which new items go. */
  anchor: number;
  blankBefore: boolean;
  lead: string[];
  style: BulletStyle;
  key: string;
}

function fullPath(e: MemoryEntry): string[] {
  return [...e.headingPath, normaliseHeading(e.text)];
}

const samePath = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => sameHeading(x, b[i]!));

function headingLevel(e: MemoryEntry): number {
  return /^ {0,3}(#{1,6})/.exec(e.text)?.[1]?.length ?? 1;
}

export function findSection(plan: FilePlan, section: readonly string[]): Section {
  // Touched entries still anchor: a replaced entry stays in place and a removed one leaves its position.
  const live = plan.entries;
  const headings = plan.entries.filter((e) => e.kind === 'heading');
  const lastLine = plan.lines.length - 1;
  const wanted = section.map(normaliseHeading).filter((s) => s !== '');
  if (wanted.length === 0) {
    const last = live[live.length - 1];
    if (last?.kind === 'bullet')
      return { anchor: last.endLine - 1, blankBefore: false, lead: [], style: styleOf(last), key: `e:${last.id}` };
    return { anchor: lastLine, blankBefore: true, lead: [], style: fileStyle(plan), key: 'eof' };
  }
  const exact = headings.find((h) => samePath(fullPath(h), wanted));
  if (exact) {
    const direct = live.filter((e) => e.kind !== 'heading' && samePath(e.headingPath, wanted));
    const last = direct[direct.length - 1];
    if (last?.kind === 'bullet')
      return { anchor: last.endLine - 1, blankBefore: false, lead: [], style: styleOf(last), key: `e:${last.id}` };
    if (last) return { anchor: last.endLine - 1, blankBefore: true, lead: [], style: fileStyle(plan), key: `p:${last.id}` };
    return { anchor: exact.startLine - 1, blankBefore: true, lead: [], style: fileStyle(plan), key: `h:${exact.id}` };
  }
  // Create the missing headings at the end of the deepest existing ancestor section.
  let depth = wanted.length - 1;
  let parent: MemoryEntry | undefined;
  for (; depth > 0; depth--) {
    parent = headings.find((h) => samePath(fullPath(h), wanted.slice(0, depth)));
    if (parent) break;
  }
  let anchor = lastLine;
  let level: number;
  if (parent) {
    const pl = headingLevel(parent);
    const next = headings.find((h) => h.startLine > parent.startLine && headingLevel(h) <= pl);
    anchor = next ? next.startLine - 2 : lastLine;
    // Back past blank lines and a wrapper's tags (TAG_LINE): the next section's opening tag is not the parent's end.
    while (anchor > parent.startLine - 1 && (isBlank(plan.lines[anchor]!.text) || TAG_LINE.test(plan.lines[anchor]!.text))) anchor--;
    level = pl + 1;
  } else {
    const roots = headings.filter((h) => h.headingPath.length === 0).map(headingLevel);
    level = roots.length > 0 ? Math.min(...roots) : 2;
  }
  const lead: string[] = [];
  wanted.slice(depth).forEach((name, k) => lead.push(`${'#'.repeat(Math.min(6, level + k))} ${name}`, ''));
  return { anchor, blankBefore: true, lead, style: fileStyle(plan), key: `new:${wanted.join('\u001f')}` };
}
