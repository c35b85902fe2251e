/**
 * Memory entries are plain lines of guidance. Markup inside one changes what the file is: an HTML
 * comment hides text from the reviewer's rendered diff while every agent still reads it, a heading
 * starts a section of its own (a "## Maintainer override" that later entries fall under), and raw
 * HTML can hide or restyle anything. Code spans and fences are left alone: `<branch>` there is text.
 */
import type { Edit } from '../model/index.js';
import type { EditCheck } from './types.js';
import { markdownParts } from './markdown-code.js';

const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;
const COMMENT = /<!--|-->/;
const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<![A-Za-z[]|<\?/;
const ATX_HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/m;
/** A setext underline under a text line turns that line into a heading. */
const SETEXT = /\S[^\n]*\n[ \t]{0,3}(?:=+|-{2,})[ \t]*$/m;

/** Why this text may not be a memory entry, or undefined. */
function markupRefusal(text: string, opts: { heading?: boolean } = {}): string | undefined {
  if (COMMENT.test(text)) return 'carries an HTML comment';
  // Code spans as markdown reads them (markdown-code.ts); raw HTML it reads is refused even where TAG would miss it.
  const parts = markdownParts(text.replace(FENCE, ' '));
  const outsideCode = parts.map((p) => (p.kind === 'code' ? ' ' : p.text)).join('');
  if (TAG.test(outsideCode) || parts.some((p) => p.kind === 'html')) return 'carries raw HTML';
  if (!opts.heading && (ATX_HEADING.test(outsideCode) || SETEXT.test(outsideCode))) return 'carries a heading';
  return undefined;
}

export const markupGuard: EditCheck = (edit: Edit) => {
  if (typeof edit.after === 'string') {
    const why = markupRefusal(edit.after);
    if (why) return `entry ${why}: memory entries are plain text`;
  }
  for (const h of Array.isArray(edit.section) ? edit.section : []) {
    if (typeof h !== 'string') continue;
    const why = markupRefusal(h, { heading: true }) ?? (/[\r\n]/.test(h) ? 'spans several lines' : undefined);
    if (why) return `heading ${why}: memory headings are plain text`;
  }
  return undefined;
};
